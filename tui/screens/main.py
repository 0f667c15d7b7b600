"""The reader: feed (left), article (centre), facts (right)."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.events import Resize
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Footer, Input

from tui.formatting import Dates, language_name, number
from tui.models import Article, ParallaxError
from tui.screens.compare import open_compare
from tui.store import ArticleFilter, Store, fts_query_from_text
from tui.widgets.article import ArticleView
from tui.widgets.chrome import ArchiveHeader, ImportProgress
from tui.widgets.facts import FactsPanel
from tui.widgets.feed import FeedView
from tui.widgets.safe import safe_inline

if TYPE_CHECKING:
    from tui.config import Config

FactExtractor = Callable[[Article], list[dict[str, Any]]]

NARROW_WIDTH = 100
PANES = ("#feed", "#article", "#facts")


def search_terms(text: str) -> list[str]:
    """The words of a search box as the FTS query sees them."""
    import re

    return re.findall(r"\w+", text)


class MainScreen(Screen[None]):
    """Owns the current view (filter + search) and wires the panes together."""

    BINDINGS = [
        # priority: runs before the next queued key, so fast typing lands in the box
        Binding("slash", "search", "Search", id="search", priority=True),
        Binding("l", "filter_language", "Language", id="filter_language"),
        Binding("s", "filter_source", "Source", id="filter_source"),
        Binding("u", "toggle_unread", "Unread", id="unread_only"),
        Binding("S", "toggle_starred", "Starred", show=False, id="starred_only"),
        Binding("e", "toggle_events", "Events", id="group_events"),
        Binding("E", "events_screen", "Events screen", show=False, id="events_screen"),
        Binding("asterisk", "star", "Star", show=False, id="star"),
        Binding("r", "toggle_read", "Read", show=False, id="read"),
        Binding("o", "open_url", "Open URL", show=False, id="open_url"),
        Binding("c", "compare", "Compare", id="compare"),
        Binding("f", "toggle_facts", "Facts", id="toggle_facts"),
        Binding("i", "import", "Import", show=False, id="import"),
        Binding("tab", "cycle_pane(1)", "Next pane", show=False, id="next_pane"),
        Binding("shift+tab", "cycle_pane(-1)", "Previous pane", show=False, id="previous_pane"),
        Binding("escape", "clear", "Clear", show=False, id="clear"),
    ]

    class CompareRequested(Message):
        """`c`: compare the current article with the other reports of its event."""

        def __init__(self, article: Article | None) -> None:
            super().__init__()
            self.article = article

    def __init__(
        self,
        store: Store,
        dates: Dates,
        config: Config,
        archive_name: str,
        extractor: FactExtractor | None = None,
    ) -> None:
        super().__init__()
        self.extractor = extractor
        self.store = store
        self.dates = dates
        self.config = config
        self.archive_name = archive_name
        self.filter = ArticleFilter(
            language=config.language,
            unread_only=config.unread_only,
            group_events=config.group_by_event,
        )
        self.search_text = ""
        self.narrow = False
        self.facts_wanted = config.show_facts
        self._last_reload = 0.0
        self._stats: dict[str, int] | None = None

    # -- layout --------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield ArchiveHeader(id="header")
        with Horizontal(id="panes"):
            with Vertical(id="feed-column"):
                yield Input(placeholder="Search the archive…", id="search")
                yield FeedView(self.store, self.dates, self.filter, id="feed")
            yield ArticleView(self.dates, id="article")
            yield FactsPanel(self.dates, id="facts")
        yield ImportProgress(id="import-progress")
        yield Footer(compact=True)

    @property
    def feed(self) -> FeedView:
        return self.query_one("#feed", FeedView)

    @property
    def article_view(self) -> ArticleView:
        return self.query_one("#article", ArticleView)

    @property
    def facts(self) -> FactsPanel:
        return self.query_one("#facts", FactsPanel)

    @property
    def search_box(self) -> Input:
        return self.query_one("#search", Input)

    def on_mount(self) -> None:
        self.search_box.display = False
        self._layout(self.app.size.width)
        self.feed.focus()
        self.refresh_header()

    def on_resize(self, event: Resize) -> None:
        self._layout(event.size.width)

    def _layout(self, width: int) -> None:
        self.narrow = width < NARROW_WIDTH
        self.set_class(self.narrow, "-narrow")
        # At 80 columns the footer keeps the keys; ctrl+p still works and is in `?`.
        self.query_one(Footer).show_command_palette = not self.narrow
        self._apply_facts_visibility()

    def _apply_facts_visibility(self) -> None:
        """Wide: facts beside the article. Narrow: hidden; `f` swaps the feed for them."""
        visible = self.facts_wanted if not self.narrow else self._facts_narrow
        self.set_class(not visible, "-facts-hidden")
        self.set_class(self.narrow and visible, "-facts-instead-of-feed")
        focused = self.focused
        if focused is self.feed and self.has_class("-facts-instead-of-feed"):
            self.set_focus(self.article_view)
        elif focused is not None and focused.id == "facts" and not visible:
            self.set_focus(self.feed)

    _facts_narrow = False

    # -- header --------------------------------------------------------------------------

    def filter_summary(self) -> str:
        parts: list[str] = []
        flt = self.filter
        if self.search_text:
            parts.append(f"search “{self.search_text}”")
        if flt.language:
            parts.append(language_name(flt.language, self.dates.locale))
        if flt.source:
            parts.append(flt.source)
        if flt.unread_only:
            parts.append("unread only")
        if flt.starred_only:
            parts.append("starred only")
        if flt.group_events:
            parts.append("grouped by event")
        return " · ".join(parts)

    def refresh_header(self, recount: bool = False) -> None:
        """Redraw the header; archive totals are re-read only when `recount` (imports)."""
        locale = self.dates.locale
        if recount or self._stats is None:
            self._stats = self.store.stats()
        stats = self._stats
        shown = self.feed.count
        counts = (
            f"{number(stats['total'], locale)} articles · {number(stats['unread'], locale)} unread"
            f" · {number(stats['languages'], locale)} languages"
        )
        summary = self.filter_summary()
        if summary:
            summary = f"{number(shown, locale)} shown: {summary}"
        self.query_one(ArchiveHeader).show_status(self.archive_name, counts, summary)

    def _count_unread(self, delta: int) -> None:
        if self._stats is not None:
            self._stats["unread"] = max(0, self._stats["unread"] + delta)
        self.refresh_header()

    # -- feed ----------------------------------------------------------------------------

    def apply_filter(self, flt: ArticleFilter) -> None:
        self.filter = flt
        self.feed.set_filter(flt)
        self.refresh_header()

    def _search_filter(self) -> ArticleFilter:
        return replace(self.filter, query=fts_query_from_text(self.search_text))

    @on(FeedView.Counted)
    def _feed_counted(self, event: FeedView.Counted) -> None:
        event.stop()
        if self.is_mounted:
            self.refresh_header()

    @on(FeedView.Opened)
    async def _feed_opened(self, event: FeedView.Opened) -> None:
        event.stop()
        if event.article.id is not None:
            await self.open_article(event.article.id)

    async def open_article(self, article_id: int) -> None:
        """Show an article in full and mark it read."""
        article = self.store.get(article_id)
        if article is None:
            self.notify(
                f"Article {article_id} is no longer in the archive",
                severity="warning",
                markup=False,
            )
            return
        await self.article_view.show(article, search_terms(self.search_text))
        event = None
        if article.event_id is not None:
            event = self.store.event_summaries([article.event_id]).get(article.event_id)
        self.facts.show(article, event)
        self.extract_facts(article)
        if event is not None and event.size > 1:
            self.explain_event(article.id, event.id)
        if not article.read:
            self.store.set_read(article_id, True)
            article.read = True
            self.feed.update_article(article_id, read=True)
            self._count_unread(-1)

    @work(thread=True, exclusive=True, group="why")
    def explain_event(self, article_id: int | None, event_id: int) -> None:
        """Why the article's reports are one event (shared keys and weights), off the UI."""
        from tui.event_report import explain

        try:
            lines = [f"{r.label} ×{r.reports} ({r.weight:.2f})"
                     for r in explain(self.store, event_id, limit=4)]
        except Exception:  # an explanation must never take the reader down
            return
        self.app.call_from_thread(self.facts.show_why, article_id, lines)

    def jump_to(self, article_id: int) -> None:
        """Put the feed cursor on an article (clearing filters that hide it) and open it."""
        index = self.store.index_of(article_id, self.feed.filter)
        if index is None:
            self.search_text = ""
            self.search_box.value = ""
            self.search_box.display = False
            self.apply_filter(ArticleFilter())
            index = self.store.index_of(article_id, self.feed.filter)
        if index is not None:
            self.feed.select_index(index)
        self.feed.focus()
        self.run_worker(self.open_article(article_id), exclusive=True, group="open")

    @work(thread=True, exclusive=True, group="facts")
    def extract_facts(self, article: Article) -> None:
        """Facts for the sidebar, off the UI thread; cached in the store when the engine
        declares a `FACTS_VERSION`."""
        extract_facts = self.extractor
        version: int | None = None
        if extract_facts is None:
            try:
                from tui.analysis import facts as engine
            except ImportError:
                self.app.call_from_thread(
                    self.facts.show_facts, article.id, [], "Fact extraction is not available yet."
                )
                return
            extract_facts = engine.extract_facts
            version = getattr(engine, "FACTS_VERSION", None)
        if version is not None and article.id is not None:
            cached = self.store.cached_facts(article.id, version)
            if cached is not None:
                self.app.call_from_thread(self.facts.show_facts, article.id, cached, "")
                return
        try:
            facts: list[dict[str, Any]] = list(extract_facts(article))
        except Exception as exc:  # the engine must never take the reader down
            self.app.call_from_thread(
                self.facts.show_facts, article.id, [], f"Could not extract facts: {exc}"
            )
            return
        if version is not None and article.id is not None:
            with contextlib.suppress(ParallaxError):  # a read-only archive still shows them
                self.store.cache_facts(article.id, version, facts)
        self.app.call_from_thread(self.facts.show_facts, article.id, facts, "")

    def _target(self) -> Article | None:
        """The article a key acts on: the open one when reading, else the feed's cursor."""
        focused = self.focused
        if focused is not None and focused.id in ("article", "facts") and self.article_view.article:
            return self.article_view.article
        return self.feed.current_article

    # -- search --------------------------------------------------------------------------

    def action_search(self) -> None:
        box = self.search_box
        box.display = True
        self.set_focus(box)  # now, not later: keys typed right after "/" must land in the box

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.search_text = safe_inline(event.value)
        self.feed.load_filter(self._search_filter())
        self.refresh_header()
        if self.article_view.article is not None:
            self.article_view.highlight(search_terms(self.search_text))

    @on(Input.Submitted, "#search")
    def _search_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self.focused is not self.search_box:
            # A second enter typed before the focus moved: it meant "open".
            self.feed.action_open()
            return
        if self.feed.filter != self._search_filter() or self.feed.loading_rows:
            self.feed.set_filter(self._search_filter())  # enter: don't wait for the debounce
        self.set_focus(self.feed)

    # -- filters -------------------------------------------------------------------------

    def action_filter_language(self) -> None:
        locale = self.dates.locale
        choices = [("", "All languages")]
        for code, count in self.store.languages():
            if code:
                label = f"{code.upper():<4}{language_name(code, locale)}  ({number(count, locale)})"
                choices.append((code, label))
        self.app.push_screen(
            _picker("Filter by language", choices, self.filter.language),
            lambda value: self.set_language(value),
        )

    def action_filter_source(self) -> None:
        locale = self.dates.locale
        choices = [("", "All sources")]
        for source, count in self.store.sources():
            if source:
                choices.append((source, f"{safe_inline(source)}  ({number(count, locale)})"))
        self.app.push_screen(
            _picker("Filter by source", choices, self.filter.source),
            lambda value: self.set_source(value),
        )

    def set_language(self, code: str | None) -> None:
        if code is not None:
            self.apply_filter(replace(self._search_filter(), language=code or None))

    def set_source(self, source: str | None) -> None:
        if source is not None:
            self.apply_filter(replace(self._search_filter(), source=source or None))

    def action_toggle_unread(self) -> None:
        flt = self._search_filter()
        self.apply_filter(replace(flt, unread_only=not flt.unread_only))

    def action_toggle_starred(self) -> None:
        flt = self._search_filter()
        self.apply_filter(replace(flt, starred_only=not flt.starred_only))

    def action_toggle_events(self) -> None:
        """Show reports of one event together (newest event first), or plain newest first."""
        flt = self._search_filter()
        self.apply_filter(replace(flt, group_events=not flt.group_events))

    def action_events_screen(self) -> None:
        """`E`: one row per event, newest first; enter shows how it was covered."""
        from tui.screens.events import EventsScreen

        self.app.push_screen(EventsScreen(self.store, self.dates),
                             lambda _r: self.feed.reload(keep_position=True))

    def action_clear(self) -> None:
        """Escape: close the search and drop every filter."""
        # Grouping by event is a way of looking, not a filter: it stays.
        plain = ArticleFilter(group_events=self.filter.group_events)
        had_anything = bool(self.search_text) or self.filter != plain
        box = self.search_box
        box.value = ""
        box.display = False
        if self.article_view.article is not None:
            self.article_view.highlight([])
        self.search_text = ""
        self.apply_filter(plain)
        self.feed.focus()
        if had_anything:
            self.notify("Search and filters cleared", timeout=2, markup=False)

    # -- article state -------------------------------------------------------------------

    def action_star(self) -> None:
        article = self._target()
        if article is None or article.id is None:
            return
        article.starred = not article.starred
        self.store.set_starred(article.id, article.starred)
        self.feed.update_article(article.id, starred=article.starred)
        if self.article_view.article and self.article_view.article.id == article.id:
            self.article_view.article.starred = article.starred

    def action_toggle_read(self) -> None:
        article = self._target()
        if article is None or article.id is None:
            return
        article.read = not article.read
        self.store.set_read(article.id, article.read)
        self.feed.update_article(article.id, read=article.read)
        if self.article_view.article and self.article_view.article.id == article.id:
            self.article_view.article.read = article.read
        self._count_unread(-1 if article.read else 1)

    def action_open_url(self) -> None:
        article = self.article_view.article or self.feed.current_article
        url = safe_inline(article.url) if article else ""
        if not url:
            self.notify("This article has no URL", severity="warning", markup=False)
            return
        if not url.lower().startswith(("http://", "https://")):
            self.notify(f"Not opening a non-web link: {url}", severity="warning", markup=False)
            return
        self.app.open_url(url)
        self.notify(f"Opening {url}", timeout=3, markup=False)

    @on(ArticleView.LinkRequested)
    def _link_requested(self, event: ArticleView.LinkRequested) -> None:
        event.stop()
        self.notify(f"Link: {safe_inline(event.href)}", timeout=6, markup=False)

    def action_compare(self) -> None:
        self.post_message(self.CompareRequested(self._target()))

    @on(CompareRequested)
    def _compare_requested(self, event: CompareRequested) -> None:
        if event.article is None or event.article.id is None:
            self.notify("Select an article to compare", severity="warning", markup=False)
            return
        open_compare(self.app, event.article.id)

    # -- panes ---------------------------------------------------------------------------

    def action_toggle_facts(self) -> None:
        if self.narrow:
            self._facts_narrow = not self._facts_narrow
        else:
            self.facts_wanted = not self.facts_wanted
        self._apply_facts_visibility()

    def action_cycle_pane(self, step: int) -> None:
        panes = [self.query_one(p) for p in PANES]
        if self.has_class("-facts-hidden"):
            panes = [p for p in panes if p.id != "facts"]
        if self.has_class("-facts-instead-of-feed"):
            panes = [p for p in panes if p.id != "feed"]
        focused = self.focused
        index = next((i for i, p in enumerate(panes) if p is focused), -1)
        panes[(index + step) % len(panes)].focus()

    # -- import --------------------------------------------------------------------------

    def action_import(self) -> None:
        from tui.screens.dialogs import PromptScreen

        self.app.push_screen(
            PromptScreen("Import a file or folder", placeholder="~/news/ or feed.xml"),
            lambda path: self.start_import(path) if path else None,
        )

    def start_import(self, path: str) -> None:
        self.query_one(ImportProgress).start()
        self._last_reload = 0.0
        self.import_paths([path])

    @work(thread=True, exclusive=True, group="import")
    def import_paths(self, paths: list[str]) -> None:
        from tui.batch import import_paths

        expanded = [str(Path(p).expanduser()) for p in paths]

        def progress(done: int, total: int, path: Path | None) -> None:
            self.app.call_from_thread(self._import_progress, done, total, path)

        try:
            result = import_paths(
                self.store, expanded, max_bytes=self.config.max_import_bytes, progress=progress
            )
        except ParallaxError as exc:
            self.app.call_from_thread(self._import_failed, str(exc))
            return
        self.app.call_from_thread(self._import_done, result)

    def _import_progress(self, done: int, total: int, path: Path | None) -> None:
        self.query_one(ImportProgress).advance(done, total, path.name if path else "")
        now = time.monotonic()
        if now - self._last_reload > 0.5 or done == total:
            self._last_reload = now
            self.feed.reload(keep_position=True)
            self.refresh_header(recount=True)

    def _import_failed(self, message: str) -> None:
        self.query_one(ImportProgress).finish()
        self.notify(message, title="Import failed", severity="error", timeout=10, markup=False)

    def _import_done(self, result: Any) -> None:
        self.query_one(ImportProgress).finish()
        self.feed.reload(keep_position=True)
        self.refresh_header(recount=True)
        for error in result.errors:
            self.notify(safe_inline(str(error)), severity="error", timeout=10, markup=False)
        self.notify(result.summary().capitalize(), title="Import finished", timeout=5, markup=False)


def _picker(title: str, choices: list[tuple[str, str]], current: str | None):  # noqa: ANN202
    from tui.screens.dialogs import PickerScreen

    return PickerScreen(title, choices, current)
