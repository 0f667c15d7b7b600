"""Event grouping: reports of one story land together across outlets and languages."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest
from conftest import REPO, SEEDS, needs_seeds

from tui.batch import import_paths
from tui.events import group_new_articles
from tui.paths import bundled
from tui.store import ArticleFilter, Store

MANIFEST = json.loads((REPO / "tests/fixtures/sample_feed_events.json").read_text("utf-8"))
FEED = bundled("sample_feed")


def _story_of(origin: str) -> str:
    """Which manifest story an article came from (by file and entry; origins count from 1)."""
    path, _, entry = origin.partition("#")
    index = int(entry) - 1 if entry else 0
    rel = Path(path).resolve().relative_to(FEED.resolve()).as_posix()
    for story in MANIFEST["events"] + MANIFEST["decoys"]:
        for item in story["articles"]:
            if item["file"] == rel and (item["entry"] or 0) == index:
                return story["id"]
    raise AssertionError(f"{origin} is not in the manifest")


def _groups(store: Store) -> dict[int | None, set[str]]:
    groups: dict[int | None, set[str]] = defaultdict(set)
    for article in store.page(ArticleFilter(), 0, 1000):
        groups[article.event_id].add(_story_of(article.origin))
    return groups


@pytest.fixture(scope="module")
def grouped(tmp_path_factory: pytest.TempPathFactory) -> Store:
    store = Store.open(tmp_path_factory.mktemp("ev") / "a.db")
    result = import_paths(store, [FEED])
    assert result.failed == 0 and result.grouping is not None
    return store


def test_every_story_is_one_group_and_groups_never_mix(grouped: Store) -> None:
    groups = _groups(grouped)
    assert None not in groups, "every article belongs to an event"
    mixed = [stories for stories in groups.values() if len(stories) > 1]
    assert mixed == [], "unrelated stories share a group"
    stories = [next(iter(s)) for s in groups.values()]
    split = sorted({s for s in stories if stories.count(s) > 1})
    assert split == [], "a story is split over several groups"
    assert len(groups) == len(MANIFEST["events"]) + len(MANIFEST["decoys"])


def test_groups_span_languages_and_outlets(grouped: Store) -> None:
    ids = {a.event_id for a in grouped.page(ArticleFilter(), 0, 1000)}
    summaries = grouped.event_summaries(ids)
    multilingual = [s for s in summaries.values() if len(s.languages) >= 2]
    assert len(multilingual) >= 10
    assert all(len(s.sources) >= 2 for s in summaries.values())


def test_grouped_feed_keeps_reports_of_an_event_together(grouped: Store) -> None:
    order = [a.event_id for a in grouped.page(ArticleFilter(group_events=True), 0, 1000)]
    runs = [e for i, e in enumerate(order) if i == 0 or order[i - 1] != e]
    assert len(runs) == len(set(order))


def test_grouping_is_incremental(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a.db") as store:
        import_paths(store, [FEED / "markdown"])
        first = {a.id: a.event_id for a in store.page(ArticleFilter(), 0, 1000)}
        import_paths(store, [FEED])
        after = {a.id: a.event_id for a in store.page(ArticleFilter(), 0, 1000)}
        assert all(after[i] == e for i, e in first.items()), "earlier groups were recomputed"
        assert group_new_articles(store).articles == 0
        groups = _groups(store)
        assert all(len(s) == 1 for s in groups.values())
        assert len(groups) == len(MANIFEST["events"]) + len(MANIFEST["decoys"])


@needs_seeds
def test_the_two_seed_reports_are_one_event(tmp_path: Path) -> None:
    with Store.open(tmp_path / "a.db") as store:
        import_paths(store, [SEEDS])
        events = {a.event_id for a in store.page(ArticleFilter(), 0, 10)}
        assert len(events) == 1 and None not in events
