"""Names across case endings, stem changes, compound titles, lowercase generic words and
translated bodies: each pair of reports below names one place, person or body in two
languages, and the comparison shows them in one `agree` row (invented sentences)."""

from __future__ import annotations

from tests.analysis.figure_helpers import entity_rows, shared_row
from tui.analysis.inflection import near_forms, same_word
from tui.models import Article


def _art(body: str, language: str) -> Article:
    return Article(title="t", body=body, language=language)


def test_a_finnish_i_stem_takes_its_endings_on_an_e_stem() -> None:
    a = _art("Maanantaina Kuopion lähellä sattui onnettomuus. Pelastuslaitos kertoi, että "
             "kuorma-auto suistui tieltä Lapinlahdella ja kuljettaja vietiin sairaalaan "
             "Iisalmesta.", "fi")
    b = _art("On Monday a lorry left the road near Lapinlahti, and the driver was taken "
             "to hospital from Iisalmi, the rescue service said.", "en")
    assert shared_row(a, b, "Iisalmesta", "Iisalmi")
    assert not near_forms("Anne", "Anni", "fi", "en")  # two first names, no ending


def test_a_lithuanian_genitive_in_os_and_es_meets_the_nominative() -> None:
    assert same_word("Kėdainių", "Kėdainiai", "lt", "pl")
    a = _art("Antradienį netoli Alytaus sudegė sandėlis. Ugniagesiai atvyko iš Varėnos "
             "ir Birštono.", "lt")
    b = _art("We wtorek niedaleko Olity spłonął magazyn. Strażacy przyjechali z Varėna "
             "i z Birštonas.", "pl")
    assert shared_row(a, b, "Varėnos", "Varėna")


def test_a_finnish_compound_title_is_no_part_of_the_name() -> None:
    a = _art("Hallin katto petti yöllä. Palopäällikkö Ilkka Rautiainen kertoo, että "
             "rakennus tyhjennettiin ajoissa.", "fi")
    b = _art("The roof of the hall gave way at night. Fire chief Ilkka Rautiainen said "
             "the building had been cleared in time.", "en")
    rows = entity_rows(a, b)
    assert any("Ilkka Rautiainen" in na and "Ilkka Rautiainen" in nb for na, nb in rows)
    assert not any(n.startswith("Palopäällikkö") for na, _ in rows for n in na)


def test_a_swedish_lowercase_county_word_stays_with_the_name() -> None:
    a = _art("En storm fällde hundratals träd i Jönköpings län under natten. Flera vägar "
             "stängdes.", "sv")
    b = _art("A storm felled hundreds of trees in Jönköping County overnight. Several "
             "roads were closed.", "en")
    assert shared_row(a, b, "Jönköpings län", "Jönköping County")


def test_an_english_region_word_and_a_latvian_airport_word_stay_with_the_name() -> None:
    a = _art("Trešdien Liepājas lidostā nosēdās lidmašīna ar bojātu dzinēju. Pasažieri "
             "netika ievainoti, paziņoja Grobiņas novadā dzīvojošie liecinieki.", "lv")
    b = _art("A plane with a damaged engine landed at Liepaja Airport on Wednesday. No "
             "passengers were hurt, witnesses living in the Grobina municipality said.", "en")
    assert shared_row(a, b, "Grobiņas novadā", "Grobina municipality")


def test_a_state_police_and_a_competition_council_meet_their_translations() -> None:
    a = _art("Ceturtdien Valsts policija aizturēja divus vīriešus. Konkurences padome "
             "sāka pārbaudi.", "lv")
    b = _art("On Thursday the State Police detained two men. The inquiry was opened by "
             "investigators.", "en")
    assert shared_row(a, b, "Valsts policija", "State Police")
    c = _art("Consiliul Concurenței a amendat trei firme de transport. Decizia poate fi "
             "contestată.", "ro")
    d = _art("The Competition Council fined three haulage firms. The decision can be "
             "challenged.", "en")
    assert shared_row(c, d, "Consiliul Concurenței", "Competition Council")


def test_a_lowercase_generic_word_before_a_name_is_written_with_it() -> None:
    a = _art("In de gemeente Aabenraa spoelden dinsdag twaalf dolfijnen aan. Vrijwilligers "
             "hielpen de dieren.", "nl")
    b = _art("Tolv delfiner skyllede tirsdag i land i Aabenraa Kommune. Frivillige hjalp "
             "dyrene.", "da")
    assert shared_row(a, b, "gemeente Aabenraa", "Aabenraa Kommune")


def test_a_ukrainian_street_adjective_meets_its_english_spelling() -> None:
    a = _art("Two buses collided on Shevchenkivska Street in Ternopil on Friday. Traffic "
             "on Shevchenkivska Street was stopped for an hour.", "en")
    b = _art("У п'ятницю на вулиці Шевченківської у Тернополі зіткнулися два автобуси. "
             "Рух по вулиці Шевченківській зупинили на годину.", "uk")
    assert shared_row(a, b, "Shevchenkivska Street", "вулиці Шевченківської")


def test_a_russian_old_town_keeps_its_lowercase_noun() -> None:
    a = _art("Снощи в Стария град на Велико Търново изгоря къща. Пожарникарите дойдоха "
             "бързо.", "bg")
    b = _art("Вчера вечером в Старом городе Велико-Тырново сгорел дом. Пожарные приехали "
             "быстро.", "ru")
    assert shared_row(a, b, "Стария град", "Старом городе")


def test_a_town_named_by_its_italian_exonym_meets_its_french_name() -> None:
    a = _art("Martedì la Roya è salita di due metri a Breglio dopo il rilascio della diga. "
             "Nessuno è rimasto ferito.", "it")
    b = _art("Mardi, la Roya est montée de deux mètres à Breil-sur-Roya après le lâcher du "
             "barrage. Personne n'a été blessé.", "fr")
    assert shared_row(a, b, "Breglio", "Breil-sur-Roya")
