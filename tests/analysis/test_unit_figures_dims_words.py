"""Unit and currency words in their inflected forms (issue 10): a Bulgarian "N-метров"
adjective, Turkish currency words in a case, Polish names of the hryvnia and the rouble."""

from __future__ import annotations

from figure_helpers import art, figures, paired


def test_a_bulgarian_metre_adjective_is_a_distance() -> None:
    a = art("Спасителите спуснаха 40-метровия кран до брега.", "bg")
    b = art("Οι διασώστες κατέβασαν τον γερανό των 40 μέτρων στην ακτή.", "el")
    assert ("distance", 40, "m") in figures(a.body, "bg")
    assert ("distance", "agree", 40, 40) in paired(a, b)


def test_turkish_currency_words_in_a_case() -> None:
    found = figures("Belediye zararın 12 milyon lirayı aştığını, onarımın 3 milyon avroya "
                    "mal olacağını açıkladı.", "tr")
    assert ("money", 12_000_000, "TRY") in found
    assert ("money", 3_000_000, "EUR") in found


def test_polish_names_of_the_hryvnia_and_the_rouble() -> None:
    a = art("Według władz obwodu straty sięgają 40 mln hrywien.", "pl")
    b = art("За даними обласної влади, збитки сягають 40 млн гривень.", "uk")
    assert ("money", 40_000_000, "UAH") in figures(a.body, "pl")
    assert ("money", "agree", 40_000_000, 40_000_000) in paired(a, b)
    assert ("money", 7_000_000, "RUB") in figures("Firma zapłaciła 7 mln rubli kary.", "pl")


def test_a_scale_word_hyphenated_onto_the_number() -> None:
    a = art("Mesto bude vymáhať zmluvnú pokutu najmenej 300-tisíc eur.", "sk")
    b = art("A város legalább 300 ezer eurós kötbért követel.", "hu")
    assert ("money", 300_000, "EUR") in figures(a.body, "sk")
    assert ("money", "agree", 300_000, 300_000) in paired(a, b)
