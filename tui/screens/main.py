"""The reader: feed (left), article (centre), facts (right).

With no article open the feed has the whole width; opening one gives the article the
room to be read (see `layout`), escape goes back to the wide feed.
"""

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
from textual.widgets import Footer, Input, Static

from tui.feeds.fetch import is_web_url
from tui.formatting import Dates, counted, language_name, number
from tui.models import Article, ParallaxError
from tui.screens.actions import ACTION_BINDINGS, SORT_LABELS, SORT_SHORT, ArticleActions
from tui.screens.compare import open_compare
from tui.screens.layout import (
    FACTS_MAX,
    FACTS_MIN,
    FEED_PERCENT_MAX,
    FEED_PERCENT_MIN,
    Panes,
    pane_sizes,
)
from tui.screens.live import LIVE_BINDINGS, LiveActions
from tui.screens.subscriptions import SubscriptionActions
from tui.search import SearchError, SearchPlan, plan_search
from tui.store import ArchiveStore, ArticleFilter
from tui.widgets.article import ArticleView
from tui.widgets.chrome import ArchiveHeader, ImportProgress
from tui.widgets.facts import FactsPanel
from tui.widgets.feed import FeedView
from tui.widgets.header_line import HeaderStatus, Part
from tui.widgets.new_articles import NewArticles
from tui.widgets.safe import safe_inline

if TYPE_CHECKING:
    from tui.config import Config

FactExtractor = Callable[[Article], list[dict[str, Any]]]

NARROW_WIDTH = 100
PANES = ("#feed", "#article", "#facts")
PANE_STEP = 4  # percent of the width for the feed, columns for the facts

PANE_BINDINGS = [
    Binding("left_square_bracket", "resize_feed(-1)", "Narrower feed", show=False,
            id="feed_narrower"),
    Binding("right_square_bracket", "resize_feed(1)", "Wider feed", show=False,
            id="feed_wider"),
    Binding("left_curly_bracket", "resize_facts(-1)", "Narrower facts", show=False,
            id="facts_narrower"),
    Binding("right_curly_bracket", "resize_facts(1)", "Wider facts", show=False,
            id="facts_wider"),
    Binding("equals_sign", "reset_panes", "Default pane sizes", show=False, id="reset_panes"),
]


def search_plan(text: str, exact: bool = False) -> SearchPlan | SearchError | None:
    """The search box's query (prefix words, known spellings); None when empty."""
    if not text.strip():
        return None
    try:
        return plan_search(text, exact=exact, prefix=True, syntax=False)
    except SearchError as exc:
        return exc


def search_terms(text: str, exact: bool = False) -> list[str]:
    """The words to highlight for a search box: typed words and the spellings added."""
    plan = search_plan(text, exact)
    return plan.highlight_terms if isinstance(plan, SearchPlan) else []


