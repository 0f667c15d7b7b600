"""How much of each title the feed shows, on the bundled sample feed.

    python benchmarks/title_width.py [--sizes 120x40,80x24,200x60]

Imports the sample feed into a throw-away archive, runs the reader headless at each size
and reads the feed's rendered lines back: for every row on screen, the visible title is
the longest start of the article's title that appears on its lines (so "…" cuts count
what is left). Reports the median and the minimum in characters, with no article open
(the feed has the width) and with one open (the feed beside the article), plain and
grouped by event, and the article pane's width. Targets: median ≥ 45 at 120×40 and
≥ 30 at 80×24, article ≥ 60 columns at 120×40.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tui.app import ParallaxApp  # noqa: E402
from tui.batch import import_paths  # noqa: E402
from tui.config import Config  # noqa: E402
from tui.paths import bundled  # noqa: E402
from tui.store import Store  # noqa: E402
from tui.widgets.feed import FeedView  # noqa: E402
from tui.widgets.safe import safe_inline  # noqa: E402

TARGETS = {(120, 40): 45, (80, 24): 30}


def visible_part(title: str, text: str) -> int:
    """Characters of the longest prefix of `title` found in `text`."""
    low, high = 0, len(title)
    while low < high:  # prefixes nest: binary search on the length
        mid = (low + high + 1) // 2
        if title[:mid] in text:
            low = mid
        else:
            high = mid - 1
    return low


def visible_titles(feed: FeedView) -> list[int]:
    """Visible title length of every article row on screen."""
    height = feed.scrollable_content_region.height
    rows = feed.row_height
    top = round(feed.scroll_offset.y) // rows
    lengths = []
    for index in range(top, min(feed.count, top + height // rows)):
        article = feed.article_at(index)
        if article is None:
            continue
        first_line = (index - top) * rows
        text = "".join(
            "".join(s.text for s in feed.render_line(first_line + line)) for line in range(rows)
        )
        lengths.append(visible_part(safe_inline(article.title), text))
    return lengths


async def measure(db: Path, size: tuple[int, int], grouped: bool) -> dict[str, float]:
    config = Config(locale="en_GB", timezone="Europe/Lisbon", group_by_event=grouped)
    app = ParallaxApp(db_path=db, config=config, now=datetime(2026, 3, 24, 9, tzinfo=UTC),
                      save_settings=False, extract_facts=lambda article: [])
    out: dict[str, float] = {}
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        feed = app.screen.query_one("#feed", FeedView)
        listing = visible_titles(feed)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        reading = visible_titles(feed)
        out["listing_median"] = statistics.median(listing)
        out["listing_min"] = min(listing)
        out["reading_median"] = statistics.median(reading)
        out["reading_min"] = min(reading)
        out["rows_listing"], out["rows_reading"] = len(listing), len(reading)
        out["article_width"] = app.screen.query_one("#article").region.width
        out["facts_width"] = app.screen.query_one("#facts").region.width
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="120x40,80x24,200x60")
    args = parser.parse_args()
    sizes = [tuple(int(n) for n in s.split("x")) for s in args.sizes.split(",")]
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "sample.db"
        with Store.open(db) as store:
            import_paths(store, [bundled("sample_feed")])
        print(f"{'size':>7} {'view':<8} {'no article open':>16} {'article open':>14}"
              f" {'article':>8} {'facts':>6}")
        for size in sizes:
            for grouped in (False, True):
                r = asyncio.run(measure(db, size, grouped))  # type: ignore[arg-type]
                view = "grouped" if grouped else "plain"
                print(f"{size[0]:>3}x{size[1]:<3} {view:<8}"
                      f" {r['listing_median']:>8.0f} (min {r['listing_min']:>2.0f})"
                      f" {r['reading_median']:>6.0f} (min {r['reading_min']:>2.0f})"
                      f" {r['article_width']:>8.0f} {r['facts_width']:>6.0f}")
                target = TARGETS.get(size)  # type: ignore[arg-type]
                if target and min(r["listing_median"], r["reading_median"]) < target:
                    failed = True
    print("median visible title characters; article/facts: pane columns with one open")
    if failed:
        print("BELOW TARGET (median ≥ 45 at 120x40, ≥ 30 at 80x24)")
        sys.exit(1)


if __name__ == "__main__":
    main()
