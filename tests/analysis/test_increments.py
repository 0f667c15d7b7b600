"""Increments: "another 20", "weitere 20", "20 more" add to a figure the report stated
before; neither the increment nor the total so far is a rival of the other report's total.
"Another four injured" after a death is no increment (nothing of its kind came before)."""

from __future__ import annotations

from figure_helpers import art, conflicts

from tui.analysis.facts import analyse_article
from tui.analysis.scopes import is_increment
from tui.models import Article

_NOW = "2026-03-04T10:00:00+01:00"


def _art(body: str, language: str) -> Article:
    return art(body, language, _NOW)


def test_a_total_so_far_and_its_increment_are_no_rivals_of_the_sum() -> None:
    a = _art("Crews evacuated 40 residents from the riverside streets at dawn. By the "
             "afternoon another 25 residents had been moved to the school gym.", "en")
    b = _art("Les secours ont évacué 65 habitants des rues proches de la rivière.", "fr")
    assert conflicts(a, b) == []


def test_an_increment_written_after_the_noun_adds_too() -> None:
    a = _art("Los guardacostas rescataron a 9 pescadores el lunes y a 6 pescadores más "
             "el martes.", "es")
    b = _art("Die Küstenwache hat insgesamt 15 Fischer gerettet.", "de")
    assert conflicts(a, b) == []


def test_an_increment_is_no_total_of_its_own() -> None:
    a = _art("Gestern wurden 30 Häuser geräumt. Heute Morgen wurden weitere 12 Häuser "
             "geräumt.", "de")
    b = _art("Il comune ha fatto sgomberare 18 case.", "it")
    assert (12, 18) not in conflicts(a, b)


def test_another_group_after_a_death_is_still_a_total_that_conflicts() -> None:
    a = _art("En kvinna omkom när taket rasade. Ytterligare sex personer skadades.", "sv")
    b = _art("A woman was killed when the roof fell in, and eight other people were "
             "injured.", "en")
    assert conflicts(a, b) == [(6, 8)]


def test_totals_that_differ_with_no_increment_still_conflict() -> None:
    a = _art("Crews evacuated 40 residents from the riverside streets at dawn.", "en")
    b = _art("Les secours ont évacué 65 habitants des rues proches de la rivière.", "fr")
    assert conflicts(a, b) == [(40, 65)]


def test_an_increment_word_after_the_counted_noun() -> None:
    a = _art("Le matin, 30 randonneurs ont été hélitreuillés. L'après-midi, 12 randonneurs "
             "supplémentaires ont été hélitreuillés.", "fr")
    b = _art("Im Laufe des Tages wurden 42 Wanderer per Hubschrauber geborgen.", "de")
    assert conflicts(a, b) == []


def test_an_increment_word_of_the_next_clause_marks_nothing() -> None:
    an = analyse_article(_art("Police held 14 fans. More arrests may follow.", "en"))
    assert [is_increment(an, q) for q in an.quantities] == [False]
    an = analyse_article(_art("Police held 14 fans and 6 more after the match.", "en"))
    assert [is_increment(an, q) for q in an.quantities] == [False, True]
