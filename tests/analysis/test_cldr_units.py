"""Unit and currency words from CLDR (tui/data/cldr_units.json, built by
tools/build_cldr_units.py): every plural form of a currency's name and of a unit's name,
in languages whose file does not list them."""

from __future__ import annotations

from figure_helpers import art, figures, paired


def test_an_adjective_and_currency_in_any_plural_form_is_money() -> None:
    for text, language in (("Klub zaplatil pokutu 40 000 švýcarských franků.", "cs"),
                           ("Klub zapłacił karę 40 000 franków szwajcarskich.", "pl"),
                           ("Клуб заплатил штраф 40 000 швейцарских франков.", "ru")):
        assert ("money", 40_000, "CHF") in figures(text, language), language


def test_a_foreign_currency_named_in_the_reports_language_meets_its_code() -> None:
    a = art("Уряд виділив 3 мільйони чеських крон на відбудову.", "uk")
    b = art("Vláda uvoľnila 3 milióny českých korún.", "sk")
    assert ("money", 3_000_000, "CZK") in figures(a.body, "uk")
    assert ("money", "agree", 3_000_000, 3_000_000) in paired(a, b)


def test_a_currency_phrase_does_not_swallow_an_ordinary_noun() -> None:
    found = figures("Przyjechało 40 szwajcarskich strażaków.", "pl")
    assert not [f for f in found if f[0] == "money"]


def test_a_unit_stem_shared_by_all_cldr_forms_takes_a_case_ending() -> None:
    a = art("Ugunsgrēks iznīcināja 40 kvadrātkilometrus meža.", "lv")
    b = art("Požiar zničil 40 kilometrov štvorcových lesa.", "sk")
    assert ("area", 40, "km2") in figures(a.body, "lv")
    assert ("area", "agree", 40, 40) in paired(a, b)


def test_a_currency_with_a_case_ending_in_an_agglutinative_language() -> None:
    hu = art("A felújítás 3 millió frankba került a városnak.", "hu")
    et = art("Remont läks maksma 3 miljonit franki ja kahju ulatub 8 miljoni euroni.", "et")
    pl = art("Remont kosztował 3 miliony franków szwajcarskich, straty sięgają 8 mln euro.", "pl")
    assert ("money", 3_000_000, "CHF") in figures(hu.body, "hu")
    assert ("money", 8_000_000, "EUR") in figures(et.body, "et")
    assert ("money", "agree", 3_000_000, 3_000_000) in paired(hu, pl)


def test_a_case_ending_needs_a_whole_currency_word_before_it() -> None:
    found = figures("A csapat 7 európai országban és 12 eurózónás városban játszott.", "hu")
    assert not [f for f in found if f[0] == "money"]


def test_a_linker_between_number_and_currency() -> None:
    a = art("Amenda a fost de 25.000 de lei, iar paguba de 40 de dolari.", "ro")
    b = art("Pokuta činila 25 000 lei.", "cs")
    assert ("money", 25_000, "RON") in figures(a.body, "ro")
    assert ("money", 40, "USD") in figures(a.body, "ro")
    assert ("money", "agree", 25_000, 25_000) in paired(a, b)
