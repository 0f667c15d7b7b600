"""A whole `parallax import` of a large JSON Lines dump, against baselines in the same run.

    python benchmarks/import_stream.py [--articles N] [--keep DIR]

Generates N varied articles (benchmarks/prose.py: stories told by 1-4 outlets, no two
texts alike), then measures, each on the same rows:
  * baseline: a plain SQLite insert of the rows into a table with an FTS5 index;
  * baseline: one tokenisation pass, re.findall(r"\\w+") over every title and body;
  * `parallax import FILE` in a child process: time until every article is stored (and
    searchable), time for analysis and grouping, peak memory, archive size;
  * the reader's first paint right after that import against an archive of 100.
Targets (issue 9): stored ≥ 1/3 of the plain insert; whole import ≤ 25 tokenisation
passes; peak memory ≤ 400 MB for 300 MB; archive ≤ 2x the input; first paint ≤ 1.3x.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import re
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from prose import write_jsonl  # noqa: E402

PLAIN_SCHEMA = """
CREATE TABLE a(id INTEGER PRIMARY KEY, title TEXT, source TEXT, url TEXT UNIQUE,
               language TEXT, published TEXT, body TEXT);
CREATE VIRTUAL TABLE f USING fts5(title, body, content='a', content_rowid='id',
                                  tokenize="unicode61 remove_diacritics 2");
CREATE TRIGGER ai AFTER INSERT ON a BEGIN
  INSERT INTO f(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
"""
FIELDS = ("title", "source", "url", "language", "published", "body")


def plain_insert(dump: Path, db: Path) -> float:
    """Seconds for the plain baseline: parse each line, insert in batches of 1,000."""
    t0 = time.perf_counter()
    conn = sqlite3.connect(db)
    conn.executescript("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;" + PLAIN_SCHEMA)
    rows: list[tuple] = []
    with dump.open(encoding="utf-8") as lines:
        for line in lines:
            obj = json.loads(line)
            rows.append(tuple(obj.get(k) for k in FIELDS))
            if len(rows) == 1000:
                with conn:
                    conn.executemany("INSERT INTO a VALUES (NULL,?,?,?,?,?,?)", rows)
                rows = []
    with conn:
        conn.executemany("INSERT INTO a VALUES (NULL,?,?,?,?,?,?)", rows)
    conn.close()
    return time.perf_counter() - t0


def token_pass(dump: Path) -> float:
    texts = []
    with dump.open(encoding="utf-8") as lines:
        for line in lines:
            obj = json.loads(line)
            texts.append(f"{obj['title']}\n{obj['body']}")
    word = re.compile(r"\w+")
    t0 = time.perf_counter()
    for text in texts:
        word.findall(text)
    return time.perf_counter() - t0


INNER = """
import json, sys, time
from tui.batch import import_paths
from tui.store import Store
marks = {}
t0 = time.perf_counter()
def stored(done, total, path):
    if done == total:
        marks.setdefault("stored", time.perf_counter() - t0)
with Store.open(sys.argv[2]) as store:
    result = import_paths(store, [sys.argv[1]], progress=stored, max_bytes=2**31)
marks["total"] = time.perf_counter() - t0
marks["summary"] = result.summary()
marks["events"] = result.grouping.created if result.grouping else 0
print(json.dumps(marks))
"""


def parallax_import(dump: Path, db: Path) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    proc = subprocess.run(
        [sys.executable, "-c", INNER, str(dump), str(db)],
        capture_output=True, text=True, check=False,
    )
    if proc.returncode:
        raise SystemExit(f"import failed: {proc.stderr.strip()[-2000:]}")
    marks = json.loads(proc.stdout.strip().splitlines()[-1])
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    marks["peak_mb"] = max(peak, before) / 1024  # KiB on Linux
    return marks


def first_paint(db: Path) -> float:
    from feed_open import measure

    return asyncio.run(measure(db, pages=1))["first_paint"]


def small_archive(folder: Path) -> Path:
    db = folder / "small.db"
    dump = write_jsonl(folder / "small.jsonl", 100, seed=3)
    subprocess.run([sys.executable, "-m", "tui", "import", str(dump), "--db", str(db)],
                   check=True, capture_output=True)
    return db


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--keep", type=Path, help="folder for the files (default: a temp dir)")
    parser.add_argument("--no-paint", action="store_true", help="skip the first-paint test")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="parallax-import-"))
    folder.mkdir(parents=True, exist_ok=True)
    dump = write_jsonl(folder / "dump.jsonl", args.articles)
    size_mb = dump.stat().st_size / 2**20
    db = folder / "archive.db"
    for f in [*folder.glob("archive.db*"), *folder.glob("plain.db*"), *folder.glob("small.db*")]:
        f.unlink()
    plain = plain_insert(dump, folder / "plain.db")
    tokens = token_pass(dump)
    marks = parallax_import(dump, db)
    archive_mb = sum(f.stat().st_size for f in folder.glob("archive.db*")) / 2**20
    n = args.articles
    print(f"input                 {n:,} articles, {size_mb:.1f} MB ({marks['summary']})")
    print(f"plain insert + FTS5   {n / plain:,.0f} articles/s")
    print(f"parallax stored       {n / marks['stored']:,.0f} articles/s  "
          f"({plain / marks['stored']:.2f} of plain; target >= 0.33)")
    grouping = marks["total"] - marks["stored"]
    print(f"analysis + grouping   {n / grouping:,.0f} articles/s ({marks['events']:,} events)")
    print(f"whole import          {marks['total']:.1f} s = {marks['total'] / tokens:.0f} "
          f"tokenisation passes ({tokens:.2f} s each; target <= 25)")
    print(f"peak memory           {marks['peak_mb']:.0f} MB")
    print(f"archive               {archive_mb:.1f} MB = {archive_mb / size_mb:.2f}x the input "
          "(target <= 2)")
    if not args.no_paint:
        big = first_paint(db)
        small = first_paint(small_archive(folder))
        print(f"first paint           {big * 1000:.0f} ms after the import, {small * 1000:.0f} ms "
              f"with 100 articles = {big / small:.2f}x (target <= 1.3)")


if __name__ == "__main__":
    main()
