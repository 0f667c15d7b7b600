"""The header line fits its width: shorter wordings first, free text cut with "…", and
no filter silently dropped."""

from __future__ import annotations

from rich.cells import cell_len

from tui.widgets.header_line import HeaderStatus, Part, cut_end, cut_middle, fit_header

from .conftest import app_for, build_store
from .test_reader_keys import settle

COUNTS = ("2,000 articles · 1,950 unread · 9 languages", "2,000 articles · 1,950 unread",
          "1,950/2,000 unread")
FILTERS = (
    Part("search “Крымский мост 湖畔の町議会 ferry timetable”",
         "“Крымский мост 湖畔の町議会 ferry timetable”", free=True, quote="”"),
    Part("Portuguese", "PT"),
    Part("The Morning Courier of Marrow Bay", free=True),
    Part("unread only", "unread"),
    Part("grouped by event", "grouped"),
    Part("outlet (a–z)", "by outlet"),
)


def status(**kw) -> HeaderStatus:
    return HeaderStatus(**{"name": "archive.db", "counts": COUNTS, "shown": "312 shown",
                           "filters": FILTERS, **kw})


def test_everything_is_said_in_full_when_there_is_room() -> None:
    text = fit_header(status(), 300).plain
    assert text.startswith("Parallax · archive.db   2,000 articles · 1,950 unread · 9 languages")
    assert all(part.full in text for part in FILTERS) and "…" not in text


def test_every_filter_is_still_there_at_80_columns() -> None:
    for width in (78, 100, 118):
        text = fit_header(status(), width).plain
        assert cell_len(text) <= width
        assert "312 shown" in text
        for word in ("PT", "unread", "grouped", "by outlet", "“Кр", "The M"):
            assert word in text, (width, text)


def test_shorter_wordings_come_before_cutting() -> None:
    text = fit_header(status(filters=FILTERS[1:2] + FILTERS[3:]), 78).plain
    assert "…" not in text and "PT · unread · grouped · by outlet" in text
    assert "1,950/2,000 unread" in text  # the counts survive, shorter


def test_free_text_is_cut_with_an_ellipsis_and_keeps_its_quote() -> None:
    assert cut_end("“Крымский мост 湖畔の町議会”", 12, "”").endswith("…”")
    assert cell_len(cut_end("“湖畔の町議会、長い議論の末に”", 9, "”")) <= 9
    assert cut_middle("postgresql://ann:***@db.example/parallax", 16).endswith("parallax")


def test_when_nothing_fits_the_line_ends_with_an_ellipsis() -> None:
    text = fit_header(status(name="a-very-long-archive-name-indeed.db"), 30).plain
    assert cell_len(text) <= 30 and text.endswith("…")


async def test_the_reader_header_fits_80_columns(tmp_path) -> None:
    app = app_for(build_store(tmp_path / "a.db"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(app, pilot)
        await pilot.press("u", "e", "S")
        await settle(app, pilot)
        header = app.screen.query_one("#header")
        text = header.render().plain
        assert cell_len(text) <= header.content_region.width
        assert "unread" in text and "starred" in text and "grouped" in text
