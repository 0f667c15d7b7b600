"""Which word names a count in the western languages (issue 10): the head of an English
open compound ("junior players"), the common counted nouns of news reports each language
file lists ([nouns]), and auxiliaries that are no nouns ("har")."""

from __future__ import annotations

import pytest
from figure_helpers import art, paired

from tui.analysis.facts import analyse_article
from tui.analysis.figures import count_label, is_count


def _labels(body: str, language: str) -> dict[float, str]:
    return {q.value: count_label(q, language) for q in analyse_article(art(body, language))
            .quantities if is_count(q)}


@pytest.mark.parametrize(("body", "value", "name"), [
    ("The club said 14 youth players were on the pitch.", 14, "player"),
    ("Inspectors sent 21 water samples to the laboratory.", 21, "sample"),
    ("Some 33 election officials began the count on Monday.", 33, "official"),
    ("All 12 canteen staff were sent home.", 12, "staff"),
])
def test_an_english_open_compound_is_counted_by_its_head(body: str, value: int,
                                                         name: str) -> None:
    assert _labels(body, "en")[value] == name


def test_an_open_compound_head_pairs_with_the_bare_noun() -> None:
    a = art("The van carried five security guards to the depot on Monday.", "en")
    b = art("Five guards were in the van that reached the depot on Monday.", "en")
    assert ("guard", "agree", 5, 5) in paired(a, b)


@pytest.mark.parametrize(("a", "la", "b", "lb", "name"), [
    ("Im Einsatz waren 75 Sanitäter.", "de", "Some 75 paramedics were on duty.", "en",
     "paramedics"),
    ("Die Firma stellte 9 Notstromaggregate auf.", "de",
     "L'azienda ha installato 9 generatori.", "it", "generators"),
    ("Gisteren zijn 40 walvissen gestrand.", "nl", "I går strandede 40 hvaler.", "da",
     "whales"),
    ("La nave offriva una crociera di 12 notti.", "it", "El barco ofrecía un crucero de 12 "
     "noches.", "es", "nights"),
    ("Quinze randonneurs ont été secourus.", "fr",
     "Quindici escursionisti sono stati soccorsi.", "it", "hikers"),
    ("Au fost anulate 19 de licitații.", "ro", "Es wurden 19 Ausschreibungen annulliert.",
     "de", "tenders"),
    ("Alla 310 uttagsautomater slutade fungera.", "sv",
     "Alle 310 Geldautomaten fielen aus.", "de", "atms"),
])
def test_common_news_nouns_are_named_alike(a: str, la: str, b: str, lb: str,
                                           name: str) -> None:
    rows = paired(art(a, la), art(b, lb))
    assert any(r[0].startswith(name[:-1]) and r[1] == "agree" for r in rows), rows


@pytest.mark.parametrize(("a", "la", "b", "lb", "concept"), [
    ("Cerca de 120 operacionais combatem o incêndio.", "pt",
     "Unos 120 bomberos combaten el incendio.", "es", "firefighters"),
    ("Per la pulizia sono stati impiegati 25 mezzi.", "it",
     "Some 25 vehicles were used for the clean-up.", "en", "vehicles"),
    ("Dúnfar an mhonarcha agus caillfear 95 post.", "ga",
     "The factory will close and 95 jobs will be lost.", "en", "jobs"),
    ("Stormen skadade 35 villor i byn.", "sv", "The storm damaged 35 homes in the village.",
     "en", "homes"),
    ("După explozie, 55 de locatari au fost mutați.", "ro",
     "After the blast, 55 residents were moved out.", "en", "people"),
])
def test_news_words_count_the_concept(a: str, la: str, b: str, lb: str,
                                      concept: str) -> None:
    rows = paired(art(a, la), art(b, lb))
    assert any(r[0] == concept and r[1] == "agree" for r in rows), rows


def test_a_scandinavian_auxiliary_is_no_counted_noun() -> None:
    labels = _labels("I alt 700 lokomotivførere har nedlagt arbejdet.", "da")
    assert labels[700] == "drivers"
    labels = _labels("Omkring 70 lokförare har strejkat i dag.", "sv")
    assert labels[70] == "drivers"


@pytest.mark.parametrize(("body", "language", "value"), [
    ("Nach dem Brand wurden 17 Patienten in umliegende Kliniken gebracht.", "de", 17),
    ("Après la panne, 17 patients ont été transférés vers d'autres hôpitaux.", "fr", 17),
    ("Na de stroomstoring werden 17 patiënten naar andere ziekenhuizen gebracht.", "nl", 17),
    ("Tras el apagón, 17 pacientes fueron trasladados a otros hospitales.", "es", 17),
])
def test_patients_taken_to_other_hospitals_are_patients(body: str, language: str,
                                                       value: int) -> None:
    assert _labels(body, language)[value] == "patients"


def test_the_injured_taken_to_hospital_stay_hospitalised() -> None:
    facts = analyse_article(art("Nach dem Unfall kamen 17 Verletzte ins Krankenhaus.", "de"))
    assert [q.concept for q in facts.quantities if q.value == 17] == ["hospitalised"]


def test_a_german_compound_is_named_by_its_listed_head() -> None:
    a = art("Von den vier Dieselgeneratoren der Klinik fiel keiner aus.", "de")
    b = art("None of the clinic's four generators failed.", "en")
    assert any(r[0].startswith("generator") and r[2:] == (4, 4) for r in paired(a, b))


def test_a_short_head_names_no_compound() -> None:
    assert _labels("Sechs Streifenwagen standen vor dem Haus.", "de")[6] != "wagons"
