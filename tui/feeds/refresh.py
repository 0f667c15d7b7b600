"""Refresh subscriptions into the store: all feeds concurrently, each on its own.

One failing feed never stops the others: its reason is recorded in the store and in the
report. New and changed entries go through `Store.import_articles` like files do; the
entries are linked to the articles by identity so a changed entry is updated in place.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from tui.feeds.discover import discover_feeds
from tui.feeds.document import Entry, FeedDocument, NotAFeed, read_document
from tui.feeds.fetch import Fetcher, FetchError, FetchSettings, Response
from tui.feeds.fulltext import add_full_text, needs_full_text
from tui.models import IngestError, ParallaxError, parse_published
from tui.store import EntryState, FeedRecord, ImportCounts, Store


@dataclass
class FeedReport:
    """What one feed's refresh did: counts, or the reason it failed."""

    url: str
    title: str | None = None
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    error: str | None = None
    not_modified: bool = False
    moved_to: str | None = None
    full_text_errors: list[str] = field(default_factory=list)

    def line(self) -> str:
        """`URL: new 3, updated 0, unchanged 12` or `URL: reason` (one line)."""
        if self.error:
            return f"{self.url}: {self.error}"
        text = f"{self.url}: new {self.new}, updated {self.updated}, unchanged {self.unchanged}"
        if self.not_modified:
            text += " (not modified)"
        if self.moved_to:
            text += f" (now {self.moved_to})"
        if self.full_text_errors:
            text += f" ({len(self.full_text_errors)} full texts failed)"
        return text

    def to_json(self) -> dict[str, Any]:
        return {
            "url": self.url, "title": self.title, "new": self.new, "updated": self.updated,
            "unchanged": self.unchanged, "error": self.error,
            "not_modified": self.not_modified, "moved_to": self.moved_to,
            "full_text_errors": list(self.full_text_errors),
        }


@dataclass
class RefreshReport:
    feeds: list[FeedReport] = field(default_factory=list)
    grouping_error: str | None = None  # the articles are stored; only grouping failed

    @property
    def failed(self) -> list[FeedReport]:
        return [f for f in self.feeds if f.error]

    def total(self, name: str) -> int:
        return sum(getattr(f, name) for f in self.feeds)

    def summary(self) -> str:
        ok = len(self.feeds) - len(self.failed)
        return (
            f"refreshed {ok} of {len(self.feeds)} feeds: new {self.total('new')}, "
            f"updated {self.total('updated')}, unchanged {self.total('unchanged')}, "
            f"failed {len(self.failed)}"
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "feeds": [f.to_json() for f in self.feeds],
            "new": self.total("new"), "updated": self.total("updated"),
            "unchanged": self.total("unchanged"), "failed": len(self.failed),
            "grouping_error": self.grouping_error,
        }


Progress = Callable[[int, int, FeedReport], None]


def summary_hash(entry: Entry) -> str:
    text = f"{entry.article.title}\n{entry.summary or entry.article.body}"
    return hashlib.sha256(text.encode()).hexdigest()


def group_stored(store: Store) -> None:
    """After a refresh or a URL import stored something: put new articles into events.

    The one place subscriptions trigger grouping.
    """
    from tui.events import group_new_articles

    group_new_articles(store)


def due_feeds(feeds: Sequence[FeedRecord], default_s: float | None, now: datetime | None = None):
    """Feeds whose own interval (or `default_s`) has passed since they were last checked."""
    now = now or datetime.now(UTC)
    out = []
    for feed in feeds:
        every = feed.interval_s or default_s
        last = parse_published(feed.last_checked)
        if every and (last is None or now - last >= timedelta(seconds=every)):
            out.append(feed)
    return out


