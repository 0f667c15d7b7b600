"""The `s` picker lists one entry per outlet, and a merge shows in it."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import OptionList

from tui.models import Article
from tui.store import Store

from .conftest import app_for, build_store
from .test_flows import SIZE, feed_of, settle

REPORTS = [
    Article(title="One", body="a", source="Harbor Ledger", url="https://harborledger.example/1"),
    Article(title="Two", body="b", source="harborledger.example"),
    Article(title="Three", body="c", source="Quay Post", url="https://quaypost.example/3"),
]


async def picker_labels(app, pilot) -> list[str]:
    await pilot.press("s")
    await pilot.pause()
    options = app.screen.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_source_picker_has_one_entry_per_outlet_and_follows_a_merge(tmp_path: Path) -> None:
    db = build_store(tmp_path / "a.db", REPORTS)
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        labels = await picker_labels(app, pilot)
        assert [label.split("  ")[0] for label in labels[1:]] == ["Harbor Ledger", "Quay Post"]
        options = app.screen.query_one(OptionList)
        options.highlighted = 1
        await pilot.press("enter")
        await settle(app, pilot)
        assert feed_of(app).count == 2  # the domain-only clipping is in Harbor Ledger
    with Store.open(db) as store:
        store.merge_outlets("Quay Post", "Harbor Ledger")
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        labels = await picker_labels(app, pilot)
        assert [label.split("  ")[0] for label in labels[1:]] == ["Harbor Ledger"]
        assert "(3)" in labels[1]
