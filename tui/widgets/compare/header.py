"""The header above one side: side letter, language badge, title, source and date."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.color import Color
from textual.widgets import Static

from tui.formatting import Dates, language_name
from tui.models import Article
from tui.themes import badge_colour
from tui.widgets.compare.styles import component_style
from tui.widgets.safe import safe_inline


class SideHeader(Static):
    """Two lines: `A  EN  Title…` and `Source · date · Language`."""

    COMPONENT_CLASSES = {"side-header--side", "side-header--meta"}

    DEFAULT_CSS = """
    SideHeader {
        width: 1fr;
        height: 2;
        padding: 0 1;
        background: $surface;
        text-wrap: nowrap;
        text-overflow: ellipsis;
        &.-b { border-left: vkey $panel-lighten-2; }
        & > .side-header--side { color: $primary; text-style: bold; }
        & > .side-header--meta { color: $text-muted; }
    }
    """

    def __init__(self, side: str, *, id: str | None = None, classes: str = "") -> None:
        super().__init__(id=id, classes=classes)
        self.side = side
        self.article: Article | None = None
        self.language: str | None = None
        self._dates: Dates | None = None

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._render_header())

    def show(self, article: Article, dates: Dates, language: str | None = None) -> None:
        """`language` is the analysed one (used when the article has none stored)."""
        self.article = article
        self.language = article.language or language
        self._dates = dates
        self._render_header()

    def badge_style(self) -> Style:
        bg = Color.parse(badge_colour(self.app.theme_variables, self.language))
        return Style(color=bg.get_contrast_text().rich_color, bgcolor=bg.rich_color, bold=True)

    def header_text(self) -> Text:
        article, dates = self.article, self._dates
        text = Text(no_wrap=True, overflow="ellipsis", end="")
        text.append(f"{self.side} ", style=component_style(self, "side-header--side"))
        if article is None or dates is None:
            text.append("Loading…", style="italic")
            return text
        code = (self.language or "??").split("-")[0].split("_")[0].upper()[:3]
        text.append(f" {code:<3}", style=self.badge_style())
        text.append(" ")
        text.append(safe_inline(article.title) or "(untitled)", style="bold")
        text.append("\n")
        meta = [safe_inline(article.source) or "unknown source"]
        when = dates.short(article.published, article.published_precision)
        meta.append(when or "undated")
        if self.language:
            meta.append(language_name(self.language.split("-")[0], dates.locale))
        text.append("  " + " · ".join(meta), style=component_style(self, "side-header--meta"))
        return text

    def _render_header(self) -> None:
        if self.is_mounted:
            self.update(self.header_text())