class _Refresher:
    def __init__(self, store: Store, fetcher: Fetcher) -> None:
        self.store = store
        self.fetcher = fetcher

    async def feed(self, feed: FeedRecord) -> FeedReport:
        report = FeedReport(feed.url, feed.title)
        try:
            await self._feed(feed, report)
        except (FetchError, IngestError) as exc:
            report.error = exc.reason
        except ParallaxError as exc:
            report.error = str(exc)
        except Exception as exc:  # a bug in one feed must not stop the others
            report.error = f"internal error ({type(exc).__name__}: {exc})"
        if report.error:
            self.store.record_feed_error(feed.id, report.error)
        return report

    async def _feed(self, feed: FeedRecord, report: FeedReport) -> None:
        response = await self.fetcher.get(
            feed.url, etag=feed.etag, last_modified=feed.last_modified
        )
        if response.moved_to and self.store.move_feed(feed.id, response.moved_to):
            report.moved_to = response.moved_to
        if response.status == 304:
            report.not_modified = True
            report.unchanged = feed.articles
            self.store.record_feed_success(
                feed.id, etag=response.etag or feed.etag,
                last_modified=response.last_modified or feed.last_modified,
            )
            return
        response, document = await self._document(feed, response, report)
        counts = await self._store(feed, document, report)
        report.new, report.updated = counts.imported, counts.updated
        report.unchanged += counts.unchanged
        report.title = document.title or feed.title
        self.store.record_feed_success(
            feed.id, etag=response.etag, last_modified=response.last_modified,
            title=document.title, html_url=document.html_url,
        )

    async def _document(
        self, feed: FeedRecord, response: Response, report: FeedReport
    ) -> tuple[Response, FeedDocument]:
        """The feed in a response; a site's page leads to the feed it announces."""
        try:
            return response, await asyncio.to_thread(read_document, response.content, feed.url)
        except NotAFeed as page:
            found = discover_feeds(page.text, response.url)
        if not found:
            raise IngestError(feed.url, "an HTML page without a feed link (rel=alternate)")
        response = await self.fetcher.get(found[0])
        try:
            document = await asyncio.to_thread(read_document, response.content, found[0])
        except NotAFeed:
            raise IngestError(feed.url, f"the announced feed {found[0]} is a page") from None
        target = response.moved_to or found[0]
        if self.store.move_feed(feed.id, target):
            report.moved_to = target
        return response, document

    async def _store(
        self, feed: FeedRecord, document: FeedDocument, report: FeedReport
    ) -> ImportCounts:
        states = self.store.entry_states(feed.id, [e.key for e in document.entries])
        todo: list[Entry] = []
        for entry in document.entries:
            entry.article.tags = _merge_tags(entry.article.tags, feed.tags)
            if _page_kept(states.get(entry.key), entry):
                # its page was fetched already and nothing moved (kept when full text is
                # switched off later: the summary never replaces a fetched page)
                report.unchanged += 1
                continue
            todo.append(entry)
        fetched = await self._full_texts(feed, todo, report)
        return await asyncio.to_thread(self._write, feed.id, todo, states, fetched)

    async def _full_texts(
        self, feed: FeedRecord, todo: list[Entry], report: FeedReport
    ) -> set[str]:
        if not feed.full_text:
            return set()
        wanted = [e for e in todo if needs_full_text(e)]
        errors = await asyncio.gather(*(add_full_text(self.fetcher, e) for e in wanted))
        report.full_text_errors = [e for e in errors if e]
        return {e.key for e, error in zip(wanted, errors, strict=True) if error is None}

    def _write(
        self, feed_id: int, todo: list[Entry], states: dict[str, EntryState], fetched: set[str]
    ) -> ImportCounts:
        store = self.store
        with store.transaction():
            for entry in todo:
                state = states.get(entry.key)
                url = entry.article.url
                if state is not None and url and url != state.url:  # a new link, same entry
                    store.rekey_article(state.article_id, url)
            counts = store.import_articles([e.article for e in todo])
            rows = []
            for entry in todo:
                article_id = entry.article.id or store.article_id_for_url(entry.article.url or "")
                if article_id is not None:
                    full = entry.key in fetched
                    rows.append((entry.key, article_id, entry.summary if full else None,
                                 summary_hash(entry), full))
            store.link_entries(feed_id, rows)
        return counts


def _page_kept(state: EntryState | None, entry: Entry) -> bool:
    """A summary-only entry whose page is stored and whose summary did not change."""
    return (
        needs_full_text(entry)
        and state is not None
        and state.full_text
        and state.summary_hash == summary_hash(entry)
    )


def _merge_tags(own: list[str], feed_tags: list[str]) -> list[str]:
    seen = {t.casefold() for t in own}
    return own + [t for t in feed_tags if t.casefold() not in seen]


async def refresh_async(
    store: Store,
    feeds: Sequence[FeedRecord],
    settings: FetchSettings | None = None,
    progress: Progress | None = None,
    *,
    group: bool = True,
) -> RefreshReport:
    """Refresh `feeds` concurrently (bounded by the fetcher); reports in `feeds` order.

    Then new articles are grouped into events, unless `group` is False (the reader has its
    own background grouping and starts it itself)."""
    report = RefreshReport()
    async with Fetcher(settings) as fetcher:
        refresher = _Refresher(store, fetcher)
        done = 0

        async def one(feed: FeedRecord) -> FeedReport:
            nonlocal done
            result = await refresher.feed(feed)
            done += 1
            if progress:
                progress(done, len(feeds), result)
            return result

        report.feeds = list(await asyncio.gather(*(one(f) for f in feeds)))
    if group:
        await group_after(store, report)
    return report


async def group_after(store: Store, report: RefreshReport) -> None:
    """Group what a refresh or URL import stored; a failure is reported, not raised."""
    if report.total("new") or report.total("updated"):
        try:
            await asyncio.to_thread(group_stored, store)
        except ParallaxError as exc:
            report.grouping_error = f"grouping into events failed: {exc}"


def refresh(
    store: Store,
    feeds: Sequence[FeedRecord],
    settings: FetchSettings | None = None,
    progress: Progress | None = None,
) -> RefreshReport:
    """`refresh_async` for callers without an event loop (the CLI, a worker thread)."""
    return asyncio.run(refresh_async(store, feeds, settings, progress))
