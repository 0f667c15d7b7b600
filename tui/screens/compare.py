"""Compare two reports of one event: split text, aligned passages, and a fact table.

Entry point: `open_compare(app, article_id)` (what `c` calls) asks for the second
article (other reports of the same event first, then any article by search) and pushes
`CompareScreen(store, a_id, b_id, dates=...)`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from typing import Any

from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.color import Color
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Footer, Input, Label, OptionList
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from tui.formatting import Dates, number, ui_locale
from tui.models import Article
from tui.screens.dialogs import DIALOG_CSS
from tui.search import search_query
from tui.store import ArchiveStore
from tui.themes import badge_colour
from tui.widgets.compare import (
    CompareModel,
    EventNote,
    FactSummary,
    FactTable,
    ParallelText,
    SideHeader,
    build_model,
)
from tui.widgets.compare.model import NumberFormat
from tui.widgets.feed_rows import fit
from tui.widgets.safe import safe_inline

PICK_LIMIT = 30

ModelBuilder = Callable[[Article, Article, NumberFormat], CompareModel]


def _dates_of(app: App[Any] | None) -> Dates:
    dates = getattr(app, "dates", None)
    if isinstance(dates, Dates):
        return dates
    return Dates(ui_locale(), UTC)


# ---------------------------------------------------------------------- the B picker


class ComparePicker(ModalScreen[int | None]):
    """Pick the article to compare with: same-event reports first, or type to search."""

    DEFAULT_CSS = "ComparePicker {" + DIALOG_CSS + """
        & > Vertical { width: 96; }
        #pick-search { margin-bottom: 1; }
        #pick-section { color: $text-muted; padding: 0; }
        OptionList { height: auto; max-height: 16; text-wrap: nowrap; text-overflow: ellipsis; }
    }"""

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="compare_pick.cancel"),
        Binding("down", "move(1)", "Next", show=False, id="compare_pick.down"),
        Binding("up", "move(-1)", "Previous", show=False, id="compare_pick.up"),
    ]

    def __init__(self, store: ArchiveStore, article: Article, dates: Dates) -> None:
        super().__init__()
        self.store = store
        self.article = article
        self.dates = dates
        self.event_reports: list[Article] = []
        if article.event_id is not None:
            self.event_reports = [
                a for a in store.event_articles(article.event_id) if a.id != article.id
            ]
        self.choices: list[Article] = []

    def compose(self) -> ComposeResult:
        title = Text("Compare “", style="bold")
        title.append(safe_inline(self.article.title)[:60] or "(untitled)")
        title.append("” with…")
        with Vertical():
            yield Label(title, classes="dialog-title")
            yield Input(placeholder="Type to search the whole archive…", id="pick-search")
            yield Label(id="pick-section")
            yield OptionList(id="pick-list")
            yield Label("enter compare · ↑↓ choose · escape cancel", classes="dialog-hint")

    def on_mount(self) -> None:
        self.show_choices("")
        for box in self.query("#pick-search"):
            box.focus()

    # -- choices -------------------------------------------------------------------------

    def _badge(self, language: str | None) -> Style:
        bg = Color.parse(badge_colour(self.app.theme_variables, language))
        return Style(color=bg.get_contrast_text().rich_color, bgcolor=bg.rich_color, bold=True)

    def label(self, article: Article) -> Text:
        """`PT  Jul 8, 2025  Source  Title…` (date and source in aligned columns)."""
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        code = (article.language or "??").split("-")[0].upper()[:3]
        text.append(f" {code:<3}", style=self._badge(article.language))
        when = self.dates.short(article.published, article.published_precision) or "—"
        # Columns in cells: a CJK date or outlet is twice as wide as its length.
        text.append(f" {fit(when, self.dates.short_width)} ", style="dim")
        text.append(fit(safe_inline(article.source) or "—", 18) + " ", style="dim italic")
        text.append(safe_inline(article.title) or "(untitled)", style="bold")
        return text

    def show_choices(self, typed: str) -> None:
        query = search_query(typed)
        if query is None:
            self.choices = list(self.event_reports)
            section = (
                f"Other reports of this event ({len(self.event_reports)})"
                if self.event_reports
                else "No other reports of this event: type to search the archive."
            )
        else:
            try:
                hits = [h.article for h in self.store.search(query, limit=PICK_LIMIT)]
            except Exception:  # a query the index cannot run is just "no results"
                hits = []
            event_ids = {a.id for a in self.event_reports}
            hits = [a for a in hits if a.id != self.article.id]
            self.choices = [a for a in hits if a.id in event_ids] + [
                a for a in hits if a.id not in event_ids
            ]
            section = f"Search results ({len(self.choices)})" if self.choices else "No matches."
        self.query_one("#pick-section", Label).update(Text(section))
        options = self.query_one("#pick-list", OptionList)
        options.clear_options()
        options.add_options([Option(self.label(a), id=str(a.id)) for a in self.choices])
        if self.choices:
            options.highlighted = 0

    @on(Input.Changed, "#pick-search")
    def _typed(self, event: Input.Changed) -> None:
        event.stop()
        self.show_choices(event.value)

    @on(Input.Submitted, "#pick-search")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        options = self.query_one("#pick-list", OptionList)
        if options.highlighted is not None and self.choices:
            self.dismiss(self.choices[options.highlighted].id)

    @on(OptionList.OptionSelected, "#pick-list")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(int(event.option.id or 0) or None)

    def action_move(self, step: int) -> None:
        options = self.query_one("#pick-list", OptionList)
        if not self.choices:
            return
        here = options.highlighted if options.highlighted is not None else -1
        options.highlighted = max(0, min(len(self.choices) - 1, here + step))

    def action_cancel(self) -> None:
        self.dismiss(None)


# ---------------------------------------------------------------------- the screen


class CompareScreen(Screen[None]):
    """A and B side by side, aligned passages level, and the fact table below."""

    BINDINGS = [
        Binding("x", "swap", "Swap", id="compare.swap"),
        Binding("n", "next_conflict", "Next ≠", id="compare.next_conflict"),
        Binding("p", "previous_conflict", "Prev ≠", id="compare.previous_conflict"),
        Binding("tab", "cycle_focus(1)", "Facts/text", id="compare.focus_next"),
        Binding("shift+tab", "cycle_focus(-1)", "Focus back", show=False,
                id="compare.focus_previous"),
        Binding("escape", "close", "Back", id="compare.close"),
    ]

    AUTO_FOCUS = "#compare-facts"

    DEFAULT_CSS = """
    CompareScreen {
        layout: vertical;
        #compare-heads { height: 2; }
        #compare-passages { height: 1fr; border-top: solid $panel-lighten-1; }
        #compare-passages:focus { border-top: solid $primary; }
        #compare-facts:focus { background-tint: $primary 6%; }
    }
    """

    def __init__(
        self,
        store: ArchiveStore,
        a_id: int,
        b_id: int,
        *,
        dates: Dates | None = None,
        builder: ModelBuilder | None = None,
    ) -> None:
        """`builder` (tests) replaces the engine: `(a, b, number_format) -> CompareModel`."""
        super().__init__()
        self.builder: ModelBuilder = builder or build_model
        self.store = store
        self.a_id = a_id
        self.b_id = b_id
        self._dates = dates
        self.model: CompareModel | None = None
        self.swapped = False
        self.article_a: Article | None = store.get(a_id)
        self.article_b: Article | None = store.get(b_id)

    @property
    def dates(self) -> Dates:
        if self._dates is None:
            self._dates = _dates_of(self.app)
        return self._dates

    def compose(self) -> ComposeResult:
        with Horizontal(id="compare-heads"):
            yield SideHeader("A", id="head-a")
            yield SideHeader("B", id="head-b", classes="-b")
        yield ParallelText(id="compare-passages")
        yield EventNote(id="compare-event")
        yield FactSummary(id="compare-summary")
        yield FactTable(id="compare-facts")
        yield Footer(compact=True)

    @property
    def passages(self) -> ParallelText:
        return self.query_one("#compare-passages", ParallelText)

    @property
    def fact_table(self) -> FactTable:
        return self.query_one("#compare-facts", FactTable)

    @property
    def summary(self) -> FactSummary:
        return self.query_one("#compare-summary", FactSummary)

    def header(self, side: str) -> SideHeader:
        return self.query_one(f"#head-{side}", SideHeader)

    def on_mount(self) -> None:
        a, b = self.article_a, self.article_b
        if a is not None:
            self.header("a").show(a, self.dates)
        if b is not None:
            self.header("b").show(b, self.dates)
        if a is None or b is None:
            missing = self.a_id if a is None else self.b_id
            self.summary.show_loading(f"Article {missing} is no longer in the archive.")
            return
        self.summary.show_loading()
        self.passages.loading = True
        self.compute(a, b)

    # -- the comparison (worker) ---------------------------------------------------------

    @work(thread=True, exclusive=True, group="compare")
    def compute(self, a: Article, b: Article) -> None:
        locale = self.dates.locale
        try:
            model = self.builder(a, b, lambda value: number(value, locale))
        except Exception as exc:  # the engine must never take the reader down
            if not get_current_worker().is_cancelled:
                self.app.call_from_thread(self._failed, str(exc))
            return
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self.show_model, model)

    def _failed(self, message: str) -> None:
        self.passages.loading = False
        self.summary.show_loading(f"Could not compare: {safe_inline(message)}")

    def show_model(self, model: CompareModel, cursor: int = 0) -> None:
        if not self.is_attached:  # closed while the worker ran
            return
        self.model = model
        self.header("a").show(model.article_a, self.dates, model.language_a)
        self.header("b").show(model.article_b, self.dates, model.language_b)
        self.summary.show_counts(model.counts(), legend=model.same_language)
        self.query_one("#compare-event", EventNote).show(model.event)
        self.passages.show_model(model)
        self.passages.loading = False
        self.fact_table.set_facts(model.facts, cursor)
        if self.focused not in (self.fact_table, self.passages):
            self.fact_table.focus()
        if not model.facts:
            self.summary.show_counts(model.counts(), "No comparable facts found.",
                                     legend=model.same_language)
        current = self.fact_table.current
        self.passages.show_fact(current)

    @on(FactTable.FactHighlighted)
    def _fact_highlighted(self, event: FactTable.FactHighlighted) -> None:
        event.stop()
        self.passages.show_fact(event.fact)

    # -- actions -------------------------------------------------------------------------

    def action_swap(self) -> None:
        if self.model is None:
            return
        table = self.fact_table
        current = table.current
        model = self.model.swapped()
        self.swapped = not self.swapped
        self.article_a, self.article_b = self.article_b, self.article_a
        self.a_id, self.b_id = self.b_id, self.a_id
        cursor = 0
        if current is not None:
            flipped = current.swapped()
            cursor = next((n for n, r in enumerate(model.facts) if r == flipped), 0)
        self.show_model(model, cursor)  # highlights (and scrolls to) the same fact

    def action_next_conflict(self) -> None:
        self._jump(1)

    def action_previous_conflict(self) -> None:
        self._jump(-1)

    def _jump(self, step: int) -> None:
        if self.model is None:
            return
        if not self.fact_table.jump_conflict(step):
            self.notify("The two reports do not conflict on any fact.", timeout=3)

    def action_cycle_focus(self, step: int) -> None:
        order = [self.fact_table, self.passages]
        focused = self.focused
        index = next((i for i, w in enumerate(order) if w is focused), -1)
        order[(index + step) % len(order)].focus()

    def action_close(self) -> None:
        self.dismiss(None)


# ---------------------------------------------------------------------- entry point


def open_compare(app: App[Any], article_id: int) -> None:
    """`c` in the reader: pick the other article, then push the compare screen."""
    store: ArchiveStore = app.store  # type: ignore[attr-defined]
    article = store.get(article_id)
    if article is None:
        app.notify(f"Article {article_id} is no longer in the archive", severity="warning")
        return
    dates = _dates_of(app)

    def picked(b_id: int | None) -> None:
        if b_id is not None and b_id != article_id:
            app.push_screen(CompareScreen(store, article_id, b_id, dates=dates))

    app.push_screen(ComparePicker(store, article, dates), picked)
