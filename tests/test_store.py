"""The archive: dedupe, updates, full-text search, filters, migrations, transactions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tui.models import Article, StoreError
from tui.store import ArticleFilter, Store, fts_query_from_text
from tui.store.schema import LATEST_VERSION, MIGRATIONS


def art(title: str, body: str = "Body text.", **kw) -> Article:
    return Article(title=title, body=body, **kw)


@pytest.fixture
def store(db_path: Path):
    with Store.open(db_path) as s:
        yield s


def test_new_archive_is_migrated_with_wal_and_foreign_keys(store: Store) -> None:
    assert store.schema_version == LATEST_VERSION
    assert store._query("PRAGMA journal_mode")[0][0] == "wal"
    assert store._query("PRAGMA foreign_keys")[0][0] == 1
    assert store.is_empty()


def test_reimport_adds_nothing_and_changed_url_updates(store: Store) -> None:
    first = art("Flood", "Water rose.", url="https://a.example/1", language="en")
    assert store.upsert(first) == "imported"
    again = art("Flood", "Water rose.", url="https://a.example/1", language="en")
    assert store.upsert(again) == "unchanged"
    changed = art("Flood (updated)", "Water rose again.", url="https://a.example/1", language="en")
    assert store.upsert(changed) == "updated"
    assert store.count() == 1
    stored = store.get(store.page(ArticleFilter(), 0, 1)[0].id)
    assert stored.title == "Flood (updated)"
    assert stored.body == "Water rose again."


def test_dedupe_without_url_uses_normalised_title_and_body(store: Store) -> None:
    assert store.upsert(art("Strike", "Trains  stop.\n\nAll day.")) == "imported"
    assert store.upsert(art("strike", "Trains stop. All day.")) == "unchanged"
    assert store.upsert(art("Strike", "Trains stop. Half the day.")) == "imported"
    assert store.count() == 2


def test_fts_folds_diacritics_both_ways(store: Store) -> None:
    store.upsert(art("Sismo en Perú", "Daños en Cusco.", language="es"))
    store.upsert(art("Flood in Peru", "Rivers rose.", language="en"))
    assert {h.article.title for h in store.search("peru")} == {"Sismo en Perú", "Flood in Peru"}
    assert len(store.search("Perú")) == 2
    assert [h.article.title for h in store.search("danos")] == ["Sismo en Perú"]


def test_fts_follows_updates_and_marks_matches(store: Store) -> None:
    store.upsert(art("Ship fire", "The crew escaped.", url="https://s.example/1"))
    store.upsert(art("Ship fire", "The cargo burned.", url="https://s.example/1"))
    assert store.search("crew") == []
    hit = store.search("cargo")[0]
    assert ("cargo", True) in hit.snippet_parts()


def test_bad_fts_query_is_a_store_error(store: Store) -> None:
    store.upsert(art("A", "b"))
    with pytest.raises(StoreError, match="invalid search query"):
        store.search('"unbalanced')


def test_typed_text_becomes_a_prefix_query(store: Store) -> None:
    store.upsert(art("Kyiv overnight", "Sirens sounded."))
    query = fts_query_from_text('ky "sir')
    assert [h.article.title for h in store.search(query)] == ["Kyiv overnight"]
    assert fts_query_from_text("  --  ") is None


def test_page_order_filters_and_positions(store: Store) -> None:
    store.import_articles(
        [
            art("old", published="2025-01-01T00:00:00+00:00", language="en", source="A"),
            art("new", published="2026-03-01T10:00:00+01:00", language="pt", source="B"),
            art("mid", published="2025-06-01T00:00:00-05:00", language="en", source="B"),
            art("undated", language="de", source="A"),
        ]
    )
    everything = [a.title for a in store.page(ArticleFilter(), 0, 10)]
    assert everything == ["new", "mid", "old", "undated"]
    assert [a.title for a in store.page(ArticleFilter(), 1, 2)] == ["mid", "old"]
    assert [a.title for a in store.page(ArticleFilter(language="en"), 0, 10)] == ["mid", "old"]
    assert store.count(ArticleFilter(source="B")) == 2
    assert [a.title for a in store.page(ArticleFilter(since="2025-05-01"), 0, 9)] == ["new", "mid"]
    mid = store.page(ArticleFilter(), 1, 1)[0]
    assert store.index_of(mid.id) == 1
    assert store.index_of(mid.id, ArticleFilter(language="pt")) is None
    assert store.page(ArticleFilter(), 0, 1)[0].body == ""  # pages never carry bodies


def test_read_and_starred_persist(db_path: Path) -> None:
    with Store.open(db_path) as s:
        s.upsert(art("one"))
        s.upsert(art("two"))
        one = s.page(ArticleFilter(), 0, 10)[-1]
        s.set_read(one.id)
        s.set_starred(one.id)
    with Store.open(db_path) as s:
        assert s.count(ArticleFilter(unread_only=True)) == 1
        assert [a.title for a in s.page(ArticleFilter(starred_only=True), 0, 5)] == ["one"]
        assert s.stats() == {"total": 2, "unread": 1, "starred": 1, "languages": 0}


def test_raw_bytes_and_tags_are_kept(store: Store) -> None:
    raw = "título\n\ncorpo".encode("cp1252")
    store.upsert(art("título", "corpo", raw=raw, format="text", tags=["b", "a"]))
    article_id = store.page(ArticleFilter(), 0, 1)[0].id
    assert store.raw(article_id) == ("text", raw)
    assert store.get(article_id).tags == ["a", "b"]


def test_a_failing_batch_leaves_nothing_behind(store: Store) -> None:
    good = art("fine")
    broken = art("broken")
    broken.title = None  # type: ignore[assignment]  # violates NOT NULL mid-batch
    with pytest.raises(StoreError):
        store.import_articles([good, broken])
    assert store.is_empty()


def test_migrates_an_older_archive_keeping_its_articles(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.executescript(MIGRATIONS[0])
    conn.execute(
        "INSERT INTO articles(title, body, content_hash, imported_at, sort_key) "
        "VALUES ('kept', 'from v1', 'h', '2025-01-01T00:00:00+00:00', '2025-01-01T00:00:00Z')"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    with Store.open(db_path) as s:
        assert s.schema_version == LATEST_VERSION
        [kept] = s.page(ArticleFilter(), 0, 5)
        assert kept.title == "kept" and kept.event_id is None
        assert [h.article.title for h in s.search("v1")] == ["kept"]


def test_newer_schema_is_refused(db_path: Path) -> None:
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    conn.close()
    with pytest.raises(StoreError, match="newer Parallax"):
        Store.open(db_path)


def test_not_an_archive_or_unusable_path(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="junk.db"):
        Store.open(junk)
    with pytest.raises(StoreError, match="folder"):
        Store.open(tmp_path)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreError, match="cannot create folder"):
        Store.open(blocker / "sub" / "archive.db")


def test_events_group_the_feed_and_find_candidates(store: Store) -> None:
    from tui.store import EventRecord

    store.import_articles(
        [
            art("quake en", published="2026-02-09T05:00:00+00:00", language="en", source="A"),
            art("other", published="2026-02-10T00:00:00+00:00", language="en", source="C"),
            art("quake pt", published="2026-02-11T09:00:00+00:00", language="pt", source="B"),
        ]
    )
    ids = {a.title: a.id for a in store.page(ArticleFilter(), 0, 10)}
    quake = EventRecord(None, "quake", "2026-02-09", "2026-02-11", {"place:crete": 1.0})
    event_id = store.save_event(quake, [ids["quake en"], ids["quake pt"]])
    assert store.ungrouped_ids() == [ids["other"]]
    grouped = ArticleFilter(group_events=True)
    assert [a.title for a in store.page(grouped, 0, 10)] == ["quake pt", "quake en", "other"]
    assert [a.title for a in store.page(ArticleFilter(), 0, 10)] == [
        "quake pt",
        "other",
        "quake en",
    ]
    assert store.index_of(ids["other"], grouped) == 2
    assert store.index_of(ids["quake en"], grouped) == 1
    summary = store.event_summaries([event_id])[event_id]
    assert (summary.size, summary.languages, summary.sources) == (2, ["en", "pt"], ["A", "B"])
    found = store.event_candidates(["place:crete", "person:x"], "2026-02-10", "2026-02-14")
    assert [e.id for e in found] == [event_id] and found[0].keys == {"place:crete": 1.0}
    assert store.event_candidates(["place:crete"], "2026-05-01", "2026-05-02") == []
    assert store.key_event_counts(["place:crete", "nope"]) == {"place:crete": 1}
    assert [a.title for a in store.event_articles(event_id)] == ["quake pt", "quake en"]
