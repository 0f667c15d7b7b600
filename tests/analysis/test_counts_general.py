"""Counts of things in languages the concept words were first missing for (issue 10, items
1 and 3): crews, roads and municipalities in every language file, nouns matched by their
simplemma lemma, a place named in the singular is not what a figure counts."""

from __future__ import annotations

from figure_helpers import art, paired

from tui.analysis.facts import extract_facts


def _concepts(body: str, language: str) -> dict[object, str]:
    return {f["value"]: f["concept"] for f in extract_facts(art(body, language))
            if f["kind"] == "quantity"}


def test_crew_members_agree_across_languages() -> None:
    a = art("Na palube lode bolo 19 členov posádky, nikto nebol zranený.", "sk")
    b = art("There were 19 crew members on board and nobody was hurt.", "en")
    assert ("crew", "agree", 19, 19) in paired(a, b)


def test_closed_roads_conflict_across_languages() -> None:
    a = art("Uzavretých zostalo 14 ciest, hlásila polícia.", "sk")
    b = art("Police said 17 roads remained closed.", "en")
    assert ("roads", "conflict", 14, 17) in paired(a, b)


def test_municipalities_in_a_language_without_an_english_side() -> None:
    a = art("Koulut suljettiin kolmessa kunnassa ja 5 kuntaa julisti hätätilan.", "fi")
    b = art("Skolorna stängdes och 5 kommuner utlyste nödläge.", "sv")
    assert ("municipalities", "agree", 5, 5) in paired(a, b)


def test_a_municipality_in_the_singular_is_where_not_what_is_counted() -> None:
    # "17 polling stations around the municipality": the 17 are not municipalities.
    assert _concepts("Rösterna avgavs i 17 vallokaler runt om i kommunen.", "sv").get(17) != (
        "municipalities")
    assert _concepts("Kunnan 1 150 työntekijälle luvattiin työpaikka.", "fi").get(1150) != (
        "municipalities")


def test_an_inflected_household_word_is_a_home() -> None:
    # hr genitive plural "kućanstava" (stem kućanstv- changes), de dative "Häusern".
    assert _concepts("Oko 8.000 kućanstava ostalo je bez struje.", "hr")[8000] == "homes"
    assert _concepts("Aus 17 Häusern mussten die Bewohner fliehen.", "de")[17] == "homes"


def test_a_decimal_before_a_noun_is_not_a_count_of_things() -> None:
    a = art("Sarsıntının büyüklüğü 4,6 olarak ölçüldü ve bölgeye 2.500 arama ekibi gitti.",
             "tr")
    b = art("The quake measured 4.6 and some 2,500 search teams were sent.", "en")
    assert not [r for r in paired(a, b) if r[1] == "conflict"]


def test_farm_and_warehouse_nouns_pair_by_their_english_name() -> None:
    # [nouns] hens, eggs, tyres, hotels in every file: two languages, neither English.
    a = art("Na farme zlikvidujú 120 000 sliepok a denne tam znesú 90 000 vajec.", "sk")
    b = art("A gazdaságban 120 000 tyúkot ölnek le, naponta 90 000 tojást raknak.", "hu")
    rows = paired(a, b)
    assert ("hens", "agree", 120000, 120000) in rows
    assert ("eggs", "agree", 90000, 90000) in rows
    c = art("W magazynie składowano 5000 opon, ewakuowano 3 hotele.", "pl")
    d = art("Im Lager lagen 5000 Reifen, drei Hotels wurden geräumt.", "de")
    assert ("tyres", "agree", 5000, 5000) in paired(c, d)
