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
