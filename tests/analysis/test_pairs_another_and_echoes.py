"""Pairing two figures that both carry the right name: "another 14 flights" meets the other
report's "another 11", though only one report counts an earlier group of the same noun;
"nine planes diverted" is the counterpart of "nine flights diverted" (an [echoes] group),
so the other report's nine flights are no rival of a third count of flights; "the remaining
five" is the rest of a group the report splits, no rival of the whole; "250 staff, among
them 60 office workers" counts no workers apart from its staff."""

from __future__ import annotations

from figure_helpers import art, conflicts, paired

_NOW = "2026-03-04T10:00:00+01:00"


def test_two_figures_both_said_to_be_another_are_rivals() -> None:
    a = art("Because of the jamming, seven planes were diverted to Tallinn and another 14 "
            "flights were cancelled outright.", "en", _NOW)
    b = art("Wegen der Störung wurden sieben Flüge nach Tallinn umgeleitet, weitere 11 Flüge "
            "wurden ganz gestrichen.", "de", _NOW)
    assert conflicts(a, b) == [(14, 11)]


def test_planes_are_the_counterpart_of_flights_of_the_same_number() -> None:
    a = art("Twelve flights were cancelled at the airport on Tuesday. The tower said nine "
            "planes were diverted to Riga. Later in the evening 15 flights left with long "
            "delays.", "en", _NOW)
    b = art("Am Dienstag wurden am Flughafen zwölf Flüge gestrichen. Laut Tower wurden neun "
            "Flüge nach Riga umgeleitet.", "de", _NOW)
    assert conflicts(a, b) == []


def test_planes_never_pair_with_flights_of_another_number() -> None:
    a = art("Nine planes were diverted to Riga.", "en", _NOW)
    b = art("Elf Flüge wurden nach Riga umgeleitet.", "de", _NOW)
    assert conflicts(a, b) == []


def test_the_rest_of_a_split_group_is_no_rival_of_the_whole() -> None:
    a = art("The bus left the road near the quarry. Three of the injured were flown to "
            "hospital, while the remaining five were treated at the scene.", "en", _NOW)
    b = art("Bussen kom av vägen vid stenbrottet. Enligt polisen skadades sju personer.",
            "sv", _NOW)
    assert conflicts(a, b) == []


def test_two_rests_of_a_split_group_still_agree() -> None:
    a = art("Der Bus kam ab. Die übrigen vier Verletzten wurden vor Ort versorgt.", "de", _NOW)
    b = art("Autobus wypadł z drogi. Pozostałe cztery ranne osoby opatrzono na miejscu.",
            "pl", _NOW)
    assert ("injured", "agree", 4, 4) in paired(a, b)


def test_a_sub_count_included_in_a_group_does_not_count_its_kin_apart() -> None:
    a = art("Some 180 staff, among them about 30 office workers who offered to help, cleared "
            "the flooded depot by hand.", "en", _NOW)
    b = art("A raktárt mintegy 140 dolgozó takarította ki kézzel.", "hu", _NOW)
    assert conflicts(a, b) == [(180, 140)]


def test_kin_counted_apart_by_a_report_stay_apart() -> None:
    a = art("Some 180 staff cleared the flooded depot by hand, and 30 workers of a contractor "
            "pumped out the water.", "en", _NOW)
    b = art("A raktárt mintegy 140 dolgozó takarította ki kézzel.", "hu", _NOW)
    assert conflicts(a, b) == []
