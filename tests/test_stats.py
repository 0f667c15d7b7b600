"""Reports per day over the last weeks (tui.stats): the window, zero days, languages."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tui.models import Article
from tui.stats import daily_counts, window_end
from tui.store import Store


def _archive(path: Path, days: dict[str, list[str]]) -> Store:
    store = Store.open(path)
    store.import_articles([
        Article(title=f"{day} {i}", body=f"Body {day} {i}.", language=lang,
                published=f"{day}T{10 + i % 10}:00:00+00:00")
        for day, langs in days.items() for i, lang in enumerate(langs)])
    return store


def test_days_without_reports_count_zero_and_languages_come_biggest_first(tmp_path) -> None:
    with _archive(tmp_path / "a.db", {"2026-03-02": ["en", "pt", "pt"],
                                      "2026-03-04": ["pt"], "2026-02-01": ["de"]}) as store:
        data = daily_counts(store, date(2026, 3, 4), weeks=1)
    assert data.days[0] == date(2026, 2, 26) and data.days[-1] == date(2026, 3, 4)
    assert data.total == [0, 0, 0, 0, 3, 0, 1] and data.reports == 4
    assert list(data.by_language) == ["pt", "en"]
    assert data.by_language["pt"] == [0, 0, 0, 0, 2, 0, 1]
    assert data.weekly() == [4]


def test_an_old_archive_shows_its_own_last_weeks(tmp_path) -> None:
    with _archive(tmp_path / "b.db", {"2024-05-10": ["en"], "2024-05-01": ["en"]}) as store:
        data = daily_counts(store, date(2026, 3, 4), weeks=2)
    assert data.days[-1] == date(2024, 5, 10) and data.reports == 2
    assert window_end(None, date(2026, 3, 4), 14) == date(2026, 3, 4)
    assert window_end("2026-03-01T00:00:00Z", date(2026, 3, 4), 14) == date(2026, 3, 4)
    assert window_end("garbage", date(2026, 3, 4), 14) == date(2026, 3, 4)
