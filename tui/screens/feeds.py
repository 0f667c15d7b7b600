"""The feeds screen: subscriptions and saved searches (virtual feeds), with their state.

It only renders and routes keys: reading and writing go through the store, refreshing
through the main screen (one refresh at a time, its progress in the header).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Label

from tui.feeds.saved import describe_search, search_counts
from tui.formatting import number
from tui.models import ParallaxError, parse_published
from tui.screens.guard import store_write
from tui.store import FeedRecord, SavedSearch
from tui.widgets.safe import safe_inline

if TYPE_CHECKING:
    from tui.screens.main import MainScreen

COLUMNS = ("Feed", "Tags", "Updated", "Unread", "Articles", "Full text", "Last error")
ERROR_WIDTH = 40  # the whole reason is in `parallax feeds list` and the refresh notice


def _clip(text: str, width: int = ERROR_WIDTH) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


class FeedsScreen(Screen[None]):
    """`F`: every feed with title, tags, last update, unread count and last error."""

    DEFAULT_CSS = """
    FeedsScreen {
        #feeds-title { dock: top; height: 1; background: $panel; padding: 0 1; width: 1fr; }
        #feeds-table { height: 1fr; }
    }
    """
    BINDINGS = [
        Binding("escape,F", "close", "Back", id="feeds.close"),
        Binding("a", "add", "Add", id="feeds.add"),
        Binding("d,delete", "remove", "Remove", id="feeds.remove"),
        Binding("t", "tag", "Tags", id="feeds.tag"),
        Binding("r", "refresh_one", "Refresh", id="feeds.refresh"),
        Binding("R", "refresh_all", "Refresh all", id="feeds.refresh_all"),
        Binding("x", "toggle_full_text", "Full text", id="feeds.full_text"),
        Binding("T", "pick_tag", "Tag filter", id="feeds.tag_filter"),
    ]

    def __init__(self, main: MainScreen) -> None:
        super().__init__()
        self.main = main
        self._feeds: dict[str, FeedRecord] = {}
        self._searches: dict[str, SavedSearch] = {}

    def compose(self) -> ComposeResult:
        yield Label(id="feeds-title")
        table: DataTable[Text] = DataTable(id="feeds-table", cursor_type="row", zebra_stripes=True)
        yield table
        yield Footer(compact=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for name in COLUMNS:
            table.add_column(name, key=name)
        self.reload()
        table.focus()

    # -- rows ----------------------------------------------------------------------------

    def _updated(self, feed: FeedRecord) -> str:
        moment = parse_published(feed.last_success)
        return self.main.dates.relative(moment) if moment else "never"

    def _feed_row(self, feed: FeedRecord) -> list[Text]:
        locale = self.main.dates.locale
        error = Text(_clip(safe_inline(feed.last_error or "")), style="bold")
        return [
            Text(safe_inline(feed.name)), Text(safe_inline(", ".join(feed.tags))),
            Text(self._updated(feed)), Text(number(feed.unread, locale), justify="right"),
            Text(number(feed.articles, locale), justify="right"),
            Text("yes" if feed.full_text else ""), error,
        ]

    def _search_row(self, search: SavedSearch) -> list[Text]:
        locale = self.main.dates.locale
        try:
            total, unread = search_counts(self.main.store, search)
        except ParallaxError:  # an FTS query the store refuses: shown, not fatal
            total, unread = 0, 0
        return [
            Text("⌕ " + safe_inline(search.name)), Text(safe_inline(describe_search(search))),
            Text("saved search"), Text(number(unread, locale), justify="right"),
            Text(number(total, locale), justify="right"), Text(""), Text(""),
        ]

    def reload(self) -> None:
        """Re-read feeds and saved searches; the cursor stays on the same row."""
        table = self.query_one(DataTable)
        current = self.current_key()
        store = self.main.store
        tag = self.main.feed_tag
        self._feeds = {f"feed:{f.id}": f for f in store.feeds(tag=tag)}
        self._searches = {f"search:{s.name}": s for s in store.saved_searches()}
        table.clear()
        for key, search in self._searches.items():
            table.add_row(*self._search_row(search), key=key)
        for key, feed in self._feeds.items():
            table.add_row(*self._feed_row(feed), key=key)
        failing = sum(1 for f in self._feeds.values() if f.last_error)
        title = Text("Feeds", style="bold")
        title.append(f" · tag {safe_inline(tag)}" if tag else "")
        title.append(f" · {len(self._feeds)} feeds · {len(self._searches)} saved searches")
        title.append(f" · {failing} failing" if failing else "")
        if self.main.refresh_running:
            title.append(f"   {self.main.activity}", style="bold reverse")
        self.query_one("#feeds-title", Label).update(title)
        keys = list(self._searches) + list(self._feeds)
        if current in keys:
            table.move_cursor(row=keys.index(current))

    def current_key(self) -> str | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        return str(table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value)

    def current_feed(self) -> FeedRecord | None:
        return self._feeds.get(self.current_key() or "")

    def current_search(self) -> SavedSearch | None:
        return self._searches.get(self.current_key() or "")

    # -- actions -------------------------------------------------------------------------

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        feed, search = self.current_feed(), self.current_search()
        if search is not None:
            self.main.apply_saved_search(search)
        elif feed is not None:
            self.main.show_feed(feed)
        else:
            return
        self.dismiss()

    def action_close(self) -> None:
        self.dismiss()

    def action_add(self) -> None:
        from tui.screens.dialogs import PromptScreen

        self.app.push_screen(
            PromptScreen("Subscribe to a feed or site", placeholder="https://…/feed.xml"),
            self._added,
        )

    @store_write
    def _added(self, url: str | None) -> None:
        from tui.feeds.fetch import is_web_url

        if not url:
            return
        if not is_web_url(url):
            self.notify(f"Not an http(s) URL: {url}", severity="error", markup=False)
            return
        tags = [self.main.feed_tag] if self.main.feed_tag else []
        self.main.store.add_feed(url, tags=tags)
        self.reload()
        feed = self.main.store.feed(url)
        if feed is not None:
            self.main.start_refresh([feed])

    @store_write
    def action_remove(self) -> None:
        feed, search = self.current_feed(), self.current_search()
        if feed is not None:
            self.main.store.remove_feed(feed.url)
            self.notify(f"Unsubscribed from {feed.name} (its articles stay)", markup=False)
        elif search is not None:
            self.main.store.delete_search(search.name)
            self.notify(f"Saved search “{search.name}” removed", markup=False)
        self.reload()

    def action_tag(self) -> None:
        from tui.screens.dialogs import PromptScreen

        feed = self.current_feed()
        if feed is None:
            return
        self.app.push_screen(
            PromptScreen(f"Tags for {feed.name} (comma-separated)", value=", ".join(feed.tags)),
            lambda text: self._tagged(feed, text),
        )

    @store_write
    def _tagged(self, feed: FeedRecord, text: str | None) -> None:
        from tui.ingest.build import clean_tags

        if text is not None:
            self.main.store.set_feed_tags(feed.url, clean_tags(text))
            self.reload()

    @store_write
    def action_toggle_full_text(self) -> None:
        feed = self.current_feed()
        if feed is not None:
            self.main.store.set_feed_options(feed.url, full_text=not feed.full_text)
            self.reload()

    def action_refresh_one(self) -> None:
        feed = self.current_feed()
        if feed is not None:
            self.main.start_refresh([feed])

    def action_refresh_all(self) -> None:
        self.main.start_refresh(list(self._feeds.values()))

    def action_pick_tag(self) -> None:
        from tui.screens.dialogs import PickerScreen

        choices = [("", "All feeds")] + [
            (tag, f"{safe_inline(tag)}  ({count})") for tag, count in self.main.store.feed_tags()
        ]
        self.app.push_screen(
            PickerScreen("Show feeds with tag", choices, self.main.feed_tag), self._tag_picked
        )

    def _tag_picked(self, tag: str | None) -> None:
        if tag is not None:
            self.main.feed_tag = tag or None
            self.reload()
