"""Canonical ids for known places, organisations and people, across languages and scripts.

Countries come from babel's localised territory names (so "Polônia", "Polen", "Pologne"
all give "PL"); the bundled tui/data/gazetteer.json adds cities, regions, rivers,
organisations and prominent people with their exonyms and transliterations.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from babel import Locale
from rapidfuzz import process
from rapidfuzz.distance import Indel

from tui.analysis import langdata
from tui.analysis.inflection import comparable, same_word
from tui.analysis.phonetic import (
    NAME_THRESHOLD,
    key_similarity,
    name_key,
    names_similar,
    transliterate,
    word_key,
)
from tui.analysis.text import fold
from tui.analysis.translit import latin_fold

_TERRITORY_LANGS = ("en", "pt", "es", "fr", "de", "it", "nl", "uk", "ru", "pl")


@dataclass(frozen=True, slots=True)
class Known:
    id: str  # "cty:PL", "gaz:kyiv"
    type: str  # person / place / org
    name: str  # an English display name


def _norm(name: str) -> str:
    return " ".join(fold(transliterate(name)).replace(".", " ").replace("-", " ").split())


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, Known], dict[str, list[tuple[str, Known]]]]:
    """(exact normalised name -> Known, phonetic key of the last word -> [(full key, Known)])."""
    exact: dict[str, Known] = {}
    data = json.loads(resources.files("tui.data").joinpath("gazetteer.json").read_text("utf-8"))
    en = Locale.parse("en").territories
    for lang in _TERRITORY_LANGS:
        try:
            territories = Locale.parse(lang).territories
        except Exception:
            continue
        for code, name in territories.items():
            if len(code) == 2 and code.isalpha():
                exact.setdefault(_norm(name), Known(f"cty:{code}", "place", en.get(code, code)))
    for code, names in data.get("countries", {}).items():
        known = Known(f"cty:{code}", "place", en.get(code, code))
        for name in names:
            exact[_norm(name)] = known
    by_key: dict[str, list[tuple[str, Known]]] = {}
    for entry in data["entries"]:
        known = Known(f"gaz:{entry['id']}", entry["type"], entry["names"][0])
        for name in entry["names"]:
            exact[_norm(name)] = known
            key = name_key(name)
            if key:
                by_key.setdefault(key.split()[-1], []).append((key, known))
    return exact, by_key


_CYR_ENDINGS = ("ові", "еві", "ою", "ею", "ом", "ем", "ах", "ях", "ами", "ями", "і", "у", "ю",
                "ї", "и", "ы", "е", "а", "я")


def _cyrillic_stems(word: str) -> list[str]:
    """Nominative guesses for an inflected Ukrainian/Russian name ("Києві" -> "Києв", …)."""
    if not word or not ("\u0400" <= word[-1] <= "\u04ff"):
        return []
    out = []
    for ending in _CYR_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            stem = word[: -len(ending)]
            out += [stem, stem + "а", stem + "я", stem + "ь"]
    return out


@lru_cache(maxsize=64)
def _own_countries(language: str) -> dict[str, Known]:
    """The CLDR country names of a language with a file (tui/data/lang) that
    `_TERRITORY_LANGS` leaves out, normalised: "Гърция" in Bulgarian, "Ελλάδα" in Greek.
    Read only in texts of that language: a country's name in one language may be a
    given name in another ("Sarka", Latvian for Sark)."""
    if language in _TERRITORY_LANGS or language not in langdata.languages():
        return {}
    return {_norm(name): known for name, known in _language_countries(language)}


@lru_cache(maxsize=64)
def _language_countries(language: str) -> tuple[tuple[str, Known], ...]:
    """(name, Known) of every CLDR country name of `language`, also without the article
    CLDR writes before some in lowercase (Irish "an Eilvéis" is "Eilvéis" after "san")."""
    try:
        territories = Locale.parse(language).territories
    except Exception:
        return ()
    en = Locale.parse("en").territories
    out = []
    for code, name in territories.items():
        if len(code) == 2 and code.isalpha():
            known = Known(f"cty:{code}", "place", en.get(code, code))
            out.append((name, known))
            first, _, rest = name.partition(" ")
            if rest and first.islower():
                out.append((rest, known))
    return tuple(out)


# Letters a country's name has, at least, to be read in an inflected form: a short one
# inflected is often a given name (Czech "Šárka" is no form of "Sark").
_MIN_INFLECTED = 5


@lru_cache(maxsize=64)
def _countries_by_stem(language: str) -> dict[str, list[tuple[str, Known]]]:
    """The one-word CLDR country names of `language` by their first three comparable
    letters (tui.analysis.inflection), for `inflected_country`."""
    out: dict[str, list[tuple[str, Known]]] = {}
    for name, known in _language_countries(language):
        if " " not in name and len(key := comparable(name)) >= _MIN_INFLECTED:
            out.setdefault(key[:3], []).append((name, known))
    return out


@lru_cache(maxsize=8192)
def inflected_country(name: str, language: str) -> Known | None:
    """The country a one-word name is an inflected form of, in the text's own language
    ("Мађарском", Serbian, is Мађарска; "Венгрией", Russian, Венгрия), one that keeps
    all of the name but a final vowel (`_stem`): the names meet
    then through the country's code whatever each report's language calls it."""
    if " " in name or language not in langdata.languages():
        return None
    folded = fold(name)
    for country, known in _countries_by_stem(language).get(comparable(name)[:3], ()):
        if folded.startswith(_stem(fold(country))) and \
                same_word(name, country, language, language):
            return known
    return None


_VOWELS = frozenset("aeiouyаеиоуыэюяіїєαεηιουω")


def _stem(name: str) -> str:
    """A folded country's name without its final vowel, which every case form keeps the
    rest of ("rusija": Rusije, Rusiji; "Ruša" is another name)."""
    return name[:-1] if name[-1] in _VOWELS else name


def country_case_form(word: str, language: str) -> bool:
    """Is `word` a country's name in a case form of `language`, not as CLDR writes it
    ("Igaunijas", Latvian genitive of "Igaunija")?"""
    return inflected_country(word, language) is not None and \
        all(fold(name) != fold(word) for name, _ in _language_countries(language))


def lookup_in(name: str, language: str | None) -> Known | None:
    """`lookup`, else the name of a country in the text's own language, as written or
    inflected."""
    known = lookup(name)
    if known is None and language:
        known = _own_countries(language).get(_norm(name)) or \
            inflected_country(name.strip(), language)
    return known


@lru_cache(maxsize=8192)
def lookup(name: str) -> Known | None:
    """Exact (normalised) match of a name in the gazetteer or babel's country names.

    Inflected Cyrillic names are tried in a few nominative forms ("Україні" -> "Україна").
    """
    exact, _ = _tables()
    known = exact.get(_norm(name))
    if known is None and " " not in name.strip():
        for stem in _cyrillic_stems(name.strip()):
            known = exact.get(_norm(stem))
            if known is not None:
                break
    return known


@lru_cache(maxsize=1)
def _by_initial() -> dict[str, list[tuple[str, str, Known]]]:
    """First letter of the surname key -> [(surname key, surname, Known)] for fuzzy lookups."""
    out: dict[str, list[tuple[str, str, Known]]] = {}
    # Sorted, so ties never depend on set order (PYTHONHASHSEED).
    exact_only = _exact_only()
    entries = sorted({k for v in _tables()[1].values() for _, k in v if k.id not in exact_only},
                     key=lambda k: k.id)
    for known, names in ((k, _names_of(k)) for k in entries):
        for name in names:
            last = name.split()[-1]
            key = word_key(last)
            if key:
                out.setdefault(key[:1], []).append((key, last, known))
    return out


@lru_cache(maxsize=1)
def _bucket_keys() -> dict[str, list[str]]:
    """The surname keys of each `_by_initial` bucket, in bucket order."""
    return {k: [key for key, _, _ in v] for k, v in _by_initial().items()}


def _sounding_alike(lk: str) -> list[int]:
    """Indexes into `lk`'s `_by_initial` bucket of the surnames `names_similar` can accept,
    in bucket order: its keys must be at least NAME_THRESHOLD alike (short keys: equal, so
    1.0). One rapidfuzz pass over the bucket instead of a memoised call per candidate."""
    keys = _bucket_keys().get(lk[:1], [])
    found = process.extract(lk, keys, scorer=Indel.normalized_similarity, limit=None,
                            score_cutoff=NAME_THRESHOLD - 0.01)
    return sorted(k for _, _, k in found)


@lru_cache(maxsize=8192)
def fuzzy_lookup(name: str) -> Known | None:
    """A known person/place whose name sounds like `name` ("Jelnsky" -> Zelensky)."""
    known = lookup(name)
    if known is not None:
        return known
    words = name.split()
    if not words:
        return None
    for last in (words[-1], *_cyrillic_stems(words[-1])):
        lk = word_key(last)
        if len(lk) < 2:
            continue
        best: tuple[float, str, Known] | None = None
        bucket = _by_initial().get(lk[:1], [])
        for k in _sounding_alike(lk) if len(words) == 1 or len(lk) >= 4 else ():
            key, cand_last, cand = bucket[k]
            if len(words) > 1 and cand.type != "person":
                continue  # "Plamen Atanasov" is no misspelt "Atenas": a surname keys a person
            if names_similar(last, cand_last) and spelled_alike(last, cand_last):
                # The closest-sounding candidate wins; ties go to the smallest id.
                rank = (key_similarity(lk, key), cand.id)
                if best is None or rank[0] > best[0] or (rank[0] == best[0] and rank[1] < best[1]):
                    best = (rank[0], rank[1], cand)
        if best is not None:
            return best[2]
    return None


@lru_cache(maxsize=16384)
def spelled_alike(a: str, b: str) -> bool:
    """Are two words spelled alike once romanised, not only keyed alike? A phonetic key
    drops vowels and merges onsets, so "Szczecinie" keys like "Saxony": two names that
    share under 60 % of their letters in order are not one name misspelled."""
    return Indel.normalized_similarity(latin_fold(a), latin_fold(b)) >= 0.6


@lru_cache(maxsize=1)
def _exact_only() -> frozenset[str]:
    """Ids of entries marked "fuzzy": false — regions and islands whose exonyms are all
    listed, and whose names sound like common words ("Provence"/"Prevención")."""
    data = json.loads(resources.files("tui.data").joinpath("gazetteer.json").read_text("utf-8"))
    return frozenset(f"gaz:{e['id']}" for e in data["entries"] if e.get("fuzzy") is False)


@lru_cache(maxsize=1)
def _all_names() -> dict[str, list[str]]:
    data = json.loads(resources.files("tui.data").joinpath("gazetteer.json").read_text("utf-8"))
    return {f"gaz:{e['id']}": e["names"] for e in data["entries"]}


def _names_of(known: Known) -> list[str]:
    return _all_names().get(known.id, [known.name])


@lru_cache(maxsize=1024)
def names_by_id(entity_id: str) -> tuple[str, ...]:
    """Every listed spelling of a gazetteer entry or a country by its id ("gaz:oder",
    "cty:PL"); empty for any other id."""
    if entity_id.startswith("cty:"):
        return tuple(dict.fromkeys(_country_names(entity_id[4:])))
    return tuple(_all_names().get(entity_id, ()))


@lru_cache(maxsize=4096)
def spellings(name: str) -> tuple[str, ...]:
    """Every known spelling of what `name` names ("Kyiv" → Kiev, Київ, Киев, …), `name`'s
    own first; empty when it names nothing known. Countries add babel's localised names."""
    known = lookup(name)
    if known is None:
        return ()
    country = known.id.startswith("cty:")
    names = _country_names(known.id[4:]) if country else list(_names_of(known))
    return tuple(dict.fromkeys(names))


def _country_names(code: str) -> list[str]:
    names: list[str] = []
    for territories in _territories():
        try:
            name = territories.get(code)
        except Exception:
            continue
        if name:
            names.append(name)
    return names + list(_listed_countries().get(code, []))


@lru_cache(maxsize=1)
def _territories() -> tuple:
    """babel's territory names in each of `_TERRITORY_LANGS` it has, read once."""
    out = []
    for lang in _TERRITORY_LANGS:
        try:
            out.append(Locale.parse(lang).territories)
        except Exception:
            continue
    return tuple(out)


@lru_cache(maxsize=1)
def _listed_countries() -> dict[str, list[str]]:
    """gazetteer.json's own names of countries by code, read once (treat as immutable)."""
    data = json.loads(resources.files("tui.data").joinpath("gazetteer.json").read_text("utf-8"))
    return data.get("countries", {})
