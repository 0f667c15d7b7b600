"""What happened to the people a count is about, from its clause's predicate
([predicates] in the language files): treated, stung, given first aid → injured; brought
ashore → rescued; admitted → hospitalised. Invented sentences."""

from __future__ import annotations

from figure_helpers import art, figures, paired


def test_customers_who_report_wounds_are_injured_in_both_reports() -> None:
    a = art("Cinq clients ont signalé des blessures aux mains après l'incident.", "fr")
    b = art("Seis clientes relataram ferimentos nas mãos depois do incidente.", "pt")
    assert ("injured", "conflict", 5, 6) in paired(a, b)


def test_first_aid_is_injured_and_a_hospital_word_later_wins() -> None:
    assert ("injured", 4, None) in figures("Four walkers were given first aid at the scene.",
                                           "en")
    assert ("hospitalised", 2, None) in figures(
        "Two hikers were bitten by a snake and taken to hospital.", "en")


def test_a_state_word_further_back_beats_a_predicate_word() -> None:
    assert ("hospitalised", 5, None) in figures(
        "До лікарень після отруєння потрапили 5 людей.", "uk")


def test_rescuers_are_not_the_people_they_bring_ashore() -> None:
    a = art("Pelastajat toivat tiistaina maihin 21 turistia saaresta.", "fi")
    b = art("Päästjad tõid teisipäeval saarelt kaldale 25 paadimeest.", "et")
    rows = paired(a, b)
    assert ("rescued", "conflict", 21, 25) in rows
    assert not any(c in ("firefighters", "rescuers") for c, *_ in rows)


def test_needing_treatment_is_injured() -> None:
    assert ("injured", 40, None) in figures(
        "Storm surf left 40 surfers needing treatment on Sunday.", "en")
    assert ("injured", 12, None) in figures(
        "La tormenta obligó a atender a 12 turistas en la playa.", "es")


def test_animals_that_died_are_killed() -> None:
    # the verbs of an animal's death (hr uginuti, cs uhynout), not only a person's
    assert ("killed", 12, None) in figures("Prema veterinaru, dvanaest ih je uginulo do jutra.",
                                           "hr")
    assert ("killed", 12, None) in figures("Podle veterináře jich dvanáct uhynulo do rána.", "cs")
