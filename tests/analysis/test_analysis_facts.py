"""`Analysis.facts()`: each reported figure once."""

from __future__ import annotations

from pathlib import Path

from tui.analysis.facts import analyse, extract_facts
from tui.ingest import load_file

REPO = Path(__file__).resolve().parents[2]
GALATI = REPO / "sample_feed" / "html" / "continental-wire-danube-galati-flood.html"


def quantity_facts(text: str, language: str = "en") -> list[dict]:
    return [f for f in analyse(text, language).facts() if f["kind"] == "quantity"]


def test_galati_title_and_lead_report_each_figure_once() -> None:
    (article,) = load_file(GALATI)
    first = article.body.split("\n\n", 1)[0]
    facts = quantity_facts(f"{article.title}.\n\n{first}")
    by_concept = [(f["concept"], f["value"]) for f in facts]
    assert by_concept == [("killed", 2), ("evacuated", 1350)]
    killed, evacuated = facts
    assert killed["text"] == "two dead"  # the first mention is kept
    assert evacuated["text"] == "1,350 evacuated"
    assert evacuated["qualifier"] == "at_least"  # from "at least 1,350 residents"


def test_repeated_figure_merges_into_first_mention_with_specific_qualifier() -> None:
    facts = quantity_facts(
        "The storm killed two people on Monday. Officials said two people were killed. "
        "Nearly 1,350 people were evacuated. Later, 1,350 people were evacuated again."
    )
    assert [(f["concept"], f["value"], f["qualifier"]) for f in facts] == [
        ("killed", 2, "exact"), ("evacuated", 1350, "approx")]
    assert facts[0]["sentence"] == 0


def test_distinct_figures_stay_separate() -> None:
    facts = quantity_facts(
        "The flood killed two people and injured five. About 300 homes were damaged. "
        "The river reached 6.4 metres."
    )
    assert [(f["concept"], f["value"]) for f in facts] == [
        ("killed", 2), ("injured", 5), ("homes", 300), ("distance", 6.4)]


def test_generic_figure_kept_when_far_away_or_a_different_thing() -> None:
    # A generic figure is only dropped next to a people count of the same value.
    facts = quantity_facts(
        "The fire destroyed 40 homes. Some 40 people gathered outside the town hall."
    )
    assert [(f["concept"], f["value"]) for f in facts] == [("homes", 40), ("people", 40)]
    facts = quantity_facts(
        "Twelve people were evacuated on Monday. The river rose. Roads were closed. "
        "Rescuers arrived. Twelve people later attended a meeting in the village."
    )
    assert [(f["concept"], f["value"]) for f in facts] == [("evacuated", 12), ("people", 12)]


def test_extract_facts_of_galati_body_unchanged() -> None:
    (article,) = load_file(GALATI)
    facts = [f for f in extract_facts(article) if f["kind"] == "quantity"]
    # "more than a metre deep": one unit said with an article is a figure too
    assert [(f["concept"], f["value"]) for f in facts] == [
        ("killed", 2), ("people", 1350), ("distance", 1), ("distance", 6.4), ("homes", 300)]
