"""The store's subscriptions: feeds, tags, state, entry identity, saved searches."""

from __future__ import annotations

from pathlib import Path

from tui.models import Article
from tui.store import SavedSearch, Store
from tui.store.schema import LATEST_VERSION


def test_migration_from_an_older_archive_keeps_articles(tmp_path: Path) -> None:
    import sqlite3

    from tui.store.schema import MIGRATIONS

    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    for number, script in enumerate(MIGRATIONS[:-1], 1):
        conn.executescript(script + f";PRAGMA user_version = {number};")
    conn.close()
    with Store.open(db) as store:
        store.import_articles([Article(title="Kept", body="Still here.", language="en")])
        assert store.schema_version == LATEST_VERSION
        assert store.add_feed("https://a.example/feed.xml")
        assert [f.url for f in store.feeds()] == ["https://a.example/feed.xml"]


def test_add_merges_tags_and_settings(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a.db") as store:
        assert store.add_feed("https://a.example/rss", tags=["news"], interval_s=1800)
        assert not store.add_feed("https://a.example/rss", tags=["world"], full_text=True)
        feed = store.feed("https://a.example/rss")
        assert feed is not None
        assert feed.tags == ["news", "world"]
        assert feed.full_text and feed.interval_s == 1800
        assert store.set_feed_tags(feed.url, ["pt"])
        assert store.feed(feed.url).tags == ["pt"]  # type: ignore[union-attr]
        assert [f.url for f in store.feeds(tag="pt")] == [feed.url]
        assert store.feeds(tag="news") == []
        assert store.set_feed_options(feed.url, full_text=False, interval_s=None)
        again = store.feed(feed.url)
        assert again is not None and not again.full_text and again.interval_s is None
        assert store.remove_feed(feed.url)
        assert not store.remove_feed(feed.url)
        assert store.feeds() == []


def test_state_validators_and_moves(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a.db") as store:
        store.add_feed("https://a.example/one")
        store.add_feed("https://a.example/two")
        one = store.feed("https://a.example/one")
        assert one is not None
        store.record_feed_error(one.id, "HTTP 500 Internal Server Error")
        one = store.feed(one.url)
        assert one is not None and one.last_error == "HTTP 500 Internal Server Error"
        assert one.last_success is None
        store.record_feed_success(one.id, etag='"v1"', last_modified=None, title="One")
        one = store.feed(one.url)
        assert one is not None and one.last_error is None and one.last_success
        assert one.etag == '"v1"' and one.title == "One"
        assert not store.move_feed(one.id, "https://a.example/two")  # taken
        assert store.move_feed(one.id, "https://b.example/one")
        moved = store.feed("https://b.example/one")
        assert moved is not None and moved.etag is None  # validators belong to the old URL


def test_entries_count_articles_and_unread(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a.db") as store:
        store.add_feed("https://a.example/rss")
        feed = store.feed("https://a.example/rss")
        assert feed is not None
        a = Article(title="First", body="One.", url="https://a.example/1", language="en")
        b = Article(title="Second", body="Two.", url="https://a.example/2", language="en")
        store.import_articles([a, b])
        assert a.id and b.id
        store.link_entries(
            feed.id, [("g1", a.id, None, None, False), ("g2", b.id, "sum", "h", True)]
        )
        store.set_read(a.id)
        feed = store.feed(feed.url)
        assert feed is not None and (feed.articles, feed.unread) == (2, 1)
        states = store.entry_states(feed.id, ["g1", "g2", "g3"])
        assert set(states) == {"g1", "g2"} and states["g2"].full_text
        assert store.entry_summary(b.id) == "sum"
        assert store.rekey_article(a.id, "https://a.example/1-moved")
        assert not store.rekey_article(a.id, "https://a.example/2")
        assert store.article_id_for_url("https://a.example/1-moved") == a.id


def test_saved_searches_replace_by_name(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a.db") as store:
        store.save_search(SavedSearch("floods", "flood", language="en"))
        store.save_search(SavedSearch("floods", "flood river", unread_only=True))
        store.save_search(SavedSearch("alpha", "quake"))
        found = store.saved_searches()
        assert [s.name for s in found] == ["alpha", "floods"]
        assert found[1].query == "flood river" and found[1].unread_only
        assert found[1].language is None
        assert store.delete_search("alpha") and not store.delete_search("alpha")
