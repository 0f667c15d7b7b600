"""The events screen and an event's coverage: Pilot flows and snapshots (80x24, 120x40)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.events import group_new_articles
from tui.screens.compare import ComparePicker
from tui.screens.events import CoverageScreen, EventsScreen
from tui.store import Store
from tui.widgets.event_list import EventList, sparkline

from .conftest import AppFactory, build_store

WIDE = (120, 40)
NARROW = (80, 24)


@pytest.fixture
def grouped(tmp_path: Path) -> Path:
    db = build_store(tmp_path / "grouped.db")
    with Store.open(db) as store:
        group_new_articles(store)
    return db


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_sparkline_shows_when_reports_came() -> None:
    times = ["2025-07-04T09:30:00+00:00", "2025-07-04T10:00:00+00:00",
             "2025-07-05T08:15:00+00:00"]
    line = sparkline(times, 8)
    assert len(line) == 8 and line[0] == "█" and line[-1] != " " and " " in line
    assert sparkline([], 4) == "    "


async def test_events_screen_lists_events_and_opens_coverage(make_app: AppFactory,
                                                            grouped: Path) -> None:
    app = make_app(db=grouped)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        assert isinstance(app.screen, EventsScreen)
        events = app.screen.query_one(EventList)
        rows = [events.row_at(i) for i in range(events.count)]
        lasts = [r.last_seen for r in rows]
        assert lasts == sorted(lasts, key=lambda t: t or "", reverse=True)
        quell = next(i for i, r in enumerate(rows) if r.size == 3)
        events.select_index(quell)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CoverageScreen)
        text = str(app.screen.query_one("#coverage").render())
        assert "(first)" in text and "Northern Ledger" in text and "Diário do Vale" in text
        assert "disagree" in text
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, ComparePicker)


async def test_split_and_merge_from_the_reader(make_app: AppFactory, grouped: Path) -> None:
    app = make_app(db=grouped)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        events = app.screen.query_one(EventList)
        before = events.count
        quell = next(i for i in range(events.count) if events.row_at(i).size == 3)
        events.select_index(quell)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("j", "x")
        await settle(pilot)
        assert len(app.screen.data.reports) == 2
        await pilot.press("escape")
        await settle(pilot)
        assert events.count == before + 1
        # merge it back: m on one event, m on the other
        rows = [events.row_at(i) for i in range(events.count)]
        target = next(r for r in rows if r.size == 2)
        split_row = next(i for i, r in enumerate(rows) if r.size == 1 and r.label.startswith(
            ("Cheias", "Las inund", "River")))
        events.select_index(rows.index(target))
        await pilot.press("m")
        events.select_index(split_row)
        await pilot.press("m")
        await settle(pilot)
        assert events.count == before
    with Store.open(grouped) as store:
        assert store.event(target.id).size >= 3


async def test_sidebar_says_why_reports_are_one_event(make_app: AppFactory,
                                                      grouped: Path) -> None:
    from tui.widgets.facts import FactsPanel

    app = make_app(db=grouped)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        feed = app.screen.query_one("#feed")
        index = next(i for i in range(feed.count) if "Quell floods" in feed.article_at(i).title)
        feed.select_index(index)
        await pilot.press("enter")
        await settle(pilot)
        panel = app.screen.query_one("#facts", FactsPanel)
        assert panel.why and any("flood" in line for line in panel.why)
        meta = str(panel.query_one("#facts-meta").render())
        assert "one event because they share" in meta


async def test_filter_and_language(make_app: AppFactory, grouped: Path) -> None:
    app = make_app(db=grouped)
    async with app.run_test(size=WIDE) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        events = app.screen.query_one(EventList)
        await pilot.press("slash", *"harbour", "enter")
        await settle(pilot)
        assert events.count == 1 and "Harbour" in events.current.label or (
            "Calder" in events.current.label)
        await pilot.press("escape")
        await settle(pilot)
        assert events.count > 1
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, EventsScreen)


async def _events(pilot) -> None:
    await settle(pilot)
    await pilot.press("E")
    await settle(pilot)


async def _coverage(pilot) -> None:
    await _events(pilot)
    events = pilot.app.screen.query_one(EventList)
    events.select_index(next(i for i in range(events.count) if events.row_at(i).size == 3))
    await pilot.press("enter")
    await settle(pilot)


@pytest.mark.parametrize("size", [NARROW, WIDE], ids=["80x24", "120x40"])
def test_events_snapshot(snap_compare, make_app: AppFactory, grouped: Path, size) -> None:
    assert snap_compare(make_app(db=grouped), terminal_size=size, run_before=_events)


@pytest.mark.parametrize("size", [NARROW, WIDE], ids=["80x24", "120x40"])
def test_coverage_snapshot(snap_compare, make_app: AppFactory, grouped: Path, size) -> None:
    assert snap_compare(make_app(db=grouped), terminal_size=size, run_before=_coverage)
