"""Pilot tests for the reader's layout and its daily-use keys: the cursor kept across view
changes, sort, mark the view read, copy, pane sizes, escape back to the wide feed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.widgets import OptionList

from tui.config import load_config
from tui.events import group_new_articles
from tui.models import Article
from tui.screens.dialogs import ConfirmScreen, PickerScreen
from tui.store import ArticleFilter, Store
from tui.widgets.feed import FeedView

from .conftest import AppFactory, app_for, build_store
from .scripts_data import LONG_URL, build_scripts_store

SIZE = (120, 40)


def feed_of(app) -> FeedView:
    return app.screen.query_one("#feed", FeedView)


async def settle(app, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def move_to(feed: FeedView, pilot, title_start: str) -> int:
    index = next(i for i in range(feed.count) if feed.article_at(i).title.startswith(title_start))
    feed.select_index(index)
    await pilot.pause()
    return feed.current_article.id


async def choose(app, pilot, label_start: str) -> None:
    """Pick the option of the open picker whose label starts with `label_start`."""
    options = app.screen.query_one(OptionList)
    labels = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
    options.highlighted = next(i for i, label in enumerate(labels) if label.startswith(label_start))
    await pilot.press("enter")
    await settle(app, pilot)


@pytest.fixture
def grouped_archive(archive: Path) -> Path:
    with Store.open(archive) as store:
        group_new_articles(store)
    return archive


async def test_cursor_stays_on_its_article_across_view_changes(
    make_app: AppFactory, grouped_archive: Path
) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        feed = feed_of(app)
        kept = await move_to(feed, pilot, "Las inundaciones")
        for keys in (["u"], ["u"], ["e"], ["e"], ["asterisk", "S"], ["S"]):
            await pilot.press(*keys)
            await settle(app, pilot)
            assert feed.current_article.id == kept, keys
        await pilot.press("slash", *"quell", "enter")
        await settle(app, pilot)
        assert feed.count == 4 and feed.current_article.id == kept  # still in the results
        await pilot.press("escape")
        await settle(app, pilot)
        assert feed.count == 8 and feed.current_article.id == kept
        await pilot.press("l")
        await pilot.pause()
        await choose(app, pilot, "ES")
        assert feed.current_article.id == kept
        await pilot.press("escape")
        await settle(app, pilot)
        assert feed.current_article.id == kept


async def test_cursor_lands_near_an_article_that_left_the_view(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        feed = feed_of(app)
        order = [feed.article_at(i).id for i in range(feed.count)]
        gone = await move_to(feed, pilot, "Cheias do rio")
        await pilot.press("r", "u")  # read it, then unread only: it leaves the view
        await settle(app, pilot)
        assert feed.current_article.id == order[order.index(gone) + 1]  # the one after it
        await pilot.press("u")
        await settle(app, pilot)
        await move_to(feed, pilot, "Neue Brücke")
        await pilot.press("slash", *"harbour", "enter")
        await settle(app, pilot)
        assert feed.cursor == 0  # a search that leaves it out starts at the top


async def test_sort_menu_orders_the_feed_and_keeps_the_cursor(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        feed = feed_of(app)
        kept = await move_to(feed, pilot, "Neue Brücke")
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, PickerScreen)
        await choose(app, pilot, "Outlet")
        sources = [feed.article_at(i).source for i in range(feed.count)]
        assert sources == sorted(sources)
        assert feed.current_article.id == kept
        assert "outlet (a–z)" in app.screen.filter_summary()
        await pilot.press("t")
        await pilot.pause()
        await choose(app, pilot, "Unread first")
        await pilot.press("r")  # read the cursor's article: it stays put until the view changes
        await pilot.press("t")
        await pilot.pause()
        await choose(app, pilot, "Unread first")
        reads = [feed.article_at(i).read for i in range(feed.count)]
        assert reads == sorted(reads) and reads[-1]
        await pilot.press("escape")  # the sort is a way of looking: escape keeps it
        await settle(app, pilot)
        assert feed.filter.sort == "unread"


async def test_mark_view_read_marks_only_what_is_shown(make_app: AppFactory, archive) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash", *"quell", "enter")
        await settle(app, pilot)
        await pilot.press("A")
        await settle(app, pilot)
        assert not isinstance(app.screen, ConfirmScreen)  # 4 articles: no question
        assert any(n.message == "Marked 4 articles read" for n in app._notifications)
        feed = feed_of(app)
        assert all(feed.article_at(i).read for i in range(feed.count))
        await pilot.press("A")
        await pilot.pause()
        assert any(n.message == "Nothing unread in this view" for n in app._notifications)
    with Store.open(archive) as store:
        assert store.count(ArticleFilter(unread_only=True)) == 4


async def test_mark_view_read_asks_above_a_hundred(tmp_path: Path) -> None:
    many = [
        Article(title=f"Notice {n}", body=f"Routine notice number {n}.", language="en",
                published=f"2025-06-{1 + n % 28:02d}T{n % 24:02d}:00:00+00:00")
        for n in range(130)
    ]
    db = build_store(tmp_path / "many.db", many)
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("A")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Mark 130 articles" in str(app.screen.query_one("#confirm-question").render())
        await pilot.press("n")
        await settle(app, pilot)
        assert app.screen.store.stats()["unread"] == 130
        await pilot.press("A")
        await pilot.pause()
        await pilot.press("y")
        await settle(app, pilot)
        assert app.screen.store.stats()["unread"] == 0
        assert "0 unread" in str(app.screen.query_one("#header").render())


async def test_copy_url_and_text(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await move_to(feed_of(app), pilot, "River Quell floods")
        await pilot.press("y")
        assert app.clipboard == "https://ledger.example/quell-floods"
        assert any("Copied https://ledger.example/quell-floods" in n.message
                   for n in app._notifications)
        await pilot.press("Y")
        await pilot.pause()
        assert app.clipboard.startswith("River Quell floods three villages")
        assert "Mayor Ada Brightwater" in app.clipboard
        await move_to(feed_of(app), pilot, "Las inundaciones")  # no URL
        await pilot.press("y")
        await pilot.pause()
        assert app.clipboard.startswith("River Quell")  # unchanged
        assert any(n.message == "This article has no URL" for n in app._notifications)


async def test_escape_goes_back_to_the_wide_feed(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        feed = feed_of(app)
        assert feed.region.width == 120 and feed.row_height == 1
        await pilot.press("j", "j", "enter")
        await settle(app, pilot)
        article = app.screen.query_one("#article")
        assert article.region.width >= 60 and feed.row_height == 2
        opened = feed.current_article.id
        await pilot.press("tab")
        assert app.focused is article
        await pilot.press("escape")
        await pilot.pause()
        assert article.region.width == 0 and feed.region.width == 120
        assert app.focused is feed and feed.current_article.id == opened
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("escape")  # from the feed, with nothing to clear
        await pilot.pause()
        assert article.region.width == 0


async def test_pane_sizes_change_with_keys_and_are_remembered(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        column = app.screen.query_one("#feed-column")
        before = column.region.width
        await pilot.press("right_square_bracket")
        await pilot.pause()
        assert column.region.width > before
        assert app.screen.query_one("#article").region.width >= 60  # never squeezed below
        await pilot.press("left_square_bracket", "left_square_bracket")
        await pilot.pause()
        assert column.region.width < before
    config, problems = load_config()
    assert config.feed_width == 39 and not problems
    app = make_app(feed_width=config.feed_width)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.screen.query_one("#feed-column").region.width == round(120 * 0.39)
        await pilot.press("equals_sign")
        await pilot.pause()
        assert app.screen.query_one("#feed-column").region.width == before
    assert load_config()[0].feed_width is None


async def test_facts_width_keys_at_a_wide_terminal(make_app: AppFactory) -> None:
    app = make_app()
    async with app.run_test(size=(200, 60)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        facts = app.screen.query_one("#facts")
        assert facts.region.width == 28
        await pilot.press("right_curly_bracket")
        await pilot.pause()
        assert facts.region.width == 32
    assert load_config()[0].facts_width == 32


async def test_new_keys_are_in_help_and_palette(make_app: AppFactory) -> None:
    from tui.screens.palette import ParallaxCommands

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        ids = {b.id for b in app.key_bindings()}
        wanted = {"sort", "mark_all_read", "copy_url", "copy_text", "open_url", "feed_narrower",
                  "feed_wider", "facts_narrower", "facts_wider", "reset_panes"}
        assert wanted <= ids
        provider = ParallaxCommands(app.screen)
        commands = {help_text: cb for _title, cb, help_text in provider._static_commands()}
        assert wanted <= commands.keys()
        await commands["copy_url"]()  # the palette runs the screen's action
        await pilot.pause()
        assert app.clipboard.startswith("https://")
        await commands["group_events"]()
        await settle(app, pilot)
        assert feed_of(app).filter.group_events


async def test_long_url_is_shortened_between_words(tmp_path: Path) -> None:
    db = build_scripts_store(tmp_path / "scripts.db")
    app = app_for(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        shown = str(app.screen.query_one("#article-url").render())
        width = app.screen.query_one("#article-url").content_region.width
        assert cell_len(shown) <= width and "\n" not in shown
        assert shown.startswith("morning-courier.example/")
        words = set(re.split(r"[-/?.&=:]", LONG_URL))
        for piece in re.split(r"[-/?.&=:…]", shown):
            assert not piece or piece in words, piece  # no word cut in two


async def test_wide_characters_are_measured_in_cells(tmp_path: Path) -> None:
    db = build_scripts_store(tmp_path / "scripts.db")
    for size in ((80, 24), SIZE):
        app = app_for(db)
        async with app.run_test(size=size) as pilot:
            await settle(app, pilot)
            for state in ("listing", "reading"):
                feed = feed_of(app)
                width = feed.scrollable_content_region.width
                for y in range(min(feed.count * feed.row_height, 16)):
                    strip = feed.render_line(y)
                    assert strip.cell_length == width, (state, y)
                    text = "".join(s.text for s in strip)
                    assert cell_len(text) == width
                await pilot.press("enter")
                await settle(app, pilot)


async def test_a_search_longer_than_the_bound_searches_its_first_words(
    make_app: AppFactory,
) -> None:
    from textual.widgets import Input, Static

    from tui.search import MAX_TERMS

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        total = feed_of(app).count
        await pilot.press("slash")
        words = ["Heavy", "rain", "pushed", "the", "River", "Quell", "over", "its", "banks"]
        app.screen.query_one("#search", Input).value = " ".join((words * 10)[: MAX_TERMS + 6])
        await pilot.press("enter")
        await settle(app, pilot)
        feed = feed_of(app)
        assert 0 < feed.count < total  # filtered by the first words, not left unfiltered
        assert feed.article_at(0).title.startswith("River Quell floods")
        line = app.screen.query_one("#search-also", Static)
        assert line.display and f"first {MAX_TERMS} of {MAX_TERMS + 6} words" in str(line.render())


async def test_cjk_dates_and_outlets_keep_their_columns(tmp_path: Path) -> None:
    """In a Chinese UI dates are wide characters: the feed's date column and the compare
    picker's date and outlet columns are measured in cells, never cut."""
    from dataclasses import replace

    from tui.screens.compare import ComparePicker

    from .scripts_data import SCRIPTS

    reports = [replace(a, body=a.body + " Marrowferry.") for a in SCRIPTS]
    app = app_for(build_store(tmp_path / "scripts.db", reports), locale="zh")
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        feed = feed_of(app)
        for y in range(feed.count):
            text = "".join(s.text for s in feed.render_line(y)).rstrip()
            assert re.search(r" \d{4}年\d{1,2}月\d{1,2}日$", text), text  # the date in full
        await pilot.press("c")
        await settle(app, pilot)
        assert isinstance(app.screen, ComparePicker)
        await pilot.press(*"Marrowferry")  # every other report, as search results
        await settle(app, pilot)
        options = app.screen.query_one(OptionList)
        labels = [options.get_option_at_index(i).prompt for i in range(options.option_count)]
        starts = set()
        for label in labels:
            plain = label.plain
            source_span = next(s for s in label.spans if "italic" in str(s.style))
            title_span = next(s for s in label.spans if str(s.style) == "bold")
            starts.add((cell_len(plain[: source_span.start]), cell_len(plain[: title_span.start])))
            assert re.search(r"\d{4}年\d{1,2}月\d{1,2}日$", plain[: source_span.start].rstrip())
        assert len(labels) == len(reports) - 1 and len(starts) == 1  # outlets, titles aligned


