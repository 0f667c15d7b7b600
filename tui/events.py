"""Group stored articles into events by working off the store's analysis queue.

Importing only stores and queues; this module analyses queued articles (in worker
processes when there are many: analysis is pure and CPU-bound) and matches them, one at a
time in the one writing process, against events that share their keys (the store's
inverted index). Each article is grouped in its own transaction that first checks it is
still queued, so a crash loses at most the article at hand, a re-run resumes where the
last one stopped, and two grouping processes never group one article twice. An article
whose analysis or grouping raises is kept, marked with the reason, and skipped.

Glue between the store and the analysis (keys and the match score: `tui.analysis.events`).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta

from tui import __version__
from tui.analysis import events as ev
from tui.analysis_pool import KeyAnalyser, KeyResult
from tui.models import parse_published
from tui.store import ArchiveStore, EventRecord, QueuedArticle, utc_key

Progress = Callable[[int, int], None]

# Bump when keys or matching change in a way that should re-try failed articles.
KEYS_VERSION = 1
ENGINE = f"{__version__}+{KEYS_VERSION}"
CHUNK = 500  # queued articles read from the store at a time
# A new single report is looked at again once this many later reports have been grouped
# (by then the reports that would make its event grow have arrived), and at the end.
RECHECK_AFTER = 2_000


@dataclass
class GroupingResult:
    articles: int = 0
    joined: int = 0  # articles that joined an existing event
    created: int = 0  # new events
    failed: int = 0  # articles whose analysis or grouping failed (kept, marked)


def _around(when: str | None, span: timedelta) -> tuple[str | None, str | None]:
    """The store keys `span` before and after the key `when` (nothing when undated)."""
    moment = parse_published(when)
    if moment is None:
        return None, None
    try:
        return utc_key(moment - span), utc_key(moment + span)
    except OverflowError:  # at the ends of the calendar a window has no edge
        return None, None


def _gap_days(when: str | None, event: EventRecord) -> float:
    """Days between `when` and the event's first report: reports of one story follow it
    within days, so an event cannot grow on and on by each report being near the last."""
    moment, first = parse_published(when), parse_published(event.first_seen)
    if moment is None or first is None:
        return 0.0
    return abs((moment - first).total_seconds()) / 86400


def _best_event(
    store: ArchiveStore, keys: dict[str, float], when: str | None, exclude: int | None = None,
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
    store: ArchiveStore,
    event: EventRecord,
    article_id: int,
    keys: dict[str, float],
    when: str | None,
) -> None:
    changed = ev.merge(event.keys, keys)
    if when:
        event.first_seen = min(filter(None, (event.first_seen, when)))
        event.last_seen = max(filter(None, (event.last_seen, when)))
    store.save_event(event, [article_id], changed_keys=changed)


def _group_one(store: ArchiveStore, item: QueuedArticle, keys: dict[str, float]) -> str | None:
    """Put one analysed article into an event, in one transaction; "created", "joined",
    or None when someone else grouped it meanwhile."""
    when = utc_key(item.published)
    with store.transaction():
        if not store.is_queued(item.id):
            return None  # another process grouped it since we read the queue
        store.save_article_keys(item.id, keys)  # why it is in its event (split, explain)
        current = store.event(item.event_id) if item.event_id is not None else None
        if current is not None:  # an updated article keeps its event; its keys refresh it
            _join(store, current, item.id, keys, when)
            outcome = "joined"
        else:
            event = _best_event(store, keys, when, article_id=item.id)
            if event is None:
                store.save_event(EventRecord(None, item.title, when, when, dict(keys)), [item.id])
                outcome = "created"
            else:
                _join(store, event, item.id, keys, when)
                outcome = "joined"
    return outcome


def _recheck_single(store: ArchiveStore, article_id: int, result: GroupingResult) -> None:
    """A report that came before the others of its event found too little to join; now
    that the event may have grown, look again."""
    with store.transaction():
        article = store.get(article_id)
        if article is None or article.event_id is None:
            return
        current = store.event(article.event_id)
        if current is None or current.size != 1:
            return  # others joined it since: it is an event, not a stray report
        when = utc_key(article.published)
        target = _best_event(
            store, current.keys, when, exclude=current.id, article_id=article_id
        )
        if target is not None:
            _join(store, target, article_id, current.keys, when)
            store.delete_event(current.id)  # type: ignore[arg-type]
            result.created -= 1
            result.joined += 1


def _record(
    store: ArchiveStore, item: QueuedArticle, found: KeyResult, result: GroupingResult
) -> int | None:
    """Group one article from its analysis result; the id of a new event, if any."""
    _, keys, error = found
    if keys is None:
        store.mark_failed(item.id, f"analysis: {error}", ENGINE)
        result.failed += 1
        return None
    try:
        outcome = _group_one(store, item, keys)
    except Exception as exc:  # one article must never stop the rest
        store.mark_failed(item.id, f"grouping: {type(exc).__name__}: {exc}", ENGINE)
        result.failed += 1
        return None
    if outcome is None:
        return None
    result.articles += 1
    if outcome == "joined":
        result.joined += 1
        return None
    result.created += 1
    return item.id


def group_new_articles(
    store: ArchiveStore, progress: Progress | None = None, *, workers: int | None = None
) -> GroupingResult:
    """Analyse and group every queued article (new, updated, or left by a crash)."""
    result = GroupingResult()
    ids = store.pending_ids(ENGINE)
    chunks = (store.queued_articles(ids[i : i + CHUNK]) for i in range(0, len(ids), CHUNK))
    singles: OrderedDict[int, None] = OrderedDict()  # article ids that started an event
    with KeyAnalyser(len(ids), workers) as analyser:
        for done, (item, found) in enumerate(analyser.results(chunks), 1):
            new_single = _record(store, item, found, result)
            if new_single is not None:
                singles[new_single] = None
            while len(singles) > RECHECK_AFTER:
                _recheck_single(store, singles.popitem(last=False)[0], result)
            if progress:
                progress(done, len(ids))
    for article_id in singles:
        _recheck_single(store, article_id, result)
    return result
