"""A count of people takes what happened to them from its clause's predicate ("were taken to
hospital", "suffered injuries", "trafili do szpitala"): "two electricians were taken to
hospital" and "three people were hospitalised" are one fact that disagrees. The roles stay
apart: injured is not hospitalised, and a helper taking part in a rescue was not rescued."""

from __future__ import annotations

from figure_helpers import art, figures, paired


def _concepts(body: str, language: str) -> list[tuple[str, object]]:
    return [(c, v) for c, v, _ in figures(body, language)]


def test_a_person_noun_taken_to_hospital_meets_people_hospitalised_in_another_language() -> None:
    a = art("Two electricians were taken to hospital after the hangar fire on Sunday.", "en")
    same = art("Dwóch elektryków trafiło do szpitala po pożarze hangaru w niedzielę.", "pl")
    other = art("Trzy osoby zostały hospitalizowane po pożarze hangaru w niedzielę.", "pl")
    assert ("hospitalised", "agree", 2, 2) in paired(a, same)
    assert ("hospitalised", "conflict", 2, 3) in paired(a, other)


def test_the_predicate_is_read_past_and_and_an_including_incise() -> None:
    assert _concepts("Deux électriciens, dont un apprenti, ont été hospitalisés à Rennes.",
                     "fr") == [("hospitalised", 2)]
    assert _concepts("Trys vairuotojai apsinuodijo dūmais ir buvo nuvežti į ligoninę.",
                     "lt") == [("hospitalised", 3)]


def test_of_them_and_a_bare_count_before_an_auxiliary_take_their_predicate() -> None:
    assert _concepts("Nine of them, among them a child, were taken to hospital.",
                     "en") == [("hospitalised", 9)]
    assert ("hospitalised", 5) in _concepts(
        "Rund 60 Personen wurden versorgt, 5 wurden ins Spital gebracht.", "de")


def test_injuries_of_a_person_noun_agree_with_a_count_of_the_injured() -> None:
    a = art("Four of the tenants suffered minor injuries in the blast.", "en")
    b = art("Quattro feriti lievi nell'esplosione del palazzo.", "it")
    assert ("injured", "agree", 4, 4) in paired(a, b)


def test_the_injured_taken_to_hospital_are_hospitalised_injured_and_taken_stay_injured() -> None:
    assert _concepts("Five of the injured were taken to hospital.", "en") == [("hospitalised", 5)]
    assert _concepts("Fünf Verletzte kamen ins Krankenhaus.", "de") == [("hospitalised", 5)]
    assert _concepts("Five people were injured and taken to hospital.",
                     "en") == [("injured", 5)]


def test_a_state_word_of_a_later_clause_or_count_is_not_the_predicate() -> None:
    assert ("rescued", 12) not in _concepts("In all 12 volunteers took part in the rescue.",
                                            "en")
    found = _concepts("Two lorry drivers and three cyclists were injured.", "en")
    assert ("injured", 2) not in found


def test_a_group_met_by_its_state_unless_the_other_report_counts_the_group_too() -> None:
    a = art("Three crew members were taken to hospital in Cherbourg.", "en")
    state = art("Deux techniciens ont été hospitalisés à Cherbourg.", "fr")
    group = art("Quatre membres d'équipage ont été blessés à Cherbourg.", "fr")
    assert ("hospitalised", "conflict", 3, 2) in paired(a, state)
    rows = paired(a, group)
    assert ("crew", "conflict", 3, 4) in rows
    assert not [r for r in rows if r[0] == "hospitalised"]


def test_having_to_leave_home_is_an_evacuation_in_dutch_and_german() -> None:
    a = art("Ongeveer 900 bewoners moesten hun woning verlaten na de gaslek.", "nl")
    b = art("Rund 900 Anwohner wurden nach dem Gasleck in Sicherheit gebracht.", "de")
    assert ("evacuated", "agree", 900, 900) in paired(a, b)
    assert _concepts("De luchthaven schrapte 40 vluchten.", "nl") != [("evacuated", 40)]


def test_of_them_makes_a_part_of_the_count_before_in_several_languages() -> None:
    a = art("Doce personas resultaron heridas, cuatro de ellas de gravedad.", "es")
    b = art("Douze personnes ont été blessées, dont quatre grièvement.", "fr")
    c = art("Au fost rănite 12 persoane, dintre care 4 grav.", "ro")
    for other in (b, c):
        rows = paired(a, other)
        assert ("injured", "agree", 12, 12) in rows
        assert ("injured", "agree", 4, 4) in rows


def test_a_part_with_a_predicate_of_its_own_is_not_the_whole_s_state() -> None:
    found = _concepts("About 300 residents were evacuated, and 70 of them were housed in "
                      "a school.", "en")
    assert ("evacuated", 70) not in found
