"""The main screen's live part on a shared archive: articles others import while the
reader is open are counted in a one-line notice ("3 new articles …"); `N` (or a click on
the notice) loads them, keeping the article under the cursor where it is. Mixed into
`MainScreen`; the listening is the store's `watch_imports` (PostgreSQL announces, SQLite
does not)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING

from textual import on
from textual.binding import Binding

from tui.widgets.new_articles import NewArticles

if TYPE_CHECKING:
    from tui.screens.main import MainScreen

LIVE_BINDINGS = [
    Binding("N", "load_new", "Show new articles", show=False, id="load_new"),
]


class LiveActions:
    """Needs MainScreen's store, feed and header."""

    _unwatch: Callable[[], None] | None = None

    def start_watching(self: MainScreen) -> None:
        if self._unwatch is None:
            self._unwatch = self.store.watch_imports(self._heard_from_thread)

    def stop_watching(self) -> None:
        if self._unwatch is not None:
            self._unwatch()
            self._unwatch = None

    def _heard_from_thread(self: MainScreen, count: int) -> None:
        with contextlib.suppress(RuntimeError):  # the reader is closing
            self.app.call_from_thread(self._heard, count)

    def _heard(self: MainScreen, count: int) -> None:
        self.query_one(NewArticles).add(count)

    def action_load_new(self: MainScreen) -> None:
        """`N`: show what others imported; the cursor stays on its article."""
        notice = self.query_one(NewArticles)
        if notice.waiting:
            notice.clear()
            self.feed.set_filter(self.feed.filter)  # the same view, anchored on its article
            self.refresh_header(recount=True)

    @on(NewArticles.LoadRequested)
    def _load_clicked(self: MainScreen, event: NewArticles.LoadRequested) -> None:
        event.stop()
        self.action_load_new()
