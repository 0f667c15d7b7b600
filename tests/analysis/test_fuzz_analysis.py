"""Fuzz properties: analysis and comparison never raise and always give valid, stable output.

Texts mix random Unicode (lone surrogates and control characters included), digits of every
kind (other scripts, superscripts, circled, huge runs), number words, dates at the ends of
the calendar, punctuation runs and realistic sentences in several languages. Profiles are
registered in tests/conftest.py: short and deterministic by default,
PARALLAX_FUZZ=long for a long random run.
"""

from __future__ import annotations

import json
import math
import os
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.analysis import facts, sentences
from tui.analysis.compare import AGREE, CONFLICT, ONLY_A, ONLY_B, compare_articles
from tui.analysis.facts import analyse, extract_facts
from tui.models import Article

# Registered in tests/conftest.py; named here too so the profile holds whatever is loaded.
FUZZ = settings.get_profile(
    "parallax-long" if os.environ.get("PARALLAX_FUZZ") == "long" else "parallax-short")

LANGUAGES = [None, "en", "pt", "es", "fr", "de", "it", "nl", "uk", "ru", "pt-BR", "xx", ""]
PUBLISHED = [None, "", "2025-07-04T10:00:00+00:00", "2025-07-04", "9999-12-31",
             "9999-12-31T23:59:59-23:59", "0001-01-01", "0001-01-01T00:00:00+23:59",
             "not a date", "2024-02-29T12:00:00Z"]
DIGITS = ["7", "42", "1.200", "1,234.5", "6,9", "1 200", "12\u202f000", "0.250", "٣٤", "१२",
          "۱۲", "𝟙𝟚", "⁴²", "²", "①", "⑩", "₅", "Ⅻ", "½", "9" * 309, "1" + ",000" * 120,
          "9" * 25, "3.", ".5", "1..2", "1,,2", "-5", "+44 20 7946 0958", "10:30", "5h",
          "24/7", "F-16", "ATR 72", "1st", "2º", "12,5 Mio.", "R$ 2", "€4m", "£12.5bn"]
NUMBER_WORDS = ["seventy-two", "Seventy-two", "one hundred and twenty", "a dozen", "dozens",
                "vinte e três", "uma dúzia", "dreiundzwanzig", "zwei Millionen", "mille",
                "un millón", "une dizaine", "ventitré", "двадцять сім", "двести", "trillion",
                "one " * 20, "thousand thousand thousand", "zero", "um", "a", "une"]
DATES = ["1 März", "4 de julho de 2025", "July 4, 2025", "2025-07-04", "31/12/9999",
         "00/00/0000", "0000-00-00", "29 February", "yesterday", "vorgestern", "on Friday",
         "next Monday", "will meet on Sunday", "sexta -feira", "4. Juli", "¹ März"]
PUNCT = st.text(alphabet=".!?…,;:-–—()[]\"'«»“”’/#%°+$€£\n\t\r\u00a0\u202f ", max_size=30)
WORDS = ["people", "killed", "injured", "drones", "missiles", "homes", "euros", "km",
         "per cent", "aged", "years", "Kyiv", "Zelensky", "Lisboa", "Dr.", "U.S.", "de",
         "and", "e", "und", "including", "at least", "cerca de", "mindestens", "rose to"]
TEMPLATES = [
    "At least {n} people were killed and {m} injured in {p} on {d}.",
    "Pelo menos {n} pessoas morreram e {m} ficaram feridas em {p} {d}.",
    "Mindestens {n} Menschen starben, {m} wurden in {p} verletzt, am {d}.",
    "Au moins {n} personnes ont été tuées à {p} le {d}.",
    "Al menos {n} personas murieron en {p} el {d}; {m} resultaron heridas.",
    "Almeno {n} morti e {m} feriti a {p}, {d}.",
    "Russia launched {n} drones; {m} were shot down over {p}, officials said {d}.",
    "Щонайменше {n} людей загинули у {p}, {m} поранені.",
    "The death toll rose to {n}. {p} mayor {p} said {m} homes were destroyed.",
]
PLACES = ["Kyiv", "Київ", "Lisbon", "Monchique", "Ierapetra", "São Paulo", "El Hierro",
          "Rio Grande do Sul", "X", "Ä", "A. B. C."]

