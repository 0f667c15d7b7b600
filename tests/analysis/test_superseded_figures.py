"""A report that corrects itself in one sentence ("at first 8, later 13") states the other
report's figure there: its old figure is no disagreement with the other's new one."""

from __future__ import annotations

from figure_helpers import art, conflicts

from tui.models import Article

_NOW = "2026-03-04T10:00:00+01:00"


def _art(body: str, language: str) -> Article:
    return art(body, language, _NOW)


def test_an_old_figure_corrected_in_its_own_sentence_is_no_rival() -> None:
    a = _art("The county first spoke of 6 injured climbers; by night the count had "
             "climbed to 10.", "en")
    b = _art("Nach Angaben des Landkreises wurden 10 Kletterer verletzt.", "de")
    assert conflicts(a, b) == []


def test_one_figure_of_each_still_conflicts() -> None:
    a = _art("The county spoke of 6 injured climbers.", "en")
    b = _art("Nach Angaben des Landkreises wurden 10 Kletterer verletzt.", "de")
    assert conflicts(a, b) == [(6, 10)]
