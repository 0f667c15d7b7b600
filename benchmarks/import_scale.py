"""Import and event-grouping throughput on realistic text.

    python benchmarks/import_scale.py [N]

Replays the sample feed's articles N times over (each copy shifted by two weeks and given
its own URL, so every copy is a new event), importing each copy as one batch and grouping
as `parallax import` does. Prints articles/s for storing and for grouping.
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

from tui.events import group_new_articles
from tui.ingest import iter_input_files, load_file
from tui.paths import bundled
from tui.store import Store


def main() -> None:
    copies = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    base = [a for p in iter_input_files([bundled("sample_feed")]) for a in load_file(p)]
    store_s = group_s = 0.0
    total = 0
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "b.db") as store:
        for n in range(copies):
            shift = timedelta(days=14 * n)
            batch = []
            for i, a in enumerate(base):
                when = datetime.fromisoformat(a.published) + shift if a.published else None
                batch.append(
                    replace(
                        a,
                        url=f"https://copy{n}.example/{i}",
                        published=when.isoformat() if when else None,
                        body=f"{a.body}\n\n(copy {n})",
                    )
                )
            t0 = time.perf_counter()
            store.import_articles(batch)
            t1 = time.perf_counter()
            group_new_articles(store)
            t2 = time.perf_counter()
            store_s += t1 - t0
            group_s += t2 - t1
            total += len(batch)
        events = store.event_total()
    print(f"articles                 {total:>10,}")
    print(f"events                   {events:>10,}  (expected {13 * copies:,})")
    print(f"store                    {total / store_s:>10,.0f} articles/s")
    print(f"group (analysis + match) {total / group_s:>10,.0f} articles/s")
    print(f"group per article        {group_s / total * 1000:>10.2f} ms")


if __name__ == "__main__":
    main()
