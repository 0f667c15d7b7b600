"""Locale-aware dates and names (babel), with a fixed clock and zone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tui.formatting import (
    Dates,
    language_name,
    long_datetime,
    parse_locale,
    reading_minutes,
    system_locale_name,
    ui_locale,
    user_zone,
)
from tui.models import parse_published

NOW = datetime(2025, 7, 7, 12, 0, tzinfo=UTC)


def test_feed_date_in_ui_locale() -> None:
    for name, expected in (("en_GB", "4 Jul 2025"), ("pt", "4 de jul. de 2025"),
                           ("en", "Jul 4, 2025")):
        dates = Dates(ui_locale(name), UTC, "medium", NOW)
        assert dates.short("2025-07-04T10:00:00+02:00") == expected
    assert Dates(ui_locale("en"), UTC).short(None) == ""


def test_relative_time_is_localised() -> None:
    when = NOW - timedelta(days=3)
    assert Dates(ui_locale("en"), UTC, now=NOW).relative(when) == "3 days ago"
    assert Dates(ui_locale("pt"), UTC, now=NOW).relative(when) == "há 3 dias"


def test_shown_in_user_zone() -> None:
    when = parse_published("2025-07-04T23:30:00+00:00")
    assert long_datetime(when, ui_locale("en_GB"), ZoneInfo("Europe/Lisbon")) == (
        "5 Jul 2025, 00:30"
    )
    assert Dates(ui_locale("en_GB"), ZoneInfo("Asia/Tokyo")).short(
        "2025-07-04T23:30:00+00:00"
    ) == "5 Jul 2025"


def test_ui_locale_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("LC_ALL", "LC_TIME", "LANG"):
        monkeypatch.delenv(var, raising=False)
    assert str(ui_locale(None)) == "en"
    monkeypatch.setenv("LANG", "pt_BR.UTF-8")
    assert system_locale_name() == "pt_BR.UTF-8"
    assert str(ui_locale(None)) == "pt_BR"
    monkeypatch.setenv("LC_ALL", "C")
    assert str(ui_locale(None)) == "en"
    assert str(ui_locale("de")) == "de"  # config wins
    assert parse_locale("xx_not_a_locale") is None


def test_language_names_and_reading_time() -> None:
    assert language_name("pt", ui_locale("en")) == "Portuguese"
    assert language_name("en", ui_locale("pt")) == "inglês"
    assert language_name("zz", ui_locale("en")) == "zz"
    assert reading_minutes(0) == 0 and reading_minutes(10) == 1 and reading_minutes(2300) == 10


def test_bad_zone_falls_back() -> None:
    assert user_zone("Not/AZone") is not None
    assert user_zone("UTC") == ZoneInfo("UTC")


def test_date_column_width_fits_every_month() -> None:
    dates = Dates(ui_locale("pt"), UTC)
    assert dates.short_width == max(
        len(dates.short(f"2025-{m:02d}-28T12:00:00+00:00")) for m in range(1, 13)
    )