class MainScreen(ArticleActions, SubscriptionActions, LiveActions, Screen[None]):
    """Owns the current view (filter + search) and wires the panes together."""

    CORE_BINDINGS = [
        # priority: runs before the next queued key, so fast typing lands in the box
        Binding("slash", "search", "Search", id="search", priority=True),
        Binding("l", "filter_language", "Language", id="filter_language"),
        Binding("s", "filter_source", "Source", id="filter_source"),
        Binding("u", "toggle_unread", "Unread", id="unread_only"),
        Binding("S", "toggle_starred", "Starred", show=False, id="starred_only"),
        Binding("e", "toggle_events", "Events", id="group_events"),
        Binding("E", "events_screen", "Events screen", show=False, id="events_screen"),
        Binding("D", "stats_screen", "Reports per day", show=False, id="stats_screen"),
        Binding("asterisk", "star", "Star", show=False, id="star"),
        Binding("r", "toggle_read", "Read", show=False, id="read"),
        Binding("o", "open_url", "Open URL", show=False, id="open_url"),
        Binding("c", "compare", "Compare", id="compare"),
        Binding("f", "toggle_facts", "Facts", id="toggle_facts"),
        Binding("i", "import", "Import", show=False, id="import"),
        Binding("R", "refresh_feeds", "Refresh feeds", show=False, id="refresh_feeds"),
        Binding("F", "feeds", "Feeds", show=False, id="feeds"),
        Binding("w", "save_search", "Save search", show=False, id="save_search"),
        Binding("tab", "cycle_pane(1)", "Next pane", show=False, id="next_pane"),
        Binding("shift+tab", "cycle_pane(-1)", "Previous pane", show=False, id="previous_pane"),
        Binding("escape", "clear", "Clear / close", show=False, id="clear"),
        Binding("V", "toggle_variants", "Spellings", show=False, id="search_variants"),
    ]
    BINDINGS = [*CORE_BINDINGS, *ACTION_BINDINGS, *PANE_BINDINGS, *LIVE_BINDINGS]

    class CompareRequested(Message):
        """`c`: compare the current article with the other reports of its event."""

        def __init__(self, article: Article | None) -> None:
            super().__init__()
            self.article = article

    def __init__(
        self,
        store: ArchiveStore,
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
            sort=config.sort,
        )
        self.search_text = ""
        self.search_exact = False  # V: only the spelling typed (no known variants)
        self.narrow = False
        self.facts_wanted = config.show_facts
        self.reading = False  # an article is open (else the feed has the whole width)
        self._last_reload = 0.0
        self._stats: dict[str, int] | None = None

    # -- layout --------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield ArchiveHeader(id="header")
        with Horizontal(id="panes"):
            with Vertical(id="feed-column"):
                yield Input(placeholder="Search the archive…", id="search")
                yield Static("", id="search-also", markup=False)
                yield FeedView(self.store, self.dates, self.filter, id="feed")
                yield NewArticles(self.dates.locale, id="new-articles")
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
        self._show_search_also()
        self._layout(self.app.size.width)
        self.feed.focus()
        self.refresh_header()
        if getattr(self.app, "group_pending", True):
            self._resume_grouping()
        self.start_auto_refresh()
        self.start_watching()

    def on_unmount(self) -> None:
        self.stop_watching()

    def on_resize(self, event: Resize) -> None:
        self._layout(event.size.width)

    def _layout(self, width: int | None = None) -> None:
        width = width or self.app.size.width
        self.narrow = width < NARROW_WIDTH
        # At 80 columns the footer keeps the keys; ctrl+p still works and is in `?`.
        self.query_one(Footer).show_command_palette = not self.narrow
        panes = pane_sizes(
            width, self.reading, self.config.feed_width, self.config.facts_width,
            self.facts_wanted, self._facts_narrow,
        )
        self.facts_fit = panes.facts_fit
        # Beside an article the title keeps a whole line; with the width, one line a row.
        self.feed.set_two_line(True if panes.reading else None)
        self.set_class(not panes.reading, "-listing")
        self.set_class(not panes.facts, "-facts-hidden")
        self.set_class(panes.reading and not panes.feed, "-facts-instead-of-feed")
        self.query_one("#feed-column").styles.width = panes.feed if panes.reading else "1fr"
        self.facts.styles.width = panes.facts or None
        focused = self.focused
        if focused is self.feed and not panes.feed:
            self.set_focus(self.article_view)
        elif focused is not None and (
            (focused.id in ("facts", "article") and not panes.reading)
            or (focused.id == "facts" and not panes.facts)
        ):
            self.set_focus(self.feed)

    _facts_narrow = False
    facts_fit = False

    # -- header --------------------------------------------------------------------------

    def filter_parts(self) -> list[Part]:
        """The view's filters, each with a shorter wording for a narrow header."""
        parts: list[Part] = []
        flt = self.filter
        if self.search_text:
            parts.append(Part(f"search “{self.search_text}”", f"“{self.search_text}”",
                              free=True, quote="”"))
        if flt.language:
            parts.append(Part(language_name(flt.language, self.dates.locale),
                              flt.language.upper()))
        if flt.source:
            parts.append(Part(flt.source, free=True))
        if flt.feed_id is not None:
            parts.append(Part(f"feed “{self.feed_title}”", f"“{self.feed_title}”",
                              free=True, quote="”"))
        if flt.unread_only:
            parts.append(Part("unread only", "unread"))
        if flt.starred_only:
            parts.append(Part("starred only", "starred"))
        if flt.group_events:
            parts.append(Part("grouped by event", "grouped"))
        if flt.sort != "date":
            label = SORT_LABELS.get(flt.sort, flt.sort).split(",")[0].lower()
            parts.append(Part(label, SORT_SHORT.get(flt.sort, label)))
        return parts

    def filter_summary(self) -> str:
        return " · ".join(part.full for part in self.filter_parts())

    def refresh_header(self, recount: bool = False) -> None:
        """Redraw the header; archive totals are re-read only when `recount` (imports)."""
        locale = self.dates.locale
        if recount or self._stats is None:
            self._stats = self.store.stats()
        stats = self._stats
        articles = counted(stats["total"], "article", "articles", locale)
        unread = f"{number(stats['unread'], locale)} unread"
        languages = counted(stats["languages"], "language", "languages", locale)
        counts = (
            f"{articles} · {unread} · {languages}",
            f"{articles} · {unread}",
            f"{number(stats['unread'], locale)}/{number(stats['total'], locale)} unread",
        )
        parts = self.filter_parts()
        self.query_one(ArchiveHeader).show_status(HeaderStatus(
            self.archive_name, counts,
            f"{number(self.feed.count, locale)} shown" if parts else "", tuple(parts),
            self.activity,
        ))

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
        plan = search_plan(self.search_text, self.search_exact)
        query = plan.fts if isinstance(plan, SearchPlan) else None
        return replace(self.filter, query=query)

    def _show_search_also(self) -> None:
        """The line under the search box: spellings searched too, or why nothing runs."""
        plan = search_plan(self.search_text, self.search_exact)
        line = self.query_one("#search-also", Static)
        if isinstance(plan, SearchError):
            text = str(plan)
        elif plan is not None and plan.note:
            text = plan.note
        elif plan is not None and plan.also:
            text = f"{plan.also} · V: only “{plan.text}”"
        elif plan is not None and self.search_exact:
            text = "only the spelling typed · V: also other spellings"
        else:
            text = ""
        line.update(text)
        line.display = bool(text) and self.search_box.display

    def action_toggle_variants(self) -> None:
        """V: search known spellings of a name too (Kyiv, Kiev, Київ), or only the one typed."""
        self.search_exact = not self.search_exact
        self._search_changed_to(self.search_text)

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
        await self.article_view.show(article, search_terms(self.search_text, self.search_exact))
        if not self.reading:
            self.reading = True
            self._layout()
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
        self._show_search_also()
        self.set_focus(box)  # now, not later: keys typed right after "/" must land in the box

    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._search_changed_to(safe_inline(event.value))

    def _search_changed_to(self, text: str) -> None:
        self.search_text = text
        self.feed.load_filter(self._search_filter())
        self.refresh_header()
        self._show_search_also()
        if self.article_view.article is not None:
            self.article_view.highlight(search_terms(self.search_text, self.search_exact))

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

    def action_stats_screen(self) -> None:
        """`D`: reports per day over the last weeks, overall and per language."""
        from tui.screens.stats import StatsScreen

        self.app.push_screen(StatsScreen(self.store, self.dates))

    def action_clear(self) -> None:
        """Escape: from the article, back to the feed; in the feed, close the search and
        drop every filter, or (with none) close the article so the feed has the width."""
        focused = self.focused
        if self.reading and focused is not None and focused.id in ("article", "facts"):
            self.close_article()
            return
        # Grouping by event and the sort are ways of looking, not filters: they stay.
        plain = ArticleFilter(group_events=self.filter.group_events, sort=self.filter.sort)
        had_anything = bool(self.search_text) or self.filter != plain
        if not had_anything and self.reading:
            self.close_article()
            return
        box = self.search_box
        box.value = ""
        box.display = False
        if self.article_view.article is not None:
            self.article_view.highlight([])
        self.search_text = ""
        self._show_search_also()
        self.apply_filter(plain)
        self.feed.focus()
        if had_anything:
            self.notify("Search and filters cleared", timeout=2, markup=False)

    def close_article(self) -> None:
        """Back to the wide feed, its cursor on the article that was open."""
        self.reading = False
        self._facts_narrow = False
        self.article_view.clear()
        self._layout()
        self.feed.focus()

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
        if not self.reading:
            self.notify("Open an article to see its facts", timeout=2, markup=False)
            return
        if self.facts_fit:
            self.facts_wanted = not self.facts_wanted
        else:
            self._facts_narrow = not self._facts_narrow
        self._layout()

    def _reading_panes(self, percent: int) -> Panes:
        """The panes beside an open article at this width with the feed at `percent`."""
        return pane_sizes(
            self.app.size.width, True, percent, self.config.facts_width, self.facts_wanted,
            self._facts_narrow,
        )

    def action_resize_feed(self, step: int) -> None:
        """`[` / `]`: the feed's share of the width beside an article. Steps start from the
        share the feed really has (the article keeps its minimum), so every press shows."""
        from tui.screens.layout import default_feed_percent

        width = self.app.size.width
        current = self.config.feed_width or default_feed_percent(width)
        now = self._reading_panes(current).feed
        if now:
            current = min(current, round(now * 100 / width))
        wanted = max(FEED_PERCENT_MIN, min(FEED_PERCENT_MAX, current + step * PANE_STEP))
        panes = self._reading_panes(wanted)
        if now and panes.feed == now:
            article = width - panes.feed - panes.facts
            edge = f"widest: the article keeps {article} columns" if step > 0 else "narrowest"
            self.notify(f"The feed is at its {edge}", timeout=3, markup=False)
            return
        self._resized("feed_width", wanted, f"Feed: {wanted}% of the width")

    def action_resize_facts(self, step: int) -> None:
        """`{` / `}`: the facts sidebar's width in columns."""
        wanted = max(FACTS_MIN, min(FACTS_MAX, self.config.facts_width + step * PANE_STEP))
        self._resized("facts_width", wanted, f"Facts: {wanted} columns")

    def action_reset_panes(self) -> None:
        from tui.config import Config

        self.config.feed_width = Config.feed_width
        self._resized("facts_width", Config.facts_width, "Default pane sizes")

    def _resized(self, key: str, value: int, message: str) -> None:
        setattr(self.config, key, value)
        self._layout()
        if not self.reading:
            message += " (applies beside an open article)"
        self.notify(message, timeout=2, markup=False)
        save = getattr(self.app, "save_settings_now", None)
        if save is not None:
            save()

    def action_cycle_pane(self, step: int) -> None:
        panes = [self.query_one(p) for p in PANES]
        if self.has_class("-listing"):
            panes = panes[:1]
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
        if is_web_url(path):  # fetched once, like `parallax import URL`
            self.import_url(path)
            return
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
                self.store,
                expanded,
                max_bytes=self.config.max_import_bytes,
                progress=progress,
                group_progress=self._grouping_progress_from_thread,
                workers=1,  # in-process: see group_pending
            )
        except ParallaxError as exc:
            self.app.call_from_thread(self._import_failed, str(exc))
            return
        self.app.call_from_thread(self._import_done, result)

    def _resume_grouping(self) -> None:
        """Work off the analysis queue in the background (what an interrupted import left,
        on open; what a refresh stored, after it)."""
        from tui.events import ENGINE

        if self.store.read_only:
            return  # a reader role on a shared archive: the importers group
        if self.store.pending_count(ENGINE):
            self.query_one(ImportProgress).start()
            self.group_pending()

    @work(thread=True, exclusive=True, group="grouping")
    def group_pending(self) -> None:
        from tui.events import group_new_articles

        try:
            # In-process (one core): the reader's own stdio is the terminal's, and worker
            # processes must not inherit it. The command line uses every core.
            group_new_articles(
                self.store, progress=self._grouping_progress_from_thread, workers=1
            )
        except Exception as exc:  # grouping must never take the reader down
            self.app.call_from_thread(self._import_failed, f"grouping stopped: {exc}")
            return
        self.app.call_from_thread(self._grouping_done)

    def _grouping_progress_from_thread(self, done: int, total: int) -> None:
        self.app.call_from_thread(self._grouping_progress, done, total)

    def _grouping_progress(self, done: int, total: int) -> None:
        self.query_one(ImportProgress).advance(done, total, "", stage="Grouping events")
        now = time.monotonic()
        if now - self._last_reload > 1.0 or done == total:
            self._last_reload = now
            self.feed.reload(keep_position=True)

    def _grouping_done(self) -> None:
        self.query_one(ImportProgress).finish()
        self.feed.reload(keep_position=True)
        self.refresh_header(recount=True)

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
