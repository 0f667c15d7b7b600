"""Exonyms: the names one place has in other languages ("Zadar"/"Zara", "Liège"/"Luik").

The data, tui/data/place_names.txt.zst, is built from GeoNames by
tools/build_place_names.py from the populated places (European ones from 1,000
inhabitants, elsewhere from 15,000) and their spellings romanised and folded: one line per
spelling, sorted, with the places it names ("zara<TAB>812"). It is read once, on the first
question, and looked up by bisecting the text itself (no table of 140,000 names is built),
only for names nothing else paired. An inflected one-word name is looked up by its lemma
where the language file loads simplemma anyway (`lemmatise`), else through the names that
share its first letters and are forms of it in the report's language ("Vágsellyén", "Šali",
"Tampereella"; tui.analysis.inflection.same_word), in languages whose place cases are
endings also a stem the case changes ("Turussa" -> Turku; `near_forms`).
tui/data/subdivision_names.txt.zst, built by the same script, is read the same way: the
regions, provinces and counties of European countries in their languages' names
("Hainaut"/"Henegouwen", "Mayo"/"Maigh Eo"), numbered apart from the towns.
Data: GeoNames (geonames.org), CC BY 4.0; ISO 3166-2 from iso-codes, LGPL 2.1+.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache
from importlib import resources

import zstandard

from tui.analysis import langdata
from tui.analysis.inflection import endings, near_forms, same_word
from tui.analysis.lexicon import entity_words_by_language, initial_mutations, lemmatize
from tui.analysis.translit import latin_fold

_MIN = 4  # letters of a name worth looking up
_SLACK = 4  # an inflected form is at most this many letters longer or shorter


_FILES = ("place_names.txt.zst", "subdivision_names.txt.zst")  # towns, then regions


@lru_cache(maxsize=len(_FILES))
def _text(fname: str = _FILES[0]) -> str:
    """The sorted "name<TAB>places" lines, "\n" before the first and after each."""
    try:
        raw = resources.files("tui.data").joinpath(fname).read_bytes()
        text = zstandard.ZstdDecompressor().decompress(raw).decode("utf-8")
    except (OSError, zstandard.ZstdError, UnicodeDecodeError):
        text = ""  # a broken install: no exonyms, every other pairing stage still works
    return "\n" + text if text.endswith("\n") else "\n"


_STRIDE = 512  # characters between two lines of the sampled index (`_samples`)


@lru_cache(maxsize=len(_FILES))
def _samples(fname: str) -> tuple[list[str], list[int]]:
    """A sparse index of the text: every `_STRIDE` characters the next line, and its
    offset; bisecting it first leaves a few lines of the text itself to bisect."""
    text = _text(fname)
    lines, starts = [], []
    pos = 1
    while pos < len(text):
        end = text.index("\n", pos)
        lines.append(text[pos:end])
        starts.append(pos)
        pos = text.find("\n", pos + _STRIDE) + 1 or len(text)
    return lines, starts


def _bounds(text: str, target: str) -> tuple[int, int]:
    """Line starts lo <= hi: the lines before lo sort before `target`, hi's does not
    (the sampled index is the data's: any other text is bisected whole)."""
    fname = next((f for f in _FILES if text is _text(f)), None)
    if fname is None:
        return 1, len(text)
    lines, starts = _samples(fname)
    k = bisect_left(lines, target)
    lo = starts[k - 1] + len(lines[k - 1]) + 1 if k else 1
    return lo, starts[k] if k < len(starts) else len(text)


def _first_line(text: str, target: str) -> int:
    """The offset of the first line not sorted before `target` (len(text) if none)."""
    lo, hi = _bounds(text, target)  # line starts: lines before lo sort before target
    while lo < hi:
        start = text.rfind("\n", lo, (lo + hi) // 2) + 1 or lo  # a line start in [lo, hi)
        end = text.index("\n", start)
        if text[start:end] < target:
            lo = end + 1
        else:
            hi = start
    return lo


def _lines(prefix: str) -> Iterator[tuple[str, str]]:
    """(name, places) of the names that start with `prefix`, each file's in sorted order."""
    for fname in _FILES:
        yield from _file_lines(_text(fname), prefix)


def _file_lines(text: str, prefix: str) -> Iterator[tuple[str, str]]:
    pos = _first_line(text, prefix)
    while pos < len(text) and text.startswith(prefix, pos):
        end = text.index("\n", pos)
        name, _, places = text[pos:end].partition("\t")
        yield name, places
        pos = end + 1


def _places(key: str) -> tuple[int, ...]:
    """The places `key` (a folded name) is a spelling of."""
    for k in (key, key + "."):  # a source's "Stettin."
        found = [int(p) for _, places in _lines(k + "\t") for p in places.split()]
        if found:
            return tuple(found)
    return ()


def _key(name: str) -> str:
    return " ".join(latin_fold(name).replace("-", " ").split())


@lru_cache(maxsize=8192)
def place_ids(name: str, language: str | None = None) -> frozenset[int]:
    """The places `name` is a spelling of, inflected forms included."""
    key = _key(name)
    if len(key) < _MIN:
        return frozenset()
    return _written_ids(name, key, language) or _inflected_ids(name, key, language)


@lru_cache(maxsize=8192)
def place_readings(name: str, language: str | None = None) -> frozenset[int]:
    """Every place `name` may name: as written, and also as an inflected form when a
    place is listed as written ("Šali" is a listed town, and Slovak "in Šaľa")."""
    key = _key(name)
    if len(key) < _MIN:
        return frozenset()
    return _written_ids(name, key, language) | _inflected_ids(name, key, language)


@lru_cache(maxsize=8192)
def written_place_ids(name: str) -> frozenset[int]:
    """The places `name` is listed as, read as written (no case ending undone)."""
    key = _key(name)
    return _written_ids(name, key, None) if len(key) >= _MIN else frozenset()


def _written_ids(name: str, key: str, language: str | None) -> frozenset[int]:
    """The places `name` is listed as: as written, its initial mutation undone, its
    umlauts spelt out ("Lövéte" / listed "Loevete"), or respelt (`_respelled`)."""
    plain = demutated(key, language)  # Irish "dhun na ngall" -> "dun na ngall"
    found = _places(key) or (_places(plain) if plain != key else ())
    if not found and (spelt := _umlauts_spelt(name)) != key:
        found = _places(spelt)
    if found:
        return frozenset(found)
    if " " not in key and (spelled := _respelled(key)):
        return spelled
    return frozenset()


def _inflected_ids(name: str, key: str, language: str | None) -> frozenset[int]:
    """The places of which `name` is an inflected form in `language` (one word only)."""
    if " " in key or not endings(language) or language is None:
        return frozenset()  # a language without case endings writes the name as listed
    if langdata.meta(language, "lemmatise", False):  # its table is loaded anyway
        lemma = _key(lemmatize(name.lower(), language))  # "Szczecinie" -> "szczecin"
        if lemma != key and (by_lemma := _places(lemma)):
            return frozenset(by_lemma)
    head = key[:max(3, len(key) - 4)]  # forms of one name share all but a short ending
    near = [(n.rstrip("."), places) for n, places in _lines(key[:3])
            if " " not in n and abs(len(n) - len(key)) <= _SLACK]
    found = frozenset(int(i) for n, places in near if n.startswith(head)
                      and same_word(key, n, language, language) for i in places.split())
    if found or language not in _graded_languages():
        return found
    # A stem the case changes ("Turussa" -> Turku: Finnic consonant gradation).
    return frozenset(int(i) for n, places in near if near_forms(key, n, language, language)
                     for i in places.split())


# Letters that German-style romanisations (and so many GeoNames spellings) write as two.
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ő": "oe", "ü": "ue", "ű": "ue", "ø": "oe",
                          "æ": "ae", "å": "aa"})


