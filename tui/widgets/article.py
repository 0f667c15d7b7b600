"""The article pane: a header (title, source, byline, date, language) and a Markdown body."""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from markdown_it import MarkdownIt
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Markdown, Static
from textual.widgets.markdown import MarkdownBlock

from tui.formatting import Dates, language_name
from tui.models import Article, parse_published
from tui.widgets.safe import safe_body, safe_inline
from tui.widgets.url import ShortUrl

MATCH_STYLE = "bold $foreground on $accent 45%"
PLACEHOLDER = "Select an article in the feed and press enter to read it."


def _parser() -> MarkdownIt:
    # No raw HTML: tags in a body are shown as text, never interpreted.
    return MarkdownIt("gfm-like", {"html": False})


def highlight_pattern(terms: list[str]) -> re.Pattern[str] | None:
    """A regex for search words as the FTS query matches them (prefixes, any case, and
    any accents: "Crete" marks "Crète")."""
    from tui.search import highlight_pattern as folding_pattern

    return folding_pattern(terms)


class ArticleView(VerticalScroll, can_focus=True):
    """Shows one article. Links in the body never open by themselves."""

    BINDINGS = [
        Binding("j,down", "scroll_down", "Down", show=False, id="article.down"),
        Binding("k,up", "scroll_up", "Up", show=False, id="article.up"),
        Binding("g,home", "scroll_home", "Top", show=False, id="article.top"),
        Binding("G,end", "scroll_end", "Bottom", show=False, id="article.bottom"),
    ]

    DEFAULT_CSS = """
    ArticleView {
        background: $background;
        padding: 0 2;
        #article-head { height: auto; padding: 1 0 0 0; }
        #article-placeholder { color: $text-muted; padding: 1 0; }
        Markdown { margin: 1 0 0 0; padding: 0; background: transparent; }
    }
    """

    class LinkRequested(Message):
        """A link in the body was clicked: the screen decides (it never auto-opens)."""

        def __init__(self, href: str) -> None:
            super().__init__()
            self.href = href

    def __init__(self, dates: Dates, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._dates = dates
        self.article: Article | None = None
        self._terms: list[str] = []
        self._unhighlighted: WeakKeyDictionary[MarkdownBlock, Content] = WeakKeyDictionary()

    def compose(self) -> ComposeResult:
        yield Static(Text(PLACEHOLDER), id="article-placeholder")
        yield Static(id="article-head")
        yield ShortUrl(id="article-url")
        yield Markdown(id="article-body", open_links=False, parser_factory=_parser)

    def on_mount(self) -> None:
        self.query_one("#article-head").display = False
        self.query_one("#article-url").display = False
        self.query_one("#article-body").display = False

    def header_text(self, article: Article) -> Text:
        dates = self._dates
        head = Text()
        head.append(safe_inline(article.title) or "(untitled)", style="bold")
        head.append("\n")
        meta: list[str] = []
        if article.source:
            meta.append(safe_inline(article.source))
        when = parse_published(article.published)
        if when is not None:
            meta.append(dates.short(article.published, article.published_precision))
        if article.language:
            meta.append(
                f"{language_name(article.language, dates.locale)} ({article.language.upper()})"
            )
        head.append(" · ".join(meta), style="italic")
        return head

    async def show(self, article: Article, terms: list[str] | None = None) -> None:
        """Display `article` (with its body); highlight `terms` from the current search."""
        self.article = article
        self._terms = list(terms or [])
        self.query_one("#article-placeholder").display = False
        head = self.query_one("#article-head", Static)
        head.update(self.header_text(article))
        head.display = True
        self.query_one("#article-url", ShortUrl).show(article.url)
        body = self.query_one("#article-body", Markdown)
        body.display = True
        await body.update(safe_body(article.body) or "*(no text)*")
        self.highlight(self._terms)
        self.scroll_home(animate=False)

    def clear(self) -> None:
        self.article = None
        self.query_one("#article-placeholder").display = True
        self.query_one("#article-head").display = False
        self.query_one("#article-url").display = False
        self.query_one("#article-body").display = False

    def highlight(self, terms: list[str]) -> None:
        """Mark the words of the current search in the body."""
        self._terms = list(terms)
        if self.article is not None:  # words found through the romanised index copy
            from tui.search import other_script_spellings

            text = f"{self.article.title}\n{self.article.body}"
            terms = [*terms, *other_script_spellings(self._terms, text)]
        pattern = highlight_pattern(list(terms))
        for block in self.query(MarkdownBlock):
            original = self._unhighlighted.get(block)
            if original is None:
                content = block.content
                if not isinstance(content, Content):
                    continue
                original = self._unhighlighted[block] = content
            if pattern is None:
                block.update(original)
            else:
                block.update(original.highlight_regex(pattern, style=MATCH_STYLE))

    def on_markdown_link_clicked(self, event: Markdown.LinkClicked) -> None:
        event.stop()
        self.post_message(self.LinkRequested(event.href))
