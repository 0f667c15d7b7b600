"""The `parallax` command line: output formats and exit codes are a stable contract."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import needs_seeds, seed_file

from tui.cli import main
from tui.paths import bundled

# The article fields of `inspect --json` (and of compare's "a"/"b"): a stable contract,
# written out here on purpose so that a change to the code cannot change it silently.
HEADER_FIELDS = ("title", "source", "url", "language", "language_detected", "published")

MD = """---
title: Rail strike halts trains
source: Harbor Ledger
url: https://harborledger.example/strike
language: en
published: 2026-02-10T07:00:00+01:00
tags: [rail, labour]
---
Trains stopped across the region on Tuesday.

About 1,200 services were cancelled.
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def good_md(tmp_path: Path) -> Path:
    path = tmp_path / "strike.md"
    path.write_text(MD, encoding="utf-8")
    return path


def test_import_counts_and_idempotence(capsys, tmp_path: Path, good_md: Path) -> None:
    db = tmp_path / "a.db"
    assert run(capsys, "import", str(good_md), "--db", str(db))[:2] == (
        0,
        "imported 1, updated 0, unchanged 0, failed 0\n",
    )
    code, out, _ = run(capsys, "--db", str(db), "import", str(good_md))
    assert (code, out) == (0, "imported 0, updated 0, unchanged 1, failed 0\n")
    good_md.write_text(MD.replace("1,200", "1,300"), encoding="utf-8")
    assert run(capsys, "import", str(good_md), f"--db={db}")[1].startswith("imported 0, updated 1")


