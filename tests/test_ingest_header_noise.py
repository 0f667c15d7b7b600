"""Header and footer furniture of news clippings that is no body text, in many languages.

"Read also: …" lines linking another article, "subscribe to our channel" pitches, the
"show the article on the website" link text without its markdown, a place — section line,
a headline whose clause counts things after a colon, an outlet with a number glued to its
name, and a month-first date with its time of day. Body sentences that open with the same
words are kept. Every fixture here is written for this test (not taken from any report).
"""

from __future__ import annotations

import pytest

from tui.ingest import parse_bytes
from tui.ingest.header import is_noise, is_outlet_name
from tui.ingest.text import is_photo_credit


def clip(text: str):
    (article,) = parse_bytes(text.encode("utf-8"), "clip.txt")
    return article


LEAD = ("Ein Lastwagen ist am Dienstagmorgen auf der Umgehungsstraße umgekippt und hat "
        "300 Liter Diesel verloren.")
TAIL = "Die Straße blieb bis zum Abend gesperrt."


@pytest.mark.parametrize("line", [
    "Lesen Sie auch: Die Bilanz des Winterdienstes nach drei Wochen Frost",
    "Lue myös: Tulvavesi nousi kellareihin koko kaupungissa",
    "Lasiet arī: Pašvaldība sola jaunu tiltu līdz rudenim",
    "Διαβάστε επίσης: Νέοι κανόνες για τα λιμάνια της Κρήτης",
    "Читайте також: Як зміниться розклад приміських поїздів",
    "Aqra wkoll: Il-kunsill jiddeċiedi dwar it-triq il-ġdida",
    "Related: Port workers vote on new contract",
    "Czytaj także: Remont mostu potrwa do wiosny",
    "Leggi anche: Nuove regole per i parcheggi in centro",
])
def test_a_read_also_line_leaves_the_body(line: str) -> None:
    article = clip(f"Lkw kippt auf Umgehungsstraße um\n\n{LEAD}\n\n{line}\n\n{TAIL}\n")
    assert line not in article.body
    assert article.body.split("\n\n") == [LEAD, TAIL]


@pytest.mark.parametrize("line", [
    "Подписывайтесь на наш канал в Telegram",
    "Підписуйтесь на наш канал у Viber",
    "Subscribe to Harbour Evening Post for €3.99 a month.",
    "Vis artiklen på hjemmesiden",
    "Visa artikeln på webbplatsen",
    "Voir l'article sur le site",
])
def test_channel_pitches_and_link_texts_are_noise(line: str) -> None:
    assert is_noise(line)


@pytest.mark.parametrize("line", [
    "Lesen Sie auch die Hinweise der Feuerwehr, rät der Bürgermeister.",
    "Related costs rose by four per cent last year, the council said.",
    "Polecamy mieszkańcom, by nie zbliżali się do rzeki – powiedział wójt.",
    "Subscribers will get a refund, the company said.",
])
def test_body_sentences_opening_with_such_words_are_kept(line: str) -> None:
    article = clip(f"Lkw kippt auf Umgehungsstraße um\n\n{LEAD}\n\n{line}\n\n{TAIL}\n")
    assert article.body.split("\n\n") == [LEAD, line, TAIL]


def test_a_headline_whose_clause_counts_things_after_a_colon_is_the_title() -> None:
    article = clip("Ладожский курьер\nУраган над Приозерском: сорваны крыши, пострадали 7 "
                   "человек\nОпубликовано: 12.08.2026 09:40\n\nУраганный ветер во вторник "
                   "сорвал крыши с двадцати домов, семь человек получили травмы.\n")
    assert article.source == "Ладожский курьер"
    assert article.title == "Ураган над Приозерском: сорваны крыши, пострадали 7 человек"
    assert article.body.startswith("Ураганный ветер")


def test_a_place_and_section_line_between_outlet_and_headline_is_furniture() -> None:
    article = clip("La Voix du Bocage\nVire — Faits divers\nUn camion de lait se renverse "
                   "sur la départementale\nPublié le 3 mars 2026 à 07h20\n\nUn camion-citerne "
                   "chargé de 20 000 litres de lait s'est renversé mardi matin près de Vire.\n")
    assert (article.source, article.title) == (
        "La Voix du Bocage", "Un camion de lait se renverse sur la départementale")
    assert "Faits divers" not in article.body


def test_an_outlet_with_a_glued_number_is_the_source() -> None:
    article = clip("Nadbrzeze24\nPowódź w Kłodzku. Woda zalała piwnice w centrum\n"
                   "Data publikacji: 5.09.2026\n\nWezbrana Nysa Kłodzka zalała w nocy "
                   "piwnice kilkudziesięciu kamienic w centrum miasta.\n")
    assert (article.source, article.title) == (
        "Nadbrzeze24", "Powódź w Kłodzku. Woda zalała piwnice w centrum")
    assert article.published is not None and article.published.startswith("2026-09-05")


