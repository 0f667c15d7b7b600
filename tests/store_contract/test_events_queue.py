"""Events, the analysis queue and check/repair, on both engines (issue 9's guarantees)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tui import events as grouping
from tui.batch import import_paths
from tui.cli import main
from tui.ingest import load_file
from tui.store import ArchiveStore, ArticleFilter, EventRecord, open_store

from .helpers import art, count_rows

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from prose import write_jsonl  # noqa: E402


def test_events_group_the_feed_and_find_candidates(store: ArchiveStore) -> None:
    store.import_articles(
        [
            art("quake en", published="2026-02-09T05:00:00+00:00", language="en", source="A"),
            art("other", published="2026-02-10T00:00:00+00:00", language="en", source="C"),
            art("quake pt", published="2026-02-11T09:00:00+00:00", language="pt", source="B"),
        ]
    )
    ids = {a.title: a.id for a in store.page(ArticleFilter(), 0, 10)}
    quake = EventRecord(None, "quake", "2026-02-09", "2026-02-11", {"place:crete": 1.0})
    event_id = store.save_event(quake, [ids["quake en"], ids["quake pt"]])
    assert store.ungrouped_ids() == [ids["other"]]
    assert not store.is_queued(ids["quake en"]) and store.is_queued(ids["other"])
    grouped = ArticleFilter(group_events=True)
    assert [a.title for a in store.page(grouped, 0, 10)] == ["quake pt", "quake en", "other"]
    assert [a.title for a in store.page(ArticleFilter(), 0, 10)] == [
        "quake pt",
        "other",
        "quake en",
    ]
    assert store.index_of(ids["other"], grouped) == 2
    assert store.index_of(ids["quake en"], grouped) == 1
    summary = store.event_summaries([event_id])[event_id]
    assert (summary.size, summary.languages, summary.sources) == (2, ["en", "pt"], ["A", "B"])
    found = store.event_candidates(["place:crete", "person:x"], "2026-02-10", "2026-02-14")
    assert [e.id for e in found] == [event_id] and found[0].keys == {"place:crete": 1.0}
    assert store.event_candidates(["place:crete"], "2026-05-01", "2026-05-02") == []
    assert store.key_event_counts(["place:crete", "nope"]) == {"place:crete": 1}
    assert [a.title for a in store.event_articles(event_id)] == ["quake pt", "quake en"]
    assert store.event_total() == 1
    store.delete_event(event_id)
    assert store.event_total() == 0 and store.get(ids["quake en"]).event_id is None


def _poison_titles(monkeypatch: pytest.MonkeyPatch, marker: str) -> None:
    """An analyser with a defect: it raises on any article whose title has `marker`."""
    real = grouping.KeyAnalyser.results

    def results(self, chunks):  # noqa: ANN001, ANN202
        for item, found in real(self, chunks):
            if marker in item.title:
                found = (item.id, None, "ValueError: poisoned")
            yield item, found

    monkeypatch.setattr(grouping.KeyAnalyser, "results", results)


def test_a_failing_analysis_costs_one_article_and_a_fixed_one_regroups_it(
    store_spec: str | Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    feed = write_jsonl(tmp_path / "dump.jsonl", 30)
    lines = feed.read_text("utf-8").splitlines()
    lines[4] = lines[4].replace('"title": "', '"title": "POISON ')
    feed.write_text("\n".join(lines) + "\n", "utf-8")
    _poison_titles(monkeypatch, "POISON")
    with open_store(store_spec) as store:
        result = import_paths(store, [feed])
        assert result.counts.imported == 30 and result.grouping.failed == 1
        assert store.stats()["total"] == 30  # kept, searchable
        failed = store.failed_analyses()
        assert [f.title[:6] for f in failed] == ["POISON"] and "poisoned" in failed[0].error
        later = import_paths(store, [write_jsonl(tmp_path / "more.jsonl", 5, seed=99)])
        assert later.counts.imported == 5 and later.grouping.failed == 0
    assert main(["check", "--db", str(store_spec)]) == 1
    assert "POISON" in capsys.readouterr().out
    monkeypatch.undo()  # the analyser is fixed
    assert main(["check", "--repair", "--db", str(store_spec)]) == 0
    assert count_rows(store_spec, "SELECT COUNT(*) FROM articles WHERE event_id IS NULL") == 0


def test_a_grouping_error_is_isolated_too(
    store: ArchiveStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    feed = write_jsonl(tmp_path / "dump.jsonl", 12)
    real = grouping._best_event
    calls = {"n": 0}

    def flaky(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        calls["n"] += 1
        if calls["n"] == 3:
            raise OverflowError("date value out of range")
        return real(*args, **kwargs)

    monkeypatch.setattr(grouping, "_best_event", flaky)
    result = import_paths(store, [feed])
    assert result.grouping.failed == 1 and result.grouping.articles == 11
    assert "grouping: OverflowError" in store.failed_analyses()[0].error
    assert store.check().empty_events == 0  # the failed transaction left nothing behind


def test_interrupted_grouping_resumes_on_the_next_import(
    store_spec: str | Path, tmp_path: Path
) -> None:
    feed = write_jsonl(tmp_path / "dump.jsonl", 20)
    with open_store(store_spec) as store:
        store.import_articles(load_file(feed))  # stored, not grouped: as a killed import
        assert store.queue_counts()["pending"] == 20
    with open_store(store_spec) as store:
        result = import_paths(store, [feed])  # nothing new, yet the queue is worked off
        assert result.counts.unchanged == 20 and result.grouping.articles == 20
        assert store.queue_counts() == {"pending": 0, "failed": 0}
        assert store.check().healthy


def test_repair_requeues_what_nobody_would_group(store: ArchiveStore, tmp_path: Path) -> None:
    import_paths(store, [write_jsonl(tmp_path / "dump.jsonl", 10)])
    assert store.check().healthy
    article_id = store.page(ArticleFilter(), 0, 1)[0].id
    store.save_event(EventRecord(None, "empty", None, None, {}), [])
    event = store.get(article_id).event_id
    store.delete_event(event)  # its article is now ungrouped and not queued
    report = store.check()
    assert not report.healthy and report.empty_events >= 1 and report.ungrouped_unqueued >= 1
    from tui.health import check_archive

    outcome = check_archive(store, repair=True)
    assert outcome.report.healthy, outcome.lines()
    assert store.get(article_id).event_id is not None
