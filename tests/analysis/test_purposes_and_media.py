"""Sums of money of different purposes ([purposes]: damage, aid, a fine), temperatures of
water and of air ([media]), are two things:
"fined 2 million" is no disagreement with "damage of 3 million". Two sums of one purpose,
or a sum whose purpose one report leaves unsaid, still conflict."""

from __future__ import annotations

import pytest
from figure_helpers import art, conflicts

from tui.models import Article

_NOW = "2026-03-05T10:00:00+01:00"


def _art(body: str, language: str) -> Article:
    return art(body, language, _NOW)


@pytest.mark.parametrize(("la", "a_body", "lb", "b_body"), [
    ("en", "The regulator fined the refinery 4 million euros over the leak.",
     "de", "Der Schaden durch das Leck wird auf 6 Millionen Euro geschätzt."),
    ("es", "El Gobierno aprobó ayudas de 9 millones de euros para los agricultores.",
     "fr", "Les dégâts dans les vergers sont estimés à 14 millions d'euros."),
    ("pl", "Wojewoda nałożył na firmę karę 300 tysięcy złotych.",
     "cs", "Škody na domech dosahují 500 tisíc zlotých."),
    ("ru", "Завод оштрафовали на 2 миллиона рублей.",
     "uk", "Збитки від аварії оцінюють у 3 мільйони рублів."),
])
def test_sums_of_two_purposes_never_conflict(la: str, a_body: str, lb: str,
                                             b_body: str) -> None:
    assert conflicts(_art(a_body, la), _art(b_body, lb)) == []


def test_two_sums_of_one_purpose_still_conflict() -> None:
    a = _art("The damage to the harbour is put at 4 million euros.", "en")
    b = _art("Der Schaden am Hafen wird auf 6 Millionen Euro geschätzt.", "de")
    assert conflicts(a, b) == [(4000000, 6000000)]


def test_a_sum_of_no_named_purpose_still_meets_one() -> None:
    a = _art("The harbour authority put the bill at 4 million euros.", "en")
    b = _art("Der Schaden am Hafen wird auf 6 Millionen Euro geschätzt.", "de")
    assert conflicts(a, b) == [(4000000, 6000000)]


@pytest.mark.parametrize(("la", "a_body", "lb", "b_body"), [
    ("en", "At the beach the water was 22 degrees.",
     "de", "Am Strand hatte die Luft 31 Grad."),
    ("sv", "Vattnet i viken höll 19 grader.",
     "da", "Luften over bugten var 27 grader varm."),
])
def test_temperatures_of_water_and_of_air_never_conflict(la: str, a_body: str, lb: str,
                                                         b_body: str) -> None:
    """ [media]: a temperature of the water and one of the air are two things."""
    assert conflicts(_art(a_body, la), _art(b_body, lb)) == []


def test_two_water_temperatures_still_conflict() -> None:
    a = _art("At the beach the water was 22 degrees.", "en")
    b = _art("Am Strand hatte das Wasser 25 Grad.", "de")
    assert conflicts(a, b) == [(22, 25)]
