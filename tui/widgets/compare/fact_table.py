"""The fact table (concept, A, B, status) and its one-line summary."""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len, set_cell_size
from rich.text import Text
from textual.binding import Binding
from textual.events import Resize
from textual.message import Message
from textual.widgets import DataTable, Static

from tui.widgets.compare.model import CONFLICT, STATUS_LABEL, STATUS_SYMBOL, FactRow
from tui.widgets.compare.styles import component_style

_STATUS_CLASS = {"conflict": "conflict", "agree": "agree", "only_a": "only", "only_b": "only"}
_STATUS_WORD = {"conflict": "conflicts", "agree": "agree", "only_a": "A only", "only_b": "B only"}
_STATUS_WORD_ONE = {**_STATUS_WORD, "conflict": "conflict"}


def fit(text: str, width: int) -> str:
    """`text` cut to `width` cells (wide characters count two) with an ellipsis."""
    if width <= 0:
        return ""
    if cell_len(text) <= width:
        return text
    return set_cell_size(text, max(width - 1, 0)).rstrip() + "…"


class FactTable(DataTable[Text]):
    """One row per fact pair, conflicts first; moving the cursor selects a fact."""

    BINDINGS = [
        Binding("j", "cursor_down", "Down", show=False, id="compare.facts.down"),
        Binding("k", "cursor_up", "Up", show=False, id="compare.facts.up"),
        Binding("g,home", "first", "First", show=False, id="compare.facts.first"),
        Binding("G,end", "last", "Last", show=False, id="compare.facts.last"),
    ]

    COMPONENT_CLASSES = {
        "fact-table--conflict",
        "fact-table--agree",
        "fact-table--only",
        "fact-table--missing",
    }

    DEFAULT_CSS = """
    FactTable {
        height: auto;
        max-height: 35%;
        min-height: 4;
        background: $surface;
        scrollbar-size-vertical: 1;
        & > .fact-table--conflict { color: $conflict; text-style: bold; }
        & > .fact-table--agree { color: $agree; }
        & > .fact-table--only { color: $only; }
        & > .fact-table--missing { color: $text-muted; }
    }
    """

    class FactHighlighted(Message):
        """The cursor is on a fact (`index` into `rows`); `chosen` when enter was pressed."""

        def __init__(self, table: FactTable, index: int, fact: FactRow, chosen: bool) -> None:
            super().__init__()
            self.table = table
            self.index = index
            self.fact = fact
            self.chosen = chosen

        @property
        def control(self) -> FactTable:
            return self.table

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=False, show_row_labels=False)
        self.rows_data: list[FactRow] = []
        self._width = 0
        self._announced: FactRow | None = None

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(
            self, lambda _theme: self.call_after_refresh(self._rebuild)
        )

    # -- data ----------------------------------------------------------------------------

    def set_facts(self, rows: Sequence[FactRow], cursor: int = 0) -> None:
        self.rows_data = list(rows)
        self._rebuild(cursor)

    @property
    def current(self) -> FactRow | None:
        if not self.rows_data or self.cursor_row >= len(self.rows_data):
            return None
        return self.rows_data[self.cursor_row]

    def row_values(self, index: int) -> tuple[str, str, str, str]:
        """The plain text shown in a row: (concept, A, B, status)."""
        return tuple(cell.plain for cell in self.get_row_at(index))  # type: ignore[return-value]

    def conflict_rows(self) -> list[int]:
        return [n for n, r in enumerate(self.rows_data) if r.status == CONFLICT]

    def jump_conflict(self, step: int) -> bool:
        """Move to the next (`step=1`) or previous (-1) conflict, wrapping; False if none."""
        conflicts = self.conflict_rows()
        if not conflicts:
            return False
        here = self.cursor_row
        if step > 0:
            target = next((n for n in conflicts if n > here), conflicts[0])
        else:
            target = next((n for n in reversed(conflicts) if n < here), conflicts[-1])
        if target == here:
            self._announce(here, chosen=False)
        else:
            self.move_cursor(row=target, animate=False)
        return True

    def action_first(self) -> None:
        if self.row_count:
            self.move_cursor(row=0, animate=False)

    def action_last(self) -> None:
        if self.row_count:
            self.move_cursor(row=self.row_count - 1, animate=False)

    # -- layout --------------------------------------------------------------------------

    def _column_widths(self) -> tuple[int, int, int, int]:
        width = max(self.size.width, 40) - 1 - 4 * 2  # scrollbar, cell padding
        status = max(cell_len(label) for label in (*STATUS_LABEL.values(),
                                                   *(r.status_label for r in self.rows_data)))
        concept = min(max((cell_len(r.concept) for r in self.rows_data), default=8), 16)
        concept = max(concept, 7 if width < 90 else 8)
        rest = max(width - status - concept, 20)
        return concept, rest // 2, rest - rest // 2, status

    def _rebuild(self, cursor: int | None = None) -> None:
        if cursor is None:
            cursor = self.cursor_row
        self._width = self.size.width
        self.clear(columns=True)
        concept, a, b, status = self._column_widths()
        self.add_column(Text("concept", style="bold"), width=concept, key="concept")
        self.add_column(Text("A", style="bold"), width=a, key="a")
        self.add_column(Text("B", style="bold"), width=b, key="b")
        self.add_column(Text("status", style="bold"), width=status, key="status")
        missing = component_style(self, "fact-table--missing")
        for n, row in enumerate(self.rows_data):
            style = component_style(self, f"fact-table--{_STATUS_CLASS.get(row.status, 'only')}")
            cells = [
                Text(fit(row.concept, concept), style="bold" if row.status == CONFLICT else ""),
                Text(fit(row.a, a)) if row.a else Text("—", style=missing),
                Text(fit(row.b, b)) if row.b else Text("—", style=missing),
                Text(fit(row.status_label, status), style=style),
            ]
            self.add_row(*cells, key=str(n))
        if self.rows_data:
            self.move_cursor(row=min(max(cursor, 0), len(self.rows_data) - 1), animate=False)

    def on_resize(self, event: Resize) -> None:
        if event.size.width != self._width and self.rows_data:
            self.call_after_refresh(self._rebuild)

    # -- events --------------------------------------------------------------------------

    def _announce(self, index: int, chosen: bool) -> None:
        if 0 <= index < len(self.rows_data):
            self._announced = self.rows_data[index]
            self.post_message(self.FactHighlighted(self, index, self.rows_data[index], chosen))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        event.stop()
        index = event.cursor_row
        if 0 <= index < len(self.rows_data) and self.rows_data[index] is self._announced:
            return  # the same fact again (the table was rebuilt after a resize)
        self._announce(index, chosen=False)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self._announce(event.cursor_row, chosen=True)


