"""Word tables of the analysers, built from the language files (tui/data/lang/*.toml).

All words are *folded* (lowercase, no accents) when loaded; a trailing ``*`` means "prefix".
A language with a file sees `_common.toml` plus its own file; a language without one sees
the union of every file (so figures, units and names still work). Lookups are compiled
lazily, once per language.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from tui.analysis import langdata, lemmas
from tui.analysis.langdata import COMMON
from tui.analysis.text import Token, fold, tokenize

# Languages whose month and day names analysis.dates merges (the tuned set: more languages
# there would make month names ambiguous, e.g. "listopad" is October in hr, November in pl).
TABLE_LANGS = ("en", "pt", "es", "fr", "de", "it", "nl", "uk", "ru")


def words(text: str) -> frozenset[str]:
    """A set of space-separated words (keeps long keyword tables readable)."""
    return frozenset(text.split())


def _keys(language: str | None) -> tuple[str, ...]:
    """The files a language reads: common first, then its own (or every file's)."""
    if langdata.has_file(language):
        return (COMMON, language)  # type: ignore[return-value]
    return (COMMON, *langdata.languages())


def _section(key: str, name: str) -> dict[str, Any]:
    data = langdata.common() if key == COMMON else langdata.load(key)
    return data.get(name, {}) if data else {}


@lru_cache(maxsize=32)
def _class(name: str) -> tuple[str, ...]:
    return tuple(langdata.common().get("classes", {}).get(name, "").split())


def _word_set(language: str | None, name: str) -> frozenset[str]:
    return frozenset(fold(w) for key in _keys(language)
                     for w in _section(key, "words").get(name, "").split())


_HEAD_MIN = 4  # the fewest letters of a compound's head (shorter rests are endings)


class _WordTable:
    """Exact words plus prefixes mapped to a label; optionally also matched by lemma."""

    def __init__(self, entries: list[tuple[str, str]], lemma_lang: str | None = None,
                 marked: bool = False, compounds: bool = False) -> None:
        self.exact: dict[str, str] = {}
        self.compounds = compounds  # `[meta] compounds`: a compound is named by its head
        prefixes: list[tuple[str, str]] = []
        # Where a marked letter is another letter (`[meta] distinct_marks`: Turkish "ö" is
        # not "o"), the entries as written: "öldüğü" (died) must not match "olduğu" (is).
        self._written: dict[str, str] | None = {} if marked else None
        for word, label in entries:
            if self._written is not None and fold(word) != _lower(word):
                self._written.setdefault(fold(word).rstrip("*"), _lower(word).rstrip("*"))
            word = fold(word)
            if word.endswith("*"):
                prefixes.append((word[:-1], label))
            else:
                self.exact.setdefault(word, label)
        prefixes.sort(key=lambda p: -len(p[0]))
        self.prefixes = prefixes
        # The first label of each prefix: the longest listed prefix of a word is found by
        # looking its own prefixes up (at most seven) instead of scanning every entry.
        self._by_prefix: dict[str, str] = {}
        for prefix, label in prefixes:
            self._by_prefix.setdefault(prefix, label)
        self.lemma_lang = lemma_lang
        self._cache: dict[str, str | None] = {}

    def get(self, word: str, surface: str | None = None) -> str | None:
        """Label of folded `word`; `surface` (the word as written) enables lemma look-up."""
        if self._written is not None and surface is not None and fold(surface) == word:
            return self._get_marked(word, _lower(surface))
        try:
            return self._cache[word]
        except KeyError:
            pass
        label = self._lookup(word)
        if label is None and "-" in word:
            label = self._lookup(word.rsplit("-", 1)[1])  # "sapeurs-pompiers"
        if label is None and self.lemma_lang is not None:
            if surface is None:
                return None  # not cached: a later call with the surface may find the lemma
            lemma = fold(lemmatize(surface, self.lemma_lang))
            if lemma != word:
                label = self._lookup(lemma)
        self._cache[word] = label
        return label

    def span(self, word: str) -> int:
        """How many letters of folded `word` its entry covers: all for a listed word, the
        prefix's for a prefix, 0 when none matches (no lemma look-up)."""
        if word in self.exact:
            return len(word)
        for k in range(len(word), max(len(word) - 6, 0) - 1, -1):
            if word[:k] in self._by_prefix:
                return k
        return 0

    def _get_marked(self, word: str, written: str) -> str | None:
        """`get` for a table of marked letters: an entry matches as written, not folded."""
        key = f"\0{written}"
        if key not in self._cache:
            self._cache[key] = self._lookup(word, written)
        return self._cache[key]

    def _lookup(self, word: str, written: str | None = None) -> str | None:
        if written is not None and len(written) != len(word):
            written = None  # a letter that folds to two: compared folded
        label = self.exact.get(word)
        if label is not None and self._differs(word, written, len(word)):
            label = None
        if label is None:
            # The longest listed prefix that leaves at most six letters (`self.prefixes`
            # is longest first: the same entry a scan of it takes).
            for k in range(len(word), max(len(word) - 6, 0) - 1, -1):
                lab = self._by_prefix.get(word[:k])
                if lab is not None and not self._differs(word[:k], written, k, last=False):
                    return self._head(lab, word[k:]) or lab
        return label

    def _head(self, group: str, rest: str) -> str | None:
        """ "tűzoltóautó" (fire engine), "politiebus": where compounds are written as one
        word, a group of people's prefix may be followed by a listed word of things, the
        compound's head, which names it ("autó*": vehicles, not "tűzoltó*": firefighters):
        a group's vehicle or gear is not the group."""
        if not self.compounds or len(rest) < _HEAD_MIN or group not in _class(
                "person_groups"):
            return None
        label = self.exact.get(rest)
        for k in range(len(rest), max(len(rest) - 6, _HEAD_MIN - 1), -1):
            if label is not None:
                break
            label = self._by_prefix.get(rest[:k])
        return label if label not in _class("person_groups") + ("people",) else None

    def _differs(self, key: str, written: str | None, n: int, last: bool = True) -> bool:
        """Is the entry `key` (the word's first n letters, folded) written with a marked
        letter the word lacks? (An entry written without marks matches either way; a
        prefix's last letter may alternate before an ending: "araç", "aracı".)"""
        entry = self._written.get(key) if written is not None and self._written else None
        m = n if last else n - 1
        return entry is not None and entry[:m] != written[:m]


def _lower(word: str) -> str:
    """Lowercase, composed, with Turkish dotted capital I as plain i ("İzmir")."""
    return unicodedata.normalize("NFC", word.replace("İ", "i").lower())


def lemmatize(word: str, language: str) -> str:
    """simplemma's lemma (its data ships in the wheel; loaded once per language). A file's
    `meta.lemma_code` names simplemma's code when it differs ("hbs" for hr and sr)."""
    try:
        return lemmas.lemma(word, langdata.meta(language, "lemma_code", language))
    except (ValueError, KeyError):
        return word


def _lemma_lang(language: str | None) -> str | None:
    return language if langdata.meta(language, "lemmatise", False) else None


def _marked(language: str | None) -> bool:
    return bool(langdata.meta(language, "distinct_marks", False))


def _ordered(names: tuple[str, ...], found: list[str]) -> list[str]:
    return [*names, *(n for n in dict.fromkeys(found) if n not in names)]


@lru_cache(maxsize=64)
def concept_table(language: str | None) -> _WordTable:
    keys = _keys(language)
    found = [c for key in keys for c in _section(key, "concepts")]
    entries = [(w, concept) for concept in _ordered(_class("order"), found)
               for key in keys for w in _section(key, "concepts").get(concept, "").split()]
    return _WordTable(entries, _lemma_lang(language), _marked(language),
                      bool(langdata.meta(language, "compounds", False)))


@lru_cache(maxsize=64)
def noun_table(language: str | None) -> _WordTable:
    """Counted nouns no concept lists, labelled by their English name ([nouns])."""
    keys = _keys(language)
    entries = [(w, gloss) for key in keys for gloss, ws in _section(key, "nouns").items()
               for w in ws.split()]
    return _WordTable(entries, _lemma_lang(language), _marked(language))


# A compound's head is named by [nouns] when it is at least _NOUN_HEAD letters after a
# first part of at least _NOUN_FIRST, and a prefix entry leaves at most _NOUN_ENDING
# letters of it (an inflection): "Streifen|wagen" is no count of wagons, too short a head.
_NOUN_FIRST, _NOUN_HEAD, _NOUN_ENDING = 3, 6, 3


@lru_cache(maxsize=8192)
def noun_head_name(language: str | None, word: str) -> str | None:
    """The [nouns] name of a compound by its head, where the language file says
    `noun_heads` ("Dieselgeneratoren": "generatoren", generators), else None."""
    if not langdata.meta(language or "", "noun_heads", False):
        return None
    key, table = fold(word), noun_table(language)
    for start in range(_NOUN_FIRST, len(key) - _NOUN_HEAD + 1):
        head = key[start:]
        if table.span(head) >= len(head) - _NOUN_ENDING and (
                label := table.get(head)) is not None:
            return label
    return None


def _named_words(language: str | None, section: str) -> _WordTable:
    """A table of a section whose keys are names and whose values are words."""
    entries = [(w, name) for key in _keys(language)
               for name, ws in _section(key, section).items() for w in ws.split()]
    return _WordTable(entries)


@lru_cache(maxsize=64)
def measure_table(language: str | None) -> _WordTable:
    """What a unit-bearing figure measures ([measures]: "long", "deep", "away", "thick"):
    two distances of different measures are figures of different things."""
    return _named_words(language, "measures")


@lru_cache(maxsize=64)
def purpose_table(language: str | None) -> _WordTable:
    """What a sum of money is for ([purposes]: "damage", "aid", "fine"): two sums of
    different purposes are figures of different things."""
    return _named_words(language, "purposes")


@lru_cache(maxsize=64)
def media_table(language: str | None) -> _WordTable:
    """What a temperature is of ([media]: "water", "air"): two of different media are
    figures of different things."""
    return _named_words(language, "media")


@lru_cache(maxsize=64)
def speed_table(language: str | None) -> _WordTable:
    """What a speed is of ([speeds]: "wind", "moving"): the wind's and a ship's are
    figures of different things."""
    return _named_words(language, "speeds")


@lru_cache(maxsize=64)
def predicate_table(language: str | None) -> _WordTable:
    """Words of a predicate that say what happened to the people it is about, by state
    ([predicates]: "treated", "stung", "ashore", "admitted"): read only in the clause of a
    count of people, where they name its state, never as the noun of a count."""
    entries = [(w, state) for key in _keys(language)
               for state, ws in _section(key, "predicates").items() for w in ws.split()]
    return _WordTable(entries, _lemma_lang(language), _marked(language))


@lru_cache(maxsize=64)
def role_table(group: str, language: str | None) -> _WordTable:
    keys = _keys(language)
    by_key = [_section(key, "roles").get(group, {}) for key in keys]
    roles = _ordered((), [r for table in by_key for r in table])
    entries = [(w, role) for role in roles for table in by_key
               for w in table.get(role, "").split()]
    return _WordTable(entries, _lemma_lang(language), _marked(language))


@lru_cache(maxsize=64)
def role_group(concept: str) -> str | None:
    for group, concepts in langdata.common().get("role_groups", {}).items():
        if concept in concepts.split():
            return group
    return None


def _phrase_groups(language: str | None, name: str, order: tuple[str, ...]) -> dict[str, list]:
    groups: dict[str, list[str]] = {}
    for key in _keys(language):
        for qual, phrases in _section(key, name).items():
            groups.setdefault(qual, []).extend(fold(p) for p in phrases)
    return {q: groups[q] for q in _ordered(order, list(groups)) if groups.get(q)}


def _alternation(phrases: list[str]) -> str:
    return "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))


@lru_cache(maxsize=64)
def qualifier_regex(language: str | None) -> re.Pattern[str]:
    """Matches a qualifier phrase at the very end of the folded text before a number."""
    groups = _phrase_groups(language, "qualifiers", _class("qualifier_order"))
    alts = [f"(?P<{q}>{_alternation(p)})" for q, p in groups.items()]
    return re.compile(r"(?:^|[^\w'])(?:" + "|".join(alts) + r")\s*$")


@lru_cache(maxsize=64)
def qualifier_words(language: str | None) -> frozenset[str]:
    """Every word of the qualifier phrases (skipped when looking back from a number)."""
    groups = _phrase_groups(language, "qualifiers", _class("qualifier_order"))
    return frozenset(w for p in groups.values() for phrase in p
                     for w in re.findall(r"[^\W\d_]+", phrase))


@lru_cache(maxsize=64)
def trailing_regex(language: str | None) -> re.Pattern[str]:
    """A qualifier right after a figure: "or more", "ou mais", "+"; not one a number
    follows ("84 voli e oltre 12.000 passeggeri": "oltre" is the next figure's)."""
    groups = _phrase_groups(language, "trailing", ("at_least", "approx"))
    alts = [f"(?P<{q}>{_alternation(p)})" for q, p in groups.items()]
    return re.compile(r"^\s*(?:" + "|".join(alts) + r")(?!\w)(?!\s*\d)")


@lru_cache(maxsize=64)
def scales(language: str | None) -> dict[str, float]:
    out: dict[str, float] = {}
    for key in _keys(language):
        for word, mult in _section(key, "scales").items():
            out.setdefault(fold(word), float(mult))
    return _Scales(out)


# Inflected scale words ("miljonus", "milijonus", "miljoonan") share the first letters of a
# listed form: a word of at least _SCALE_STEM letters whose first _SCALE_STEM letters are
# those of listed forms that all mean one multiplier, ending at most _MAX_ENDING later.
_SCALE_STEM = 6


class _Scales(dict[str, float]):
    """Scale words of a language, also read through inflection (see _SCALE_STEM)."""

    def __init__(self, words: dict[str, float]) -> None:
        super().__init__(words)
        by_stem: dict[str, set[float]] = {}
        for word, mult in words.items():
            if len(word) >= _SCALE_STEM and word.isalpha():
                by_stem.setdefault(word[:_SCALE_STEM], set()).add(mult)
        self.stems = {k: next(iter(v)) for k, v in by_stem.items() if len(v) == 1}

    def _stem(self, word: object) -> float | None:
        if not isinstance(word, str) or len(word) < _SCALE_STEM or not word.isalpha():
            return None
        if len(word) > _SCALE_STEM + _MAX_ENDING:
            return None
        return self.stems.get(word[:_SCALE_STEM])

    def __contains__(self, word: object) -> bool:
        return dict.__contains__(self, word) or self._stem(word) is not None

    def __getitem__(self, word: str) -> float:
        if dict.__contains__(self, word):
            return dict.__getitem__(self, word)
        mult = self._stem(word)
        if mult is None:
            raise KeyError(word)
        return mult

    def get(self, word: str, default: float | None = None) -> float | None:  # type: ignore[override]
        if dict.__contains__(self, word):
            return dict.__getitem__(self, word)
        mult = self._stem(word)
        return default if mult is None else mult


@lru_cache(maxsize=64)
def subordinators(language: str | None) -> frozenset[str]:
    """Clause words for `language` (all languages' when it has no file)."""
    return _word_set(language, "subordinators")


@lru_cache(maxsize=64)
def adjective_endings(language: str | None) -> tuple[str, ...]:
    """How the language's adjectives and participles end (`[words] adjective_endings`:
    "knotted", "kölcsönzött"), longest first; only the language's own file counts."""
    words = langdata.section(language, "words").get("adjective_endings", "")
    return tuple(sorted({fold(w) for w in words.split()}, key=lambda e: (-len(e), e)))


Unit = tuple[str, str, float]  # (unit, dimension, factor to the dimension's base unit)


@dataclass(frozen=True, slots=True)
class Words:
    """The flat word sets and maps of one language (see tui/data/lang/*.toml)."""

    vague: frozenset[str]
    articles: frozenset[str]
    dozen: frozenset[str]
    collective: dict[str, int]
    auxiliaries: frozenset[str]
    relative: frozenset[str]
    toll_verbs: frozenset[str]
    including: frozenset[str]
    of_words: frozenset[str]
    year_words: frozenset[str]
    year_marks: frozenset[str]
    connectors: frozenset[str]
    range_to: frozenset[str]  # "3 to 4", "3 až 4"
    between: frozenset[str]  # "between 30 and 40"
    and_words: frozenset[str]
    from_words: frozenset[str]  # "from 6 to 2": a change, not a range
    minus: frozenset[str]  # "minus 2 degrees"
    percent_before: frozenset[str]  # "yüzde 28": a percent word written before the number
    number_links: frozenset[str]  # "14-il siegħa", "45 de jandarmi": ties a number to its noun
    colon_endings: frozenset[str]  # "nousi 12:een": a case ending written after a colon
    level_words: frozenset[str]  # "level 4", "Stufe 3", "επίπεδο 4": a level before its number
    half: frozenset[str]  # "half an hour", "půl hodiny", "полчаса": half of the unit after it
    one_and_half: frozenset[str]  # "półtora tygodnia", "anderthalb Stunden": 1.5 of a unit
    and_half_suffix: frozenset[str]  # "zweieinhalb Stunden": a number word and a half
    part_of: frozenset[str]  # "seven of the 11": the second number is the whole
    of_them: frozenset[str]  # "three of them", "dintre care 6": a part of the count before
    others: frozenset[str]  # "three others were injured": people, not a part of the count before
    person_numbers: frozenset[str]  # "двое", "dvojica", "трима": a numeral that counts people
    increment_before: frozenset[str]  # "another 20", "weitere 20": an increment, no total
    increment_after: frozenset[str]  # "20 more", "20 autres": the same, written after it
    rest_before: frozenset[str]  # "the remaining four", "die übrigen vier": the rest of a group
    severe: frozenset[str]  # "seriously", "schwer", "grièvement" (* ends a prefix)
    minor: frozenset[str]  # "slightly", "leicht", "légèrement"
    limits: frozenset[str]  # "limit", "zulässig", "capienza": a bound or a capacity
    subject_verbs: frozenset[str]  # "the cases are 27": the number counts the subject
    rise_to: frozenset[str]  # "rose to", "stieg auf", "wzrosła do": before the new figure
    count_words: frozenset[str]  # "the number of cases", "die Zahl der Fälle": not the noun
    whole_endings: frozenset[str]  # "142 kereszteződéséből": a case ending for "out of"
    units: dict[str, Unit]
    unit_stems: dict[str, Unit]
    unit_phrases: dict[str, Unit]
    unit_triples: dict[str, Unit]
    currency_words: dict[str, str]
    currency_symbols: dict[str, str]
    currency_phrases: dict[str, str]  # "швейцарських франків" (CLDR two-word names)
    numbers: dict[str, int]
    number_mode: str | None
    generic: frozenset[str]  # concept classes (the same in every language)
    person_states: frozenset[str]
    pre_number: frozenset[str]
    article_ok: frozenset[str]
    aspect_nouns: dict[str, str]


# A unit word of another language than the article's counts only from this length on:
# "la" (Irish "lá", day) is an Italian article, "ur" (Slovene hours) is no unit in German.
_FOREIGN_UNIT_MIN = 4


@lru_cache(maxsize=64)
def initial_mutations(language: str | None
                      ) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """(lenited initials, (eclipsis prefix, initial) pairs) of a language's file."""
    words = entity_words_by_language("lenited").get(language or "", frozenset())
    pairs = entity_words_by_language("eclipsed").get(language or "", frozenset())
    return frozenset(words), tuple(tuple(p.split(":", 1)) for p in sorted(pairs) if ":" in p)


def _with_mutations(language: str, words: list[str]) -> list[str]:
    """`words` and, in a language whose file lists initial mutations ([entities] lenited,
    eclipsed), each as a number before it mutates it: Irish "seachtain" after "dhá" is
    "sheachtain", "bliain" after "deich" is "mbliain"."""
    lenited, eclipsed = initial_mutations(language)
    out = list(words)
    for w in words:
        if w[:1] in lenited and w[1:2] != "h":
            out.append(w[0] + "h" + w[1:])
        out += [prefix + w for prefix, initial in eclipsed if w.startswith(initial)]
    return out


@lru_cache(maxsize=64)
def _concept_words(language: str | None) -> frozenset[str]:
    """The article language's own [concepts] words: Serbian "časa" (hours) folds to "casa",
    which in a Portuguese report is a house, not a unit."""
    if not langdata.has_file(language):
        return frozenset()
    return frozenset(fold(w) for words in _section(language, "concepts").values()
                     for w in str(words).split() if not w.endswith("*"))


@lru_cache(maxsize=64)
def _units(language: str | None = None
           ) -> tuple[dict[str, Unit], dict[str, Unit], dict[str, Unit], dict[str, Unit]]:
    """Unit words of every file: "30 metros" is a distance in any report (quotes, mixed or
    mislabelled text), and unit words hardly ever mean anything else, except short ones
    (`_FOREIGN_UNIT_MIN`) and the article language's own concept words, which count in
    their own language only. A word ending in ``*``
    is a stem ("metri*": Finnish "metriä", "metrin", "metriin"), read in its own language
    only (or in every language for an article of a language without a file)."""
    defs = langdata.common().get("unit_defs", {})

    def unit(name: str) -> Unit:
        return (name, defs[name]["dimension"], float(defs[name]["factor"]))

    single: dict[str, Unit] = {}
    stems: dict[str, Unit] = {}
    phrases: dict[str, Unit] = {}
    per_hour: list[str] = []
    own_nouns = _concept_words(language)
    for key in (COMMON, *langdata.languages()):
        own = not langdata.has_file(language) or key in (COMMON, language)
        for name, ws in _section(key, "units").items():
            for w in _with_mutations(key, ws.split()) if own else ws.split():
                if w.endswith("*"):
                    if own:  # "metr*" is Czech: English "5 metric tonnes" is no distance
                        stems.setdefault(fold(w[:-1]), unit(name))
                elif own:
                    single[fold(w)] = unit(name)  # the article's language reads its own way
                elif len(fold(w)) >= _FOREIGN_UNIT_MIN and fold(w) not in own_nouns:
                    single.setdefault(fold(w), unit(name))
        for phrase, name in _section(key, "unit_phrases").items():
            phrases[fold(phrase)] = unit(name)
        cldr = cldr_words(key)
        for word, name in cldr.get("units", {}).items():
            if own or len(word) >= _FOREIGN_UNIT_MIN:
                single.setdefault(word, unit(name))
        for phrase, name in cldr.get("unit_phrases", {}).items():
            phrases.setdefault(phrase, unit(name))
        if own and langdata.meta(key, "number_cases", False):  # case-inflected nouns
            for stem, name in cldr.get("unit_stems", {}).items():
                stems.setdefault(stem, unit(name))  # "kvadrātkilometr" + "us"
        per_hour += [fold(p) for p in _section(key, "phrases").get("per_hour", [])]
    triples = {f"{w} {p}": unit("km/h") for w, u in single.items() if u[0] == "km"
               for p in per_hour if len(p.split()) == 2}
    # three-word unit phrases ("parts per million", "metri cubi al secondo")
    triples.update({p: u for p, u in phrases.items() if len(p.split()) == 3})
    return single, stems, phrases, triples


@lru_cache(maxsize=1)
def unit_offsets() -> dict[str, tuple[float, float | None]]:
    """Unit name -> (offset added after the factor, an ambiguous unit's second factor)."""
    return {name: (float(d.get("offset", 0.0)),
                   float(d["alt_factor"]) if "alt_factor" in d else None)
            for name, d in langdata.common().get("unit_defs", {}).items()}


def unit_factor(name: str | None) -> float | None:
    """The factor of a unit name to its dimension's base unit, when it is a listed unit."""
    d = langdata.common().get("unit_defs", {}).get(name or "")
    return float(d["factor"]) if d else None


# Shortest stem a unit word may be matched by (stems are for inflected unit words), and the
# longest ending an inflected form may add to it ("kilométernyire": "kilométer" + 5).
_MIN_STEM = 3  # "órá*": Hungarian "órával", "órás" (a listed stem is a deliberate one)
_MAX_ENDING = 6


def unit_word(w: Words, word: str) -> Unit | None:
    """The unit a folded word names: an exact unit word, else the longest stem it starts
    with ("kilometriin" -> km, "köbmétert" -> m³) followed by a short ending."""
    found = w.units.get(word)
    if found is not None or not w.unit_stems:
        return found
    for end in range(len(word), max(_MIN_STEM, len(word) - _MAX_ENDING) - 1, -1):
        found = w.unit_stems.get(word[:end])
        if found is not None:
            return found
    return None


@lru_cache(maxsize=64)
def day_parts(language: str | None) -> frozenset[tuple[str, ...]]:
    """ "du matin", "da manhã": token sequences (folded) that make "4 heures" before them
    an hour of the day rather than a duration (`[phrases] day_parts`)."""
    if language is None:
        return frozenset()
    phrases = _section(language, "phrases").get("day_parts", [])
    return frozenset(t for t in (tuple(x.low for x in tokenize(p)) for p in phrases) if t)


@lru_cache(maxsize=64)
def teen_after(language: str | None) -> frozenset[str]:
    """Irish "ocht nduine dhéag" (18 people): words after a counted noun or unit that add
    ten to the number 1-9 before it (`[words] teen_after`)."""
    return _word_set(language, "teen_after")


@lru_cache(maxsize=64)
def nearly_phrases(language: str | None) -> tuple[str, ...]:
    """ "nearly", "près de", "nästan" (folded, longest first): approximate qualifiers that
    put the figure a little under its number (`[phrases] nearly`)."""
    if language is None:
        return ()
    phrases = _section(language, "phrases").get("nearly", [])
    return tuple(sorted({fold(p) for p in phrases}, key=len, reverse=True))


@lru_cache(maxsize=64)
def just_over_phrases(language: str | None) -> tuple[str, ...]:
    """ "just over", "drygt", "ruim", "poco più di" (folded, longest first): "more than"
    qualifiers that put the figure a little above its number (`[phrases] just_over`)."""
    if language is None:
        return ()
    phrases = _section(language, "phrases").get("just_over", [])
    return tuple(sorted({fold(p) for p in phrases}, key=len, reverse=True))


@lru_cache(maxsize=64)
def frost_phrases(language: str | None) -> tuple[tuple[str, ...], ...]:
    """ "pakkasta", "мороза", "below zero", "minusgrader" as folded token sequences: words
    that put a temperature below zero (`[phrases] frost`)."""
    if language is None:
        return ()
    phrases = _section(language, "phrases").get("frost", [])
    return tuple(tuple(t.low for t in tokenize(p)) for p in phrases)


@lru_cache(maxsize=1)
def per_time() -> dict[tuple[str, ...], float]:
    """ "per hour", "i sekundet", "/s", "za hodinu": token sequences (folded) after a
    distance or volume unit that make it a speed or a flow, with their length in seconds."""
    out: dict[tuple[str, ...], float] = {}
    for key in (COMMON, *langdata.languages()):
        section = _section(key, "phrases")
        for name, seconds in (("per_hour", 3600.0), ("per_second", 1.0)):
            for phrase in section.get(name, []):
                toks = tuple(t.low for t in tokenize(phrase))
                if toks:
                    out.setdefault(toks, seconds)
    return out


@lru_cache(maxsize=64)
def per_time_before(language: str | None) -> dict[str, float]:
    """ "saatte", "óránként": the one-word "per hour" / "per second" phrases the language
    writes before the number ("saatte 90 kilometre"), with their length in seconds
    (`[phrases] per_time_before`); elsewhere a word before the number is "in an hour"
    ("tunnissa 35 millimetriä": 35 mm of rain in one hour)."""
    if not langdata.has_file(language):
        return {}
    table = per_time()
    words = (fold(w) for w in _section(language, "phrases").get("per_time_before", []))
    return {w: table[(w,)] for w in words if (w,) in table}


@lru_cache(maxsize=1)
def per_words() -> frozenset[str]:
    """ "per", "pro", "par", "na", "за": the first word of every language's "per hour",
    read before any unit ("pro Liter", "per square metre")."""
    return frozenset(toks[0] for toks in per_time() if len(toks) > 1 and toks[0] != "/")


@lru_cache(maxsize=1)
def square_words() -> frozenset[str]:
    """First five letters of every language's word for "square" ("cuadr", "quadr", "квадр"),
    read off the area phrases of the files ("metros cuadrados" = m2)."""
    pooled = for_language(None)
    out = set()
    for key in (COMMON, *langdata.languages()):
        for phrase, name in _section(key, "unit_phrases").items():
            if name in ("m2", "km2") and " " in phrase:
                out.update(fold(x)[:5] for x in phrase.split()
                           if unit_word(pooled, fold(x)) is None)
    return frozenset(x for x in out if len(x) >= 4)


_CLDR = Path(__file__).resolve().parents[1] / "data" / "cldr_units.json"


@lru_cache(maxsize=1)
def _cldr() -> dict[str, dict[str, dict[str, str]]]:
    """Unit and currency words of every language file in all CLDR plural forms and widths,
    precomputed from babel's locale data by tools/build_cldr_units.py (reading babel per
    language costs ~0.2 s). A missing or broken file only loses these extra words."""
    try:
        data = json.loads(_CLDR.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def cldr_words(language: str) -> dict[str, dict[str, str]]:
    """CLDR ``units``, ``unit_phrases``, ``currencies`` and ``currency_phrases`` of a
    language (folded word -> unit name or ISO code); empty for ``_common``."""
    found = _cldr().get(language, {})
    return found if isinstance(found, dict) else {}


@lru_cache(maxsize=64)
def own_currencies(language: str | None) -> frozenset[str]:
    """Currency words of the article's own file ("ft" is forints in Hungarian only)."""
    if not langdata.has_file(language):
        return frozenset()
    return frozenset(fold(w) for key in (COMMON, language)
                     for ws in _section(key, "currencies").values() for w in ws.split())


@lru_cache(maxsize=1)
def crown_currencies() -> frozenset[str]:
    """Codes a bare "crowns" / "Kronen" may stand for (_common.toml classes)."""
    return frozenset(_class("crown_currencies"))


@lru_cache(maxsize=64)
def _currencies(language: str | None = None) -> dict[str, str]:
    """Currency names of every file: a report names foreign money in its own words
    ("1.5 billion reais", "50 millones de dólares"), so all languages read all names; the
    article's own file first ("kr" is SEK in Swedish, DKK in Danish)."""
    out: dict[str, str] = {}
    own = (COMMON, language) if langdata.has_file(language) else (COMMON,)
    for key in (*own, *langdata.languages()):
        for code, ws in _section(key, "currencies").items():
            out.update((fold(w), code) for w in ws.split() if fold(w) not in out)
        for word, code in cldr_words(key).get("currencies", {}).items():
            if key in own or len(word) >= _FOREIGN_UNIT_MIN:
                out.setdefault(word, code)
    return out


_MIN_CURRENCY_STEM = 3


@lru_cache(maxsize=64)
def _agglutination(language: str) -> tuple[frozenset[str], dict[str, str], dict[str, str]]:
    """The case endings, currency heads and currency words `agglutinated_currency` tries,
    built once per language rather than once per word."""
    endings = frozenset(fold(e) for e in
                        _section(language, "entities").get("name_endings", "").split()
                        if not e.startswith("~"))
    # heads of names only where a name is adjective + bare noun (not Turkish "Japon yeni",
    # a possessive form that is also "new")
    heads = (cldr_words(language).get("currency_heads", {})
             if langdata.meta(language, "compounds", False) else {})
    return endings, heads, {**heads, **_currencies(language)}


@lru_cache(maxsize=8192)
def agglutinated_currency(language: str | None, word: str) -> str | None:
    """ "euroni", "lejbe", "dollárt": a currency word of the language (its file, CLDR's
    names and the heads of its two-word names, "román lej" -> "lej") followed by one of
    its case endings (`[entities] name_endings`), in a language whose file says
    `agglutinative`; the ISO code or None."""
    if not language or not langdata.meta(language, "agglutinative", False):
        return None
    endings, heads, words = _agglutination(language)
    for cut in range(len(word), _MIN_CURRENCY_STEM - 1, -1):
        rest, stem = word[cut:], word[:cut]
        if stem in words and ((not rest and stem in heads) or rest in endings):
            return words[stem]
    return None


@lru_cache(maxsize=1)
def _currency_phrases() -> dict[str, str]:
    """Two-word currency names of every language in every plural form (CLDR):
    "швейцарських франків", "swiss francs", "dólares estadounidenses"."""
    out: dict[str, str] = {}
    for key in langdata.languages():
        for phrase, code in cldr_words(key).get("currency_phrases", {}).items():
            out.setdefault(phrase, code)
    return out


@lru_cache(maxsize=16)
def _any_language(name: str) -> frozenset[str]:
    return _word_set(None, name)


@lru_cache(maxsize=1)
def _collective() -> dict[str, int]:
    """"une dizaine", "una ventina": approximate figures, read in any language like units."""
    return {fold(w): v for key in (COMMON, *langdata.languages())
            for w, v in _section(key, "collective").items()}


@lru_cache(maxsize=64)
def for_language(language: str | None) -> Words:
    units, stems, phrases, triples = _units(language)
    numbers = {fold(w): v for w, v in _section(language, "numbers").items()} if (
        langdata.has_file(language)) else {}
    return Words(
        vague=_word_set(language, "vague"),
        articles=_any_language("articles"),  # "une dizaine" in a quote
        dozen=_any_language("dozen"),
        collective=_collective(),
        auxiliaries=_word_set(language, "auxiliaries"),
        relative=_word_set(language, "relative"),
        toll_verbs=_word_set(language, "toll_verbs"),
        including=_word_set(language, "including"),
        of_words=_word_set(language, "of_words"),
        year_words=_word_set(language, "year_words"),
        year_marks=_word_set(language, "year_marks"),
        connectors=_word_set(language, "connectors"),
        range_to=_word_set(language, "range_to"),
        between=_word_set(language, "between"),
        and_words=_word_set(language, "and_words"),
        from_words=_word_set(language, "from_words"),
        minus=_word_set(language, "minus"),
        percent_before=_word_set(language, "percent_before"),
        number_links=_word_set(language, "number_links"),
        colon_endings=_word_set(language, "colon_endings"),
        level_words=_word_set(language, "level_words"),
        half=_word_set(language, "half"),
        one_and_half=_word_set(language, "one_and_half"),
        and_half_suffix=_word_set(language, "and_half_suffix"),
        part_of=_word_set(language, "part_of"),
        of_them=_word_set(language, "of_them"),
        others=_word_set(language, "others"),
        person_numbers=_word_set(language, "person_numbers"),
        increment_before=_word_set(language, "increment_before"),
        increment_after=_word_set(language, "increment_after"),
        rest_before=_word_set(language, "rest_before"),
        severe=_word_set(language, "severe"),
        minor=_word_set(language, "minor"),
        limits=_word_set(language, "limits"),
        subject_verbs=_word_set(language, "subject_verbs"),
        rise_to=_word_set(language, "rise_to"),
        count_words=_word_set(language, "count_words"),
        whole_endings=_word_set(language, "whole_endings"),
        units=units,
        unit_stems=stems,
        unit_phrases=phrases,
        unit_triples=triples,
        currency_words=_currencies(language),
        currency_symbols={fold(s): c for s, c in
                          langdata.common().get("currency_symbols", {}).items()},
        currency_phrases=_currency_phrases(),
        numbers=numbers,
        number_mode=langdata.meta(language, "numbers"),
        generic=frozenset(_class("generic")),
        person_states=frozenset(_class("person_states")),
        pre_number=frozenset(_class("pre_number")),
        article_ok=frozenset(_class("article_ok")),
        aspect_nouns=dict(langdata.common().get("aspects", {})),
    )


def table_number_words_at(
    tokens: list[Token], i: int, language: str | None
) -> tuple[int, int, bool] | None:
    """Number words of a language text2num lacks (its [numbers] table): values add up
    ("двадцять сім" = 27), each smaller than the one before; a lone article-like word
    ("один", "jeden") is reported with is_article=True."""
    w = for_language(language)
    total, j, last = 0, i, 10**9
    while j < min(len(tokens), i + 16):  # numbers.MAX_NUMBER_WORDS (a run stays bounded)
        value = number_word_value(tokens[j], language)
        if value is None or value >= last or (j > i and tokens[j].start - tokens[j - 1].end > 1):
            break
        total += value
        last = value if value >= 10 else 0
        j += 1
        if last == 0:
            break
    if j == i:
        return None
    return total, j, j == i + 1 and (tokens[i].low in w.articles
                                     or number_lemma_is_article(tokens[i], language))


# Shortest inflected number word read by its lemma ("dvanácti" -> "dvanáct").
_MIN_LEMMA_NUMBER = 4


def number_word_value(tok: Token, language: str | None) -> int | None:
    """Value of a number word of the language file's [numbers] table, or of an inflected
    form of one: the case forms of Slavic, Baltic and Finnic numerals ("dvanácti",
    "dwunastu", "двенадцати", "kahdentoista") are read by their simplemma lemma, compared
    with the table as written (Turkish "ön" is not "on"), in the languages whose file says
    `number_cases` (not where lemmas make ordinals cardinals: Swedish "femte" -> "fem").
    A vague, percent or unit word ("yüzde", Hungarian "hétig") is not read so."""
    w = for_language(language)
    value = w.numbers.get(tok.low)
    if value is None and "-" in tok.low:
        head, _, tail = tok.low.rpartition("-")
        value = w.numbers.get(head) if tail in w.number_links else None  # "tnax-il"
    if value is None and tok.is_word and langdata.meta(language, "glued_numbers", False):
        value = glued_number(tok.low, language)
    if (value is None and tok.is_word and len(tok.low) >= _MIN_LEMMA_NUMBER and w.numbers
            and langdata.meta(language, "number_cases", False)):
        value = _lemma_numbers(language).get(_number_lemma(tok.text.lower(), language))
        if value is not None and (tok.low in w.vague or tok.low in w.percent_before
                                  or unit_word(w, tok.low) is not None):
            return None
    return value


# Most pieces a glued number word is made of ("kétszázötven": két, száz, ötven).
_MAX_PIECES = 4


def glued_number(word: str, language: str | None) -> int | None:
    """A number written as one word of several table words ("tizennégy" 14, "huszonhárom"
    23, "kétszázötven" 250, "δεκαεπτά" 17), in a language whose file says `glued_numbers`:
    [numbers] and [number_parts] words, each added, or multiplying the sum before it when
    it is a hundred or more and larger; None unless the whole word is such pieces."""
    pieces = _pieces(word, _glue_table(language), _MAX_PIECES)
    if pieces is None or len(pieces) < 2:
        return None
    total = 0
    for i, v in enumerate(pieces):
        if v >= 100 and 0 < total < v:
            total *= v
        elif i and v >= _place(pieces[i - 1]):
            return None  # "öt" + "tíz", "tizenkettő" + "két": no number
        else:
            total += v
    return total


def _place(value: int) -> int:
    """The place a number word fills: 1 for 12, 10 for 20, 100 for 300 (the next piece
    of a glued number must be smaller)."""
    place = 1
    while value % (place * 10) == 0:
        place *= 10
    return place


def _pieces(word: str, table: dict[str, int], budget: int) -> list[int] | None:
    """`word` as a run of table words, longest first, at most `budget` of them."""
    if not word:
        return []
    if budget == 0:
        return None
    for end in range(len(word), 0, -1):
        value = table.get(word[:end])
        if value is not None:
            rest = _pieces(word[end:], table, budget - 1)
            if rest is not None:
                return [value, *rest]
    return None


def number_part_value(word: str, language: str | None) -> int | None:
    """Value of a folded word inside a compound number: a [numbers] or [number_parts] word,
    or a glued number ("öt-hat": 5 and 6)."""
    value = _glue_table(language).get(word)
    if value is None and langdata.meta(language, "glued_numbers", False):
        value = glued_number(word, language)
    return value


@lru_cache(maxsize=32)
def _glue_table(language: str | None) -> dict[str, int]:
    table = {fold(w): v for w, v in _section(language, "number_parts").items()}
    return {**table, **for_language(language).numbers}


def number_lemma_is_article(tok: Token, language: str | None) -> bool:
    """ "jednu", "Jednoho": an inflected form of an article-like number word ("jedna")."""
    lemma = _number_lemma(tok.text.lower(), language)
    return lemma != tok.text.lower() and fold(lemma) in for_language(language).articles


@lru_cache(maxsize=64)
def _lemma_numbers(language: str | None) -> dict[str, int]:
    return {w.lower(): v for w, v in _section(language, "numbers").items()}


@lru_cache(maxsize=8192)
def _number_lemma(word: str, language: str | None) -> str:
    return lemmatize(word, language).lower() if language else word


@lru_cache(maxsize=32)
def entity_words(key: str) -> frozenset[str]:
    """[entities] words of every file, as written (names cross languages: a report in
    English names a Portuguese mayor)."""
    return frozenset(w for code in langdata.languages()
                     for w in _section(code, "entities").get(key, "").split())


@lru_cache(maxsize=1)
def entity_words_by_language(key: str) -> dict[str, frozenset[str]]:
    """[entities] words of one key, per language (for words too ambiguous elsewhere)."""
    out = {code: frozenset(_section(code, "entities").get(key, "").split())
           for code in langdata.languages()}
    return {code: ws for code, ws in out.items() if ws}


@lru_cache(maxsize=1)
def entity_phrases_by_language(key: str) -> dict[str, tuple[str, ...]]:
    """[entities] phrases of one key (a list of strings), per language."""
    out = {code: tuple(_section(code, "entities").get(key, ())) for code in langdata.languages()}
    return {code: ps for code, ps in out.items() if ps}


@lru_cache(maxsize=1)
def _number_globals() -> dict[str, Any]:
    """Tables numbers.py reads for text2num languages (merged over those languages)."""
    t2n = tuple(c for c in langdata.languages() if langdata.meta(c, "numbers") == "text2num")
    return {
        "SUPPORTED": t2n,
        "ARTICLES": frozenset().union(*(_word_set(c, "articles") for c in t2n)),
        "NOT_NUMBER_WORDS": frozenset().union(*(_word_set(c, "not_numbers") for c in t2n)),
        "CONNECTORS": {c: set(for_language(c).connectors) for c in t2n},
    }


def __getattr__(name: str) -> Any:
    """Lazy module constants: SUPPORTED, ARTICLES, …, GENERIC, PERSON_STATES, PRE_NUMBER."""
    if name in ("SUPPORTED", "ARTICLES", "NOT_NUMBER_WORDS", "CONNECTORS"):
        return _number_globals()[name]
    if name in ("GENERIC", "PERSON_STATES", "PRE_NUMBER", "ARTICLE_OK"):
        return frozenset(_class(name.lower()))
    if name == "ASPECT_NOUNS":
        return dict(langdata.common().get("aspects", {}))
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
