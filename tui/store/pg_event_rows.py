"""Listing events in the PostgreSQL archive (see `tui.store.events`): the `parallax
events` lines and the events screen's pages, sparkline times and the conflict cache.
Mixed into `PgStore`."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from tui.store.events import EventRecord, EventRow

if TYPE_CHECKING:
    from tui.store.events import EventSummary


def _event_where(
    since: str | None, language: str | None, query: str | None
) -> tuple[str, list[Any]]:
    where, params = ["true"], []  # type: ignore[var-annotated]
    if since:
        where.append("e.last_seen >= %s")
        params.append(since)
    if language:
        where.append("EXISTS (SELECT 1 FROM articles x WHERE x.event_id = e.id "
                     "AND x.language = %s)")
        params.append(language)
    if query:  # (SQLite's LIKE ignores ASCII case: ILIKE)
        where.append("EXISTS (SELECT 1 FROM articles x WHERE x.event_id = e.id "
                     "AND (x.title ILIKE %s OR x.source ILIKE %s))")
        params += [f"%{query}%", f"%{query}%"]
    return " AND ".join(where), params


class PgEventRows:
    read_only: bool  # set by PgStore
    if TYPE_CHECKING:  # provided by PgStore and PgEvents

        def _query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]: ...
        def _exec(self, sql: str, params: Iterable[Any] = ()) -> int: ...
        def event_summaries(self, event_ids: Iterable[int]) -> dict[int, EventSummary]: ...

    def events_by_id(self, event_ids: Sequence[int]) -> dict[int, EventRecord]:
        """Events with their keys and sizes, in two queries however many are asked for."""
        ids = list(event_ids)
        if not ids:
            return {}
        found = {
            r[0]: EventRecord(r[0], r[1], r[2], r[3], {}, r[4])
            for r in self._query(
                "SELECT id, label, first_seen, last_seen, "
                "(SELECT COUNT(*) FROM articles WHERE event_id = events.id) FROM events "
                "WHERE id = ANY(%s::bigint[])",
                (ids,),
            )
        }
        for k in self._query(
            "SELECT event_id, key, weight FROM event_keys WHERE event_id = ANY(%s::bigint[]) "
            'ORDER BY event_id, key COLLATE "C"',
            (ids,),
        ):
            found[k[0]].keys[k[1]] = k[2]
        return found

    def event_rows(
        self, since: str | None = None, language: str | None = None,
        offset: int = 0, limit: int = 100, query: str | None = None,
    ) -> list[EventRow]:
        """Events, newest report first (undated last): one page."""
        where, params = _event_where(since, language, query)
        ids = [r[0] for r in self._query(
            f"SELECT e.id FROM events e WHERE {where} "
            "ORDER BY e.last_seen DESC NULLS LAST, e.id DESC LIMIT %s OFFSET %s",
            [*params, int(limit), int(offset)])]
        return self._rows(ids)

    def event_row_count(self, since: str | None = None, language: str | None = None,
                        query: str | None = None) -> int:
        where, params = _event_where(since, language, query)
        return self._query(f"SELECT COUNT(*) FROM events e WHERE {where}", params)[0][0]

    def event_rows_by_id(self, ids: Sequence[int]) -> list[EventRow]:
        return self._rows(list(ids))

    def _rows(self, ids: list[int]) -> list[EventRow]:
        if not ids:
            return []
        summaries = self.event_summaries(ids)
        cache = self._conflict_cache(ids)
        out = []
        for r in self._query(
            "SELECT id, first_seen, last_seen FROM events WHERE id = ANY(%s::bigint[])", (ids,)
        ):
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
        return {r[0]: (r[1], r[2]) for r in self._query(
            "SELECT event_id, size, conflicts FROM event_conflicts "
            "WHERE event_id = ANY(%s::bigint[])", (ids,))}

    def cached_conflicts(self, event_id: int, size: int) -> int | None:
        cached = self._conflict_cache([event_id]).get(event_id)
        return cached[1] if cached and cached[0] == size else None

    def cache_conflicts(self, event_id: int, size: int, conflicts: int) -> None:
        """Remember how many figures the reports disagree on (valid while the size holds)."""
        if self.read_only:
            return  # a shared cache: a reader role counts without keeping the count
        self._exec(
            "INSERT INTO event_conflicts(event_id, size, conflicts) SELECT id, %s, %s "
            "FROM events WHERE id = %s ON CONFLICT (event_id) DO UPDATE SET "
            "size = excluded.size, conflicts = excluded.conflicts",
            (size, conflicts, event_id),
        )

    def event_report_times(self, event_ids: Sequence[int]) -> dict[int, list[str]]:
        """The publication keys of each event's reports (for sparklines)."""
        out: dict[int, list[str]] = {}
        for r in self._query(
            "SELECT event_id, sort_key FROM articles WHERE event_id = ANY(%s::bigint[]) "
            "AND sort_key <> ''", (list(event_ids),),
        ):
            out.setdefault(r[0], []).append(r[1])
        return {e: sorted(times) for e, times in out.items()}
