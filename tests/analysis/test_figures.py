"""Figures without a concept entry: units by dimension, counted nouns, and what is never
compared (issue 10, items 1 and 3)."""

from __future__ import annotations

from tui.analysis.compare import compare_articles
from tui.analysis.facts import extract_facts
from tui.models import Article


def _art(body: str, language: str) -> Article:
    return Article(title="Report", source="Wire", language=language, body=body)


def _quantity_rows(a: Article, b: Article) -> list[dict]:
    return [f for f in compare_articles(a, b)["facts"] if f["kind"] == "quantity"]


def _paired(a: Article, b: Article) -> list[tuple[str, str, object, object]]:
    return [(f["concept"], f["status"], f["a"]["value"], f["b"]["value"])
            for f in _quantity_rows(a, b) if f["a"] and f["b"]]


def test_distance_in_two_languages_agrees() -> None:
    a = _art("The river burst its banks and the flood spread over 12 km of farmland.", "en")
    b = _art("O rio transbordou e a cheia espalhou-se por 12 quilómetros de campos.", "pt")
    assert ("distance", "agree", 12, 12) in _paired(a, b)


def test_speed_in_two_units_agrees_and_keeps_written_values() -> None:
    a = _art("Gusts reached 20 m/s on the coast, the weather service said.", "en")
    b = _art("Die Böen erreichten an der Küste 72 km/h, teilte der Wetterdienst mit.", "de")
    rows = [f for f in _quantity_rows(a, b) if f["concept"] == "speed"]
    assert rows and rows[0]["status"] == "agree"
    side_a, side_b = rows[0]["a"], rows[0]["b"]
    assert (side_a["value"], side_a["unit"]) == (20, "m/s")
    assert (side_b["value"], side_b["unit"]) == (72, "km/h")
    assert side_a["normalized"] == {"value": 72, "unit": "km/h", "dimension": "speed"}


def test_counted_noun_nobody_listed_meets_across_languages() -> None:
    a = _art("Farmers drove 31 tractors into the town centre on Monday.", "en")
    b = _art("Am Montag fuhren Landwirte mit 34 Traktoren in die Innenstadt.", "de")
    assert ("tractor", "conflict", 31, 34) in _paired(a, b)


def test_counts_of_different_nouns_in_one_language_never_pair() -> None:
    a = _art("Farmers counted 12 sheep on the island. Crews cleared 40 trees.", "en")
    b = _art("Farmers counted 15 cows on the island. Crews cleared 40 trees.", "en")
    pairs = _paired(a, b)
    assert ("tree", "agree", 40, 40) in pairs
    assert not any(p[1] == "conflict" for p in pairs)


def test_negative_temperature_is_read_with_its_sign() -> None:
    facts = extract_facts(_art("Overnight it fell to -28 °C in the valley.", "en"))
    temps = [f for f in facts if f["kind"] == "quantity" and f["concept"] == "temperature"]
    assert [f["value"] for f in temps] == [-28]


def test_inspect_keeps_written_value_and_adds_normalized() -> None:
    facts = extract_facts(_art("The fire burned 35 km of forest.", "en"))
    dist = [f for f in facts if f["kind"] == "quantity" and f["concept"] == "distance"]
    assert (dist[0]["value"], dist[0]["unit"]) == (35, "km")
    assert dist[0]["normalized"] == {"value": 35000, "unit": "m", "dimension": "distance"}


def test_markers_roads_years_and_times_are_never_compared() -> None:
    a = _art("The lorry overturned at km 42 of the A4 at 14:30 in 2026; 3 cars were hit.", "en")
    b = _art("The lorry overturned at km 47 of the A9 at 16:10 in 2025; 3 cars were hit.", "en")
    assert not [f for f in _quantity_rows(a, b) if f["status"] == "conflict"]


def test_distances_of_unrelated_sentences_do_not_conflict() -> None:
    a = _art("The ash cloud rose 9 km above the crater. Schools reopened on Tuesday. "
             "Police kept an exclusion zone of 20 km.", "en")
    b = _art("Die Behörden sperrten die Straße. Das Dorf liegt 4 km vom Krater entfernt.", "de")
    assert not [f for f in _quantity_rows(a, b) if f["status"] == "conflict"]


def test_a_range_agrees_with_a_figure_inside_it_and_conflicts_outside() -> None:
    a = _art("Waves of 3–4 m hit the harbour wall.", "en")
    inside = _art("Ondas de 3,5 metros atingiram o paredão do porto.", "pt")
    outside = _art("Ondas de 6 metros atingiram o paredão do porto.", "pt")
    assert ("distance", "agree", 3, 3.5) in _paired(a, inside)
    assert ("distance", "conflict", 3, 6) in _paired(a, outside)
    row = next(f for f in _quantity_rows(a, inside) if f["a"] and f["b"])
    assert (row["a"]["value"], row["a"]["high"], row["a"]["unit"]) == (3, 4, "m")


def test_a_converted_figure_agrees_within_rounding() -> None:
    a = _art("Gusts of 28 m/s tore roofs off in the harbour district.", "en")
    b = _art("Böen mit 100 km/h deckten im Hafenviertel Dächer ab.", "de")
    c = _art("Böen mit 130 km/h deckten im Hafenviertel Dächer ab.", "de")
    assert ("speed", "agree", 28, 100) in _paired(a, b)
    assert ("speed", "conflict", 28, 130) in _paired(a, c)


def test_a_range_beyond_any_figure_is_not_read() -> None:
    facts = extract_facts(_art("Losses of 5-900000000000 trillion euros were claimed.", "en"))
    assert not [f for f in facts if f["kind"] == "quantity" and f.get("high")]
