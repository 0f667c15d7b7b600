"""The reader works off what an interrupted import left queued, in the background."""

from __future__ import annotations

from pathlib import Path

from tui.app import ParallaxApp
from tui.config import Config
from tui.store import Store

from .conftest import NOW, fake_facts


async def test_reader_groups_queued_articles_on_open(archive: Path) -> None:
    with Store.open(archive) as store:
        assert store.queue_counts()["pending"] > 0  # stored, never grouped (a killed import)
    app = ParallaxApp(
        db_path=archive, config=Config(locale="en", timezone="UTC"), now=NOW,
        save_settings=False, extract_facts=fake_facts,
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not app.screen.query_one("#import-progress").has_class("-running")
    with Store.open(archive) as store:
        assert store.queue_counts() == {"pending": 0, "failed": 0}
        assert store.event_total() > 0
