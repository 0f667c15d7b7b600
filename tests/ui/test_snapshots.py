"""Snapshots at fixed sizes, clock, zone and locale. Update: pytest tests/ui --snapshot-update."""

from __future__ import annotations

import pytest

from .conftest import AppFactory

WIDE = (120, 40)
NARROW = (80, 24)


async def _settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def _open_second(pilot) -> None:
    await _settle(pilot)
    await pilot.press("j", "enter")
    await _settle(pilot)


def test_main_screen(snap_compare, make_app: AppFactory) -> None:
    assert snap_compare(make_app(), terminal_size=WIDE, run_before=_settle)


def test_article_open(snap_compare, make_app: AppFactory) -> None:
    assert snap_compare(make_app(), terminal_size=WIDE, run_before=_open_second)


def test_article_open_portuguese_ui(snap_compare, make_app: AppFactory) -> None:
    assert snap_compare(make_app(locale="pt_BR"), terminal_size=WIDE, run_before=_open_second)


def test_search_results(snap_compare, make_app: AppFactory) -> None:
    async def run(pilot) -> None:
        await _settle(pilot)
        await pilot.press("slash", *"quell", "enter", "enter")
        await _settle(pilot)

    assert snap_compare(make_app(), terminal_size=WIDE, run_before=run)


@pytest.mark.parametrize(
    "theme", ["parallax-dark", "parallax-light", "parallax-contrast", "parallax-sepia"]
)
def test_theme(snap_compare, make_app: AppFactory, theme: str) -> None:
    assert snap_compare(make_app(theme=theme), terminal_size=WIDE, run_before=_open_second)


def test_help_screen(snap_compare, make_app: AppFactory) -> None:
    async def run(pilot) -> None:
        await _settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=WIDE, run_before=run)


def test_narrow_terminal(snap_compare, make_app: AppFactory) -> None:
    assert snap_compare(make_app(), terminal_size=NARROW, run_before=_open_second)


def test_narrow_with_facts(snap_compare, make_app: AppFactory) -> None:
    async def run(pilot) -> None:
        await _open_second(pilot)
        await pilot.press("f")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=NARROW, run_before=run)


def test_language_picker(snap_compare, make_app: AppFactory) -> None:
    async def run(pilot) -> None:
        await _settle(pilot)
        await pilot.press("l")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=NARROW, run_before=run)


SIZES = [NARROW, WIDE, (200, 60)]
SIZE_IDS = ["80x24", "120x40", "200x60"]


@pytest.fixture
def scripts_app(tmp_path):
    from .conftest import app_for
    from .scripts_data import build_scripts_store

    return app_for(build_scripts_store(tmp_path / "scripts.db"))


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_long_titles_in_many_scripts(snap_compare, scripts_app, size) -> None:
    """No article open: the feed has the width; titles in Latin, Cyrillic, Greek, CJK,
    Arabic and Hebrew are cut by cell width, outlets and dates stay in their columns."""
    assert snap_compare(scripts_app, terminal_size=size, run_before=_settle)


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_long_titles_beside_an_article(snap_compare, scripts_app, size) -> None:
    """An article open: two-line feed rows, the article ≥ 60 columns from 120 up, its long
    URL shortened between words; the facts beside it only at 200 columns."""

    async def run(pilot) -> None:
        await _settle(pilot)
        await pilot.press("enter")
        await _settle(pilot)

    assert snap_compare(scripts_app, terminal_size=size, run_before=run)


def test_sort_menu(snap_compare, make_app: AppFactory) -> None:
    async def run(pilot) -> None:
        await _settle(pilot)
        await pilot.press("t")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=NARROW, run_before=run)


def test_mark_read_confirmation(snap_compare, tmp_path) -> None:
    from tui.models import Article

    from .conftest import app_for, build_store

    many = [
        Article(title=f"Routine notice {n}", body=f"Notice number {n}.", language="en",
                published=f"2025-06-{1 + n % 28:02d}T{n % 24:02d}:00:00+00:00")
        for n in range(120)
    ]
    app = app_for(build_store(tmp_path / "many.db", many))

    async def run(pilot) -> None:
        await _settle(pilot)
        await pilot.press("A")
        await pilot.pause()

    assert snap_compare(app, terminal_size=NARROW, run_before=run)


@pytest.mark.parametrize("size", SIZES, ids=SIZE_IDS)
def test_long_titles_in_a_chinese_ui_with_filters(snap_compare, tmp_path, size) -> None:
    """A Chinese UI (dates in wide characters, in their column in full) with unread only,
    grouping and a sort: the header says every filter, in short words when 80 columns
    are not enough, never cut off mid-word."""
    from .conftest import app_for
    from .scripts_data import build_scripts_store

    app = app_for(build_scripts_store(tmp_path / "scripts.db"), locale="zh_CN")

    async def run(pilot) -> None:
        await _settle(pilot)
        await pilot.press("u", "e", "t", "down", "enter")  # sort by outlet
        await _settle(pilot)

    assert snap_compare(app, terminal_size=size, run_before=run)
