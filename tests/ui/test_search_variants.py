"""The reader's search: other spellings of a name, the "also:" line, V for exact, and
highlighting that folds accents."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Markdown, Static

from tui.models import Article

from .conftest import app_for, build_store
from .test_flows import SIZE, feed_of, settle

REPORTS = [
    Article(title="Drones over Kyiv", body="Air defence worked overnight in Kyiv.",
            language="en", url="https://a.example/1", published="2025-07-04T09:00:00+00:00"),
    Article(title="Drones sobre Kiev", body="A defesa aérea atuou à noite em Kiev.",
            language="pt", url="https://b.example/1", published="2025-07-04T10:00:00+00:00"),
    Article(title="Séisme en Crète", body="La Crète a tremblé avant l'aube.",
            language="fr", url="https://c.example/1", published="2025-07-03T10:00:00+00:00"),
]  # fmt: skip


def also_line(app) -> str:
    line = app.screen.query_one("#search-also", Static)
    return str(line.render()) if line.display else ""


async def test_search_finds_spellings_says_so_and_v_turns_it_off(tmp_path: Path) -> None:
    app = app_for(build_store(tmp_path / "a.db", REPORTS))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"Kyiv")
        await settle(app, pilot)
        feed = feed_of(app)
        assert feed.count == 2
        assert "also: Kiev" in also_line(app) and "Київ" in also_line(app)
        await pilot.press("enter")  # to the feed
        await pilot.press("V")
        await settle(app, pilot)
        assert feed.count == 1 and "only the spelling typed" in also_line(app)
        await pilot.press("V")
        await settle(app, pilot)
        assert feed.count == 2


async def test_crete_highlights_crete_with_its_accent(tmp_path: Path) -> None:
    app = app_for(build_store(tmp_path / "a.db", REPORTS))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"Crete")
        await settle(app, pilot)
        assert feed_of(app).count == 1
        await pilot.press("enter", "enter")
        await settle(app, pilot)
        md = app.screen.query_one(Markdown)
        marked = [
            block.content.plain[span.start : span.end]
            for block in md.query("MarkdownBlock")
            for span in getattr(block.content, "spans", [])
            if "accent" in str(span.style)
        ]
        assert "Crète" in marked
