"""Feed sorts, positions under every sort, and marking a whole view read."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.models import Article
from tui.store import ArticleFilter, EventRecord, Store
from tui.store.query import SORTS


def art(title: str, **kw: object) -> Article:
    return Article(title=title, body=f"Body of {title}.", **kw)  # type: ignore[arg-type]


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with Store.open(tmp_path / "sort.db") as s:
        s.import_articles([
            art("a1", source="Beta", language="pt", published="2026-01-05T10:00:00+00:00"),
            art("a2", source="alpha", language="en", published="2026-01-06T10:00:00+00:00"),
            art("a3", source=None, language="en", published="2026-01-04T10:00:00+00:00"),
            art("a4", source="Beta", language=None, published="2026-01-07T10:00:00+00:00"),
            art("a5", source="Gamma", language="de"),
            art("a6", source="alpha", language="pt", published="2026-01-03T10:00:00+00:00"),
        ])
        ids = {a.title: a.id for a in s.page(ArticleFilter(), 0, 20)}
        big = EventRecord(None, "big", None, None, {"k:big": 1.0})
        s.save_event(big, [ids["a1"], ids["a3"], ids["a6"]])
        s.save_event(EventRecord(None, "pair", None, None, {"k:pair": 1.0}),
                     [ids["a2"], ids["a4"]])
        s.set_read(ids["a2"])
        s.set_read(ids["a4"])
        yield s


def titles(store: Store, flt: ArticleFilter) -> list[str]:
    return [a.title for a in store.page(flt, 0, 50)]


def test_each_sort_orders_the_feed(store: Store) -> None:
    assert titles(store, ArticleFilter()) == ["a4", "a2", "a1", "a3", "a6", "a5"]
    # outlet A–Z (no outlet first), newest first within one outlet
    assert titles(store, ArticleFilter(sort="outlet")) == ["a3", "a4", "a1", "a5", "a2", "a6"]
    assert titles(store, ArticleFilter(sort="language")) == ["a4", "a5", "a2", "a3", "a1", "a6"]
    assert titles(store, ArticleFilter(sort="unread")) == ["a1", "a3", "a6", "a5", "a4", "a2"]
    # the three-report event first, its reports together; the single report last
    assert titles(store, ArticleFilter(sort="event_size")) == ["a1", "a3", "a6", "a4", "a2", "a5"]


def test_grouped_sort_orders_reports_inside_each_event(store: Store) -> None:
    grouped = ArticleFilter(group_events=True, sort="unread")
    # events newest first (the pair has the newest report); inside, unread first
    assert titles(store, grouped) == ["a4", "a2", "a1", "a3", "a6", "a5"]
    assert titles(store, ArticleFilter(group_events=True, sort="language")) == [
        "a4", "a2", "a3", "a1", "a6", "a5"
    ]


@pytest.mark.parametrize("sort", SORTS)
@pytest.mark.parametrize("grouped", [False, True])
@pytest.mark.parametrize(
    "flt", [ArticleFilter(), ArticleFilter(language="pt"), ArticleFilter(unread_only=True)]
)
def test_index_of_matches_the_page_for_every_sort(
    store: Store, sort: str, grouped: bool, flt: ArticleFilter
) -> None:
    from dataclasses import replace

    view = replace(flt, sort=sort, group_events=grouped)
    everything = replace(view, language=None, unread_only=False)
    rows = store.page(view, 0, 50)
    for position, article in enumerate(rows):
        assert store.index_of(article.id, view) == position
    shown = {a.id for a in rows}
    for position, article in enumerate(store.page(everything, 0, 50)):
        if article.id in shown:
            continue
        assert store.index_of(article.id, view) is None
        before = sum(
            1 for a in store.page(everything, 0, position) if a.id in shown
        )
        assert store.index_of(article.id, view, nearest=True) == before


def test_event_sizes_follow_every_change(store: Store) -> None:
    ids = {a.title: a.id for a in store.page(ArticleFilter(), 0, 20)}
    big = store.page(ArticleFilter(sort="event_size"), 0, 1)[0].event_id
    store.delete_event(big)  # its reports become single ones
    assert titles(store, ArticleFilter(sort="event_size"))[:2] == ["a4", "a2"]
    store.save_event(EventRecord(None, "x", None, None, {"k:x": 1.0}), [ids["a5"], ids["a3"]])
    # two pairs now: the one with the newer report first, then a1 and a6 alone
    assert titles(store, ArticleFilter(sort="event_size")) == ["a4", "a2", "a3", "a5", "a1", "a6"]


def test_mark_read_marks_only_the_view(store: Store) -> None:
    assert store.mark_read(ArticleFilter(language="pt")) == 2
    assert store.count(ArticleFilter(unread_only=True)) == 2
    assert store.mark_read(ArticleFilter(language="pt")) == 0  # nothing left to change
    assert store.mark_read(ArticleFilter(query='"a5"')) == 1
    assert [a.title for a in store.page(ArticleFilter(unread_only=True), 0, 9)] == ["a3"]
    assert store.mark_read() == 1 and store.stats()["unread"] == 0
