"""A paired place that both reports write with a noun of its kind, the two nouns
translations of each other, is shown with that noun on both sides ("détroit de
Messine" / "Straße von Messina", "Ludvikas sjukhus" / "Krankenhaus von Ludvika"); two
nouns of two kinds, a person's name or one language on both sides never are
(invented sentences)."""

from __future__ import annotations

from tests.analysis.figure_helpers import entity_rows, shared_row
from tui.models import Article


def _art(body: str, language: str) -> Article:
    return Article(title="t", body=body, language=language)


def _shown(a: Article, b: Article, name: str) -> bool:
    return any(name in (na[0], nb[0]) for na, nb in entity_rows(a, b))


def test_a_strait_is_shown_with_its_noun_in_both_languages() -> None:
    a = _art("Un cargo a perdu son gouvernail mardi dans le détroit de Messine. Le navire "
             "a été remorqué vers Reggio.", "fr")
    b = _art("Ein Frachter verlor am Dienstag in der Straße von Messina sein Ruder. Das "
             "Schiff wurde nach Reggio geschleppt.", "de")
    assert shared_row(a, b, "détroit de Messine", "Straße von Messina")


def test_a_hospital_named_by_its_town_in_two_languages() -> None:
    a = _art("Efter olyckan på riksväg 50 fördes fyra skadade till Ludvikas sjukhus. "
             "Vägen var avstängd i tre timmar.", "sv")
    b = _art("Nach dem Unfall auf der Reichsstraße 50 wurden vier Verletzte ins "
             "Krankenhaus von Ludvika gebracht. Die Straße war drei Stunden gesperrt.", "de")
    assert shared_row(a, b, "Ludvikas sjukhus", "Krankenhaus von Ludvika")
    assert shared_row(a, b, "Ludvikas", "Ludvika")  # the town as the texts write it stays


def test_the_police_of_a_town_is_not_its_hospital() -> None:
    a = _art("Olyckan skedde på tisdagen strax norr om Ludvika. Fyra skadade fördes till "
             "Ludvikas sjukhus.", "sv")
    b = _art("Der Unfall geschah am Dienstag nördlich von Ludvika. Die Polizei von Ludvika "
             "sucht Zeugen.", "de")
    assert shared_row(a, b, "Ludvikas", "Ludvika")
    assert not _shown(a, b, "Ludvikas sjukhus")


def test_a_noun_before_a_persons_name_is_no_kind_of_place() -> None:
    a = _art("Prema riječima Marka Babića, most je zatvoren do petka. Promet ide "
             "obilaznicom.", "hr")
    b = _art("Po besedah Marka Babića je most zaprt do petka. Promet poteka po "
             "obvoznici.", "sl")
    assert not any(na[0].startswith("riječima") for na, _ in entity_rows(a, b))


def test_an_airport_named_after_a_person_meets_its_translation() -> None:
    a = _art("A Petőfi Sándor-repülőtér kedden két órára leállt egy áramszünet miatt. "
             "Tizenkét járat késett.", "hu")
    b = _art("Petőfi Sándor International Airport was shut for two hours on Tuesday after "
             "a power cut. Twelve flights were delayed.", "en")
    assert shared_row(a, b, "Petőfi Sándor-repülőtér", "Petőfi Sándor International Airport")


def test_an_airport_is_not_the_airport_police_nor_a_university() -> None:
    a = _art("A Petőfi Sándor-repülőtér kedden két órára leállt egy áramszünet miatt. "
             "Tizenkét járat késett.", "hu")
    b = _art("The Petőfi Sándor Airport Police closed a terminal for two hours on Tuesday. "
             "Twelve flights were delayed.", "en")
    assert not shared_row(a, b, "Petőfi Sándor-repülőtér", "Petőfi Sándor Airport Police")
    b = _art("The Petőfi Sándor University closed its halls for two hours on Tuesday. "
             "Twelve lectures were delayed.", "en")
    assert not shared_row(a, b, "Petőfi Sándor-repülőtér", "Petőfi Sándor University")
