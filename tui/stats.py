"""Reports per day over the last weeks, overall and per language (UI-free; the stats
screen draws it). One aggregating store query over the window: the cost follows the
number of reports in those weeks, not the size of the archive."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from tui.store import ArchiveStore

DEFAULT_WEEKS = 8


@dataclass
class DailyCounts:
    """Reports per UTC day from `days[0]` to `days[-1]`, oldest first."""

    days: list[date]
    total: list[int]
    by_language: dict[str, list[int]] = field(default_factory=dict)  # biggest first

    @property
    def reports(self) -> int:
        return sum(self.total)

    def weekly(self, counts: list[int] | None = None) -> list[int]:
        """Sums of seven days each, oldest week first."""
        values = self.total if counts is None else counts
        return [sum(values[i:i + 7]) for i in range(0, len(values), 7)]


def window_end(newest: str | None, today: date, days: int) -> date:
    """The last day to show: today, unless the archive's newest report is older than
    the whole window (an old archive shows its own last weeks, not empty ones)."""
    if newest is None:
        return today
    try:
        last = date.fromisoformat(newest[:10])
    except ValueError:
        return today
    return last if last < today - timedelta(days=days - 1) else today


def daily_counts(store: ArchiveStore, today: date, weeks: int = DEFAULT_WEEKS) -> DailyCounts:
    """Reports per day for the `weeks` weeks ending today (or at the newest report)."""
    length = max(1, weeks) * 7
    end = window_end(store.newest_report(), today, length)
    start = end - timedelta(days=length - 1)
    days = [start + timedelta(days=i) for i in range(length)]
    index = {d.isoformat(): i for i, d in enumerate(days)}
    total = [0] * length
    per: dict[str, list[int]] = {}
    for day, language, n in store.reports_per_day(start.isoformat(), end.isoformat()):
        i = index.get(day)
        if i is None:
            continue
        total[i] += n
        per.setdefault(language or "", [0] * length)[i] += n
    ordered = sorted(per.items(), key=lambda kv: (-sum(kv[1]), kv[0]))
    return DailyCounts(days, total, dict(ordered))
