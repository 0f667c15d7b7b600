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

from tui.store.queue import UNGROUPED_SQL
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
class EventRow:
    """One line of `parallax events` and the events screen."""

    id: int
    label: str
    size: int
    languages: list[str]
    sources: list[str]
    first_seen: str | None
    last_seen: str | None
    conflicts: int | None = None  # cached count of figures its reports disagree on

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "label": self.label, "size": self.size,
            "languages": self.languages, "outlets": self.sources,
            "first_report": self.first_seen, "last_report": self.last_seen,
            "conflicts": self.conflicts,
        }


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
        sql = UNGROUPED_SQL
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [r[0] for r in self._query(sql)]

    def event_candidates(
        self,
        keys: Sequence[str],
        start: str | None,
        end: str | None,
        limit: int = 25,
        article_id: int | None = None,
    ) -> list[EventRecord]:
        """Events sharing at least one key whose time span touches [start, end].

        With `article_id`, never the events the user moved that article out of.
        """
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        window = ""
        params: list[Any] = list(keys)
        if start and end:
            window = " AND (e.last_seen IS NULL OR (e.last_seen >= ? AND e.first_seen <= ?))"
            params += [start, end]
        if article_id is not None:
            window += (" AND e.id NOT IN (SELECT event_id FROM event_choices "
                       "WHERE article_id = ? AND choice = 'split')")
            params.append(article_id)
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

    # -- each report's keys, the user's choices -------------------------------------------

    def save_article_keys(self, article_id: int, keys: dict[str, float]) -> None:
        """Remember why a report is in its event (its own keys)."""
        with self.transaction():
            self._conn.execute("DELETE FROM article_event_keys WHERE article_id = ?",
                               (article_id,))
            self._conn.executemany(
                "INSERT INTO article_event_keys(article_id, key, weight) VALUES (?, ?, ?)",
                [(article_id, k, w) for k, w in keys.items()],
            )

    def article_keys(self, article_ids: Sequence[int]) -> dict[int, dict[str, float]]:
        """The stored keys of each report (reports grouped before keys were kept: absent)."""
        out: dict[int, dict[str, float]] = {}
        for chunk in _chunks(list(article_ids)):
            marks = ",".join("?" * len(chunk))
            for r in self._query(
                f"SELECT article_id, key, weight FROM article_event_keys "
                f"WHERE article_id IN ({marks})", chunk,
            ):
                out.setdefault(r[0], {})[r[1]] = r[2]
        return out

    def _rebuild_event(self, event_id: int) -> None:
        """An event's keys and span from the reports left in it; gone when none is left."""
        ids = [r[0] for r in self._query(
            "SELECT id FROM articles WHERE event_id = ?", (event_id,))]
        if not ids:
            self._conn.execute("DELETE FROM events WHERE id = ?", (event_id,))
            return
        per = self.article_keys(ids)
        if len(per) == len(ids):  # otherwise keep the old keys: better than losing them
            union: dict[str, float] = {}
            for keys in per.values():
                for k, w in keys.items():
                    union[k] = max(union.get(k, 0.0), w)
            self._conn.execute("DELETE FROM event_keys WHERE event_id = ?", (event_id,))
            self._conn.executemany(
                "INSERT INTO event_keys(event_id, key, weight) VALUES (?, ?, ?)",
                [(event_id, k, w) for k, w in union.items()],
            )
        self._conn.execute(
            "UPDATE events SET first_seen = (SELECT MIN(NULLIF(sort_key, '')) FROM articles "
            "WHERE event_id = :e), last_seen = (SELECT MAX(NULLIF(sort_key, '')) FROM articles "
            "WHERE event_id = :e) WHERE id = :e", {"e": event_id},
        )
        self._regroup_keys(event_id)

    def _regroup_keys(self, event_id: int) -> None:
        self._conn.execute(
            "UPDATE articles SET group_key = (SELECT MAX(sort_key) FROM articles "
            "WHERE event_id = :e) WHERE event_id = :e", {"e": event_id},
        )

    def split_article(self, article_id: int) -> int | None:
        """Move a report out of its event into an event of its own; it never rejoins the old
        one. Returns the new event's id (None when the article is in no event)."""
        with self.transaction():
            row = self._conn.execute(
                "SELECT event_id, title, sort_key FROM articles WHERE id = ?", (article_id,)
            ).fetchone()
            if row is None or row[0] is None:
                return None
            old, when = row[0], row[2] or None
            self._conn.execute(
                "INSERT OR IGNORE INTO event_choices(article_id, event_id, choice) "
                "VALUES (?, ?, 'split')", (article_id, old),
            )
            keys = self.article_keys([article_id]).get(article_id, {})
            new = self.save_event(EventRecord(None, row[1], when, when, keys), [article_id])
            self._conn.execute(
                "DELETE FROM event_choices WHERE article_id = ? AND choice = 'pinned'",
                (article_id,))
            self._conn.execute(
                "INSERT INTO event_choices(article_id, event_id, choice) VALUES (?, ?, 'pinned')",
                (article_id, new),
            )
            self._conn.execute("UPDATE articles SET group_key = sort_key WHERE id = ?",
                               (article_id,))
            self._rebuild_event(old)
        return new

    def merge_events(self, target: int, other: int) -> bool:
        """Put every report of `other` into `target` for good. False when either is missing."""
        if target == other:
            return False
        with self.transaction():
            if self.event(target) is None or self.event(other) is None:
                return False
            ids = [r[0] for r in self._query(
                "SELECT id FROM articles WHERE event_id IN (?, ?)", (target, other))]
            self._conn.execute("UPDATE articles SET event_id = ? WHERE event_id = ?",
                               (target, other))
            # What was split off the merged event stays apart from the event it is now in.
            self._conn.execute(
                "UPDATE OR IGNORE event_choices SET event_id = ? WHERE event_id = ? "
                "AND choice = 'split'", (target, other))
            self._conn.executemany(
                "DELETE FROM event_choices WHERE article_id = ? AND choice = 'pinned'",
                [(i,) for i in ids])
            self._conn.executemany(
                "INSERT INTO event_choices(article_id, event_id, choice) VALUES (?, ?, 'pinned')",
                [(i, target) for i in ids])
            keys = self.event(other).keys  # type: ignore[union-attr]
            self._conn.executemany(
                "INSERT INTO event_keys(event_id, key, weight) VALUES (?, ?, ?) "
                "ON CONFLICT(key, event_id) DO UPDATE SET weight = MAX(weight, excluded.weight)",
                [(target, k, w) for k, w in keys.items()],
            )
            self._conn.execute("DELETE FROM events WHERE id = ?", (other,))
            self._rebuild_event(target)
        return True

    def regroup(self, article_id: int) -> bool:
        """Take a report out of its event so that grouping places it again (its text changed).

        A report the user placed (split or merge) stays where it is. True when it was taken
        out; the next `tui.events.group_new_articles` puts it where it now belongs.
        """
        with self.transaction():
            row = self._conn.execute(
                "SELECT event_id FROM articles WHERE id = ?", (article_id,)).fetchone()
            pinned = self._conn.execute(
                "SELECT 1 FROM event_choices WHERE article_id = ? AND choice = 'pinned'",
                (article_id,)).fetchone()
            if row is None or row[0] is None or pinned:
                return False
            self._conn.execute(
                "UPDATE articles SET event_id = NULL, group_key = sort_key WHERE id = ?",
                (article_id,))
            self._conn.execute("DELETE FROM article_event_keys WHERE article_id = ?",
                               (article_id,))
            self._rebuild_event(row[0])
        return True

    def split_from(self, article_id: int) -> list[int]:
        """The events the user moved this report out of."""
        return [r[0] for r in self._query(
            "SELECT event_id FROM event_choices WHERE article_id = ? AND choice = 'split'",
            (article_id,))]

    def event_choices(self) -> list[tuple[int, int, str]]:
        """Every choice as (article id, event id, "split" or "pinned") (parallax migrate)."""
        rows = self._query(
            "SELECT article_id, event_id, choice FROM event_choices "
            "ORDER BY article_id, choice, event_id"
        )
        return [(r[0], r[1], r[2]) for r in rows]

    def restore_event_choices(self, choices: Iterable[tuple[int, int, str]]) -> None:
        with self.transaction():
            self._conn.executemany(
                "INSERT OR IGNORE INTO event_choices(article_id, event_id, choice) "
                "VALUES (?, ?, ?)", list(choices),
            )

    # -- listing ----------------------------------------------------------------------------

    @staticmethod
    def _event_where(since: str | None, language: str | None,
                     query: str | None) -> tuple[str, list[Any]]:
        where, params = ["1 = 1"], []  # type: ignore[var-annotated]
        if since:
            where.append("e.last_seen >= ?")
            params.append(since)
        if language:
            where.append("EXISTS (SELECT 1 FROM articles x INDEXED BY articles_event "
                         "WHERE x.event_id = e.id AND x.language = ?)")
            params.append(language)
        if query:
            where.append("EXISTS (SELECT 1 FROM articles x WHERE x.event_id = e.id "
                         "AND (x.title LIKE ? OR x.source LIKE ?))")
            params += [f"%{query}%", f"%{query}%"]
        return " AND ".join(where), params

    def event_rows(
        self, since: str | None = None, language: str | None = None,
        offset: int = 0, limit: int = 100, query: str | None = None,
    ) -> list[EventRow]:
        """Events, newest report first: one indexed page (the events screen pages these)."""
        where, params = self._event_where(since, language, query)
        ids = [r[0] for r in self._query(
            f"SELECT e.id FROM events e WHERE {where} "
            f"ORDER BY e.last_seen DESC, e.id DESC "  # (undated last: NULL sorts lowest)
            f"LIMIT {int(limit)} OFFSET {int(offset)}", params)]
        return self._rows(ids)

    def event_row_count(self, since: str | None = None, language: str | None = None,
                        query: str | None = None) -> int:
        where, params = self._event_where(since, language, query)
        return self._query(f"SELECT COUNT(*) FROM events e WHERE {where}", params)[0][0]

    def event_rows_by_id(self, ids: Sequence[int]) -> list[EventRow]:
        return self._rows(list(ids))

    def cached_conflicts(self, event_id: int, size: int) -> int | None:
        cached = self._conflict_cache([event_id]).get(event_id)
        return cached[1] if cached and cached[0] == size else None

    def _rows(self, ids: list[int]) -> list[EventRow]:
        summaries = self.event_summaries(ids)
        cache = self._conflict_cache(ids)
        out = []
        for r in self._query(
            f"SELECT id, first_seen, last_seen FROM events WHERE id IN "
            f"({','.join('?' * len(ids))})", ids,
        ) if ids else []:
            s = summaries.get(r[0])
            if s is None:
                continue
            cached = cache.get(r[0])
            conflicts = cached[1] if cached and cached[0] == s.size else None
            out.append(EventRow(r[0], s.label, s.size, s.languages, s.sources, r[1], r[2],
                                conflicts))
        order = {e: i for i, e in enumerate(ids)}
        return sorted(out, key=lambda row: order[row.id])

    def _conflict_cache(self, ids: list[int]) -> dict[int, tuple[int, int]]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        return {r[0]: (r[1], r[2]) for r in self._query(
            f"SELECT event_id, size, conflicts FROM event_conflicts WHERE event_id IN ({marks})",
            ids)}

    def cache_conflicts(self, event_id: int, size: int, conflicts: int) -> None:
        """Remember how many figures the reports disagree on (valid while the size holds)."""
        with self.transaction():
            self._conn.execute(
                "INSERT OR REPLACE INTO event_conflicts(event_id, size, conflicts) "
                "VALUES (?, ?, ?)", (event_id, size, conflicts))

    def event_report_times(self, event_ids: Sequence[int]) -> dict[int, list[str]]:
        """The publication keys of each event's reports (for sparklines)."""
        out: dict[int, list[str]] = {}
        for chunk in _chunks(list(event_ids)):
            marks = ",".join("?" * len(chunk))
            for r in self._query(
                f"SELECT event_id, sort_key FROM articles INDEXED BY articles_event "
                f"WHERE event_id IN ({marks}) AND sort_key != ''", chunk,
            ):
                out.setdefault(r[0], []).append(r[1])
        return {e: sorted(times) for e, times in out.items()}


def _chunks(items: list[int], size: int = 500) -> Iterable[list[int]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]
