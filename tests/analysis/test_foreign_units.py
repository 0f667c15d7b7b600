"""A unit word of another language is no unit where the report's own language uses it
as an ordinary noun. Sentences invented for this test."""

from __future__ import annotations

import pytest

from tui.analysis.quantities import extract_quantities
from tui.analysis.sentences import split_sentences


def units(text: str, language: str) -> list[tuple[float, str | None]]:
    return [(q.value, q.unit) for q in extract_quantities(text, language, split_sentences(text))]


@pytest.mark.parametrize(("text", "language"), [
    ("A tempestade destruiu uma casa perto do rio.", "pt"),
    ("El viento arrancó el tejado de una casa en Lugo.", "es"),
    ("Il fulmine ha colpito una casa a Bergamo.", "it"),
])
def test_a_house_is_no_duration(text: str, language: str) -> None:
    assert all(unit != "h" for _, unit in units(text, language))


def test_the_same_word_is_still_hours_in_its_own_language() -> None:
    assert (2, "h") in units("Putnici su čekali dva časa u vozu.", "sr")


def test_a_foreign_unit_word_still_counts_where_it_means_nothing() -> None:
    """A Portuguese report quoting "30 metros" reads a distance; so does a long foreign
    unit word that is no word of the report's language."""
    assert any(u == "m" for _, u in units("O muro tinha 30 metros de altura.", "pt"))
    assert any(u == "h" for _, u in units("Die Gäste warteten 3 sigħat am Hafen.", "de"))
