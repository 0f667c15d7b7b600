"""What a count is named by in the Germanic and Romance reports (issue 10): the word
before the noun that only says whose it is, and the noun of the figure itself rather than
a word of another phrase around it."""

from __future__ import annotations

import pytest
from figure_helpers import art, paired

from tui.analysis.facts import analyse
from tui.analysis.figures import count_label, is_count


def _counts(body: str, language: str) -> dict[object, str]:
    """value -> what each figure of the report counts, as a compared row would name it."""
    return {q.value: count_label(q, language) if is_count(q) else q.concept
            for q in analyse(body, language, None).quantities}


@pytest.mark.parametrize(("body", "language"), [
    ("Efter uvejret blev 17 tyske kirker lukket.", "da"),
    ("Efter ovädret stängdes 17 tyska kyrkor.", "sv"),
    ("Na het noodweer werden 17 Duitse kerken gesloten.", "nl"),
])
def test_a_nationality_before_a_noun_only_says_whose_it_is(body: str, language: str) -> None:
    assert _counts(body, language)[17] == "churches"  # not "germans"


def test_nationality_qualified_counts_pair_across_reports() -> None:
    a = art("Myndighederne advarer mod badning ved 19 svenske strande i weekenden.", "da")
    b = art("Officials advise against swimming at 19 Swedish beaches this weekend.", "en")
    assert ("beach", "agree", 19, 19) in paired(a, b)  # not "swedes" 19 beside "other" 19


def test_a_nationality_alone_still_counts_its_people() -> None:
    assert _counts("Ombord på färjan fanns 31 danskar.", "sv")[31] == "danes"


@pytest.mark.parametrize(("body", "language", "group"), [
    ("Tras el brote, la tripulación desinfectó 95 camarotes en una noche.", "es", "crew"),
    ("Na operação, a polícia apreendeu 40 computadores e duas viaturas.", "pt", "police"),
])
def test_a_group_before_a_number_with_a_noun_of_things_is_who_acted(
        body: str, language: str, group: str) -> None:
    assert _counts(body, language)[95 if language == "es" else 40] != group


def test_things_a_group_acted_on_pair_by_their_own_noun() -> None:
    a = art("Dopo il focolaio l'equipaggio ha disinfettato 95 cabine della nave.", "it")
    b = art("Nach dem Ausbruch desinfizierte die Besatzung 95 Kabinen des Schiffs.", "de")
    assert ("cabins", "agree", 95, 95) in paired(a, b)


@pytest.mark.parametrize(("body", "language", "value", "name"), [
    ("Vid stationen fick omkring 4 000 resenärer söka andra vägar.", "sv", 4000, "roads"),
    ("La epidemia suma 31 casos registrados en tres países.", "es", 31, "countries"),
    ("Il focolaio conta 31 casi segnalati in tre paesi.", "it", 31, "countries"),
])
def test_a_concept_word_in_another_phrase_does_not_name_the_noun(
        body: str, language: str, value: int, name: str) -> None:
    assert _counts(body, language)[value] != name


def test_cases_counted_in_two_reports_pair_as_cases() -> None:
    a = art("La epidemia suma 31 casos registrados en tres países.", "es")
    b = art("The outbreak has reached 31 cases recorded in three countries.", "en")
    assert ("cases", "agree", 31, 31) in paired(a, b)  # not "countries" 31


@pytest.mark.parametrize(("body", "language", "value", "name"), [
    ("En el incendio trabajaron 12 dotaciones de bomberos.", "es", 12, "firefighters"),
    ("Nel crollo sono rimasti feriti 9 operai.", "it", 9, "injured"),
])
def test_a_noun_and_its_complement_or_state_still_name_it(
        body: str, language: str, value: int, name: str) -> None:
    assert _counts(body, language)[value] == name


def test_a_number_hyphenated_to_a_noun_counts_that_noun() -> None:
    a = art("A fire broke out in an 8-storey office block on the seafront.", "en")
    b = art("Un incendio è scoppiato in un palazzo di 8 piani sul lungomare.", "it")
    assert _counts("A fire broke out in an 8-storey office block.", "en")[8] == "storey"
    assert any((va, vb) == (8, 8) for _, _, va, vb in paired(a, b))
