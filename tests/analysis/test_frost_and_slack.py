"""Temperatures below zero said in words, and other false conflicts of one figure: the
same temperature or count written two ways is an agreement, never a disagreement."""

from __future__ import annotations

import pytest

from tests.analysis.figure_helpers import art, figures, paired


@pytest.mark.parametrize(("body", "language", "value"), [
    ("Aamulla mitattiin 22 astetta pakkasta Sodankylässä.", "fi", -22),
    ("Pakkasta oli aamulla 22 astetta Sodankylässä.", "fi", -22),
    ("I natt var det 22 minusgrader i Kiruna.", "sv", -22),
    ("Hommikul oli Tartus 22 kraadi külma.", "et", -22),
    ("Утром в Томске было 22 градуса мороза.", "ru", -22),
    ("Rano w Suwałkach było 22 stopnie mrozu.", "pl", -22),
    ("Ráno bylo v Kvilde 22 stupňů pod nulou.", "cs", -22),
    ("In the morning it was 22 degrees below zero in Fairbanks.", "en", -22),
    ("Der Morgen brachte in Oberstdorf 22 Grad unter null.", "de", -22),
])
def test_a_frost_word_makes_a_temperature_negative(body: str, language: str,
                                                     value: int) -> None:
    assert ("temperature", value, "°C") in figures(body, language)


def test_a_warm_temperature_stays_positive() -> None:
    assert ("temperature", 22, "°C") in figures(
        "Iltapäivällä lämpöä oli 22 astetta Helsingissä.", "fi")


def test_frost_in_words_agrees_with_a_minus_sign() -> None:
    a = art("Junan alle jäi porolauma, kun pakkasta oli 25 astetta.", "fi")
    b = art("Renhjorden blev påkörd av tåget när det var –25 grader.", "sv")
    rows = [r for r in paired(a, b) if r[0] == "temperature"]
    assert rows and all(status == "agree" for _, status, _, _ in rows)


def test_an_irish_sea_mile_is_a_nautical_mile_and_degrees_stay_celsius() -> None:
    body = ("Bhí an bád thart ar 4 mhíle farraige ón gcósta. "
            "Bhí teocht an uisce 12 céim nuair a tháinig siad.")
    found = figures(body, "ga")
    assert ("distance", 4, "nmi") in found
    assert ("temperature", 12, "°C") in found


def test_ten_or_so_agrees_with_about_fourteen() -> None:
    """A collective numeral of tens ("kymmenkunta", "une dizaine") rounds to tens."""
    a = art("Parkkipaikalle jäi kymmenkunta autoa odottamaan omistajiaan.", "fi")
    b = art("Parklasse jäi umbes 14 autot omanikke ootama.", "et")
    assert ("vehicles", "agree", 10, 14) in paired(a, b)
