"""Entity pairs of classes, tried on invented sentences: a phrase two related languages
write with cognate words, a town listed under a name its inflected form also has, German
spellings of umlauts, a longer name against the one word that names the place, a river
or a known city inflected or in another language, and a sentence-initial inflected town."""

from __future__ import annotations

import pytest
from figure_helpers import agree_rows, art, names_paired

from tui.analysis.inflection import cognates
from tui.analysis.place_names import place_ids, place_readings


def _rows(a: str, la: str, b: str, lb: str) -> list[tuple[list[str], list[str]]]:
    return agree_rows(art(a, la), art(b, lb))


def test_a_phrase_of_cognate_words_in_russian_and_ukrainian_is_one_name() -> None:
    rows = _rows(
        "Вчера в Тамбовском историческом музее открыли выставку. Пришли триста человек.",
        "ru",
        "Учора в Тамбовському історичному музеї відкрили виставку. Прийшли триста людей.",
        "uk")
    assert any(any("музее" in x for x in xs) and any("музеї" in y for y in ys)
               for xs, ys in rows), rows


@pytest.mark.parametrize(("a", "b"), [
    ("драматическом", "драматичному"), ("историческом", "історичному"),
    ("národného", "národního")])
def test_cognates_share_a_long_stem(a: str, b: str) -> None:
    assert cognates(a, b)


@pytest.mark.parametrize(("a", "b"), [("Nowak", "Nowicki"), ("городе", "граде"),
                                      ("Kovačič", "Kovačević")])
def test_words_sharing_a_short_start_are_no_cognates(a: str, b: str) -> None:
    assert not cognates(a, b)


def test_a_listed_name_is_also_read_as_an_inflected_form() -> None:
    written = place_ids("Šali", "sk")
    assert place_ids("Vágsellye", "hu") & place_readings("Šali", "sk") - written


def test_a_slovak_locative_meets_the_hungarian_name_of_the_town() -> None:
    rows = _rows("Vo štvrtok v Šali zatvorili dve školy pre únik plynu.", "sk",
                 "Két iskolát bezártak csütörtökön Vágsellyén gázszivárgás miatt.", "hu")
    assert names_paired(rows, "Šali", "Vágsellyén"), rows


def test_an_umlaut_spelt_out_finds_the_listed_town() -> None:
    assert place_ids("Lövéte", "hu") & place_ids("Lueta", "ro")


def test_a_town_after_an_adjective_is_shown_as_the_town() -> None:
    rows = _rows("De brandweer uit het Duitse Kleve hielp twee dagen mee.", "nl",
                 "Die Feuerwehr aus Kleve half zwei Tage lang mit.", "de")
    assert names_paired(rows, "Kleve", "Kleve"), rows


def test_a_street_name_meets_the_name_without_its_generic_word() -> None:
    rows = _rows("Το λεωφορείο σταμάτησε στην Κηφισίας για μία ώρα.", "el",
                 "The bus stopped on Kifisias Avenue for an hour.", "en")
    assert names_paired(rows, "Κηφισίας", "Kifisias"), rows


def test_a_polish_locative_of_a_river_meets_its_german_name() -> None:
    rows = _rows("Wczoraj strażacy wyłowili z Wisły dwa samochody.", "pl",
                 "Gestern holte die Feuerwehr zwei Autos aus der Weichsel bei Thorn.", "de")
    assert names_paired(rows, "Wisły", "Weichsel"), rows


def test_a_hungarian_inessive_meets_the_german_name_of_a_known_city() -> None:
    rows = _rows("A konferenciát kedden Bécsben tartották.", "hu",
                 "Die Konferenz fand am Dienstag in Wien statt.", "de")
    assert names_paired(rows, "Bécsben", "Wien"), rows


def test_an_estonian_case_on_a_foreign_city_with_its_linking_vowel() -> None:
    rows = _rows("Rong jõudis Göteborgist hilinemisega.", "et",
                 "Tåget från Göteborg kom för sent.", "sv")
    assert names_paired(rows, "Göteborgist", "Göteborg"), rows


def test_a_sentence_initial_inflected_town_meets_its_other_name() -> None:
    rows = _rows("Eile jäi rong seisma. Riias ootasid reisijad kolm tundi.", "et",
                 "Tåget stannade i går. I Riga väntade resenärerna i tre timmar.", "sv")
    assert names_paired(rows, "Riias", "Riga"), rows


def test_two_towns_sharing_a_first_syllable_stay_apart() -> None:
    rows = _rows("Tulipalo syttyi Salossa maanantaina.", "fi",
                 "Branden bröt ut i Sala på måndagen.", "sv")
    assert not names_paired(rows, "Salossa", "Sala"), rows


def test_a_lithuanian_district_meets_the_russian_adjective_of_its_town() -> None:
    rows = _rows("Miškas degė Utenos rajone visą naktį.", "lt",
                 "Лес горел в Утенском районе всю ночь.", "ru")
    assert names_paired(rows, "Utenos rajone", "Утенском районе"), rows


def test_an_adjective_made_of_a_place_loses_its_ending() -> None:
    from tui.analysis.name_match import adjective_base

    assert adjective_base("Вильнюсском", "ru") == "Вильнюс"
    assert adjective_base("Plzeňského", "cs") == "Plzeň"
    assert adjective_base("Novák", "cs") is None


def test_a_compound_opening_with_a_river_is_shown_as_the_river() -> None:
    rows = _rows("Spacerowicze znaleźli nad Odrą martwe ryby.", "pl",
                 "Spaziergänger fanden tote Fische. Am Oderufer lagen sie dicht.", "de")
    assert names_paired(rows, "Odrą", "Oder"), rows


def test_a_swedish_compound_opening_with_a_strait() -> None:
    rows = _rows("Algerne bredte sig i Øresund i weekenden.", "da",
                 "Algerna spreds längs Öresundskusten under helgen.", "sv")
    assert names_paired(rows, "Øresund", "Öresund"), rows


def test_a_woman_and_a_man_sharing_a_surname_stem_stay_apart() -> None:
    rows = _rows("Starostka Jana Horská otvorila most.", "sk",
                 "Starosta Jan Horský otevřel most.", "cs")
    assert not names_paired(rows, "Jana Horská", "Jan Horský"), rows


def test_a_ukrainian_genitive_university_meets_the_polish_word_order() -> None:
    rows = _rows("У вівторок викладачі Одеського університету вийшли на протест.", "uk",
                 "We wtorek wykładowcy Uniwersytetu Odeskiego wyszli na protest.", "pl")
    assert names_paired(rows, "Одеського університету", "Uniwersytetu Odeskiego"), rows


def test_an_estonian_genitive_in_e_is_a_form_of_the_surname() -> None:
    from tui.analysis.inflection import same_word

    assert same_word("Saare", "Saar", "et", "et")
