"""The analysis queue: articles stored but not yet analysed and grouped.

Importing stores first and queues every new or changed article; analysis and grouping work
the queue off afterwards (and resume there after a crash). An article whose analysis
failed stays in the queue with its reason and the engine that failed on it, is skipped by
grouping, and is tried again by a newer engine or by `parallax check --repair`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from tui.store.common import now_iso

if TYPE_CHECKING:
    from contextlib import AbstractContextManager


@dataclass(frozen=True)
class QueuedArticle:
    """What analysis needs of one queued article (the text, not the whole row)."""

    id: int
    title: str
    body: str
    language: str | None
    published: str | None
    event_id: int | None


@dataclass(frozen=True)
class FailedAnalysis:
    article_id: int
    title: str
    error: str
    engine: str


# The same SQL on both engines (PostgreSQL runs them through `common.pg_sql`).
ENQUEUE_SQL = (
    "INSERT INTO analysis_queue(article_id, queued_at, reason) VALUES (?, ?, ?) "
    "ON CONFLICT(article_id) DO UPDATE SET reason=excluded.reason, error=NULL, engine=NULL"
)
MARK_FAILED_SQL = "UPDATE analysis_queue SET error = ?, engine = ? WHERE article_id = ?"
FAILED_SQL = (
    "SELECT q.article_id, a.title, q.error, q.engine FROM analysis_queue q "
    "JOIN articles a ON a.id = q.article_id WHERE q.error IS NOT NULL "
    "ORDER BY q.article_id LIMIT ?"
)
RETRY_SQL = "UPDATE analysis_queue SET error = NULL, engine = NULL WHERE error IS NOT NULL"
UNGROUPED_SQL = (
    "SELECT id FROM articles WHERE event_id IS NULL ORDER BY sort_key = '', sort_key, id"
)


class AnalysisQueue:
    """Mixed into `Store`; relies on its connection, lock and row helpers."""

    _conn: sqlite3.Connection

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]: ...
    def transaction(self) -> AbstractContextManager[None]: ...

    def _enqueue(self, article_id: int, reason: str) -> None:
        """Queue an article (inside the caller's write transaction)."""
        self._conn.execute(ENQUEUE_SQL, (article_id, now_iso(), reason))

    def pending_count(self, engine: str | None = None) -> int:
        """Queued articles the engine `engine` should (re)try: new ones, and failures of
        other engines (a fixed analyser re-runs on them)."""
        sql = "SELECT COUNT(*) FROM analysis_queue WHERE error IS NULL"
        params: list[Any] = []
        if engine is not None:
            sql += " OR engine IS NOT ?"
            params.append(engine)
        return self._query(sql, params)[0][0]

    def pending_ids(self, engine: str) -> list[int]:
        """Queued articles to work on, oldest publication first (events grow in time
        order), undated last; failures of `engine` itself are left alone."""
        rows = self._query(
            "SELECT a.id FROM analysis_queue q JOIN articles a ON a.id = q.article_id "
            "WHERE q.error IS NULL OR q.engine IS NOT ? "
            "ORDER BY a.sort_key = '', a.sort_key, a.id",
            (engine,),
        )
        return [r[0] for r in rows]

    def queued_articles(self, ids: Sequence[int]) -> list[QueuedArticle]:
        """The texts of some queued articles, in the order of `ids` (gone ones skipped)."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self._query(
            "SELECT id, title, body, language, published, event_id FROM articles "
            f"WHERE id IN ({marks})",
            ids,
        )
        by_id = {r[0]: QueuedArticle(*r) for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    def is_queued(self, article_id: int) -> bool:
        return bool(
            self._conn.execute(
                "SELECT 1 FROM analysis_queue WHERE article_id = ?", (article_id,)
            ).fetchone()
        )

    def mark_failed(self, article_id: int, error: str, engine: str) -> None:
        """Keep the article queued with the reason its analysis failed."""
        with self.transaction():
            self._conn.execute(MARK_FAILED_SQL, (error[:500], engine, article_id))

    def failed_analyses(self, limit: int = 100) -> list[FailedAnalysis]:
        return [FailedAnalysis(*r) for r in self._query(FAILED_SQL, (int(limit),))]

    def queue_counts(self) -> dict[str, int]:
        row = self._query(
            "SELECT COALESCE(SUM(error IS NULL), 0), COALESCE(SUM(error IS NOT NULL), 0) "
            "FROM analysis_queue"
        )[0]
        return {"pending": row[0], "failed": row[1]}

    def retry_failed(self) -> int:
        """Put failed articles back in line (after the analyser was fixed)."""
        with self.transaction():
            cur = self._conn.execute(RETRY_SQL)
        return cur.rowcount

    def queue_ungrouped(self) -> int:
        """Queue every article that has no event and is not queued (a repair)."""
        with self.transaction():
            cur = self._conn.execute(
                "INSERT INTO analysis_queue(article_id, queued_at, reason) "
                "SELECT id, ?, 'repair' FROM articles WHERE event_id IS NULL "
                "AND id NOT IN (SELECT article_id FROM analysis_queue)",
                (now_iso(),),
            )
        return cur.rowcount
