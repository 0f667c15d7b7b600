"""Sentence splitting with character offsets, aware of per-language abbreviations."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from operator import attrgetter

from tui.analysis.text import fold


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str


# Folded tokens (without the final period) that do not end a sentence.
_ABBREV_COMMON = {
    "dr", "mr", "mrs", "ms", "prof", "gen", "lt", "col", "capt", "sgt", "st", "jr", "sr", "sra",
    "srs", "sras", "dra", "no", "nr", "nos", "vs", "etc", "approx", "ca", "cf", "fig", "inc",
    "ltd", "co", "corp", "gov", "sen", "rep", "rev", "hon", "mt", "ft", "av", "avda", "pres",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mio", "mrd", "bzw", "usw", "vgl", "ggf", "inkl", "evtl", "str", "hr", "fr", "mme", "mlle",
    "mm", "me", "dott", "sig", "ing", "avv", "on", "pag", "p", "pp", "vol", "art", "ex",
    "u.s", "u.k", "u.n", "e.u", "ee.uu", "z.b", "d.h", "u.a", "o.a", "a.m", "p.m", "i.e", "e.g",
}
_MONTHS_LOW = {
    "januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september",
    "oktober", "november", "dezember", "jänner",
}

_BOUNDARY_RE = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+|$)")
_NEXT_RE = re.compile(r"\s+([\"'“‘«(\[]?)(\S+)")
_WORD_BEFORE_RE = re.compile(r"([\w.]+)$")
_TERMINAL = set(".!?…:\"'”’»)")


# The word before a period is looked for this far back only: an unanchored search from the
# start of the block would rescan the whole block at every period (quadratic in its length).
_WORD_WINDOW = 40


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _WORD_BEFORE_RE.search(text, max(0, dot - _WORD_WINDOW), dot)
    if not m:
        return False
    word = fold(m.group(1)).strip(".")
    if not word:
        return False
    if word in _ABBREV_COMMON:
        return True
    # Single letters ("J. K. Rowling", "M. Macron") and dotted acronyms ("U.S.A").
    if len(word) == 1 and word.isalpha():
        return True
    return "." in word and all(len(p) <= 2 for p in word.split("."))


def _split_block(text: str, offset: int, out: list[tuple[int, int]]) -> None:
    start = 0
    for m in _BOUNDARY_RE.finditer(text):
        end = m.end()
        nxt = _NEXT_RE.match(text, end)
        if nxt is None:
            continue
        first = nxt.group(2)
        if not (first[0].isupper() or first[0].isdecimal() or nxt.group(1)):
            continue
        if m.group()[0] == "." and len(m.group().rstrip("\"'”’»)]")) == 1:
            if _is_abbreviation(text, m.start()):
                # "Dr. Silva" / "U.S. forces": keep, unless the abbreviation is clearly final
                # (a dotted acronym followed by a capitalised sentence start is ambiguous; keep).
                continue
            before = text[max(0, m.start() - 3) : m.start()]
            if before[-1:].isdecimal() and fold(first.strip(".,")) in _MONTHS_LOW:
                continue  # German "4. Juli"
        out.append((offset + start, offset + end))
        start = nxt.start(2) - (1 if nxt.group(1) else 0)
    if text[start:].strip():
        out.append((offset + start, offset + len(text)))


def _next_nonblank(lines: list[str]) -> list[str]:
    """For each line, the next non-blank line after it (stripped; "" at the end)."""
    out = [""] * len(lines)
    nxt = ""
    for i in range(len(lines) - 1, -1, -1):
        out[i] = nxt
        stripped = lines[i].strip()
        if stripped:
            nxt = stripped
    return out


@lru_cache(maxsize=256)
def _split_cached(text: str, language: str | None) -> tuple[Sentence, ...]:
    # Paragraph blocks: a newline ends a sentence unless the line clearly continues
    # (no terminal punctuation and the next line starts in lower case).
    blocks: list[tuple[int, int]] = []
    pos = 0
    block_start = None
    lines = text.splitlines(keepends=True)
    following = _next_nonblank(lines)
    for i, line in enumerate(lines):
        stripped = line.strip()
        line_start = pos
        pos += len(line)
        if not stripped:
            continue
        if block_start is None:
            block_start = line_start + (len(line) - len(line.lstrip()))
        nxt = following[i]
        continues = bool(nxt) and stripped[-1] not in _TERMINAL and nxt[0].islower()
        if not continues:
            blocks.append((block_start, line_start + len(line.rstrip())))
            block_start = None
    spans: list[tuple[int, int]] = []
    for b_start, b_end in blocks:
        _split_block(text[b_start:b_end], b_start, spans)
    sentences = []
    for s, e in spans:
        chunk = text[s:e]
        lead = len(chunk) - len(chunk.lstrip())
        trail = len(chunk.rstrip())
        if trail > lead:
            a, b = s + lead, s + trail
            sentences.append(Sentence(len(sentences), a, b, text[a:b]))
    return tuple(sentences)


def split_sentences(text: str, language: str | None = None) -> list[Sentence]:
    """Sentences of `text` with their character offsets (`text[s.start:s.end] == s.text`)."""
    return list(_split_cached(text, language))


def sentence_at(sentences: list[Sentence] | tuple[Sentence, ...], offset: int) -> int:
    """Index of the sentence containing `offset` (or the nearest one before it)."""
    k = bisect_right(sentences, offset, key=_START)
    return k - 1 if k else 0


_START = attrgetter("start")
