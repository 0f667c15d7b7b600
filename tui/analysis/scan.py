"""The state of the figure scanner: what it reads (`Scan`) and the figure being built
(`Figure`), shared by the stages in quantities.py and concepts.py."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, field

from tui.analysis import lexicon as lx
from tui.analysis.numbers import number_words_at
from tui.analysis.sentences import Sentence
from tui.analysis.text import Token

PUNCT_STOP = set(".;:!?()[]\"“”«»")
CLAUSE_STOP = PUNCT_STOP | {","}


class Mask:
    """Character spans that never hold a figure (dates, times, ages, phone numbers)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self.starts, pos) - 1
        return i >= 0 and pos < self.ends[i]


@dataclass(slots=True)
class Scan:
    """One text being scanned, with the word tables of its language."""

    text: str
    toks: list[Token]
    language: str | None
    sentences: Sequence[Sentence]
    mask: Mask
    words: lx.Words
    ctable: lx._WordTable
    scales: dict[str, float]

    starts: list[int] = field(default_factory=list)  # token start offsets, for bisect

    def __post_init__(self) -> None:
        self.starts = [t.start for t in self.toks]

    @property
    def n(self) -> int:
        return len(self.toks)

    def number_words_at(self, i: int) -> tuple[int, int, bool] | None:
        """Number words at token `i`: the language file's [numbers] table, else text2num
        (English number words for a language without a file)."""
        if self.words.number_mode == "words":
            if not self.toks[i].is_word:
                return None
            return lx.table_number_words_at(self.toks, i, self.language)
        return number_words_at(self.toks, i, self.language)


@dataclass(slots=True)
class Figure:
    """A figure while the stages build it. Token indexes: `i` is the first number token,
    `j` the token after the number, `k` the token after everything read so far."""

    i: int
    tok: Token
    prev: Token | None
    value: float = 0.0
    j: int = 0
    k: int = 0
    is_article: bool = False  # "um", "a", "une": a figure only before a concept noun
    start: int = 0
    end: int = 0
    currency: str | None = None
    approx_dozen: bool = False  # "a dozen", "une dizaine"
    unit: str | None = None
    concept: str | None = None
    factor: float = 1.0
    hyphenated: bool = False  # "300-metre-deep", "five-member": an adjective, not a count
    glued_unit: str | None = None  # "four-hour": the unit written in the number's own token
    noun: str | None = None
    noun_end: int | None = None
    aspect: str | None = None
    generic: str | None = None
    partitive: bool = False
    qualifier: str = "exact"
    tolerance: float = 0.0
    negative: bool = False  # a minus sign before the number
    sign_start: int = 0  # where the sign ("-", "minus") starts
    borrowed: tuple[str, str, float] | None = None  # "from 6 to minus 2 degrees": the unit
    borrowed_currency: str | None = None  # "from 18 to 25 euros": the second's currency
    scaled: bool = False  # a scale word was read ("11 milhões")
    bare_degree: bool = False  # "82 degrees", "28°": no Celsius or Fahrenheit written
    high: float | None = None  # the upper end of a range ("3–4 m", "30-40")
    role: str | None = None  # set by a stage (votes.py: "for" / "against"), else _role
    state: str | None = None  # what happened to a named group ("two firefighters were hurt")
    noun_text: str | None = None  # the noun as written when a stage found it before the number
    part_noun: bool = False  # the noun is that of the count before: a part of it ("of which 9")


def strip_elision(word: str) -> str:
    """ "d'euros" -> "euros", "l'incendie" -> "incendie"."""
    if len(word) > 2 and word[1] == "'":
        return word[2:]
    return word
