"""Pilot tests for the compare screen: open, pick B, swap, conflicts, highlight, escape."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from textual.widgets import Input, OptionList

from tui.analysis.align import AlignedGroup
from tui.app import ParallaxApp
from tui.models import Article
from tui.screens.compare import ComparePicker, CompareScreen, open_compare
from tui.screens.main import MainScreen
from tui.store import Store
from tui.widgets.compare import FactTable, ParallelText
from tui.widgets.compare.model import SentenceText, display_text, passage_rows

from .compare_data import STORM_EN, STORM_EN_2
from .conftest import app_for as make

SIZE = (120, 40)
SEEDS = Path(__file__).resolve().parents[2].parent / "shared" / "seeds"


async def settle(app: ParallaxApp, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


async def push_compare(app: ParallaxApp, pilot, a_id: int, b_id: int) -> CompareScreen:
    await settle(app, pilot)
    screen = CompareScreen(app.store, a_id, b_id, dates=app.dates)
    await app.push_screen(screen)
    await settle(app, pilot)
    assert app.screen is screen
    assert screen.model is not None
    return screen


def rows(table: FactTable) -> list[tuple[str, str, object, object]]:
    return [(r.status, r.concept, r.a_value, r.b_value) for r in table.rows_data]


# -- opening -------------------------------------------------------------------------------


async def test_open_shows_headers_text_and_facts(storm) -> None:
    db, ids = storm
    app = make(db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await push_compare(app, pilot, ids["en"], ids["en2"])
        assert screen.header("a").article.title == STORM_EN.title
        assert screen.header("b").article.title == STORM_EN_2.title
        assert "Northern Ledger" in screen.header("a").header_text().plain
        assert "Jul 8, 2025" in screen.header("b").header_text().plain
        table = screen.fact_table
        data = rows(table)
        # conflicts first, with their values on both sides
        assert data[0] == ("conflict", "homes", 48000, 60000)
        assert data[1] == ("conflict", "engineer", 120, 150)  # a count no concept lists
        assert data[2] == ("conflict", "injured", 2, 3)
        assert all(s != "conflict" for s, *_ in data[3:])
        assert table.row_values(0)[3] == "≠ conflict"  # a symbol, not colour alone
        assert {table.row_values(i)[3] for i in range(table.row_count)} >= {
            "≠ conflict", "= agree", "◐ A only", "◑ B only"}
        # the passages: aligned sentences share a row
        passages = screen.passages
        assert passages.passages[0].a == (0,) and passages.passages[0].b == (0,)
        assert not passages.loading and not table.loading
        # the first fact is selected and highlighted on both sides
        assert passages.highlighted_a == {0} and passages.highlighted_b == {0}
        assert passages.current_rows == {0}
        assert 0 in passages.visible_rows()
        assert table.has_focus


async def test_same_language_word_diff(storm) -> None:
    db, ids = storm
    app = make(db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await push_compare(app, pilot, ids["en"], ids["en2"])
        model = screen.model
        assert model.same_language
        a_words = {model.texts_a[i].text[s:e] for i, spans in model.removed.items()
                   for s, e in spans}
        b_words = {model.texts_b[i].text[s:e] for i, spans in model.added.items()
                   for s, e in spans}
        assert "knocked" in a_words and "Two" in a_words
        assert "about" in b_words and "Three" in b_words
        assert "Dunmere" not in a_words | b_words
        # the rendered cell carries the marks (strike for A's words, underline for B's)
        p = screen.passages
        a_text = p.side_text(model.texts_a, p.passages[0].a, frozenset(), model.removed,
                             "removed", None)
        struck = {a_text.plain[s.start:s.end] for s in a_text.spans
                  if "strike" in str(s.style)}
        assert "knocked" in struck
        lines = p.render_lines(p.scrollable_content_region.reset_offset)
        assert any("knocked" in line.text for line in lines)
        cross = await _other_pair(app, pilot, ids["en"], ids["pt"])
        assert not cross.model.same_language and not cross.model.removed


async def _other_pair(app: ParallaxApp, pilot, a_id: int, b_id: int) -> CompareScreen:
    await pilot.press("escape")
    await pilot.pause()
    return await push_compare(app, pilot, a_id, b_id)


async def test_open_compare_picker_lists_event_reports_first(storm) -> None:
    db, ids = storm
    app = make(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        open_compare(app, ids["en"])
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, ComparePicker)
        # newest first: the Portuguese report (10:00 UTC), then the other English one
        assert [a.id for a in picker.choices] == [ids["pt"], ids["en2"]]
        assert picker.query_one(OptionList).option_count == 2
        assert isinstance(picker.focused, Input)
        await pilot.press("enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        assert (screen.a_id, screen.b_id) == (ids["en"], ids["pt"])
        assert rows(screen.fact_table)[0] == ("conflict", "homes", 48000, 45000)


async def test_c_in_the_reader_opens_the_picker(storm) -> None:
    """`c` in the reader opens the picker with the event's other reports first."""
    db, ids = storm
    app = make(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("c")  # the feed's first row: the Portuguese report (newest)
        await pilot.pause()
        assert isinstance(app.screen, ComparePicker)
        assert app.screen.article.id == ids["pt"]
        assert [a.id for a in app.screen.choices] == [ids["en2"], ids["en"]]
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, CompareScreen)
        assert (app.screen.a_id, app.screen.b_id) == (ids["pt"], ids["en2"])


