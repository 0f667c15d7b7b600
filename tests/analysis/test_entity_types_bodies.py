"""Entity rows are typed as a reader would: bodies are organisations, not people, and two
German plural nouns side by side are no name (invented sentences)."""

from __future__ import annotations

from typing import Any

import pytest

from tui.analysis.compare import compare_articles
from tui.models import Article


def _entities(body_a: str, la: str, body_b: str, lb: str) -> list[dict[str, Any]]:
    a = Article(title="t", body=body_a, language=la)
    b = Article(title="t", body=body_b, language=lb)
    return [f for f in compare_articles(a, b)["facts"] if f["kind"] == "entity"]


def _type_of(rows: list[dict[str, Any]], name: str) -> str | None:
    for row in rows:
        texts = [m for side in ("a", "b") if row[side]
                 for m in (row[side]["text"], *row[side]["mentions"])]
        if name in texts:
            return row["type"]
    return None


@pytest.mark.parametrize(("language", "body", "body_name"), [
    ("it", "Secondo la Banca d'Italia i prestiti alle imprese sono calati del 4 per cento.",
     "Banca d'Italia"),
    ("pl", "Śledztwo w sprawie 12 przelewów wszczęła Prokuratura Okręgowa w Lublinie.",
     "Prokuratura Okręgowa"),
    ("hu", "A Fővárosi Törvényszék 14 vádlott ügyében hirdetett ítéletet kedden.",
     "Fővárosi Törvényszék"),
    ("sv", "Enligt Finansinspektionen har banken brustit i kontrollen av 300 kunder.",
     "Finansinspektionen"),
])
def test_a_body_named_by_its_institution_noun_is_an_organisation(
        language: str, body: str, body_name: str) -> None:
    rows = _entities(body, language, "Nothing related happened in Lisbon on Tuesday.", "en")
    assert _type_of(rows, body_name) == "org"


def test_a_german_compound_ending_in_an_institution_noun_is_an_organisation() -> None:
    rows = _entities("Die Finanzaufsicht Veritas verhängte ein Bußgeld von 3 Mio. Euro.", "de",
                     "The regulator Veritas imposed a fine of €3m on Monday.", "en")
    assert _type_of(rows, "Finanzaufsicht Veritas") == "org"


def test_the_stock_exchange_of_a_city_is_a_body_and_the_city_still_meets_its_name() -> None:
    rows = _entities("Le azioni hanno perso il 6 per cento alla Borsa di Francoforte.", "it",
                     "Die Aktie verlor in Frankfurt 6 Prozent.", "de")
    assert _type_of(rows, "Borsa di Francoforte") == "org"
    city = [r for r in rows if r["status"] == "agree" and r["b"]["text"] == "Frankfurt"]
    assert city and city[0]["a"]["text"] == "Francoforte"


def test_german_plural_nouns_side_by_side_are_not_a_person() -> None:
    rows = _entities(
        "Über einen Zeitraum von vier Jahren Beschwerden von Anwohnern gesammelt, sagte "
        "Bürgermeisterin Anke Dörner. Seit Monaten Proteste vor dem Rathaus in Celle.", "de",
        "Residents complained for four years, mayor Anke Dörner said in Celle.", "en")
    people = [r for r in rows if r["type"] == "person"]
    names = {m for r in people for s in ("a", "b") if r[s] for m in r[s]["mentions"]}
    assert "Anke Dörner" in names
    assert not any(n.startswith(("Jahren", "Monaten")) for n in names), names


@pytest.mark.parametrize(("language", "body", "place"), [
    ("pl", "Pożar wybuchł w nocy w Sandomierzu, gdzie spłonęły 4 magazyny.", "Sandomierzu"),
    ("cs", "Požár vypukl v noci ve Vsetíně, kde shořely 4 sklady.", "Vsetíně"),
    ("hr", "Požar je izbio noću u Vinkovcima, gdje su izgorjela 4 skladišta.", "Vinkovcima"),
    ("uk", "Пожежа спалахнула вночі у Самборі, де згоріли 4 склади.", "Самборі"),
    ("sv", "Branden bröt ut i natt i Söderhamn, där 4 lager brann ner.", "Söderhamn"),
])
def test_a_name_after_a_place_preposition_is_a_place(language: str, body: str,
                                                      place: str) -> None:
    rows = _entities(body, language, "Nothing related happened in Lisbon on Tuesday.", "en")
    assert _type_of(rows, place) == "place"


def test_a_spokeswoman_named_after_her_town_stays_a_person() -> None:
    rows = _entities("Škola zostala zatvorená, povedala hovorkyňa hasičov v Prešove Jana "
                     "Hudáková.", "sk", "The school stayed shut, said Jana Hudáková.", "en")
    assert _type_of(rows, "Jana Hudáková") == "person"
    assert _type_of(rows, "Prešove") == "place"
