"""Names a reader sees written one way in both reports but that extraction cut or glued:
a company's legal form, a noun for a company in front of its name, an initial with its
period."""

from __future__ import annotations

from figure_helpers import agree_rows, names_paired

from tui.analysis.entities import extract_entities
from tui.analysis.sentences import split_sentences
from tui.models import Article


def _spellings(text: str, language: str) -> list[list[str]]:
    return [e.spellings for e in extract_entities(text, language,
                                                  split_sentences(text, language))]


def test_a_legal_form_is_written_with_the_name_and_meets_the_bare_name() -> None:
    a = Article(title="", language="sv", body=(
        "Flygbränslet levereras av Baltic Kerosene Supply AB sedan 2019. I går stoppades "
        "leveranserna till 14 flygplatser."))
    b = Article(title="", language="et", body=(
        "Lennukikütust tarnib Baltic Kerosene Supply alates 2019. aastast. Eile peatati "
        "tarned 14 lennujaama."))
    rows = agree_rows(a, b)
    assert names_paired(rows, "Baltic Kerosene Supply AB", "Baltic Kerosene Supply"), rows


def test_a_lowercase_legal_form_stays_with_the_name_and_is_no_name_itself() -> None:
    spellings = _spellings("Il servizio è gestito dalla Cucine Lariane srl di Como.", "it")
    assert ["Cucine Lariane", "Cucine Lariane srl"] in spellings, spellings
    assert not any("srl" in s for group in spellings for s in group if s != "Cucine Lariane srl")


def test_an_acronym_after_a_name_that_is_no_legal_form_is_a_name_apart() -> None:
    spellings = _spellings("Die Messe findet in der Halle Nord statt, sagte Anna Weber "
                           "vom ADAC am Montag.", "de")
    assert any("ADAC" in group for group in spellings), spellings


def test_a_noun_for_a_company_before_its_name_is_dropped() -> None:
    a = Article(title="", language="de", body=(
        "Auf der Baustelle arbeiteten 31 Beschäftigte der Firma Kessler Stahlbau GmbH, "
        "darunter Monteure aus Polen."))
    b = Article(title="", language="pl", body=(
        "Na budowie firmy Kessler Stahlbau pracowało 31 osób, w tym monterzy z Polski."))
    rows = agree_rows(a, b)
    assert names_paired(rows, "Kessler Stahlbau GmbH", "Kessler Stahlbau"), rows
    assert not any("Firma Kessler Stahlbau" in xs for xs, _ in rows), rows


def test_a_name_ending_in_an_initial_keeps_its_period() -> None:
    a = Article(title="", language="de", body=(
        "Die „Hannelore B.“ lief bei Kaub auf Grund. Sie hatte 1.800 Tonnen Mais geladen."))
    b = Article(title="", language="nl", body=(
        "Bij Kaub liep de Hannelore B. aan de grond, met 1800 ton maïs aan boord."))
    rows = agree_rows(a, b)
    assert names_paired(rows, "Hannelore B.", "Hannelore B."), rows


def test_an_inflected_place_glued_before_a_person_is_two_names() -> None:
    # "the spokeswoman of the hospital in Žilina Eva Kráľová": a locative, then the name.
    names = [e.names for e in extract_entities(
        "Hovorkyňa nemocnice v Žiline Eva Kráľová potvrdila, že deti sú v poriadku.", "sk",
        split_sentences("Hovorkyňa nemocnice v Žiline Eva Kráľová potvrdila, že deti sú v "
                        "poriadku.", "sk"))]
    assert ["Žiline"] in names and ["Eva Kráľová"] in names, names


def test_a_town_in_the_genitive_before_a_person_meets_its_romanised_name() -> None:
    a = Article(title="", language="ru", body=(
        "Задержанный, 37-летний житель Сызрани Игорь Белов, доставлен в отдел полиции."))
    b = Article(title="", language="en", body=(
        "The suspect, Igor Belov, 37, a resident of Syzran, was taken to a police station."))
    rows = agree_rows(a, b)
    assert names_paired(rows, "Сызрани", "Syzran"), rows
    assert names_paired(rows, "Игорь Белов", "Igor Belov"), rows



def test_a_town_written_with_its_river_meets_the_town() -> None:
    a = Article(title="", language="de", body=(
        "Beim Radrennen von Melk nach Krems an der Donau stürzten 14 Fahrer. Am Sonntag "
        "war es in Krems 33 Grad heiß."))
    b = Article(title="", language="pl", body=(
        "W wyścigu kolarskim do Krems upadło 14 zawodników."))
    rows = agree_rows(a, b)
    assert names_paired(rows, "Krems an der Donau", "Krems"), rows


