"""Counts named by two different words on the two sides (near-synonyms with no shared
glossary sense): the same value in aligned sentences is one agreed fact."""

from __future__ import annotations

from figure_helpers import art, paired


def test_same_value_with_near_synonym_nouns_agrees() -> None:
    a = art("The flood cut off the hamlet and its 37 inhabitants for two days.", "en")
    b = art("The flood cut off the hamlet and its 37 residents for two days.", "en")
    assert any(p[1:] == ("agree", 37, 37) for p in paired(a, b))
