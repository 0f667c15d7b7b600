"""Reports per day and language, on both engines (the stats screen's one query)."""

from __future__ import annotations

from tui.store import ArchiveStore

from .helpers import art


def test_reports_per_day_counts_by_utc_day_and_language(store: ArchiveStore) -> None:
    assert store.newest_report() is None and store.reports_per_day("2026-01-01",
                                                                   "2026-12-31") == []
    store.import_articles([
        art("a", published="2026-03-01T23:30:00-02:00", language="en"),  # 2 March in UTC
        art("b", published="2026-03-02T08:00:00+00:00", language="en"),
        art("c", published="2026-03-02T09:00:00+00:00", language="pt"),
        art("d", published="2026-03-05T23:59:59+00:00"),  # no language
        art("e", published="2026-03-06T00:00:00+00:00", language="pt"),  # after the range
        art("f", published="2026-02-28T23:59:59+00:00", language="pt"),  # before it
        art("undated"),
    ])
    assert store.reports_per_day("2026-03-01", "2026-03-05") == [
        ("2026-03-02", "en", 2), ("2026-03-02", "pt", 1), ("2026-03-05", "", 1)]
    assert store.newest_report().startswith("2026-03-06T00:00:00")
