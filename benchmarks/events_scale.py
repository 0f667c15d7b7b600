"""The events screen's queries at 100,000 articles: one page of event rows, the count.

    python benchmarks/events_scale.py [N]

Builds a throw-away archive of N synthetic articles (default 100,000) in events of three,
then times what the events screen asks the store for when it opens and scrolls.
"""

from __future__ import annotations

import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tui.models import Article
from tui.store import EventRecord, Store


def build(store: Store, n: int) -> None:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    langs = ("en", "pt", "es", "de", "fr", "it", "uk")
    batch = []
    for i in range(n):
        when = (start + timedelta(minutes=7 * i)).isoformat()
        batch.append(Article(title=f"Story {i // 3} report {i % 3}", body=f"Body {i}.",
                             source=f"Outlet {i % 40}", language=langs[i % len(langs)],
                             url=f"https://x.example/{i}", published=when))
        if len(batch) == 3000:
            store.import_articles(batch)
            batch = []
    store.import_articles(batch)
    ids = [r[0] for r in store._query("SELECT id FROM articles ORDER BY id")]
    with store.transaction():
        for k in range(0, len(ids), 3):
            store.save_event(EventRecord(None, f"Story {k // 3}", None, None,
                                         {f"ph:s{k}": 1.0}), ids[k:k + 3])
    store._conn.execute("UPDATE events SET first_seen = (SELECT MIN(sort_key) FROM articles "
                        "WHERE event_id = events.id), last_seen = (SELECT MAX(sort_key) "
                        "FROM articles WHERE event_id = events.id)")


def timed(label: str, fn, repeat: int = 5) -> None:  # noqa: ANN001
    best = min(_once(fn) for _ in range(repeat))
    print(f"{label:<44} {best * 1000:7.1f} ms")


def _once(fn) -> float:  # noqa: ANN001
    t = time.perf_counter()
    fn()
    return time.perf_counter() - t


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "e.db") as store:
        t = time.perf_counter()
        build(store, n)
        events = store.event_row_count()
        print(f"{n} articles in {events} events built in {time.perf_counter() - t:.0f} s")
        timed("count of events", store.event_row_count)
        for offset in (0, events // 2, max(0, events - 100)):
            timed(f"a page of 100 event rows at offset {offset}",
                  lambda o=offset: store.event_rows(None, None, o, 100))
        timed("a page, language filter (uk)", lambda: store.event_rows(None, "uk", 0, 100))
        timed("sparkline times for a page", lambda: store.event_report_times(
            [r.id for r in store.event_rows(None, None, 0, 100)]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
