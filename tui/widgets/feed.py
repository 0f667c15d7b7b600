"""The feed: one row per article, drawn with the Line API so 100,000 rows cost nothing.

Rows come from paged store queries (`page(flt, offset, limit)` / `count(flt)`), cached by
page; rendered lines are cached as Strips. Nothing here grows with the archive size.
A wide feed draws one line per article; a narrow one (beside an open article) two, so
the title keeps a whole line (see `feed_rows`). Changing the view keeps the cursor on
the same article when it is still there (`index_of`), else near where it was.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from typing import Protocol

from rich.cells import cell_len
from rich.style import Style
from rich.text import Text
from textual import events, work
from textual.binding import Binding
from textual.cache import LRUCache
from textual.color import Color
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.worker import get_current_worker

from tui.formatting import Dates
from tui.models import Article, ParallaxError
from tui.store import ArticleFilter, EventSummary
from tui.themes import badge_colour
from tui.widgets.cursor_keys import CursorKeys
from tui.widgets.feed_rows import TWO_LINE_BELOW, Group, RowStyle, narrow_row, wide_gutter, wide_row

PAGE_SIZE = 200

# Where the cursor should land after a reload: (row index, its line on screen).
Placement = tuple[int, int]


class FeedSource(Protocol):
    """What the feed needs from the store."""

    def count(self, flt: ArticleFilter = ...) -> int: ...

    def page(self, flt: ArticleFilter, offset: int, limit: int) -> list[Article]: ...

    def event_summaries(self, event_ids: Iterable[int]) -> dict[int, EventSummary]: ...

    def index_of(
        self, article_id: int, flt: ArticleFilter = ..., *, nearest: bool = False
    ) -> int | None: ...


class FeedView(CursorKeys, ScrollView, can_focus=True):
    """Articles newest first; `enter` opens the one under the cursor."""

    BINDINGS = [
        Binding("j,down", "cursor_down", "Down", show=False, id="feed.down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="feed.up"),
        Binding("g,home", "first", "First", show=False, id="feed.first"),
        Binding("G,end", "last", "Last", show=False, id="feed.last"),
        Binding("pageup", "page_up", "Page up", show=False, id="feed.page_up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="feed.page_down"),
        Binding("enter", "open", "Open", show=False, id="feed.open"),
    ]

    COMPONENT_CLASSES = {
        "feed--cursor",
        "feed--cursor-blurred",
        "feed--read",
        "feed--meta",
        "feed--empty",
    }

    DEFAULT_CSS = """
    FeedView {
        background: $surface;
        scrollbar-gutter: stable;
        overflow-x: hidden;
        & > .feed--cursor { background: $primary 40%; color: $text; text-style: bold; }
        & > .feed--cursor-blurred { background: $primary 15%; color: $text; }
        & > .feed--read { color: $text-muted; }
        & > .feed--meta { color: $text-muted; }
        & > .feed--empty { color: $text-muted; text-style: italic; }
    }
    """

    cursor: reactive[int] = reactive(0, always_update=True, init=False)

    class Highlighted(Message):
        """The cursor moved onto an article."""

        def __init__(self, feed: FeedView, article: Article | None) -> None:
            super().__init__()
            self.feed = feed
            self.article = article

    class Opened(Message):
        """The user opened an article (enter / click)."""

        def __init__(self, feed: FeedView, article: Article) -> None:
            super().__init__()
            self.feed = feed
            self.article = article

    class Counted(Message):
        """The number of rows in the feed changed (new filter, import)."""

        def __init__(self, feed: FeedView, count: int) -> None:
            super().__init__()
            self.feed = feed
            self.count = count

    def __init__(
        self,
        source: FeedSource,
        dates: Dates,
        flt: ArticleFilter | None = None,
        *,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self._source = source
        self._dates = dates
        self._filter = flt or ArticleFilter()
        self._count = 0
        self._pages: LRUCache[int, list[Article]] = LRUCache(maxsize=64)
        self._strips: LRUCache[tuple[int, int, int, bool, bool], Strip] = LRUCache(maxsize=2048)
        self._styles: dict[str, Style] = {}
        self._events: dict[int, EventSummary] = {}  # of loaded pages, when grouped by event
        self._pending: ArticleFilter | None = None  # a load_filter still running
        self._date_w: int | None = None
        self._two_line: bool | None = None  # None: two lines when narrow
        self._width: int | None = None  # cells per line, reset on resize
        self.error: str | None = None

    # -- data ----------------------------------------------------------------------------

    @property
    def filter(self) -> ArticleFilter:
        return self._filter

    @property
    def count(self) -> int:
        return self._count

    @property
    def loading_rows(self) -> bool:
        """True while `load_filter` is still counting in the background."""
        return self._pending is not None

    def on_mount(self) -> None:
        self.reload(keep_position=False)
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._restyle())

    def _restyle(self) -> None:
        self._strips.clear()
        self._styles.clear()
        self.refresh()

    def _style(self, name: str) -> Style:
        """Styles used per row, resolved once per theme / focus change."""
        style = self._styles.get(name)
        if style is None:
            style = self._resolve_style(name)
            self._styles[name] = style
        return style

    def _resolve_style(self, name: str) -> Style:
        variables = self.app.theme_variables
        if name == "base":
            return self.rich_style
        if name == "cursor":
            component = "feed--cursor" if self.has_focus else "feed--cursor-blurred"
            style = self.get_component_rich_style(component)  # colours blended, text contrasted
            return Style(color=style.color, bgcolor=style.bgcolor, bold=style.bold)
        if name in ("unread", "star"):
            fallback = "#5fafd7" if name == "unread" else "#fbc02d"
            colour = Color.parse(variables.get(name, fallback)).rich_color
            return Style(color=colour, bold=name == "unread")
        if name.startswith("badge:"):
            bg = Color.parse(badge_colour(variables, name[6:] or None))
            return Style(color=bg.get_contrast_text().rich_color, bgcolor=bg.rich_color, bold=True)
        return self._foreground(f"feed--{name}")

    def set_filter(self, flt: ArticleFilter) -> None:
        """Show another view of the archive, keeping the cursor's article when it is there."""
        previous, self._filter = self._filter, flt
        self.workers.cancel_group(self, "feed-load")
        try:
            count, error = self._source.count(flt), None
            place = self._placement(self._anchor(), previous, flt, count)
        except ParallaxError as exc:
            count, error, place = 0, str(exc), None
        self._apply(count, error, None, keep_position=False, place=place)

    def reload(self, keep_position: bool = True) -> None:
        """Re-read the count and drop cached rows (after an import or a filter change)."""
        try:
            count, error = self._source.count(self._filter), None
        except ParallaxError as exc:
            count, error = 0, str(exc)
        self._apply(count, error, None, keep_position)

    def load_filter(self, flt: ArticleFilter, delay: float = 0.08) -> None:
        """Like `set_filter`, but counts and reads the first page in a thread.

        For search-as-you-type: each keystroke replaces the previous load (debounced by
        `delay`), and the UI never waits for a full-text query over a large archive.
        """
        self._pending = flt
        self._load(flt, self._filter, self._anchor(), delay)

    def _anchor(self) -> tuple[int, int] | None:
        """The cursor's article and its row on screen, to find again after a change."""
        article = self.current_article if self._count else None
        if article is None or article.id is None:
            return None
        return article.id, self.cursor - self._top_row()

    def _placement(
        self, anchor: tuple[int, int] | None, before: ArticleFilter, flt: ArticleFilter,
        count: int,
    ) -> Placement | None:
        """Where the anchored article is in `flt`: the same article when it is still in
        the view; else (a search: the top) the place it would have."""
        if anchor is None or not count:
            return None
        article_id, screen_row = anchor
        index = self._source.index_of(article_id, flt)
        if index is None:
            if flt.query and flt.query != before.query:
                return None
            index = self._source.index_of(article_id, flt, nearest=True)
            if index is None:
                return None
        return min(index, count - 1), screen_row

    @work(thread=True, exclusive=True, group="feed-load")
    def _load(
        self, flt: ArticleFilter, before: ArticleFilter, anchor: tuple[int, int] | None,
        delay: float,
    ) -> None:
        worker = get_current_worker()
        time.sleep(delay)
        if worker.is_cancelled:
            return
        events: dict[int, EventSummary] = {}
        place: Placement | None = None
        try:
            count, error = self._source.count(flt), None
            first, events = self._fetch(flt, 0, {}) if count else ([], {})
            if not worker.is_cancelled:
                place = self._placement(anchor, before, flt, count)
        except ParallaxError as exc:
            count, error, first = 0, str(exc), []
        if not worker.is_cancelled:
            self.app.call_from_thread(self._loaded, flt, count, error, first, events, place)

    def _loaded(
        self,
        flt: ArticleFilter,
        count: int,
        error: str | None,
        first: list[Article],
        events: dict[int, EventSummary],
        place: Placement | None = None,
    ) -> None:
        if flt == self._pending:  # else a newer filter was set meanwhile
            self._filter = flt
            self._apply(count, error, first, keep_position=False, events=events, place=place)

    def _apply(
        self,
        count: int,
        error: str | None,
        first: list[Article] | None,
        keep_position: bool,
        events: dict[int, EventSummary] | None = None,
        place: Placement | None = None,
    ) -> None:
        """Start over with a new count; `first` (and its events) may already be read."""
        self._pending = None
        self._pages.clear()
        self._strips.clear()
        self._events = dict(events or {})  # sizes change with imports: never kept
        if first is not None:
            self._pages[0] = first
        self._count, self.error = count, error
        self._set_virtual_size()
        if place is not None:
            index, screen_row = place
            self._scroll_to_row(max(0, index - screen_row))
            self.cursor = index
        elif not keep_position:
            self._scroll_to_row(0)
            self.cursor = 0
        else:
            # Kept by index: new articles arrive at the top.
            self.cursor = min(self.cursor, max(0, self._count - 1))
        self.refresh()
        self.post_message(self.Counted(self, self._count))

    def _set_virtual_size(self) -> None:
        width = self.scrollable_content_region.width
        self.virtual_size = Size(width, self._count * self.row_height)

    def _scroll_to_row(self, row: int) -> None:
        """Scroll so `row` is at the top, now and again once a new virtual size applies."""

        def scroll() -> None:
            self.scroll_to(y=row * self.row_height, animate=False, immediate=True)

        scroll()
        self.call_after_refresh(scroll)

    def article_at(self, index: int) -> Article | None:
        if not 0 <= index < self._count:
            return None
        number, row = divmod(index, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            try:
                page, events = self._fetch(self._filter, number, self._events)
            except ParallaxError:
                page, events = [], {}
            self._pages[number] = page
            self._events.update(events)
        return page[row] if row < len(page) else None

    def _fetch(
        self, flt: ArticleFilter, number: int, known: dict[int, EventSummary]
    ) -> tuple[list[Article], dict[int, EventSummary]]:
        """One page of rows and, when grouped by event, summaries of events not in `known`.

        Returns rather than stores, so a background load never touches the widget's state.
        """
        page = self._source.page(flt, number * PAGE_SIZE, PAGE_SIZE)
        if not _grouped(flt):
            return page, {}
        ids = {a.event_id for a in page if a.event_id is not None} - known.keys()
        return page, self._source.event_summaries(ids)

    def _group(self, index: int, article: Article) -> Group | None:
        """The row's place in its event's block of the grouped feed."""
        event = self._events.get(article.event_id) if article.event_id is not None else None
        if event is None or event.size < 2:
            return None
        before = self.article_at(index - 1) if index else None
        after = self.article_at(index + 1)
        return Group(
            event.size,
            before is not None and before.event_id == article.event_id,
            after is not None and after.event_id == article.event_id,
        )

    def _group_mark(self, index: int, article: Article) -> str:
        """Three cells tying the reports of one event together: "┌ 3", "│", "└"."""
        return wide_gutter(self._group(index, article))

    def event_of(self, article: Article) -> EventSummary | None:
        """The loaded summary of an article's event (grouped view only)."""
        return self._events.get(article.event_id) if article.event_id is not None else None

    @property
    def current_article(self) -> Article | None:
        return self.article_at(self.cursor)

    def update_article(
        self, article_id: int, *, read: bool | None = None, starred: bool | None = None
    ) -> None:
        """Reflect a read/star change in the cached rows without re-querying."""
        for number in list(self._pages.keys()):
            for article in self._pages.get(number) or []:
                if article.id == article_id:
                    if read is not None:
                        article.read = read
                    if starred is not None:
                        article.starred = starred
        self._strips.clear()
        self.refresh()

    def drawn_rows(self) -> set[int]:
        """Rows with a rendered line in the cache (for benchmarks and tests)."""
        return {key[0] for key in self._strips.keys()}  # noqa: SIM118 - LRUCache

    def forget_drawn_rows(self) -> None:
        self._strips.clear()

    def select_index(self, index: int) -> None:
        if self._count:
            self.cursor = max(0, min(index, self._count - 1))

    # -- cursor --------------------------------------------------------------------------

    @property
    def row_height(self) -> int:
        """Lines per article: two beside an article, or when too narrow for one."""
        if self._two_line is not None:
            return 2 if self._two_line else 1
        return 2 if self._line_width() < TWO_LINE_BELOW else 1

    def _line_width(self) -> int:
        """Cells per line, cached per size: looking up the region while the screen is
        drawing can make Textual rebuild its whole layout map, once per line."""
        if self._width is None:
            self._width = self.scrollable_content_region.width
        return self._width

    def set_two_line(self, two_line: bool | None) -> None:
        """Force two-line rows (True), one-line rows (False) or choose by width (None)."""
        if two_line == self._two_line:
            return
        screen_line = self.cursor * self.row_height - round(self.scroll_offset.y)
        self._two_line = two_line
        self._strips.clear()
        self._set_virtual_size()
        # The cursor's row stays on the same screen line when it fits there.
        height = max(1, self.scrollable_content_region.height)
        screen_line = max(0, min(screen_line, height - self.row_height))
        top = max(0, self.cursor * self.row_height - screen_line)
        top -= top % self.row_height  # whole rows at the top

        def scroll() -> None:
            self.scroll_to(y=top, animate=False, immediate=True)

        scroll()
        self.call_after_refresh(scroll)
        self.refresh()

    def _top_row(self) -> int:
        return round(self.scroll_offset.y) // self.row_height

    def watch_cursor(self, old: int, new: int) -> None:
        if self._count and not 0 <= new < self._count:
            self.cursor = max(0, min(new, self._count - 1))
            return
        top = round(self.scroll_offset.y)
        self._scroll_cursor_into_view()
        if round(self.scroll_offset.y) == top:
            self._refresh_row(old)  # only the two rows that changed
            self._refresh_row(new)
        else:
            self.refresh()
        self.post_message(self.Highlighted(self, self.current_article))

    def _refresh_row(self, index: int) -> None:
        height = self.row_height
        for line in range(height):
            self.refresh_line(index * height + line)

    def _scroll_cursor_into_view(self) -> None:
        self._scroll_cursor_now()
        # After a reload the new virtual size only applies at the next layout.
        self.call_after_refresh(self._scroll_cursor_now)

    def _scroll_cursor_now(self) -> None:
        height = max(1, self.scrollable_content_region.height)
        rows = self.row_height
        top = round(self.scroll_offset.y)
        first, last = self.cursor * rows, self.cursor * rows + rows - 1
        if first < top:
            self.scroll_to(y=first, animate=False, immediate=True)
        elif last >= top + height:
            self.scroll_to(y=last - height + 1, animate=False, immediate=True)

    def _page_height(self) -> int:
        """Rows per page (a page keeps one row of the last in view)."""
        return max(1, self.scrollable_content_region.height // self.row_height - 1)

    def action_page_down(self) -> None:
        step = self._page_height()
        lines = step * self.row_height
        self.scroll_to(y=self.scroll_offset.y + lines, animate=False, immediate=True)
        self.select_index(self.cursor + step)

    def action_page_up(self) -> None:
        step = self._page_height()
        lines = step * self.row_height
        self.scroll_to(y=max(0, self.scroll_offset.y - lines), animate=False, immediate=True)
        self.select_index(self.cursor - step)

    def action_open(self) -> None:
        article = self.current_article
        if article is not None:
            self.post_message(self.Opened(self, article))

    def on_click(self, event: events.Click) -> None:
        index = (round(self.scroll_offset.y) + event.y) // self.row_height
        if 0 <= index < self._count:
            self.cursor = index
            self.action_open()

    def on_focus(self) -> None:
        self._restyle()

    def on_blur(self) -> None:
        self._restyle()

    def on_resize(self) -> None:
        """A new width may change the row height: keep the cursor's row in view."""
        self._width = None
        self._strips.clear()
        self._set_virtual_size()
        if self._count:
            self._scroll_cursor_into_view()

    # -- drawing -------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        width = self._line_width()
        index, line = divmod(round(self.scroll_offset.y) + y, self.row_height)
        base = self._style("base")
        if self._count == 0:
            if y == 0:
                return self._message_line(width)
            return Strip.blank(width, base)
        if index >= self._count:
            return Strip.blank(width, base)
        is_cursor = index == self.cursor
        key = (index, line, width, is_cursor, self.has_focus)
        strip = self._strips.get(key)
        if strip is None:
            article = self.article_at(index)
            if article is None:
                return Strip.blank(width, base)
            strip = self._render_row(article, width, is_cursor, index, line)
            self._strips[key] = strip
        return strip

    def _message_line(self, width: int) -> Strip:
        text = self.error or "No articles here. Press escape to clear search and filters."
        line = Text(" " + text, style=self._style("empty"))
        line.truncate(width, overflow="ellipsis", pad=True)
        line.stylize_before(self._style("base"))
        return Strip(list(line.render(self.app.console)), width)

    def _foreground(self, component: str) -> Style:
        """A component's colour and text style, blended on the widget's background (no bg)."""
        style = self.get_component_rich_style(component)
        return Style(color=style.color, bold=style.bold, italic=style.italic)

    def _row_style(self, article: Article, is_cursor: bool) -> RowStyle:
        base = self._style("base")
        if is_cursor:
            base = base + self._style("cursor")
        meta = base if is_cursor else base + self._style("meta")
        if article.read and not is_cursor:
            title = base + self._style("read")
        else:
            title = base + Style(bold=True)
        return RowStyle(
            base, meta, title, self._style("unread"), self._style("star"),
            self._style(f"badge:{(article.language or '').lower()}"),
        )

    def _date(self, article: Article) -> tuple[str, int]:
        """The row's date and the date column's width in cells (the widest month)."""
        if self._date_w is None:
            samples = (self._dates.short(f"2025-{m:02d}-28T12:00:00+00:00") for m in range(1, 13))
            self._date_w = max(cell_len(sample) for sample in samples)
        return self._dates.short(article.published, article.published_precision), self._date_w

    def _render_row(
        self, article: Article, width: int, is_cursor: bool, index: int, line: int = 0
    ) -> Strip:
        """One line of a row as segments (no markup is ever parsed: article text is data)."""
        grouped = _grouped(self._filter)
        group = self._group(index, article) if grouped else None
        style = self._row_style(article, is_cursor)
        if self.row_height == 2:
            segments = narrow_row(article, line, width, style, self._date(article), group, grouped)
        else:
            segments = wide_row(article, width, style, self._date(article), group, grouped)
        return Strip(segments).crop_extend(0, width, style.base)


def _grouped(flt: ArticleFilter) -> bool:
    """Reports of one event sit together (grouped, or biggest event first)."""
    return flt.group_events or flt.sort == "event_size"
