"""The events list: one line per event, drawn with the Line API over paged store queries.

Like the feed, nothing here grows with the archive: rows come a page at a time
(`event_rows(…, offset, limit)`), rendered lines are cached as Strips. Conflict counts that
are not cached yet are computed in a worker for the rows on screen only, a moment after
they are drawn.
"""

from __future__ import annotations

from datetime import datetime

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import work
from textual.binding import Binding
from textual.cache import LRUCache
from textual.color import Color
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.formatting import Dates, counted
from tui.store import EventRow, Store
from tui.themes import badge_colour
from tui.widgets.cursor_keys import CursorKeys
from tui.widgets.safe import safe_inline

PAGE_SIZE = 100
CONFLICTS_DELAY = 0.15  # seconds after a paint before counting the rows' conflicts
SPARK = "▁▂▃▄▅▆▇█"
SPARK_WIDTH = 8


def sparkline(times: list[str], width: int = SPARK_WIDTH) -> str:
    """Reports over the event's time span as block characters (height = reports); one
    report, or all at one moment, is a single bar at the start."""
    moments = []
    for t in times:
        try:
            moments.append(datetime.fromisoformat(t.replace("Z", "+00:00")))
        except ValueError:
            continue
    if not moments:
        return " " * width
    first, last = min(moments), max(moments)
    span = (last - first).total_seconds() or 1.0
    buckets = [0] * width
    for m in moments:
        buckets[min(width - 1, int((m - first).total_seconds() / span * width))] += 1
    top = max(buckets)
    # "▁" is the baseline (no reports then); any report raises its bar to at least "▂".
    return "".join(SPARK[0] if n == 0 else SPARK[1 + min(6, (n * 7 - 1) // top)]
                   for n in buckets)


class EventList(CursorKeys, ScrollView, can_focus=True):
    """Events, newest report first; `enter` opens the coverage of the one under the cursor."""

    BINDINGS = [
        Binding("j,down", "cursor_down", "Down", show=False, id="events.down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="events.up"),
        Binding("g,home", "first", "First", show=False, id="events.first"),
        Binding("G,end", "last", "Last", show=False, id="events.last"),
        Binding("pagedown", "page_down", "Page down", show=False, id="events.page_down"),
        Binding("pageup", "page_up", "Page up", show=False, id="events.page_up"),
        Binding("enter", "open", "Coverage", id="events.open"),
    ]

    COMPONENT_CLASSES = {"events--cursor", "events--meta", "events--conflict", "events--empty"}

    DEFAULT_CSS = """
    EventList {
        background: $surface;
        scrollbar-gutter: stable;
        overflow-x: hidden;
        & > .events--cursor { background: $primary 40%; color: $text; text-style: bold; }
        & > .events--meta { color: $text-muted; }
        & > .events--conflict { color: $warning; text-style: bold; }
        & > .events--empty { color: $text-muted; text-style: italic; }
    }
    """

    cursor: reactive[int] = reactive(0, always_update=True, init=False)

    class Opened(Message):
        def __init__(self, row: EventRow) -> None:
            super().__init__()
            self.row = row

    def __init__(self, store: Store, dates: Dates, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._store = store
        self._dates = dates
        self.language: str | None = None
        self.query_text: str | None = None
        self.marked_id: int | None = None  # the event `m` will merge into (shown with ✓)
        self._count = 0
        self._pages: LRUCache[int, list[EventRow]] = LRUCache(maxsize=32)
        self._sparks: dict[int, str] = {}
        self._strips: LRUCache[tuple[int, int, bool], Strip] = LRUCache(maxsize=1024)
        self._conflicts_due = False
        self._counting: set[int] = set()

    @property
    def count(self) -> int:
        return self._count

    def on_mount(self) -> None:
        self.reload()
        self.app.theme_changed_signal.subscribe(self, lambda _t: self._restyle())

    def _restyle(self) -> None:
        self._strips.clear()
        self.refresh()

    def mark(self, event_id: int | None) -> None:
        self.marked_id = event_id
        self._restyle()

    def reload(self) -> None:
        """Re-count and drop cached rows (after a filter change, a split or a merge)."""
        self._count = self._store.event_row_count(None, self.language, self.query_text)
        self._pages.clear()
        self._strips.clear()
        self._sparks.clear()
        self.cursor = min(self.cursor, max(0, self._count - 1))
        self.virtual_size = Size(self.scrollable_content_region.width, self._count)
        self.refresh()

    def set_filter(self, language: str | None, query: str | None) -> None:
        self.language, self.query_text = language, query or None
        self.cursor = 0
        self.scroll_to(y=0, animate=False, immediate=True)
        self.reload()

    def row_at(self, index: int) -> EventRow | None:
        if not 0 <= index < self._count:
            return None
        number, offset = divmod(index, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None:
            page = self._store.event_rows(None, self.language, number * PAGE_SIZE, PAGE_SIZE,
                                          self.query_text)
            times = self._store.event_report_times([r.id for r in page])
            self._sparks.update({r.id: sparkline(times.get(r.id, [])) for r in page})
            self._pages[number] = page
        return page[offset] if offset < len(page) else None

    @property
    def counting_conflicts(self) -> bool:
        """Conflict counts for drawn rows are due or being computed."""
        return self._conflicts_due or bool(self._counting)

    def _want_conflicts(self) -> None:
        """A row without a cached conflict count was drawn: count the rows on screen a
        moment after this paint (the first paint never waits for the comparison engine)."""
        if not self._conflicts_due:
            self._conflicts_due = True
            self.set_timer(CONFLICTS_DELAY, self._count_visible)

    def _count_visible(self) -> None:
        self._conflicts_due = False
        top = round(self.scroll_offset.y)
        bottom = min(self._count, top + max(1, self.scrollable_content_region.height))
        rows = [self.row_at(i) for i in range(top, bottom)]
        ids = [r.id for r in rows if r is not None and r.conflicts is None
               and r.id not in self._counting]
        if ids:
            self._counting.update(ids)
            self._count_conflicts(ids)

    @work(thread=True, group="event-conflicts")
    def _count_conflicts(self, ids: list[int]) -> None:
        from tui.event_report import count_conflicts

        found = {i: count_conflicts(self._store, i) for i in ids}
        self.app.call_from_thread(self._conflicts_counted, found)

    def _conflicts_counted(self, found: dict[int, int]) -> None:
        self._counting.difference_update(found)
        for number in list(self._pages.keys()):
            for row in self._pages.get(number) or []:
                if row.id in found:
                    row.conflicts = found[row.id]
        self._strips.clear()
        self.refresh()

    def drawn_rows(self) -> set[int]:
        """Indexes of the rows drawn since the last reload (benchmarks wait for these)."""
        return {key[0] for key in self._strips.keys()}  # noqa: SIM118 (no __iter__)

    @property
    def current(self) -> EventRow | None:
        return self.row_at(self.cursor)

    # -- cursor ------------------------------------------------------------------------

    def select_index(self, index: int) -> None:
        if self._count:
            self.cursor = max(0, min(index, self._count - 1))

    def watch_cursor(self, old: int, new: int) -> None:
        height = max(1, self.scrollable_content_region.height)
        top = round(self.scroll_offset.y)
        if new < top:
            self.scroll_to(y=new, animate=False, immediate=True)
        elif new >= top + height:
            self.scroll_to(y=new - height + 1, animate=False, immediate=True)
        self.refresh()

    def action_page_down(self) -> None:
        self.select_index(self.cursor + max(1, self.scrollable_content_region.height - 1))

    def action_page_up(self) -> None:
        self.select_index(self.cursor - max(1, self.scrollable_content_region.height - 1))

    def action_open(self) -> None:
        row = self.current
        if row is not None:
            self.post_message(self.Opened(row))

    def on_resize(self) -> None:
        self._strips.clear()
        self.virtual_size = Size(self.scrollable_content_region.width, self._count)

    def on_focus(self) -> None:
        self._restyle()

    def on_blur(self) -> None:
        self._restyle()

    # -- drawing -------------------------------------------------------------------------

    def _fg(self, component: str) -> Style:
        style = self.get_component_rich_style(component)
        return Style(color=style.color, bold=style.bold, italic=style.italic)

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = round(self.scroll_offset.y) + y
        base = self.rich_style
        if self._count == 0:
            if y == 0:
                text = " No events here. Press escape to clear the filter."
                return Strip([Segment(_fit(text, width), base + self._fg("events--empty"))])
            return Strip.blank(width, base)
        row = self.row_at(index)
        if row is None:
            return Strip.blank(width, base)
        key = (index, width, index == self.cursor and self.has_focus)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._render_row(row, width, index == self.cursor)
            self._strips[key] = strip
        if row.conflicts is None:
            self._want_conflicts()
        return strip

    def _badge(self, code: str) -> Style:
        bg = Color.parse(badge_colour(self.app.theme_variables, code or None))
        return Style(color=bg.get_contrast_text().rich_color, bgcolor=bg.rich_color, bold=True)

    def _render_row(self, row: EventRow, width: int, is_cursor: bool) -> Strip:
        base = self.rich_style
        if is_cursor:
            cur = self.get_component_rich_style("events--cursor")
            base = base + Style(color=cur.color, bgcolor=cur.bgcolor, bold=cur.bold)
        meta = base if is_cursor else base + self._fg("events--meta")
        spark = self._sparks.get(row.id, " " * SPARK_WIDTH)
        conflicts = "  ?" if row.conflicts is None else f"{row.conflicts:>2}≠"
        warn = base + self._fg("events--conflict") if row.conflicts else meta
        date = self._dates.short(row.last_seen)
        mark = "✓" if row.id == self.marked_id else " "
        head = [
            Segment(mark, base + Style(bold=True)),
            Segment(f"{spark} ", meta),
            Segment(f"{row.size:>3}", base + Style(bold=True)),
            Segment(" ", base),
        ]
        langs = row.languages[:4]
        for code in langs:
            head.append(Segment(f"{code.upper():<2}", self._badge(code)))
            head.append(Segment(" ", base))
        head.append(Segment("   " * (4 - len(langs)), base))  # columns line up
        more = len(row.languages) - len(langs)
        head.append(Segment(f"+{more} " if more > 0 else "   ", meta))
        head.append(Segment(counted(len(row.sources), "outlet ", "outlets").rjust(10) + " ", meta))
        head.append(Segment(conflicts + " ", warn))
        used = sum(cell_len(s.text) for s in head)
        date_w = self._dates.short_width if width - used > 40 else 0
        label_w = max(1, width - used - (date_w + 1 if date_w else 0))
        segments = [*head, Segment(_fit(safe_inline(row.label) or "(untitled)", label_w), base)]
        if date_w:
            segments.append(Segment(" " + date.rjust(date_w)[:date_w], meta))
        return Strip(segments).crop_extend(0, width, base)


def _fit(text: str, width: int) -> str:
    if cell_len(text) <= width:
        return set_cell_size(text, width)
    return set_cell_size(text, width - 1) + "…"