def _umlauts_spelt(name: str) -> str:
    return _key(name.lower().translate(_UMLAUTS))


_GLIDES = "ijy"  # one sound romanised three ways ("Novokuibyshevsk"/"Novokuybyshevsk")
_VOWELS = "aeiouy"


def _respellings(key: str) -> Iterator[str]:
    """`key` with one glide next to a vowel written the other ways, or (for a name of six
    letters or more) its final vowel another one (Italian "Lubiana" / listed "Lubiane")."""
    for i, c in enumerate(key):
        if c in _GLIDES and ((i and key[i - 1] in _VOWELS) or key[i + 1:i + 2] in
                             tuple(_VOWELS)):
            for g in _GLIDES.replace(c, ""):
                yield key[:i] + g + key[i + 1:]
    if len(key) >= 6 and key[-1] in "aeio" and key[-2] not in _VOWELS:
        yield from (key[:-1] + v for v in "aeio".replace(key[-1], ""))


def _respelled(key: str) -> frozenset[int]:
    """The one place a respelling of `key` names; empty when none does or several do."""
    found = frozenset().union(*(_places(v) for v in _respellings(key)))
    return found if len(found) == 1 else frozenset()


@lru_cache(maxsize=1)
def _graded_languages() -> frozenset[str]:
    """Languages whose place cases are endings that may change the stem (`place_endings`)."""
    return frozenset(entity_words_by_language("place_endings"))


def demutated(key: str, language: str | None) -> str:
    """The folded name with the initial mutation of its first word undone, in a language
    whose file lists them (Irish "dhun na ngall" -> "dun na ngall"); else `key`."""
    lenited, eclipsed = initial_mutations(language)
    if not lenited and not eclipsed:
        return key
    if len(key) > 3 and key[0] in lenited and key[1] == "h":
        return key[0] + key[2:]
    for prefix, initial in eclipsed:
        if key.startswith(prefix + initial):
            return key[len(prefix):]
    return key


@lru_cache(maxsize=8192)
def exact_place(name: str) -> bool:
    """Is `name`, as written, a spelling of a known place?"""
    return bool(_places(_key(name)))


def reading_set(names: list[str], language: str | None) -> frozenset[int]:
    """Every place any of `names` may name (`place_readings`)."""
    return frozenset().union(*(place_readings(n, language) for n in names)) if names else \
        frozenset()


def place_set(names: list[str], language: str | None) -> frozenset[int]:
    """The places any of `names` (one entity's spellings) is a spelling of."""
    return frozenset().union(*(place_ids(n, language) for n in names)) if names else \
        frozenset()


def same_place(a: list[str], b: list[str], la: str | None, lb: str | None) -> bool:
    """Do two lists of names share a place once exonyms are known?"""
    return bool(place_set(a, la) & place_set(b, lb))
