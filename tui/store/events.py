"""Event queries: reports of one story across outlets and languages.

Grouping is incremental: each new article is matched against events that share its keys
(an inverted index, `event_keys`) inside a date window, so the cost of importing one
article does not grow with the archive. The matching itself is in `tui.analysis.events`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tui.store.schema import ROW_COLUMNS

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from tui.models import Article


@dataclass
class EventRecord:
    """An event as the grouper sees it: its keys (with weights) and its time span."""

    id: int | None
    label: str
    first_seen: str | None
    last_seen: str | None
    keys: dict[str, float] = field(default_factory=dict)
    size: int = 0


@dataclass
class EventSummary:
    """What the feed shows for an event: how many reports, in which languages."""

    id: int
    label: str
    size: int
    languages: list[str]
    sources: list[str]


class EventQueries:
    """Mixed into `Store`; relies on its connection, lock and row helpers."""

    _conn: sqlite3.Connection

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]: ...
    def transaction(self) -> AbstractContextManager[None]: ...
    @staticmethod
    def _article(row: sqlite3.Row, body: str = "") -> Article: ...

    def ungrouped_ids(self, limit: int | None = None) -> list[int]:
        """Articles not yet in an event, oldest first (events grow in time order)."""
        sql = "SELECT id FROM articles WHERE event_id IS NULL ORDER BY sort_key = '', sort_key, id"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [r[0] for r in self._query(sql)]

    def event_candidates(
        self,
        keys: Sequence[str],
        start: str | None,
        end: str | None,
        limit: int = 25,
    ) -> list[EventRecord]:
        """Events sharing at least one key whose time span touches [start, end]."""
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        window = ""
        params: list[Any] = list(keys)
        if start and end:
            window = " AND (e.last_seen IS NULL OR (e.last_seen >= ? AND e.first_seen <= ?))"
            params += [start, end]
        rows = self._query(
            f"SELECT e.id, COUNT(*) AS shared FROM event_keys k JOIN events e ON e.id = k.event_id "
            f"WHERE k.key IN ({marks}){window} GROUP BY e.id ORDER BY shared DESC, e.id DESC "
            f"LIMIT {int(limit)}",
            params,
        )
        found = self.events_by_id([r[0] for r in rows])
        return [found[r[0]] for r in rows]

    def event(self, event_id: int) -> EventRecord | None:
        return self.events_by_id([event_id]).get(event_id)

    def events_by_id(self, event_ids: Sequence[int]) -> dict[int, EventRecord]:
        """Events with their keys and sizes, in two queries however many are asked for."""
        if not event_ids:
            return {}
        marks = ",".join("?" * len(event_ids))
        found = {
            r[0]: EventRecord(r[0], r[1], r[2], r[3], {}, r[4])
            for r in self._query(
                "SELECT id, label, first_seen, last_seen, "
                "(SELECT COUNT(*) FROM articles WHERE event_id = events.id) FROM events "
                f"WHERE id IN ({marks})",
                event_ids,
            )
        }
        for k in self._query(
            # keys in the order one event's read gave them (its index: by key)
            f"SELECT event_id, key, weight FROM event_keys WHERE event_id IN ({marks}) "
            "ORDER BY event_id, key",
            event_ids,
        ):
            found[k[0]].keys[k[1]] = k[2]
        return found

    def key_event_counts(
        self, keys: Sequence[str], start: str | None = None, end: str | None = None
    ) -> dict[str, int]:
        """In how many events (touching [start, end] when given) each key occurs."""
        if not keys:
            return {}
        marks = ",".join("?" * len(keys))
        params: list[Any] = list(keys)
        window = ""
        if start and end:
            window = " AND e.last_seen >= ? AND e.first_seen <= ?"
            params += [start, end]
        rows = self._query(
            f"SELECT k.key, COUNT(*) FROM event_keys k JOIN events e ON e.id = k.event_id "
            f"WHERE k.key IN ({marks}){window} GROUP BY k.key",
            params,
        )
        return {r[0]: r[1] for r in rows}

    def event_total(self) -> int:
        return self._query("SELECT COUNT(*) FROM events")[0][0]

    def save_event(
        self,
        event: EventRecord,
        article_ids: Sequence[int],
        changed_keys: Mapping[str, float] | None = None,
    ) -> int:
        """Create or update an event, store its keys and put the articles in it.

        With `changed_keys` (the keys a joining report added or raised), only those are
        written: the cost of a join does not grow with the size of the event.
        """
        with self.transaction():
            if event.id is None:
                cur = self._conn.execute(
                    "INSERT INTO events(label, first_seen, last_seen) VALUES (?, ?, ?)",
                    (event.label, event.first_seen, event.last_seen),
                )
                event.id = cur.lastrowid
                changed_keys = event.keys
            else:
                self._conn.execute(
                    "UPDATE events SET label=?, first_seen=?, last_seen=? WHERE id=?",
                    (event.label, event.first_seen, event.last_seen, event.id),
                )
                if changed_keys is None:
                    self._conn.execute("DELETE FROM event_keys WHERE event_id = ?", (event.id,))
                    changed_keys = event.keys
            self._conn.executemany(
                "INSERT INTO event_keys(event_id, key, weight) VALUES (?, ?, ?) "
                "ON CONFLICT(key, event_id) DO UPDATE SET weight = excluded.weight",
                [(event.id, k, w) for k, w in changed_keys.items()],
            )
            self._conn.executemany(
                "UPDATE articles SET event_id = ? WHERE id = ?",
                [(event.id, a) for a in article_ids],
            )
            # Placed in an event, an article is grouped: it leaves the analysis queue.
            self._conn.executemany(
                "DELETE FROM analysis_queue WHERE article_id = ?", [(a,) for a in article_ids]
            )
            self._regroup_key(event.id)
        assert event.id is not None
        return event.id

    def _regroup_key(self, event_id: int) -> None:
        """Reports of one event sit together in the grouped feed, at its newest report
        (only rows whose key changes are written)."""
        newest = self._conn.execute(
            "SELECT MAX(sort_key) FROM articles WHERE event_id = ?", (event_id,)
        ).fetchone()[0]
        # INDEXED BY: statistics gathered while most articles were ungrouped make the
        # planner scan the whole table here, once per grouped article.
        self._conn.execute(
            "UPDATE articles INDEXED BY articles_event SET group_key = ? "
            "WHERE event_id = ? AND group_key != ?",
            (newest, event_id, newest),
        )

    def delete_event(self, event_id: int) -> None:
        """Remove an event; its articles (if any are left) become ungrouped."""
        with self.transaction():
            self._conn.execute(
                "UPDATE articles SET event_id = NULL, group_key = sort_key WHERE event_id = ?",
                (event_id,),
            )
            self._conn.execute("DELETE FROM events WHERE id = ?", (event_id,))

    def event_summaries(self, event_ids: Iterable[int]) -> dict[int, EventSummary]:
        """Size, languages and outlets of each event (for a page of the feed)."""
        ids = sorted(set(event_ids))
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        out: dict[int, EventSummary] = {}
        for r in self._query(
            f"SELECT e.id, e.label, COUNT(a.id), "
            "GROUP_CONCAT(DISTINCT COALESCE(a.language, '')), "
            "GROUP_CONCAT(DISTINCT COALESCE(a.outlet, a.source, '')) "
            f"FROM events e JOIN articles a ON a.event_id = e.id WHERE e.id IN ({marks}) "
            "GROUP BY e.id",
            ids,
        ):
            langs = sorted(x for x in (r[3] or "").split(",") if x)
            sources = sorted(x for x in (r[4] or "").split(",") if x)
            out[r[0]] = EventSummary(r[0], r[1], r[2], langs, sources)
        return out

    def event_articles(self, event_id: int) -> list[Article]:
        """The reports of one event (without bodies), newest first."""
        rows = self._query(
            f"SELECT {ROW_COLUMNS} FROM articles WHERE event_id = ? "
            "ORDER BY sort_key DESC, id DESC",
            (event_id,),
        )
        return [self._article(r) for r in rows]
