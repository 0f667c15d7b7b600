"""Which of B's entities the "sound" stage of entity pairing need ask at all.

`entities_match` (tui.analysis.name_match) holds for two entities only if they share a key
of `keys` below: their id; a folded name or last word (the test of probable common words);
or for two names that `same_name` (tui.analysis.entities) takes, one of the tests it makes
first (the name folded, `comparable`, its last or first word folded, of a Greek name also
read as a foreign one), or two of their words that are forms of one name (`same_word`:
the first letters of `comparable`) or sound alike (`names_similar`: an identical phonetic
key, or keys that rapidfuzz finds close, with a lower cut-off than the one the test
applies). Only B's entities sharing a key are asked, in their order: the stage takes what
it took when it asked all of them, at a fraction of the cost (it asked every entity left
alone of one report of every one of the other).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import process
from rapidfuzz.distance import Indel

from tui.analysis.inflection import comparable
from tui.analysis.phonetic import word_key
from tui.analysis.text import fold
from tui.analysis.translit import foreign_reading, latin_fold

if TYPE_CHECKING:
    from tui.analysis.entities import Entity
    from tui.analysis.name_match import Side

_STEM = 3  # letters of `comparable` that two forms of one name share (inflection._MIN_STEM)
_SHORT_KEY = 4  # shorter phonetic keys must be identical (phonetic.key_similarity)
_CUT = 0.8  # below the 0.84 that `same_name` asks of two words' keys: never misses one
Key = tuple[str, str]


def _word_keys(word: str) -> set[Key]:
    keys = {("k", word_key(word))}
    stem = comparable(word)[:_STEM]
    if stem:
        keys.add(("s", stem))
    return keys


@lru_cache(maxsize=65536)
def name_keys(name: str) -> frozenset[Key] | None:
    """The keys of a name that `same_name` may take (see the module doc); None when it
    folds to nothing, so that it may meet any name."""
    folded = latin_fold(name).replace("-", " ").split()
    if not folded:
        return None
    words = name.replace("-", " ").split()
    out = {("f", " ".join(folded)), ("c", comparable(name)), ("l", folded[-1])}
    if words:
        out.add(("0", fold(words[0])))
    for w in words:
        out |= _word_keys(w)
    foreign = foreign_reading(name)  # `same_name` reads a Greek name twice
    if foreign != name:
        out |= name_keys(foreign) or set()
    return frozenset(out)


def _sounds(keys: frozenset[Key]) -> list[str]:
    return [k for kind, k in keys if kind == "k" and len(k) >= _SHORT_KEY]


@lru_cache(maxsize=65536)  # asked of each mention and name clustering compares
def may_be_same_name(a: str, b: str) -> bool:
    """False only when `same_name(a, b, ...)` is False, in any languages: a cheap test."""
    ka, kb = name_keys(a), name_keys(b)
    if ka is None or kb is None or not ka.isdisjoint(kb):
        return True
    sounds_b = _sounds(kb)
    return any(Indel.normalized_similarity(x, y) >= _CUT for x in _sounds(ka) for y in sounds_b)


def keys(e: Entity, side: Side) -> set[Key] | None:
    """The keys of an entity (see the module doc); None when one of its names folds to
    nothing, so that it may meet any entity."""
    out: set[Key] = {("id", e.id)} | {("F", f) for f in side.folds | side.lasts}
    for name in side.names:
        found = name_keys(name)
        if found is None:
            return None
        out |= found
    return out


class SoundIndex:
    """B's entities by their keys, and the phonetic keys of B's words, built once."""

    def __init__(self, ents: list[Entity], sides: list[Side]) -> None:
        self.n = len(ents)
        self.by_key: dict[Key, list[int]] = {}
        self.anyone: list[int] = []
        for j, (y, sy) in enumerate(zip(ents, sides, strict=True)):
            found = keys(y, sy)
            if found is None:
                self.anyone.append(j)
                continue
            for key in found:
                self.by_key.setdefault(key, []).append(j)
        self.long_keys = sorted({k for kind, k in self.by_key if kind == "k"
                                 and len(k) >= _SHORT_KEY})

    def _close_keys(self, key: str) -> list[Key]:
        if len(key) < _SHORT_KEY:
            return []
        return [("k", k) for k, _, _ in process.extract(
            key, self.long_keys, scorer=Indel.normalized_similarity, score_cutoff=_CUT,
            limit=None)]

    def candidates(self, x: Entity, sx: Side) -> list[int]:
        """B's entities that may match `x`, in order."""
        found = keys(x, sx)
        if found is None:
            return list(range(self.n))
        for kind, k in list(found):
            if kind == "k":
                found.update(self._close_keys(k))
        return sorted({j for key in found for j in self.by_key.get(key, ())}
                      | set(self.anyone))
