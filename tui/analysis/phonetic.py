"""A rough phonetic key for names, robust to transliteration and typos.

"Zelensky", "Zelenskyy", "Jelnsky", "Gelnsky" -> "zlnski"; "Kyiv", "Kiev", "Київ" -> "kv".
Steps: transliterate any script (anyascii, via tui.analysis.translit), fold accents,
simplify digraphs, merge j/g/y/z-like onsets, drop vowels after the first letter,
collapse doubles, and keep a final "i" sound (-y/-i/-iy/-yj endings of Slavic surnames).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA, Indel

from tui.analysis.text import fold
from tui.analysis.translit import latin

_DIGRAPHS = [
    ("shch", "s"), ("sch", "s"), ("tsch", "c"), ("zh", "z"), ("kh", "k"), ("ph", "f"),
    ("th", "t"), ("sh", "s"), ("ch", "c"), ("ck", "k"), ("ts", "z"), ("tz", "z"), ("dz", "z"),
    ("qu", "k"), ("gu", "g"), ("w", "v"), ("q", "k"), ("x", "ks"), ("c", "k"), ("ou", "u"),
]
_ONSET = {"j": "z", "g": "z", "y": "z", "z": "z", "s": "s", "h": ""}
_VOWELS = set("aeiouy")
_NON_LETTER = re.compile(r"[^a-z]+")
# Key similarity two long names need by default (`names_similar`); indexes that pre-select
# candidates with rapidfuzz (tui.analysis.gazetteer) use it as their cut-off.
NAME_THRESHOLD = 0.84
# What two long names that sound alike share of their letters, romanised, at least.
_SPELLING_CUT = 0.5


@lru_cache(maxsize=16384)
def transliterate(text: str) -> str:
    """Lowercase Latin letters for `text` (see tui.analysis.translit)."""
    return latin(text).lower()


@lru_cache(maxsize=16384)
def word_key(word: str) -> str:
    s = _NON_LETTER.sub("", fold(transliterate(word)))
    if not s:
        return ""
    ends_i = s.endswith(("y", "i", "ij", "yj", "iy", "yy", "ii", "yi"))
    for a, b in _DIGRAPHS:
        s = s.replace(a, b)
    first = s[0]
    first = _ONSET.get(first, first) if first in "jgyz" else first
    rest = []
    for ch in s[1:]:
        if ch in _VOWELS or ch == "h":
            continue
        if ch == "z":
            ch = "s"  # Fernandez / Fernandes
        if rest and rest[-1] == ch:
            continue
        rest.append(ch)
    if first and rest and rest[0] == first:
        rest = rest[1:]
    key = (first or "") + "".join(rest)
    if ends_i and len(key) > 2:
        key += "i"
    return key


def name_key(name: str) -> str:
    """Key of a whole name: word keys joined by spaces."""
    return " ".join(k for k in (word_key(w) for w in name.split()) if k)


def key_similarity(a: str, b: str) -> float:
    """0..1 similarity of two keys; short keys must be identical."""
    if a == b:
        return 1.0
    if min(len(a), len(b)) < 4:
        return 0.0
    return Indel.normalized_similarity(a, b)


@lru_cache(maxsize=65536)
def names_similar(a: str, b: str, threshold: float = NAME_THRESHOLD,
                  strict_short: bool = False) -> bool:
    """Do two single names sound alike ("Jelnsky"/"Zelensky", "Kive"/"Kyiv")?

    Short keys say little: they must be identical and the spellings one edit apart
    (or, with `strict_short`, equal once folded).
    """
    ka, kb = word_key(a), word_key(b)
    if not ka or not kb:
        return False
    if min(len(ka), len(kb)) < 4:
        ta, tb = fold(transliterate(a)), fold(transliterate(b))
        if strict_short:
            return ta == tb
        return ka == kb and OSA.distance(ta, tb) <= 1
    if key_similarity(ka, kb) < threshold:
        return False
    # Keys drop vowels: "Krakovets" and "Korchova" share "krkv", yet their letters
    # are mostly not the same. Two spellings of one name keep most letters in common.
    ta, tb = fold(transliterate(a)), fold(transliterate(b))
    return Indel.normalized_similarity(ta, tb) >= _SPELLING_CUT
