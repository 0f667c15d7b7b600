"""The events screen (one row per event) and an event's coverage (who said what, when)."""

from __future__ import annotations

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, Input, Static

from tui.event_report import Coverage, coverage, explain, report_order
from tui.formatting import Dates, counted
from tui.models import Article
from tui.screens.guard import store_write
from tui.store import EventRow, Store
from tui.widgets.coverage_view import CoverageView
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
            parts.append(f"✓ event {self.marked.id}: m on another event merges it in")
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
            self.events.mark(self.marked.id if self.marked else None)
            self._head()
            return
        target, self.marked = self.marked, None
        self.events.mark(None)
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
            self.events.mark(None)
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
        Binding("c", "compare", "Compare", id="coverage.compare"),
        Binding("x", "split", "Split off", id="coverage.split"),
        Binding("escape", "back", "Back", id="coverage.close"),
    ]

    DEFAULT_CSS = """
    CoverageScreen {
        layout: vertical;
        #coverage-head { height: 1; padding: 0 1; background: $panel; color: $text; }
        #coverage { height: 1fr; }
    }
    """

    def __init__(self, store: Store, dates: Dates, event_id: int) -> None:
        super().__init__()
        self.store = store
        self.dates = dates
        self.event_id = event_id

    def compose(self) -> ComposeResult:
        yield Static(Text(f"Event {self.event_id} · reading the reports…"), id="coverage-head")
        yield CoverageView(self.dates, id="coverage")
        yield Footer(compact=True)

    @property
    def view(self) -> CoverageView:
        return self.query_one("#coverage", CoverageView)

    @property
    def data(self) -> Coverage | None:
        return self.view.data

    @property
    def report(self) -> Article | None:
        return self.view.report

    def on_mount(self) -> None:
        self.view.focus()
        self.load()

    @work(thread=True, exclusive=True, group="coverage")
    def load(self) -> None:
        reports = sorted(self.store.event_articles(self.event_id), key=report_order)
        data = coverage(self.store, self.event_id)
        why = [f"{r.label} ×{r.reports}" for r in explain(self.store, self.event_id, limit=6)]
        self.app.call_from_thread(self._loaded, data, reports, why)

    def _loaded(self, data: Coverage, reports: list[Article], why: list[str]) -> None:
        self.view.show(data, reports, why)
        reports_n = counted(len(reports), "report", "reports")
        self.query_one("#coverage-head", Static).update(Text(
            f"Event {self.event_id} · coverage · {reports_n} · "
            f"{counted(len(data.figures), 'figure', 'figures')} they disagree on"))

    def action_compare(self) -> None:
        from tui.screens.compare import CompareScreen, open_compare

        view = self.view
        report = view.report
        if report is None or report.id is None:
            return
        marked = view.reports[view.marked] if view.marked is not None else None
        if marked is not None and marked.id is not None and marked.id != report.id:
            self.app.push_screen(CompareScreen(self.store, marked.id, report.id,
                                               dates=self.dates))
            return
        open_compare(self.app, report.id)

    @store_write
    def action_split(self) -> None:
        report = self.report
        if report is None or report.id is None:
            return
        if len(self.view.reports) < 2:
            self.notify("A single report is an event of its own already", markup=False)
            return
        new = self.store.split_article(report.id)
        self.notify(f"Report moved out into event {new}; it will not rejoin this one",
                    timeout=5, markup=False)
        self.load()

    def action_back(self) -> None:
        self.dismiss(None)

