"""The analysis queue in the PostgreSQL archive (see `tui.store.queue`). Mixed into
`PgStore`.

Statements that are the same on both engines but for the placeholder are written once
(in `tui.store.queue`, run here through `pg_sql`). The others differ in more than that:
SQLite's `IN (?, ?, …)` lists against PostgreSQL's `= ANY(array)`, `IS NOT` against
`IS DISTINCT FROM`, `SUM(boolean)` against `FILTER`, `INSERT OR IGNORE`, `INDEXED BY`,
`GROUP_CONCAT` against `array_agg`; translating those by text would be neither simple
nor safe, so each engine keeps its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from tui.store.common import now_iso, pg_sql
from tui.store.queue import (
    ENQUEUE_SQL,
    FAILED_SQL,
    MARK_FAILED_SQL,
    RETRY_SQL,
    FailedAnalysis,
    QueuedArticle,
)

if TYPE_CHECKING:
    from contextlib import AbstractContextManager


class PgQueue:
    if TYPE_CHECKING:  # provided by PgStore and PgArticles

        def _query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]: ...
        def _exec(self, sql: str, params: Iterable[Any] = ()) -> int: ...
        def _lock_writes(self) -> None: ...
        def _in_transaction(self) -> bool: ...
        def transaction(self) -> AbstractContextManager[None]: ...

    def _enqueue(self, article_id: int, reason: str) -> None:
        """Queue an article (inside the caller's write transaction)."""
        self._exec(pg_sql(ENQUEUE_SQL), (article_id, now_iso(), reason))

    def pending_count(self, engine: str | None = None) -> int:
        """Queued articles the engine `engine` should (re)try: new ones, and failures of
        other engines."""
        sql = "SELECT COUNT(*) FROM analysis_queue WHERE error IS NULL"
        params: list[Any] = []
        if engine is not None:
            sql += " OR engine IS DISTINCT FROM %s"
            params.append(engine)
        return self._query(sql, params)[0][0]

    def pending_ids(self, engine: str) -> list[int]:
        """Queued articles to work on, oldest publication first, undated last; failures of
        `engine` itself are left alone."""
        rows = self._query(
            "SELECT a.id FROM analysis_queue q JOIN articles a ON a.id = q.article_id "
            "WHERE q.error IS NULL OR q.engine IS DISTINCT FROM %s "
            "ORDER BY a.sort_key = '', a.sort_key, a.id",
            (engine,),
        )
        return [r[0] for r in rows]

    def queued_articles(self, ids: Sequence[int]) -> list[QueuedArticle]:
        """The texts of some queued articles, in the order of `ids` (gone ones skipped)."""
        if not ids:
            return []
        rows = self._query(
            "SELECT id, title, body, language, published, event_id FROM articles "
            "WHERE id = ANY(%s)",
            (list(ids),),
        )
        by_id = {r[0]: QueuedArticle(*r) for r in rows}
        return [by_id[i] for i in ids if i in by_id]

    def is_queued(self, article_id: int) -> bool:
        """Inside a transaction, first waits for the writers' lock: the article is grouped
        by one process only, and two never build the same event at once."""
        if self._in_transaction():
            self._lock_writes()
        return bool(
            self._query("SELECT 1 FROM analysis_queue WHERE article_id = %s", (article_id,))
        )

    def mark_failed(self, article_id: int, error: str, engine: str) -> None:
        """Keep the article queued with the reason its analysis failed."""
        self._exec(pg_sql(MARK_FAILED_SQL), (error[:500], engine, article_id))

    def failed_analyses(self, limit: int = 100) -> list[FailedAnalysis]:
        return [FailedAnalysis(*r) for r in self._query(pg_sql(FAILED_SQL), (int(limit),))]

    def queue_counts(self) -> dict[str, int]:
        row = self._query(
            "SELECT COUNT(*) FILTER (WHERE error IS NULL), "
            "COUNT(*) FILTER (WHERE error IS NOT NULL) FROM analysis_queue"
        )[0]
        return {"pending": row[0], "failed": row[1]}

    def retry_failed(self) -> int:
        """Put failed articles back in line (after the analyser was fixed)."""
        return self._exec(RETRY_SQL)

    def queue_ungrouped(self) -> int:
        """Queue every article that has no event and is not queued (a repair)."""
        return self._exec(
            "INSERT INTO analysis_queue(article_id, queued_at, reason) "
            "SELECT id, %s, 'repair' FROM articles WHERE event_id IS NULL "
            "ON CONFLICT (article_id) DO NOTHING",
            (now_iso(),),
        )
