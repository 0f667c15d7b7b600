"""Event grouping on busy news days: pairwise precision and recall, articles per second.

    python benchmarks/events_busy_day.py [--seed N] [--days N] [--stories N] [--reports A-B]
                                         [--tail N] [--verbose]

Generates (benchmarks/busy_day_world.py) `stories` different stories per news day over `days`
days, each reported 3-4 times by outlets in nine languages, with look-alikes every day: two
storms in one country, two votes in one parliament, a rescue near a border and an air strike
across it, a fire every other day in the same city. Reports of one story differ in outlet,
language, spelling of names, figures and date. They are stored in a throw-away archive and
grouped with `tui.events.group_new_articles`; a pair of reports counts as right when both are
in one event exactly when they tell one story. The default seed (1) is the one the grouping
was tuned on; report a different seed (e.g. --seed 2) as held-out.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from busy_day_world import generate  # noqa: E402

from tui.events import group_new_articles  # noqa: E402
from tui.store import Store  # noqa: E402


def pairs(sizes: Counter[object] | list[int]) -> int:
    values = sizes.values() if isinstance(sizes, Counter) else sizes
    return sum(n * (n - 1) // 2 for n in values)


def score(truth: dict[int, str], events: dict[int, int | None]) -> dict[str, float]:
    """Pairwise precision and recall of `events` (article -> event) against `truth`."""
    cells: Counter[tuple[int | None, str]] = Counter()
    for article, story in truth.items():
        event = events.get(article)
        cells[(event if event is not None else -article, story)] += 1
    together = pairs(list(cells.values()))
    predicted = pairs(Counter(e for e, _ in cells.elements()))
    actual = pairs(Counter(truth.values()))
    return {
        "precision": together / predicted if predicted else 1.0,
        "recall": together / actual if actual else 1.0,
    }


def mixed_kinds(truth: dict[int, str], events: dict[int, int | None]) -> Counter[str]:
    """Which kinds of story were wrongly put together (for tuning)."""
    members: dict[int, set[str]] = defaultdict(set)
    for article, story in truth.items():
        if events.get(article) is not None:
            members[events[article]].add(story)  # type: ignore[index]
    out: Counter[str] = Counter()
    for stories in members.values():
        if len(stories) > 1:
            kinds = sorted("".join(c for c in s.split("-", 1)[1] if not c.isdigit()) or "any"
                           for s in stories)
            out["+".join(kinds)] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--days", type=int, default=60)
    parser.add_argument("--stories", type=int, default=30)
    parser.add_argument("--reports", default="3-4")
    parser.add_argument("--tail", type=int, default=0,
                        help="group the last N reports after the rest and time them alone "
                             "(per-article cost in a full archive: compare --days)")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    lo, _, hi = args.reports.partition("-")
    items = generate(args.seed, args.days, args.stories, (int(lo), int(hi or lo)))
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "busy.db") as store:
        head, tail = (items[:-args.tail], items[-args.tail:]) if args.tail else (items, [])
        t0 = time.perf_counter()
        store.import_articles(a for a, _ in head)
        t1 = time.perf_counter()
        result = group_new_articles(store)
        t2 = time.perf_counter()
        if tail:
            store.import_articles(a for a, _ in tail)
            t3 = time.perf_counter()
            group_new_articles(store, workers=1)
            print(f"last {len(tail)} reports into an archive of {len(head)}: "
                  f"{len(tail) / (time.perf_counter() - t3):.0f} articles/s (in-process)")
        truth = {a.id: story for a, story in items if a.id is not None}
        rows = store._query("SELECT id, event_id FROM articles")
        events = {r[0]: r[1] for r in rows}
    stories = len(set(truth.values()))
    s = score(truth, events)
    print(f"seed {args.seed}: {args.days} days x {args.stories} stories = {stories} stories, "
          f"{len(truth)} reports")
    print(f"events {len({e for e in events.values() if e is not None})} (stories {stories}), "
          f"joined {result.joined}, created {result.created}")
    print(f"pairwise precision {s['precision']:.3f}  recall {s['recall']:.3f}")
    print(f"grouping {len(head) / (t2 - t1):.0f} articles/s "
          f"(store {len(head) / (t1 - t0):.0f} articles/s)")
    if args.verbose:
        for kinds, n in mixed_kinds(truth, events).most_common(15):
            print(f"  mixed {n:4d}  {kinds}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
