"""Reports per day and language in the PostgreSQL archive (see `tui.store.stats`).
Mixed into `PgStore`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

DAY_COUNTS_SQL = (
    "SELECT substr(sort_key, 1, 10) AS day, COALESCE(language, ''), COUNT(*) "
    "FROM articles WHERE sort_key >= %s AND sort_key < %s GROUP BY 1, 2 ORDER BY 1, 2"
)


class PgStats:
    if TYPE_CHECKING:  # provided by the store

        def _query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]: ...

    def newest_report(self) -> str | None:
        rows = self._query(
            "SELECT sort_key FROM articles WHERE sort_key <> '' "
            "ORDER BY sort_key DESC LIMIT 1")
        return rows[0][0] if rows else None

    def reports_per_day(self, start: str, end: str) -> list[tuple[str, str, int]]:
        rows = self._query(DAY_COUNTS_SQL, (start, end + "~"))
        return [(r[0], r[1], int(r[2])) for r in rows]
