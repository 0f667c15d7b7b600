"""A body's name in two related languages is one body when its words are, word by word,
cognates ("Inspección Judicial" / "Inspeção Judiciária"), while two bodies of one kind, or a
man and a woman of one family, stay apart (invented sentences)."""

from __future__ import annotations

from tests.analysis.figure_helpers import entity_rows
from tui.analysis.cognate_names import cognate_names
from tui.models import Article


def test_a_spanish_and_a_portuguese_body_meet_word_by_word() -> None:
    a = Article(title="t", language="es", body=(
        "Un barco pesquero se hundió el martes frente a Vigo. La Inspección Judicial "
        "rescató a los seis tripulantes, informó la Inspección Judicial en un comunicado."))
    b = Article(title="t", language="pt", body=(
        "Um barco de pesca afundou na terça-feira ao largo de Vigo. A Inspeção Judiciária "
        "resgatou os seis tripulantes, informou a Inspeção Judiciária em comunicado."))
    assert any("Inspección Judicial" in x and "Inspeção Judiciária" in y
               for x, y in entity_rows(a, b))


def test_cognate_words_with_other_linking_words() -> None:
    assert cognate_names("Agencia de Aguas Subterráneas", "Agência das Águas Subterrâneas",
                         "es", "pt")
    assert cognate_names("Ministerstvo zemědělství", "Ministerstvo zemědelstva", "cs", "sk")


def test_two_ministries_of_one_country_do_not_meet() -> None:
    assert not cognate_names("Ministerio de Sanidad", "Ministério da Educação", "es", "pt")
    assert not cognate_names("Ministerstvo zemědělství", "Ministerstvo vnitra", "cs", "sk")


def test_a_man_and_a_woman_of_one_family_do_not_meet() -> None:
    assert not cognate_names("Jan Wiśniewski", "Jana Wiśniewska", "pl", "cs")
    assert not cognate_names("Marko", "Marka", "hr", "sr")  # one word is no body
