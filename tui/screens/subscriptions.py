"""The main screen's subscription behaviour: `R` refresh in a worker (progress in the header,
new articles appear without moving the cursor), the feeds screen, saved searches, and the
optional auto-refresh. Mixed into `MainScreen`; the network work is `tui.feeds`."""

from __future__ import annotations

import time
from dataclasses import replace
from typing import TYPE_CHECKING

from textual import work

from tui.feeds.fetch import FetchSettings
from tui.feeds.refresh import FeedReport, RefreshReport, due_feeds, refresh_async
from tui.feeds.saved import search_filter
from tui.models import StoreError
from tui.screens.guard import store_write
from tui.store import FeedRecord, SavedSearch
from tui.widgets.safe import safe_inline

if TYPE_CHECKING:
    from tui.screens.main import MainScreen

MAX_FAILURES_SHOWN = 8
AUTO_CHECK_SECONDS = 60.0


class SubscriptionActions:
    """Needs MainScreen's store, config, feed, search box and header."""

    feed_tag: str | None = None  # the tag the feeds screen shows; `R` refreshes it
    refresh_running = False
    activity = ""
    last_report: RefreshReport | None = None
    _last_feed_reload = 0.0

    # -- refresh -------------------------------------------------------------------------

    def action_refresh_feeds(self: MainScreen) -> None:
        """`R`: refresh every feed, or those of the current tag."""
        self.start_refresh(self.store.feeds(tag=self.feed_tag))

    def refresh_tag(self: MainScreen, tag: str) -> None:
        """Refresh the feeds with one tag (the palette's `Refresh feeds tagged …`)."""
        self.start_refresh(self.store.feeds(tag=tag))

    def start_refresh(self: MainScreen, feeds: list[FeedRecord]) -> None:
        if self.refresh_running:
            self.notify("A refresh is already running", timeout=3, markup=False)
            return
        if not feeds:
            self.notify(
                "No subscriptions yet: press F then a to add one "
                "(or run parallax feeds add URL / parallax opml import FILE)",
                timeout=6, markup=False,
            )
            return
        self.refresh_running = True
        self.activity = f"Refreshing 0/{len(feeds)}"
        self.refresh_header()
        self._run_refresh(feeds)

    @work(group="refresh")
    async def _run_refresh(self: MainScreen, feeds: list[FeedRecord]) -> None:
        settings = FetchSettings(max_bytes=self.config.max_import_bytes)
        try:
            report = await refresh_async(
                self.store, feeds, settings, self._refresh_progress, group=False
            )
        except Exception as exc:  # never take the reader down: say it and carry on
            self.notify(f"Refresh failed: {exc}", severity="error", timeout=10, markup=False)
            return
        finally:
            self.refresh_running = False
            self.activity = ""
            if self.is_mounted:
                self.refresh_header()
        self._refresh_done(report)

    def _refresh_progress(self: MainScreen, done: int, total: int, feed: FeedReport) -> None:
        self.activity = f"Refreshing {done}/{total}"
        now = time.monotonic()
        changed = bool(feed.new or feed.updated)
        if now - self._last_feed_reload > 0.5:  # big archives: at most twice a second
            self._last_feed_reload = now
            if changed:
                self.reload_keeping_cursor()
            self._reload_feeds_screen()
            self.refresh_header(recount=changed)
        else:
            self.refresh_header()

    def _refresh_done(self: MainScreen, report: RefreshReport) -> None:
        self.last_report = report
        self._group_stored(report)
        self.reload_keeping_cursor()
        self.refresh_header(recount=True)
        self._reload_feeds_screen()
        failed = report.failed
        if failed:
            lines = [safe_inline(f.line()) for f in failed[:MAX_FAILURES_SHOWN]]
            if len(failed) > MAX_FAILURES_SHOWN:
                lines.append(f"… and {len(failed) - MAX_FAILURES_SHOWN} more (see F)")
            self.notify(
                "\n".join(lines), title=f"{len(failed)} feeds failed", severity="error",
                timeout=12, markup=False,
            )
        if report.grouping_error:
            self.notify(report.grouping_error, severity="warning", timeout=8, markup=False)
        self.notify(report.summary().capitalize(), title="Refresh finished", timeout=5,
                    markup=False)

    def _group_stored(self: MainScreen, report: RefreshReport) -> None:
        """New articles go into events with the reader's own background grouping."""
        if report.total("new") or report.total("updated"):
            self._resume_grouping()

    def reload_keeping_cursor(self: MainScreen) -> None:
        """Re-read the feed; the cursor stays on the article it was on."""
        current = self.feed.current_article
        self.feed.reload(keep_position=True)
        if current is None or current.id is None:
            return
        index = self.store.index_of(current.id, self.feed.filter)
        if index is not None and index != self.feed.cursor:
            self.feed.select_index(index)

    def _reload_feeds_screen(self: MainScreen) -> None:
        from tui.screens.feeds import FeedsScreen

        for screen in self.app.screen_stack:
            if isinstance(screen, FeedsScreen):
                screen.reload()

    @work(group="import-url")
    async def import_url(self: MainScreen, url: str) -> None:
        """Fetch a feed or an article page once (the import dialog given a URL)."""
        from tui.feeds.once import import_urls_async

        self.activity = "Fetching…"
        self.refresh_header()
        settings = FetchSettings(max_bytes=self.config.max_import_bytes)
        try:
            report = await import_urls_async(self.store, [url], settings, group=False)
        except Exception as exc:  # never take the reader down
            self.notify(f"Import failed: {exc}", severity="error", timeout=10, markup=False)
            return
        finally:
            self.activity = ""
        self._group_stored(report)
        self.reload_keeping_cursor()
        self.refresh_header(recount=True)
        for failed in report.failed:
            self.notify(safe_inline(failed.line()), severity="error", timeout=10, markup=False)
        if not report.failed:
            self.notify(
                f"Imported {report.total('new')}, updated {report.total('updated')}, "
                f"unchanged {report.total('unchanged')}", title="Import finished", markup=False,
            )

    # -- auto-refresh --------------------------------------------------------------------

    def start_auto_refresh(self: MainScreen) -> None:
        """Check for due feeds every minute (config `refresh_minutes`, per-feed `--every`)."""
        self.set_interval(AUTO_CHECK_SECONDS, self.auto_refresh)

    def auto_refresh(self: MainScreen) -> None:
        if self.refresh_running or self.store.read_only:
            return  # a reader role on a shared archive: the importers refresh feeds
        try:
            feeds = self.store.feeds()
        except StoreError:
            return  # an engine without subscriptions (yet): nothing is due
        minutes = self.config.refresh_minutes
        due = due_feeds(feeds, minutes * 60 if minutes else None)
        if due:
            self.start_refresh(due)

    # -- feeds screen and saved searches -------------------------------------------------

    def action_feeds(self: MainScreen) -> None:
        from tui.screens.feeds import FeedsScreen

        if not isinstance(self.app.screen, FeedsScreen):
            self.app.push_screen(FeedsScreen(self))

    def show_feed(self: MainScreen, feed: FeedRecord) -> None:
        """Open a feed from the feeds screen: the articles its entries became."""
        self.feed_title = feed.title or feed.url
        self.apply_filter(replace(self._search_filter(), feed_id=feed.id))

    def apply_saved_search(self: MainScreen, search: SavedSearch) -> None:
        self.search_text = search.query
        box = self.search_box
        with box.prevent(box.Changed):
            box.value = search.query
        box.display = bool(search.query)
        self.apply_filter(search_filter(search, self.filter.group_events))

    def action_save_search(self: MainScreen) -> None:
        from tui.screens.dialogs import PromptScreen

        if not self.search_text and self.filter == replace(
            type(self.filter)(), group_events=self.filter.group_events
        ):
            self.notify("Search or filter first, then save it (w)", timeout=4, markup=False)
            return
        self.app.push_screen(
            PromptScreen("Save this search as", placeholder="a name, e.g. floods"),
            self._save_search,
        )

    @store_write
    def _save_search(self: MainScreen, name: str | None) -> None:
        if not name:
            return
        flt = self.filter
        self.store.save_search(SavedSearch(
            name, self.search_text, flt.language, flt.source, flt.unread_only, flt.starred_only
        ))
        self.notify(f"Saved search “{name}”: it is listed with the feeds (F)", markup=False)
