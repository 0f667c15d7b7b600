"""The feed's sorts, marking a view read, the events screen's queries and the user's event
corrections (split, merge, regroup) behave the same on both engines."""

from __future__ import annotations

import pytest

from tui.store import ArchiveStore, ArticleFilter, EventRecord
from tui.store.query import SORTS

from .helpers import art

EXPECTED = {
    "date": ["a2", "a3", "a1", "a4", "a5"],  # newest first, undated last
    "outlet": ["a3", "a2", "a4", "a1", "a5"],  # no outlet first, then A-Z, newest first
    "language": ["a3", "a2", "a4", "a1", "a5"],
    "unread": ["a2", "a3", "a5", "a1", "a4"],
    "event_size": ["a1", "a4", "a2", "a3", "a5"],  # the two-report event first
}


@pytest.fixture
def feed(store: ArchiveStore) -> dict[str, int]:
    store.import_articles([
        art("a1", source="B", language="pt", published="2026-01-03T10:00:00+00:00"),
        art("a2", source="A", language="en", published="2026-01-05T10:00:00+00:00"),
        art("a3", published="2026-01-04T10:00:00+00:00"),
        art("a4", source="A", language="en", published="2026-01-01T10:00:00+00:00"),
        art("a5", source="C", language="pt"),
    ])
    ids = {a.title: a.id for a in store.page(ArticleFilter(), 0, 10)}
    store.save_event(EventRecord(None, "e1", None, None, {"k:1": 1.0}), [ids["a1"], ids["a4"]])
    store.save_event(EventRecord(None, "e2", None, None, {"k:2": 1.0}), [ids["a3"]])
    store.set_read(ids["a1"])
    store.set_read(ids["a4"])
    return ids


def _titles(store: ArchiveStore, flt: ArticleFilter) -> list[str]:
    return [a.title for a in store.page(flt, 0, 20)]


@pytest.mark.parametrize("sort", SORTS)
def test_every_sort_orders_the_feed_and_finds_positions(
    store: ArchiveStore, feed: dict[str, int], sort: str
) -> None:
    flt = ArticleFilter(sort=sort)
    assert _titles(store, flt) == EXPECTED[sort]
    for position, title in enumerate(EXPECTED[sort]):
        assert store.index_of(feed[title], flt) == position
    assert _titles(store, ArticleFilter(sort=sort, language="pt")) == [
        t for t in EXPECTED[sort] if t in ("a1", "a5")
    ]
    # An article outside the view: where it would be.
    narrow = ArticleFilter(sort=sort, language="pt")
    assert store.index_of(feed["a2"], narrow) is None
    shown = [t for t in EXPECTED[sort] if t in ("a1", "a5", "a2")]
    assert store.index_of(feed["a2"], narrow, nearest=True) == shown.index("a2")


def test_grouped_by_event_each_sort_orders_inside_the_events(
    store: ArchiveStore, feed: dict[str, int]
) -> None:
    assert _titles(store, ArticleFilter(group_events=True)) == ["a2", "a3", "a1", "a4", "a5"]
    grouped = ArticleFilter(group_events=True, sort="unread")
    titles = _titles(store, grouped)
    assert titles == ["a2", "a3", "a1", "a4", "a5"]
    assert [store.index_of(feed[t], grouped) for t in titles] == list(range(5))


def test_marking_a_view_read(store: ArchiveStore, feed: dict[str, int]) -> None:
    assert store.mark_read(ArticleFilter(language="pt")) == 1  # a5; a1 was read
    assert store.stats()["unread"] == 2
    assert _titles(store, ArticleFilter(unread_only=True)) == ["a2", "a3"]
    assert store.mark_read() == 2 and store.stats()["unread"] == 0


