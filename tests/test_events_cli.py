"""`parallax events`: the JSON contract, why an event holds, and split/merge that last."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tui.batch import import_paths
from tui.cli import main
from tui.events import group_new_articles
from tui.paths import bundled
from tui.published import sort_key
from tui.store import ArticleFilter, Store

# The fields of every `events --json` row: a stable contract, written out on purpose.
EVENT_FIELDS = {"id", "label", "size", "languages", "outlets", "first_report", "last_report",
                "conflicts"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("events") / "a.db"
    with Store.open(db) as store:
        import_paths(store, [bundled("sample_feed")])
    return db


@pytest.fixture
def copy(archive: Path, tmp_path: Path) -> Path:
    db = tmp_path / "copy.db"
    shutil.copy(archive, db)
    return db


def _event_of(db: Path) -> dict[int, int | None]:
    with Store.open(db) as store:
        return {a.id: a.event_id for a in store.page(ArticleFilter(), 0, 1000)}  # type: ignore


def test_events_json_contract(capsys, archive: Path) -> None:
    code, out, _ = run(capsys, "events", "--json", "--db", str(archive))
    rows = json.loads(out)
    assert code == 0 and len(rows) == 13
    assert all(set(r) == EVENT_FIELDS for r in rows)
    lasts = [r["last_report"] for r in rows]
    assert lasts == sorted(lasts, reverse=True), "newest first"
    danube = next(r for r in rows if "Danube" in r["label"] or "Donau" in r["label"])
    assert danube["size"] == 3 and set(danube["languages"]) == {"de", "en", "uk"}
    assert danube["conflicts"] >= 1, "the reports give different death tolls"
    assert all(isinstance(r["conflicts"], int) for r in rows)


def test_events_filters(capsys, archive: Path) -> None:
    rows = json.loads(run(capsys, "events", "--json", "--lang", "uk", "--db", str(archive))[1])
    assert rows and all("uk" in r["languages"] for r in rows)
    rows = json.loads(run(capsys, "events", "--json", "--since", "2026-03-01",
                          "--db", str(archive))[1])
    assert rows and all(r["last_report"] >= "2026-03-01" for r in rows)
    code, out, _ = run(capsys, "events", "--db", str(archive), "--limit", "2")
    assert code == 0 and out.count("reports") == 2


def test_show_says_why_reports_are_one_event(capsys, archive: Path) -> None:
    rows = json.loads(run(capsys, "events", "--json", "--db", str(archive))[1])
    quake = next(r for r in rows if "Crete" in r["label"] or "Creta" in r["label"]
                 or "Crète" in r["label"] or "Κρήτη" in r["label"])
    code, out, _ = run(capsys, "events", "show", str(quake["id"]), "--json", "--db",
                       str(archive))
    data = json.loads(out)
    labels = [w["label"] for w in data["why"]]
    assert code == 0 and "what: quake" in labels
    assert any("Ierapetra" in label or "Crete" in label for label in labels)
    assert all(w["reports"] >= 2 and w["weight"] > 0 for w in data["why"])
    assert len(data["reports"]) == 4
    # first report first, a date-only report at midday UTC of its day (as in the feed)
    times = [sort_key(r["published"], r["published_precision"]) for r in data["reports"]]
    assert times == sorted(times, key=lambda t: t or "")
    text = run(capsys, "events", "show", str(quake["id"]), "--db", str(archive))[1]
    assert "why one event" in text and "first" in text


def test_split_lasts_through_regrouping_and_reimport(capsys, copy: Path) -> None:
    rows = json.loads(run(capsys, "events", "--json", "--db", str(copy))[1])
    event = next(r for r in rows if r["size"] == 4)
    with Store.open(copy) as store:
        moved = store.event_articles(event["id"])[0].id
    code, out, _ = run(capsys, "events", "split", str(moved), "--db", str(copy))
    assert code == 0 and f"out of event {event['id']}" in out
    after = _event_of(copy)
    assert after[moved] != event["id"]
    with Store.open(copy) as store:
        assert store.event(event["id"]).size == 3  # type: ignore[union-attr]
        assert store.regroup(moved) is False, "a report the user placed stays"
        import_paths(store, [bundled("sample_feed")])
        group_new_articles(store)
    assert _event_of(copy)[moved] == after[moved]


def test_merge_lasts_and_updates_are_regrouped(capsys, copy: Path, tmp_path: Path) -> None:
    rows = json.loads(run(capsys, "events", "--json", "--db", str(copy))[1])
    a, b = rows[0]["id"], rows[1]["id"]
    assert run(capsys, "events", "merge", str(a), str(b), "--db", str(copy))[0] == 0
    events = _event_of(copy)
    assert b not in events.values() and list(events.values()).count(a) == (
        rows[0]["size"] + rows[1]["size"])
    with Store.open(copy) as store:
        import_paths(store, [bundled("sample_feed")])
    assert _event_of(copy) == events, "merged events stay merged"
    # An article whose text changed leaves its event and is placed again.
    with Store.open(copy) as store:
        other = next(r["id"] for r in rows[2:] if r["size"] >= 3)
        article = store.get(store.event_articles(other)[0].id)  # type: ignore[arg-type]
        assert article is not None
        article.body += "\n\nUpdate: officials confirmed the figures."
        assert store.upsert(article) == "updated"
        assert store.get(article.id).event_id is None  # type: ignore[union-attr]
        group_new_articles(store)
        assert store.get(article.id).event_id == other  # type: ignore[union-attr]


def test_bad_ids_are_one_line_errors(capsys, copy: Path) -> None:
    for argv in (("show", "9999"), ("split", "9999"), ("merge", "1", "9999"), ("merge", "1", "1")):
        code, out, err = run(capsys, "events", *argv, "--db", str(copy))
        assert (code, out, err.count("\n")) == (1, "", 1)
        assert "9999" in err or "itself" in err
    with pytest.raises(SystemExit) as exc:
        main(["events", "show", "x", "--db", str(copy)])
    assert exc.value.code == 2
