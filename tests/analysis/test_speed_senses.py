"""The yes/no tests figure pairing asks of two counts' senses (`shares`, `nests`,
`relates`) answer what the ranked lists they stand for (`shared`, `nested`, `related`)
would: a non-empty list is a yes."""

from __future__ import annotations

from functools import lru_cache

from hypothesis import given, settings
from hypothesis import strategies as st

from tui.analysis import glossary as g

NOUNS = [
    ("en", "lorries"), ("en", "vehicles"), ("en", "staff"), ("en", "workers"),
    ("en", "boats"), ("en", "vessels"), ("en", "tractors"), ("en", "trucks"),
    ("en", "cows"), ("en", "sheep"), ("en", "nurses"), ("en", "doctors"),
    ("en", "buses"), ("en", "cars"), ("en", "ships"), ("en", "cleaners"),
    ("it", "pescherecci"), ("hr", "brodova"), ("de", "Traktoren"), ("pl", "ciągników"),
]


@lru_cache(maxsize=1)
def _pool() -> list[int]:
    """Senses of the nouns above, and what they are kinds of and broader than."""
    out: set[int] = set()
    for language, word in NOUNS:
        for s in g.senses(language, word):
            out |= {s, *g.kinds(s), *g.broader(s)}
    return sorted(out)


def _check(a: g.Senses, b: g.Senses) -> None:
    assert g.shares(a, b) == bool(g.shared(a, b))
    assert g.nests(a, b) == bool(g.nested(a, b))
    for top in (1, 2, 3):
        assert g.relates(a, b, top) == bool(g.related(a, b, top))
    assert g.relates(a, b) == bool(g.related(a, b))


def test_the_glossary_knows_the_nouns_checked() -> None:
    assert len(_pool()) > 20
    assert g.relates(g.senses("en", "staff"), g.senses("en", "workers"))
    assert g.relates(g.senses("en", "trucks"), g.senses("en", "vehicles"))


def test_yes_no_tests_answer_as_the_ranked_lists_for_every_two_nouns() -> None:
    senses = [g.senses(lang, word) for lang, word in NOUNS] + [()]
    for a in senses:
        for b in senses:
            _check(a, b)


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_yes_no_tests_answer_as_the_ranked_lists_for_any_senses(data: st.DataObject) -> None:
    pick = st.lists(st.sampled_from(_pool()), max_size=6, unique=True).map(tuple)
    _check(data.draw(pick), data.draw(pick))
