"""Counts that were never read or were paired wrongly (issue 10): inflected number words,
local number formats, groups of different places, seats and votes. Invented texts, in
languages other than the dev pairs the classes were found in."""

from __future__ import annotations

from figure_helpers import art, figures, paired


def _values(body: str, language: str) -> set[object]:
    return {value for _, value, _ in figures(body, language)}


def test_inflected_number_words_are_read_by_their_lemma() -> None:
    # genitive / locative forms the [numbers] tables do not list
    assert 12 in _values("W poszukiwaniach przez całą noc brało udział dwunastu ratowników.", "pl")
    assert 12 in _values("Поиски всю ночь вели силами двенадцати спасателей.", "ru")
    assert 5 in _values("Pelastajat löysivät viiden retkeilijän ryhmän yöllä.", "fi")


def test_an_inflected_number_word_pairs_with_digits() -> None:
    a = art("Lekarze w szpitalu opatrzyli dwunastu rannych.", "pl")
    b = art("Die Ärzte im Krankenhaus versorgten 12 Verletzte.", "de")
    assert ("injured", "agree", 12, 12) in paired(a, b)


def test_an_ordinal_is_not_read_as_a_number_by_its_lemma() -> None:
    # Swedish "femte" (fifth) lemmatises to "fem"; Romanian "al patrulea" (the fourth)
    assert 5 not in _values("Det var den femte stormen i år.", "sv")
    assert 4 not in _values("Este al patrulea incendiu din această vară.", "ro")


def test_a_range_of_ages_is_no_count() -> None:
    # "from 19 to 23 years": both numbers are ages, though only the second has the word
    a = art("Grupa 14 studentów w wieku od 19 do 23 lat zgubiła się we mgle.", "pl")
    b = art("Eine Gruppe von 12 Studenten im Alter von 19 bis 23 Jahren verirrte sich.", "de")
    assert 19 not in _values(a.body, "pl")
    assert not [r for r in paired(a, b) if r[1] == "conflict" and 19 in r[2:]]


def test_a_part_of_a_counted_group_taken_to_hospital_is_a_count_of_the_hospitalised() -> None:
    a = art("Die Bergwacht fand 14 Schüler im Nebel. Drei Schüler kamen ins Krankenhaus.", "de")
    b = art("I soccorritori hanno trovato 14 studenti. Cinque studenti sono stati ricoverati.",
            "it")
    rows = paired(a, b)
    assert ("hospitalised", "conflict", 3, 5) in rows
    assert ("students", "agree", 14, 14) in rows


def test_a_group_taken_to_hospital_without_a_total_stays_that_group() -> None:
    a = art("Zwei Feuerwehrleute kamen mit Verbrennungen ins Krankenhaus.", "de")
    assert figures(a.body, "de")[0][0] == "firefighters"


def _first(body: str, language: str) -> dict[str, object]:
    from tui.analysis.facts import extract_facts

    return next(f for f in extract_facts(art(body, language)) if f["kind"] == "quantity")


def test_approximate_collective_numerals_are_about_that_many() -> None:
    # hr "desetak" (about ten), nl "een tiental", ru "два десятка" (two tens)
    for body, language, value in (
            ("Na mjesto je stiglo desetak vatrogasaca.", "hr", 10),
            ("Er waren een tiental brandweerlieden ter plaatse.", "nl", 10),
            ("На место прибыли около двух десятков пожарных.", "ru", 20),
            ("Paikalle tuli kymmenkunta palomiestä.", "fi", 10)):
        fact = _first(body, language)
        assert (fact["value"], fact["qualifier"]) == (value, "approx"), body


def test_a_good_twenty_agrees_with_twenty_three() -> None:
    # "drygt 20" (sv), "dobrých 20" (cs): more than twenty, so 23 can be true of it
    a = art("Under natten skickades drygt 20 brandmän till hamnen.", "sv")
    b = art("V noci bylo do přístavu vysláno 23 hasičů.", "cs")
    assert ("firefighters", "agree", 20, 23) in paired(a, b)


def test_a_number_continued_after_its_scale_word() -> None:
    # Turkish writes 28 416 as "28 bin 416"; Portuguese "3 mil 200"
    assert 28416 in _values("Aday 28 bin 416 oy aldı.", "tr")
    assert 3200 in _values("Foram retiradas 3 mil 200 pessoas.", "pt")


def test_a_qualifier_written_after_the_number() -> None:
    # Turkish postpositions: "300'ü aşkın" (over 300), "1.200'e yakın" (close to 1,200)
    assert _first("Bölgede 300'ü aşkın polis görev yaptı.", "tr")["qualifier"] == "more_than"
    assert _first("Kentte 1.200'e yakın polis vardı.", "tr")["qualifier"] == "approx"
