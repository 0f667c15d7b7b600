"""Per-language word data: one TOML file per language in tui/data/lang/, loaded lazily.

`xx.toml` holds what the engine knows of language `xx` (concept words, roles, qualifiers,
scales, number words, units, currencies, header labels); `_common.toml` holds what is the
same in every language (concept classes, unit and currency symbols, photo agencies).
Adding a language is adding a file: every file is validated when first loaded, and a bad
file raises `LangDataError` with one line naming the file and the key.
"""

from __future__ import annotations

import logging
import tomllib
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "lang"
COMMON = "_common"
log = logging.getLogger(__name__)


class LangDataError(ValueError):
    """A language file that cannot be used; the message is one line: file, key, problem."""


def _words(v: Any) -> bool:
    return isinstance(v, str)


def _phrases(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(p, str) and p.strip() for p in v)


def _twelve(v: Any) -> bool:
    return _phrases(v) and len(v) in (0, 12)


def _number(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool) and v > 0


def _integer(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and v >= 0


def _text(v: Any) -> bool:
    return isinstance(v, str) and bool(v.strip())


def _flag(v: Any) -> bool:
    return isinstance(v, bool)


def _unit_def(v: Any) -> bool:
    """`offset` (°F) is added after the factor; `alt_factor` is a second reading of an
    ambiguous unit (a US or an imperial gallon)."""
    return (isinstance(v, dict) and {"dimension", "factor"} <= set(v)
            <= {"dimension", "factor", "offset", "alt_factor"}
            and _text(v["dimension"]) and _number(v["factor"])
            and isinstance(v.get("offset", 0.0), int | float)
            and _number(v.get("alt_factor", 1.0)))


def _role_group(v: Any) -> bool:
    return isinstance(v, dict) and all(_words(w) for w in v.values())


_KINDS: dict[Callable[[Any], bool], str] = {
    _words: "a string of space-separated words",
    _phrases: "a list of non-empty strings",
    _twelve: "a list of twelve non-empty strings (one a month), or none",
    _number: "a positive number",
    _integer: "a whole number",
    _text: "a non-empty string",
    _flag: "true or false",
    _unit_def: "{ dimension = \"…\", factor = number[, offset, alt_factor] }",
    _role_group: "a table of role = \"words\"",
}
_META = {"name": _text, "numbers": _text, "lemmatise": _flag, "lemma_code": _text,
         "compounds": _flag, "number_cases": _flag, "agglutinative": _flag,
         "fallback_order": _words, "two_surnames": _flag, "linking_vowels": _words,
         "nouns_capitalised": _flag, "adjectives_after": _flag, "glossary_siblings": _words,
         "glued_numbers": _flag, "distinct_marks": _flag,
         "open_compounds": _flag, "noun_heads": _flag, "genitive_after": _flag,
         "acronym_endings": _flag, "non_latin": _flag, "nationality_before": _flag,
         "letter_sounds": _words, "hyphen_heads": _flag}
_WORD_LISTS = {
    "vague": _words, "articles": _words, "not_numbers": _words, "dozen": _words,
    "auxiliaries": _words, "relative": _words, "toll_verbs": _words, "including": _words,
    "of_words": _words, "year_words": _words, "year_marks": _words, "connectors": _words,
    "subordinators": _words,
    "range_to": _words, "between": _words, "and_words": _words, "from_words": _words,
    "minus": _words, "percent_before": _words, "number_links": _words,
    "level_words": _words, "half": _words, "part_of": _words, "adjective_endings": _words,
    "one_and_half": _words, "and_half_suffix": _words,
    "teen_after": _words, "of_them": _words, "others": _words, "person_numbers": _words,
    "colon_endings": _words,
    "increment_before": _words, "increment_after": _words, "severe": _words, "minor": _words,
    "limits": _words, "rest_before": _words,
    "subject_verbs": _words, "rise_to": _words, "count_words": _words,
    "whole_endings": _words,
}
_HEADER = {
    "published": _phrases, "date": _phrases, "updated": _phrases, "document_date": _phrases,
    "crawled": _phrases, "source": _phrases, "url": _phrases, "language": _phrases,
    "tags": _phrases, "noise": _phrases, "byline": _phrases, "credit": _phrases,
    "related": _phrases,  # "Read also: …" link lines, a label and a colon
    "staff": _phrases,  # a newsroom signing as author ("Par la rédaction", "Redakcja")
    "ago": _phrases,  # "2 hours ago", "vor 3 Stunden": a relative time, no date
    "outlet_words": _phrases,  # a masthead's nouns ("Herald", "Zeitung", "вісті", "-posten")
    # header furniture told by shape (tui/ingest/furniture.py, header.py)
    "sections": _phrases, "counters": _phrases, "boilerplate": _phrases,
    # a subscription offer after the text: "Abo", "digital lesen"; "gratis", "im Monat"
    "subscribe": _phrases, "pitch": _phrases,
}
_ENTITIES = {key: _words for key in (
    "stop", "titles", "title_suffixes", "cyrillic_titles", "cyrillic_stop", "connect",
    "after_von", "org_words", "institutions", "place_nouns", "name_articles", "in_preps",
    "place_preps", "of_words", "cap_articles", "near", "and_words", "local_offices",
    "speech_aux", "speech_participles", "speech", "demonym_suffixes", "name_endings",
    "weapon_words", "weapon_after", "event_words", "clitic_prefixes", "place_endings",
    "near_forms", "mutation_connect", "feminine_endings", "nominative_endings",
    "lenited", "eclipsed", "place_adjective_suffixes", "generic_places", "legal_forms",
    "lowercase_generics", "cap_place_adjective_suffixes", "name_adjective_endings",
    "generics_before", "adjective_dropped", "org_connect", "saint_words",
)} | {"river_links": _phrases}
# numbers that are no figures (tui/analysis/traps.py)
_TRAPS = {
    "clock_after": _phrases, "time_preps": _phrases, "hour_words": _phrases,
    "bare_time_preps": _phrases, "age": _phrases,
    "age_suffixes": _words, "ordinal_suffixes": _words, "not_units": _words, "locative": _words,
    "numbered": _words, "place_kinds": _words, "settlements": _words,
}
# section -> (checker for every value, or a dict of allowed keys -> checker)
SCHEMA: dict[str, Callable[[Any], bool] | dict[str, Callable[[Any], bool]]] = {
    "meta": _META,
    "concepts": _words,
    "nouns": _words,
    "glossary": _text,  # lemma = "English lemma": its senses first (glossary.py)
    # a form spelt with diacritics that folds into another lemma: a row of its own
    "glossary_written": _text,
    "bodies": _words,
    "roles": _role_group,
    "qualifiers": _phrases,
    "trailing": _phrases,
    "scales": _number,
    "words": _WORD_LISTS,
    "collective": _integer,
    "numbers": _integer,
    "number_parts": _integer,  # forms read only inside a glued number ("tizen" in "tizennégy")
    "units": _words,
    "measures": _words,
    "purposes": _words,
    "media": _words,
    "speeds": _words,
    "predicates": _words,
    "unit_phrases": _text,
    "phrases": {"per_hour": _phrases, "per_second": _phrases, "per_time_before": _phrases,
                "day_parts": _phrases,
                "nearly": _phrases, "just_over": _phrases,
                "frost": _phrases},
    "currencies": _words,
    "header": _HEADER,
    "entities": _ENTITIES,
    "traps": _TRAPS,
    "dates": {"future_before": _phrases, "future_after": _phrases, "clause_words": _phrases,
              "past_year": _phrases, "years_ago": _phrases, "month_forms": _twelve,
              "month_first": _flag,
              "month_of": _phrases},
    "votes": {key: _words for key in (
        "voted", "votes", "abstentions", "seats", "for", "against", "voters", "stations")},
    # _common.toml only
    "classes": _words,
    "aspects": _text,
    "role_groups": _words,
    "kin": _words,
    "echoes": _words,
    "unit_defs": _unit_def,
    "currency_symbols": _text,
    "agencies": {"names": _phrases},
}
NUMBER_MODES = ("text2num", "words")


def _check(name: str, data: dict[str, Any]) -> None:
    for section, body in data.items():
        spec = SCHEMA.get(section)
        if spec is None:
            raise LangDataError(f"lang/{name}.toml: unknown section [{section}]")
        if not isinstance(body, dict):
            raise LangDataError(f"lang/{name}.toml: [{section}] must be a table")
        for key, value in body.items():
            check = spec.get(key) if isinstance(spec, dict) else spec
            if check is None:
                raise LangDataError(f"lang/{name}.toml: unknown key {section}.{key}")
            if not check(value):
                raise LangDataError(
                    f"lang/{name}.toml: {section}.{key} must be {_KINDS[check]}")
    numbers = data.get("meta", {}).get("numbers")
    if numbers is not None and numbers not in NUMBER_MODES:
        raise LangDataError(f"lang/{name}.toml: meta.numbers must be one of {NUMBER_MODES}")


def read_file(path: Path) -> dict[str, Any]:
    """Parse and validate one language file (any path: tests and new files use this)."""
    name = path.stem
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise LangDataError(f"lang/{name}.toml: cannot read ({exc.__class__.__name__})") from None
    except tomllib.TOMLDecodeError as exc:
        raise LangDataError(f"lang/{name}.toml: not valid TOML ({exc})") from None
    _check(name, data)
    if name != COMMON:
        _check_units(name, data)
    else:
        _check_kin(data)
    return data


def _check_kin(data: dict[str, Any]) -> None:
    """[kin] and [echoes] groups are of concepts of [classes] order, at least two each."""
    order = set(data.get("classes", {}).get("order", "").split())
    for section in ("kin", "echoes"):
        for key, value in data.get(section, {}).items():
            words = value.split()
            if len(words) < 2 or not set(words) <= order:
                raise LangDataError(f"lang/{COMMON}.toml: {section}.{key} must be two or "
                                    "more concepts of classes.order")


def _check_units(name: str, data: dict[str, Any]) -> None:
    """Unit words must name a unit of _common.toml's [unit_defs]; [predicates] keys a
    state of classes.person_states; [bodies] keys a concept of classes.bodies."""
    states = common().get("classes", {}).get("person_states", "").split()
    bodies = common().get("classes", {}).get("bodies", "").split()
    for key in data.get("bodies", {}):
        if key not in bodies:
            raise LangDataError(f"lang/{name}.toml: bodies.{key} is not one of classes.bodies")
    for key in data.get("predicates", {}):
        if key not in states:
            raise LangDataError(f"lang/{name}.toml: predicates.{key} is not one of "
                                "classes.person_states")
    known = common().get("unit_defs", {})
    for key in data.get("units", {}):
        if key not in known:
            raise LangDataError(f"lang/{name}.toml: units.{key} is not a unit of [unit_defs]")
    for phrase, unit in data.get("unit_phrases", {}).items():
        if unit not in known:
            raise LangDataError(
                f"lang/{name}.toml: unit_phrases.{phrase} names an unknown unit {unit!r}")


@lru_cache(maxsize=64)
def load(language: str | None) -> dict[str, Any] | None:
    """The validated data of `language` (None when it has no file or its file is bad)."""
    if not language or not language.replace("-", "").isalnum():
        return None
    path = DATA_DIR / f"{language}.toml"
    if not path.is_file():
        return None
    try:
        return read_file(path)
    except LangDataError as exc:
        log.warning("%s", exc)  # a bad file is skipped: the language works as one without
        return None


@lru_cache(maxsize=1)
def common() -> dict[str, Any]:
    """`_common.toml`; a broken one is a broken installation, so it raises."""
    return read_file(DATA_DIR / f"{COMMON}.toml")


@lru_cache(maxsize=1)
def languages() -> tuple[str, ...]:
    """Languages with a file: the fallback order of _common.toml first, then by code."""
    found = sorted(p.stem for p in DATA_DIR.glob("*.toml") if not p.stem.startswith("_"))
    order = common().get("meta", {}).get("fallback_order", "").split()
    return tuple([c for c in order if c in found] + [c for c in found if c not in order])


def has_file(language: str | None) -> bool:
    """Whether `language` has a usable file (a bad file counts as none)."""
    return bool(language) and language in languages() and load(language) is not None


def section(language: str | None, name: str) -> dict[str, Any]:
    """One section of a language's file ({} when absent)."""
    data = load(language)
    return data.get(name, {}) if data else {}


def meta(language: str | None, key: str, default: Any = None) -> Any:
    return section(language, "meta").get(key, default)
