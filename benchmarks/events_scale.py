"""The events screen at 100,000 articles: its store queries, and first paints in the reader.

    python benchmarks/events_scale.py [N]

Builds a throw-away archive of N synthetic articles (default 100,000) in events of three
(plus one event of BIG reports), then times what the events screen asks the store for
when it opens and scrolls, and, in a headless reader at 120x40, the first paint of the
events screen (`E` until its rows are drawn), of the coverage view of the biggest event
(`enter` until its lines are drawn) and of the stats screen (`D` until its sparklines are
up) — on this archive and, in the same run, on a small one (1,000 articles) as the
baseline: the ratio says whether the screens get slower as the archive grows.
"""

from __future__ import annotations

import asyncio
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tui.app import ParallaxApp
from tui.config import Config
from tui.models import Article
from tui.store import EventRecord, Store

BIG = 400  # reports in the one big event (the last ones imported)
SMALL = 1_000


def build(store: Store, n: int) -> None:
    start = datetime(2024, 1, 1, tzinfo=UTC)
    langs = ("en", "pt", "es", "de", "fr", "it", "uk")
    batch = []
    for i in range(n):
        when = (start + timedelta(minutes=7 * i)).isoformat()
        big = i >= n - BIG
        title = f"Flood report {i}" if big else f"Story {i // 3} report {i % 3}"
        body = (f"Heavy rain flooded Dunmere; {100 + i % 50} residents were evacuated "
                f"and {i % 4} people died." if big else f"Body {i}.")
        batch.append(Article(title=title, body=body,
                             source=f"Outlet {i % 40}", language=langs[i % len(langs)],
                             url=f"https://x.example/{i}", published=when))
        if len(batch) == 3000:
            store.import_articles(batch)
            batch = []
    store.import_articles(batch)
    ids = [r[0] for r in store._query("SELECT id FROM articles ORDER BY id")]
    small, big = ids[:len(ids) - BIG], ids[len(ids) - BIG:]
    with store.transaction():
        for k in range(0, len(small), 3):
            store.save_event(EventRecord(None, f"Story {k // 3}", None, None,
                                         {f"ph:s{k}": 1.0}), small[k:k + 3])
        if big:
            store.save_event(EventRecord(None, "Flood", None, None, {"ph:big": 1.0}), big)
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


async def _until(pilot, done, limit: float = 60.0) -> float:  # noqa: ANN001
    t = time.perf_counter()
    while not done():
        if time.perf_counter() - t > limit:
            raise TimeoutError("never drawn")
        await pilot.pause(0)
    return time.perf_counter() - t


async def paints(db: Path) -> dict[str, float]:
    """Seconds from the key press to the screen's first drawn rows, in a headless reader."""
    from tui.screens.stats import StatsScreen
    from tui.widgets.coverage_view import CoverageView
    from tui.widgets.event_list import EventList

    app = ParallaxApp(db_path=db, config=Config(locale="en", timezone="UTC"),
                      now=datetime(2030, 1, 1, tzinfo=UTC), save_settings=False,
                      extract_facts=lambda article: [], group_pending=False)
    out: dict[str, float] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await _until(pilot, lambda: bool(app.screen.query("#feed")))
        await pilot.pause()
        t = time.perf_counter()
        await pilot.press("E")
        await _until(pilot, lambda: bool(app.screen.query(EventList))
                     and 0 in app.screen.query_one(EventList).drawn_rows())
        out["events"] = time.perf_counter() - t
        events = app.screen.query_one(EventList)
        biggest = max(range(min(events.count, 50)), key=lambda i: events.row_at(i).size)
        events.select_index(biggest)
        await pilot.pause()
        t = time.perf_counter()
        await pilot.press("enter")
        await _until(pilot, lambda: bool(app.screen.query(CoverageView))
                     and app.screen.query_one(CoverageView).drawn)
        out["coverage"] = time.perf_counter() - t
        out["coverage_reports"] = len(app.screen.query_one(CoverageView).reports)
        t = time.perf_counter()
        for _ in range(20):
            await pilot.press("j")
        out["coverage_move"] = (time.perf_counter() - t) / 20
        await pilot.press("escape")
        await pilot.press("escape")
        await pilot.pause()
        t = time.perf_counter()
        await pilot.press("D")
        await _until(pilot, lambda: isinstance(app.screen, StatsScreen)
                     and app.screen.data is not None
                     and bool(app.screen.query("#stats-total")))
        out["stats"] = time.perf_counter() - t
    return out


def _median_paints(small: Path, big: Path, runs: int = 3) -> tuple[dict[str, float], ...]:
    """Medians of `runs` measurements on each archive, alternating (after one warm-up run
    that imports the screens), so a busy moment of the machine hits both alike."""
    asyncio.run(paints(small))
    results: dict[Path, list[dict[str, float]]] = {small: [], big: []}
    for _ in range(runs):
        for db in (small, big):
            results[db].append(asyncio.run(paints(db)))
    return tuple({k: statistics.median(r[k] for r in results[db]) for k in results[db][0]}
                 for db in (small, big))


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    with tempfile.TemporaryDirectory() as tmp:
        with Store.open(Path(tmp) / "small.db") as store:
            build(store, SMALL)
        with Store.open(Path(tmp) / "e.db") as store:
            _queries(store, n)
        base, big = _median_paints(Path(tmp) / "small.db", Path(tmp) / "e.db")
    print(f"first paint in the reader (120x40, medians of 3 alternating runs): "
          f"{SMALL:,} articles vs {n:,}")
    for key, label in (("events", "events screen (E)"), ("coverage", "coverage of the biggest "
                       f"event ({int(big['coverage_reports'])} reports)"),
                       ("coverage_move", "coverage: cursor down (j), per key"),
                       ("stats", "stats screen (D)")):
        print(f"  {label:<48} {base[key] * 1000:7.0f} ms  {big[key] * 1000:7.0f} ms  "
              f"x{big[key] / base[key]:.2f}")
    return 0


def _queries(store: Store, n: int) -> None:
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
    last = datetime.fromisoformat((store.newest_report() or "2024-01-01")[:10]).date()
    first = (last - timedelta(days=55)).isoformat()
    timed("reports per day, the last 8 weeks", lambda: store.reports_per_day(
        first, last.isoformat()))


if __name__ == "__main__":
    raise SystemExit(main())