async def test_pick_b_through_search(storm) -> None:
    db, ids = storm
    app = make(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        open_compare(app, ids["en"])
        await pilot.pause()
        await pilot.press(*"harb")
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, ComparePicker)
        assert [a.id for a in picker.choices] == [ids["harbour"]]
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, CompareScreen)
        assert app.screen.b_id == ids["harbour"]


async def test_picker_arrows_and_escape(storm) -> None:
    db, ids = storm
    app = make(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        open_compare(app, ids["en"])
        await pilot.pause()
        await pilot.press("down")
        assert app.screen.query_one(OptionList).highlighted == 1
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        open_compare(app, ids["en"])
        await pilot.pause()
        await pilot.press("down", "enter")
        await settle(app, pilot)
        assert app.screen.b_id == ids["en2"]


async def test_swap_exchanges_sides(storm) -> None:
    db, ids = storm
    app = make(db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await push_compare(app, pilot, ids["en"], ids["en2"])
        before = list(screen.fact_table.rows_data)
        await pilot.press("down", "down")  # third conflict: the injured
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        assert screen.header("a").article.title == STORM_EN_2.title
        assert screen.header("b").article.title == STORM_EN.title
        assert (screen.a_id, screen.b_id) == (ids["en2"], ids["en"])
        data = rows(screen.fact_table)
        assert data[0] == ("conflict", "homes", 60000, 48000)
        # A only became B only and the other way round
        statuses = [r.status for r in before]
        swapped = [r.status for r in screen.fact_table.rows_data]
        assert statuses.count("only_a") == swapped.count("only_b")
        assert swapped.count("only_a") == statuses.count("only_b")
        # the cursor stays on the same fact
        assert screen.fact_table.current.concept == "injured"
        assert screen.fact_table.current.a_value == 3
        # the word diff changes sides too
        words_a = {screen.model.texts_a[i].text[s:e]
                   for i, spans in screen.model.removed.items() for s, e in spans}
        assert "Three" in words_a
        await pilot.press("x")
        await pilot.pause()
        assert screen.header("a").article.title == STORM_EN.title
        assert rows(screen.fact_table)[0] == ("conflict", "homes", 48000, 60000)


async def test_next_and_previous_conflict(storm) -> None:
    db, ids = storm
    app = make(db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await push_compare(app, pilot, ids["en"], ids["en2"])
        table, passages = screen.fact_table, screen.passages
        assert table.conflict_rows() == [0, 1, 2]
        await pilot.press("n", "n")
        await pilot.pause()
        assert table.cursor_row == 2
        assert passages.highlighted_a == {2} and passages.highlighted_b == {2}
        await pilot.press("n")  # wraps
        await pilot.pause()
        assert table.cursor_row == 0
        assert passages.highlighted_a == {0}
        await pilot.press("p")  # wraps backwards
        await pilot.pause()
        assert table.cursor_row == 2
        # from a non-conflict row, n finds the next conflict (wrapping to the first)
        await pilot.press("end")
        await pilot.pause()
        await pilot.press("n")
        await pilot.pause()
        assert table.cursor_row == 0
        await pilot.press("tab")  # n/p work from the text too
        await pilot.press("n")
        await pilot.pause()
        assert table.cursor_row == 1


async def test_selecting_a_fact_highlights_both_sides(storm) -> None:
    db, ids = storm
    app = make(db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await push_compare(app, pilot, ids["en"], ids["en2"])
        table, passages = screen.fact_table, screen.passages
        last = table.row_count - 1
        await pilot.press("end")
        await pilot.pause()
        fact = table.current
        assert fact is not None and fact.status == "only_b"
        assert passages.highlighted_a == set()
        assert passages.highlighted_b == {fact.sentence_b}
        row = passages.row_of("b", fact.sentence_b)
        assert passages.current_rows == {row}
        # the row is scrolled into view
        await pilot.pause()
        assert row in passages.visible_rows()
        # enter selects too; the fact itself is marked inside the sentence
        await pilot.press("home", "enter")
        await pilot.pause()
        assert table.cursor_row == 0 and table.cursor_row != last
        assert passages.fact is table.current
        assert passages.visible_rows()[0] == 0
        a_text = passages.side_text(
            screen.model.texts_a, passages.passages[0].a, passages.highlighted_a,
            {}, "removed", passages.fact.span_a)
        spans = [(s.start, s.end) for s in a_text.spans]
        assert any(a_text.plain[s:e] == "48,000 homes" for s, e in spans)


async def test_tab_moves_focus_and_escape_returns(storm) -> None:
    db, ids = storm
    app = make(db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await push_compare(app, pilot, ids["en"], ids["pt"])
        assert screen.fact_table.has_focus
        await pilot.press("tab")
        assert isinstance(screen.focused, ParallelText)
        await pilot.press("j", "j")
        await pilot.press("tab")
        assert isinstance(screen.focused, FactTable)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


def screen_line(app: ParallaxApp, row: int) -> str:
    """One line of what the terminal shows (from the SVG screenshot)."""
    svg = app.export_screenshot()
    parts = re.findall(rf'line-{row}\)">([^<]*)<', svg)
    return html.unescape("".join(parts)).replace("\xa0", " ")


async def test_text_pane_scrolls_and_repaints(storm) -> None:
    db, ids = storm
    app = make(db)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await push_compare(app, pilot, ids["en"], ids["en2"])
        passages, table = screen.passages, screen.fact_table
        await pilot.press("n", "tab")
        await pilot.pause()
        cursor = table.cursor_row
        first_row = passages.content_region.y  # the view's first text line
        for key in ("j", "pagedown", "g"):
            before = passages.scroll_offset.y
            await pilot.press(key)
            await pilot.pause()
            assert table.cursor_row == cursor  # the keys scroll the text, not the table
            shown = screen_line(app, first_row)
            expected = passages.render_line(0).text
            def words(line: str) -> str:
                return "".join(line.split("▏")[0].split())

            assert words(shown) == words(expected), key
        assert passages.scroll_offset.y == 0 and before > 0


async def test_picker_without_event_searches(storm) -> None:
    db, ids = storm
    app = make(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        open_compare(app, ids["harbour"])
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, ComparePicker)
        assert picker.choices == []
        await pilot.press("enter")  # nothing to pick: stays open
        assert app.screen is picker
        await pilot.press(*"idris")
        await pilot.pause()
        assert {a.id for a in picker.choices} == {ids["en"], ids["en2"], ids["pt"]}
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, CompareScreen)
        assert app.screen.a_id == ids["harbour"]


async def test_every_binding_has_an_id() -> None:
    for binding in [*CompareScreen.BINDINGS, *ComparePicker.BINDINGS, *FactTable.BINDINGS,
                    *ParallelText.BINDINGS]:
        assert binding.id, binding


async def test_article_text_is_data(tmp_path: Path) -> None:
    db = tmp_path / "hostile.db"
    hostile = Article(
        title="[bold]Loud[/bold] \x1b[31mtitle",
        body="Body with [bold red]markup[/] and \x1b[2J a clear-screen \u202eand 7 dogs.",
        source="[i]Odd[/i]", language="en", published="2025-07-01T10:00:00+00:00",
    )
    plain = Article(title="Calm", body="A calm body with 8 dogs.", language="en",
                    published="2025-07-01T11:00:00+00:00")
    with Store.open(db) as store:
        store.import_articles([hostile, plain])
        by_title = {a.title: a.id for a in store.page(_everything(), 0, 9)}
        a_id, b_id = by_title[hostile.title], by_title["Calm"]
    app = make(db)
    async with app.run_test(size=SIZE) as pilot:
        screen = await push_compare(app, pilot, a_id, b_id)
        model_text = " ".join(t.text for t in screen.model.texts_a)
        assert "[bold red]markup[/]" in model_text
        assert "\x1b" not in model_text and "\u202e" not in model_text
        row = screen.passages.passages[0]
        assert row.a
        shown = screen.passages.side_text(screen.model.texts_a, row.a, frozenset(), {},
                                          "removed", None).plain
        assert "[bold red]markup[/]" in shown
        head = screen.header("a").header_text().plain
        assert "[bold]Loud[/bold]" in head and "\x1b" not in head


def _everything():  # noqa: ANN202
    from tui.store import ArticleFilter

    return ArticleFilter()


async def test_engine_failure_is_reported(storm) -> None:
    db, ids = storm
    app = make(db)

    def broken(a: Article, b: Article, fmt) -> None:  # noqa: ANN001
        raise RuntimeError("engine exploded")

    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = CompareScreen(app.store, ids["en"], ids["en2"], dates=app.dates,
                               builder=broken)  # type: ignore[arg-type]
        await app.push_screen(screen)
        await settle(app, pilot)
        assert screen.model is None
        assert not screen.passages.loading
        assert "engine exploded" in str(screen.summary.render())
        await pilot.press("x", "n", "p")  # harmless without a comparison
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)


async def test_missing_article_is_reported(storm) -> None:
    db, ids = storm
    app = make(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        screen = CompareScreen(app.store, ids["en"], 999, dates=app.dates)
        await app.push_screen(screen)
        await settle(app, pilot)
        assert screen.model is None
        open_compare(app, 998)
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)


# -- the model without widgets ---------------------------------------------------------------


def test_display_text_maps_offsets() -> None:
    raw = "a  b\n\nc\x1b[31mred\x1b[0m \u202ex"
    text, mapping = display_text(raw)
    assert text == "a b cred x"
    assert len(mapping) == len(raw) + 1
    start = raw.index("red")
    assert text[mapping[start]:mapping[start + 3]] == "red"


def test_passage_rows_keep_order_and_give_unaligned_sentences_a_row() -> None:
    def texts(*words: str, breaks: tuple[int, ...] = ()) -> list[SentenceText]:
        return [SentenceText(i, w, 0, (0,), i in breaks) for i, w in enumerate(words)]

    ta = texts("One.", "Two.", "Three.", "Four.", "Five.", breaks=(4,))
    tb = texts("Uno.", "Dos.", "Tres.")
    groups = [AlignedGroup((1,), (0, 1), 0.5), AlignedGroup((2,), (2,), 0.4)]
    rows_ = passage_rows(groups, ta, tb)
    assert [(p.a, p.b, p.aligned) for p in rows_] == [
        ((0,), (), False), ((1,), (0, 1), True), ((2,), (2,), True),
        ((3,), (), False), ((4,), (), False)]  # split at the paragraph break
    swapped = [p.swapped() for p in rows_]
    assert swapped[1].a == (0, 1) and swapped[1].b == (1,)


# -- the real seeds ---------------------------------------------------------------------------


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seeds not available")
async def test_seeds_drones_injured_killed(tmp_path: Path) -> None:
    from tui.batch import import_paths

    db = tmp_path / "seeds.db"
    with Store.open(db) as store:
        import_paths(store, [SEEDS])
        articles = store.page(_everything(), 0, 10)
        english = next(a for a in articles if a.language == "en")
        portuguese = next(a for a in articles if a.language == "pt")
        assert english.event_id is not None and english.event_id == portuguese.event_id
    app = make(db)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        open_compare(app, english.id)
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, ComparePicker)
        assert picker.choices[0].id == portuguese.id
        await pilot.press("enter")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        facts = {(r.concept, r.a_value, r.b_value): r.status
                 for r in screen.fact_table.rows_data if r.kind == "quantity"}
        assert facts.get(("drones", 550, 539)) == "conflict"
        assert facts.get(("injured", 26, 20)) == "conflict"
        assert facts.get(("killed", 1, 1)) == "agree"
        # the drones conflict highlights its sentences on both sides
        table = screen.fact_table
        index = next(n for n, r in enumerate(table.rows_data) if r.concept == "drones")
        while table.cursor_row != index:
            await pilot.press("n")
            await pilot.pause()
        fact = table.current
        assert screen.passages.highlighted_a == {fact.sentence_a}
        assert screen.passages.highlighted_b == {fact.sentence_b}
        assert "550" in screen.model.texts_a[fact.sentence_a].text
        assert "539" in screen.model.texts_b[fact.sentence_b].text
