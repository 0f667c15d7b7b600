"""Which word names a count in the western languages (issue 10): the head of an English
open compound ("junior players"), the common counted nouns of news reports each language
file lists ([nouns]), and auxiliaries that are no nouns ("har")."""

from __future__ import annotations

import pytest
from figure_helpers import art, paired

from tui.analysis.facts import analyse_article
from tui.analysis.figures import count_label, is_count


def _labels(body: str, language: str) -> dict[float, str]:
    return {q.value: count_label(q, language) for q in analyse_article(art(body, language))
            .quantities if is_count(q)}


@pytest.mark.parametrize(("body", "value", "name"), [
    ("The club said 14 youth players were on the pitch.", 14, "player"),
    ("Inspectors sent 21 water samples to the laboratory.", 21, "sample"),
    ("Some 33 election officials began the count on Monday.", 33, "official"),
    ("All 12 canteen staff were sent home.", 12, "staff"),
])
def test_an_english_open_compound_is_counted_by_its_head(body: str, value: int,
                                                         name: str) -> None:
    assert _labels(body, "en")[value] == name


def test_an_open_compound_head_pairs_with_the_bare_noun() -> None:
    a = art("The van carried five security guards to the depot on Monday.", "en")
    b = art("Five guards were in the van that reached the depot on Monday.", "en")
    assert ("guard", "agree", 5, 5) in paired(a, b)
