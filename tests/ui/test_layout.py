"""Pane sizes (screens/layout.py), their config keys, and URL shortening."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rich.cells import cell_len

from tui.config import Config, load_config, save_config
from tui.screens.layout import ARTICLE_MIN, pane_sizes
from tui.widgets.url import shorten_url


@pytest.mark.parametrize("width", [80, 100, 120, 140, 160, 200, 260])
def test_panes_leave_the_article_room(width: int) -> None:
    listing = pane_sizes(width, False, None, 28, True, False)
    assert (listing.feed, listing.facts) == (width, 0)
    reading = pane_sizes(width, True, None, 28, True, False)
    article = width - reading.feed - reading.facts
    assert article >= min(ARTICLE_MIN, width // 2)
    title_cells = reading.feed - 5  # border, scrollbar, marks and a space
    assert title_cells >= (45 if width >= 120 else 30)
    assert bool(reading.facts) == reading.facts_fit == (width >= 140)


def test_user_sizes_are_clamped_and_facts_swap_in() -> None:
    wide_feed = pane_sizes(120, True, 75, 28, True, False)
    assert 120 - wide_feed.feed >= ARTICLE_MIN
    swapped = pane_sizes(120, True, None, 28, True, True)
    assert swapped.feed == 0 and swapped.facts == 28
    assert pane_sizes(200, True, None, 60, True, False).facts == 60
    assert pane_sizes(200, True, None, 500, True, False).facts == 60


def test_pane_and_sort_settings_round_trip_and_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    save_config(Config(feed_width=40, facts_width=32, sort="outlet"), path)
    config, problems = load_config(path)
    assert (config.feed_width, config.facts_width, config.sort, problems) == (40, 32, "outlet", [])
    path.write_text('feed_width = 5\nfacts_width = "wide"\nsort = "size"\n', encoding="utf-8")
    config, problems = load_config(path)
    assert (config.feed_width, config.facts_width, config.sort) == (None, 28, "date")
    assert len(problems) == 3
    assert all(re.search(r"'(feed_width|facts_width|sort)'", p) for p in problems)


URLS = [
    "https://www.morning-courier.example/regional-news/2025/07/09/"
    "lakeside-town-council-approves-new-ferry-timetable-after-long-debate?ref=feed",
    "https://gazzettadellago.example/esteri/2026/02/09/terremoto-creta-ierapetra",
    "http://例え.example/ニュース/地震-発生-速報",
    "https://short.example/a",
]


@pytest.mark.parametrize("url", URLS)
@pytest.mark.parametrize("width", [24, 36, 50, 70, 120])
def test_shortened_urls_fit_and_keep_whole_words(url: str, width: int) -> None:
    short = shorten_url(url, width)
    assert cell_len(short) <= width
    words = set(re.split(r"[-/?.&=:]", url))
    for piece in re.split(r"[-/?.&=:…]", short):
        assert not piece or piece in words, (short, piece)
    if cell_len(url) <= width:
        assert short == url  # nothing to shorten
    else:
        assert "://" not in short  # the scheme goes first
