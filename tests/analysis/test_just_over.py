"""A "just over N" figure is a little above N, not any figure above it (invented sentences)."""

from __future__ import annotations

import pytest

from tests.analysis.figure_helpers import bare_art, paired


@pytest.mark.parametrize(("text", "lang"), [
    ("Die Schäden werden auf rund {n} Millionen Kronen geschätzt.", "de"),
    ("The damage is put at about {n} million crowns.", "en"),
])
def test_just_over_nine_million_meets_about_nine_and_a_half_not_about_twelve(
        text: str, lang: str) -> None:
    a = bare_art("Skadorna uppskattas till drygt 9 miljoner kronor.", "sv")
    near = bare_art(text.format(n="9,5" if lang == "de" else "9.5"), lang)
    assert ("money", "agree", 9000000, 9500000) in paired(a, near)
    assert ("money", "conflict", 9000000, 12000000) in paired(a, bare_art(text.format(n=12), lang))


def test_more_than_without_just_stays_an_open_bound() -> None:
    """ "more than 9 million" may be 12 million: no disagreement."""
    a = bare_art("Damage is put at more than 9 million crowns.", "en")
    b = bare_art("Die Schäden werden auf rund 12 Millionen Kronen geschätzt.", "de")
    assert ("money", "agree", 9000000, 12000000) in paired(a, b)


@pytest.mark.parametrize(("text", "lang"), [
    ("Un peu plus de 300 pompiers sont intervenus.", "fr"),
    ("Чуть более 300 пожарных работали на месте.", "ru"),
    ("Nieco ponad 300 strażaków pracowało na miejscu.", "pl"),
    ("Paikalla oli reilut 300 palomiestä.", "fi"),
])
def test_just_over_is_read_in_other_languages(text: str, lang: str) -> None:
    from tui.analysis.facts import analyse_article

    q = analyse_article(bare_art(text, lang)).quantities[0]
    assert (q.value, q.qualifier, q.just_over) == (300, "more_than", True)
