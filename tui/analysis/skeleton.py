"""Consonant skeletons of names: one key for a name however a language spells or transliterates it.

"Hasuko", "Хасуко"; "Godrorer", "Годрорер"; "Bretschisu", "Brecisu", "Бречису" give the same
skeleton. Sounds that scripts write differently share a class (g, h, k, kh, х, г -> k;
s, z, sh, sch, zh, ш, ж -> s; b/p, d/t, v/w/f), vowels go, and affricates that one language
writes "c" and another "tsch", "ts" or "ч" are left out. A Latin "c" before a, o, u or a
consonant is either k (Carlos, Карлос) or a folded č (Čogoard -> Cogoard, Чогоард): such a
word has both skeletons. Used by event grouping, where reports in Cyrillic and Latin script
must find each other; the comparison engine's phonetic key (`tui.analysis.phonetic`) is
tuned for telling names apart and is left as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tui.analysis.phonetic import transliterate
from tui.analysis.text import fold

_GREEK_KH = str.maketrans({"χ": "k", "Χ": "k"})  # (transliterated "ch", here a k sound)
# Longest first; "" drops an affricate, "C" marks a "c" that is k or a folded č.
_DIGRAPHS = (
    ("shch", "s"), ("tsch", ""), ("sch", "s"), ("tch", ""), ("ch", ""), ("cz", ""),
    ("ts", ""), ("tz", ""), ("zh", "s"), ("sh", "s"), ("kh", "k"), ("gh", "k"), ("ph", "f"),
    ("th", "t"), ("ck", "k"), ("qu", "k"), ("ce", "e"), ("ci", "i"), ("cy", "y"), ("c", "C"),
)
_CLASSES = str.maketrans({
    "g": "k", "h": "k", "q": "k", "z": "s", "b": "p", "d": "t", "v": "f", "w": "f",
    "x": "ks", "ß": "s",
})
_VOWELS = frozenset("aeiouyj")
_NON_LETTER = re.compile(r"[^a-zC]+")
_DIGRAPH_RE = re.compile("|".join(re.escape(a) for a, _ in _DIGRAPHS))
_DIGRAPH_MAP = dict(_DIGRAPHS)


def _classes(latin: str) -> str:
    """Consonant classes of a folded Latin word, adjacent repeats collapsed ("ss" -> "s")."""
    s = _DIGRAPH_RE.sub(lambda m: _DIGRAPH_MAP[m.group(0)], latin).translate(_CLASSES)
    out: list[str] = []
    prev = ""
    for ch in s:
        if ch in _VOWELS:
            prev = ""
            continue
        if ch != prev:
            out.append(ch)
        prev = ch
    return "".join(out)


@lru_cache(maxsize=65536)
def skeletons(word: str) -> tuple[str, ...]:
    """The skeleton(s) of one word: one, or two when a Latin "c" may be k or a folded č."""
    latin = _NON_LETTER.sub("", fold(transliterate(word.translate(_GREEK_KH))))
    if not latin:
        return ()
    key = _classes(latin)
    if "C" not in key:
        return (key,) if key else ()
    variants = (key.replace("C", "k"), key.replace("C", ""))
    return tuple(dict.fromkeys(v for v in variants if v))
