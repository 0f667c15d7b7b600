"""Figures without a concept entry: normalised values of unit-bearing figures and the
counted noun of a bare count ("31 tractors"), so two reports' figures can be paired by
dimension and by what they count, in languages nobody listed words for."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from tui.analysis import glossary, noun_forms
from tui.analysis import lexicon as lx
from tui.analysis.quantities import Quantity
from tui.analysis.text import fold

# The base unit `Quantity.base` is expressed in, per dimension (factors in _common.toml).
BASE_UNIT = {"distance": "m", "area": "m²", "volume": "l", "mass": "kg", "speed": "km/h",
             "temperature": "°C", "duration": "s", "percent": "%", "flow": "m³/s",
             "power": "kW", "concentration": "mg/l", "energy": "kWh", "wind_force": "Bft",
             "dose": "Gy", "data": "B", "sound": "dB", "activity": "Bq", "pressure": "hPa"}
DIMENSIONS = frozenset(BASE_UNIT) | {"money"}

# Spelling differences between cognates across European languages ("tractors" /
# "Traktoren" / "tractores"): folded to one key, then the first five letters compared.
_COGNATE = (("ph", "f"), ("th", "t"), ("ch", "k"), ("qu", "k"), ("c", "k"), ("y", "i"),
            ("w", "v"), ("z", "s"))
_DOUBLE_RE = re.compile(r"(.)\1+")


def normalized(q: Quantity) -> dict[str, Any] | None:
    """The figure in its dimension's base unit (35 km -> 35000 m), or None for a count."""
    if q.concept == "money" and q.unit:
        return {"value": q.value, "unit": q.unit, "dimension": "money"}
    if q.unit is None or q.concept not in BASE_UNIT:
        return None
    if q.unit == "l/m2":  # rain: a litre per square metre is a millimetre
        value = round(q.base * 1000, 6)
        return {"value": int(value) if value == int(value) else value, "unit": "mm",
                "dimension": "rainfall"}
    value = round(q.base, 6)
    counted = q.concept == "concentration" and q.unit.startswith("/")  # things per litre
    return {"value": int(value) if value == int(value) else value,
            "unit": "/l" if counted else BASE_UNIT[q.concept], "dimension": q.concept}


def is_count(q: Quantity) -> bool:
    """A bare count of a noun no concept lists ("31 tractors", "34 Traktoren"): a whole
    number ("4,6" before a noun is a measure, not a count of things)."""
    return (q.concept == "other" and q.unit is None and bool(q.noun) and q.noun.isalpha()
            and float(q.value).is_integer())


@lru_cache(maxsize=8192)
def lemma(noun: str, language: str | None) -> str:
    """The noun's lemma: simplemma where the language file allows it, a plural rule for
    English, else the glossary lemma its ending gives (noun_forms.py), else the folded
    word."""
    word = fold(noun)
    if language is not None and lx._lemma_lang(language) is not None:
        return fold(lx.lemmatize(noun, language))
    if language != "en" and (found := noun_forms.lemma(language, noun)) is not None:
        return found
    if language == "en" and len(word) > 3:
        if word.endswith("ies"):
            return word[:-3] + "y"
        if word.endswith(("ses", "xes", "ches", "shes")):
            return word[:-2]
        if word.endswith("s") and not word.endswith("ss"):
            return word[:-1]
    return word


@lru_cache(maxsize=8192)
def cognate_key(noun: str, language: str | None) -> str:
    """A spelling-neutral stem: "tractors" and "Traktoren" both give "trakt"."""
    word = lemma(noun, language)
    for a, b in _COGNATE:
        word = word.replace(a, b)
    return _DOUBLE_RE.sub(r"\1", word)[:5]


def count_label(q: Quantity, language: str | None, senses: glossary.Senses = ()) -> str:
    """The concept shown for a bare count: an English noun as written ("vessels", though
    listed as ships: the report's own word), its English name when the language file
    lists the noun ([nouns]), else the English name of its most common glossary sense (of
    `senses` when given: those it shares with the other report's noun), else that of its
    head when it is a compound, else its lemma."""
    listed = noun_gloss(q, language)
    if listed and language == "en" and q.noun:
        return fold(q.noun)
    if listed:
        return listed
    if language != "en":
        name = glossary.best_name(senses or count_senses(q, language, stems=False)
                                  or _head_senses(q, language) or _sibling_senses(q, language))
        if name:
            return name
    elif q.noun and (known := glossary.english_lemma(q.noun)):
        return known  # "doses" -> "dose" (the plural rule alone gives "dos")
    return lemma(q.noun or "other", language)


