"""Group stored articles into events, incrementally: only articles not yet in one.

Glue between the store (candidates through the key index) and the analysis (keys and
the match score in `tui.analysis.events`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from tui.analysis import events as ev
from tui.analysis.facts import analyse, analyse_article
from tui.models import parse_published
from tui.store import EventRecord, Store, utc_key

Progress = Callable[[int, int], None]


@dataclass
class GroupingResult:
    articles: int = 0
    joined: int = 0  # articles that joined an existing event
    created: int = 0  # new events


def _around(when: str | None, span: timedelta) -> tuple[str | None, str | None]:
    """The store keys `span` before and after the key `when` (nothing when undated)."""
    moment = parse_published(when)
    if moment is None:
        return None, None
    return utc_key(moment - span), utc_key(moment + span)


def _gap_days(when: str | None, event: EventRecord) -> float:
    """Days between `when` and the event's first report: reports of one story follow it
    within days, so an event cannot grow on and on by each report being near the last."""
    moment, first = parse_published(when), parse_published(event.first_seen)
    if moment is None or first is None:
        return 0.0
    return abs((moment - first).total_seconds()) / 86400


def _best_event(
    store: Store, keys: dict[str, float], when: str | None, exclude: int | None = None,
    article_id: int | None = None,
) -> EventRecord | None:
    start, end = _around(when, ev.WINDOW)
    df = store.key_event_counts(list(keys), *_around(when, ev.CONTEXT))
    best: tuple[float, EventRecord] | None = None
    # (events the user split this article out of are never candidates)
    wanted = ev.candidate_keys(keys)
    for candidate in store.event_candidates(wanted, start, end, article_id=article_id):
        if candidate.id == exclude:
            continue
        score = ev.match(keys, candidate.keys, df, dated=when is not None,
                         gap=_gap_days(when, candidate))
        if score is not None and (best is None or score > best[0]):
            best = (score, candidate)
    return best[1] if best else None


def _join(
    store: Store, event: EventRecord, article_id: int, keys: dict[str, float], when: str | None
) -> None:
    ev.merge(event.keys, keys)
    if when:
        event.first_seen = min(filter(None, (event.first_seen, when)))
        event.last_seen = max(filter(None, (event.last_seen, when)))
    store.save_event(event, [article_id])


def group_new_articles(store: Store, progress: Progress | None = None) -> GroupingResult:
    """Put every article without an event into the best matching event, or a new one."""
    result = GroupingResult()
    ids = store.ungrouped_ids()
    singletons: dict[int, tuple[int, dict[str, float], str | None]] = {}
    for done, article_id in enumerate(ids, 1):
        article = store.get(article_id)
        if article is None:
            continue
        keys = ev.article_keys(
            analyse_article(article), analyse(article.title, article.language, article.published)
        )
        when = utc_key(article.published)
        store.save_article_keys(article_id, keys)  # why it is in its event (split, explain)
        event = _best_event(store, keys, when, article_id=article_id)
        if event is None:
            new = EventRecord(None, article.title, when, when, dict(keys))
            singletons[store.save_event(new, [article_id])] = (article_id, keys, when)
            result.created += 1
        else:
            _join(store, event, article_id, keys, when)
            result.joined += 1
        result.articles += 1
        if progress:
            progress(done, len(ids))
    # A report that came before the others of its event found too little to join; now
    # that the event has grown, look again (only at this batch's new single reports).
    for event_id, (article_id, keys, when) in singletons.items():
        current = store.event(event_id)
        if current is None or current.size != 1:
            continue  # others joined it since: it is an event, not a stray report
        target = _best_event(store, keys, when, exclude=event_id, article_id=article_id)
        if target is not None:
            _join(store, target, article_id, keys, when)
            store.delete_event(event_id)
            result.created -= 1
            result.joined += 1
    return result