def test_split_merge_and_regroup_are_kept(store: ArchiveStore) -> None:
    store.import_articles([art(t, url=f"https://x.example/{t}", published=f"2026-02-0{i}")
                           for i, t in enumerate(["a", "b", "c", "d"], 1)])
    ids = {a.title: a.id for a in store.page(ArticleFilter(), 0, 10)}
    own = {"a": {"k:quake": 1.0, "k:a": 0.5}, "b": {"k:quake": 1.0, "k:b": 0.5},
           "c": {"k:quake": 1.0}, "d": {"k:storm": 1.0}}
    for title, keys in own.items():
        store.save_article_keys(ids[title], keys)
    assert store.article_keys([ids["a"], ids["d"]]) == {ids["a"]: own["a"], ids["d"]: own["d"]}
    quake = store.save_event(EventRecord(None, "quake", "2026-02-01", "2026-02-03",
                                         {"k:quake": 1.0, "k:a": 0.5, "k:b": 0.5}),
                             [ids["a"], ids["b"], ids["c"]])
    storm = store.save_event(EventRecord(None, "storm", "2026-02-04", "2026-02-04",
                                         own["d"]), [ids["d"]])
    assert _titles(store, ArticleFilter(sort="event_size"))[:3] == ["c", "b", "a"]

    alone = store.split_article(ids["b"])
    assert alone not in (None, quake) and store.get(ids["b"]).event_id == alone
    assert store.split_from(ids["b"]) == [quake]
    assert set(store.event(quake).keys) == {"k:quake", "k:a"}  # rebuilt from a and c
    assert store.event(quake).size == 2
    found = store.event_candidates(["k:quake"], None, None, article_id=ids["b"])
    assert quake not in [e.id for e in found]
    assert store.split_article(ids["b"]) is not None  # again: out of its own event

    assert store.merge_events(quake, storm) and not store.merge_events(quake, storm)
    assert store.event(storm) is None and store.event(quake).size == 3
    assert "k:storm" in store.event(quake).keys
    assert store.event_total() == 2
    assert not store.regroup(ids["d"])  # placed there by the user: stays
    kinds = sorted(choice for _article, _event, choice in store.event_choices())
    assert kinds == ["pinned"] * 4 + ["split"] * 2  # a, c, d by the merge; b twice split


def test_a_changed_report_is_grouped_again_unless_placed(store: ArchiveStore) -> None:
    store.import_articles([art("a", url="https://x.example/a"),
                           art("b", url="https://x.example/b")])
    ids = {a.title: a.id for a in store.page(ArticleFilter(), 0, 10)}
    event = store.save_event(EventRecord(None, "e", None, None, {"k": 1.0}),
                             [ids["a"], ids["b"]])
    store.import_articles([art("a", "Changed text.", url="https://x.example/a")])
    assert store.get(ids["a"]).event_id is None and store.is_queued(ids["a"])
    assert store.event(event).size == 1
    store.split_article(ids["b"])
    store.import_articles([art("b", "Changed too.", url="https://x.example/b")])
    assert store.get(ids["b"]).event_id is not None  # pinned by the split


def test_the_events_screen_pages_and_caches(store: ArchiveStore) -> None:
    store.import_articles([
        art("Quake hits", language="en", source="A", published="2026-03-01T08:00:00Z"),
        art("Sismo", language="pt", source="B", published="2026-03-02T08:00:00Z"),
        art("Storm", language="en", source="C", published="2026-03-05T08:00:00Z"),
    ])
    ids = {a.title: a.id for a in store.page(ArticleFilter(), 0, 10)}
    quake = store.save_event(EventRecord(None, "quake", "2026-03-01T08:00:00Z",
                                         "2026-03-02T08:00:00Z", {"k": 1.0}),
                             [ids["Quake hits"], ids["Sismo"]])
    storm = store.save_event(EventRecord(None, "storm", "2026-03-05T08:00:00Z",
                                         "2026-03-05T08:00:00Z", {"s": 1.0}), [ids["Storm"]])
    rows = store.event_rows()
    assert [r.id for r in rows] == [storm, quake]
    assert (rows[1].size, rows[1].languages, rows[1].sources) == (2, ["en", "pt"], ["A", "B"])
    assert [r.id for r in store.event_rows(language="pt")] == [quake]
    assert [r.id for r in store.event_rows(query="QUAKE")] == [quake]
    assert store.event_row_count(since="2026-03-03") == 1
    assert [r.id for r in store.event_rows(offset=1, limit=1)] == [quake]
    assert [r.id for r in store.event_rows_by_id([quake, storm])] == [quake, storm]
    assert rows[1].conflicts is None and store.cached_conflicts(quake, 2) is None
    store.cache_conflicts(quake, 2, 3)
    assert store.cached_conflicts(quake, 2) == 3 and store.cached_conflicts(quake, 3) is None
    assert store.event_rows_by_id([quake])[0].conflicts == 3
    times = store.event_report_times([quake])
    assert len(times[quake]) == 2 and times[quake] == sorted(times[quake])
    assert set(store.events_by_id([quake, storm])) == {quake, storm}
