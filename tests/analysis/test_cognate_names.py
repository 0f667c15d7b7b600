"""A body's name in two related languages is one body when its words are, word by word,
cognates ("Inspección Judicial" / "Inspeção Judiciária") or a proper name with its noun
translated ("Karaçamlı Belediyesi" / "Karaçamlı Municipality"), while two bodies of one
kind, or a man and a woman of one family, stay apart (invented sentences)."""

from __future__ import annotations

from tests.analysis.figure_helpers import entity_rows
from tui.analysis.cognate_names import cognate_names, shared_heads
from tui.analysis.entities import Entity
from tui.analysis.mentions import Mention
from tui.analysis.name_match import _generic
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


def test_a_proper_name_with_its_noun_translated() -> None:
    assert cognate_names("Karaçamlı Belediyesi", "Karaçamlı Municipality", "tr", "en")
    assert not cognate_names("Karaçamlı Belediyesi", "Karaçamlı Castle", "tr", "en")


def _entity(text: str, name: str) -> Entity:
    at = text.index(name)
    ent = Entity(f"ph:{name}", "place", name)
    ent.mentions.append(Mention(name, at, at + len(name), 0, False, False))
    return ent


def test_the_generic_noun_both_texts_write_before_a_name_is_shown() -> None:
    # Both reports wrote "Region" before the name, and both read it as a common word.
    ta = "Region Vestkysten har sendt to ambulancer."
    tb = "Die Region Westküste schickte zwei Krankenwagen."
    x, y = shared_heads(_entity(ta, "Vestkysten"), _entity(tb, "Westküste"),
                        (ta, "da"), (tb, "de"), _generic)
    assert (x.text, y.text) == ("Region Vestkysten", "Region Westküste")


def test_a_noun_before_only_one_name_is_left_alone() -> None:
    ta = "Region Vestkysten har sendt to ambulancer."
    tb = "Die Feuerwehr Westküste schickte zwei Krankenwagen."
    x, y = shared_heads(_entity(ta, "Vestkysten"), _entity(tb, "Westküste"),
                        (ta, "da"), (tb, "de"), _generic)
    assert (x.text, y.text) == ("Vestkysten", "Westküste")