def named_by(q: Quantity, language: str | None,
             guess: glossary.Senses = ()) -> tuple[int, str, glossary.Senses]:
    """How surely a foreign count's noun is known, the English name that gives and the
    senses it comes from: listed in the language file (4), by its glossary lemma (3), by
    its compound's head (2), by a guess from its stem (`guess`, 1), not at all (0)."""
    if (listed := noun_gloss(q, language)) is not None:
        return 4, listed, ()
    for rank, found in ((3, count_senses(q, language, stems=False)),
                        (2, _head_senses(q, language)), (2, _sibling_senses(q, language)),
                        (1, guess)):
        if (name := glossary.best_name(found)) is not None:
            return rank, name, found
    return 0, lemma(q.noun or "other", language), ()


def _head_senses(q: Quantity, language: str | None) -> glossary.Senses:
    """The senses of the head of a compound its glossary lacks as a whole ("meeskonna|
    liiget": members): what names it, a kind of it; not what pairs or files it."""
    head = noun_forms.compound_head(language, q.noun_text or q.noun or "")
    return glossary.senses(language, head, stems=False) if head else ()


def _sibling_senses(q: Quantity, language: str | None) -> glossary.Senses:
    """The senses a sibling language's glossary lists for a noun its own glossary lacks,
    as written or by its lemma ("абонентів": Russian "абонент", subscribers), else those
    of the English lemma it or its compound's head is a loan of (`noun_forms.loanword`:
    "servere": servers; `loan_head`)."""
    word = q.noun_text or q.noun or ""
    found = glossary.sibling_senses(language, (word, lemma(q.noun or word, language)))
    english = None if found else (noun_forms.loanword(language, fold(word))
                                  or noun_forms.loan_head(language, word))
    return glossary.senses("en", english, stems=False) if english else found


def count_senses(q: Quantity, language: str | None, stems: bool = True) -> glossary.Senses:
    """The glossary senses of a bare count's noun: those of its English name when the
    language file lists it, else those of the noun as written (a lemma found by its stem
    only with `stems`: good enough to pair two nouns, not to name one alone). An inflected
    or derived form meets its lemma by the language's ending rules (noun_forms.py)."""
    word = q.noun_text or q.noun or ""
    own = _lemma_first(language, word, glossary.senses(language, word, stems=False))
    if not own and (found := noun_forms.lemma(language, word)) is not None:
        own = glossary.senses(language, found, stems=False)
    if not own and stems:
        own = glossary.senses(language, word, stems=True)
    listed = noun_gloss(q, language)
    if listed:  # "broda" listed as ships: a ship, and the senses of "brod" (boat, vessel)
        return tuple(dict.fromkeys((*glossary.senses("en", listed), *own)))
    return own


def _lemma_first(language: str | None, word: str, own: glossary.Senses) -> glossary.Senses:
    """The senses of a listed plural that is also a form of another listed lemma, the
    lemma's first when they name the more common thing: a count counts the lemma's things
    (a row of the plural of its own names a collective or a slang sense: "members", not
    the membership; parts, not a street name of a drug)."""
    base = noun_forms.inflected(language, fold(word)) if own and language != "en" else None
    if base is None:
        return own
    theirs = glossary.senses(language, base, stems=False)
    if not theirs or not glossary.prefer_second(own, theirs):
        return own
    return tuple(dict.fromkeys((*theirs, *own)))


@lru_cache(maxsize=8192)
def gloss(noun: str, language: str | None, written: str | None = None) -> str | None:
    """The English name of a counted noun ("ciągników" -> "tractors"), when listed; with
    the noun as `written`, also by its lemma where the language file lemmatises, as the
    count's noun was found ("вантажівок", a genitive its prefix misses: вантажівка); else
    by a compound's listed last part ("Dieselgeneratoren")."""
    if not noun:
        return None
    return lx.noun_table(language).get(fold(noun), written) or lx.noun_head_name(language, noun)


@lru_cache(maxsize=8192)
def gloss_key(noun: str, language: str | None, written: str | None = None) -> str | None:
    """What two counts in any languages must share to count the same thing: the English
    lemma of the listed name (or of an English noun itself), else None."""
    name = gloss(noun, language, written)
    if name is None and language == "en":
        name = noun
    return lemma(name, "en") if name else None


def noun_gloss(q: Quantity, language: str | None) -> str | None:
    """`gloss` of a count's noun, as written too (by its lemma: "вантажівок" -> trucks)."""
    return gloss(q.noun or "", language, q.noun_text)


def noun_key(q: Quantity, language: str | None) -> str | None:
    """`gloss_key` of a count's noun, as written too."""
    return gloss_key(q.noun or "", language, q.noun_text)
