"""What the reader does to a view or an article beyond reading it: sort the feed, mark a
whole view read, copy a link or a text, open a link in the browser.

A mixin of `MainScreen`: it relies on the screen's store, filter, feed and article pane.
"""

from __future__ import annotations

import os
import webbrowser
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from rich.cells import cell_len
from textual import work
from textual.binding import Binding

from tui.formatting import counted, number
from tui.models import Article, ParallaxError
from tui.store import ArticleFilter
from tui.widgets.safe import safe_body, safe_inline
from tui.widgets.url import shorten_url

if TYPE_CHECKING:
    from tui.screens.main import MainScreen

CONFIRM_ABOVE = 100  # marking more than this many read asks first

SORT_LABELS = {
    "date": "Newest first",
    "outlet": "Outlet (A–Z), then newest",
    "language": "Language, then newest",
    "event_size": "Biggest event first",
    "unread": "Unread first, then newest",
}
SORT_SHORT = {  # the header's wording when it is short of room
    "outlet": "by outlet", "language": "by language", "event_size": "biggest first",
    "unread": "unread first",
}

ACTION_BINDINGS = [
    Binding("t", "sort_menu", "Sort", show=False, id="sort"),
    Binding("A", "mark_all_read", "Mark view read", show=False, id="mark_all_read"),
    Binding("y", "copy_url", "Copy URL", show=False, id="copy_url"),
    Binding("Y", "copy_text", "Copy text", show=False, id="copy_text"),
]


def articles(n: int, locale: object) -> str:
    """`1 article` / `2,345 articles`."""
    return f"{number(n, locale)} {'article' if n == 1 else 'articles'}"  # type: ignore[arg-type]


def browser_opens(url: str, in_terminal: Callable[[Callable[[], object]], object]) -> bool:
    """Open `url` with $BROWSER or the system's browser; False when none took it.

    Outside a graphical session a $BROWSER or terminal browser (lynx, w3m) runs through
    `in_terminal`, which hands it the screen (the app suspends itself meanwhile).
    """
    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        return False
    if type(browser) is webbrowser.GenericBrowser:  # $BROWSER: run in the foreground
        if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
            # a graphical session: most likely a window; never block the reader on it
            browser = webbrowser.BackgroundBrowser([browser.name, *browser.args])
        else:
            in_terminal(lambda: browser.open(url, new=2))
            return True
    try:
        return bool(browser.open(url, new=2))
    except (webbrowser.Error, OSError):
        return False


class ArticleActions:
    """Sort, mark read, copy, open (see the module docstring)."""

    # -- sort ----------------------------------------------------------------------------

    def action_sort_menu(self: MainScreen) -> None:
        from tui.screens.dialogs import PickerScreen

        choices = list(SORT_LABELS.items())
        self.app.push_screen(
            PickerScreen("Sort the feed", choices, self.filter.sort),
            lambda value: self.set_sort(value),
        )

    def set_sort(self: MainScreen, sort: str | None) -> None:
        if sort:
            self.apply_filter(replace(self._search_filter(), sort=sort))

    # -- mark read -----------------------------------------------------------------------

    def action_mark_all_read(self: MainScreen) -> None:
        """Mark every unread article in the current view read (asking first above 100)."""
        view = self._search_filter()
        try:
            unread = self.store.count(replace(view, unread_only=True))
        except ParallaxError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        if not unread:
            self.notify("Nothing unread in this view", timeout=3, markup=False)
            return
        if unread <= CONFIRM_ABOVE:
            self.mark_view_read(view)
            return
        from tui.screens.dialogs import ConfirmScreen

        question = f"Mark {articles(unread, self.dates.locale)} in this view read?"
        self.app.push_screen(
            ConfirmScreen(question), lambda yes: self.mark_view_read(view) if yes else None
        )

    def mark_view_read(self: MainScreen, view: ArticleFilter) -> None:
        try:
            changed = self.store.mark_read(view)
        except ParallaxError as exc:
            self.notify(str(exc), severity="error", markup=False)
            return
        self.feed.reload(keep_position=True)
        self.refresh_header(recount=True)
        self.notify(f"Marked {articles(changed, self.dates.locale)} read", timeout=3,
                    markup=False)

    # -- copy and open -------------------------------------------------------------------

    def _acted_on(self: MainScreen) -> Article | None:
        return self.article_view.article or self.feed.current_article

    def action_copy_url(self: MainScreen) -> None:
        article = self._acted_on()
        url = safe_inline(article.url) if article else ""
        if not url:
            self.notify("This article has no URL", severity="warning", markup=False)
            return
        self.app.copy_to_clipboard(url)
        # A toast is at most 60 cells (half the screen): a long URL is shortened between
        # words rather than broken over lines mid-word; the clipboard has all of it.
        room = max(min(60, self.app.size.width // 2) - 4, 20)
        said = f"Copied {url}"
        if cell_len(said) > room:
            said = f"Copied\n{shorten_url(url, room)}"
        self.notify(said, timeout=3, markup=False)

    def action_copy_text(self: MainScreen) -> None:
        article = self._acted_on()
        if article is None or article.id is None:
            self.notify("Select an article first", severity="warning", markup=False)
            return
        full = article if article.body else self.store.get(article.id)
        if full is None:
            return
        parts = [safe_inline(full.title), safe_body(full.body).strip(), safe_inline(full.url)]
        self.app.copy_to_clipboard("\n\n".join(p for p in parts if p) + "\n")
        words = len(full.body.split())
        self.notify(f"Copied the article's text ({counted(words, 'word', 'words')})",
                    timeout=3, markup=False)

    def action_open_url(self: MainScreen) -> None:
        article = self._acted_on()
        url = safe_inline(article.url) if article else ""
        if not url:
            self.notify("This article has no URL", severity="warning", markup=False)
            return
        if not url.lower().startswith(("http://", "https://")):
            self.notify(f"Not opening a non-web link: {url}", severity="warning", markup=False)
            return
        self.open_in_browser(url)

    @work(thread=True, exclusive=True, group="browser")
    def open_in_browser(self: MainScreen, url: str) -> None:
        """Off the UI thread: a browser may take a while to answer."""
        opener = getattr(self.app, "open_in_browser", browser_opens)
        opened = opener(url)
        if opened:
            self.app.call_from_thread(
                self.notify, f"Opening {url}", timeout=3, markup=False
            )
        else:
            self.app.call_from_thread(
                self.notify,
                f"No browser opened it (set $BROWSER); y copies the link:\n{url}",
                severity="warning", timeout=10, markup=False,
            )
