"""Two texts side by side in one scroll view: each row is an aligned passage.

One `ScrollView` draws both columns with the Line API, so aligned passages stay level
while scrolling by construction, and a long article is one widget, not hundreds. Text
is rich `Text` (never markup); wrapping is cached per width, and a highlight change
re-renders only the rows it touches (row heights never change with a highlight).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.geometry import Region, Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.widgets.compare.model import CompareModel, FactRow, Passage, SentenceText, Span
from tui.widgets.compare.styles import component_style

GUTTER = 3  # " ▏ " between the columns
MARGIN = 1  # blank column at each edge


class ParallelText(ScrollView, can_focus=True):
    """Passages of A (left) and B (right); `show_fact` highlights a fact's sentences."""

    BINDINGS = [
        Binding("j,down", "scroll_down", "Down", show=False, id="compare.text.down"),
        Binding("k,up", "scroll_up", "Up", show=False, id="compare.text.up"),
        Binding("g,home", "scroll_home", "Top", show=False, id="compare.text.top"),
        Binding("G,end", "scroll_end", "Bottom", show=False, id="compare.text.bottom"),
        Binding("space,pagedown", "page_down", "Page down", show=False,
                id="compare.text.page_down"),
        Binding("b,pageup", "page_up", "Page up", show=False, id="compare.text.page_up"),
    ]

    COMPONENT_CLASSES = {
        "parallel--highlight",
        "parallel--fact",
        "parallel--removed",
        "parallel--added",
        "parallel--divider",
        "parallel--divider-aligned",
        "parallel--current",
        "parallel--message",
    }

    DEFAULT_CSS = """
    ParallelText {
        height: 1fr;
        background: $background;
        color: $foreground;
        scrollbar-size-vertical: 1;
        & > .parallel--highlight { background: $accent 25%; }
        & > .parallel--fact { text-style: bold reverse; }
        & > .parallel--removed { color: $only; text-style: strike; }
        & > .parallel--added { color: $only; text-style: underline; }
        & > .parallel--divider { color: $panel-lighten-2; }
        & > .parallel--divider-aligned { color: $primary 60%; }
        & > .parallel--current { background: $boost; }
        & > .parallel--message { color: $text-muted; text-style: italic; }
        &:focus { background-tint: $primary 4%; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.model: CompareModel | None = None
        self.highlighted_a: frozenset[int] = frozenset()
        self.highlighted_b: frozenset[int] = frozenset()
        self.fact: FactRow | None = None
        self.current_rows: frozenset[int] = frozenset()
        self.message = ""
        self._row_of_a: dict[int, int] = {}
        self._row_of_b: dict[int, int] = {}
        # layout for one width: per row its top line and height; wrapped lines per side
        self._layout_width = -1
        self._tops: list[int] = []
        self._heights: list[int] = []
        self._lines: dict[tuple[int, str], list[Strip]] = {}
        self._styles: dict[str, Style] = {}

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._restyle())

    def _restyle(self) -> None:
        self._styles.clear()
        self._lines.clear()
        self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles.clear()
        self._lines.clear()

    # -- content -------------------------------------------------------------------------

    def show_model(self, model: CompareModel) -> None:
        """Show a comparison (no highlight, scrolled to the top)."""
        self.model = model
        self.highlighted_a = self.highlighted_b = frozenset()
        self.fact = None
        self.current_rows = frozenset()
        self.message = "" if model.passages else "Neither article has any text."
        self._row_of_a = {i: n for n, p in enumerate(model.passages) for i in p.a}
        self._row_of_b = {j: n for n, p in enumerate(model.passages) for j in p.b}
        self._layout_width = -1
        self._lines.clear()
        self._relayout()
        self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    @property
    def passages(self) -> Sequence[Passage]:
        return self.model.passages if self.model else ()

    def row_of(self, side: str, sentence: int) -> int | None:
        return (self._row_of_a if side == "a" else self._row_of_b).get(sentence)

    def row_region(self, n: int) -> Region:
        """Where row `n` is in the scrollable content (its text, not the blank after it)."""
        self._relayout()
        if not 0 <= n < len(self._tops):
            return Region(0, 0, 0, 0)
        return Region(0, self._tops[n], self.size.width, max(self._heights[n] - 1, 1))

    def visible_rows(self) -> list[int]:
        top = self.scroll_offset.y
        bottom = top + self.scrollable_content_region.height
        return [n for n in range(len(self._tops))
                if self._tops[n] < bottom and self._tops[n] + self._heights[n] - 1 > top]

    # -- highlight -----------------------------------------------------------------------

    def show_fact(self, fact: FactRow | None, *, scroll: bool = True) -> None:
        """Highlight the sentences `fact` comes from on both sides and bring them into view."""
        old = self.current_rows
        self.fact = fact
        a = {fact.sentence_a} if fact and fact.sentence_a is not None else set()
        b = {fact.sentence_b} if fact and fact.sentence_b is not None else set()
        self.highlighted_a, self.highlighted_b = frozenset(a), frozenset(b)
        rows = {self._row_of_a.get(i) for i in a} | {self._row_of_b.get(j) for j in b}
        self.current_rows = frozenset(r for r in rows if r is not None)
        for n in old | self.current_rows:
            self._lines.pop((n, "a"), None)
            self._lines.pop((n, "b"), None)
        self.refresh()
        if scroll and self.current_rows:
            rows = sorted(self.current_rows)
            # after the next refresh: the view may not have its final size yet
            self.call_after_refresh(self.scroll_to_rows, rows)

    def scroll_to_rows(self, rows: list[int]) -> None:
        """Bring rows into view (both if they fit, else the first), one line of context."""
        if not self.is_mounted or self.model is None:
            return
        self._relayout()
        regions = [self.row_region(n) for n in rows if 0 <= n < len(self._tops)]
        if not regions:
            return
        top = min(r.y for r in regions)
        bottom = max(r.bottom for r in regions)
        height = self.scrollable_content_region.height
        if bottom - top + 1 <= height:
            self.scroll_to_region(
                Region(0, max(top - 1, 0), 1, bottom - top + 1),
                animate=False, force=True, immediate=True, top=True,
            )
        else:
            self.scroll_to(y=max(regions[0].y - 1, 0), animate=False, force=True, immediate=True)

    # -- layout --------------------------------------------------------------------------

    def _column_widths(self) -> tuple[int, int]:
        width = self.scrollable_content_region.width or self.size.width
        inner = max(width - 2 * MARGIN - GUTTER, 2)
        return inner // 2, inner - inner // 2

    def _relayout(self) -> None:
        width = self.scrollable_content_region.width or self.size.width
        if width == self._layout_width or self.model is None:
            return
        self._layout_width = width
        self._lines.clear()
        self._tops, self._heights = [], []
        y = 0
        for n in range(len(self.model.passages)):
            height = max(len(self._side_lines(n, "a")), len(self._side_lines(n, "b"))) + 1
            self._tops.append(y)
            self._heights.append(height)
            y += height
        self.virtual_size = Size(width, max(y, 1 if self.message else 0))

    def on_resize(self) -> None:
        width = self._layout_width
        self._relayout()
        if width != self._layout_width and self.current_rows:
            self.scroll_to_rows(sorted(self.current_rows))  # keep the fact in view
        self.refresh()

    # -- rendering -----------------------------------------------------------------------

    def _style(self, name: str) -> Style:
        style = self._styles.get(name)
        if style is None:
            style = self._styles[name] = component_style(self, f"parallel--{name}")
        return style

    def _side_lines(self, n: int, side: str) -> list[Strip]:
        key = (n, side)
        lines = self._lines.get(key)
        if lines is not None:
            return lines
        assert self.model is not None
        model, fact = self.model, self.fact
        passage = model.passages[n]
        if side == "a":
            text = self.side_text(model.texts_a, passage.a, self.highlighted_a, model.removed,
                                  "removed", fact.span_a if fact else None)
            width = self._column_widths()[0]
        else:
            text = self.side_text(model.texts_b, passage.b, self.highlighted_b, model.added,
                                  "added", fact.span_b if fact else None)
            width = self._column_widths()[1]
        if not text.plain:
            lines = []
        else:
            console = self.app.console
            options = console.options.update_width(width)
            lines = [
                Strip(segments, width)
                for segments in console.render_lines(text, options, pad=True, new_lines=False)
            ]
        self._lines[key] = lines
        return lines

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width or self.size.width
        base = self.rich_style
        if self.model is None or not self._tops:
            if y == 1 and self.message:
                text = Text("  " + self.message, style=self._style("message"))
                return Strip(text.render(self.app.console)).extend_cell_length(
                    width, base).crop(0, width).apply_style(base)
            return Strip.blank(width, base)
        self._relayout()
        line = self.scroll_offset.y + y
        n = bisect_right(self._tops, line) - 1
        if n < 0 or n >= len(self._tops):
            return Strip.blank(width, base)
        k = line - self._tops[n]
        if k >= self._heights[n] - 1:
            return Strip.blank(width, base)
        width_a, width_b = self._column_widths()
        passage = self.model.passages[n]
        row_style = base + self._style("current") if n in self.current_rows else base
        left = self._side_lines(n, "a")
        right = self._side_lines(n, "b")
        divider = self._style("divider-aligned" if passage.aligned else "divider")
        segments = [Segment(" " * MARGIN)]
        segments.extend(left[k] if k < len(left) else [Segment(" " * width_a)])
        segments.extend([Segment(" "), Segment("▏", divider), Segment(" ")])
        segments.extend(right[k] if k < len(right) else [Segment(" " * width_b)])
        strip = Strip(segments).extend_cell_length(width).crop(0, width)
        return strip.apply_style(row_style)

    def side_text(
        self,
        texts: Sequence[SentenceText],
        indices: Iterable[int],
        highlighted: frozenset[int],
        diff: dict[int, list[Span]],
        diff_style: str,
        fact_span: Span | None,
    ) -> Text:
        """One side of one row: its sentences with diff marks and the highlight."""
        out = Text(end="")
        first = True
        for i in indices:
            if i >= len(texts):
                continue
            sentence = texts[i]
            if not first:
                out.append("\n\n" if sentence.paragraph_start else " ")
            first = False
            piece = Text(sentence.text)
            for start, end in diff.get(i, ()):
                piece.stylize(self._style(diff_style), start, end)
            if i in highlighted:
                piece.stylize(self._style("highlight"))
                if fact_span is not None:
                    span = sentence.span(*fact_span)
                    if span is not None:
                        piece.stylize(self._style("fact"), *span)
            out.append_text(piece)
        return out
