"""Compare screen snapshots (fixed clock, zone, locale, size; a stand-in engine).

Update: pytest tests/ui/test_compare_snapshots.py --snapshot-update
"""

from __future__ import annotations

import pytest
from textual.screen import Screen

from tui.screens.compare import CompareScreen, open_compare

from .compare_data import fake_builder
from .conftest import app_for as make

WIDE = (120, 40)
NARROW = (80, 24)
THEMES = ["parallax-dark", "parallax-light", "parallax-contrast", "parallax-sepia"]


def opener(a_id: int, b_id: int, *keys: str):  # noqa: ANN201
    async def run(pilot) -> None:
        app = pilot.app
        await pilot.pause()
        await app.workers.wait_for_complete()
        await app.push_screen(
            CompareScreen(app.store, a_id, b_id, dates=app.dates, builder=fake_builder)
        )
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        if keys:
            await pilot.press(*keys)
            await pilot.pause()

    return run


@pytest.mark.parametrize("size", [WIDE, NARROW], ids=["120x40", "80x24"])
def test_same_language(snap_compare, storm, size: tuple[int, int]) -> None:
    db, ids = storm
    assert snap_compare(make(db), terminal_size=size, run_before=opener(ids["en"], ids["en2"]))


@pytest.mark.parametrize("size", [WIDE, NARROW], ids=["120x40", "80x24"])
def test_cross_language(snap_compare, storm, size: tuple[int, int]) -> None:
    db, ids = storm
    assert snap_compare(make(db), terminal_size=size, run_before=opener(ids["en"], ids["pt"]))


@pytest.mark.parametrize("theme", THEMES)
def test_theme(snap_compare, storm, theme: str) -> None:
    db, ids = storm
    assert snap_compare(
        make(db, theme=theme), terminal_size=WIDE, run_before=opener(ids["en"], ids["en2"], "n")
    )


def test_swapped_narrow(snap_compare, storm) -> None:
    db, ids = storm
    assert snap_compare(
        make(db), terminal_size=NARROW, run_before=opener(ids["en"], ids["en2"], "x", "end")
    )


def test_picker(snap_compare, storm) -> None:
    db, ids = storm

    async def run(pilot) -> None:
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        # an empty screen behind the dialog: the snapshot is the picker, not the reader
        await pilot.app.push_screen(Screen())
        open_compare(pilot.app, ids["en"])
        await pilot.pause()

    assert snap_compare(make(db), terminal_size=WIDE, run_before=run)
