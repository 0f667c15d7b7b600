"""Imports that cannot be poisoned: batches, the analysis queue, fault isolation, crashes,
concurrent importers, check/repair and backup (issue 9). What both engines share (fault
isolation, resuming) is in tests/store_contract/."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tui import events as grouping
from tui.batch import import_paths
from tui.cli import main
from tui.health import check_archive
from tui.models import Article, StoreError
from tui.store import Store, utc_key
from tui.store.schema import LATEST_VERSION, MIGRATIONS

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from prose import write_jsonl  # noqa: E402


def _count(db: Path, sql: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchone()[0]


def test_an_old_archive_queues_its_ungrouped_articles(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    for number, sql in enumerate(MIGRATIONS[:2], 1):
        conn.executescript(sql)
        conn.execute(f"PRAGMA user_version = {number}")
    conn.execute(
        "INSERT INTO articles(title, body, imported_at, content_hash, sort_key) "
        "VALUES ('Old', 'Old body.', '2025-01-01T00:00:00+00:00', 'h', '')"
    )
    conn.commit()
    conn.close()
    with Store.open(db) as store:
        assert store.schema_version == LATEST_VERSION
        assert store.queue_counts()["pending"] == 1


def test_raw_originals_are_compressed_and_read_back(tmp_path: Path) -> None:
    body = "The river rose forty centimetres. " * 200
    raw = json.dumps({"title": "Flood", "body": body}).encode()
    with Store.open(tmp_path / "a.db") as store:
        store.upsert(Article(title="Flood", body=body, raw=raw, format="jsonl"))
        article_id = store.page(__import__("tui.store").store.ArticleFilter(), 0, 1)[0].id
        assert store.raw(article_id) == ("jsonl", raw)
        stored = store._query("SELECT codec, length(data) FROM raw_documents")[0]
    assert stored[0] == "zstd" and stored[1] < len(raw) / 5


def test_dates_at_the_ends_of_the_calendar_are_undated_not_fatal() -> None:
    assert utc_key("9999-12-31T23:59:59-23:59") is None
    assert utc_key("0001-01-01T00:00:00+05:00") is None
    assert grouping._around("9999-12-31T00:00:00Z", grouping.ev.CONTEXT) == (None, None)


def test_a_damaged_archive_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    with Store.open(db) as store:
        store.upsert(Article(title="ok", body="fine"))
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE articles SET source = CAST(x'fffe41' AS TEXT)")
    with Store.open(db) as store:
        assert store.get(1).source.endswith("A")  # shown with replacement characters


def test_a_search_that_runs_too_long_is_stopped(tmp_path: Path, monkeypatch) -> None:
    import tui.store.archive as archive

    feed = write_jsonl(tmp_path / "dump.jsonl", 300)
    with Store.open(tmp_path / "a.db") as store:
        from tui.ingest import load_file

        store.import_articles(load_file(feed))  # stored and searchable; grouping not needed
        monkeypatch.setattr(archive, "SEARCH_TIMEOUT_S", 0.0)
        monkeypatch.setattr(archive, "_PROGRESS_STEPS", 100)
        query = " OR ".join(f"{c}*" for c in "abcdefghijklmnoprstuvw")
        with pytest.raises(StoreError, match="search stopped after"):
            store.search(query)


def test_check_finds_and_repair_mends_structural_problems(tmp_path: Path) -> None:
    feed = write_jsonl(tmp_path / "dump.jsonl", 10)
    db = tmp_path / "a.db"
    with Store.open(db) as store:
        import_paths(store, [feed])
        assert store.check().healthy
        store._conn.execute("INSERT INTO events(label) VALUES ('empty')")
        store._conn.execute("DELETE FROM articles_fts WHERE rowid = 3")  # index out of sync
        store._conn.execute("DELETE FROM analysis_queue")
        store._conn.execute("PRAGMA foreign_keys = OFF")
        store._conn.execute("UPDATE articles SET event_id = NULL WHERE id = 5")
        store._conn.execute("PRAGMA foreign_keys = ON")
        report = store.check()
        assert not report.healthy
        assert report.empty_events >= 1 and not report.fts_ok and report.ungrouped_unqueued == 1
        outcome = check_archive(store, repair=True)
        assert outcome.report.healthy, outcome.lines()
        assert store.search('"rose"') or store.search("officials")


def test_check_json_contract(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.db"
    with Store.open(db):
        pass
    assert main(["check", "--json", "--db", str(db)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["healthy"] is True and report["integrity"] == ["ok"]
    for key in ("schema", "articles", "events", "fts", "empty_events", "pending_analysis",
                "failed_analysis", "failed", "repairs"):
        assert key in report


def test_backup_is_a_consistent_copy_while_another_process_writes(tmp_path: Path) -> None:
    feed = write_jsonl(tmp_path / "dump.jsonl", 800)
    db = tmp_path / "a.db"
    env = {**os.environ, "PARALLAX_BATCH": "100"}
    writer = _start_import(db, feed, env)
    try:
        _wait_for_rows(db, 200)
        assert main(["backup", str(tmp_path / "copy.db"), "--db", str(db)]) == 0
    finally:
        writer.kill()
        writer.wait(timeout=30)
    with Store.open(tmp_path / "copy.db") as copy:
        assert copy._query("PRAGMA integrity_check")[0][0] == "ok"
        assert copy.stats()["total"] % 100 == 0  # whole batches only, never half of one


def _start_import(db: Path, feed: Path, env: dict[str, str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "tui", "import", str(feed), "--db", str(db)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )


def _wait_for_rows(db: Path, rows: int, limit_s: float = 60.0) -> None:
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        try:
            if db.exists() and _count(db, "SELECT COUNT(*) FROM articles") >= rows:
                return
        except sqlite3.OperationalError:
            pass
        time.sleep(0.05)
    raise AssertionError(f"{db}: fewer than {rows} rows after {limit_s} s")


KILL_RUNS = int(os.environ.get("PARALLAX_KILL_RUNS", "6"))


def test_kill_9_during_import_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    """A multi-batch import killed again and again (while storing and while grouping);
    a final run completes it: every article once, every article grouped."""
    total = 900
    feed = write_jsonl(tmp_path / "dump.jsonl", total)
    db = tmp_path / "a.db"
    env = {**os.environ, "PARALLAX_BATCH": "100"}
    rng = random.Random(9)
    for _ in range(KILL_RUNS):
        proc = _start_import(db, feed, env)
        time.sleep(rng.uniform(1.0, 5.0))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    final = subprocess.run(
        [sys.executable, "-m", "tui", "import", str(feed), "--db", str(db), "--json"],
        env=env, capture_output=True, timeout=300, check=False,
    )
    assert final.returncode == 0, final.stderr
    assert _count(db, "SELECT COUNT(*) FROM articles") == total
    assert _count(db, "SELECT COUNT(DISTINCT url) FROM articles") == total
    assert _count(db, "SELECT COUNT(*) FROM articles WHERE event_id IS NULL") == 0
    with Store.open(db) as store:
        assert store.check().healthy, store.check().to_json()


def test_two_importers_at_once_duplicate_nothing(tmp_path: Path) -> None:
    one = write_jsonl(tmp_path / "one.jsonl", 300, seed=1)
    two = write_jsonl(tmp_path / "two.jsonl", 300, seed=1)  # the same articles
    db = tmp_path / "a.db"
    with Store.open(db):
        pass  # created (and migrated) before the race, as a user's archive would be
    env = {**os.environ, "PARALLAX_BATCH": "50"}
    procs = [_start_import(db, one, env), _start_import(db, two, env)]
    for proc in procs:
        assert proc.wait(timeout=300) == 0, proc.stderr.read() if proc.stderr else ""
    assert _count(db, "SELECT COUNT(*) FROM articles") == 300
    with Store.open(db) as store:
        report = store.check()
        assert report.healthy, report.to_json()
        assert report.empty_events == 0
