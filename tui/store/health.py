"""Integrity of an archive: what `parallax check` finds and what `--repair` mends."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.models import StoreError

if TYPE_CHECKING:
    from contextlib import AbstractContextManager


@dataclass
class HealthReport:
    """Problems found in an archive; `healthy` when there are none."""

    integrity: list[str] = field(default_factory=list)  # SQLite's own findings
    fts_ok: bool = True
    empty_events: int = 0
    dangling_events: int = 0  # articles pointing at an event that is gone
    ungrouped_unqueued: int = 0  # no event and nobody will ever group them
    pending: int = 0
    failed: int = 0

    @property
    def healthy(self) -> bool:
        return not (
            self.integrity
            or not self.fts_ok
            or self.empty_events
            or self.dangling_events
            or self.ungrouped_unqueued
            or self.pending
            or self.failed
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "healthy": self.healthy,
            "integrity": self.integrity or ["ok"],
            "fts": "ok" if self.fts_ok else "out of sync",
            "empty_events": self.empty_events,
            "dangling_events": self.dangling_events,
            "ungrouped_unqueued": self.ungrouped_unqueued,
            "pending_analysis": self.pending,
            "failed_analysis": self.failed,
        }


class HealthChecks:
    """Mixed into `Store`; relies on its connection, lock and path."""

    _conn: sqlite3.Connection
    path: Path

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]: ...
    def transaction(self) -> AbstractContextManager[None]: ...
    def queue_counts(self) -> dict[str, int]: ...

    def check(self) -> HealthReport:
        """Look at everything; change nothing."""
        report = HealthReport()
        rows = self._query("PRAGMA integrity_check")
        report.integrity = [r[0] for r in rows if r[0] != "ok"]
        report.integrity += [
            f"foreign key: {r[0]} row {r[1]} -> {r[2]}"
            for r in self._query("PRAGMA foreign_key_check")
        ]
        report.fts_ok = self._fts_consistent()
        report.empty_events = self._query(
            "SELECT COUNT(*) FROM events e WHERE NOT EXISTS "
            "(SELECT 1 FROM articles a WHERE a.event_id = e.id)"
        )[0][0]
        report.dangling_events = self._query(
            "SELECT COUNT(*) FROM articles a WHERE a.event_id IS NOT NULL AND NOT EXISTS "
            "(SELECT 1 FROM events e WHERE e.id = a.event_id)"
        )[0][0]
        report.ungrouped_unqueued = self._query(
            "SELECT COUNT(*) FROM articles a WHERE a.event_id IS NULL AND NOT EXISTS "
            "(SELECT 1 FROM analysis_queue q WHERE q.article_id = a.id)"
        )[0][0]
        queue = self.queue_counts()
        report.pending, report.failed = queue["pending"], queue["failed"]
        return report

    def _fts_consistent(self) -> bool:
        try:
            with self.transaction():
                self._conn.execute(
                    "INSERT INTO articles_fts(articles_fts, rank) VALUES ('integrity-check', 1)"
                )
        except sqlite3.DatabaseError:
            return False
        return True

    def repair_structure(self) -> list[str]:
        """Mend what SQL alone can: the search index, empty and dangling events, articles
        nobody would group. Returns what was done (analysis is the caller's next step)."""
        done: list[str] = []
        report = self.check()
        try:
            with self.transaction():
                if not report.fts_ok:
                    self._conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
                    done.append("rebuilt the full-text index")
                if report.dangling_events:
                    self._conn.execute(
                        "UPDATE articles SET event_id = NULL, group_key = sort_key "
                        "WHERE event_id IS NOT NULL AND event_id NOT IN (SELECT id FROM events)"
                    )
                    done.append(f"articles detached from lost events: {report.dangling_events}")
                if report.empty_events:
                    self._conn.execute(
                        "DELETE FROM events WHERE id NOT IN "
                        "(SELECT event_id FROM articles WHERE event_id IS NOT NULL)"
                    )
                    done.append(f"empty events removed: {report.empty_events}")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: repair failed ({exc})") from None
        return done

    def backup(self, target: str | Path) -> Path:
        """A consistent copy of the archive (SQLite's online backup: safe while the reader
        or an import is writing)."""
        dest = Path(target).expanduser()
        if dest.exists() and dest.is_dir():
            dest = dest / Path(self.path).name
        if dest.resolve() == Path(self.path).resolve():
            raise StoreError(f"{dest}: is the archive itself")
        tmp = dest.with_name(dest.name + ".part")
        try:
            tmp.unlink(missing_ok=True)
            out = sqlite3.connect(tmp)
            try:
                self._conn.backup(out, pages=4096)
            finally:
                out.close()
            tmp.replace(dest)
        except (OSError, sqlite3.DatabaseError) as exc:
            tmp.unlink(missing_ok=True)
            raise StoreError(f"{dest}: backup failed ({exc})") from None
        return dest

    def settle(self) -> None:
        """After a large import: fold the write-ahead log into the file and refresh the
        query planner's statistics, so the next open is as fast as a quiet archive's."""
        try:
            self._conn.execute("PRAGMA optimize")
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except sqlite3.DatabaseError:
            pass  # another connection is busy; the next settle or SQLite's own does it
