"""The local article archive: SQLite + FTS5. All SQL lives in this package."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from tui.models import Article, StoreError
from tui.published import precision_of, sort_key
from tui.store.common import (
    ImportCounts,
    Outcome,
    content_hash,
    is_unchanged,
    now_iso,
    utc_key,
    valid_article,
    valid_text,
)
from tui.store.events import EventQueries
from tui.store.feeds import FeedQueries
from tui.store.health import HealthChecks
from tui.store.outlets import OutletQueries
from tui.store.query import (
    MATCH_END,
    MATCH_START,
    ArticleFilter,
    SearchHit,
    fts_error_hint,
    rows_before,
)
from tui.store.queue import AnalysisQueue
from tui.store.raw import RawDocuments
from tui.store.romanised import marked_excerpt, romanised
from tui.store.schema import LATEST_VERSION, MIGRATIONS, ROW_COLUMNS
from tui.store.stats import StatsQueries

# A writer waits this long for another writer (a second import, the reader) to commit.
BUSY_TIMEOUT_S = 60.0
# A search that runs longer than this is stopped with a one-line message.
SEARCH_TIMEOUT_S = 10.0
_PROGRESS_STEPS = 10_000  # SQLite steps between two looks at the clock
CACHE_KIB = 64 * 1024
# Measured (benchmarks/import_stream.py): 16 KiB pages hold 2-3 KB article rows with
# little waste; the archive was 2.72x its input with 4 KiB pages, 2.36x with 16 KiB.
PAGE_SIZE = int(os.environ.get("PARALLAX_PAGE_SIZE", "16384"))


# Re-exported: these lived here before both engines shared them.
__all__ = ["ImportCounts", "Outcome", "Store", "content_hash", "utc_key", "valid_text"]


def _decode_text(data: bytes) -> str:
    # A damaged archive may hold bytes that are not UTF-8; show them, never crash on them.
    return data.decode("utf-8", "replace")


class Store(
    EventQueries, OutletQueries, AnalysisQueue, HealthChecks, RawDocuments, FeedQueries,
    StatsQueries,
):
    """One archive file. Safe to share between threads (calls are serialised)."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self._conn = conn
        self._lock = threading.RLock()
        self.path = path

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path) -> Store:
        """Open (creating and migrating as needed) the archive at `path`."""
        path = Path(path).expanduser()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"{path}: cannot create folder ({exc.strerror or exc})") from None
        if path.is_dir():
            raise StoreError(f"{path}: is a folder, not an archive file")
        try:
            conn = sqlite3.connect(
                path, check_same_thread=False, isolation_level=None, timeout=BUSY_TIMEOUT_S
            )
            conn.row_factory = sqlite3.Row
            conn.text_factory = _decode_text
            conn.execute("PRAGMA foreign_keys = ON")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        except (sqlite3.DatabaseError, UnicodeError, ValueError) as exc:
            raise StoreError(f"{path}: not a Parallax archive or unreadable ({exc})") from None
        if version > LATEST_VERSION:
            conn.close()
            raise StoreError(
                f"{path}: written by a newer Parallax (schema {version}, this one knows "
                f"{LATEST_VERSION}); upgrade Parallax to open it"
            )
        store = cls(conn, path)
        try:
            if version == 0:  # a new archive: the page size is fixed from now on
                conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
            # Indexes of a large archive stay in memory while importing (measured: a third
            # less time per stored article at 100,000 articles than the 2 MiB default).
            conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
            store._migrate(version)
            store._upgrade()
        except (sqlite3.DatabaseError, UnicodeError, ValueError) as exc:
            conn.close()
            raise StoreError(f"{path}: cannot open archive ({exc})") from None
        return store

    def _migrate(self, version: int) -> None:
        # executescript commits any open transaction first, so each migration carries
        # its own BEGIN/COMMIT; the version bump is inside it.
        for target in range(version + 1, LATEST_VERSION + 1):
            with self._lock:
                try:
                    self._conn.executescript(
                        "BEGIN IMMEDIATE;"
                        + MIGRATIONS[target - 1]
                        + f";PRAGMA user_version = {target};COMMIT;"
                    )
                except BaseException:
                    if self._conn.in_transaction:
                        self._conn.execute("ROLLBACK")
                    raise

    def _upgrade(self) -> None:
        """Python steps after the SQL migrations (each a no-op once done)."""
        from tui.store.upgrades import assign_outlets, fill_romanised, rederive_precision

        rederive_precision(self)
        assign_outlets(self)
        fill_romanised(self)

    @property
    def label(self) -> str:
        return str(self.path)

    def own_files(self) -> set[Path]:
        own = self.path.resolve()
        return {own, *(own.with_name(own.name + s) for s in ("-wal", "-shm", "-journal"))}

    @property
    def schema_version(self) -> int:
        return self._conn.execute("PRAGMA user_version").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    read_only = False  # a file archive is writable by whoever may open it

    def require_writes(self) -> None:
        """Nothing to refuse: whoever opened the file may write it."""

    def watch_imports(self, on_new: Callable[[int], None]) -> Callable[[], None]:
        """A file archive announces nothing: a reader sees others' imports on refresh."""
        return lambda: None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together or not at all."""
        with self._lock:
            if self._conn.in_transaction:
                yield
                return
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._conn.execute("ROLLBACK")
                self._drop_unpacked_raw()
                raise
            self._conn.execute("COMMIT")

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._conn.execute(sql, tuple(params)).fetchall()

    # -- writing -------------------------------------------------------------------------

    def import_articles(self, articles: Iterable[Article]) -> ImportCounts:
        """Store a batch in one transaction; returns what happened."""
        counts = ImportCounts()
        try:
            with self.transaction():
                for article in articles:
                    counts.add(self._upsert(article))
                self._pack_raw()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: write failed ({exc})") from None
        return counts

    def upsert(self, article: Article) -> Outcome:
        """Store one article in its own transaction."""
        try:
            with self.transaction():
                outcome = self._upsert(article)
                self._pack_raw()
                return outcome
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: write failed ({exc})") from None

    def _upsert(self, article: Article) -> Outcome:
        valid_article(article)
        digest = content_hash(article.title, article.body)
        published_utc = utc_key(article.published)
        precision = article.published_precision or precision_of(article.published)
        order_key = sort_key(article.published, precision)
        outlet = self._outlet_for(article.source, article.url)
        if article.url:
            row = self._conn.execute(
                "SELECT id, content_hash, title, source, language, published, "
                "published_precision FROM articles WHERE url = ?",
                (article.url,),
            ).fetchone()
        else:
            row = self._conn.execute(
                "SELECT id, content_hash, title, source, language, published, "
                "published_precision FROM articles WHERE content_hash = ? AND url IS NULL",
                (digest,),
            ).fetchone()
        if row is not None:
            if is_unchanged(row, article, digest) and row["published_precision"] == precision:
                return "unchanged"
            now = now_iso()
            raw_id = self._raw_id(article.raw, article.format or "")
            self._conn.execute(
                "UPDATE articles SET title=?, source=?, language=?, language_detected=?, "
                "published=?, published_precision=?, published_utc=?, updated_at=?, body=?, "
                "content_hash=?, raw_id=?, romanised=?, "
                "format=?, origin=?, outlet=?, sort_key=COALESCE(?, ''), "
                "group_key=CASE WHEN event_id IS NULL THEN COALESCE(?, '') ELSE group_key END "
                "WHERE id=?",
                (
                    article.title, article.source, article.language,
                    int(article.language_detected), article.published, precision, published_utc,
                    now, article.body, digest, raw_id,
                    romanised(article.title, article.body), article.format,
                    article.origin, outlet, order_key, order_key, row["id"],
                ),
            )
            self._set_tags(row["id"], article.tags)
            self._conn.execute("DELETE FROM article_facts WHERE article_id = ?", (row["id"],))
            self.regroup(row["id"])  # its event is decided again by the next grouping
            self._enqueue(row["id"], "updated")
            article.id = row["id"]
            return "updated"
        now = now_iso()
        raw_id = self._raw_id(article.raw, article.format or "")
        cur = self._conn.execute(
            "INSERT INTO articles(title, source, url, language, language_detected, published, "
            "published_utc, imported_at, body, content_hash, raw_id, format, origin, read, "
            "starred, sort_key, group_key, published_precision, outlet, romanised) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                article.title, article.source, article.url, article.language,
                int(article.language_detected), article.published, published_utc, now,
                article.body, digest, raw_id, article.format, article.origin,
                int(article.read), int(article.starred),
                order_key or "", order_key or "", precision, outlet,
                romanised(article.title, article.body),
            ),
        )
        article_id = cur.lastrowid
        assert article_id is not None
        self._set_tags(article_id, article.tags, new=True)
        self._enqueue(article_id, "new")
        article.id = article_id
        return "imported"

    def _set_tags(self, article_id: int, tags: Iterable[str], new: bool = False) -> None:
        """Replace an article's tags (a row inserted just now has none to delete)."""
        if not new:
            self._conn.execute("DELETE FROM article_tags WHERE article_id = ?", (article_id,))
        self._conn.executemany(
            "INSERT OR IGNORE INTO article_tags(article_id, tag) VALUES (?, ?)",
            [(article_id, t) for t in tags if t],
        )

    def set_read(self, article_id: int, read: bool = True) -> None:
        with self.transaction():
            self._conn.execute("UPDATE articles SET read=? WHERE id=?", (int(read), article_id))

    def set_starred(self, article_id: int, starred: bool = True) -> None:
        with self.transaction():
            self._conn.execute(
                "UPDATE articles SET starred=? WHERE id=?", (int(starred), article_id)
            )

    # -- reading -------------------------------------------------------------------------

    @staticmethod
    def _where(flt: ArticleFilter, alias: str = "") -> tuple[str, list[Any]]:
        p = f"{alias}." if alias else ""
        clauses: list[str] = []
        params: list[Any] = []
        if flt.language:
            clauses.append(f"{p}language = ?")
            params.append(flt.language)
        if flt.source:  # the canonical outlet (tui/store/outlets.py)
            clauses.append(f"{p}outlet = ?")
            params.append(flt.source)
        if flt.since:
            clauses.append(f"{p}published_utc >= ?")
            params.append(utc_key(flt.since) or flt.since)
        if flt.unread_only:
            clauses.append(f"{p}read = 0")
        if flt.starred_only:
            clauses.append(f"{p}starred = 1")
        if flt.event_id is not None:
            clauses.append(f"{p}event_id = ?")
            params.append(flt.event_id)
        if flt.feed_id is not None:
            clauses.append(f"{p}id IN (SELECT article_id FROM feed_entries WHERE feed_id = ?)")
            params.append(flt.feed_id)
        if flt.query:
            clauses.append(
                f"{p}id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)"
            )
            params.append(flt.query)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params

    @staticmethod
    def _article(row: sqlite3.Row, body: str = "") -> Article:
        keys = row.keys()
        return Article(
            id=row["id"],
            title=row["title"],
            body=body,
            source=(row["outlet"] if "outlet" in keys else None) or row["source"],
            source_imported=row["source"],
            url=row["url"],
            language=row["language"],
            language_detected=bool(row["language_detected"]),
            published=row["published"],
            imported_at=row["imported_at"],
            read=bool(row["read"]),
            starred=bool(row["starred"]),
            event_id=row["event_id"] if "event_id" in keys else None,
            format=row["format"] if "format" in keys else "",
            origin=row["origin"] if "origin" in keys else None,
            published_precision=(
                row["published_precision"] if "published_precision" in keys else None
            ),
        )

    def _fts_guard(self, fn: Any, *args: Any) -> Any:
        """Run a query that may hold a user's FTS5 query: bounded in time, one-line errors."""
        deadline = time.monotonic() + SEARCH_TIMEOUT_S
        with self._lock:
            # Called every so many SQLite steps; a true value interrupts the query.
            self._conn.set_progress_handler(lambda: time.monotonic() > deadline, _PROGRESS_STEPS)
            try:
                return fn(*args)
            except sqlite3.OperationalError as exc:
                if "interrupted" in str(exc):
                    raise StoreError(
                        f"search stopped after {SEARCH_TIMEOUT_S:g} s: narrow the query "
                        "(fewer OR terms or prefixes)"
                    ) from None
                # The only caller-controlled SQL text is an FTS5 query.
                raise StoreError(fts_error_hint(str(exc))) from None
            finally:
                self._conn.set_progress_handler(None, 0)

    def count(self, flt: ArticleFilter = ArticleFilter()) -> int:
        where, params = self._where(flt)
        return self._fts_guard(
            lambda: self._query(f"SELECT COUNT(*) FROM articles{where}", params)[0][0]
        )

    def page(self, flt: ArticleFilter, offset: int, limit: int) -> list[Article]:
        """Articles (without body) in feed order: newest first, undated last."""
        where, params = self._where(flt)
        order = ", ".join(f"{c} {'DESC' if desc else 'ASC'}" for c, desc in flt.order_terms)
        rows = self._fts_guard(
            lambda: self._query(
                f"SELECT {ROW_COLUMNS} FROM articles{where} ORDER BY {order} LIMIT ? OFFSET ?",
                [*params, limit, offset],
            )
        )
        return [self._article(r) for r in rows]

    def index_of(
        self, article_id: int, flt: ArticleFilter = ArticleFilter(), *, nearest: bool = False
    ) -> int | None:
        """Row position of an article in `page` order, or None when filtered out.

        With `nearest`, an article outside the view gives the position it would have
        (the number of rows of the view ordered before it); None only when it is gone.
        """
        terms = flt.order_terms
        columns = ", ".join(c for c, _desc in terms)
        where, params = self._where(flt)
        joiner = " AND " if where else " WHERE "
        own = ("", []) if nearest else (where, params)
        row = self._fts_guard(
            lambda: self._query(
                f"SELECT {columns} FROM articles{own[0]}{' AND ' if own[0] else ' WHERE '}id = ?",
                [*own[1], article_id],
            )
        )
        if not row:
            return None
        before, values = rows_before(terms, list(row[0]))
        count = self._fts_guard(
            lambda: self._query(
                f"SELECT COUNT(*) FROM articles{where}{joiner}({before})", [*params, *values]
            )
        )
        return count[0][0]

    def mark_read(self, flt: ArticleFilter = ArticleFilter()) -> int:
        """Mark every unread article of a view read; returns how many changed."""
        where, params = self._where(replace(flt, unread_only=True))
        try:
            with self.transaction():
                cur = self._fts_guard(
                    self._conn.execute, f"UPDATE articles SET read = 1{where}", params
                )
                return cur.rowcount
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: write failed ({exc})") from None

    def get(self, article_id: int) -> Article | None:
        """One article with body and tags."""
        rows = self._query(f"SELECT {ROW_COLUMNS}, body FROM articles WHERE id = ?", (article_id,))
        if not rows:
            return None
        article = self._article(rows[0], rows[0]["body"])
        article.tags = self.tags(article_id)
        return article

    def raw(self, article_id: int) -> tuple[str, bytes] | None:
        """The original bytes and format an article was imported from."""
        with self._lock:
            rows = self._query(
                "SELECT r.format, r.codec, r.data, r.block_id, r.block_offset, r.block_length "
                "FROM articles a JOIN raw_documents r ON r.id = a.raw_id WHERE a.id = ?",
                (article_id,),
            )
            return (rows[0][0], self._raw_bytes(tuple(rows[0])[1:])) if rows else None

    def tags(self, article_id: int) -> list[str]:
        rows = self._query(
            "SELECT tag FROM article_tags WHERE article_id = ? ORDER BY tag", (article_id,)
        )
        return [r[0] for r in rows]

    def tags_for(self, ids: Iterable[int]) -> dict[int, list[str]]:
        ids = list(ids)
        out: dict[int, list[str]] = {i: [] for i in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for r in self._query(
                f"SELECT article_id, tag FROM article_tags WHERE article_id IN ({marks}) "
                "ORDER BY tag",
                chunk,
            ):
                out[r[0]].append(r[1])
        return out

    def search(
        self,
        query: str,
        flt: ArticleFilter = ArticleFilter(),
        limit: int = 50,
        offset: int = 0,
    ) -> list[SearchHit]:
        """Full-text search (FTS5 syntax), best match first, with snippets."""
        where, params = self._where(flt, "a")
        joiner = " AND " if where else " WHERE "
        cols = ", ".join(f"a.{c.strip()}" for c in ROW_COLUMNS.split(","))
        sql = (
            f"SELECT {cols}, snippet(articles_fts, -1, ?, ?, '…', 16) AS snip, "
            "snippet(articles_fts, 2, ?, ?, '…', 16) AS rsnip, "
            "snippet(articles_fts, 1, '', '', '…', 16) AS bsnip, a.body AS body, "
            "bm25(articles_fts, 4.0, 1.0, 1.0) AS rank "
            f"FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid{where}"
            f"{joiner}articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?"
        )
        rows = self._fts_guard(
            lambda: self._query(
                sql, [MATCH_START, MATCH_END, MATCH_START, MATCH_END, *params, query, limit,
                      offset]
            )
        )
        return [SearchHit(self._article(r), _snippet(r), r["rank"]) for r in rows]

    def languages(self) -> list[tuple[str, int]]:
        rows = self._query(
            "SELECT COALESCE(language, ''), COUNT(*) FROM articles GROUP BY 1 ORDER BY 2 DESC, 1"
        )
        return [(r[0], r[1]) for r in rows]

    def sources(self) -> list[tuple[str, int]]:
        """Canonical outlets and their article counts (see `outlets` for aliases)."""
        rows = self._query(
            "SELECT COALESCE(NULLIF(outlet, ''), source, ''), COUNT(*) FROM articles GROUP BY 1 "
            "ORDER BY 2 DESC, 1"
        )
        return [(r[0], r[1]) for r in rows]

    def stats(self) -> dict[str, int]:
        row = self._query(
            "SELECT COUNT(*), COALESCE(SUM(read = 0), 0), COALESCE(SUM(starred), 0), "
            "COUNT(DISTINCT language) FROM articles"
        )[0]
        return {"total": row[0], "unread": row[1], "starred": row[2], "languages": row[3]}

    def is_empty(self) -> bool:
        return not self._query("SELECT 1 FROM articles LIMIT 1")

    # -- analysis cache ------------------------------------------------------------------

    def cached_facts(self, article_id: int, version: int) -> list[dict[str, Any]] | None:
        rows = self._query(
            "SELECT facts FROM article_facts WHERE article_id = ? AND version = ?",
            (article_id, version),
        )
        return json.loads(rows[0][0]) if rows else None

    def cached_facts_for(self, ids: Iterable[int]) -> dict[int, tuple[int, list[dict[str, Any]]]]:
        """The cached facts of each article that has them, with their version."""
        out: dict[int, tuple[int, list[dict[str, Any]]]] = {}
        ids = list(ids)
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            for r in self._query(
                "SELECT article_id, version, facts FROM article_facts "
                f"WHERE article_id IN ({','.join('?' * len(chunk))})",
                chunk,
            ):
                out[r[0]] = (r[1], json.loads(r[2]))
        return out

    def restore_imported_at(self, pairs: Iterable[tuple[int, str]]) -> None:
        """Give articles the import times they had in another archive (parallax migrate)."""
        with self.transaction():
            self._conn.executemany(
                "UPDATE articles SET imported_at = ? WHERE id = ?",
                [(when, article_id) for article_id, when in pairs if when],
            )

    def cache_facts(self, article_id: int, version: int, facts: list[dict[str, Any]]) -> None:
        with self.transaction():
            self._conn.execute(
                "INSERT OR REPLACE INTO article_facts(article_id, version, facts) VALUES (?,?,?)",
                (article_id, version, json.dumps(facts, ensure_ascii=False)),
            )


def _snippet(row: sqlite3.Row) -> str:
    """The hit's snippet in the article's own words: when only the romanised copy matched
    ("Bondarenko" in a Cyrillic report), the body's opening, unmarked."""
    snip = row["snip"] or ""
    if snip and snip == row["rsnip"] and MATCH_START in snip:
        marked = re.findall(f"{MATCH_START}(.*?){MATCH_END}", snip)
        keys = tuple({w.casefold() for w in marked if w})
        excerpt = marked_excerpt(f"{row['title']}\n{row['body']}", keys, MATCH_START, MATCH_END)
        return excerpt or row["bsnip"] or ""
    return snip