def test_a_river_link_before_a_day_is_no_river() -> None:
    spellings = _spellings("Der Markt öffnet in Krems am Montag wieder.", "de")
    assert ["Krems"] in spellings, spellings


def test_a_river_in_brackets_is_written_with_the_town() -> None:
    spellings = _spellings("Ein Kran stürzte in Frankfurt (Oder) auf ein Wohnhaus.", "de")
    assert ["Frankfurt", "Frankfurt (Oder)"] in spellings, spellings


def test_a_romanian_preposition_does_not_glue_two_names() -> None:
    # "la" is an article inside French and Spanish names, a preposition ("at") in Romanian.
    spellings = _spellings("Răniții au fost transportați cu elicopterul SMURD la Târgu Mureș, "
                           "a anunțat ISU.", "ro")
    assert ["SMURD"] in spellings and ["Târgu Mureș"] in spellings, spellings


def test_a_street_written_with_its_lowercase_word_meets_the_hyphenated_street() -> None:
    a = Article(title="", language="hr", body=(
        "Voda je poplavila 12 podruma u Karlovačkoj ulici, rekao je Tomislav Horvat."))
    b = Article(title="", language="de", body=(
        "In der Karlovačka-Straße standen 12 Keller unter Wasser, sagte Tomislav Horvat."))
    rows = agree_rows(a, b)
    assert names_paired(rows, "Karlovačkoj ulici", "Karlovačka-Straße"), rows


def test_a_verb_after_a_name_is_not_its_generic_word() -> None:
    spellings = _spellings("Tomislav Horvat rekao je da je voda stigla do Karlovačke ulice.",
                           "hr")
    assert ["Tomislav Horvat"] in spellings, spellings


def test_a_compound_role_noun_before_a_surname_is_a_title() -> None:
    a = Article(title="", language="sv", body=(
        "Räddningstjänsten skickade 32 brandmän. – Röken gick norrut, säger Britt-Marie "
        "Ekström, som ledde insatsen."))
    b = Article(title="", language="sv", body=(
        "Räddningstjänsten var på plats med 32 brandmän. Insatsledare Ekström säger att "
        "röken gick norrut."))
    rows = agree_rows(a, b)
    assert names_paired(rows, "Britt-Marie Ekström", "Ekström"), rows


def test_a_listed_word_before_a_surname_stays_a_given_name() -> None:
    spellings = _spellings("Mason Greenwood scored twice on Sunday.", "en")
    assert ["Mason Greenwood"] in spellings, spellings


def test_a_lowercase_generic_word_meets_the_capitalised_one() -> None:
    a = Article(title="", language="cs", body=(
        "Skupina 7 turistů zabloudila v mlze u Labské boudy. Záchranáři je našli "
        "nedaleko Labské boudy po půlnoci."))
    b = Article(title="", language="en", body=(
        "A group of 7 hikers got lost in fog near the Labska Bouda mountain hut."))
    rows = agree_rows(a, b)
    assert names_paired(rows, "Labské boudy", "Labska Bouda"), rows


def test_a_translated_head_noun_is_shown_with_the_name() -> None:
    a = Article(title="", language="nl", body=(
        "Volgens de Veiligheidsregio Zeeland-West raakten 6 mensen gewond bij de brand."))
    b = Article(title="", language="de", body=(
        "Laut der Sicherheitsregion Zeeland-West wurden 6 Menschen bei dem Brand verletzt."))
    rows = agree_rows(a, b)
    assert names_paired(rows, "Veiligheidsregio Zeeland-West", "Sicherheitsregion Zeeland-West"), \
        rows


def test_a_place_adjective_and_noun_before_a_district_are_no_part_of_its_name() -> None:
    # "parts of the Split district Meje": the adjective and the noun are no name.
    spellings = _spellings("Das Wasser überflutete am Montag Teile des Splitter Stadtteils "
                           "Meje.", "de")
    assert ["Meje"] in spellings, spellings


def test_a_place_adjective_before_another_noun_stays_in_the_name() -> None:
    spellings = _spellings("Laut der Wiener Zeitung Neue Presse wurde niemand verletzt.", "de")
    assert not any(group == ["Zeitung Neue Presse"] for group in spellings), spellings


