"""Text cleaning shared by every importer, the store and the UI.

Imported text ends up on a terminal, so anything that could drive the terminal
(escape sequences, C0/C1 controls) or reorder what the reader sees (bidi
overrides and isolates) is removed, not escaped.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources

# ANSI/ECMA-48 escape sequences: CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \),
# DCS/SOS/PM/APC strings (ESC P/X/^/_ … ST), the 8-bit CSI/OSC forms, and two-byte ESC x.
_ESCAPES_RE = re.compile(
    r"""
    (?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]                      # CSI
  | (?:\x1b\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?  # OSC … BEL/ST
  | (?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[^\x1b\x9c]*(?:\x1b\\|\x9c)?  # DCS/SOS/PM/APC … ST
  | \x1b[ -/]*[0-~]?                                      # other ESC sequences / lone ESC
    """,
    re.VERBOSE,
)
# C0 except \t and \n, DEL, C1; bidi embeddings/overrides/isolates; BOM / zero-width no-break.
_CONTROLS_RE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufeff]")
_NEWLINES_RE = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_INLINE_SPACE_RE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_TRAILING_SPACE_RE = re.compile(r"[ \t\u00a0]+$", re.MULTILINE)
_BLANK_LINES_RE = re.compile(r"\n{3,}")


_SURROGATE_RE = re.compile("[\ud800-\udfff]")


def valid_unicode(text: str) -> str:
    """`text` that encodes to UTF-8: lone surrogates (from JSON `\\ud800` escapes) → U+FFFD.

    A surrogate pair that arrived as two code points is joined into its character.
    """
    if text.isascii() or not _SURROGATE_RE.search(text):
        return text
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


# Any character that can open an escape sequence (7-bit ESC and the 8-bit introducers).
_ESCAPE_START_RE = re.compile("[\x1b\x90\x98\x9b\x9d\x9e\x9f]")


def escape_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every terminal escape sequence in `text`."""
    if not _ESCAPE_START_RE.search(text):
        return []
    return [m.span() for m in _ESCAPES_RE.finditer(text)]


def is_control(char: str) -> bool:
    """A control or bidi character that `strip_controls` removes (one character)."""
    return _CONTROLS_RE.match(char) is not None


# Printable ASCII plus \n and \t: an ASCII text of these alone has nothing to strip.
_ASCII_KEPT = bytes(range(0x20, 0x7F)) + b"\n\t"


def _nothing_to_strip(text: str) -> bool:
    """A cheap proof that `strip_controls` would return `text` unchanged.

    Every character it rewrites or removes (CR, the Unicode line separators, ESC and the
    C0/C1 controls, bidi and BOM format characters) is non-printable, so a text that is
    printable apart from \n and \t has none of them (one C pass instead of three regex
    passes). Not a complete test: printable-but-for-a-space (U+00A0 …) takes the slow way.
    """
    if text.isascii():
        return not text.encode("ascii").translate(None, _ASCII_KEPT)
    return text.replace("\n", "").replace("\t", "").isprintable()


def strip_controls(text: str) -> str:
    """Remove terminal escape sequences, control characters (but \\n and \\t) and bidi controls."""
    if not text or _nothing_to_strip(text):
        return text
    text = _NEWLINES_RE.sub("\n", text)
    if _ESCAPE_START_RE.search(text):
        text = _ESCAPES_RE.sub("", text)
    return _CONTROLS_RE.sub("", text)


def clean_inline(text: str | None) -> str:
    """One line of text (a title, an outlet name): controls removed, whitespace collapsed."""
    if not text:
        return ""
    text = strip_controls(text).replace("\n", " ")
    if not (text.isascii() and "  " not in text and "\t" not in text):
        text = _INLINE_SPACE_RE.sub(" ", text)  # an ASCII text with single spaces has no run
    return text.strip()


def clean_body(text: str) -> str:
    """A body: controls removed, trailing spaces dropped, at most one blank line in a row."""
    text = strip_controls(text).replace("\t", "    ")
    if " \n" in text or "\u00a0\n" in text or text.endswith((" ", "\u00a0")):
        text = _TRAILING_SPACE_RE.sub("", text)  # only a line ending in a space has any
    if "\n\n\n" in text:
        text = _BLANK_LINES_RE.sub("\n\n", text)
    return text.strip("\n").strip()


def join_paragraphs(paragraphs: list[str]) -> str:
    """Paragraphs (each collapsed to one line) separated by one blank line."""
    out = [clean_inline(p) for p in paragraphs]
    return "\n\n".join(p for p in out if p)


# Closing quotes/brackets that may follow a sentence's final punctuation.
_CLOSERS = "\"'”’»)]›」』"
_TERMINAL = ".!?…:;。！？"


def ends_sentence(text: str) -> bool:
    """Whether a line ends with terminal punctuation (ignoring closing quotes)."""
    stripped = text.rstrip().rstrip(_CLOSERS)
    return bool(stripped) and stripped[-1] in _TERMINAL


def starts_lowercase(text: str) -> bool:
    stripped = text.lstrip("\"'“‘«(")
    return bool(stripped) and stripped[0].islower()


@lru_cache(maxsize=1)
def _dangling_words() -> frozenset[str]:
    """Words no sentence ends on, in every language of tui/data/dangling_words.json."""
    data = json.loads(
        resources.files("tui.data").joinpath("dangling_words.json").read_text("utf-8")
    )
    words = (w for lang, text in data.items() if not lang.startswith("_") for w in text.split())
    return frozenset(_fold_word(w) for w in words)


def _fold_word(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def ends_dangling(text: str) -> bool:
    """Whether a line ends on an article, preposition or conjunction ("as far away as")."""
    words = text.split()
    return bool(words) and _fold_word(words[-1]) in _dangling_words()


def merge_broken_paragraphs(paragraphs: list[str]) -> list[str]:
    """Join a paragraph broken mid-sentence with its continuation.

    A break is mid-sentence when the first part ends without terminal punctuation
    and either the next part starts with a lowercase letter or the first part ends on
    a word no sentence ends on (then the next may start with a name: "… as" / "Rhodes").
    """
    merged: list[str] = []
    for para in paragraphs:
        if merged and not ends_sentence(merged[-1]) and (
            starts_lowercase(para) or ends_dangling(merged[-1])
        ):
            merged[-1] = merged[-1].rstrip() + " " + para.lstrip()
        else:
            merged.append(para)
    return merged


def shorten(text: str, limit: int = 90) -> str:
    """`text` cut at a word boundary to at most `limit` characters, with "…" when cut."""
    text = clean_inline(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:–—-") + "…"


_SENTENCE_END_RE = re.compile(
    r"(?<=[.!?。！？])[\"'”’»]?\s+(?=[\"'“‘«(]?[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐΑ-Ω0-9])"
)
# A dateline opening a lead: "KYIV – ", "Londres — ", "PARIS (Reuters) - ".
_DATELINE_RE = re.compile(r"^[A-ZÀ-Þ][\w .'’-]{1,40}?(?:\s*\([^)]{1,30}\))?\s+[–—-]\s+")


def title_from_lead(lead: str, limit: int = 90) -> str:
    """A title made from the lead paragraph: its first sentence, dateline dropped, shortened."""
    text = clean_inline(lead)
    without_dateline = _DATELINE_RE.sub("", text, count=1)
    if len(without_dateline) >= 20:
        text = without_dateline
    first = _SENTENCE_END_RE.split(text, maxsplit=1)[0]
    if len(first) < 20:
        first = text
    return shorten(first.rstrip("."), limit) if len(first) > limit else first.rstrip(". ")


_MD_LINK_RE = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS_RE = re.compile(r"(\*\*|__|\*|_|`|~~)(?=\S)(.+?)(?<=\S)\1")


def strip_inline_markdown(text: str) -> str:
    """Markdown inline markup removed, for titles: "**Big** [news](url)" → "Big news"."""
    text = _MD_LINK_RE.sub(r"\1", text)
    return _MD_EMPHASIS_RE.sub(r"\2", text)
