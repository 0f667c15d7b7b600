"""`parallax migrate --from A --to B`: copy an archive to the other engine (a SQLite file
to PostgreSQL for a team, or back to a file for a laptop), through the store interface.

Copies outlet aliases (learned domains and renames) first, so every article lands in the
outlet it had; then articles (text, metadata, raw originals, tags, import times, cached
facts), events (keys, members, each report's own keys, the conflict cache), the users'
split/merge corrections, subscriptions (settings, validators, state, which entry is
which article), saved searches, the analysis queue (what was not yet grouped stays
queued; failures keep their reason) and the current user's read/starred state. Then it
verifies the counts. The target must be empty: a copy into a live archive would merge,
and could not be verified.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tui.models import Article, StoreError
from tui.store import ArchiveStore, ArticleFilter, EventRecord

PAGE = 500
Progress = Callable[[int, int], None]


@dataclass
class MigrationResult:
    articles: int = 0
    events: int = 0
    failed: int = 0  # failed analyses carried over
    feeds: int = 0
    outlet_aliases: int = 0
    corrections: int = 0  # split/merge choices
    facts: int = 0  # cached analyses
    mismatches: list[str] = field(default_factory=list)

    @property
    def verified(self) -> bool:
        return not self.mismatches

    def to_json(self) -> dict[str, object]:
        return {"articles": self.articles, "events": self.events, "failed": self.failed,
                "feeds": self.feeds, "outlet_aliases": self.outlet_aliases,
                "corrections": self.corrections, "facts": self.facts,
                "verified": self.verified, "mismatches": self.mismatches}


@dataclass
class _Ids:
    """Old id -> new id, of articles and of events."""

    articles: dict[int, int] = field(default_factory=dict)
    events: dict[int, int] = field(default_factory=dict)
    members: dict[int, list[int]] = field(default_factory=dict)  # old event -> new articles


def _full(source: ArchiveStore, row: Article) -> Article:
    article = source.get(row.id or 0) or row
    article.source = article.source_imported  # as imported; the target resolves its outlet
    raw = source.raw(row.id or 0)
    if raw is not None:
        article.format, article.raw = raw
    return article


def _copy_page(source: ArchiveStore, target: ArchiveStore, rows: list[Article], ids: _Ids
               ) -> int:
    """Copy one page of articles; returns how many cached analyses came along."""
    batch = [_full(source, row) for row in rows]
    old = [(a.id, a.event_id, a.imported_at) for a in batch]
    target.import_articles(batch)
    stamps: list[tuple[int, str]] = []
    for (old_id, event_id, imported_at), article in zip(old, batch, strict=True):
        if old_id is None or article.id is None:
            continue
        ids.articles[old_id] = article.id
        stamps.append((article.id, imported_at or ""))
        if event_id is not None:
            ids.members.setdefault(event_id, []).append(article.id)
    target.restore_imported_at(stamps)
    facts = source.cached_facts_for(i for i, _e, _w in old if i in ids.articles)
    for old_id, (version, found) in facts.items():
        target.cache_facts(ids.articles[old_id], version, found)
    return len(facts)


def _copy_articles(
    source: ArchiveStore, target: ArchiveStore, ids: _Ids, progress: Progress | None
) -> int:
    """Copy every article (in feed order); returns how many cached analyses came along."""
    total, facts = source.count(), 0
    for offset in range(0, total, PAGE):
        facts += _copy_page(source, target, source.page(ArticleFilter(), offset, PAGE), ids)
        if progress:
            progress(min(offset + PAGE, total), total)
    return facts


def _copy_events(source: ArchiveStore, target: ArchiveStore, ids: _Ids) -> int:
    for old_id in sorted(ids.members):
        event = source.event(old_id)
        if event is None:
            continue
        copy = EventRecord(None, event.label, event.first_seen, event.last_seen, event.keys)
        ids.events[old_id] = target.save_event(copy, ids.members[old_id])
        conflicts = source.cached_conflicts(old_id, event.size)
        if conflicts is not None:
            target.cache_conflicts(ids.events[old_id], event.size, conflicts)
    old_articles = list(ids.articles)
    for start in range(0, len(old_articles), PAGE):
        keys = source.article_keys(old_articles[start : start + PAGE])
        for old_id, own in keys.items():
            target.save_article_keys(ids.articles[old_id], own)
    return len(ids.events)


def _copy_corrections(source: ArchiveStore, target: ArchiveStore, ids: _Ids) -> int:
    """The split/merge choices whose article and event were copied (a choice naming an
    event that no longer exists is moot)."""
    choices = [
        (ids.articles[a], ids.events[e], choice)
        for a, e, choice in source.event_choices()
        if a in ids.articles and e in ids.events
    ]
    target.restore_event_choices(choices)
    return len(choices)


def _copy_feeds(source: ArchiveStore, target: ArchiveStore, ids: _Ids) -> int:
    feeds = source.feeds()
    for feed in feeds:
        new_id = target.restore_feed(feed)
        target.link_entries(new_id, [
            (key, ids.articles[article_id], summary, digest, full)
            for key, article_id, summary, digest, full in source.feed_entry_rows(feed.id)
            if article_id in ids.articles
        ])
    for search in source.saved_searches():
        target.save_search(search)
    return len(feeds)


def migrate(
    source: ArchiveStore, target: ArchiveStore, progress: Progress | None = None
) -> MigrationResult:
    """Copy `source` into the empty `target` and verify the counts."""
    if not target.is_empty() or target.feeds():
        raise StoreError(f"{target.label}: not empty; migrate copies into an empty archive")
    ids = _Ids()
    aliases = source.outlet_aliases()
    target.restore_outlet_aliases(aliases)
    result = MigrationResult(outlet_aliases=len(aliases))
    result.facts = _copy_articles(source, target, ids, progress)
    result.articles = len(ids.articles)
    result.events = _copy_events(source, target, ids)
    result.corrections = _copy_corrections(source, target, ids)
    result.feeds = _copy_feeds(source, target, ids)
    for failure in source.failed_analyses(limit=1_000_000):
        if failure.article_id in ids.articles:
            target.mark_failed(ids.articles[failure.article_id], failure.error, failure.engine)
            result.failed += 1
    _verify(source, target, result)
    return result


def _counts(store: ArchiveStore) -> dict[str, Any]:
    stats, feeds = store.stats(), store.feeds()
    return {
        "articles": store.count(),
        "events": store.event_total(),
        "unread": stats["unread"],
        "starred": stats["starred"],
        "queued": store.queue_counts(),
        "outlets": sorted((o.name, o.count) for o in store.outlets()),
        "outlet aliases": len(store.outlet_aliases()),
        "feeds": len(feeds),
        "feed entries": sum(f.articles for f in feeds),
        "saved searches": len(store.saved_searches()),
    }


def _verify(source: ArchiveStore, target: ArchiveStore, result: MigrationResult) -> None:
    before, after = _counts(source), _counts(target)
    for name, value in before.items():
        if after[name] == value:
            continue
        if name == "outlets":
            differ = sorted(set(value) ^ set(after[name]))[:3]
            result.mismatches.append(f"outlets differ (name, articles): {differ}")
        else:
            result.mismatches.append(f"{name}: {value} in the source, {after[name]} in the copy")
    # (a choice naming an event that is gone is not copied: compare with what was sent)
    if len(target.event_choices()) != result.corrections:
        result.mismatches.append(
            f"corrections: {result.corrections} copied, {len(target.event_choices())} stored"
        )
