"""A limit or a capacity ([words] limits: "the limit there is 30 km/h", "a hall built for
200") is a bound, not what happened: it never conflicts with the figure of the event, and
two bounds still conflict."""

from __future__ import annotations

import pytest
from figure_helpers import art, conflicts

from tui.models import Article

_NOW = "2026-03-05T10:00:00+01:00"


def _art(body: str, language: str) -> Article:
    return art(body, language, _NOW)


@pytest.mark.parametrize(("la", "a_body", "lb", "b_body"), [
    ("en", "The speed limit on the bridge is 50 km/h.",
     "de", "Der Lieferwagen fuhr mit 70 km/h auf die Brücke."),
    ("fi", "Sillalla oli 30 tonnin painorajoitus.",
     "sv", "Lastbilen som körde ut på bron vägde 38 ton."),
    ("it", "Il limite su quel tratto è di 90 km/h.",
     "fr", "Le car roulait à 110 km/h sur ce tronçon."),
])
def test_a_bound_never_conflicts_with_what_happened(la: str, a_body: str, lb: str,
                                                     b_body: str) -> None:
    assert conflicts(_art(a_body, la), _art(b_body, lb)) == []


def test_two_bounds_still_conflict() -> None:
    a = _art("The speed limit on the bridge is 50 km/h.", "en")
    b = _art("Das Tempolimit auf der Brücke liegt bei 60 km/h.", "de")
    assert conflicts(a, b) == [(50, 60)]
