"""Counts whose noun is not right after the number (issue 10): the subject of a copula or
a verb of change ("the cases are 27", "die Zahl der Fälle stieg auf 30"), the count
before an "of which" that a part inherits ("40 cases, of which 12 ..."), the noun after a
copula ("300,000 are subscribers") and a whole opened by "out of" ("Z celkového počtu
80 autobusov ... 12")."""

from __future__ import annotations

import pytest
from figure_helpers import art, paired

from tui.analysis.facts import analyse
from tui.analysis.figures import count_label, is_count


def _counts(body: str, language: str) -> dict[object, tuple[str, bool]]:
    """value -> (what the figure counts, as a compared row names it; is it a part)."""
    return {q.value: (count_label(q, language) if is_count(q) else q.concept, q.partitive)
            for q in analyse(body, language, None).quantities}


@pytest.mark.parametrize(("body", "language"), [
    ("Secondo l'azienda sanitaria, i casi registrati in provincia sono 14.", "it"),
    ("Laut der Behörde: Die Zahl der Fälle stieg auf 14.", "de"),
    ("According to the agency, the number of confirmed cases rose to 14.", "en"),
    ("Según la consejería, los casos confirmados son 14.", "es"),
    ("Podle hygieniků počet případů stoupl na 14.", "cs"),
    ("Nach Angaben der Behörde stieg die Zahl der Fälle auf 14.", "de"),
    ("Selon l'agence régionale, le nombre de cas est passé à 14.", "fr"),
    ("Ο αριθμός των κρουσμάτων ανήλθε σε 14.", "el"),
    ("Saslimšanas gadījumu skaits ir 14.", "lv"),
    ("Viranomaisten mukaan tapausten määrä on 14.", "fi"),
])
def test_a_number_after_its_subjects_verb_counts_the_subject(body: str, language: str) -> None:
    assert _counts(body, language)[14] == ("cases", False)


def test_subject_counts_of_two_reports_are_compared() -> None:
    a = art("Secondo l'azienda sanitaria, i casi registrati in provincia sono 14.", "it")
    b = art("Laut der Behörde: Die Zahl der Fälle stieg auf 17.", "de")
    assert ("cases", "conflict", 14, 17) in paired(a, b)


@pytest.mark.parametrize(("body", "language", "whole", "part", "name"), [
    ("Il focolaio conta ormai 40 casi, di cui 12 in forma grave.", "it", 40, 12, "cases"),
    ("A empresa tem 2 milhões de clientes, dos quais cerca de 50 mil em França.", "pt",
     2_000_000, 50_000, "customers"),
    ("La empresa tiene 2 millones de clientes, más de 50.000 de ellos en Francia.", "es",
     2_000_000, 50_000, "customers"),
])
def test_an_of_which_part_counts_the_noun_of_the_count_before(
        body: str, language: str, whole: int, part: int, name: str) -> None:
    found = _counts(body, language)
    assert found[whole] == (name, False)
    assert found[part] == (name, True)  # a part of it, never compared with the whole


def test_a_part_with_a_noun_of_its_own_keeps_it() -> None:
    found = _counts("There were 30 people on the boat, among them 12 young swimmers.", "en")
    assert found[12][0] == "swimmer"


def test_a_number_before_a_copula_counts_the_noun_after_it() -> None:
    body = "Dintre cei afectați, 300.000 sunt abonați ai companiei."
    assert _counts(body, "ro")[300_000] == ("subscribers", False)


@pytest.mark.parametrize(("body", "language"), [
    ("Z celkového počtu 80 autobusov zostalo odstavených 12.", "sk"),
    ("A megye 80 iskolájából 12-ben elmaradt a tanítás.", "hu"),
])
def test_a_part_out_of_a_whole_counts_the_whole_noun(body: str, language: str) -> None:
    found = _counts(body, language)
    assert found[12] == (found[80][0], True)
    assert found[80][0] != "other"


@pytest.mark.parametrize(("body", "language"), [
    ("Hygienici evidují 40 případů, z toho 12 v Brně.", "cs"),
    ("Sanepid odnotował 40 przypadków, w tym 12 w Krakowie.", "pl"),
    ("Врачи зафиксировали 40 случаев, в том числе 12 в Москве.", "ru"),
    ("De GGD telt 40 gevallen, waarvan 12 in Utrecht.", "nl"),
    ("Doctors have confirmed 40 cases, of which 12 in Leeds.", "en"),
])
def test_a_one_word_or_two_word_of_which_makes_a_part(body: str, language: str) -> None:
    found = _counts(body, language)
    assert found[12] == (found[40][0], True)
    assert found[40][0] == "cases"


@pytest.mark.parametrize(("body", "language", "name"), [
    ("Two of the tracks reopened before noon.", "en", "track"),
    ("Två av spåren öppnades före lunch.", "sv", "tracks"),
])
def test_a_part_named_after_of_the_counts_that_noun(body: str, language: str, name: str) -> None:
    assert _counts(body, language)[2] == (name, False)


@pytest.mark.parametrize(("body", "language", "name"), [
    ("Die Stadt hat die Zahl der Notunterkünfte auf 20 erhöht.", "de", "shelters"),
    ("Письменных жалоб к вечеру набралось более 20.", "ru", "complaints"),
])
def test_a_count_whose_verb_follows_or_collects_counts_the_subject(
        body: str, language: str, name: str) -> None:
    assert _counts(body, language)[20] == (name, False)
