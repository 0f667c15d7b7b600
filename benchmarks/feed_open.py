"""Feed open/scroll benchmark on a 100,000-article archive.

    python benchmarks/feed_open.py [--articles N] [--db PATH] [--pages N]

Builds the archive once (bulk `Store.import_articles` in big batches; reused when the
file already has N articles), then measures in a headless app (120x40):
  * time to first paint of #feed (app start until the feed has drawn its rows),
  * time per page-down (key press until the new rows are drawn),
  * time per jump to the end (G) and back (g).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from textual import events  # noqa: E402

from tui.app import ParallaxApp  # noqa: E402
from tui.config import Config  # noqa: E402
from tui.models import Article  # noqa: E402
from tui.store import Store  # noqa: E402
from tui.widgets.feed import FeedView  # noqa: E402

LANGS = ["en", "pt", "es", "fr", "de", "it"]
SOURCES = [f"Outlet {n}" for n in range(40)]
WORDS = [
    "river", "flood", "council", "harbour", "strike", "bridge", "vote", "budget", "rain",
    "village", "mayor", "port", "election", "report", "minister", "school", "hospital",
    "storm", "market", "price",
]


def build(path: Path, n: int, batch: int = 10_000) -> float:
    rng = random.Random(7)
    start = datetime(2020, 1, 1, tzinfo=UTC)
    t0 = time.perf_counter()
    with Store.open(path) as store:
        if store.count() >= n:
            return 0.0
        for first in range(0, n, batch):
            articles = []
            for i in range(first, min(n, first + batch)):
                words = " ".join(rng.choice(WORDS) for _ in range(8))
                articles.append(Article(
                    title=f"{words.capitalize()} #{i}",
                    body=f"{words}. Paragraph one of article {i}.\n\nParagraph two.",
                    source=rng.choice(SOURCES),
                    language=rng.choice(LANGS),
                    published=(start + timedelta(minutes=37 * i)).isoformat(),
                    url=f"https://bench.example/{i}",
                ))
            store.import_articles(articles)
    return time.perf_counter() - t0


async def drawn(feed: FeedView, pilot, row: int, limit: float = 30.0) -> None:
    """Wait until the feed has drawn `row` (its strip is cached)."""
    deadline = time.perf_counter() + limit
    while time.perf_counter() < deadline:
        if row in feed.drawn_rows():
            return
        await pilot.pause(0)
    raise TimeoutError(f"row {row} never drawn")


async def measure(db: Path, pages: int) -> dict[str, float]:
    app = ParallaxApp(
        db_path=db,
        config=Config(locale="en", timezone="UTC"),
        now=datetime(2030, 1, 1, tzinfo=UTC),
        save_settings=False,
        extract_facts=lambda article: [],
        group_pending=False,  # the archive is built without events on purpose
    )
    t0 = time.perf_counter()
    async with app.run_test(size=(120, 40)) as pilot:
        while not app.screen.query("#feed"):
            await pilot.pause(0)
        feed = app.screen.query_one("#feed", FeedView)
        await drawn(feed, pilot, 0)
        first_paint = time.perf_counter() - t0
        count = feed.count
        timings = []
        for _ in range(pages):
            t = time.perf_counter()
            await pilot.press("pagedown")
            await drawn(feed, pilot, feed.cursor)
            timings.append(time.perf_counter() - t)
        baseline = []
        for _ in range(10):
            t = time.perf_counter()
            await pilot.press("x")  # unbound: the harness's own cost per key press
            baseline.append(time.perf_counter() - t)
        render = []
        for _ in range(10):
            feed.forget_drawn_rows()
            t = time.perf_counter()
            for y in range(feed.scrollable_content_region.height):
                feed.render_line(y)
            render.append(time.perf_counter() - t)
        t = time.perf_counter()
        await pilot.press("G")
        await drawn(feed, pilot, count - 1)
        to_end = time.perf_counter() - t
        t = time.perf_counter()
        await pilot.press("g")
        await drawn(feed, pilot, 0)
        to_top = time.perf_counter() - t
        # Search as you type at 20 keys/s: how long the UI loop ever stalls, and when the
        # results are drawn (the query runs in a worker, debounced).
        lags: list[float] = []
        typing = True

        async def ticker() -> None:
            last = time.perf_counter()
            while typing:
                await asyncio.sleep(0.005)
                now = time.perf_counter()
                lags.append(now - last - 0.005)
                last = now

        task = asyncio.create_task(ticker())
        t = time.perf_counter()
        for key, char in [("slash", "/"), *((c, c) for c in "river")]:
            app.post_message(events.Key(key, char))
            await asyncio.sleep(0.05)
        while feed.loading_rows or feed.count == count:
            await asyncio.sleep(0.005)
        await drawn(feed, pilot, 0)
        search = time.perf_counter() - t
        typing = False
        await task
        search_count = feed.count
    return {
        "search_lag": max(lags),
        "search_results": search,
        "search_count": search_count,
        "articles": count,
        "first_paint": first_paint,
        "page_down_median": statistics.median(timings),
        "page_down_max": max(timings),
        "jump_end": to_end,
        "jump_top": to_top,
        "key_baseline": statistics.median(baseline),
        "viewport_render": statistics.median(render),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--pages", type=int, default=50)
    args = parser.parse_args()
    db = args.db or Path(tempfile.gettempdir()) / f"parallax-bench-{args.articles}.db"
    built = build(db, args.articles)
    if built:
        print(f"built {args.articles:,} articles in {built:.1f} s ({db})")
    else:
        print(f"reusing {db}")
    result = asyncio.run(measure(db, args.pages))
    print(f"articles:             {result['articles']:,}")
    print(f"first paint of #feed: {result['first_paint'] * 1000:.0f} ms")
    print(f"page-down (median):   {result['page_down_median'] * 1000:.1f} ms")
    print(f"page-down (max):      {result['page_down_max'] * 1000:.1f} ms")
    base = result["key_baseline"]
    for label, key in (("jump to end (G):", "jump_end"), ("jump to top (g):", "jump_top")):
        # On a shared machine compare the ratio to a no-op key of the same run, not the ms.
        print(f"{label:<21} {result[key] * 1000:.1f} ms  ({result[key] / base:.2f}× a no-op key)")
    print(f"search UI stall (max): {result['search_lag'] * 1000:.0f} ms while typing 'river'")
    print(
        f"search results:       {result['search_results'] * 1000:.0f} ms from '/' to "
        f"{result['search_count']:,} rows drawn"
    )
    print(f"no-op key (harness):  {result['key_baseline'] * 1000:.1f} ms  (included above)")
    print(f"viewport from cold:   {result['viewport_render'] * 1000:.1f} ms  (38 rows, no cache)")


if __name__ == "__main__":
    main()