def test_fact_table_cells_are_cut_in_cells() -> None:
    from tui.widgets.compare.fact_table import fit

    cut = fit("2025-07-09 “水曜日の夜に採決”", 16)
    assert cell_len(cut) <= 16 and cut.endswith("…") and cut.startswith("2025-07-09")
    assert fit("湖畔日報", 8) == "湖畔日報"


async def test_copying_a_long_url_says_so_on_one_line_at_80_columns(tmp_path: Path) -> None:
    app = app_for(build_scripts_store(tmp_path / "scripts.db"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("y")
        await settle(app, pilot)
        message = next(n.message for n in app._notifications if n.message.startswith("Copied"))
        said, url = message.split("\n")
        assert cell_len(url) <= 36  # one line of a toast at 80 columns (40 less padding)
        assert url.startswith("morning-courier.example/")
        words = set(re.split(r"[-/?.&=:]", LONG_URL))
        for piece in re.split(r"[-/?.&=:…]", url):
            assert not piece or piece in words, piece  # no word cut in two


async def test_feed_width_keys_say_when_the_feed_cannot_grow(make_app: AppFactory) -> None:
    """At 80 columns the article keeps half: `]` says so, and `[` narrows at once."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        column = app.screen.query_one("#feed-column")
        before = column.region.width
        await pilot.press("right_square_bracket", "right_square_bracket")
        await pilot.pause()
        assert column.region.width == before
        assert any("at its widest" in n.message for n in app._notifications)
        await pilot.press("left_square_bracket")
        await pilot.pause()
        assert column.region.width < before  # one press, not three, to see a change


async def test_readme_keys_table_lists_every_binding_in_help(make_app: AppFactory) -> None:
    """Every remappable key the help screen shows has its id in the README's keys table."""
    from tui.screens.help import HelpScreen

    readme = Path(__file__).resolve().parents[2] / "README.md"
    if not readme.exists():
        pytest.skip("README.md is not beside the tests (an installed package)")
    text = readme.read_text(encoding="utf-8")
    table = text[text.index("### Keys"):text.index("### Configuration")]
    listed = set(re.findall(r"`([a-z_.]+)`", table))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        ids = {binding_id for _keys, _description, binding_id in app.screen.rows}
    assert len(ids) > 40 and ids <= listed, sorted(ids - listed)
