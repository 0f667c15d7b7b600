"""The events screen and an event's coverage: Pilot flows and snapshots (80x24, 120x40)."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

import pytest
from babel import Locale
from rich.cells import cell_len

from tui.event_report import Coverage, FigureRow
from tui.events import group_new_articles
from tui.formatting import Dates
from tui.models import Article
from tui.paths import bundled
from tui.screens.compare import ComparePicker
from tui.screens.events import CoverageScreen, EventsScreen
from tui.store import Store, utc_key
from tui.themes import load_themes
from tui.widgets.coverage_lines import build_lines
from tui.widgets.event_list import EventList, sparkline

from .conftest import HOSTILE_TITLE, NOW, AppFactory, build_store

WIDE = (120, 40)
NARROW = (80, 24)


@pytest.fixture
def grouped(tmp_path: Path) -> Path:
    db = build_store(tmp_path / "grouped.db")
    with Store.open(db) as store:
        group_new_articles(store)
    return db


def coverage_text(screen: CoverageScreen) -> str:
    return "\n".join("".join(text for text, _ in line) for line in screen.view.view.lines)


async def settle(pilot) -> None:
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    for _ in range(100):  # conflict counts start a moment after the rows are drawn
        lists = pilot.app.screen.query(EventList)
        if not (lists and lists.first().counting_conflicts):
            break
        await pilot.pause(0.05)
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_sparkline_shows_when_reports_came() -> None:
    times = ["2025-07-04T09:30:00+00:00", "2025-07-04T10:00:00+00:00",
             "2025-07-05T08:15:00+00:00"]
    line = sparkline(times, 8)
    assert len(line) == 8 and line[0] == "█" and line[-1] not in " ▁" and "▁" in line
    assert sparkline([], 4) == "    "
    assert sparkline(times[:1], 4) == "█▁▁▁"


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
        assert all(r.conflicts is not None for r in rows)  # counted once drawn
        assert next(r for r in rows if r.size == 3).conflicts >= 1
        lasts = [r.last_seen for r in rows]
        assert lasts == sorted(lasts, key=lambda t: t or "", reverse=True)
        quell = next(i for i, r in enumerate(rows) if r.size == 3)
        events.select_index(quell)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CoverageScreen)
        text = coverage_text(app.screen)
        assert "FIRST" in text and "Northern Ledger" in text and "Diário do Vale" in text
        assert "Figures they disagree on" in text and "≠" in text
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


async def test_coverage_keys_mark_and_compare_two_reports(make_app: AppFactory,
                                                         grouped: Path) -> None:
    from tui.screens.compare import CompareScreen

    app = make_app(db=grouped)
    async with app.run_test(size=NARROW) as pilot:
        await _coverage(pilot)
        screen = app.screen
        view = screen.view
        assert [a.published for a in view.reports] == sorted(
            (a.published for a in view.reports), key=lambda p: utc_key(p) or "")
        first_row = view.view.report_rows[0]
        assert "▶" in str(view.render_line(first_row - round(view.scroll_offset.y)).text)
        await pilot.press("G")
        assert view.selected == len(view.reports) - 1
        await pilot.press("g", "space", "j")
        assert view.marked == 0 and view.selected == 1
        a, b = view.reports[0].id, view.reports[1].id
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, CompareScreen)
        assert (app.screen.a_id, app.screen.b_id) == (a, b)


async def test_coverage_timeline_points_at_the_selected_report(make_app: AppFactory,
                                                               grouped: Path) -> None:
    app = make_app(db=grouped)
    async with app.run_test(size=WIDE) as pilot:
        await _coverage(pilot)
        view = app.screen.view
        pointer = next(i for i, line in enumerate(view.view.lines)
                       if line and line[0][1] == "pointer")
        strip = next(i for i, line in enumerate(view.view.lines) if any(
            role == "strip" for _, role in line))
        cells = "".join(t for t, _ in view.view.lines[strip])
        positions = []
        for index in range(len(view.reports)):
            view.selected = index
            await pilot.pause()
            text = view.render_line(pointer - round(view.scroll_offset.y)).text
            positions.append(text.index("▲"))
            assert f"#{index + 1}" in text
            assert cells[positions[-1]] in "●23456789+"
        assert positions == sorted(positions) and positions[0] < positions[-1]


def test_coverage_lines_fit_the_width_and_escape_text() -> None:
    reports = [Article(title=HOSTILE_TITLE if i == 0 else f"Report {i} " * 12, body="",
                       source=f"Outlet {i}", language="en", id=i + 1,
                       published=f"2025-07-0{1 + i % 9}T0{i % 10}:00:00+00:00")
               for i in range(40)]
    data = Coverage(reports[:12], {1: ["only one"]},
                    [FigureRow("killed", ["2", "3", None] + ["2"] * 9)])
    dates = Dates(Locale.parse("en"), UTC, now=NOW)
    for width in (60, 76, 116):
        view = build_lines(data, reports, ["name: Dunmere ×3"] * 8, dates, width)
        text = ["".join(t for t, _ in line) for line in view.lines]
        assert len(view.report_rows) == 40
        assert all("\x1b" not in line for line in text)
        table = [i for i, line in enumerate(text) if line.startswith("killed")]
        assert table and "≠3" in text[table[0]] and "—" in text[table[0]]
        too_wide = [line for i, line in enumerate(text) if i != table[0] and not
                    line.startswith("figure") and cell_len(line) > width]
        assert not too_wide
        assert any("first 12 of 40 reports" in line for line in text)


async def test_split_then_merge_persists(make_app: AppFactory, grouped: Path) -> None:
    app = make_app(db=grouped)
    async with app.run_test(size=NARROW) as pilot:
        await _coverage(pilot)
        moved = app.screen.view.reports[2].id
        await pilot.press("G", "x")
        await settle(pilot)
        assert moved not in [a.id for a in app.screen.view.reports]
    with Store.open(grouped) as store:
        group_new_articles(store)  # regrouping does not put it back
        article = store.get(moved)
        assert store.event(article.event_id).size == 1


async def _split(pilot) -> None:
    await _coverage(pilot)
    await pilot.press("G", "x")
    await settle(pilot)


async def _merge_marked(pilot) -> None:
    await _events(pilot)
    await pilot.press("m", "j")
    await pilot.pause()


VIEWS = {"events": _events, "coverage": _coverage, "split": _split, "merge": _merge_marked}
THEMES = sorted(t.name for t in load_themes([bundled("themes")]).themes)
DEFAULT_THEME = "parallax-dark"
CASES = [(view, DEFAULT_THEME, size) for view in VIEWS for size in (NARROW, WIDE)] + [
    (view, theme, NARROW) for view in VIEWS for theme in THEMES if theme != DEFAULT_THEME]


@pytest.mark.parametrize(("view", "theme", "size"), CASES,
                         ids=[f"{v}-{t}-{w}x{h}" for v, t, (w, h) in CASES])
def test_snapshot(snap_compare, make_app: AppFactory, grouped: Path, view: str, theme: str,
                  size: tuple[int, int]) -> None:
    """The events screen, the coverage view, a split and a merge under way: the default
    theme at both sizes, every other theme at 80x24."""
    app = make_app(db=grouped, theme=theme)
    assert snap_compare(app, terminal_size=size, run_before=VIEWS[view])


def test_a_date_only_report_shows_its_day_without_a_time_and_sorts_at_midday() -> None:
    from zoneinfo import ZoneInfo

    from tui.event_report import report_order

    dated = Article(title="Date only", body="", source="A", language="es", id=1,
                    published="2026-03-22T00:00:00+00:00", published_precision="date")
    early = Article(title="Morning", body="", source="B", language="pt", id=2,
                    published="2026-03-22T09:05:00+00:00", published_precision="datetime_zoned")
    late = Article(title="Evening", body="", source="C", language="en", id=3,
                   published="2026-03-22T16:40:00+00:00", published_precision="datetime_zoned")
    reports = sorted([dated, late, early], key=report_order)
    assert [a.id for a in reports] == [2, 1, 3]  # midday UTC between the two timed ones
    dates = Dates(Locale.parse("en"), ZoneInfo("America/Sao_Paulo"), now=NOW)
    view = build_lines(Coverage(reports, {}, []), reports, [], dates, 116)
    rows = ["".join(t for t, _ in line) for line in view.lines]
    row = next(r for r in rows if "Date only" in r)
    assert "Mar 22, 2026" in row and ":" not in row.split("Date only")[0].split("2026")[1]
    assert any("Mar 22, 2026 06:05" in r for r in rows)  # a timed report, in the UI zone
