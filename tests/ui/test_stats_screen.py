"""The stats screen: reports per day for the last weeks, overall and per language."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from textual.widgets import Sparkline, Static

from tui.models import Article
from tui.paths import bundled
from tui.screens.stats import LanguageBadge, StatsScreen
from tui.themes import load_themes

from .conftest import NOW, AppFactory, build_store

WIDE = (120, 40)
NARROW = (80, 24)
LANGS = ("en", "pt", "es", "de", "uk")


def _articles() -> list[Article]:
    """A few reports a day for eight weeks before the test clock, weekends quieter."""
    out = []
    for back in range(60):
        day = NOW - timedelta(days=back)
        n = 4 + (back * 7) % 17 if day.weekday() < 5 else back % 3
        for k in range(n):
            out.append(Article(title=f"Notice {back}-{k}", body=f"Notice {back} {k}.",
                               source=f"Desk {k % 3}", language=LANGS[(k * k + back) % 7 % 5],
                               published=(day - timedelta(hours=k)).isoformat()))
    return out


@pytest.fixture
def busy(tmp_path: Path) -> Path:
    return build_store(tmp_path / "busy.db", _articles())


async def _stats(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.press("D")
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def _languages(pilot) -> None:
    await _stats(pilot)
    await pilot.press("l")
    await pilot.pause()


async def test_d_shows_reports_per_day_with_numbers(make_app: AppFactory, busy: Path) -> None:
    app = make_app(db=busy)
    async with app.run_test(size=WIDE) as pilot:
        await _stats(pilot)
        screen = app.screen
        assert isinstance(screen, StatsScreen)
        data = screen.data
        first = data.days[0].isoformat()
        expected = sum(1 for a in _articles() if a.published[:10] >= first)
        assert data.reports == expected and data.days[-1] == NOW.date()
        assert len(data.days) == 56
        spark = screen.query_one("#stats-total Sparkline", Sparkline)
        assert list(spark.data) == data.total and spark.size.width == 56
        numbers = str(screen.query_one("#stats-total .stats-numbers", Static).render())
        assert f"{expected} reports" in numbers and f"max {max(data.total)} (" in numbers
        assert not screen.query(LanguageBadge)
        await pilot.press("l")
        await pilot.pause()
        badges = [b.code for b in screen.query(LanguageBadge)]
        assert sorted(badges) == sorted(LANGS) and badges == list(data.by_language)
        await pilot.press("escape")
        await pilot.pause()
        assert not isinstance(app.screen, StatsScreen)


async def test_an_empty_archive_has_a_flat_picture(make_app: AppFactory, tmp_path) -> None:
    app = make_app(db=build_store(tmp_path / "empty.db", []))
    async with app.run_test(size=NARROW) as pilot:
        await _stats(pilot)
        assert app.screen.data.reports == 0
        assert "0 reports" in str(app.screen.query_one("#stats-head", Static).render())


async def test_the_key_is_in_help_and_the_palette(make_app: AppFactory) -> None:
    from tui.screens.palette import ParallaxCommands

    app = make_app()
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        commands = ParallaxCommands(app.screen)._static_commands()
        assert any(help_ == "stats_screen" for _, _, help_ in commands)
        await pilot.press("question_mark")
        await pilot.pause()
        rows = app.screen.rows
        assert ("D", "Reports per day", "stats_screen") in rows


THEMES = sorted(t.name for t in load_themes([bundled("themes")]).themes)
CASES = [("parallax-dark", size, view) for size in (NARROW, WIDE) for view in ("all", "lang")]
CASES += [(theme, NARROW, "lang") for theme in THEMES if theme != "parallax-dark"]


@pytest.mark.parametrize(("theme", "size", "view"), CASES,
                         ids=[f"{t}-{w}x{h}-{v}" for t, (w, h), v in CASES])
def test_snapshot(snap_compare, make_app: AppFactory, busy: Path, theme: str,
                  size: tuple[int, int], view: str) -> None:
    run = _stats if view == "all" else _languages
    assert snap_compare(make_app(db=busy, theme=theme), terminal_size=size, run_before=run)
