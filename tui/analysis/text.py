"""Low-level text helpers shared by the analysers: folding and tokenising with offsets."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Digits (with inner separators), words (with inner hyphens/apostrophes), or one symbol.
_TOKEN_RE = re.compile(
    r"\d+(?:[.,\u00a0\u202f]\d+)*|[^\W\d_]+(?:[-'’][^\W\d_]+)*|[^\w\s]", re.UNICODE
)


class Token:
    """One token with offsets; `low` is folded (lowercase, accents stripped).

    A plain slotted class rather than a frozen dataclass: texts are tokenised once per
    analysis and tokens are read in every analyser's inner loop, so construction and the
    `is_word`/`is_digit` tests (computed once here) must be cheap. Treat it as immutable.
    `is_digit` means a decimal digit of any script (`str.isdecimal`): "²", "₅" or "①" are
    `str.isdigit` but not figures, so a token of them is neither a word nor a number.
    """

    __slots__ = ("start", "end", "text", "low", "is_word", "is_digit")

    def __init__(self, start: int, end: int, text: str, low: str) -> None:
        self.start = start
        self.end = end
        self.text = text
        self.low = low
        first = text[0]
        self.is_word = first.isalpha()
        self.is_digit = first.isdecimal()

    def _key(self) -> tuple[int, int, str, str]:
        return (self.start, self.end, self.text, self.low)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not Token:
            return NotImplemented
        return self._key() == other._key()  # type: ignore[attr-defined]

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return (f"Token(start={self.start!r}, end={self.end!r}, text={self.text!r}, "
                f"low={self.low!r})")


_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]+")


def _drop_combining(m: re.Match[str]) -> str:
    return "".join(ch for ch in m.group() if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase and strip diacritics ("Ucrânia" -> "ucrania"); keeps length for ASCII only.

    Memoised: meant for words and short phrases. Fold a whole text with `fold_text`.
    """
    return fold_text(text)


def fold_text(text: str) -> str:
    """`fold` without the memo, for whole article texts (a memo would keep them alive)."""
    low = text.lower()
    if low.isascii():
        return low
    decomposed = unicodedata.normalize("NFKD", low)
    # Only non-ASCII characters can be combining marks: test just those (long texts).
    out = _NON_ASCII_RE.sub(_drop_combining, decomposed)
    return out.replace("ß", "ss").replace("’", "'")


def tokenize(text: str) -> list[Token]:
    return [Token(*m.span(), g, fold(g)) for m in _TOKEN_RE.finditer(text) for g in (m.group(),)]


def primary_language(code: str | None) -> str | None:
    """'pt-BR' -> 'pt'; None stays None."""
    if not code:
        return None
    return code.replace("_", "-").split("-")[0].lower() or None
