"""Transliteration to Latin letters: the one place names from other scripts are romanised.

Entity matching (phonetic keys, gazetteer look-ups, inflected base forms) and search
variants all go through `latin`, so "Київ", "Kiev" and "Kyiv" are compared in one script.
The work is done by anyascii (a maintained table for every Unicode script, offline, no
data loaded at run time): Cyrillic, Greek, Latin letters that do not decompose ("ł", "ø",
"ı", "ß"), and the rest.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from anyascii import anyascii

from tui.analysis import langdata
from tui.analysis.text import fold

# anyascii romanises letter by letter; Greek writes three sounds with two letters that
# every Greek romanisation (ELOT 743, UN) reads as one: "ου" is u, "αυ"/"ευ" are av/ev
# ("Μαυρίδης" is Mavridis, not Mayridis).
_GREEK_DIGRAPHS = re.compile("([ΑαΕεΗηΟο])([ΥυΎύ])")


def _greek(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        first, second = m.group(1), m.group(2)
        upper = second.isupper() and first.isupper()
        out = "u" if first in "Οο" else "v"
        return anyascii(first) + (out.upper() if upper else out)

    return _GREEK_DIGRAPHS.sub(one, text)


@lru_cache(maxsize=32768)
def latin(text: str) -> str:
    """`text` in ASCII Latin letters, case kept ("Харків" -> "Kharkiv", "Łódź" -> "Lodz")."""
    if text.isascii():
        return text
    if any("\u0370" <= ch <= "\u03ff" for ch in text):
        text = _greek(text)
    return anyascii(text)


# Greek has no letters for b, d and g: it writes them "μπ", "ντ" and "γκ", which is how it
# spells every foreign name ("Μετόντιεφ" is Metodiev, "Μομτσίλγκραντ" Momchilgrad), while
# in a Greek name they are often "mb", "nd"/"nt", "ng" ("Πεντέλη" is Penteli). The "ν" of
# "ντσ"/"ντζ" is an n before "ts"/"dz" ("Ράντσεφ" is Ranchev). A Greek word ends in a vowel,
# "ς", "ν" or "ρ", never in "φ": a final "-εφ"/"-οφ" is a Slavic "-ev"/"-ov" ("Κόλεφ").
_GREEK_STOPS = re.compile("([Μμ][Ππ]|[Νν][Ττ](?![ΣσςΖζ])|[Γγ][Κκ])")
# "τζ" is the dz or dž of a foreign name ("Τζέιμς" James, "Ρετζέπ" Recep), not t-z.
_GREEK_DZ = re.compile("[Ττ](?=[Ζζ])")
_GREEK_FINAL_F = re.compile(r"(?<=[ΕεΟοέόΈΌ])([Φφ])(?!\w)")


def _stop(m: re.Match[str]) -> str:
    out = {"μ": "b", "ν": "d", "γ": "g"}[m.group(1)[0].lower()]
    return out.upper() if m.group(1)[0].isupper() else out


@lru_cache(maxsize=8192)
def foreign_reading(text: str) -> str:
    """A Greek name read as the Greek spelling of a foreign one: "μπ", "ντ", "γκ" are b, d,
    g, "τζ" is dz, and a final "-εφ" is "-ev" ("Γκεόργκι Μετόντιεφ" -> "Georgi Metodiev"); `text`
    itself when it has none of these (or is not Greek)."""
    if not any("\u0370" <= ch <= "\u03ff" for ch in text):
        return text
    text = _GREEK_STOPS.sub(_stop, text)
    text = _GREEK_DZ.sub(lambda m: "D" if m.group(0).isupper() else "d", text)
    return _GREEK_FINAL_F.sub(lambda m: "V" if m.group(1).isupper() else "v", text)


def in_either_reading(test: Callable[[str, str], bool], a: str, b: str) -> bool:
    """`test(a, b)`, or `test` of the two names' `foreign_reading`s when either is a Greek
    spelling of a foreign name ("Μετόντιεφ" / "Методиев")."""
    if test(a, b):
        return True
    fa, fb = foreign_reading(a), foreign_reading(b)
    return (fa != a or fb != b) and test(fa, fb)


@lru_cache(maxsize=32768)
def latin_fold(text: str) -> str:
    """Lowercase Latin form for comparing spellings across scripts ("Yılmaz" = "yilmaz")."""
    return fold(latin(text))


def is_latin(text: str) -> bool:
    """Does `text` need no transliteration (ASCII once its accents are folded)?"""
    return fold(text).isascii()


@lru_cache(maxsize=64)
def _letter_sounds(language: str | None) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """A language's `meta.letter_sounds` ("c=dž": Turkish "c" is the "дж" of Cyrillic and
    the "τζ" of Greek), longest letters first, as one pattern."""
    pairs = dict(p.split("=", 1) for p in
                 str(langdata.meta(language, "letter_sounds", "") or "").split() if "=" in p)
    if not pairs:
        return None
    keys = sorted(pairs, key=len, reverse=True)
    return re.compile("|".join(re.escape(k) for k in keys), re.IGNORECASE), pairs


@lru_cache(maxsize=16384)
def sounded(text: str, language: str | None) -> str:
    """A Latin name with the letters its language reads otherwise written as the Latin
    letters that transliterations of other scripts use ("Recep" -> "Redžep", Hungarian
    "Szeged" -> "Seged"); `text` itself when its language has none."""
    table = _letter_sounds(language)
    if table is None or not is_latin(text):
        return text
    pattern, pairs = table

    def one(m: re.Match[str]) -> str:
        out = pairs[m.group(0).lower()]
        return out[:1].upper() + out[1:] if m.group(0)[:1].isupper() else out

    return pattern.sub(one, text)
