"""The SQLite archive itself: WAL, FTS5 syntax errors, migrations of old files, paths that are
not archives. Behaviour both engines share is in tests/store_contract/."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tui.models import Article, StoreError
from tui.store import ArticleFilter, Store
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


def test_bad_fts_query_is_a_store_error(store: Store) -> None:
    store.upsert(art("A", "b"))
    with pytest.raises(StoreError, match="invalid search query"):
        store.search('"unbalanced')


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
