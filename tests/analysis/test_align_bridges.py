"""Sentence alignment across languages and scripts: counted nouns by their glossary senses,
stems in Latin letters, sentences told in another order, and French "plus d'une centaine"."""

from __future__ import annotations

from figure_helpers import art, paired

from tui.analysis.align import align_sentences, sentence_features, similarity
from tui.analysis.facts import analyse_article
from tui.widgets.compare.model import passage_rows


def _features(body: str, language: str) -> list[dict[str, float]]:
    return sentence_features(analyse_article(art(body, language)))


def test_counted_nouns_of_two_languages_meet_by_their_senses() -> None:
    # different figures, no shared word: only what is counted (dogs) links them
    a = _features("Bis zum Abend fingen die Helfer 35 Hunde ein.", "de")[0]
    b = _features("In serata i volontari hanno recuperato 50 cani.", "it")[0]
    assert similarity(a, b) > 0.05


def test_a_sense_the_other_sentence_lacks_does_not_dilute_it() -> None:
    both = {"n:12.0": 3.0, "s:bridg": 1.0}
    assert similarity({**both, "g:1": 1.0}, both) == similarity(both, both) == 1.0


def test_cyrillic_stems_meet_latin_ones() -> None:
    a = _features("Власти су затворили четири бунара поред обале.", "sr")[0]
    b = _features("Vlasti su zatvorile šest bunara uz obalu.", "hr")[0]
    assert {"s:zatvo", "s:bunar"} <= a.keys() & b.keys()


def test_sentences_told_in_another_order_are_aligned_but_not_shown_side_by_side() -> None:
    sim = [[0.5, 0.0, 0.0], [0.0, 0.0, 0.6], [0.0, 0.4, 0.0]]
    groups = align_sentences(sim)
    pairs = {(i, j) for g in groups for i in g.a for j in g.b}
    assert {(0, 0), (1, 2), (2, 1)} <= pairs
    crossing = [g for g in groups if g.crossing]
    assert len(crossing) == 1
    assert all(set(g.to_json()) == {"a", "b", "score"} for g in groups)  # the JSON contract

    class _Text:
        paragraph_start = False

    rows = passage_rows(groups, [_Text()] * 3, [_Text()] * 3)
    shown = [(r.a, r.b) for r in rows if r.a and r.b]
    assert len(shown) == len(groups) - 1


def test_more_than_a_hundred_in_french_agrees_with_140() -> None:
    a = art("Faute de personnel, la clinique de Vierzon a reporté 140 opérations.", "fr")
    b = art("Faute de personnel, la clinique de Vierzon a reporté plus d'une centaine "
            "d'opérations.", "fr")
    assert [r[1:] for r in paired(a, b)] == [("agree", 140, 100)]
