"""Figures whose number is written in a form the language files did not read: teens and
hundreds glued into one word, personal and collective numerals, a number with a linking
ending or an article joined to it, one person counted by an article-like "one" in a state
clause, and a year-shaped count."""

from __future__ import annotations

from figure_helpers import art

from tui.analysis.facts import analyse_article


def _values(body: str, language: str) -> list[tuple[str, object]]:
    """(concept, value) of every figure the engine reads, named or not."""
    return [(q.concept, q.value) for q in analyse_article(art(body, language)).quantities]


def test_hungarian_glued_numbers_are_read_as_one_number() -> None:
    assert ("vehicles", 28) in _values("Huszonnyolc autó égett ki a parkolóban.", "hu")
    assert _values("Kétszázötven tűzoltó dolgozott egész éjjel.", "hu") == [
        ("firefighters", 250)]


def test_a_word_made_partly_of_number_words_is_no_number() -> None:
    assert _values("Hétfőn a polgármester látogatott a városba.", "hu") == []


def test_greek_teens_count_their_noun() -> None:
    assert [v for _, v in _values("Δεκαοχτώ επιβάτες τραυματίστηκαν ελαφρά.", "el")] == [18]


def test_maltese_teen_with_its_linking_ending_is_read() -> None:
    assert [v for _, v in _values("Ħmistax-il ħaddiem tilfu xogħolhom.", "mt")] == [15]


def test_maltese_article_joined_to_digits_is_no_code() -> None:
    assert [v for _, v in _values("Il-pulizija arrestat il-15-il ħaddiem.", "mt")] == [15]
    assert _values("L-ajruplan F-16 niżel fl-ajruport.", "mt") == []


def test_of_them_pronoun_is_the_people_a_state_predicate_counts() -> None:
    assert _values("Tnejn minnhom ttieħdu l-isptar.", "mt") == [("hospitalised", 2)]


def test_irish_personal_numeral_counts_people() -> None:
    assert _values("Gortaíodh ceathrar sa timpiste.", "ga") == [("injured", 4)]


def test_slavic_collective_numerals_are_numbers() -> None:
    assert _values("Вчера пострадали пятеро рабочих.", "ru") == [("injured", 5)]
    assert [v for _, v in _values("Uhićena su dvojica muškaraca.", "hr")] == [2]


def test_bulgarian_personal_ending_on_digits_is_part_of_the_number() -> None:
    assert _values("12-ма души бяха ранени при катастрофата.", "bg") == [("injured", 12)]


def test_one_person_in_a_state_clause_is_a_count_but_not_elsewhere() -> None:
    assert _values("Un bărbat a fost rănit grav.", "ro") == [("injured", 1)]
    assert _values("Ugunsgrēkā gāja bojā viena sieviete.", "lv") == [("killed", 1)]
    assert _values("O femeie a spus că nu a auzit nimic.", "ro") == []


def test_year_shaped_number_with_a_qualifier_and_a_noun_is_a_count() -> None:
    assert [v for _, v in _values("Przyjechało około 1950 ciągników.", "pl")] == [1950]
    assert _values("Około 1950 roku zbudowano most.", "pl") == []


def test_two_number_words_joined_by_a_hyphen_are_a_range() -> None:
    found = analyse_article(art("Négy-hat szarvas jelent meg az úton.", "hu")).quantities
    assert [(q.value, q.high) for q in found] == [(4, 6.0)]


def test_hungarian_accusative_number_is_read() -> None:
    assert [v for _, v in _values("A 9 raktárból hetet bezárnak jövőre.", "hu")] == [9, 7]


def test_two_durations_joined_by_a_comma_are_one_span() -> None:
    found = analyse_article(art("The closure lasted three hours, 15 minutes.", "en")).quantities
    assert [(q.value, q.unit) for q in found] == [(195, "min")]


def test_a_count_in_a_serious_condition_counts_injured_people() -> None:
    assert _values("Two were in critical condition last night.", "en") == [("injured", 2)]
    assert _values("Tri osobe su u teškom stanju.", "hr") == [("injured", 3)]


def test_irish_tens_are_read() -> None:
    assert [v for _, v in _values("Bhí seasca duine ann.", "ga")] == [60]


def test_a_glued_word_with_a_second_units_piece_is_no_number() -> None:
    from tui.analysis.lexicon import glued_number

    assert glued_number("haromszaztizenket", "hu") == 312
    assert glued_number("tizenketto" + "ket", "hu") is None


def test_others_after_a_number_are_the_people_its_predicate_counts() -> None:
    found = _values("Wieħed miet u ħamsa oħrajn ndarbu fl-inċident.", "mt")
    assert ("injured", 5) in found
    assert _values("Kaksi kuoli ja kolme muuta loukkaantui.", "fi")[-1] == ("injured", 3)


def test_men_and_women_are_counts_of_people_in_every_language() -> None:
    assert _values("Στο χωριό ήρθαν τρεις γυναίκες.", "el") == [("people", 3)]
    assert _values("La miting au venit 40 de femei.", "ro") == [("people", 40)]


def test_a_group_noun_of_so_many_people_is_a_number() -> None:
    assert [v for _, v in _values("Czwórka turystów zeszła ze szlaku.", "pl")] == [4]


def test_turkish_magnitude_with_a_copula_ending_is_read() -> None:
    assert _values("Sarsıntı 3,9 büyüklüğündeydi.", "tr") == [("magnitude", 3.9)]


def test_finnish_case_ending_after_a_colon_is_part_of_the_number() -> None:
    assert _values("Loukkaantuneiden määrä nousi iltaan mennessä 9:ään.", "fi")[0][1] == 9
    assert _values("Ottelu alkaa kello 18:30.", "fi") == []
