"""A country named in the report's own language is that country, whichever languages the
two reports are in ("Гърция" / "Ελλάδα": Greece), and a Russian genitive of a country is
no namesake organisation; another language's name for a country is no country in a text
where it is a given name (invented sentences)."""

from __future__ import annotations

from tests.analysis.figure_helpers import entity_rows
from tui.analysis.facts import analyse
from tui.models import Article


def _ids(text: str, language: str) -> dict[str, str]:
    return {e.text: e.id for e in analyse(text, language, None).entities}


def test_greece_in_bulgarian_meets_greece_in_greek() -> None:
    a = Article(title="t", language="bg", body=(
        "Камион с плодове се преобърна край Смолян в сряда. Шофьорът пътувал към "
        "Гърция, съобщи полицията."))
    b = Article(title="t", language="el", body=(
        "Φορτηγό με φρούτα ανατράπηκε κοντά στο Σμόλιαν την Τετάρτη. Ο οδηγός ταξίδευε "
        "προς την Ελλάδα, ανέφερε η αστυνομία."))
    assert any("Гърция" in x and "Ελλάδα" in y for x, y in entity_rows(a, b))


def test_a_russian_genitive_of_a_country_is_the_country() -> None:
    ids = _ids("Грузовик из Украины застрял на границе в четверг.", "ru")
    assert ids.get("Украины") == "cty:UA"


def test_a_latvian_country_name_is_a_czech_given_name() -> None:
    ids = _ids("Šárka Veselá řekla, že most zůstane zavřený. Šárka to potvrdila.", "cs")
    assert not any(i.startswith("cty:") for i in ids.values())
    assert _ids("Kuģis apstājās pie Sarka salas otrdien.", "lv").get("Sarka") == "cty:CQ"
