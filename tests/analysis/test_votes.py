"""Results of a vote told by nouns, verbs or prepositions ("27 in favour, 16 against",
"przeciw było 15", "3 wstrzymało się"): votes keep their side, so votes for never meet
votes against, and abstentions and seats are their own figures ([votes] in each file)."""

from __future__ import annotations

import pytest

from tui.analysis.compare import compare_articles
from tui.analysis.facts import analyse_article
from tui.models import Article


def _votes(body: str, language: str) -> list[tuple[str, float, str | None]]:
    a = analyse_article(Article(title="t", body=body, language=language))
    return [(q.concept, q.value, q.role) for q in a.quantities
            if q.concept in ("votes", "abstentions", "seats")]


@pytest.mark.parametrize(("language", "body"), [
    ("de", "Der Rat stimmte mit 27 Ja-Stimmen bei 16 Nein-Stimmen und 2 Enthaltungen zu."),
    ("fr", "Le conseil a voté le projet par 27 voix pour, 16 contre et 2 abstentions."),
    ("tr", "Mecliste yapılan oylamada 27 kabul, 16 ret oyu çıktı, 2 üye çekimser kaldı."),
    ("ru", "За решение проголосовали 27 депутатов, против 16, воздержались 2."),
])
def test_sides_of_a_vote_in_several_languages(language: str, body: str) -> None:
    assert _votes(body, language) == [
        ("votes", 27, "for"), ("votes", 16, "against"), ("abstentions", 2, None)]


def test_seats_are_counted_by_their_noun() -> None:
    assert _votes("Il consiglio conta 45 seggi.", "it") == [("seats", 45, None)]


@pytest.mark.parametrize(("language", "body"), [
    ("ru", "Против 5 человек возбуждено уголовное дело."),
    ("fr", "Le maire a demandé 300 lits pour 40 familles."),
])
def test_a_side_word_outside_a_vote_is_no_vote(language: str, body: str) -> None:
    assert _votes(body, language) == []


def test_votes_for_meet_votes_for_and_against_meets_against() -> None:
    a = Article(title="Rat", language="de", body=(
        "Der Stadtrat stimmte dem Plan mit 27 Ja-Stimmen bei 16 Nein-Stimmen und "
        "2 Enthaltungen zu."))
    b = Article(title="Conseil", language="fr", body=(
        "Le conseil municipal a voté le plan par 27 voix pour, 15 contre et 2 abstentions."))
    rows = {(f["concept"], f["a"]["value"], f["b"]["value"]): f["status"]
            for f in compare_articles(a, b)["facts"]
            if f["kind"] == "quantity" and f["a"] and f["b"]}
    assert rows == {("votes", 27, 27): "agree", ("votes", 16, 15): "conflict",
                    ("abstentions", 2, 2): "agree"}


def test_voters_and_polling_stations_in_a_vote() -> None:
    a = Article(title="Referendum", language="pl", body=(
        "W referendum uprawnionych do głosowania było 18 700 wyborców. "
        "Głosowano w 15 lokalach wyborczych."))
    b = Article(title="Volksentscheid", language="de", body=(
        "Beim Volksentscheid waren 18.700 Wahlberechtigte aufgerufen. "
        "Die Stimmabgabe erfolgte in 17 Wahllokalen."))
    rows = {(f["concept"], f["a"]["value"], f["b"]["value"]): f["status"]
            for f in compare_articles(a, b)["facts"]
            if f["kind"] == "quantity" and f["a"] and f["b"]}
    assert rows == {("voters", 18700, 18700): "agree",
                    ("polling_stations", 15, 17): "conflict"}


def test_an_ambiguous_station_word_outside_a_vote_is_no_polling_station() -> None:
    a = analyse_article(Article(title="t", language="fr", body="Le feu a détruit 15 bureaux."))
    assert [q.concept for q in a.quantities] != ["polling_stations"]
