"""Transliteration to Latin letters: the one place names from other scripts are romanised.

Entity matching (phonetic keys, gazetteer look-ups, inflected base forms) and search
variants all go through `latin`, so "Київ", "Kiev" and "Kyiv" are compared in one script.
The work is done by anyascii (a maintained table for every Unicode script, offline, no
data loaded at run time): Cyrillic, Greek, Latin letters that do not decompose ("ł", "ø",
"ı", "ß"), and the rest.
"""

from __future__ import annotations

from functools import lru_cache

from anyascii import anyascii

from tui.analysis.text import fold


@lru_cache(maxsize=32768)
def latin(text: str) -> str:
    """`text` in ASCII Latin letters, case kept ("Харків" -> "Kharkiv", "Łódź" -> "Lodz")."""
    if text.isascii():
        return text
    return anyascii(text)


@lru_cache(maxsize=32768)
def latin_fold(text: str) -> str:
    """Lowercase Latin form for comparing spellings across scripts ("Yılmaz" = "yilmaz")."""
    return fold(latin(text))


def is_latin(text: str) -> bool:
    """Does `text` need no transliteration (ASCII once its accents are folded)?"""
    return fold(text).isascii()
