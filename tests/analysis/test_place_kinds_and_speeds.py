"""A kind of place after a locative word ("in the town", "din municipiu") is the place last
named, and one before a name ("in County Clare") still places the figure: figures of two
places so named are two facts. The wind's speed and a ship's are two facts too."""

from __future__ import annotations

from figure_helpers import art, conflicts

from tui.models import Article

_NOW = "2026-03-05T10:00:00+01:00"


def _art(body: str, language: str) -> Article:
    return art(body, language, _NOW)


_SMOKE = "A cloud of smoke drifted from Dunmore towards Kelby on Tuesday. "


def test_in_the_town_is_the_town_last_named() -> None:
    a = _art(_SMOKE + "Residents of Dunmore were told to keep their windows shut, and "
             "lessons were cancelled in 14 schools in the town.", "en")
    b = _art(_SMOKE + "In Kelby, lessons were cancelled in 9 schools.", "en")
    assert conflicts(a, b) == []
    c = _art(_SMOKE + "In Dunmore, lessons were cancelled in 9 schools.", "en")
    assert conflicts(a, c) == [(14, 9)]


def test_a_kind_of_place_before_its_name_places_the_figure() -> None:
    storm = "The storm crossed Clare and Galway overnight. "
    a = _art(storm + "Power was cut to 2,300 homes in County Clare.", "en")
    b = _art(storm + "Power was cut to 4,100 homes in County Galway.", "en")
    assert conflicts(a, b) == []
    c = _art(storm + "Power was cut to 2,900 homes in County Clare.", "en")
    assert conflicts(a, c) == [(2300, 2900)]


def test_the_wind_speed_is_no_rival_of_the_ships_speed() -> None:
    a = _art("The ferry was sailing at 30 km/h when the fire broke out on its car deck.", "en")
    b = _art("Der Wind erreichte 50 km/h, als auf dem Autodeck der Fähre das Feuer "
             "ausbrach.", "de")
    assert conflicts(a, b) == []
    c = _art("Die Fähre fuhr mit 40 km/h, als auf dem Autodeck das Feuer ausbrach.", "de")
    assert conflicts(a, c) == [(30, 40)]


def test_the_town_of_an_earlier_paragraph_is_not_guessed() -> None:
    a = _art(_SMOKE + "\n\nLessons were cancelled in 14 schools in the town.", "en")
    b = _art(_SMOKE + "In Kelby, lessons were cancelled in 9 schools.", "en")
    assert conflicts(a, b) == [(14, 9)]


def test_romanian_din_municipiu_is_the_town_last_named() -> None:
    fum = "Fumul s-a întins de la Dunmore spre Kelby marți. "
    a = _art(fum + "Locuitorii din Dunmore au fost rugați să țină geamurile închise, iar "
             "cursurile au fost suspendate în 14 școli din municipiu.", "ro")
    b = _art(_SMOKE + "In Kelby, lessons were cancelled in 9 schools.", "en")
    assert conflicts(a, b) == []
