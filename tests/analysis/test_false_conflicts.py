"""False conflicts: two figures that are not about the same thing, or that can both be
true, are never shown as a disagreement; the same figures of one thing still are."""

from __future__ import annotations

from tui.analysis.compare import compare_articles
from tui.models import Article

_NOW = "2026-05-12T09:00:00+02:00"


def _art(body: str, language: str) -> Article:
    return Article(title="Report", source="Wire", language=language, body=body, published=_NOW)


def _rows(a: Article, b: Article) -> list[tuple[str, str, object, object]]:
    return [(f["concept"], f["status"], f["a"]["value"], f["b"]["value"])
            for f in compare_articles(a, b)["facts"]
            if f["kind"] == "quantity" and f["a"] and f["b"]]


def _conflicts(a: Article, b: Article) -> list[tuple[object, object]]:
    return [(va, vb) for _, status, va, vb in _rows(a, b) if status == "conflict"]


# ------------------------------------------------ a value answered in the aligned sentence


def test_a_count_whose_value_the_aligned_sentence_states_is_not_a_rival() -> None:
    """ "about 20 riders fell" is stated by both (A's noun unread); A's "eight taken to
    hospital" is another group of riders, never a disagreement with B's 20."""
    a = _art("Dans la descente, une vingtaine de coureurs sont tombés à grande vitesse. "
             "Huit coureurs ont été transportés à l'hôpital de la ville.", "fr")
    b = _art("In der Abfahrt stürzten bei hohem Tempo etwa 20 Fahrer. "
             "Zwölf Fahrer wurden ins Krankenhaus der Stadt gebracht.", "de")
    assert (8, 20) not in _conflicts(a, b)


def test_counts_of_one_clause_still_conflict_beside_an_agreeing_one() -> None:
    a = _art("The gale flattened the fence and three ponies bolted from the paddock. "
             "Two ponies were rounded up before dusk.", "en")
    b = _art("After the gale flattened the fence, three ponies bolted from the paddock. "
             "Four ponies were rounded up before dusk.", "en")
    assert _conflicts(a, b) == [(2, 4)]


def test_an_equal_count_of_another_thing_in_the_aligned_sentence_answers_nothing() -> None:
    """ "three ambulances" beside "three injured" is no counterpart of the injured: 3 / 5
    injured is still a disagreement."""
    a = _art("Three people were injured when the bus left the road near Kell, and three "
             "ambulances took them away.", "en")
    b = _art("Five people were injured when the bus left the road near Kell. Three "
             "ambulances took them away.", "en")
    assert _conflicts(a, b) == [(3, 5)]


# ------------------------------------------------------------------ compound durations


def _durations(a: Article, b: Article) -> list[tuple[str, object, object]]:
    return [(status, va, vb) for concept, status, va, vb in _rows(a, b) if concept == "duration"]


def test_hours_and_minutes_are_one_duration() -> None:
    """ "two hours and forty minutes" is 2 h 40 min, not a figure of 2 h and one of 40 min."""
    a = _art("Branden var slukket efter 2 timer og 40 minutter.", "da")
    b = _art("The blaze was put out after two hours and forty minutes.", "en")
    assert _durations(a, b) == [("agree", 160, 160)]  # one figure, in its smaller unit


def test_a_compound_duration_agrees_with_the_round_figure_it_is_close_to() -> None:
    a = _art("Det tog nästan tre timmar att släcka branden i depån.", "sv")
    b = _art("The fire at the depot was out after two hours and fifty minutes.", "en")
    assert _durations(a, b) == [("agree", 3, 170)]  # 3 h and 170 min


def test_a_compound_duration_still_conflicts_with_its_whole_hours() -> None:
    a = _art("Die Überfahrt dauerte 3 Stunden und 20 Minuten.", "de")
    b = _art("Przeprawa trwała 4 godziny.", "pl")
    assert _durations(a, b) == [("conflict", 200, 4)]  # 200 min and 4 h


# --------------------------------------------------------------------- "nearly" figures


def test_a_figure_a_little_under_a_nearly_figure_is_no_disagreement() -> None:
    """ "près de 400" is said of 350 as well: both may be true, so never a conflict."""
    a = _art("Près de 400 habitants ont été évacués dimanche.", "fr")
    b = _art("Domenica sono stati evacuati 350 abitanti.", "it")
    assert _conflicts(a, b) == []


def test_a_figure_far_under_a_nearly_figure_still_conflicts() -> None:
    a = _art("Près de 400 habitants ont été évacués dimanche.", "fr")
    b = _art("Domenica sono stati evacuati 300 abitanti.", "it")
    assert _conflicts(a, b) == [(400, 300)]


def test_about_is_not_nearly() -> None:
    """ "about 16 hours" / "14 hours": an approximation both ways, 12 % off, conflicts."""
    a = _art("It took about 16 hours to clear the wreck from the motorway.", "en")
    b = _art("Il a fallu 14 heures pour dégager l'épave de l'autoroute.", "fr")
    assert _conflicts(a, b) == [(16, 14)]


def test_nearly_words_are_read_from_the_language_file() -> None:
    from tui.analysis.facts import analyse

    nearly = {q.text: q.nearly for q in analyse(
        "Det tog nästan tre timmar, omkring 40 minuter mer än väntat.", "sv").quantities}
    assert nearly == {"nästan tre timmar": True, "omkring 40 minuter": False}


# ------------------------------------------------------- a place only one report names


_STORM_B = ("Der Sturm traf Graz in der Nacht auf Montag schwer. "
            "In Graz waren 3.400 Haushalte ohne Strom.")


def test_a_figure_of_a_place_the_other_report_never_names_is_another_figure() -> None:
    """ "In Leoben, 2,100 households" / "In Graz, 3,400 households": Graz is named by
    both, Leoben only by A, so the two counts are of two towns."""
    a = _art("The storm hit Graz hard on Sunday night. In Leoben, 2,100 households lost "
             "power.", "en")
    assert _conflicts(a, _art(_STORM_B, "de")) == []


def test_figures_of_the_shared_place_still_conflict() -> None:
    a = _art("The storm hit Graz hard on Sunday night. In Graz, 2,100 households lost "
             "power.", "en")
    assert _conflicts(a, _art(_STORM_B, "de")) == [(2100, 3400)]


# --------------------------------------------------------------- numbers split by a noun


def test_an_irish_teen_holds_its_noun_inside_the_number() -> None:
    """ "trí bhó dhéag" is 13 cows (the noun between "trí" and "déag"), not three."""
    from tui.analysis.facts import analyse

    values = [q.value for q in analyse(
        "Goideadh trí bhó dhéag ón bhfeirm, agus mhair an cuardach dhá uair déag.",
        "ga").quantities]
    assert values == [13, 12]
