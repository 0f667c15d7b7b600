"""The facts sidebar: what the archive knows about the open article, then its extracted facts."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.style import Style
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.formatting import (
    Dates,
    counted,
    language_name,
    parse_locale,
    reading_minutes,
    word_count,
)
from tui.models import Article, parse_published
from tui.store import EventSummary
from tui.widgets.safe import safe_inline

GROUPS = (
    ("figures", "Figures"),
    ("people", "People"),
    ("places", "Places"),
    ("organisations", "Organisations"),
    ("dates", "Dates"),
)
_ENTITY_GROUP = {
    "person": "people",
    "per": "people",
    "people": "people",
    "place": "places",
    "loc": "places",
    "location": "places",
    "gpe": "places",
    "organisation": "organisations",
    "organization": "organisations",
    "org": "organisations",
}


def group_facts(facts: Iterable[dict[str, Any]]) -> dict[str, list[str]]:
    """Facts from the comparison engine as display lines per group."""
    groups: dict[str, list[str]] = {key: [] for key, _ in GROUPS}
    for fact in facts:
        kind = fact.get("kind")
        if kind == "quantity":
            text = safe_inline(str(fact.get("text") or fact.get("value") or ""))
            concept = safe_inline(str(fact.get("concept") or ""))
            qualifier = safe_inline(str(fact.get("qualifier") or "")).replace("_", " ")
            line = text
            if concept:
                line += f" — {concept}"
            if qualifier:
                line += f" ({qualifier})"
            groups["figures"].append(line)
        elif kind == "entity":
            group = _ENTITY_GROUP.get(str(fact.get("type") or "").lower())
            if group is None:
                continue
            name = safe_inline(str(fact.get("text") or ""))
            mentions = fact.get("mentions")
            line = f"{name} ×{mentions}" if isinstance(mentions, int) and mentions > 1 else name
            if name and line not in groups[group]:
                groups[group].append(line)
        elif kind == "date":
            text = safe_inline(str(fact.get("text") or fact.get("value") or ""))
            if text and text not in groups["dates"]:
                groups["dates"].append(text)
    return groups


class FactsPanel(VerticalScroll, can_focus=True):
    """Metadata (language, source, dates, length) and extracted facts, grouped."""

    COMPONENT_CLASSES = {"facts--heading", "facts--title"}

    DEFAULT_CSS = """
    FactsPanel {
        background: $surface;
        padding: 0 1;
        #facts-meta, #facts-list { height: auto; }
        & > .facts--heading { color: $accent; text-style: bold; }
        & > .facts--title { color: $primary; text-style: bold; }
    }
    """

    def __init__(self, dates: Dates, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._dates = dates
        self.article: Article | None = None
        self.event: EventSummary | None = None
        self.facts: list[dict[str, Any]] | None = None
        self.facts_note: str = ""
        self.why: list[str] = []  # why the article's reports are one event

    def compose(self) -> ComposeResult:
        yield Static(Text("Open an article to see its facts.", style="italic"), id="facts-meta")
        yield Static(id="facts-list")

    def _heading(self, text: Text, label: str) -> None:
        style = self.get_component_rich_style("facts--heading")
        text.append(f"\n{label}\n", style=Style(color=style.color, bold=True))

    def show(self, article: Article, event: EventSummary | None = None) -> None:
        """Show what the store knows; facts follow via `show_facts`."""
        self.article = article
        self.event = event
        self.facts = None
        self.facts_note = "Extracting facts…"
        self.why = []
        self._render_meta()
        self._render_facts()

    def show_facts(
        self, article_id: int | None, facts: list[dict[str, Any]] | None, note: str = ""
    ) -> None:
        if self.article is None or self.article.id != article_id:
            return  # a late answer for an article no longer shown
        self.facts = facts
        self.facts_note = note
        self._render_facts()

    def show_why(self, article_id: int | None, lines: list[str]) -> None:
        if self.article is not None and self.article.id == article_id:
            self.why = lines
            self._render_meta()

    def clear(self) -> None:
        self.article = None
        self.query_one("#facts-meta", Static).update(
            Text("Open an article to see its facts.", style="italic")
        )
        self.query_one("#facts-list", Static).update("")

    def _render_meta(self) -> None:
        article = self.article
        if article is None:
            return
        dates = self._dates
        ui = dates.locale
        out = Text()
        title = self.get_component_rich_style("facts--title")
        out.append("About this article", style=Style(color=title.color, bold=True))
        out.append("\n")
        self._heading(out, "Language")
        if article.language:
            how = "detected" if article.language_detected else "declared"
            out.append(f"{language_name(article.language, ui)} ({article.language.upper()})")
            out.append(f"\n{how}", style="italic dim")
        else:
            out.append("unknown", style="italic")
        out.append("\n")
        self._heading(out, "Source")
        out.append(safe_inline(article.source) or "—")
        out.append("\n")
        self._heading(out, "Published")
        when = parse_published(article.published)
        if when is None:
            out.append("unknown", style="italic")
        else:
            precision = article.published_precision
            out.append(dates.long(article.published, precision))
            out.append(f"\n{dates.relative_to(article.published, precision)}", style="italic")
            own = parse_locale(article.language)
            if own is not None and own.language != ui.language:
                out.append(f"\n{language_name(own.language, own)}: ", style="dim")
                out.append(dates.long(article.published, precision, own), style="dim")
        out.append("\n")
        self._heading(out, "Length")
        words = word_count(article.body)
        minutes = reading_minutes(words)
        out.append(f"{counted(words, 'word', 'words', ui)} · {minutes} min read")
        event = self.event
        if event is not None and event.size > 1:
            out.append("\n")
            self._heading(out, "Event")
            langs = ", ".join(code.upper() for code in event.languages) or "—"
            out.append(
                f"{counted(event.size, 'report', 'reports', ui)} · "
                f"{counted(len(event.languages), 'language', 'languages', ui)} ({langs}) · "
                f"{counted(len(event.sources), 'outlet', 'outlets', ui)}"
            )
            if self.why:
                out.append("\none event because they share:", style="dim")
                for line in self.why:
                    out.append(f"\n• {safe_inline(line)}", style="dim")
            out.append("\npress c to compare", style="italic dim")
        if article.tags:
            out.append("\n")
            self._heading(out, "Tags")
            out.append(", ".join(safe_inline(tag) for tag in article.tags))
        self.query_one("#facts-meta", Static).update(out)

    def _render_facts(self) -> None:
        out = Text()
        if self.facts is None:
            out.append(f"\n{self.facts_note}", style="italic dim")
        else:
            groups = group_facts(self.facts)
            if not any(groups.values()) and not self.facts_note:
                out.append("\nNo facts found.", style="italic dim")
            for key, label in GROUPS:
                lines = groups[key]
                if not lines:
                    continue
                if out.plain:
                    out.append("\n")
                self._heading(out, label)
                out.append("\n".join(f"• {line}" for line in lines))
            if self.facts_note:
                out.append(f"\n{self.facts_note}", style="italic dim")
        self.query_one("#facts-list", Static).update(out)
