"""`parallax check` on the PostgreSQL archive (see `tui.store.health`). Mixed into
`PgStore`. The server keeps its own files consistent; what is checked here is Parallax's
own structure: search vectors, events, the analysis queue."""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.models import StoreError
from tui.store.health import HealthReport

if TYPE_CHECKING:
    from contextlib import AbstractContextManager


_COUNTS = """
SELECT
  (SELECT COUNT(*) FROM articles WHERE search IS NULL),
  (SELECT COUNT(*) FROM events e WHERE NOT EXISTS
     (SELECT 1 FROM articles a WHERE a.event_id = e.id)),
  (SELECT COUNT(*) FROM articles a WHERE a.event_id IS NOT NULL AND NOT EXISTS
     (SELECT 1 FROM events e WHERE e.id = a.event_id)),
  (SELECT COUNT(*) FROM articles a WHERE a.event_id IS NULL AND NOT EXISTS
     (SELECT 1 FROM analysis_queue q WHERE q.article_id = a.id)),
  (SELECT COUNT(*) FROM analysis_queue WHERE error IS NULL),
  (SELECT COUNT(*) FROM analysis_queue WHERE error IS NOT NULL)
"""


class PgHealth:
    if TYPE_CHECKING:  # provided by PgStore and PgArticles

        @property
        def label(self) -> str: ...
        def _query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]: ...
        def _exec(self, sql: str, params: Iterable[Any] = ()) -> int: ...
        def _lock_writes(self) -> None: ...
        def transaction(self) -> AbstractContextManager[None]: ...

    def check(self) -> HealthReport:
        """Look at everything; change nothing."""
        unindexed, empty, dangling, unqueued, pending, failed = self._query(_COUNTS)[0]
        return HealthReport(
            integrity=[], fts_ok=not unindexed, empty_events=empty, dangling_events=dangling,
            ungrouped_unqueued=unqueued, pending=pending, failed=failed,
        )

    def repair_structure(self) -> list[str]:
        """Mend what SQL alone can: missing search vectors, empty and dangling events."""
        done: list[str] = []
        report = self.check()
        with self.transaction():
            self._lock_writes()
            if not report.fts_ok:
                self._exec("UPDATE articles SET title = title WHERE search IS NULL")
                done.append("rebuilt the full-text index")
            if report.dangling_events:
                self._exec(
                    "UPDATE articles SET event_id = NULL, group_key = sort_key WHERE event_id "
                    "IS NOT NULL AND event_id NOT IN (SELECT id FROM events)"
                )
                done.append(f"articles detached from lost events: {report.dangling_events}")
            if report.empty_events:
                self._exec(
                    "DELETE FROM events WHERE id NOT IN "
                    "(SELECT event_id FROM articles WHERE event_id IS NOT NULL)"
                )
                done.append(f"removed {report.empty_events} empty events")
        return done

    def backup(self, target: str | Path) -> Path:
        raise StoreError(
            f"{self.label}: a PostgreSQL archive is backed up with pg_dump (or copied to a "
            "file with parallax migrate)"
        )

    def settle(self) -> None:
        """After a large import: refresh the planner's statistics."""
        with suppress(StoreError):  # not the owner (a reader role): autovacuum does it
            self._exec("ANALYZE articles")
