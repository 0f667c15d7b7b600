"""What the romanised search copy (tui/store/romanised.py) costs an import.

    python benchmarks/romanised_cost.py [--articles N]

Imports N articles of benchmarks/prose.py twice through Store.import_articles, in Latin
letters and with their letters swapped for Cyrillic ones, each with the romanised copy
and, as the baseline in the same run, without it (the copy switched off). Prints storing
speed and archive size for the four runs.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from unittest import mock

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE)]

from prose import write_jsonl  # noqa: E402

from tui.models import Article  # noqa: E402
from tui.store import Store  # noqa: E402
from tui.store.schema import MIGRATIONS, ROMANISED_SEARCH_MIGRATION  # noqa: E402

_CYRILLIC = str.maketrans(
    "abcdefghijklmnoprstuvyzABCDEFGHIJKLMNOPRSTUVYZ",
    "абцдефгхийклмнопрстувызАБЦДЕФГХИЙКЛМНОПРСТУВЫЗ",
)


def articles(dump: Path, cyrillic: bool) -> list[Article]:
    out = []
    for line in dump.read_text(encoding="utf-8").splitlines():
        o = json.loads(line)
        title, body = o["title"], o["body"]
        if cyrillic:
            title, body = title.translate(_CYRILLIC), body.translate(_CYRILLIC)
        out.append(Article(title=title, body=body, language="ru" if cyrillic else "en",
                           url=o.get("url")))
    return out


def run(folder: Path, rows: list[Article], copy: bool) -> tuple[float, float]:
    db = folder / f"{time.monotonic_ns()}.db"
    patch = mock.patch("tui.store.archive.romanised", return_value="")
    with patch if not copy else mock.patch.dict({}):
        start = time.perf_counter()
        with Store.open(db) as store:
            store.import_articles(rows)
        elapsed = time.perf_counter() - start
    size = sum(p.stat().st_size for p in folder.glob(db.name + "*"))
    return len(rows) / elapsed, size / 1e6


def upgrade(folder: Path, latin: list[Article], cyrillic: list[Article]) -> None:
    """An archive as the schema before the romanised copy wrote it, opened twice."""
    import sqlite3

    rows = [c if i % 2 else a for i, (a, c) in enumerate(zip(latin, cyrillic, strict=True))]
    db = folder / "old.db"
    before = MIGRATIONS.index(ROMANISED_SEARCH_MIGRATION)
    conn = sqlite3.connect(db)
    for script in MIGRATIONS[:before]:
        conn.executescript(script)
    conn.execute(f"PRAGMA user_version = {before}")
    conn.executemany(
        "INSERT INTO articles(title, body, url, imported_at, content_hash, sort_key, "
        "published_precision, outlet) VALUES (?, ?, ?, '2026-01-01T00:00:00+00:00', '', '', "
        "'date', 'x')",
        [(a.title, a.body, f"{a.url}#{i}") for i, a in enumerate(rows)],
    )
    conn.commit()
    conn.close()
    times = []
    for _ in range(2):
        start = time.perf_counter()
        Store.open(db).close()
        times.append(time.perf_counter() - start)
    fresh = len(rows) / run(folder, rows, copy=True)[0]
    print(f"upgrade   first open {times[0]:.2f} s ({times[0] / fresh:.2f}x storing them anew, "
          f"{fresh:.2f} s), next open {times[1] * 1000:.0f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        dump = write_jsonl(folder / "prose.jsonl", args.articles, seed=1)
        both = {}
        for cyrillic in (False, True):
            rows = both[cyrillic] = articles(dump, cyrillic)
            runs = [run(folder, rows, copy=c) for _ in range(2) for c in (False, True)]
            base = max(runs[0::2])  # the faster of two alternating runs each
            with_copy = max(runs[1::2])
            label = "Cyrillic" if cyrillic else "Latin"
            print(f"{label:8}  without copy {base[0]:6.0f} articles/s {base[1]:5.1f} MB   "
                  f"with copy {with_copy[0]:6.0f} articles/s {with_copy[1]:5.1f} MB   "
                  f"({with_copy[0] / base[0]:.2f}x speed, {with_copy[1] / base[1]:.2f}x size)")
        upgrade(folder, both[False], both[True])


if __name__ == "__main__":
    main()
