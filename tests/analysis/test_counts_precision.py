"""Counts that were never read or were paired wrongly (issue 10): inflected number words,
local number formats, groups of different places, seats and votes. Invented texts, in
languages other than the dev pairs the classes were found in."""

from __future__ import annotations

from figure_helpers import art, figures, paired


def _values(body: str, language: str) -> set[object]:
    return {value for _, value, _ in figures(body, language)}


def test_inflected_number_words_are_read_by_their_lemma() -> None:
    # genitive / locative forms the [numbers] tables do not list
    assert 12 in _values("Ratownicy szukali dwunastu turystów przez całą noc.", "pl")
    assert 12 in _values("Спасатели искали двенадцати туристов всю ночь.", "ru")
    assert 5 in _values("Pelastajat löysivät viiden retkeilijän ryhmän yöllä.", "fi")


def test_an_inflected_number_word_pairs_with_digits() -> None:
    a = art("Lekarze w szpitalu opatrzyli dwunastu rannych.", "pl")
    b = art("Die Ärzte im Krankenhaus versorgten 12 Verletzte.", "de")
    assert ("injured", "agree", 12, 12) in paired(a, b)


def test_an_ordinal_is_not_read_as_a_number_by_its_lemma() -> None:
    # Swedish "femte" (fifth) lemmatises to "fem"; Romanian "al patrulea" (the fourth)
    assert 5 not in _values("Det var den femte stormen i år.", "sv")
    assert 4 not in _values("Este al patrulea incendiu din această vară.", "ro")
