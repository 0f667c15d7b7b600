"""`parallax events`: list events, show one (why, reports, disagreements), split and merge."""

from __future__ import annotations

import json
import sys
from typing import Any

from tui import event_report as report
from tui.formatting import counted
from tui.models import ParallaxError
from tui.store import Store

EXIT_OK = 0


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def listing(store: Store, since: str | None, lang: str | None, limit: int | None,
            as_json: bool) -> int:
    """Every event (or the newest `limit`), newest last report first."""
    total = store.event_row_count(since, lang)
    want = total if limit is None else min(limit, total)
    rows = []
    for offset in range(0, want, 500):
        rows += store.event_rows(since, lang, offset, min(500, want - offset))
    for row in rows:
        row.conflicts = report.count_conflicts(store, row.id)
    if as_json:
        _print_json([row.to_json() for row in rows])
        return EXIT_OK
    for row in rows:
        first, last = (row.first_seen or "")[:10], (row.last_seen or "")[:10]
        span = first if first == last else f"{first}..{last}"
        langs = ",".join(row.languages) or "-"
        size = counted(row.size, "report ", "reports")
        print(f"{row.id:>6}  {size:>11}  {langs:<14} {row.conflicts:>2} conflicts  "
              f"{span:<22} {row.label}")
        print(f"        outlets: {', '.join(row.sources) or '-'}")
    return EXIT_OK


def show(store: Store, event_id: int, as_json: bool) -> int:
    data = report.event_json(store, event_id)
    if data is None:
        raise ParallaxError(f"{event_id}: no event with this id in {store.path}")
    if as_json:
        _print_json(data)
        return EXIT_OK
    print(f"event {data['id']}: {data['label']}")
    size = counted(data["size"], "report", "reports")
    print(f"  {size} in {', '.join(data['languages']) or '-'}, "
          f"{data['conflicts']} conflicting figures, "
          f"{(data['first_report'] or '?')[:16]} .. {(data['last_report'] or '?')[:16]}")
    print("why one event (keys its reports share, weight x reports):")
    for r in data["why"]:
        print(f"  {r['weight']:5.2f} x{r['reports']}  {r['label']}")
    print("reports, first first:")
    for i, a in enumerate(data["reports"]):
        mark = "first" if i == 0 else "     "
        when = (a["published"] or "")[:16] or "undated"
        print(f"  {mark} {a['id']:>6}  {when:<16}  {(a['language'] or '??').upper():<2}  "
              f"{a['source'] or '-'}: {a['title']}")
        if a["only_here"]:
            print(f"               only here: {'; '.join(a['only_here'])}")
    if data["disagreements"]:
        print("figures they disagree on:")
        for row in data["disagreements"]:
            cells = "  ".join(v if v is not None else "-" for v in row["values"])
            print(f"  {row['figure']:<12} {cells}")
    return EXIT_OK


def split(store: Store, article_id: int) -> int:
    article = store.get(article_id)
    if article is None:
        raise ParallaxError(f"{article_id}: no article with this id in {store.path}")
    old = article.event_id
    new = store.split_article(article_id)
    if new is None:
        raise ParallaxError(f"{article_id}: this article is in no event")
    print(f"article {article_id} moved out of event {old} into event {new}; "
          f"it will not rejoin event {old}")
    return EXIT_OK


def merge(store: Store, event_id: int, other: int) -> int:
    if event_id == other:
        raise ParallaxError(f"{event_id}: cannot merge an event with itself")
    if not store.merge_events(event_id, other):
        missing = other if store.event(event_id) is not None else event_id
        raise ParallaxError(f"{missing}: no event with this id in {store.path}")
    print(f"event {other} merged into event {event_id}")
    return EXIT_OK
