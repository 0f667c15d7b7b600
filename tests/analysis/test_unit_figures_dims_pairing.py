"""Pairing figures with a unit (issue 10): the last two close figures of a dimension left
in aligned sentences are one fact; an upper bound below zero ("down to −14 degrees")
meets the figure it bounds."""

from __future__ import annotations

from figure_helpers import art, paired


def test_the_last_two_close_distances_left_are_one_fact() -> None:
    a = art("De kano's waren ruim acht kilometer afgedreven. De golven waren tot een meter "
            "hoog.", "nl")
    b = art("Rescuers reached the canoeists late in the evening, having drifted around five "
            "kilometres.", "en")
    assert ("distance", "conflict", 8, 5) in paired(a, b)


def test_down_to_a_frost_meets_the_same_frost() -> None:
    a = art("W nocy temperatura spadła do −17 stopni.", "pl")
    b = art("Вночі мороз сягав −17 °C.", "uk")
    assert ("temperature", "agree", -17, -17) in paired(a, b)
