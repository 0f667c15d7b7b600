"""What the Python upgrade steps cost when an old archive is first opened.

    python benchmarks/upgrade_scale.py [N]

Builds an archive of N articles (copies of the sample feed, default 2,000), then makes it
look like one from before date precision and outlets (both columns unknown) and times:
the first open (re-parsing every raw document, assigning outlets), a second open (the
steps find nothing to do), and importing the same articles afresh, in the same run.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from tui.ingest import iter_input_files, load_file
from tui.paths import bundled
from tui.store import Store


def _articles(n: int) -> list:
    sample = [
        a for f in iter_input_files([bundled("sample_feed")]) if isinstance(f, Path)
        for a in load_file(f)
    ]
    out = []
    for i in range(n):
        base = sample[i % len(sample)]
        url = f"{base.url}?copy={i}" if base.url else None
        out.append(replace(base, title=f"{base.title} ({i})", url=url))
    return out


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    articles = _articles(n)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "a.db"
        start = time.perf_counter()
        with Store.open(db) as store:
            store.import_articles(articles)
        imported = time.perf_counter() - start
        conn = sqlite3.connect(db)
        conn.execute("UPDATE articles SET published_precision = NULL, outlet = NULL")
        conn.execute("DELETE FROM outlet_aliases")
        conn.commit()
        conn.close()
        start = time.perf_counter()
        Store.open(db).close()
        first = time.perf_counter() - start
        start = time.perf_counter()
        Store.open(db).close()
        again = time.perf_counter() - start
    print(f"{n} articles: import {imported:.2f} s; first open (upgrade) {first:.2f} s "
          f"({first / imported:.2f}× the import); second open {again * 1000:.0f} ms")


if __name__ == "__main__":
    main()
