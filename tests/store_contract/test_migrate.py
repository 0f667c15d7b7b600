"""`parallax migrate` copies everything an archive holds, either way between the engines,
and verifies it: an archive built on one engine, copied to the other, reads the same."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tui.cli import main
from tui.migrate import migrate
from tui.store import ArchiveStore, ArticleFilter, SavedSearch, open_store

SAMPLE = Path(__file__).resolve().parents[2] / "sample_feed"


def _build(spec: str | Path) -> None:
    """The sample archive, worked on as a user would: grouped, outlets renamed, reports
    split and events merged, articles read and starred, a feed, a saved search, facts."""
    assert main(["import", str(SAMPLE), "--db", str(spec)]) == 0
    with open_store(spec) as store:
        store.rename_outlet("harborledger.example", "The Harbor Ledger")
        rows = store.event_rows(limit=10)
        big = next(r for r in rows if r.size >= 2)
        small = [r for r in rows if r.id != big.id][:2]
        store.split_article(store.event_articles(big.id)[0].id)
        store.merge_events(small[0].id, small[1].id)
        store.cache_conflicts(big.id, store.event(big.id).size, 2)
        page = store.page(ArticleFilter(), 0, 6)
        store.set_read(page[0].id)
        store.set_starred(page[1].id)
        store.cache_facts(page[2].id, 7, [{"kind": "count", "value": 3}])
        store.add_feed("https://news.example/rss", title="News", tags=["daily"],
                       interval_s=900)
        feed = store.feed("https://news.example/rss")
        store.record_feed_success(feed.id, etag='"e1"', last_modified="Tue")
        store.link_entries(feed.id, [("g1", page[3].id, "short", "h1", True),
                                     ("g2", page[4].id, None, None, False)])
        store.save_search(SavedSearch("quakes", query="quake", unread_only=True))


def _event_name(store: ArchiveStore, event_id: int | None) -> Any:
    """An event named by its reports' titles (ids differ between copies)."""
    if event_id is None:
        return None
    return tuple(sorted(a.title for a in store.event_articles(event_id)))


def _snapshot(store: ArchiveStore) -> dict[str, Any]:
    articles = store.page(ArticleFilter(), 0, 1000)
    title = {a.id: a.title for a in articles}
    keys = store.article_keys([a.id for a in articles])
    facts = store.cached_facts_for(a.id for a in articles)
    rows = store.event_rows(limit=1000)
    feeds = store.feeds()
    return {
        "articles": sorted(
            (a.title, a.source, a.source_imported, a.url, a.language, a.published,
             a.published_precision,
             a.imported_at, a.read, a.starred, tuple(store.tags(a.id)), store.raw(a.id),
             _event_name(store, a.event_id), sorted(keys.get(a.id, {}).items()),
             repr(facts.get(a.id)))
            for a in articles
        ),
        "events": sorted(
            (_event_name(store, r.id), r.label, r.first_seen, r.last_seen, r.conflicts,
             sorted(store.event(r.id).keys.items()))
            for r in rows
        ),
        "outlets": sorted((o.name, o.count, tuple(o.aliases)) for o in store.outlets()),
        "aliases": sorted(store.outlet_aliases()),
        "choices": sorted((title[a], _event_name(store, e), c)
                          for a, e, c in store.event_choices()),
        "feeds": [(f.url, f.title, f.tags, f.interval_s, f.etag, f.last_modified,
                   f.last_success, f.added_at, f.articles, f.unread,
                   [(k, title[i], s, h, t) for k, i, s, h, t in store.feed_entry_rows(f.id)])
                  for f in feeds],
        "searches": [(s.name, s.query, s.unread_only) for s in store.saved_searches()],
        "stats": store.stats(),
        "queue": store.queue_counts(),
    }


def test_migrate_copies_everything_both_ways(
    store_spec: str | Path, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    _build(store_spec)
    other: str | Path = (
        tmp_path / "copy.db" if isinstance(store_spec, str) else request.getfixturevalue("pg_url")
    )
    with open_store(store_spec) as source:
        before = _snapshot(source)
        assert before["choices"] and before["aliases"] and before["feeds"]
        with open_store(other) as target:
            result = migrate(source, target)
            assert result.verified, result.mismatches
            assert (result.feeds, result.facts) == (1, 1) and result.corrections >= 3
            assert _snapshot(target) == before
    back = tmp_path / "back.db"
    assert main(["migrate", "--from", str(other), "--to", str(back)]) == 0
    with open_store(back) as copy:
        assert _snapshot(copy) == before


def test_a_copy_that_differs_is_reported(store_spec: str | Path, tmp_path: Path) -> None:
    with open_store(store_spec) as source:
        source.add_feed("https://a.example/rss")
        with open_store(tmp_path / "copy.db") as target:
            result = migrate(source, target)
            assert result.verified
            target.add_feed("https://b.example/rss")
            from tui.migrate import _verify

            _verify(source, target, result)
            assert result.mismatches == ["feeds: 1 in the source, 2 in the copy"]
        with open_store(tmp_path / "copy.db") as target, pytest.raises(Exception, match="empty"):
            migrate(source, target)  # subscriptions alone make an archive not empty
