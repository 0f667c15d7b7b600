"""Counts both reports state and name, that were left unpaired or read as another thing:
a concept's figure against a bare count of the group, people against a named group of
people, hospitals counted after the injured, a qualifier of the next figure, the slightly hurt
in Irish, a thing before a number with a noun of its own."""

from __future__ import annotations

from figure_helpers import art, conflicts, figures, paired


def test_concept_figure_meets_count_of_its_group() -> None:
    a = art("Pēc sprādziena evakuēti 42 noliktavas darbinieki, paziņoja policija.", "lv")
    b = art("After the explosion 42 staff of the warehouse were evacuated, police said.", "en")
    assert ("evacuated", "agree", 42, 42) in paired(a, b)


def test_people_meet_a_glossary_noun_of_people() -> None:
    a = art("Lawina porwała 12 osób na szlaku pod szczytem.", "pl")
    b = art("The avalanche swept away twelve hikers on the trail below the summit.", "en")
    assert any(p[1:] == ("agree", 12, 12) for p in paired(a, b))


def test_hospitals_after_the_injured_count_hospitals() -> None:
    body = "Zwölf Verletzte wurden in drei Krankenhäuser gebracht."
    assert ("hospitalised", 3, None) not in figures(body, "de")
    assert ("injured", 12, None) in figures(body, "de")
    assert ("hospitalised", 4, None) not in figures(
        "Douze blessés ont été transportés dans quatre hôpitaux.", "fr")


def test_trailing_qualifier_before_a_number_is_the_next_figures() -> None:
    a = art("Cancellati ieri 84 voli e oltre 12.000 passeggeri rimasti a terra.", "it")
    b = art("Cancellati ieri 96 voli, oltre 12.000 passeggeri rimasti a terra.", "it")
    assert ("flights", "conflict", 84, 96) in paired(a, b)


def test_irish_slightly_hurt_meet_the_slightly_hurt() -> None:
    a = art("Gortaíodh go héadrom triúr oibrithe nuair a thit an díon.", "ga")
    b = art("Four workers suffered minor injuries when the roof fell.", "en")
    assert conflicts(a, b) == [(3, 4)]


def test_thing_before_a_number_with_its_own_noun_is_not_counted() -> None:
    found = figures("Pašvaldība nosūtīja astoņas ūdens cisternas uz ciematu.", "lv")
    assert ("municipalities", 8, None) not in found