def test_bad_files_are_named_and_the_rest_imported(capsys, tmp_path: Path, good_md: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (tmp_path / "broken.jsonl").write_text('{"title": "x", "body": \n', encoding="utf-8")
    (tmp_path / "feed.xml").write_text("<rss><channel><item><title>x</item>", encoding="utf-8")
    missing = tmp_path / "nope.md"
    code, out, err = run(
        capsys, "import", str(tmp_path), str(missing), "--db", str(tmp_path / "db" / "a.db")
    )
    assert code == 1
    assert out == "imported 1, updated 0, unchanged 0, failed 5\n"
    lines = err.strip().splitlines()
    assert len(lines) == 5
    for name in ("empty.txt", "photo.png", "broken.jsonl", "feed.xml", "nope.md"):
        assert any(line.startswith(str(tmp_path / name) + ": ") for line in lines), name
    assert "Traceback" not in err


def test_import_json_output(capsys, tmp_path: Path, good_md: Path) -> None:
    code, out, _ = run(capsys, "import", str(good_md), str(tmp_path / "x.md"), "--json")
    assert code == 1
    result = json.loads(out)
    assert result["imported"] == 1 and result["failed"] == 1
    assert result["errors"][0]["path"] == str(tmp_path / "x.md")


def test_size_limit_is_configurable(capsys, tmp_path: Path, good_md: Path) -> None:
    code, _, err = run(capsys, "import", str(good_md), "--max-size", "0.0001")
    assert code == 1 and str(good_md) in err and "size" in err.lower()


def test_usage_errors_exit_2(capsys) -> None:
    for argv in (["import"], ["list", "--limit", "x"], ["list", "--since", "yesterday"], ["nope"]):
        with pytest.raises(SystemExit) as exc:
            main(argv)
        assert exc.value.code == 2, argv


def test_inspect_json_contract(capsys, good_md: Path) -> None:
    code, out, _ = run(capsys, "inspect", str(good_md), "--json")
    assert code == 0
    article = json.loads(out)
    # Added fields come after the original ones (extend, never break).
    assert list(article) == [*HEADER_FIELDS, "body", "facts", "published_precision"]
    assert article["published_precision"] == "datetime_zoned"
    assert article["title"] == "Rail strike halts trains"
    assert article["language"] == "en" and article["language_detected"] is False
    assert article["published"] == "2026-02-10T07:00:00+01:00"
    assert "1,200 services" in article["body"]


def test_inspect_readable_and_errors(capsys, tmp_path: Path, good_md: Path) -> None:
    code, out, _ = run(capsys, "inspect", str(good_md))
    assert code == 0 and "Rail strike halts trains" in out and "Harbor Ledger" in out
    code, _, err = run(capsys, "inspect", str(tmp_path / "missing.txt"))
    assert code == 1
    assert err.count("\n") == 1 and "missing.txt" in err


@needs_seeds
@pytest.mark.parametrize("prefix", ["000", "001"])
def test_inspect_seeds(capsys, prefix: str) -> None:
    code, out, _ = run(capsys, "inspect", str(seed_file(prefix)), "--json")
    assert code == 0
    article = json.loads(out)
    assert article["published"].startswith("2025-07-04")
    assert article["language"] == ("en" if prefix == "000" else "pt")
    assert article["language_detected"] is True


def test_list_and_search(capsys, tmp_path: Path, good_md: Path) -> None:
    db = str(tmp_path / "a.db")
    other = tmp_path / "other.md"
    other.write_text(
        MD.replace("Rail strike halts trains", "Greve nos comboios")
        .replace("language: en", "language: pt")
        .replace("/strike", "/greve")
        .replace("2026-02-10", "2026-02-12"),
        encoding="utf-8",
    )
    run(capsys, "import", str(good_md), str(other), "--db", db)
    code, out, _ = run(capsys, "list", "--db", db, "--json")
    rows = json.loads(out)
    assert code == 0 and [r["title"] for r in rows] == [
        "Greve nos comboios",
        "Rail strike halts trains",
    ]
    assert "body" not in rows[0] and isinstance(rows[0]["id"], int)
    assert rows[1]["tags"] == ["labour", "rail"]
    _, out, _ = run(capsys, "list", "--db", db, "--lang", "en", "--json")
    assert [r["language"] for r in json.loads(out)] == ["en"]
    _, out, _ = run(capsys, "list", "--db", db, "--since", "2026-02-11", "--json")
    assert len(json.loads(out)) == 1
    _, out, _ = run(capsys, "list", "--db", db, "--limit", "1")
    assert out.count("\n") == 1 and "Greve" in out
    code, out, _ = run(capsys, "search", "comboios", "--db", db, "--json")
    hits = json.loads(out)
    assert code == 0 and hits[0]["title"] == "Greve nos comboios" and "[" in hits[0]["snippet"]
    code, _, err = run(capsys, "search", '"open', "--db", db)
    assert code == 1 and "invalid search query" in err


def test_newer_archive_is_a_one_line_error(capsys, tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "future.db"
    sqlite3.connect(db).execute("PRAGMA user_version = 99").connection.close()
    code, _, err = run(capsys, "list", "--db", str(db))
    assert code == 1 and err.count("\n") == 1 and "newer Parallax" in err


def test_first_run_imports_the_sample_feed(capsys, tmp_path: Path) -> None:
    db = tmp_path / "fresh.db"
    code, out, err = run(capsys, "--db", str(db))
    assert code == 0
    assert "failed 0" in err
    assert "articles" in out


def test_sample_feed_imports_without_failures(capsys, tmp_path: Path) -> None:
    code, out, err = run(
        capsys, "import", str(bundled("sample_feed")), "--db", str(tmp_path / "s.db")
    )
    assert (code, err) == (0, "")
    imported = int(out.split()[1].rstrip(","))
    assert imported >= 30


def test_module_entry_point_and_version() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "tui", "--version"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0 and proc.stdout.startswith("parallax ")
    proc = subprocess.run(
        [sys.executable, "-m", "tui", "import", "--help"], capture_output=True, text=True
    )
    assert proc.returncode == 0 and "--db" in proc.stdout


@needs_seeds
def test_compare_seeds_json_contract(capsys) -> None:
    code, out, _ = run(capsys, "compare", str(seed_file("000")), str(seed_file("001")), "--json")
    assert code == 0
    result = json.loads(out)
    assert set(result) == {"a", "b", "facts", "alignment", "same_event"}
    assert list(result["a"]) == list(HEADER_FIELDS)
    by_concept = {
        f["concept"]: f for f in result["facts"] if f["kind"] == "quantity" and f["a"] and f["b"]
    }
    drones, injured, killed = by_concept["drones"], by_concept["injured"], by_concept["killed"]
    assert (drones["status"], drones["a"]["value"], drones["b"]["value"]) == ("conflict", 550, 539)
    assert (injured["status"], injured["a"]["value"], injured["b"]["value"]) == (
        "conflict",
        26,
        20,
    )
    assert (injured["a"]["qualifier"], killed["status"], killed["a"]["value"]) == (
        "at_least",
        "agree",
        1,
    )
    people = [f for f in result["facts"] if f["kind"] == "entity" and f["status"] == "agree"]
    assert any("Jelnsky" in f["b"]["mentions"] and "Zelensky" in f["a"]["text"] for f in people)
    assert any(f["a"]["text"] == "Kyiv" and f["b"]["text"] == "Kiev" for f in people)
    assert result["facts"][0]["status"] == "conflict"  # conflicts first
    assert all(set(g) == {"a", "b", "score"} for g in result["alignment"])


def test_compare_by_store_id_and_readable_table(capsys, tmp_path: Path) -> None:
    db = str(tmp_path / "a.db")
    feed = bundled("sample_feed")
    run(
        capsys,
        "import",
        str(feed / "text/harbor-ledger-crete-quake.txt"),
        str(feed / "markdown/gazzetta-del-lago-terremoto-creta.md"),
        "--db",
        db,
    )
    ids = [row["id"] for row in json.loads(run(capsys, "list", "--json", "--db", db)[1])]
    code, out, _ = run(capsys, "compare", str(ids[0]), str(ids[1]), "--db", db)
    assert code == 0
    assert "≠ conflict" in out and "= agree" in out and "quantity:killed" in out
    code, _, err = run(capsys, "compare", "999", str(ids[0]), "--db", db)
    assert code == 1 and "999" in err and err.count("\n") == 1


def test_inspect_readable_prints_the_whole_article_and_its_facts(capsys) -> None:
    crete = bundled("sample_feed") / "text/harbor-ledger-crete-quake.txt"
    code, out, _ = run(capsys, "inspect", str(crete))
    assert code == 0
    body = json.loads(run(capsys, "inspect", str(crete), "--json")[1])["body"]
    assert all(paragraph in out for paragraph in body.split("\n\n"))  # every paragraph
    assert "published: 2026-02-09 (date only)" in out
    table = out[out.index("\nFacts\n") :]
    assert "fact" in table and "value" in table and "quantity:killed" in table
    assert "5  «five people»" in table


def test_compare_picks_entry_n_of_a_feed_and_lists_entries_otherwise(capsys) -> None:
    feed = bundled("sample_feed") / "feeds/harbor-ledger-latest.rss.xml"
    entries = json.loads(run(capsys, "inspect", str(feed), "--json")[1])
    assert len(entries) > 1
    code, out, _ = run(capsys, "compare", f"{feed}#2", f"{feed}#3", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["a"]["title"] == entries[1]["title"]
    assert result["b"]["title"] == entries[2]["title"]
    code, out, err = run(capsys, "compare", str(feed), f"{feed}#1")
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 + len(entries)  # what is wrong, then one line per entry
    for number, entry in enumerate(entries, 1):
        assert f"#{number}" in lines[number] and entry["title"] in lines[number]
    code, _, err = run(capsys, "compare", f"{feed}#{len(entries) + 1}", f"{feed}#1")
    assert code == 2 and err.count("\n") == 1 and f"no entry #{len(entries) + 1}" in err


def test_inspect_entry_n(capsys) -> None:
    feed = bundled("sample_feed") / "feeds/harbor-ledger-latest.rss.xml"
    entries = json.loads(run(capsys, "inspect", str(feed), "--json")[1])
    one = json.loads(run(capsys, "inspect", f"{feed}#2", "--json")[1])
    assert one["title"] == entries[1]["title"]


def test_list_json_keeps_published_and_adds_precision_and_outlet(capsys, tmp_path: Path) -> None:
    db = str(tmp_path / "a.db")
    feed = bundled("sample_feed")
    run(capsys, "import", str(feed / "text/harbor-ledger-crete-quake.txt"), "--db", db)
    [row] = json.loads(run(capsys, "list", "--db", db, "--json")[1])
    assert list(row)[: len(HEADER_FIELDS) + 1] == ["id", *HEADER_FIELDS]  # old fields first
    assert row["published"] == "2026-02-09T00:00:00+00:00"  # stored as before
    assert row["published_precision"] == "date"
    assert row["source"] == "harborledger.example" and row["outlet"] == "harborledger.example"
    _, out, _ = run(capsys, "list", "--db", db)
    assert "2026-02-09" in out


def test_compare_json_lists_only_groups_in_the_common_order(capsys, tmp_path: Path) -> None:
    """Sentences told in another order pair figures, but `alignment` stays monotone."""
    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text("Harbour fire\n\nThe fire at the Lisbon quay burned for six hours on Sunday. "
                 "Firefighters sent 14 engines to the quay.\n", encoding="utf-8")
    b.write_text("Harbour fire\n\nFirefighters sent 14 engines to the quay. "
                 "The fire at the Lisbon quay burned for six hours on Sunday.\n", encoding="utf-8")
    code, out, _ = run(capsys, "compare", str(a), str(b), "--json")
    assert code == 0
    groups = json.loads(out)["alignment"]
    assert all(set(g) == {"a", "b", "score"} for g in groups)
    starts = [(g["a"][0], g["b"][0]) for g in groups if g["a"] and g["b"]]
    assert [j for _, j in sorted(starts)] == sorted(j for _, j in starts)
