"""Regression tests for issue 9: inputs that made analysis raise or take super-linear time.

Cost is asserted as *work counted* (calls, characters scanned) at two input sizes, never as
time: the benchmark benchmarks/analysis_cost.py measures the time.
"""

from __future__ import annotations

import json
import math

import pytest

from tui.analysis import entities, facts, numbers, sentences
from tui.analysis.compare import MAX_ALIGNED_SENTENCES, compare_analyses
from tui.analysis.dates import extract_dates, published_day
from tui.analysis.facts import MAX_ANALYSED_CHARS, analyse
from tui.analysis.numbers import MAX_FIGURE, MAX_NUMBER_WORDS, as_number, parse_digits
from tui.analysis.text import tokenize


def figures(text: str, lang: str = "en") -> list[tuple[str, float]]:
    return [(q.concept, q.value) for q in analyse(text, lang).quantities]


# ------------------------------------------------------------------ Unicode digits


@pytest.mark.parametrize("text", ["Dei ⁴² banchi.", "²", "①", "₅", "H₂O: 5 ① killed ²"])
def test_superscript_and_circled_digits_are_not_figures(text: str) -> None:
    an = analyse(text, "it")  # raised ValueError in numbers.parse_digits
    assert not any(ch in q.text for q in an.quantities for ch in "⁴²①₅")
    json.dumps(an.facts())


@pytest.mark.parametrize("digits", ["⁴²", "²", "①", "₅", "1²", "²1"])
def test_parse_digits_refuses_non_decimal_digits(digits: str) -> None:
    assert parse_digits(digits, "en") is None


@pytest.mark.parametrize(("text", "value"), [
    ("٣٤ killed", 34),  # Arabic-Indic
    ("१२ killed", 12),  # Devanagari
    ("۱۲ killed", 12),  # Extended Arabic-Indic (Persian)
])
def test_decimal_digits_of_other_scripts_are_read(text: str, value: int) -> None:
    assert figures(text) == [("killed", value)]


def test_superscript_day_is_not_a_date() -> None:
    text = "Am ¹ März und am 1 März."
    found = extract_dates(text, "de", sentences.split_sentences(text, "de"), "2025-07-05")
    assert [d.text for d in found] == ["1 März"]


# --------------------------------------------------------------------- magnitudes


@pytest.mark.parametrize("text", [
    "9" * 309,  # raised OverflowError in numbers.as_number
    "9" * 309 + " people were killed",
    "1" + ",000" * 120 + " people",
    "9" * 25 + " drones",
    "9,000 trillion euros",
])
def test_absurd_magnitudes_are_not_figures(text: str) -> None:
    an = analyse(text, "en")
    assert all(math.isfinite(q.value) and abs(q.value) <= MAX_FIGURE for q in an.quantities)
    assert an.quantities == ()
    json.dumps(an.facts(), allow_nan=False)


def test_largest_figure_is_still_read() -> None:
    assert figures("999,000,000,000,000 euros") == [("money", 999_000_000_000_000)]


def test_as_number_never_raises() -> None:
    assert math.isinf(as_number(float("inf")))
    assert math.isnan(as_number(float("nan")))
    assert as_number(12.0) == 12 and isinstance(as_number(12.0), int)


# --------------------------------------------------------------- calendar ends


@pytest.mark.parametrize(("text", "published"), [
    ("1 März", "9999-12-31"),  # raised OverflowError in dates.extract_dates
    ("Es geschah am 1 März.", "9999-12-31T23:59:59-23:59"),
    ("It happened yesterday.", "0001-01-01"),
    ("They will meet on Sunday.", "9999-12-31"),
    ("It happened on Sunday.", "0001-01-01"),
    ("On 31 December and 1 January.", "0001-01-01T00:00:00+14:00"),
    ("Anteontem, 30 de dezembro.", "9999-12-31T23:59:59+23:59"),
])
def test_dates_at_the_ends_of_the_calendar_never_raise(text: str, published: str) -> None:
    an = analyse(text, None, published)
    assert all("0001-01-01" <= d.value <= "9999-12-31" for d in an.dates)
    json.dumps(an.facts())


def test_date_without_year_in_the_last_year() -> None:
    found = extract_dates("1 März", "de", sentences.split_sentences("1 März", "de"), "9999-12-31")
    assert [d.value for d in found] == ["9999-03-01"]


def test_next_weekday_past_year_9999_is_skipped() -> None:
    # 9999-12-31 is a Friday: "next Sunday" would be in year 10000.
    an = analyse("They will meet on Sunday. Yesterday it rained.", "en", "9999-12-31")
    assert [(d.text, d.value) for d in an.dates] == [("Yesterday", "9999-12-30")]


@pytest.mark.parametrize("published", ["9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+23:59",
                                       "not a date", "", None])
