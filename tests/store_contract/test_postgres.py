"""What only the shared PostgreSQL archive has: per-user state, writers that never
duplicate, per-language search, masked passwords, one-line refusals."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from tui.cli import main
from tui.ingest import load_file
from tui.models import StoreError
from tui.store import ArticleFilter, mask_url, open_store

from .helpers import art, count_rows

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from prose import write_jsonl  # noqa: E402


def _with_password(url: str, password: str) -> str:
    parts = urlsplit(url)
    netloc = parts.netloc.replace("@", f":{password}@", 1)
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def test_the_password_is_masked_in_urls() -> None:
    assert mask_url("postgresql://ann:s3cret@db.example:5432/news?sslmode=require") == (
        "postgresql://ann:***@db.example:5432/news?sslmode=require"
    )
    assert "hunter2" not in mask_url("postgres://db.example/news?user=a&password=hunter2")
    assert mask_url("postgresql://db.example/news") == "postgresql://db.example/news"


def test_an_unreachable_server_is_one_line_without_the_password(
    capsys: pytest.CaptureFixture[str],
) -> None:
    url = "postgresql://ann:s3cret@127.0.0.1:1/news"  # nothing listens on port 1
    with pytest.raises(StoreError) as failure:
        open_store(url)
    assert "s3cret" not in str(failure.value) and "ann:***@127.0.0.1:1" in str(failure.value)
    assert main(["list", "--db", url]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "s3cret" not in err and "Traceback" not in err


def test_read_and_starred_are_each_users_own(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PARALLAX_USER", "ann")
    with open_store(pg_url) as ann:
        ann.import_articles([art("one"), art("two")])
        one = ann.page(ArticleFilter(), 0, 5)[-1]
        ann.set_starred(one.id)
        ann.set_read(one.id)
    monkeypatch.setenv("PARALLAX_USER", "ben")
    with open_store(pg_url) as ben:
        assert ben.stats() == {"total": 2, "unread": 2, "starred": 0, "languages": 0}
        assert ben.count(ArticleFilter(starred_only=True)) == 0
        ben.set_read(one.id)
    monkeypatch.setenv("PARALLAX_USER", "ann")
    with open_store(pg_url) as ann:
        assert ann.stats()["starred"] == 1 and ann.get(one.id).read
        assert [a.title for a in ann.page(ArticleFilter(unread_only=True), 0, 5)] == ["two"]


def test_each_language_is_searched_with_its_own_stemmer(pg_url: str) -> None:
    with open_store(pg_url) as store:
        store.import_articles([
            art("Floods in the valley", "Rivers flooded two towns.", language="en"),
            art("Chuvas fortes no norte", "As chuvas causaram cheias.", language="pt"),
            art("Повінь у Києві", "Вода піднялася.", language="uk"),  # no stemmer: simple
        ])
        assert [h.article.title for h in store.search("flood")] == ["Floods in the valley"]
        assert [h.article.title for h in store.search("chuva")] == ["Chuvas fortes no norte"]
        assert [h.article.title for h in store.search("києві")] == ["Повінь у Києві"]
        assert store.search('"two towns"') and not store.search('"towns two"')
        assert [h.article.title for h in store.search("rivers -valley")] == []


def test_a_call_the_server_engine_lacks_is_a_one_line_store_error(pg_url: str) -> None:
    with open_store(pg_url) as store:
        assert not hasattr(store, "defragment")
        with pytest.raises(StoreError, match="not available on a PostgreSQL archive"):
            store.defragment()  # type: ignore[attr-defined]
        with pytest.raises(StoreError, match="pg_dump"):
            store.backup("/tmp/copy.db")


def test_two_processes_opening_a_new_database_migrate_it_once(pg_empty_url: str) -> None:
    errors: list[BaseException] = []

    def opener() -> None:
        try:
            open_store(pg_empty_url).close()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=opener) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert count_rows(pg_empty_url, "SELECT COUNT(*) FROM parallax_schema") == 1


def test_a_batch_is_stored_with_its_outlets_and_dates_in_one_pass(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.store.pg_outlets import PgOutlets

    monkeypatch.setattr(PgOutlets, "assign_outlets", lambda self, *_: 0)  # no fill-in step
    with open_store(pg_url) as store:
        store.import_articles([
            art("clip", source="harborledger.example", published="2026-04-02"),
            art("named", source="Harbor Ledger", url="https://harborledger.example/a",
                published="2026-04-02T15:00:00+00:00"),
            art("early", source="Coast Times", published="2026-04-02T09:00:00+00:00"),
        ])
        feed = store.page(ArticleFilter(), 0, 10)
        assert [a.title for a in feed] == ["named", "clip", "early"]  # the day at midday
        assert {a.title: a.published_precision for a in feed}["clip"] == "date"
        assert dict(store.sources()) == {"Harbor Ledger": 2, "Coast Times": 1}
    assert count_rows(pg_url, "SELECT COUNT(*) FROM articles WHERE outlet IS NULL") == 0


def test_two_importers_at_once_duplicate_nothing(pg_url: str, tmp_path: Path) -> None:
    feed = write_jsonl(tmp_path / "one.jsonl", 120, seed=1)
    same = tmp_path / "two.jsonl"
    same.write_bytes(feed.read_bytes())  # the same articles, from another file
    env = {**os.environ, "PARALLAX_BATCH": "40"}
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "tui", "import", str(path), "--db", pg_url],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        for path in (feed, same)
    ]
    for proc in procs:
        assert proc.wait(timeout=300) == 0, proc.stderr.read() if proc.stderr else ""
    assert count_rows(pg_url, "SELECT COUNT(*) FROM articles") == 120
    assert count_rows(pg_url, "SELECT COUNT(DISTINCT url) FROM articles") == 120
    assert count_rows(pg_url, "SELECT COUNT(*) FROM raw_documents") <= 120
    with open_store(pg_url) as store:
        report = store.check()
        assert report.healthy, report.to_json()
        assert report.empty_events == 0 and store.ungrouped_ids() == []



def test_two_importers_and_a_reader_at_once_lose_no_read_state(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While two importers store overlapping files, a reader marks what it sees read and
    starred; afterwards every mark is still there and nothing is stored twice."""
    first = write_jsonl(tmp_path / "one.jsonl", 120, seed=3)
    with open_store(pg_url) as store:  # some articles are there before the reader starts
        store.import_articles(load_file(first)[:40])
    second = tmp_path / "two.jsonl"
    second.write_bytes(first.read_bytes())
    env = {**os.environ, "PARALLAX_BATCH": "20", "PARALLAX_USER": "importer"}
    procs = [
        subprocess.Popen([sys.executable, "-m", "tui", "import", str(path), "--db", pg_url],
                         env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for path in (first, second)
    ]
    monkeypatch.setenv("PARALLAX_USER", "reader")
    marked: set[int] = set()
    with open_store(pg_url) as reader:
        for _ in range(200):  # bounded: the reader keeps reading while the importers run
            for article in reader.page(ArticleFilter(unread_only=True), 0, 5):
                reader.set_read(article.id, True)
                reader.set_starred(article.id, True)
                marked.add(article.id)
            if all(proc.poll() is not None for proc in procs):
                break
        for proc in procs:
            assert proc.wait(timeout=300) == 0, proc.stderr.read() if proc.stderr else ""
        assert marked
        assert all(reader.get(i).read and reader.get(i).starred for i in marked)
        assert reader.stats()["starred"] == len(marked)
    assert count_rows(pg_url, "SELECT COUNT(*) FROM articles") == 120
    monkeypatch.setenv("PARALLAX_USER", "importer")
    with open_store(pg_url) as importer:  # the marks were the reader's alone
        assert importer.stats()["starred"] == 0

def test_the_cli_works_the_same_on_a_server(
    pg_url: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = _with_password(pg_url, "s3cret")  # the test server trusts, so any password works
    monkeypatch.setenv("PARALLAX_DB", url)
    sample = Path(__file__).resolve().parents[2] / "sample_feed"
    assert main(["import", str(sample)]) == 0
    assert capsys.readouterr().out.startswith("imported 37,")
    assert main(["list", "--json", "--limit", "3"]) == 0
    import json

    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 3 and listed[0]["published"] >= listed[1]["published"]
    assert main(["check", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["healthy"] and "s3cret" not in report["archive"]
    assert main([]) == 0  # the reader, not on a terminal: one summary line
    out = capsys.readouterr().out
    assert "37 articles" in out and "s3cret" not in out and ":***@" in out


def test_migrate_to_the_server_and_back_keeps_everything(
    pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sample = Path(__file__).resolve().parents[2] / "sample_feed"
    db = tmp_path / "laptop.db"
    assert main(["import", str(sample), "--db", str(db)]) == 0
    with open_store(db) as laptop:
        first = laptop.page(ArticleFilter(), 0, 1)[0]
        laptop.set_starred(first.id)
        laptop.set_read(first.id)
        before = (laptop.stats(), laptop.event_total(), laptop.raw(first.id))
        tags = laptop.get(first.id).tags
    capsys.readouterr()
    assert main(["migrate", "--from", str(db), "--to", pg_url]) == 0
    assert "copied 37 articles" in capsys.readouterr().out
    back = tmp_path / "back.db"
    assert main(["migrate", "--from", pg_url, "--to", str(back), "--json"]) == 0
    import json

    assert json.loads(capsys.readouterr().out)["verified"] is True
    for spec in (pg_url, back):
        with open_store(spec) as copy:
            copied = copy.page(ArticleFilter(), 0, 1)[0]
            assert (copy.stats(), copy.event_total(), copy.raw(copied.id)) == before
            assert copied.title == first.title and copy.get(copied.id).tags == tags
            grouped = copy.page(ArticleFilter(group_events=True), 0, 40)
            assert all(a.event_id is not None for a in grouped)
    assert main(["migrate", "--from", str(db), "--to", pg_url]) == 1  # not empty: refused
    assert "not empty" in capsys.readouterr().err


def test_articles_stored_before_the_romanised_copy_get_it_on_the_next_open(pg_url: str) -> None:
    with open_store(pg_url) as store:
        store.import_articles([art("Мер Бондаренко відкрила міст", "Олена Бондаренко.",
                                   language="uk")])
        store._exec("UPDATE articles SET romanised = NULL")  # as an archive of schema 3 is
        assert store.search("Bondarenko") == []
    with open_store(pg_url) as store:
        assert [h.article.title for h in store.search("Bondarenko")] == [
            "Мер Бондаренко відкрила міст"]
    assert count_rows(pg_url, "SELECT COUNT(*) FROM articles WHERE romanised IS NULL") == 0