def test_a_road_number_is_no_glued_outlet_name() -> None:
    assert not is_outlet_name("Stau auf A7", sentence_case=True)
    assert is_outlet_name("Info24 Nord")


def test_a_month_first_date_with_its_time_and_zone_is_header() -> None:
    article = clip("Prairie Morning Ledger\nGrain elevator fire forces evacuation of 200 homes\n"
                   "June 9, 2026 at 6:40 p.m. CDT\nUpdated June 10, 2026 at 7:05 a.m. CDT\n\n"
                   "About 200 homes were evacuated on Tuesday evening after a fire broke out "
                   "at the town's grain elevator.\n")
    assert (article.source, article.title) == (
        "Prairie Morning Ledger", "Grain elevator fire forces evacuation of 200 homes")
    assert article.published is not None and article.published.startswith("2026-06-09")
    assert article.body.startswith("About 200 homes")


@pytest.mark.parametrize("line", [
    "Share prices fell sharply on Tuesday, the exchange said.",
    "Print runs of the weekly were cut by half last year.",
    "Teilen sich zwei Familien eine Wohnung, gilt die alte Regel.",
    "Lire la suite du rapport prendra des semaines, selon lui.",
])
def test_a_sentence_opening_with_a_link_label_is_body(line: str) -> None:
    assert not is_noise(line)
    article = clip(f"Lkw kippt auf Umgehungsstraße um\n\n{LEAD}\n\n{line}\n\n{TAIL}\n")
    assert article.body.split("\n\n") == [LEAD, line, TAIL]


@pytest.mark.parametrize("line", ["Share on: Facebook | X | Email", "Read more »", "Drucken"])
def test_a_link_label_alone_or_before_a_colon_is_noise(line: str) -> None:
    assert is_noise(line)


@pytest.mark.parametrize("line", [
    "vor 2 Stunden aktualisiert", "Updated 5 hours ago", "Päivitetty 5 tuntia sitten",
    "il y a 3 heures", "Atualizado há 2 horas", "Оновлено 3 години тому", "2 saat önce",
])
def test_a_relative_time_under_the_headline_is_header(line: str) -> None:
    article = clip(f"Tidewater Gazette\nFerry runs aground on sandbank in fog\n{line}\n"
                   "Photo: Coastguard\n\nA passenger ferry ran aground on a sandbank in thick "
                   "fog on Tuesday morning; all 63 people on board were safe.\n")
    assert (article.source, article.title) == (
        "Tidewater Gazette", "Ferry runs aground on sandbank in fog")
    assert article.body.startswith("A passenger ferry")


def test_a_relative_time_inside_a_sentence_is_body() -> None:
    line = "Vor 2 Stunden hat die Feuerwehr den Brand gelöscht."
    article = clip(f"Lkw kippt auf Umgehungsstraße um\n\n{LEAD}\n\n{line}\n\n{TAIL}\n")
    assert line in article.body


@pytest.mark.parametrize("line", ["Par la rédaction", "Redakcja", "By Staff Reporter",
                                  "Autor: Redakce"])
def test_a_newsroom_signing_as_author_is_header(line: str) -> None:
    article = clip(f"Le Courrier de l'Ain\nUn pont fermé après une crue de la Valserine\n"
                   f"Publié le 4 mars 2026\n{line}\n\nLa crue de la Valserine a contraint mardi "
                   "la préfecture à fermer le pont de la route départementale.\n")
    assert (article.source, article.title) == (
        "Le Courrier de l'Ain", "Un pont fermé après une crue de la Valserine")
    assert article.body.startswith("La crue")


@pytest.mark.parametrize("name", ["Le Courrier de l'Ain", "Il Giornale dell'Umbria",
                                  "Dagblad van het Oosten", "Rundschau am Sonntag"])
def test_elided_articles_and_small_words_belong_to_an_outlet_name(name: str) -> None:
    assert is_outlet_name(name)


@pytest.mark.parametrize("line", ["BNS nuotr.", "Reuters Foto",
                                  "Φωτογραφία: Eurokinissi / Γιώργος Κ."])
def test_credits_closed_by_their_word_or_an_initial_are_header(line: str) -> None:
    assert is_photo_credit(line)


@pytest.mark.parametrize("line", ["Das zeigt das Foto.", "Die Polizei zeigt das Foto",
                                  "Foto: Er kam um 10 Uhr an."])
def test_sentences_about_a_photo_are_no_credit(line: str) -> None:
    assert not is_photo_credit(line)
