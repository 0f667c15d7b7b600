"""The compare screen says how likely the two reports are about one event, and warns
when they probably are not (Pilot tests with the real engine, one snapshot)."""

from __future__ import annotations

from dataclasses import replace

from tui.analysis.same_event import EventSignals, verdict
from tui.app import ParallaxApp
from tui.screens.compare import CompareScreen
from tui.widgets.compare import EventNote

from .compare_data import fake_builder
from .conftest import app_for as make

SIZE = (120, 40)


async def _open(app: ParallaxApp, pilot, a_id: int, b_id: int, **kw) -> CompareScreen:
    await pilot.pause()
    await app.workers.wait_for_complete()
    screen = CompareScreen(app.store, a_id, b_id, dates=app.dates, **kw)
    await app.push_screen(screen)
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()
    return screen


async def test_two_reports_of_one_storm_are_called_one_event(storm) -> None:
    db, ids = storm
    app = make(db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(app, pilot, ids["en"], ids["en2"])
        note = screen.query_one("#compare-event", EventNote)
        assert note.display and not note.has_class("-different")
        assert note.verdict is not None and note.verdict["likely"] is True
        assert str(note.render()).startswith("Same event: likely")


async def test_a_storm_and_a_harbour_strike_get_a_warning(storm) -> None:
    db, ids = storm
    app = make(db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _open(app, pilot, ids["en"], ids["harbour"])
        note = screen.query_one("#compare-event", EventNote)
        assert note.verdict is not None and note.verdict["likely"] is False
        assert note.has_class("-different")
        assert "Probably NOT the same event" in str(note.render())
        await pilot.press("x")  # swapping keeps the warning
        await pilot.pause()
        assert screen.query_one("#compare-event", EventNote).has_class("-different")


_DIFFERENT = verdict(EventSignals((), 1.0, 0, 0, 4, "different", 6))


def _warned_builder(a, b, fmt):  # noqa: ANN001, ANN202
    return replace(fake_builder(a, b, fmt), event=_DIFFERENT)


def test_warning_snapshot(snap_compare, storm) -> None:
    db, ids = storm

    async def run(pilot) -> None:
        await _open(pilot.app, pilot, ids["en"], ids["harbour"], builder=_warned_builder)

    assert snap_compare(make(db), terminal_size=SIZE, run_before=run)
