"""`parallax migrate --from A --to B`: copy an archive to the other engine (a SQLite file
to PostgreSQL for a team, or back to a file for a laptop), through the store interface.

Copies articles (text, metadata, raw originals, tags), events (keys and members), the
analysis queue (what was not yet grouped stays queued; failures keep their reason) and
the current user's read/starred state, then verifies the counts. The target must be
empty: a copy into a live archive would merge, and could not be verified.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from tui.models import Article, StoreError
from tui.store import ArchiveStore, ArticleFilter, EventRecord

PAGE = 500
Progress = Callable[[int, int], None]


@dataclass
class MigrationResult:
    articles: int = 0
    events: int = 0
    failed: int = 0  # failed analyses carried over
    mismatches: list[str] = field(default_factory=list)

    @property
    def verified(self) -> bool:
        return not self.mismatches

    def to_json(self) -> dict[str, object]:
        return {"articles": self.articles, "events": self.events, "failed": self.failed,
                "verified": self.verified, "mismatches": self.mismatches}


def _full(source: ArchiveStore, row: Article) -> Article:
    article = source.get(row.id or 0) or row
    raw = source.raw(row.id or 0)
    if raw is not None:
        article.format, article.raw = raw
    return article


def _copy_articles(
    source: ArchiveStore, target: ArchiveStore, progress: Progress | None
) -> tuple[dict[int, int], dict[int, list[int]]]:
    """Copy every article; the new id of each old one, and the old events' members."""
    total = source.count()
    new_ids: dict[int, int] = {}
    members: dict[int, list[int]] = {}
    for offset in range(0, total, PAGE):
        rows = source.page(ArticleFilter(), offset, PAGE)
        batch = [_full(source, row) for row in rows]
        old = [a.id for a in batch]
        target.import_articles(batch)
        for old_id, article in zip(old, batch, strict=True):
            if old_id is not None and article.id is not None:
                new_ids[old_id] = article.id
                if article.event_id is not None:
                    members.setdefault(article.event_id, []).append(article.id)
        if progress:
            progress(min(offset + PAGE, total), total)
    return new_ids, members


def _copy_events(source: ArchiveStore, target: ArchiveStore, members: dict[int, list[int]]
                 ) -> int:
    copied = 0
    for old_id in sorted(members):
        event = source.event(old_id)
        if event is None:
            continue
        copy = EventRecord(None, event.label, event.first_seen, event.last_seen, event.keys)
        target.save_event(copy, members[old_id])
        copied += 1
    return copied


def migrate(
    source: ArchiveStore, target: ArchiveStore, progress: Progress | None = None
) -> MigrationResult:
    """Copy `source` into the empty `target` and verify the counts."""
    if not target.is_empty():
        raise StoreError(f"{target.label}: not empty; migrate copies into an empty archive")
    new_ids, members = _copy_articles(source, target, progress)
    result = MigrationResult(articles=len(new_ids))
    result.events = _copy_events(source, target, members)
    for failure in source.failed_analyses(limit=1_000_000):
        if failure.article_id in new_ids:
            target.mark_failed(new_ids[failure.article_id], failure.error, failure.engine)
            result.failed += 1
    _verify(source, target, result)
    return result


def _verify(source: ArchiveStore, target: ArchiveStore, result: MigrationResult) -> None:
    checks = {
        "articles": (source.count(), target.count()),
        "events": (source.event_total(), target.event_total()),
        "unread": (source.stats()["unread"], target.stats()["unread"]),
        "starred": (source.stats()["starred"], target.stats()["starred"]),
        "queued": (source.queue_counts(), target.queue_counts()),
    }
    for name, (before, after) in checks.items():
        if before != after:
            result.mismatches.append(f"{name}: {before} in the source, {after} in the copy")