def test_published_day_never_raises(published: str | None) -> None:
    published_day(published)


# --------------------------------------------------------------- bounded work


def _phrases_tried(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    calls = 0
    real = numbers._phrase_value

    def counting(phrase: str, language: str) -> int | None:
        nonlocal calls
        calls += 1
        return real(phrase, language)

    monkeypatch.setattr(numbers, "_phrase_value", counting)
    facts.analyse.cache_clear()
    analyse(text, "en")
    return calls


def test_number_word_runs_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    # "Seventy-two " x 2000 took 37 s: every start re-read the whole run of number words.
    toks = tokenize("one " * 200)
    assert numbers.number_words_at(toks, 0, "en")[1] <= MAX_NUMBER_WORDS
    small = _phrases_tried(monkeypatch, "Seventy-two " * 100)
    large = _phrases_tried(monkeypatch, "Seventy-two " * 400)
    assert large <= 4.5 * small  # linear, not quadratic


def test_long_number_phrases_still_read() -> None:
    text = "one hundred and twenty-three thousand four hundred and fifty-six people"
    assert figures(text) == [("people", 123456)]


class _CountingPattern:
    """Wraps a compiled pattern and counts the characters each search may scan."""

    def __init__(self, pattern) -> None:  # noqa: ANN001
        self.pattern = pattern
        self.scanned = 0

    def search(self, text: str, pos: int = 0, endpos: int | None = None):  # noqa: ANN201
        end = len(text) if endpos is None else endpos
        self.scanned += max(0, end - pos)
        return self.pattern.search(text, pos, end)


def _scanned(monkeypatch: pytest.MonkeyPatch, text: str) -> int:
    counter = _CountingPattern(sentences._WORD_BEFORE_RE)
    monkeypatch.setattr(sentences, "_WORD_BEFORE_RE", counter)
    sentences._split_cached.cache_clear()
    sentences.split_sentences(text, "en")
    return counter.scanned


def test_sentence_splitting_scans_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    # "A. " x 16000 took 12.7 s: each period rescanned the block from its start.
    small = _scanned(monkeypatch, "A. " * 1000)
    large = _scanned(monkeypatch, "A. " * 4000)
    assert large <= 4.5 * small


def test_many_lines_split_in_order() -> None:
    text = "A.\n" * 3000 + "Last line"
    found = sentences.split_sentences(text, "en")
    assert found[-1].text == "Last line"
    assert all(text[s.start:s.end] == s.text for s in found)


def _same_name_calls(monkeypatch: pytest.MonkeyPatch, n: int) -> int:
    calls = 0
    real = entities.same_name

    def counting(a: str, b: str, *languages: str | None) -> bool:
        nonlocal calls
        calls += 1
        return real(a, b, *languages)

    monkeypatch.setattr(entities, "same_name", counting)
    # Distinct invented names that all share a blocking key ("B…").
    text = " ".join(f"Then Bal{i:05d}x said." for i in range(n)).replace("0", "o")
    facts.analyse.cache_clear()
    analyse(text.translate(str.maketrans("123456789", "abcdefghi")), "en")
    return calls


def test_entity_clustering_compares_a_bounded_number_of_names(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    small = _same_name_calls(monkeypatch, 250)
    large = _same_name_calls(monkeypatch, 1000)
    assert large <= 5 * small  # 16x when every name was compared with every other
    assert large <= 2 * entities.MAX_BLOCK * 1000


# ----------------------------------------------------------------------- caps


def test_analysis_reads_a_bounded_prefix_and_keeps_the_rest_displayable() -> None:
    filler = "Nothing happened here today at all. " * (MAX_ANALYSED_CHARS // 36 + 10)
    text = filler + "Later, 12 people were killed in Lisbon."
    an = analyse(text, "en")
    assert an.text == text
    assert an.quantities == ()  # the figure lies past the cap
    last = an.sentences[-1]
    assert last.end == len(text) and text[last.start:last.end] == last.text
    assert all(t.end <= MAX_ANALYSED_CHARS for t in an.tokens)


def test_text_within_the_cap_is_analysed_whole() -> None:
    text = "Nothing happened. " * 100 + "Later, 12 people were killed."
    assert figures(text) == [("killed", 12)]


def test_comparison_of_long_texts_aligns_a_bounded_number_of_sentences() -> None:
    a = analyse(" ".join(f"Report {i} says {i} people were hurt." for i in range(350)), "en")
    b = analyse(" ".join(f"Bericht {i}: {i} Menschen verletzt." for i in range(350)), "de")
    result = compare_analyses(a, b)
    assert result.alignment
    assert all(i < MAX_ALIGNED_SENTENCES for g in result.alignment for i in (*g.a, *g.b))
