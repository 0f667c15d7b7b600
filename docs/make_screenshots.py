"""Regenerate the README screenshots from the app itself.

    python docs/make_screenshots.py

Imports the sample feed into a throw-away archive, then drives the reader like a person
would (fixed clock, English UI) and saves SVG screenshots next to this file: the feed
with no article open (120×36), then an article open with the facts beside it and the
split view (150×40).
"""

from __future__ import annotations

import asyncio
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from tui.app import ParallaxApp
from tui.batch import import_paths
from tui.config import Config
from tui.paths import bundled
from tui.store import Store

HERE = Path(__file__).resolve().parent
SIZE = (150, 40)
FEED_SIZE = (120, 36)
NOW = datetime(2026, 3, 24, 9, 0, tzinfo=UTC)


async def shoot_feed(db: Path) -> None:
    config = Config(locale="en_GB", timezone="Europe/Lisbon")
    app = ParallaxApp(db_path=db, config=config, now=NOW, save_settings=False)
    async with app.run_test(size=FEED_SIZE) as pilot:
        await pilot.pause()
        await pilot.press("e", "j", "j", "j")  # grouped by event, the cursor on a report
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        app.save_screenshot(str(HERE / "feed.svg"))


async def shoot(db: Path) -> None:
    config = Config(locale="en_GB", timezone="Europe/Lisbon")
    app = ParallaxApp(db_path=db, config=config, now=NOW, save_settings=False)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("e")  # group by event
        await pilot.press(*"jjjjjjjjjjjjjjjjjjj", "enter")  # the Crete earthquake, in English
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        app.save_screenshot(str(HERE / "reader.svg"))
        await pilot.press("c")
        await pilot.pause(0.2)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        app.save_screenshot(str(HERE / "compare.svg"))


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "archive.db"
        with Store.open(db) as store:
            import_paths(store, [bundled("sample_feed")])
        asyncio.run(shoot_feed(db))
        asyncio.run(shoot(db))
    print("wrote", HERE / "feed.svg", HERE / "reader.svg", "and", HERE / "compare.svg")


if __name__ == "__main__":
    main()
