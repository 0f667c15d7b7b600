"""Digits per locale, number words per language, scale words."""

from __future__ import annotations

import pytest

from tui.analysis.numbers import as_number, parse_digits
from tui.analysis.quantities import extract_quantities
from tui.analysis.sentences import split_sentences


def quantities(text: str, lang: str):
    return extract_quantities(text, lang, split_sentences(text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("1.200", "de", 1200),
        ("1.200", "pt", 1200),
        ("1.200", "es", 1200),
        ("1.200", "it", 1200),
        ("6,9", "pt", 6.9),
        ("12,20", "de", 12.2),
        ("1,200", "en", 1200),
        ("12.5", "en", 12.5),
        ("12.5", "de", 12.5),  # a dot before fewer than three digits is a decimal mark
        ("1.234,5", "de", 1234.5),
        ("1,234.5", "en", 1234.5),
        ("1.000.000", "pt", 1_000_000),
        ("0.250", "de", 0.25),
        ("1 200", "fr", 1200),
        ("1\u202f200", "fr", 1200),
        ("550", "en", 550),
    ],
)
def test_digits_follow_the_locale(text: str, lang: str, value: float) -> None:
    assert parse_digits(text, lang) == pytest.approx(value)


def test_as_number_keeps_ints_as_ints() -> None:
    assert as_number(12.0) == 12 and isinstance(as_number(12.0), int)
    assert as_number(6.8) == 6.8


@pytest.mark.parametrize(
    ("text", "lang", "value"),
    [
        ("Seventy-two drones penetrated the defences.", "en", 72),
        ("Morreram vinte e três pessoas.", "pt", 23),
        ("Il y a eu neuf blessés.", "fr", 9),
        ("Es gab dreiundzwanzig Verletzte.", "de", 23),
        ("Ci sono stati sei morti.", "it", 6),
        ("Hubo dos fallecidos.", "es", 2),
        ("One hundred and twenty people were evacuated.", "en", 120),
    ],
)
def test_number_words(text: str, lang: str, value: int) -> None:
    assert [q.value for q in quantities(text, lang)] == [value]


@pytest.mark.parametrize(
    ("text", "lang", "value", "unit"),
    [
        ("Losses reached 12.5 million dollars.", "en", 12_500_000, "USD"),
        ("The repairs cost £4m.", "en", 4_000_000, "GBP"),
        ("Der Schaden liegt bei 50 Mio. Euro.", "de", 50_000_000, "EUR"),
        ("Servono 30 milioni di euro.", "it", 30_000_000, "EUR"),
        ("A obra custa R$ 2 bilhões.", "pt", 2_000_000_000, "BRL"),
        ("Die Versicherer rechnen mit 1,2 Milliarden Euro.", "de", 1_200_000_000, "EUR"),
        ("Custará 19 mil milhões de reais.", "pt", 19_000_000_000, "BRL"),
        ("Le coût atteint 2 milliards d'euros.", "fr", 2_000_000_000, "EUR"),
        ("The deal is worth $3bn.", "en", 3_000_000_000, "USD"),
    ],
)
def test_scaled_money(text: str, lang: str, value: int, unit: str) -> None:
    (q,) = quantities(text, lang)
    assert (q.concept, q.value, q.unit) == ("money", value, unit)
    assert isinstance(q.value, int)


def test_units_and_magnitude() -> None:
    found = quantities("Der Pegel stieg auf 12,20 Meter. Ein Beben der Stärke 6,8.", "de")
    assert [(q.concept, q.value, q.unit) for q in found] == [
        ("distance", 12.2, "m"), ("magnitude", 6.8, None)]
    found = quantities("A 6.8-magnitude quake; winds of 120 km/h; 45% of homes.", "en")
    assert [(q.concept, q.value) for q in found] == [
        ("magnitude", 6.8), ("speed", 120), ("percent", 45)]
