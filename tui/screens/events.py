"""The events screen (one row per event) and an event's coverage (who said what, when)."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

from tui.event_report import Coverage, coverage, explain
from tui.formatting import Dates, counted
from tui.models import Article
from tui.screens.guard import store_write
from tui.store import EventRow, Store
from tui.widgets.event_list import EventList
from tui.widgets.safe import safe_inline


class EventsScreen(Screen[None]):
    """Every event, newest first; filter like the feed, open one, merge two."""

    BINDINGS = [
        Binding("slash", "search", "Filter", id="events.search"),
        Binding("l", "filter_language", "Language", id="events.language"),
        Binding("m", "merge", "Merge", id="events.merge"),
        Binding("escape", "back", "Back", id="events.close"),
    ]

    DEFAULT_CSS = """
    EventsScreen {
        layout: vertical;
        #events-head { height: 1; padding: 0 1; background: $panel; color: $text; }
        #events-search { height: 3; }
        #events-list { height: 1fr; }
    }
    """

    def __init__(self, store: Store, dates: Dates) -> None:
        super().__init__()
        self.store = store
        self.dates = dates
        self.marked: EventRow | None = None

    def compose(self) -> ComposeResult:
        yield Static(id="events-head")
        yield Input(placeholder="Filter events by title or outlet…", id="events-search")
        yield EventList(self.store, self.dates, id="events-list")
        yield Footer(compact=True)

    @property
    def events(self) -> EventList:
        return self.query_one("#events-list", EventList)

    def on_mount(self) -> None:
        self.query_one("#events-search", Input).display = False
        self.events.focus()
        self._head()

    def _head(self) -> None:
        parts = [f"Events · {self.events.count}"]
        if self.events.language:
            parts.append(f"language {self.events.language.upper()}")
        if self.events.query_text:
            parts.append(f"“{self.events.query_text}”")
        if self.marked is not None:
            parts.append(f"m again to merge into event {self.marked.id}")
        self.query_one("#events-head", Static).update(Text("  ·  ".join(parts)))

    def action_search(self) -> None:
        box = self.query_one("#events-search", Input)
        box.display = True
        box.focus()

    @on(Input.Submitted, "#events-search")
    def _searched(self, event: Input.Submitted) -> None:
        event.stop()
        self.events.set_filter(self.events.language, safe_inline(event.value).strip())
        event.input.display = False
        self.events.focus()
        self._head()

    def action_filter_language(self) -> None:
        from tui.screens.dialogs import PickerScreen

        choices = [("", "All languages")] + [
            (code, f"{code.upper()} · {count}") for code, count in self.store.languages() if code
        ]

        def picked(code: str | None) -> None:
            if code is not None:
                self.events.set_filter(code or None, self.events.query_text)
                self._head()

        self.app.push_screen(PickerScreen("Events in language", choices, self.events.language),
                             picked)

    @store_write
    def action_merge(self) -> None:
        row = self.events.current
        if row is None:
            return
        if self.marked is None or self.marked.id == row.id:
            self.marked = None if self.marked else row
            self._head()
            return
        target, self.marked = self.marked, None
        if self.store.merge_events(target.id, row.id):
            self.notify(f"Event {row.id} merged into event {target.id}", timeout=4,
                        markup=False)
        self.events.reload()
        self._head()

    def action_back(self) -> None:
        box = self.query_one("#events-search", Input)
        if box.display or self.events.query_text or self.events.language or self.marked:
            box.display = False
            self.marked = None
            self.events.set_filter(None, None)
            self.events.focus()
            self._head()
            return
        self.app.pop_screen()

    @on(EventList.Opened)
    def _opened(self, event: EventList.Opened) -> None:
        event.stop()
        self.app.push_screen(CoverageScreen(self.store, self.dates, event.row.id),
                             lambda _r: self.events.reload())


class CoverageScreen(Screen[None]):
    """How one event was covered: reports on a timeline, what only each says, and the
    figures they disagree on (a row per figure, a column per report)."""

    BINDINGS = [
        Binding("j,down", "move(1)", "Next report", show=False, id="coverage.down"),
        Binding("k,up", "move(-1)", "Previous report", show=False, id="coverage.up"),
        Binding("c", "compare", "Compare", id="coverage.compare"),
        Binding("x", "split", "Split off", id="coverage.split"),
        Binding("escape", "back", "Back", id="coverage.close"),
    ]

    DEFAULT_CSS = """
    CoverageScreen {
        layout: vertical;
        #coverage-body { height: 1fr; padding: 0 1; background: $surface; }
        #coverage-body > Static { height: auto; }
    }
    """

    def __init__(self, store: Store, dates: Dates, event_id: int) -> None:
        super().__init__()
        self.store = store
        self.dates = dates
        self.event_id = event_id
        self.data: Coverage | None = None
        self.why: list[str] = []
        self.selected = 0

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="coverage-body"):
            yield Static(Text("Reading the reports…", style="italic"), id="coverage")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="coverage")
    def load(self) -> None:
        data = coverage(self.store, self.event_id)
        why = [f"{r.label} ×{r.reports}" for r in explain(self.store, self.event_id, limit=6)]
        self.app.call_from_thread(self._loaded, data, why)

    def _loaded(self, data: Coverage, why: list[str]) -> None:
        self.data, self.why = data, why
        self.selected = min(self.selected, max(0, len(data.reports) - 1))
        self._draw()

    @property
    def report(self) -> Article | None:
        if self.data is None or not self.data.reports:
            return None
        return self.data.reports[self.selected]

    def _draw(self) -> None:
        self.query_one("#coverage", Static).update(render_coverage(
            self.data, self.why, self.selected, self.dates, Style(bold=True, underline=True)))

    def action_move(self, step: int) -> None:
        if self.data and self.data.reports:
            self.selected = (self.selected + step) % len(self.data.reports)
            self._draw()

    def action_compare(self) -> None:
        from tui.screens.compare import open_compare

        report = self.report
        if report is not None and report.id is not None:
            open_compare(self.app, report.id)

    @store_write
    def action_split(self) -> None:
        report = self.report
        if report is None or report.id is None or self.data is None:
            return
        if len(self.data.reports) < 2:
            self.notify("A single report is an event of its own already", markup=False)
            return
        new = self.store.split_article(report.id)
        self.notify(f"Report moved out into event {new}; it will not rejoin this one",
                    timeout=5, markup=False)
        self.load()

    def action_back(self) -> None:
        self.dismiss(None)


def render_coverage(data: Coverage | None, why: list[str], selected: int, dates: Dates,
                    cursor: Style) -> Text:
    """The coverage view as text: no markup is parsed (article text is data)."""
    out = Text()
    if data is None or not data.reports:
        out.append("This event has no reports left.", style="italic")
        return out
    first = data.reports[0]
    out.append(safe_inline(first.title) or "(untitled)", style="bold")
    reports = counted(len(data.reports), "report", "reports")
    out.append(f"\n{reports} · first: {safe_inline(first.source) or '-'}",
               style="dim")
    if why:
        out.append("\nOne event because they share: ", style="dim")
        out.append(safe_inline("; ".join(why)), style="dim")
    out.append("\n\nTimeline\n", style="bold")
    for i, a in enumerate(data.reports):
        line = Text()
        line.append("▶ " if i == selected else "  ")
        line.append(f"{i + 1:>2} ")
        line.append(dates.short(a.published).ljust(dates.short_width or 10))
        line.append(f" {(a.language or '??').upper():<2} ", style="reverse bold")
        line.append(f" {safe_inline(a.source) or '-'}: {safe_inline(a.title)}")
        if i == 0:
            line.append("  (first)", style="bold")
        if i == selected:
            line.stylize(cursor)
        out.append_text(line)
        out.append("\n")
        only = data.unique.get(a.id or 0) or []
        if only:
            out.append(f"       only here: {safe_inline('; '.join(only))}\n", style="dim")
    if data.figures:
        out.append("\nFigures they disagree on\n", style="bold")
        head = "figure".ljust(14) + "".join(f"{'#' + str(i + 1):>10}"
                                            for i in range(len(data.reports)))
        out.append(head + "\n", style="dim")
        for row in data.figures:
            cells = "".join(f"{(v or '-')[:9]:>10}" for v in row.values)
            out.append(safe_inline(row.concept)[:13].ljust(14) + cells + "\n")
    else:
        out.append("\nNo figures on which the reports disagree.\n", style="italic")
    out.append("\nc compare this report with another · x move it out of the event", style="dim")
    return out
