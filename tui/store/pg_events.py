"""Events in the PostgreSQL archive: the same queries as `tui.store.events`, in
PostgreSQL's dialect. Mixed into `PgStore`."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from tui.store.events import EventRecord, EventSummary
from tui.store.pg_schema import ROW_COLUMNS, STATE_JOIN
from tui.store.queue import UNGROUPED_SQL

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

    from tui.models import Article


class PgEvents:
    user: str

    if TYPE_CHECKING:  # provided by PgStore and PgArticles

        def _query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]: ...
        def _exec(self, sql: str, params: Iterable[Any] = ()) -> int: ...
        def _lock_writes(self) -> None: ...
        def events_by_id(self, event_ids: Sequence[int]) -> dict[int, EventRecord]: ...
        def transaction(self) -> AbstractContextManager[None]: ...
        @staticmethod
        def _article(row: Sequence[Any], body: str = "") -> Article: ...

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

        With `article_id`, never the events the user moved that article out of."""
        if not keys:
            return []
        window, params = "", [list(keys)]
        if start and end:
            window = " AND (e.last_seen IS NULL OR (e.last_seen >= %s AND e.first_seen <= %s))"
            params += [start, end]
        if article_id is not None:
            window += (" AND e.id NOT IN (SELECT event_id FROM event_choices "
                       "WHERE article_id = %s AND choice = 'split')")
            params.append(article_id)
        rows = self._query(
            "SELECT e.id, COUNT(*) AS shared FROM event_keys k JOIN events e ON e.id = k.event_id "
            f"WHERE k.key = ANY(%s){window} GROUP BY e.id ORDER BY shared DESC, e.id DESC "
            f"LIMIT {int(limit)}",
            params,
        )
        found = self.events_by_id([r[0] for r in rows])
        return [found[r[0]] for r in rows if r[0] in found]

    def event(self, event_id: int) -> EventRecord | None:
        return self.events_by_id([event_id]).get(event_id)

    def key_event_counts(
        self, keys: Sequence[str], start: str | None = None, end: str | None = None
    ) -> dict[str, int]:
        """In how many events (touching [start, end] when given) each key occurs."""
        if not keys:
            return {}
        window, params = "", [list(keys)]
        if start and end:
            window = " AND e.last_seen >= %s AND e.first_seen <= %s"
            params += [start, end]
        rows = self._query(
            "SELECT k.key, COUNT(*) FROM event_keys k JOIN events e ON e.id = k.event_id "
            f"WHERE k.key = ANY(%s){window} GROUP BY k.key",
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
        """Create or update an event, store its keys and put the articles in it (with
        `changed_keys`, only those are written: a join costs what the report adds)."""
        with self.transaction():
            self._lock_writes()
            if event.id is None:
                event.id = self._query(
                    "INSERT INTO events(label, first_seen, last_seen) VALUES (%s, %s, %s) "
                    "RETURNING id",
                    (event.label, event.first_seen, event.last_seen),
                )[0][0]
            else:
                self._exec(
                    "UPDATE events SET label=%s, first_seen=%s, last_seen=%s WHERE id=%s",
                    (event.label, event.first_seen, event.last_seen, event.id),
                )
            if changed_keys is None:
                self._replace_keys(event.id, event.keys)
            elif changed_keys:
                self._upsert_keys(event.id, changed_keys)
            ids = list(article_ids)
            self._exec("UPDATE articles SET event_id = %s WHERE id = ANY(%s)", (event.id, ids))
            # Placed in an event, an article is grouped: it leaves the analysis queue.
            self._exec("DELETE FROM analysis_queue WHERE article_id = ANY(%s)", (ids,))
            # Reports of one event sit together in the grouped feed, at its newest report.
            # Only rows whose key changes are rewritten (every UPDATE is a new row version).
            self._exec(
                "UPDATE articles SET group_key = m.newest FROM (SELECT MAX(sort_key) AS newest "
                "FROM articles WHERE event_id = %s) m WHERE event_id = %s "
                "AND group_key <> m.newest",
                (event.id, event.id),
            )
        assert event.id is not None
        return event.id

    def _replace_keys(self, event_id: int, keys: dict[str, float]) -> None:
        """Make the event's keys `keys`, touching only the rows that change: an event
        gathers thousands of keys as it grows, and deleting and re-inserting them all on
        every report would leave as many dead rows behind each time."""
        self._exec(
            "DELETE FROM event_keys e WHERE e.event_id = %s AND e.key NOT IN "
            "(SELECT unnest(%s::text[]))",
            (event_id, list(keys)),
        )
        self._upsert_keys(event_id, keys)

    def _upsert_keys(self, event_id: int, keys: Mapping[str, float]) -> None:
        names, weights = list(keys), list(keys.values())
        self._exec(
            "INSERT INTO event_keys(event_id, key, weight) SELECT %s, k, w "
            "FROM unnest(%s::text[], %s::float8[]) AS t(k, w) "
            "ON CONFLICT (key, event_id) DO UPDATE SET weight = excluded.weight "
            "WHERE event_keys.weight IS DISTINCT FROM excluded.weight",
            (event_id, names, weights),
        )

    def delete_event(self, event_id: int) -> None:
        """Remove an event; its articles (if any are left) become ungrouped."""
        with self.transaction():
            self._lock_writes()
            self._exec("DELETE FROM events WHERE id = %s", (event_id,))
            self._exec(
                "UPDATE articles SET group_key = sort_key WHERE event_id IS NULL"
                " AND group_key != sort_key"
            )

    def event_summaries(self, event_ids: Iterable[int]) -> dict[int, EventSummary]:
        """Size, languages and outlets of each event (for a page of the feed)."""
        ids = sorted(set(event_ids))
        if not ids:
            return {}
        out: dict[int, EventSummary] = {}
        for r in self._query(
            "SELECT e.id, e.label, COUNT(a.id), "
            "array_agg(DISTINCT COALESCE(a.language, '')), "
            "array_agg(DISTINCT COALESCE(a.outlet, a.source, '')) "
            "FROM events e JOIN articles a ON a.event_id = e.id WHERE e.id = ANY(%s) "
            "GROUP BY e.id",
            (ids,),
        ):
            langs = sorted(x for x in r[3] if x)
            sources = sorted(x for x in r[4] if x)
            out[r[0]] = EventSummary(r[0], r[1], r[2], langs, sources)
        return out

    def event_articles(self, event_id: int) -> list[Article]:
        """The reports of one event (without bodies), newest first."""
        rows = self._query(
            f"SELECT {ROW_COLUMNS} FROM articles a {STATE_JOIN} WHERE a.event_id = %s "
            "ORDER BY a.sort_key DESC, a.id DESC",
            (self.user, event_id),
        )
        return [self._article(r) for r in rows]