numbers_st = st.one_of(st.sampled_from(DIGITS), st.sampled_from(NUMBER_WORDS),
                       st.integers(min_value=-10**20, max_value=10**20).map(str),
                       st.floats(allow_nan=True, allow_infinity=True).map(str))
sentence_st = st.builds(
    lambda t, n, m, p, d: t.format(n=n, m=m, p=p, d=d),
    st.sampled_from(TEMPLATES), numbers_st, numbers_st, st.sampled_from(PLACES),
    st.sampled_from(DATES))
fragment_st = st.one_of(
    sentence_st,
    numbers_st,
    st.sampled_from(DATES),
    st.sampled_from(WORDS),
    st.sampled_from(PLACES),
    PUNCT,
    st.text(max_size=20),  # any code point but surrogates
    st.text(st.characters(categories=["Cs", "Cc", "Cf", "Zl", "Zp"]), max_size=6),
    st.text(st.characters(categories=["Nd", "No", "Nl"]), max_size=8),
    st.text(st.characters(categories=["Lu", "Ll"]), min_size=1, max_size=12),
)
separator_st = st.sampled_from([" ", " ", " ", "", "\n", "\n\n", ". ", ", ", "-"])
text_st = st.lists(st.tuples(fragment_st, separator_st), max_size=25).map(
    lambda parts: "".join(f + s for f, s in parts))
article_st = st.builds(
    lambda title, body, lang, pub: Article(title=title, body=body, language=lang or None,
                                           published=pub),
    st.one_of(st.just(""), text_st), text_st, st.sampled_from(LANGUAGES),
    st.sampled_from(PUBLISHED))


def _finite(value: Any) -> bool:
    if isinstance(value, float):
        return math.isfinite(value)
    if isinstance(value, dict):
        return all(_finite(v) for v in value.values())
    if isinstance(value, list):
        return all(_finite(v) for v in value)
    return True


def _valid_json(obj: Any) -> str:
    out = json.dumps(obj, allow_nan=False, sort_keys=True)  # raises on NaN/inf or odd types
    assert _finite(obj)
    return out


def _fresh() -> None:
    facts.analyse.cache_clear()
    sentences._split_cached.cache_clear()


@FUZZ
@given(text_st, st.sampled_from(LANGUAGES), st.sampled_from(PUBLISHED))
def test_analyse_never_raises_and_is_consistent(text: str, lang: str | None,
                                                published: str | None) -> None:
    _fresh()
    an = analyse(text, lang, published)
    first = _valid_json(an.facts())
    for s in an.sentences:
        assert text[s.start:s.end] == s.text
    for q in an.quantities:
        assert text[q.start:q.end] == q.text
        assert 0 <= q.sentence < len(an.sentences)
        assert math.isfinite(q.value) and math.isfinite(q.base)
    for d in an.dates:
        assert text[d.start:d.end] == d.text and "0001-01-01" <= d.value <= "9999-12-31"
    for e in an.entities:
        assert all(text[m.start:m.end] == m.text for m in e.mentions)
    _fresh()
    assert _valid_json(analyse(text, lang, published).facts()) == first


@FUZZ
@given(article_st)
def test_extract_facts_is_valid_json(article: Article) -> None:
    _fresh()
    found = extract_facts(article)
    first = _valid_json(found)
    assert {f["kind"] for f in found} <= {"quantity", "entity", "date"}
    _fresh()
    assert _valid_json(extract_facts(article)) == first


@FUZZ
@given(article_st, article_st)
def test_compare_articles_is_valid_and_stable(a: Article, b: Article) -> None:
    _fresh()
    result = compare_articles(a, b)
    first = _valid_json(result)
    assert {f["status"] for f in result["facts"]} <= {AGREE, CONFLICT, ONLY_A, ONLY_B}
    n_a = len(analyse(a.body, a.language, a.published).sentences)
    n_b = len(analyse(b.body, b.language, b.published).sentences)
    for group in result["alignment"]:
        assert all(0 <= i < n_a for i in group["a"]) and all(0 <= j < n_b for j in group["b"])
        assert 0.0 <= group["score"] <= 1.0
    for fact in result["facts"]:
        if fact["status"] == ONLY_A:
            assert fact["a"] is not None and fact["b"] is None
        if fact["status"] == ONLY_B:
            assert fact["a"] is None and fact["b"] is not None
    _fresh()
    assert _valid_json(compare_articles(a, b)) == first
