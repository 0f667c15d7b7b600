"""Refresh intervals: `--every` values, due feeds, and the reader's config key."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from tui.config import load_config
from tui.feeds.interval import format_interval, parse_interval
from tui.feeds.refresh import due_feeds
from tui.store import FeedRecord


@pytest.mark.parametrize(("text", "seconds"), [
    ("30m", 1800), ("2h", 7200), ("1d", 86400), ("90s", 90), ("45", 2700), ("1.5h", 5400),
])
def test_parse_interval(text: str, seconds: int) -> None:
    assert parse_interval(text) == seconds
    assert parse_interval(format_interval(seconds)) == seconds


@pytest.mark.parametrize("text", ["soon", "", "10s", "-5m", "3w"])
def test_bad_intervals_are_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_interval(text)


def test_due_feeds_use_their_own_interval_or_the_default() -> None:
    now = datetime(2025, 7, 10, 12, 0, tzinfo=UTC)
    fresh = FeedRecord(1, "https://a.example/1", last_checked="2025-07-10T11:50:00+00:00")
    stale = FeedRecord(2, "https://a.example/2", last_checked="2025-07-10T10:00:00+00:00")
    quick = FeedRecord(3, "https://a.example/3", interval_s=300,
                       last_checked="2025-07-10T11:50:00+00:00")
    never = FeedRecord(4, "https://a.example/4")
    feeds = [fresh, stale, quick, never]
    assert [f.id for f in due_feeds(feeds, 3600, now)] == [2, 3, 4]
    assert [f.id for f in due_feeds(feeds, None, now)] == [3]  # auto-refresh off: own only


def test_refresh_minutes_in_config(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("refresh_minutes = 15\n", encoding="utf-8")
    config, problems = load_config(path)
    assert config.refresh_minutes == 15 and problems == []
    path.write_text("refresh_minutes = -1\n", encoding="utf-8")
    config, problems = load_config(path)
    assert config.refresh_minutes == 0 and "refresh_minutes" in problems[0]
