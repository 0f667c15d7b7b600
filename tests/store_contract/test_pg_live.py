"""A shared PostgreSQL archive tells its readers about new articles (LISTEN/NOTIFY), and
keeps its article count without scanning (first paint at any size)."""

from __future__ import annotations

import queue

import psycopg
import pytest

from tui.models import StoreError
from tui.store import ArticleFilter, open_store

from .helpers import art, count_rows


def _broken() -> object:
    broken = art("broken")
    broken.title = None  # type: ignore[assignment]  # fails the batch mid-way
    return broken


def _heard(inbox: queue.Queue[int]) -> list[int]:
    """What the watcher heard up to the sentinel commit (99 articles)."""
    got = []
    while True:
        n = inbox.get(timeout=30)
        if n == 99:
            return got
        got.append(n)


def test_a_watcher_hears_what_others_commit_and_nothing_else(pg_url: str) -> None:
    inbox: queue.Queue[int] = queue.Queue()
    with open_store(pg_url) as reader, open_store(pg_url) as other:
        stop = reader.watch_imports(inbox.put)
        try:
            for attempt in range(100):  # bounded: until the listener is connected
                other.import_articles([art(f"probe {attempt}")])
                try:
                    inbox.get(timeout=0.2)
                    break
                except queue.Empty:
                    continue
            other.import_articles([art(f"sync {i}") for i in range(98)])
            while inbox.get(timeout=30) != 98:  # late probes are drained up to here
                pass
            reader.import_articles([art("the reader's own")])
            other.import_articles([art("a"), art("b"), art("probe 0")])  # one known
            with pytest.raises(StoreError):
                other.import_articles([art("rolled back"), _broken()])
            other.upsert(art("one more"))
            other.import_articles([art(f"s{i}") for i in range(99)])
            assert _heard(inbox) == [2, 1]
        finally:
            stop()


def test_the_kept_count_follows_inserts_deletes_and_rollbacks(pg_url: str) -> None:
    with open_store(pg_url) as store:
        store.import_articles([art(f"t{i}") for i in range(5)])
        with pytest.raises(StoreError):
            store.import_articles([art("kept out"), _broken()])
        with psycopg.connect(pg_url) as conn:
            conn.execute("DELETE FROM articles WHERE title IN ('t1', 't2')")
        store.set_read(store.page(ArticleFilter(), 0, 1)[0].id)
        real = count_rows(pg_url, "SELECT COUNT(*) FROM articles")
        assert store.count() == real == 3
        assert store.stats() == {"total": 3, "unread": 2, "starred": 0, "languages": 0}
        with psycopg.connect(pg_url) as conn:
            conn.execute("TRUNCATE articles CASCADE")
        assert store.count() == 0 and store.is_empty()
