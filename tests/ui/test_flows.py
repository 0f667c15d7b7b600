"""Pilot tests: every flow of the reader, against a small invented archive."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Markdown, OptionList

from tui.config import load_config
from tui.events import group_new_articles
from tui.models import Article
from tui.screens.dialogs import PickerScreen, PromptScreen
from tui.screens.help import HelpScreen
from tui.screens.main import MainScreen
from tui.store import Store
from tui.widgets.article import ArticleView
from tui.widgets.facts import FactsPanel
from tui.widgets.feed import FeedView

from .conftest import HOSTILE_TITLE, AppFactory

SIZE = (120, 40)


def feed_of(app) -> FeedView:
    return app.screen.query_one("#feed", FeedView)


def titles(feed: FeedView) -> list[str]:
    return [feed.article_at(i).title for i in range(feed.count)]


def plain(widget) -> str:
    rendered = widget.render()
    return getattr(rendered, "plain", str(rendered))


async def settle(app, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def test_feed_newest_first_and_navigation(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, MainScreen)
        feed = feed_of(app)
        assert feed.has_focus
        assert feed.count == 8
        names = titles(feed)
        assert names[0].startswith("Harbour strike") or names[0].startswith("La grève")
        assert names[-1].startswith("Untimed")  # undated last
        await pilot.press("j", "j", "down")
        assert feed.cursor == 3
        await pilot.press("k")
        assert feed.cursor == 2
        await pilot.press("G")
        assert feed.cursor == 7
        await pilot.press("g")
        assert feed.cursor == 0
        await pilot.press("end")
        assert feed.cursor == 7
        await pilot.press("home", "pagedown")
        assert feed.cursor == 7  # clamped to the last row
        await pilot.press("pageup")
        assert feed.cursor == 0


async def test_open_marks_read_and_shows_article(make_app: AppFactory, archive: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        feed = feed_of(app)
        first = feed.current_article
        assert first is not None and not first.read
        await pilot.press("enter")
        await settle(app, pilot)
        view = app.screen.query_one("#article", ArticleView)
        assert view.article is not None and view.article.id == first.id
        assert view.article.body  # full article loaded
        facts = app.screen.query_one("#facts", FactsPanel)
        assert facts.article is not None and facts.article.id == first.id
        assert facts.facts is not None  # the worker answered (facts or a note)
        assert feed.current_article.read
    with Store.open(archive) as store:
        assert store.get(first.id).read


async def test_tab_cycles_panes(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(app, pilot)
        await pilot.press("tab")
        assert app.focused.id == "feed"  # no article open: the feed is the only pane
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("tab")
        assert app.focused.id == "article"
        await pilot.press("tab")
        assert app.focused.id == "facts"
        await pilot.press("tab")
        assert app.focused.id == "feed"
        await pilot.press("shift+tab")
        assert app.focused.id == "facts"
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("tab", "tab")
        assert app.focused.id == "feed"  # 120 columns: no room for the facts beside


async def test_star_and_read_persist(make_app: AppFactory, archive: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        feed = feed_of(app)
        target = feed.current_article
        await pilot.press("asterisk", "r")
        assert feed.current_article.starred and feed.current_article.read
    with Store.open(archive) as store:
        stored = store.get(target.id)
        assert stored.starred and stored.read
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("asterisk", "r")
    with Store.open(archive) as store:
        stored = store.get(target.id)
        assert not stored.starred and not stored.read


async def test_search_as_you_type_and_highlight(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        box = app.screen.query_one("#search", Input)
        assert box.has_focus
        await pilot.press(*"quel")
        await settle(app, pilot)  # the search runs in a worker, debounced
        feed = feed_of(app)
        assert feed.count == 4  # prefix search: Quell in en/pt/es/de
        await pilot.press("enter")
        assert feed.has_focus
        await pilot.press("enter")
        await settle(app, pilot)
        md = app.screen.query_one(Markdown)
        highlighted = [
            span
            for block in md.query("MarkdownBlock")
            for span in getattr(block.content, "spans", [])
            if "accent" in str(span.style)
        ]
        assert highlighted
        await pilot.press("escape")
        assert feed.count == 8
        assert not box.display


async def test_search_with_fts_syntax_is_safe(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *'"zzqx AND (', "asterisk")
        await settle(app, pilot)
        assert feed_of(app).count == 0 and feed_of(app).error is None  # no crash


async def test_language_and_source_filters(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        options = app.screen.query_one(OptionList)
        labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert labels[0] == "All languages"
        assert any("Portuguese" in label for label in labels)
        pt = next(i for i, label in enumerate(labels) if label.startswith("PT"))
        options.highlighted = pt
        await pilot.press("enter")
        await pilot.pause()
        feed = feed_of(app)
        assert feed.count == 1 and feed.current_article.language == "pt"
        await pilot.press("s")
        await pilot.pause()
        options = app.screen.query_one(OptionList)
        labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        index = next(i for i, label in enumerate(labels) if label.startswith("Coastal"))
        options.highlighted = index
        await pilot.press("enter")
        await pilot.pause()
        assert feed.count == 0  # pt AND Coastal Times
        await pilot.press("l")
        await pilot.pause()
        app.screen.query_one(OptionList).highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        assert feed.count == 1 and feed.current_article.source == "Coastal Times"
        await pilot.press("escape")
        assert feed.count == 8


async def test_unread_only(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("r", "u")
        feed = feed_of(app)
        assert feed.count == 7
        assert all(not feed.article_at(i).read for i in range(feed.count))
        await pilot.press("u")
        assert feed.count == 8


async def test_facts_beside_the_article_or_in_the_feeds_place(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(app, pilot)
        facts = app.screen.query_one("#facts")
        assert facts.region.width == 0  # nothing open: the feed has the width
        await pilot.press("enter")
        await settle(app, pilot)
        assert facts.region.width > 0
        await pilot.press("f")
        await pilot.pause()
        assert facts.region.width == 0
        await pilot.press("f")
        await pilot.pause()
        assert facts.region.width > 0
    for size in (SIZE, (80, 24)):
        app = make_app()
        async with app.run_test(size=size) as pilot:
            await settle(app, pilot)
            await pilot.press("enter")
            await settle(app, pilot)
            facts = app.screen.query_one("#facts")
            feed = feed_of(app)
            assert facts.region.width == 0 and feed.region.width > 0
            await pilot.press("f")
            await pilot.pause()
            assert facts.region.width > 0 and feed.region.width == 0  # in the feed's place
            assert app.focused.id == "article"
            assert app.screen.query_one("#article").region.width >= min(60, size[0] // 2)
            await pilot.press("tab")
            assert app.focused.id == "facts"
            await pilot.press("f")
            await pilot.pause()
            assert facts.region.width == 0 and feed.region.width > 0
            assert app.focused.id == "feed"


async def test_help_lists_every_key(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        ids = {row[2] for row in app.screen.rows}
        for binding_id in ("search", "filter_language", "star", "compare", "toggle_facts"):
            assert binding_id in ids
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)


async def test_open_url(make_app: AppFactory, monkeypatch) -> None:
    app = make_app()
    opened: list[str] = []
    monkeypatch.setattr(app, "open_in_browser", lambda url: opened.append(url) or True)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("o")
        await settle(app, pilot)
        assert opened and opened[0].startswith("https://")
        assert any(n.message == f"Opening {opened[0]}" for n in app._notifications)


async def test_open_url_without_a_browser_names_the_url(make_app: AppFactory) -> None:
    app = make_app()  # a headless run never launches a browser: nothing opens
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        url = feed_of(app).current_article.url
        await pilot.press("o")
        await settle(app, pilot)
        warning = [n for n in app._notifications if n.severity == "warning"]
        assert warning and url in warning[-1].message and "$BROWSER" in warning[-1].message


async def test_keymap_from_config(make_app: AppFactory) -> None:
    app = make_app(keymap={"feed.down": "n", "star": "x"})
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("n")
        assert feed_of(app).cursor == 1
        await pilot.press("x")
        assert feed_of(app).current_article.starred


async def test_theme_switch_persists(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.theme == "parallax-dark"
        app.set_theme("parallax-light")
        await pilot.pause()
    config, problems = load_config()
    assert config.theme == "parallax-light" and not problems


async def test_broken_theme_file_falls_back(make_app: AppFactory, tmp_path: Path,
                                            monkeypatch) -> None:
    themes = tmp_path / "config" / "themes"
    themes.mkdir(parents=True)
    (themes / "broken.toml").write_text('name = "broken"\nprimary = "not a colour"\n')
    (themes / "bad-syntax.toml").write_text("name = \n")
    monkeypatch.setenv("PARALLAX_CONFIG_DIR", str(tmp_path / "config"))
    app = make_app(theme="broken")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.theme == "parallax-dark"
        messages = " ".join(n.message for n in app._notifications)
        assert "broken.toml" in messages and "bad-syntax.toml" in messages


async def test_user_theme_is_available(make_app: AppFactory, tmp_path: Path, monkeypatch) -> None:
    themes = tmp_path / "config" / "themes"
    themes.mkdir(parents=True)
    (themes / "mine.toml").write_text('name = "mine"\nprimary = "#ff0000"\n')
    monkeypatch.setenv("PARALLAX_CONFIG_DIR", str(tmp_path / "config"))
    app = make_app(theme="mine")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.theme == "mine"
        assert app.theme_variables["lang-en"]  # defaults fill the custom variables


async def test_invalid_config_is_reported(archive: Path, tmp_path: Path, monkeypatch) -> None:
    from tui.app import ParallaxApp

    config_dir = tmp_path / "cfg"
    config_dir.mkdir()
    (config_dir / "config.toml").write_text('theme = 3\nlocale = "en"\ntimezone = "UTC"\n')
    monkeypatch.setenv("PARALLAX_CONFIG_DIR", str(config_dir))
    app = ParallaxApp(db_path=archive)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.theme == "parallax-dark"
        assert any("'theme'" in n.message for n in app._notifications)


async def test_import_with_bad_file(make_app: AppFactory, tmp_path: Path) -> None:
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "good.md").write_text(
        "---\ntitle: Freshly imported note\nlanguage: en\n"
        "published: 2025-07-09T08:00:00+00:00\n---\n\nA brand new article body for the test.\n"
    )
    (folder / "bad[red].json").write_text("{ this is not json")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("i")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        app.screen.query_one(Input).value = str(folder)
        await pilot.press("enter")
        await settle(app, pilot)
        feed = feed_of(app)
        assert feed.count == 9
        assert any("Freshly imported" in t for t in titles(feed))
        errors = [n for n in app._notifications if n.severity == "error"]
        assert errors and "bad[red].json" in errors[0].message
        assert not errors[0].markup  # file names are shown literally
        assert not app.screen.query_one("#import-progress").has_class("-running")


async def test_hostile_article_renders_literally(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"Evil", "enter", "enter")
        await settle(app, pilot)
        view = app.screen.query_one("#article", ArticleView)
        assert view.article is not None and view.article.title == HOSTILE_TITLE
        head = plain(view.query_one("#article-head"))
        assert "[bold red]markup[/]" in head
        assert "\x1b" not in head and "\u202e" not in head
        body = " ".join(
            str(block.content) for block in view.query("MarkdownBlock")
        )
        assert "[bold]markup[/bold]" in body
        assert "\x1b" not in body
        assert "<script>" in body  # raw HTML shown as text
        screen_text = app.export_screenshot()
        assert "\x1b]8;;https://evil" not in screen_text
        # Clicking a link notifies; it never opens by itself.
        opened: list[str] = []
        app.open_url = lambda url, **kw: opened.append(url)  # type: ignore[method-assign]
        view.post_message(Markdown.LinkClicked(view.query_one(Markdown), "https://evil.example"))
        await pilot.pause()
        assert not opened


async def test_feed_row_is_literal(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        feed = feed_of(app)
        index = next(i for i in range(feed.count) if feed.article_at(i).title == HOSTILE_TITLE)
        strip = feed._render_row(feed.article_at(index), 100, False, index)
        text = "".join(segment.text for segment in strip)
        assert "Evil [bold red]markup[/]" in text
        assert "\x1b" not in text and "\u202e" not in text
        assert all(not (segment.style and segment.style.link) for segment in strip)


async def test_facts_sidebar_groups(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"quell floods", "enter", "enter")
        await settle(app, pilot)
        facts = app.screen.query_one("#facts", FactsPanel)
        text = plain(facts.query_one("#facts-list"))
        for expected in ("Figures", "1,200 residents", "People", "Ada Brightwater", "Places",
                         "Dunmere", "Organisations", "[b]Quell[/b] Council", "Dates"):
            assert expected in text
        meta = plain(facts.query_one("#facts-meta"))
        assert "English (EN)" in meta and "declared" in meta and "6 days ago" in meta


async def test_facts_engine_missing_is_graceful(archive: Path, monkeypatch) -> None:
    import sys

    import tui.analysis
    from tui.app import ParallaxApp
    from tui.config import Config

    from .conftest import NOW

    monkeypatch.setitem(sys.modules, "tui.analysis.facts", None)  # import fails
    monkeypatch.delattr(tui.analysis, "facts", raising=False)
    app = ParallaxApp(db_path=archive, config=Config(locale="en", timezone="UTC"), now=NOW)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        facts = app.screen.query_one("#facts", FactsPanel)
        assert facts.facts == [] and "not available" in facts.facts_note


async def test_real_fact_engine_runs_in_worker(archive: Path) -> None:
    from tui.app import ParallaxApp
    from tui.config import Config

    from .conftest import NOW

    app = ParallaxApp(db_path=archive, config=Config(locale="en", timezone="UTC"), now=NOW)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        facts = app.screen.query_one("#facts", FactsPanel)
        assert facts.facts is not None  # facts or a one-line note, never a crash


async def test_palette_jump_to_article(make_app: AppFactory) -> None:
    from textual.command import CommandPalette

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("l")
        await pilot.pause()
        app.screen.query_one(OptionList).highlighted = 1  # some language
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"brucke")
        await pilot.pause(0.5)
        await app.workers.wait_for_complete()
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(app, pilot)
        view = app.screen.query_one("#article", ArticleView)
        assert view.article is not None and view.article.title.startswith("Neue Brücke")
        feed = feed_of(app)
        assert feed.count == 8  # the filter that hid it was cleared
        assert feed.current_article.id == view.article.id


async def test_palette_lists_commands_and_switches_theme(make_app: AppFactory) -> None:
    from tui.screens.palette import ParallaxCommands

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        provider = ParallaxCommands(app.screen)
        titles = [title for title, _cb, _help in provider._static_commands()]
        for expected in ("Search", "Language", "Star", "Compare", "Quit", "Help",
                         "Theme: parallax-light", "Import a path…"):
            assert expected in titles
        assert any(t.startswith("Language: Portuguese") for t in titles)
        assert any(t.startswith("Source: [i]Odd[/i] Source") for t in titles)
        callback = next(cb for t, cb, _h in provider._static_commands()
                        if t == "Theme: parallax-contrast")
        callback()
        await pilot.pause()
        assert app.theme == "parallax-contrast"


async def test_click_opens_article(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.click("#feed", offset=(10, 2))
        await settle(app, pilot)
        feed = feed_of(app)
        assert feed.cursor == 2
        assert app.screen.query_one("#article", ArticleView).article.id == feed.current_article.id


async def test_fast_typing_lands_in_search_and_double_enter_opens(make_app: AppFactory) -> None:
    from textual import events

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        # Keys queued back to back, as a terminal delivers a fast typist's (or a paste).
        for key, char in [("slash", "/"), ("h", "h"), ("a", "a"), ("r", "r"),
                          ("enter", "\r"), ("enter", "\r")]:
            app.post_message(events.Key(key, char))
        await settle(app, pilot)
        assert app.screen.query_one("#search", Input).value == "har"
        view = app.screen.query_one("#article", ArticleView)
        assert view.article is not None and view.article.title.startswith("Harbour strike")


async def test_facts_cached_when_engine_declares_a_version(archive: Path, monkeypatch) -> None:
    import sys
    import types

    from tui.app import ParallaxApp
    from tui.config import Config

    from .conftest import NOW

    calls: list[int] = []

    def extract(article):
        calls.append(article.id)
        return [{"kind": "entity", "type": "person", "text": "Ada", "mentions": 2}]

    engine = types.ModuleType("tui.analysis.facts")
    engine.extract_facts = extract  # type: ignore[attr-defined]
    engine.FACTS_VERSION = 7  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "tui.analysis.facts", engine)
    import tui.analysis

    monkeypatch.setattr(tui.analysis, "facts", engine, raising=False)
    app = ParallaxApp(db_path=archive, config=Config(locale="en", timezone="UTC"), now=NOW)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        for _ in range(2):
            await pilot.press("enter")
            await settle(app, pilot)
        facts = app.screen.query_one("#facts", FactsPanel)
        assert facts.facts and facts.facts[0]["text"] == "Ada"
    assert len(calls) == 1  # the second open came from the store's cache
    with Store.open(archive) as store:
        assert store.cached_facts(calls[0], 7)


@pytest.fixture
def grouped_archive(archive: Path) -> Path:
    """The fixture archive with its events grouped, as an import would leave it."""
    with Store.open(archive) as store:
        group_new_articles(store)
    return archive


async def test_group_by_event_keeps_reports_together(
    make_app: AppFactory, grouped_archive: Path
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        feed = feed_of(app)
        assert not feed.filter.group_events
        await pilot.press("e")
        await settle(app, pilot)
        assert feed.filter.group_events and feed.count == 8
        rows = [feed.article_at(i) for i in range(feed.count)]
        order = [a.event_id for a in rows]
        assert len([e for i, e in enumerate(order) if i == 0 or order[i - 1] != e]) == len(
            set(order)
        ), "the reports of an event are not adjacent"
        quell = [a.language for a in rows if "Quell" in a.title and "Brücke" not in a.title]
        assert sorted(quell) == ["en", "es", "pt"]
        first = next(i for i, a in enumerate(rows) if a.language in ("en", "es", "pt")
                     and "Quell" in a.title)
        line = "".join(s.text for s in feed.render_line(first - round(feed.scroll_offset.y)))
        assert "┌ 3" in line, line
        assert "grouped by event" in app.screen.filter_summary()
        await pilot.press("escape")
        assert feed.filter.group_events, "escape clears filters, not the grouping"
        await pilot.press("e")
        assert not feed.filter.group_events


async def test_sidebar_shows_the_event(make_app: AppFactory, grouped_archive: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"cheias", "enter", "enter")
        await settle(app, pilot)
        meta = plain(app.screen.query_one("#facts", FactsPanel).query_one("#facts-meta"))
        assert "3 reports · 3 languages (EN, ES, PT) · 3 outlets" in meta


async def test_starred_only(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        feed = feed_of(app)
        starred = feed.current_article.id
        await pilot.press("asterisk", "S")
        await settle(app, pilot)
        assert feed.count == 1 and feed.current_article.id == starred
        assert "starred only" in app.screen.filter_summary()
        await pilot.press("S")
        assert feed.count == 8


async def test_grouped_feed_shows_new_event_sizes_after_an_import(
    make_app: AppFactory, grouped_archive: Path
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("e")
        await settle(app, pilot)
        feed = feed_of(app)

        def harbour_mark() -> str:
            index = next(i for i in range(feed.count) if "Harbour" in feed.article_at(i).title)
            first = min(
                i for i in range(feed.count)
                if feed.article_at(i).event_id == feed.article_at(index).event_id
            )
            return feed._group_mark(first, feed.article_at(first))

        assert harbour_mark() == "┌ 2"
        store = app.screen.store
        event_id = next(
            feed.article_at(i).event_id for i in range(feed.count)
            if "Harbour" in feed.article_at(i).title
        )
        store.import_articles([Article(
            title="Calder dockers back at work", body="Port Calder reopened on Monday.",
            source="Harbour Post", language="en", published="2025-07-09T06:00:00+00:00",
        )])
        new_id = store.ungrouped_ids()[0]
        store.save_event(store.event(event_id), [new_id])
        feed.reload()
        await settle(app, pilot)
        assert harbour_mark() == "┌ 3"
