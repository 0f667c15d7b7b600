"""Archive statistics for pictures: reports per day and language (SQLite). Mixed into
`Store`; `tui.store.pg_stats` holds the same queries for PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

DAY_COUNTS_SQL = (
    "SELECT substr(sort_key, 1, 10) AS day, COALESCE(language, ''), COUNT(*) "
    "FROM articles WHERE sort_key >= ? AND sort_key < ? GROUP BY day, language "
    "ORDER BY day, language"
)


class StatsQueries:
    """Aggregates over a date range: the cost follows the range, not the archive."""

    if TYPE_CHECKING:  # provided by the store

        def _query(self, sql: str, params: Iterable[Any] = ()) -> list[Any]: ...

    def newest_report(self) -> str | None:
        """The UTC key ("…Z") of the newest dated report, None in an empty archive."""
        rows = self._query(
            "SELECT sort_key FROM articles WHERE sort_key != '' "
            "ORDER BY sort_key DESC LIMIT 1")
        return rows[0][0] if rows else None

    def reports_per_day(self, start: str, end: str) -> list[tuple[str, str, int]]:
        """(day, language, reports) for the UTC days `start`..`end` (YYYY-MM-DD, both
        included), by publication date; days without reports are left out."""
        return [(r[0], r[1], r[2]) for r in self._query(DAY_COUNTS_SQL, (start, _after(end)))]


def _after(day: str) -> str:
    """A key just past every timestamp of `day` ("2025-07-04" -> "2025-07-04~")."""
    return day + "~"
