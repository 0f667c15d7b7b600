"""Figures of two named days, or of two countries each report names alone, are two facts
("on Monday 30 left" / "on Tuesday 45 left"); figures of one day or country, or of a day
and no day, still conflict."""

from __future__ import annotations

from figure_helpers import art, conflicts

from tui.models import Article

_NOW = "2026-03-05T10:00:00+01:00"  # a Thursday


def _art(body: str, language: str) -> Article:
    return art(body, language, _NOW)


def test_figures_of_two_named_days_never_conflict() -> None:
    a = _art("On Monday, 40 families were moved out of the hillside estate.", "en")
    b = _art("Am Dienstag wurden 55 Familien aus der Siedlung am Hang gebracht.", "de")
    assert conflicts(a, b) == []


def test_figures_of_one_named_day_still_conflict() -> None:
    a = _art("On Monday, 40 families were moved out of the hillside estate.", "en")
    b = _art("Lundi, 55 familles ont été évacuées du lotissement sur la colline.", "fr")
    assert conflicts(a, b) == [(40, 55)]


def test_a_day_named_on_one_side_only_still_conflicts() -> None:
    a = _art("On Monday, 40 families were moved out of the hillside estate.", "en")
    b = _art("Aus der Siedlung am Hang wurden 55 Familien gebracht.", "de")
    assert conflicts(a, b) == [(40, 55)]


def test_figures_of_two_countries_each_report_names_alone_never_conflict() -> None:
    """Each report names only its own country: "in Austria, 300 …" / "en Italie, 200 …"."""
    a = _art("In Austria, 300 soldiers were filling sandbags along the river.", "en")
    b = _art("En Italie, 200 soldats ont rempli des sacs de sable le long du fleuve.", "fr")
    assert conflicts(a, b) == []
    c = _art("En Autriche, 200 soldats ont rempli des sacs de sable le long du fleuve.", "fr")
    assert conflicts(a, c) == [(300, 200)]