def test_a_bank_named_after_a_country_is_not_the_country() -> None:
    a = Article(title="", language="lv", body=(
        "Latvijas Banka paziņoja, ka maksājumi Latvijā tika apturēti uz 3 stundām."))
    b = Article(title="", language="ru", body=(
        "Банк Латвии сообщил, что платежи в Латвии были остановлены на 3 часа."))
    rows = agree_rows(a, b)
    assert names_paired(rows, "Latvijas Banka", "Банк Латвии"), rows
    assert not any("Банк Латвии" in ys and "Латвии" in ys for _, ys in rows), rows


def test_a_german_noun_before_von_is_no_part_of_the_place_after_it() -> None:
    a = Article(title="", language="fr", body=(
        "Quatorze coureurs sont tombés lors de l'étape partie de Vesoul."))
    b = Article(title="", language="de", body=(
        "Auf der Etappe von Vesoul stürzten 14 Fahrer."))
    rows = agree_rows(a, b)
    assert names_paired(rows, "Vesoul", "Vesoul"), rows


def test_a_given_name_before_von_keeps_its_particle() -> None:
    spellings = _spellings("Am Abend sprach Otto von Habsburg in Wien.", "de")
    assert ["Otto von Habsburg"] in spellings, spellings


def test_an_institution_with_function_words_is_one_row_in_one_language() -> None:
    a = Article(title="", language="nl", body=(
        "Ruim 800 leerlingen moeten de toets overdoen, meldt het Bureau voor Toetsen en "
        "Diploma's. Volgens het Bureau voor Toetsen en Diploma's lekte de toets via een app."))
    b = Article(title="", language="nl", body=(
        "Het Bureau voor Toetsen en Diploma's laat ruim 800 leerlingen de toets opnieuw "
        "maken, nadat die via een app was gelekt."))
    rows = agree_rows(a, b)
    assert names_paired(rows, "Bureau voor Toetsen en Diploma's", "Bureau voor Toetsen en "
                        "Diploma's"), rows
    assert not any(xs == ["Toetsen"] for xs, _ in rows), rows


def test_two_regions_joined_by_and_stay_two_rows() -> None:
    a = Article(title="", language="de", body=(
        "Die Bahn stellte den Verkehr in Brandenburg und Sachsen für 12 Stunden ein."))
    b = Article(title="", language="de", body=(
        "In Brandenburg und Sachsen fuhren 12 Stunden lang keine Züge."))
    rows = agree_rows(a, b)
    assert names_paired(rows, "Brandenburg", "Brandenburg"), rows
    assert names_paired(rows, "Sachsen", "Sachsen"), rows


def test_a_capitalised_scale_word_opens_a_sum_not_a_name() -> None:
    """German nouns are capitalised: "Milliarden Euro" of a sum is no person or org row."""
    from tui.analysis.entities import extract_entities
    from tui.analysis.sentences import split_sentences

    text = ("Die Werft Halvorsen meldete am Montag einen Umsatz von knapp 4 Milliarden Euro. "
            "Halvorsen beschäftigt 9.000 Menschen.")
    names = [e.text for e in extract_entities(text, "de", split_sentences(text))]
    assert any("Halvorsen" in n for n in names)
    assert not any("Milliarden" in n for n in names)


def _texts(text: str, language: str) -> list[str]:
    return [e.text for e in extract_entities(text, language, split_sentences(text, language))]


def test_a_common_word_opening_a_sentence_is_no_part_of_the_name_after_it() -> None:
    # "motorway" is written in lowercase elsewhere: at the start it is the same word.
    text = ("Two motorways were closed on Sunday after the crash. Motorway Dresden traffic "
            "was diverted for six hours, the police said.")
    names = _texts(text, "en")
    assert "Dresden" in names
    assert "Motorway Dresden" not in names


def test_a_first_word_the_text_capitalises_inside_a_sentence_stays_in_the_name() -> None:
    text = ("Harbour Lane was closed for repairs. The council said harbour traffic and "
            "Harbour Lane itself would reopen next week.")
    assert "Harbour Lane" in _texts(text, "en")


def test_a_maltese_name_after_an_assimilated_article_keeps_all_its_words() -> None:
    # "is-" is the article "il-" before an s: the ship's name is "San Pawl III".
    text = ("Il-pulizija waqfet is-San Pawl III qrib il-port. Il-kaptan tas-San Pawl III "
            "ġie arrestat.")
    names = _texts(text, "mt")
    assert "San Pawl III" in names
    assert "Pawl III" not in names
