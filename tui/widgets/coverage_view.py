"""An event's coverage, drawn with the Line API: reports on a timeline, what only each
says, the figures they disagree on. Lines come from `coverage_lines.build_lines`; only
the lines on screen are turned into Strips (cached), the cursor line is restyled on move.
"""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.binding import Binding
from textual.cache import LRUCache
from textual.color import Color
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.event_report import Coverage
from tui.formatting import Dates
from tui.models import Article
from tui.themes import badge_colour
from tui.widgets.coverage_lines import POINTER, CoverageLines, build_lines

ROLES = ("title", "meta", "heading", "report", "outlet", "first", "only", "conflict",
         "strip", "empty", "cursor", "marked")


class CoverageView(ScrollView, can_focus=True):
    """`j`/`k` move between reports; `space` marks one (for `c`)."""

    BINDINGS = [
        Binding("j,down", "move(1)", "Next report", show=False, id="coverage.down"),
        Binding("k,up", "move(-1)", "Previous report", show=False, id="coverage.up"),
        Binding("g,home", "jump(0)", "First report", show=False, id="coverage.first"),
        Binding("G,end", "jump(-1)", "Last report", show=False, id="coverage.last"),
        Binding("pagedown", "move(10)", "Ten reports on", show=False, id="coverage.page_down"),
        Binding("pageup", "move(-10)", "Ten reports back", show=False, id="coverage.page_up"),
        Binding("space", "mark", "Mark", id="coverage.mark"),
    ]

    COMPONENT_CLASSES = {f"coverage--{r}" for r in ROLES}

    DEFAULT_CSS = """
    CoverageView {
        background: $surface;
        padding: 0 1;
        scrollbar-gutter: stable;
        & > .coverage--title { text-style: bold; color: $text; }
        & > .coverage--meta { color: $text-muted; }
        & > .coverage--heading { text-style: bold; color: $accent; }
        & > .coverage--report { color: $text; }
        & > .coverage--outlet { color: $text-muted; }
        & > .coverage--first { text-style: bold; color: $success; }
        & > .coverage--only { color: $text-muted; text-style: italic; }
        & > .coverage--conflict { color: $warning; text-style: bold; }
        & > .coverage--strip { color: $primary; text-style: bold; }
        & > .coverage--empty { color: $text-muted; text-style: italic; }
        & > .coverage--cursor { background: $primary 40%; color: $text; text-style: bold; }
        & > .coverage--marked { color: $accent; text-style: bold; }
    }
    """

    selected: reactive[int] = reactive(0, always_update=True, init=False)

    def __init__(self, dates: Dates, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._dates = dates
        self.data: Coverage | None = None
        self.reports: list[Article] = []
        self.why: list[str] = []
        self.marked: int | None = None
        self.view = CoverageLines()
        self._built_for = -1
        self._strips: LRUCache[tuple[int, bool], Strip] = LRUCache(maxsize=512)

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _t: self._restyle())

    def show(self, data: Coverage, reports: list[Article], why: list[str]) -> None:
        self.data, self.reports, self.why = data, reports, why
        self.marked = None
        self._built_for = -1
        self.selected = min(self.selected, max(0, len(reports) - 1))
        self._rebuild()

    @property
    def drawn(self) -> bool:
        """Whether lines of an event have been drawn (benchmarks wait for this)."""
        return self.data is not None and bool(self._strips.keys())

    @property
    def report(self) -> Article | None:
        return self.reports[self.selected] if self.reports else None

    def _rebuild(self) -> None:
        width = max(20, self.scrollable_content_region.width)
        if self.data is None or width == self._built_for:
            return
        self._built_for = width
        self.view = build_lines(self.data, self.reports, self.why, self._dates, width)
        self.virtual_size = Size(self.view.width, len(self.view.lines))
        self._restyle()

    def _restyle(self) -> None:
        self._strips.clear()
        self.refresh()

    def on_resize(self) -> None:
        self._rebuild()

    # -- moving --------------------------------------------------------------------------

    def action_move(self, step: int) -> None:
        if self.reports:
            self.selected = max(0, min(len(self.reports) - 1, self.selected + step))

    def action_jump(self, index: int) -> None:
        if self.reports:
            self.selected = index % len(self.reports)

    def action_mark(self) -> None:
        if self.reports:
            self.marked = None if self.marked == self.selected else self.selected
            self._restyle()

    def watch_selected(self, old: int, new: int) -> None:
        rows = self.view.report_rows
        if new < len(rows):
            line = rows[new]
            height = max(1, self.scrollable_content_region.height)
            top = round(self.scroll_offset.y)
            if new == 0:
                self.scroll_to(y=0, animate=False, immediate=True)
            elif line < top:
                self.scroll_to(y=line, animate=False, immediate=True)
            elif line >= top + height:
                self.scroll_to(y=line - height + 2, animate=False, immediate=True)
        self.refresh()

    # -- drawing -------------------------------------------------------------------------

    def _style(self, role: str) -> Style:
        if role.startswith("badge:"):
            bg = Color.parse(badge_colour(self.app.theme_variables, role[6:] or None))
            return Style(color=bg.get_contrast_text().rich_color, bgcolor=bg.rich_color,
                         bold=True)
        style = self.get_component_rich_style(f"coverage--{role}")
        return Style(color=style.color, bold=style.bold, italic=style.italic,
                     reverse=style.reverse)

    def render_line(self, y: int) -> Strip:
        index = round(self.scroll_offset.y) + y
        width = self.scrollable_content_region.width
        base = self.rich_style
        if not 0 <= index < len(self.view.lines):
            return Strip.blank(width, base)
        rows = self.view.report_rows
        is_cursor = self.selected < len(rows) and rows[self.selected] == index
        line = self.view.lines[index]
        dynamic = bool(line) and line[0][1] == POINTER
        strip = None if dynamic else self._strips.get((index, is_cursor))
        if strip is None:
            strip = self._pointer(base) if dynamic else self._strip(index, is_cursor, base)
            if not dynamic:
                self._strips[(index, is_cursor)] = strip
        x = round(self.scroll_offset.x)
        return strip.crop_extend(x, x + width, base)

    def _strip(self, index: int, is_cursor: bool, base: Style) -> Strip:
        line = list(self.view.lines[index])
        rows = self.view.report_rows
        if index in rows and line:
            number = rows.index(index)
            lead = "▶ " if is_cursor else ("✓ " if number == self.marked else "  ")
            role = "marked" if number == self.marked and not is_cursor else line[0][1]
            line[0] = (lead + line[0][0][2:], role)
        over = Style()
        if is_cursor:
            cur = self.get_component_rich_style("coverage--cursor")
            over = Style(bgcolor=cur.bgcolor, bold=True)
        segments = [Segment(text, base + self._style(role) + (
            over if not role.startswith("badge:") else Style())) for text, role in line]
        if is_cursor:
            width = max(self.scrollable_content_region.width, self.view.width)
            return Strip(segments).extend_cell_length(width, base + over)
        return Strip(segments)

    def _pointer(self, base: Style) -> Strip:
        """`▲ #3` under the timeline strip, at the selected report's place on it."""
        marks = self.view.marks
        if not marks:
            return Strip.blank(1, base)
        at = self.view.strip_start + marks[min(self.selected, len(marks) - 1)]
        label = f"▲ #{self.selected + 1}"
        return Strip([Segment(" " * at, base),
                      Segment(label, base + self._style("strip"))])
