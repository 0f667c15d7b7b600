"""A country named in the report's own language is that country, whichever languages the
two reports are in ("Гърция" / "Ελλάδα": Greece), and a Russian genitive of a country is
no namesake organisation; another language's name for a country is no country in a text
where it is a given name; inflected forms of a country in the text's own language are the
country too (invented sentences)."""

from __future__ import annotations

from tests.analysis.figure_helpers import bare_art, shared_row
from tui.analysis.facts import analyse


def _ids(text: str, language: str) -> dict[str, str]:
    return {e.text: e.id for e in analyse(text, language, None).entities}


def test_greece_in_bulgarian_meets_greece_in_greek() -> None:
    a = bare_art("Камион с плодове се преобърна край Смолян в сряда. Шофьорът пътувал към "
                 "Гърция, съобщи полицията.", "bg")
    b = bare_art("Φορτηγό με φρούτα ανατράπηκε κοντά στο Σμόλιαν την Τετάρτη. Ο οδηγός "
                 "ταξίδευε προς την Ελλάδα, ανέφερε η αστυνομία.", "el")
    assert shared_row(a, b, "Гърция", "Ελλάδα")


def test_a_russian_genitive_of_a_country_is_the_country() -> None:
    ids = _ids("Грузовик из Украины застрял на границе в четверг.", "ru")
    assert ids.get("Украины") == "cty:UA"


def test_a_latvian_country_name_is_a_czech_given_name() -> None:
    ids = _ids("Šárka Veselá řekla, že most zůstane zavřený. Šárka to potvrdila.", "cs")
    assert not any(i.startswith("cty:") for i in ids.values())
    assert _ids("Kuģis apstājās pie Sarka salas otrdien.", "lv").get("Sarka") == "cty:CQ"


def test_inflected_country_names_meet_through_the_country() -> None:
    # Russian instrumental and Serbian locative of "Hungary", in invented reports.
    a = bare_art("Паром сел на мель на Дунае в понедельник. Граница с Венгрией закрыта до "
                 "утра, сообщила полиция.", "ru")
    b = bare_art("Скела се насукала на Дунаву у понедељак. Прелаз према Мађарској затворен "
                 "је до јутра, саопштила је полиција.", "sr")
    assert shared_row(a, b, "Венгрией", "Мађарској")


def test_an_irish_country_name_without_its_article_is_the_country() -> None:
    assert _ids("Bhí an cruinniú san Eilvéis inné, a dúirt Seán Breathnach.",
                "ga").get("Eilvéis") == "cty:CH"


def test_a_given_name_is_no_inflected_country() -> None:
    ids = _ids("Marka Polak rekla je da će most biti zatvoren. Marka je to potvrdila.", "hr")
    assert not any(i.startswith("cty:") for i in ids.values())


def test_a_person_glued_to_a_country_in_the_genitive_is_two_names() -> None:
    # Latvian: "Ilze Bērziņa told Lithuania's radio": the genitive belongs to "radio".
    ids = _ids("Pārvaldes vadītāja Ilze Bērziņa Lietuvas radio stāstīja, ka tilts ir "
               "slēgts.", "lv")
    assert ids.get("Lietuvas") == "cty:LT"
    assert "Ilze Bērziņa" in ids

