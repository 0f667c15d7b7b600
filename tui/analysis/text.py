"""Low-level text helpers shared by the analysers: folding and tokenising with offsets."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Digits (with inner separators), words (with inner hyphens/apostrophes), or one symbol.
_TOKEN_RE = re.compile(
    r"\d+(?:[.,\u00a0\u202f]\d+)*|[^\W\d_]+(?:[-'’][^\W\d_]+)*|[^\w\s]", re.UNICODE
)


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str
    low: str  # folded: lowercase, accents stripped

    @property
    def is_digit(self) -> bool:
        return self.text[0].isdigit()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase and strip diacritics ("Ucrânia" -> "ucrania"); keeps length for ASCII only."""
    low = text.lower()
    if low.isascii():
        return low
    decomposed = unicodedata.normalize("NFKD", low)
    out = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return out.replace("ß", "ss").replace("’", "'")


def tokenize(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group(), fold(m.group())) for m in _TOKEN_RE.finditer(text)]


def primary_language(code: str | None) -> str | None:
    """'pt-BR' -> 'pt'; None stays None."""
    if not code:
        return None
    return code.replace("_", "-").split("-")[0].lower() or None
