"""The romanised copy of an article's text that the full-text index also searches.

A Latin query for a name the gazetteer does not know ("Bondarenko", "Papadopoulos") must
find it written in another script; transliterating a query back is ambiguous, so the
index holds the article's own text in Latin letters (tui.analysis.translit) instead.
Only text with letters of a non-Latin script gets one; every other article stores "".
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from tui.analysis.translit import latin

_WORD = re.compile(r"\w+")
_DATA = Path(__file__).resolve().parent.parent / "data" / "romanised.json"

# A letter that is neither ASCII nor Latin (Latin-1, Latin Extended A/B, Extended
# Additional); digits, superscripts, fractions and punctuation do not count.
_NON_LATIN_LETTER = re.compile(
    r"[^\W\d_A-Za-z\u00aa-\u024f\u1e00-\u1eff\u00b2\u00b3\u00b9\u00bc-\u00be"
    r"\u2070-\u209f\u2150-\u218f]"
)


def romanised(title: str, body: str) -> str:
    """`title` and `body` in Latin letters, or "" when they need no transliteration."""
    text = f"{title}\n{body}"
    if text.isascii() or _NON_LATIN_LETTER.search(text) is None:
        return ""
    spelled = _before()
    if spelled is not None:
        text = spelled[0].sub(lambda m: spelled[1][m.group()], text)
    return text.translate(_LETTERS)


def original_words(text: str, keys: tuple[str, ...], limit: int = 20) -> list[str]:
    """Distinct words of `text` in another script whose romanised, lowercased form starts
    with one of `keys` (lowercase, unaccented): what the romanised copy matched."""
    if not keys or text.isascii():
        return []
    out: list[str] = []
    for word in dict.fromkeys(_WORD.findall(text)):
        if _NON_LATIN_LETTER.search(word) and _key(word).startswith(keys):
            out.append(word)
            if len(out) >= limit:
                break
    return out


def marked_excerpt(body: str, keys: tuple[str, ...], start: str, end: str) -> str:
    """About 16 words of `body` around the first word that the romanised copy matched
    for `keys`, each such word between `start` and `end` ("" when there is none)."""
    words = set(original_words(body, keys))
    if not words:
        return ""
    chunks = body.split()
    first = next(i for i, c in enumerate(chunks) if words & set(_WORD.findall(c)))
    window = chunks[max(0, first - 6) : first + 10]
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")
    text = pattern.sub(lambda m: f"{start}{m.group()}{end}", " ".join(window))
    return ("…" if first > 6 else "") + text + ("…" if first + 10 < len(chunks) else "")


def _key(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", romanised(word, "").strip().casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class _Letters(dict[int, str]):
    """Code point → its Latin spelling (`latin`, one character at a time, which is how
    anyascii works anyway), learnt as met, so a whole article is one `str.translate`.
    Apostrophes (soft signs) are dropped: "Харьков" is the one word "Kharkov", as search
    variants spell it."""

    def __missing__(self, code: int) -> str:
        spelled = self[code] = latin(chr(code)).replace("'", "")
        return spelled


_LETTERS = _Letters()


@lru_cache(maxsize=1)
def _before() -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The data file's spellings as one pattern (None when there are none)."""
    table: dict[str, str] = json.loads(_DATA.read_text(encoding="utf-8")).get("before", {})
    if not table:
        return None
    keys = sorted(table, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, keys))), table
