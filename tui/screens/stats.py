"""The stats screen: reports per day over the last weeks, as sparklines with the numbers
beside them (readable without colour), overall and, on `l`, per language."""

from __future__ import annotations

from datetime import date

from babel.dates import format_skeleton
from rich.style import Style
from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.color import Color
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Sparkline, Static

from tui.formatting import Dates, counted, language_name
from tui.stats import DEFAULT_WEEKS, DailyCounts, daily_counts
from tui.store import ArchiveStore
from tui.themes import badge_colour

MAX_LANGUAGES = 12
LABEL_WIDTH = 4  # "EN  " / "all "


class LanguageBadge(Static):
    """`EN` in the language's theme colour; the letters carry the meaning."""

    DEFAULT_CSS = "LanguageBadge { width: 4; height: 1; }"

    def __init__(self, code: str) -> None:
        super().__init__()
        self.code = code

    def render(self) -> Text:
        bg = Color.parse(badge_colour(self.app.theme_variables, self.code or None))
        style = Style(color=bg.get_contrast_text().rich_color, bgcolor=bg.rich_color, bold=True)
        return Text.assemble(((self.code or "??").upper()[:2].ljust(2), style), "  ")


class StatsScreen(Screen[None]):
    """Reports per day for the last weeks: one sparkline for the archive, one per language."""

    BINDINGS = [
        Binding("l", "toggle_languages", "Per language", id="stats.languages"),
        Binding("escape", "back", "Back", id="stats.close"),
    ]

    DEFAULT_CSS = """
    StatsScreen {
        layout: vertical;
        #stats-head { height: 1; padding: 0 1; background: $panel; color: $text; }
        #stats-body { height: 1fr; padding: 1 1 0 1; background: $surface; }
        #stats-total { height: 4; }
        .stats-label { width: 4; height: 1; color: $text-muted; }
        .stats-numbers { width: 1fr; height: auto; padding: 0 0 0 1; color: $text;
                         text-wrap: nowrap; text-overflow: ellipsis; }
        .stats-axis { height: 1; color: $text-muted; }
        .stats-note { height: auto; color: $text-muted; margin: 1 0 0 0; }
        .stats-language { height: 1; }
        Sparkline { height: 1; }
        #stats-total > Sparkline { height: 4; }
    }
    """

    def __init__(self, store: ArchiveStore, dates: Dates, weeks: int = DEFAULT_WEEKS) -> None:
        super().__init__()
        self.store = store
        self.dates = dates
        self.weeks = weeks
        self.data: DailyCounts | None = None
        self.show_languages = False

    def compose(self) -> ComposeResult:
        yield Static(Text("Reports per day · counting…"), id="stats-head")
        yield VerticalScroll(id="stats-body")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one("#stats-body").focus()
        self.load()

    @work(thread=True, exclusive=True, group="stats")
    def load(self) -> None:
        today = self.dates.now().date()
        data = daily_counts(self.store, today, self.weeks)
        self.app.call_from_thread(self._loaded, data)

    async def _loaded(self, data: DailyCounts) -> None:
        self.data = data
        self.query_one("#stats-head", Static).update(Text(self._head(data)))
        await self._draw()

    def _day(self, day: date) -> str:
        return format_skeleton("MMMd", day, locale=self.dates.locale)

    def _head(self, data: DailyCounts) -> str:
        span = f"{self._day(data.days[0])} – {self._day(data.days[-1])} {data.days[-1].year}"
        return (f"Reports per day · {span} (UTC) · {self.weeks} weeks · "
                f"{counted(data.reports, 'report', 'reports')}")

    async def _draw(self) -> None:
        body = self.query_one("#stats-body", VerticalScroll)
        await body.remove_children()
        data = self.data
        if data is None:
            return
        width = len(data.days)
        total = Horizontal(
            Static("all", classes="stats-label"), _spark(data.total, width),
            Static(Text(self._summary(data)), classes="stats-numbers"), id="stats-total")
        widgets = [total, Static(Text(self._axis(data)), classes="stats-axis"),
                   Static(Text(self._weeks_row(data)), classes="stats-axis")]
        widgets += self._language_rows(data, width)
        await body.mount_all(widgets)

    def _summary(self, data: DailyCounts) -> str:
        busiest = max(range(len(data.total)), key=lambda i: (data.total[i], i))
        last7 = sum(data.total[-7:])
        return "\n".join([
            counted(data.reports, "report", "reports"),
            f"max {data.total[busiest]} ({self._day(data.days[busiest])})",
            f"min {min(data.total)} a day",
            f"last 7 days {last7}",
        ])

    def _axis(self, data: DailyCounts) -> str:
        """Week start dates under the sparkline, one every seven columns."""
        cells = "".join(self._day(d)[:6].ljust(7) for d in data.days[::7])
        return " " * LABEL_WIDTH + cells

    def _weeks_row(self, data: DailyCounts) -> str:
        return "wk  " + "".join(f"{n:<7}" for n in data.weekly()) + "reports a week"

    def _language_rows(self, data: DailyCounts, width: int) -> list[Static | Horizontal]:
        languages = list(data.by_language.items())
        if not self.show_languages:
            note = f"l: one line per language ({counted(len(languages), 'language', 'languages')})"
            return [Static(Text(note), classes="stats-note")]
        rows: list[Static | Horizontal] = [
            Static(Text("Per language (each line scaled to its own busiest day)"),
                   classes="stats-note")]
        digits = len(f"{max((sum(c) for _, c in languages), default=0):,}")
        for code, counts in languages[:MAX_LANGUAGES]:
            name = language_name(code, self.dates.locale) or "unknown"
            numbers = f"{sum(counts):>{digits},} · max {max(counts)} · {name}"
            rows.append(Horizontal(LanguageBadge(code), _spark(counts, width),
                                   Static(Text(numbers), classes="stats-numbers"),
                                   classes="stats-language"))
        rest = languages[MAX_LANGUAGES:]
        if rest:
            more = sum(sum(c) for _, c in rest)
            extra = counted(len(rest), "more language", "more languages")
            rows.append(Static(Text(f"+{extra}, {counted(more, 'report', 'reports')}"),
                               classes="stats-note"))
        return rows

    async def action_toggle_languages(self) -> None:
        self.show_languages = not self.show_languages
        await self._draw()

    def action_back(self) -> None:
        self.dismiss(None)


def _spark(values: list[int], width: int) -> Sparkline:
    """One bar per day (the widget is as wide as the window has days)."""
    spark = Sparkline(values, summary_function=max)
    spark.styles.width = width
    return spark
