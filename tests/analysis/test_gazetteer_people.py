"""A person's surname that sounds like a place is no misspelt place. Sentences invented for
this test."""

from __future__ import annotations

from tui.analysis.entities import extract_entities
from tui.analysis.gazetteer import fuzzy_lookup
from tui.analysis.sentences import split_sentences


def entities(text: str, language: str):
    return extract_entities(text, language, split_sentences(text))


def test_a_full_name_is_not_read_as_athens() -> None:
    text = "Directorul spitalului, Bogdan Atanasov, a cerut ajutor din Atena pentru răniți."
    (atanasov,) = [e for e in entities(text, "ro") if "Atanasov" in e.text]
    assert atanasov.id != "gaz:athens"
    assert fuzzy_lookup("Bogdan Atanasov") is None


def test_a_misspelt_place_and_a_misspelt_surname_are_still_found() -> None:
    assert fuzzy_lookup("Atena").id == "gaz:athens"
    assert fuzzy_lookup("Vloadimir Jensky").id == "gaz:zelensky"
