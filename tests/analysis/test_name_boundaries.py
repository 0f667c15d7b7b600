"""Names both reports write alike that lost the match at their boundaries: a chain cut
at an institution's "for", a title's place glued to the person after it, a genitive that
opens an organisation's name, a case ending after a legal form or an acronym."""

from __future__ import annotations

from figure_helpers import agree_rows, names_paired

from tui.analysis.entities import extract_entities
from tui.analysis.sentences import split_sentences
from tui.models import Article


def _spellings(text: str, language: str) -> list[list[str]]:
    return [e.spellings for e in extract_entities(text, language,
                                                  split_sentences(text, language))]


def test_an_institutions_for_is_inside_its_name() -> None:
    a = Article(title="", language="nl", body=(
        "Het Instituut voor Bodemkunde meldt dat 23 akkers in Zeeland verzilt zijn. "
        "Een woordvoerder sprak van een zorgelijke trend."))
    b = Article(title="", language="de", body=(
        "Das niederländische Instituut voor Bodemkunde meldet 23 versalzene Äcker in "
        "Zeeland."))
    assert names_paired(agree_rows(a, b), "Instituut voor Bodemkunde",
                        "Instituut voor Bodemkunde")


def test_for_joins_only_after_an_institution_in_the_reports_language() -> None:
    de = _spellings("Das Landesamt für Denkmalpflege prüft den Fund. Ein Erfolg für "
                    "Brandenburg, sagte Karl Huber.", "de")
    assert ["Landesamt für Denkmalpflege"] in de, de
    assert not any("Erfolg für Brandenburg" in g for g in de), de
    nl = _spellings("Volgens Jansen voor Utrecht is het plan klaar.", "nl")
    assert not any("Jansen voor Utrecht" in g for g in nl), nl


def test_a_titles_place_written_alone_elsewhere_is_cut_from_the_person() -> None:
    text = ("Кметът на Видин Георги Стоянов обяви бедствено положение. Училищата във "
            "Видин са затворени до петък.")
    spellings = _spellings(text, "bg")
    assert any("Георги Стоянов" in g for g in spellings), spellings
    assert any(g == ["Видин"] or "Видин" in g and "Георги Стоянов" not in g
               for g in spellings), spellings
    assert not any("Видин Георги Стоянов" in g for g in spellings), spellings


def test_a_country_genitive_opening_an_organisation_stays_in_its_name() -> None:
    a = Article(title="", language="da", body=(
        "Tre eksperter fra Sverige kom via Sveriges Lantbruksförening Riksorgan til "
        "gården, hvor 40 køer var syge."))
    b = Article(title="", language="sv", body=(
        "Via Sveriges Lantbruksförening Riksorgan skickades tre experter till gården "
        "där 40 kor var sjuka."))
    assert names_paired(agree_rows(a, b), "Sveriges Lantbruksförening Riksorgan",
                        "Sveriges Lantbruksförening Riksorgan")


def test_a_case_ending_after_a_legal_form_is_written_with_the_name() -> None:
    spellings = _spellings("Urakka annettiin Savon Sorakuljetus Oy:lle, ja Savon "
                           "Sorakuljetus aloittaa työt maaliskuussa.", "fi")
    assert any("Savon Sorakuljetus Oy:lle" in g and "Savon Sorakuljetus" in g
               for g in spellings), spellings


def test_an_acronym_with_a_hyphened_case_ending_is_the_acronym() -> None:
    spellings = _spellings("Rongid kuuluvad ELRONi ja TLT-le. Hiljem teatas TLT, et "
                           "liinid avatakse.", "et")
    assert any("TLT" in g and "TLT-le" in g for g in spellings), spellings
    hyphened = _spellings("A diákok szerint, akik az ELTE-n tanulnak, a Budapest-Bécs "
                          "vonal késik.", "hu")
    assert any("ELTE" in g for g in hyphened), hyphened
    assert ["Budapest-Bécs"] in hyphened, hyphened  # a hyphened name of words stays whole


def test_a_town_after_de_inside_a_longer_name_is_a_name_too() -> None:
    spellings = _spellings("El concierto se celebró en el Teatro Principal de Zamora con "
                           "900 espectadores.", "es")
    assert any("Zamora" in g for g in spellings), spellings


def test_quotes_bound_a_name_whose_later_words_are_lowercase() -> None:
    a = Article(title="", language="lt", body=(
        "Bendrovės „Kelių priežiūra“ duomenimis, per naktį nuvalyta 420 kilometrų kelių. "
        "Vairuotojas sakė: „Tai buvo baisu“."))
    b = Article(title="", language="ru", body=(
        "По данным компании Kelių priežiūra, за ночь очищено 420 километров дорог."))
    rows = agree_rows(a, b)
    assert names_paired(rows, "Kelių priežiūra", "Kelių priežiūra"), rows
    lt = _spellings(a.body, "lt")
    assert not any("Tai buvo baisu" in g for g in lt), lt  # speech after a colon


def test_latin_words_in_a_latin_text_are_no_run_of_lowercase_names() -> None:
    spellings = _spellings("Compania Kelių priežiūra a curățat 420 de kilometri.", "ro")
    assert not any("Kelių priežiūra" in g for g in spellings), spellings


def test_an_acronym_written_after_its_name_without_brackets_joins_it() -> None:
    a = Article(title="", language="de", body=(
        "Laut dem Bundesinstitut Lebensmittelsicherheit BILS waren 14 Proben belastet. "
        "Das BILS empfiehlt, die Ware zurückzugeben."))
    b = Article(title="", language="de", body=(
        "Das Bundesinstitut Lebensmittelsicherheit BILS fand Keime in 14 Proben."))
    rows = agree_rows(a, b)
    assert names_paired(rows, "Bundesinstitut Lebensmittelsicherheit BILS",
                        "Bundesinstitut Lebensmittelsicherheit BILS"), rows
    spellings = _spellings("Laut Jan Kowalski PSL stimmten 40 Abgeordnete dagegen.", "de")
    assert not any("Jan Kowalski PSL" in g for g in spellings), spellings


def test_a_slavic_to_between_two_places_is_no_particle_of_one_name() -> None:
    spellings = _spellings("Autobus z Poznania do Gniezna utknął w korku na 3 godziny.", "pl")
    assert not any("Poznania do Gniezna" in g for g in spellings), spellings
    assert any("Gniezna" in g for g in spellings), spellings
    cs = _spellings("Vlak z Brna do Olomouce nabral zpoždění 40 minut.", "cs")
    assert not any("Brna do Olomouce" in g for g in cs), cs
