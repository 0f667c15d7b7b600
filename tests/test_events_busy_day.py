"""A busy news day (benchmarks/busy_day_world.py, 30 stories, nine languages): look-alikes
stay apart. The full measurement is benchmarks/events_busy_day.py."""

from __future__ import annotations

import sys
from collections import defaultdict

import pytest
from conftest import REPO

from tui.events import group_new_articles
from tui.store import Store

sys.path.insert(0, str(REPO / "benchmarks"))
from busy_day_world import generate  # noqa: E402
from events_busy_day import score  # noqa: E402


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[int, str], dict[int, int]]:
    items = generate(seed=7, days=1, per_day=30, reports=(3, 4))
    with Store.open(tmp_path_factory.mktemp("busy") / "a.db") as store:
        store.import_articles(a for a, _ in items)
        group_new_articles(store)
        events = {r[0]: r[1] for r in store._query("SELECT id, event_id FROM articles")}
    return {a.id: story for a, story in items}, events  # type: ignore[misc]


def test_look_alikes_of_one_day_stay_apart(day) -> None:
    truth, events = day
    stories_of: dict[int, set[str]] = defaultdict(set)
    for article, story in truth.items():
        stories_of[events[article]].add(story)
    pairs = [("d0-storm0", "d0-storm1"), ("d0-vote0", "d0-vote1"),
             ("d0-rescue", "d0-airstrike")]
    for a, b in pairs:
        assert not any({a, b} <= s for s in stories_of.values()), f"{a} and {b} merged"


def test_busy_day_precision_and_recall(day) -> None:
    truth, events = day
    result = score(truth, events)
    assert result["precision"] >= 0.95 and result["recall"] >= 0.95, result
