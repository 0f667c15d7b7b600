"""Figures whose sentences the monotone alignment leaves apart: a sentence told in another
order pairs with its like before it joins a neighbour's group."""

from __future__ import annotations

from tui.analysis.align import align_sentences


def test_a_sentence_told_elsewhere_meets_its_like_not_its_neighbours_partner() -> None:
    # A1 resembles B1, A0's anchor, a little (it would join that group) but B0, which no
    # anchor took, much more: the two are paired out of order, A1 joins no group
    sim = [[0.0, 0.6, 0.0], [0.35, 0.15, 0.0], [0.0, 0.0, 0.5]]
    pairs = {(i, j) for g in align_sentences(sim) for i in g.a for j in g.b}
    assert (1, 0) in pairs and (1, 1) not in pairs
    assert {(0, 1), (2, 2)} <= pairs


def test_a_neighbour_still_joins_when_nothing_left_resembles_it_better() -> None:
    sim = [[0.0, 0.6, 0.0], [0.15, 0.3, 0.0], [0.0, 0.0, 0.5]]
    pairs = {(i, j) for g in align_sentences(sim) for i in g.a for j in g.b}
    assert (1, 0) not in pairs
