"""Figures with a unit (issue 10): radiation doses, amounts of data and milligrams in every
script; speeds said "an hour's speed of N kilometres" or with "per hour" before the
number; a percentage said "per hundred"; a scale word after a number link; bare degrees
in a report that names one boat in feet; distances "far" and bills as the cost of damage."""

from __future__ import annotations

from figure_helpers import art, figures, paired


def test_a_radiation_dose_is_a_dose_in_every_language() -> None:
    a = art("Ved en fejl fik hver patient 3,4 gray i stedet for 3 gray.", "da")
    b = art("Wegen eines Fehlers erhielt jeder Patient 3,4 Gray statt 3 Gray.", "de")
    assert ("dose", 3.4, "Gy") in figures(a.body, "da")
    assert ("dose", 3, "Gy") in figures(b.body, "de")
    rows = paired(a, b)
    assert ("dose", "agree", 3.4, 3.4) in rows and ("dose", "agree", 3, 3) in rows
    assert ("dose", 12, "mSv") in figures("Workers received up to 12 mSv last month.", "en")


def test_gray_the_colour_is_no_dose_in_english() -> None:
    found = figures("Three gray vans blocked the gate.", "en")
    assert not [f for f in found if f[0] == "dose"]
    found = figures("Workers set out 200 bait boxes along the canal.", "en")
    assert not [f for f in found if f[0] == "data"]  # Estonian "bait" is a byte


def test_an_amount_of_data_is_one_fact_across_scripts() -> None:
    a = art("Hackerii au copiat aproximativ 3,5 TB de documente.", "ro")
    b = art("Хакерите са копирали около 3,5 терабайта документи.", "bg")
    assert ("data", 3.5, "TB") in figures(a.body, "ro")
    assert ("data", "agree", 3.5, 3.5) in paired(a, b)


def test_milligrams_per_litre_in_cyrillic_meet_the_spelled_out_unit() -> None:
    a = art("Содержание нитратов в колодце достигло 4,8 мг на литр.", "ru")
    b = art("Садржај нитрата у бунару достигао је 4,8 милиграма по литру.", "sr")
    assert ("concentration", 4.8, "mg/l") in figures(a.body, "ru")
    assert ("concentration", "agree", 4.8, 4.8) in paired(a, b)


def test_an_hours_speed_of_kilometres_is_a_speed_in_finnish() -> None:
    a = art("Bussi ajoi noin 70 kilometrin tuntinopeutta, kun jarrut pettivät.", "fi")
    b = art("The bus was travelling at about 70 km/h when its brakes failed.", "en")
    assert ("speed", 70, "km/h") in figures(a.body, "fi")
    assert ("speed", "agree", 70, 70) in paired(a, b)


def test_per_hour_before_the_number_with_a_qualifier_between() -> None:
    found = figures("Feribot saatte yaklaşık 30 kilometre hızla ilerliyordu.", "tr")
    assert ("speed", 30, "km/h") in found
    # "in an hour, 40 millimetres": rain of one hour, not a speed (Finnish writes "per
    # hour" after the unit)
    assert ("distance", 40, "mm") in figures("Sadetta tuli tunnissa 40 millimetriä.", "fi")


def test_per_hundred_is_a_percentage_in_bulgarian() -> None:
    a = art("Около 45 на сто от жителите са останали без ток.", "bg")
    b = art("Circa il 45% degli abitanti è rimasto senza corrente.", "it")
    assert ("percent", 45, "%") in figures(a.body, "bg")
    assert ("percent", "agree", 45, 45) in paired(a, b)


def test_a_scale_word_after_the_romanian_number_link() -> None:
    found = figures("Primăria estimează pagubele la 240 de milioane de lei.", "ro")
    assert ("money", 240_000_000, "RON") in found


def test_one_boat_in_feet_leaves_bare_degrees_celsius() -> None:
    found = figures("I 31 graders varme sank en 28 fods båd 2 km fra havnen, "
                    "og 1,5 meter vand fyldte kahytten.", "da")
    assert ("temperature", 31, "°C") in found
    us = figures("Crowds waited 2 miles from the stadium in 95 degrees heat.", "en")
    assert ("temperature", 95, "°F") in us


def test_distances_said_far_meet_each_other_not_a_height() -> None:
    a = art("Trosky stodoly dopadaly až 30 metrů daleko. Zbylá zeď je vysoká asi 9 metrů.",
            "cs")
    b = art("Úlomky stodoly leteli do vzdialenosti 45 metrov. Múr, ktorý zostal, má "
            "výšku 9 metrov.", "sk")
    rows = paired(a, b)
    assert ("distance", "conflict", 30, 45) in rows
    assert ("distance", "agree", 9, 9) in rows


def test_a_bill_is_the_cost_of_the_damage() -> None:
    a = art("I danni al municipio sono stimati in circa 90mila euro. La Uefa può "
            "infliggere una multa fino a 50mila euro.", "it")
    b = art("La facture des dégâts à la mairie avoisinerait 120 000 euros.", "fr")
    assert ("money", "conflict", 90_000, 120_000) in paired(a, b)



def test_loudness_pressure_and_radioactivity_are_measures() -> None:
    a = art("Neighbours measured 92 decibels at night; the pressure fell to 975 hPa.", "en")
    b = art("Sousedé naměřili v noci 92 decibelů, tlak klesl na 975 hektopascalů.", "cs")
    rows = paired(a, b)
    assert ("sound", "agree", 92, 92) in rows
    assert ("pressure", "agree", 975, 975) in rows
    assert ("activity", 300, "Bq") in figures("Im Pilz wurden 300 Becquerel gemessen.", "de")
