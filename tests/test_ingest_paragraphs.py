"""Paragraphs broken mid-sentence are joined, also when the continuation starts with a name."""

from __future__ import annotations

from pathlib import Path

from tui.ingest import load_file, parse_bytes
from tui.ingest.clean import merge_broken_paragraphs

REPO = Path(__file__).resolve().parents[1]


def test_the_sample_crete_report_has_no_sentence_split_over_paragraphs() -> None:
    [article] = load_file(REPO / "sample_feed" / "text" / "harbor-ledger-crete-quake.txt")
    paragraphs = article.body.split("\n\n")
    joined = [p for p in paragraphs if "as far away as" in p]
    assert len(joined) == 1 and "as far away as Rhodes and the north African coast" in joined[0]


def test_a_line_ending_on_a_function_word_continues_with_a_capital() -> None:
    text = (
        b"Quake felt across the region\n\n"
        b"The tremor was felt as far away as\n\n"
        b"Rhodes and the coast, residents said.\n\n"
        b"Rescuers worked through the night in\n\n"
        b"Ierapetra and nearby villages.\n"
    )
    [article] = parse_bytes(text, "quake.txt")
    assert article.body.split("\n\n") == [
        "The tremor was felt as far away as Rhodes and the coast, residents said.",
        "Rescuers worked through the night in Ierapetra and nearby villages.",
    ]


def test_headings_and_finished_sentences_stay_apart() -> None:
    parts = ["Background", "The dam was built in 1950.", "Ships left from Lisbon", "Rhodes too."]
    assert merge_broken_paragraphs(parts) == parts
    # Other languages' function words count too ("de" / "Lisboa").
    assert merge_broken_paragraphs(["O navio seguia de", "Lisboa para Sines."]) == [
        "O navio seguia de Lisboa para Sines."
    ]