class FactSummary(Static):
    """`≠ 2 conflicts · = 9 agree · ◐ 10 A only · ◑ 4 B only` (symbols, not colour alone)."""

    COMPONENT_CLASSES = {"fact-summary--conflict", "fact-summary--agree", "fact-summary--only"}

    DEFAULT_CSS = """
    FactSummary {
        height: 1;
        background: $panel;
        color: $foreground;
        padding: 0 1;
        text-wrap: nowrap;
        text-overflow: ellipsis;
        & > .fact-summary--conflict { color: $conflict; text-style: bold; }
        & > .fact-summary--agree { color: $agree; }
        & > .fact-summary--only { color: $only; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._counts: dict[str, int] | None = None
        self._note = ""
        self._legend = False

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._render_counts())

    def show_loading(self, note: str = "Comparing…") -> None:
        self._counts = None
        self._note = note
        self._render_counts()

    def show_counts(self, counts: dict[str, int], note: str = "", legend: bool = False) -> None:
        """`legend`: explain the word diff marks (same-language pairs)."""
        self._counts = dict(counts)
        self._note = note
        self._legend = legend
        self._render_counts()

    def _render_counts(self) -> None:
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        text.append("Facts", style="bold")
        if self._counts is None:
            text.append("  " + self._note, style="italic")
            self.update(text)
            return
        for status in ("conflict", "agree", "only_a", "only_b"):
            count = self._counts.get(status, 0)
            style = component_style(self, f"fact-summary--{_STATUS_CLASS[status]}")
            text.append("  ")
            word = (_STATUS_WORD_ONE if count == 1 else _STATUS_WORD)[status]
            text.append(f"{STATUS_SYMBOL[status]} {count} {word}", style=style)
        if self._legend:
            text.append("   words only in ")
            text.append("A", style="strike")
            text.append(" / ")
            text.append("B", style="underline")
        if self._note:
            text.append("   " + self._note, style="italic")
        self.update(text)
