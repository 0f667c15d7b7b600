"""Numbers that are never figures of the event: phone numbers in national formats,
ordinals written with an ending ("12-й"), ages ("44-letni") and times of day, read from
each language's [traps] data; none of them may agree or conflict with the other report."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis import langdata
from tui.analysis.compare import compare_articles
from tui.analysis.facts import extract_facts
from tui.analysis.traps import non_quantity_spans
from tui.models import Article

LANG_DIR = Path(langdata.DATA_DIR)


def _values(body: str, language: str) -> list[float]:
    facts = extract_facts(Article(title="t", body=body, language=language))
    return [f["value"] for f in facts if f["kind"] == "quantity"]


@pytest.mark.parametrize(("language", "body", "kept"), [
    ("cs", "Pro příbuzné zraněných funguje linka 0 800 123 456. Zraněno bylo 5 lidí.", [5]),
    ("pl", "Infolinia dla rodzin poszkodowanych: +48 22 123 45 67. Rannych jest 7 osób.", [7]),
    ("da", "Pårørende kan ringe på 70 12 34 56. 9 personer blev såret.", [9]),
    ("fr", "Numéro vert pour les familles des blessés : 01 23 45 67 89. Il y a 4 blessés.", [4]),
    ("it", "Per i familiari dei feriti: 800-555-019. I feriti sono 3.", [3]),
])
def test_a_phone_number_is_no_count(language: str, body: str, kept: list[float]) -> None:
    assert _values(body, language) == kept


@pytest.mark.parametrize(("language", "text"), [
    ("sv", "Totalt 1 200 000 kronor och 12 000 människor"),
    ("de", "Es kostete 1.200.000 Euro."),
    ("en", "It took 0.5 seconds, in 2024 12 people"),
])
def test_thousands_and_decimals_are_not_phone_numbers(language: str, text: str) -> None:
    assert non_quantity_spans(text, language) == []


def test_a_hotline_never_conflicts_with_a_count() -> None:
    a = Article(title="Požár", language="cs", body=(
        "Při požáru skladu byli zraněni dva lidé. Pro příbuzné zraněných funguje "
        "linka 0 800 500 335."))
    b = Article(title="Brand", language="de",
                body="Bei dem Brand im Lager wurden zwei Menschen verletzt.")
    facts = compare_articles(a, b)["facts"]
    assert not [f for f in facts if f["status"] == "conflict"], facts


@pytest.mark.parametrize(("language", "body", "kept"), [
    ("bg", "Инцидентът стана на 12-ия километър, на 6 километра от границата.", [6]),
    ("uk", "Аварія сталася на 12-му кілометрі, за 6 кілометрів від кордону.", [6]),
    ("ro", "Accidentul a avut loc pe al 12-lea kilometru, la 6 kilometri de graniță.", [6]),
])
def test_an_ordinal_with_an_ending_is_no_figure(language: str, body: str, kept: list) -> None:
    assert _values(body, language) == kept


@pytest.mark.parametrize(("language", "body", "kept"), [
    ("pl", "Kierowca, 44-letni mieszkaniec Lublina, przewiózł 30 pasażerów.", [30]),
    ("sv", "Föraren, en 44-årig man, hade 30 passagerare.", [30]),
    ("fi", "Kuljettaja, 44-vuotias mies, kuljetti 30 matkustajaa.", [30]),
    ("hr", "Vozač, 44-godišnji muškarac, prevozio je 30 putnika.", [30]),
])
def test_an_age_adjective_is_no_count(language: str, body: str, kept: list) -> None:
    assert _values(body, language) == kept


@pytest.mark.parametrize(("language", "text", "span"), [
    ("nl", "De brand brak om 15 uur uit.", "om 15 uur"),
    ("sl", "Požar je izbruhnil ob 15. uri.", "ob 15. uri"),
    ("fi", "Palo alkoi kello 15 iltapäivällä.", "kello 15"),
    ("hu", "A tűz 15 órakor ütött ki.", "15 órakor"),
])
def test_a_time_of_day_in_the_language_s_words(language: str, text: str, span: str) -> None:
    spans = [text[a:b] for a, b in non_quantity_spans(text, language)]
    assert span in spans


@pytest.mark.parametrize("section", ["traps", "votes", "dates"])
def test_every_language_file_lists_every_key(section: str) -> None:
    keys = set(langdata.SCHEMA[section])  # type: ignore[arg-type]
    files = sorted(LANG_DIR.glob("[a-z]*.toml"))
    assert len(files) >= 27
    for path in files:
        body = langdata.read_file(path).get(section)
        assert body is not None and set(body) == keys, (path.name, section)


def _conflicts(a: Article, b: Article) -> list[tuple[str, float, float]]:
    return [(f["concept"], f["a"]["value"], f["b"]["value"])
            for f in compare_articles(a, b)["facts"] if f["status"] == "conflict"]


@pytest.mark.parametrize(("la", "a_body", "lb", "b_body"), [
    ("pl", "Powódź dotknęła Opole i Nysę. W Opolu pracowało 300 strażaków.",
     "pl", "Woda zalała Opole i Nysę. W Nysie pracowało 150 strażaków."),
    ("hr", "Poplava je pogodila Sisak i Petrinju. U Sisku je radilo 300 vatrogasaca.",
     "sr", "Poplava je pogodila Sisak i Petrinju. U Petrinji je radilo 150 vatrogasaca."),
])
def test_counts_of_two_places_never_conflict(la: str, a_body: str, lb: str, b_body: str) -> None:
    a = Article(title="a", body=a_body, language=la)
    b = Article(title="b", body=b_body, language=lb)
    assert _conflicts(a, b) == []


def test_counts_of_one_place_still_conflict() -> None:
    a = Article(title="a", language="pl",
                body="Powódź dotknęła Opole i Nysę. W Nysie pracowało 120 strażaków.")
    b = Article(title="b", language="pl",
                body="Woda zalała Opole i Nysę. W Nysie pracowało 150 strażaków.")
    assert _conflicts(a, b) == [("firefighters", 120, 150)]


@pytest.mark.parametrize(("la", "a_body", "lb", "b_body"), [
    ("en", "Mount Etna erupted. The lava stopped 500 metres from the first houses.",
     "it", "L'Etna ha eruttato. La colonna di cenere ha raggiunto i 9.000 metri."),
    ("cs", "Povodeň si vyžádala 2 miliony korun na první pomoc.",
     "sk", "Povodeň si vyžiadala 10 miliónov korún škôd."),
])
def test_figures_far_apart_are_different_things(la: str, a_body: str, lb: str,
                                                b_body: str) -> None:
    a = Article(title="a", body=a_body, language=la)
    b = Article(title="b", body=b_body, language=lb)
    assert _conflicts(a, b) == []


def test_small_counts_far_apart_still_conflict() -> None:
    a = Article(title="a", language="en", body="One person died in the fire.")
    b = Article(title="b", language="es", body="Cuatro personas murieron en el incendio.")
    assert _conflicts(a, b) == [("killed", 1, 4)]


@pytest.mark.parametrize(("la", "a_body", "lb", "b_body"), [
    ("sl", "Poplava je zajela obe državi. Na terenu je bilo 400 slovenskih gasilcev.",
     "hr", "Poplava je zahvatila obje države. Na terenu je bilo 500 hrvatskih vatrogasaca."),
    ("en", "The flood hit Ostrava. Some 300 Slovak firefighters helped.",
     "en", "The flood hit Ostrava. In Ostrava, 350 firefighters were at work."),
])
def test_counts_of_two_countries_groups_never_conflict(la: str, a_body: str, lb: str,
                                                       b_body: str) -> None:
    a = Article(title="a", body=a_body, language=la)
    b = Article(title="b", body=b_body, language=lb)
    assert _conflicts(a, b) == []


def test_counts_of_one_country_s_group_still_conflict() -> None:
    a = Article(title="a", language="sl", body="Na terenu je bilo 400 slovenskih gasilcev.")
    b = Article(title="b", language="hr", body="Na terenu je bilo 500 slovenskih vatrogasaca.")
    assert _conflicts(a, b) == [("firefighters", 400, 500)]


@pytest.mark.parametrize(("language", "body", "kept"), [
    ("it", "Sulla statale 114 ci sono code di 5 km.", [5]),
    ("fr", "La route nationale 7 et la D 906 sont coupées sur 5 km.", [5]),
    ("de", "Auf der B 12 und der Bundesstraße 15 staute es sich auf 5 km.", [5]),
    ("sv", "Riksväg 40 var avstängd på 5 km.", [5]),
    ("cs", "Nehoda se stala na 42. kilometru dálnice D1, kolona měřila 5 km.", [5]),
    ("lt", "Avarija įvyko 42-ajame kilometre, spūstis siekė 5 km.", [5]),
])
def test_road_numbers_and_kilometre_markers_are_no_figures(language: str, body: str,
                                                           kept: list) -> None:
    assert _values(body, language) == kept


def test_a_capital_preposition_starting_a_sentence_is_no_road_code() -> None:
    assert _values("V 5 obcích evakuovali 300 lidí.", "cs") == [5, 300]
