"""The seriously (or slightly) injured are a part of the injured: "five seriously hurt"
is no disagreement with "fifteen hurt". Two counts of the seriously injured still conflict,
and a severity word of something else ("a serious crash") marks no sub-group."""

from __future__ import annotations

import pytest
from figure_helpers import art, conflicts

from tui.models import Article

_NOW = "2026-03-04T10:00:00+01:00"


def _art(body: str, language: str) -> Article:
    return art(body, language, _NOW)


@pytest.mark.parametrize(("la", "a_body", "lb", "b_body"), [
    ("en", "Seven skiers were hurt when the chairlift cable snapped.",
     "de", "Als das Seil des Sessellifts riss, wurden vier Skifahrer schwer verletzt."),
    ("fr", "Trois ouvriers ont été grièvement blessés lors de l'effondrement de la grue.",
     "en", "Five workers were injured when the crane collapsed."),
    ("pl", "W pożarze hali rannych zostało 8 strażaków.",
     "cs", "Při požáru haly byli dva hasiči těžce zraněni."),
    ("es", "Siete pasajeros resultaron heridos leves en el frenazo del tren.",
     "it", "Nella frenata del treno sono rimasti feriti 12 passeggeri."),
])
def test_a_severity_sub_group_is_no_rival_of_all_the_injured(
        la: str, a_body: str, lb: str, b_body: str) -> None:
    assert conflicts(_art(a_body, la), _art(b_body, lb)) == []


def test_two_counts_of_the_seriously_injured_still_conflict() -> None:
    a = _art("Three people were seriously injured on the glacier.", "en")
    b = _art("Auf dem Gletscher wurden zwei Menschen schwer verletzt.", "de")
    assert conflicts(a, b) == [(3, 2)]


def test_a_serious_crash_makes_no_sub_group_of_its_injured() -> None:
    a = _art("Six people were injured in a serious crash on the ring road.", "en")
    b = _art("Auf der Ringstraße wurden bei dem Unfall neun Menschen verletzt.", "de")
    assert conflicts(a, b) == [(6, 9)]


def test_a_severity_word_of_damage_marks_no_sub_group_of_houses() -> None:
    a = _art("The storm damaged 40 houses badly.", "en")
    b = _art("Der Sturm beschädigte 45 Häuser.", "de")
    assert conflicts(a, b) == [(40, 45)]
