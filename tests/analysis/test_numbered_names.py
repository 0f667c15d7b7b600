"""A number written after a flight, a line, a gate, an exit or a platform names it: two
such names are no figures, so they never conflict."""

from __future__ import annotations

import pytest
from figure_helpers import art, conflicts

from tui.models import Article

_NOW = "2026-03-05T10:00:00+01:00"


def _art(body: str, language: str) -> Article:
    return art(body, language, _NOW)


@pytest.mark.parametrize(("la", "a_body", "lb", "b_body"), [
    ("en", "Flight 207 from Porto turned back after a bird strike.",
     "es", "El vuelo 217 procedente de Oporto regresó tras el impacto de un ave."),
    ("en", "A bus on line 33 skidded into a shop window.",
     "cs", "Autobus linky 38 dostal smyk a narazil do výlohy."),
    ("en", "Passengers were held at gate 9 for three hours.",
     "de", "Die Passagiere warteten am Gate 19 drei Stunden lang."),
    ("fr", "Le vol 4410 en provenance de Lisbonne a été dérouté.",
     "it", "Il volo 4401 proveniente da Lisbona è stato dirottato."),
])
def test_numbers_that_name_a_flight_a_line_or_a_gate_never_conflict(
        la: str, a_body: str, lb: str, b_body: str) -> None:
    assert conflicts(_art(a_body, la), _art(b_body, lb)) == []
