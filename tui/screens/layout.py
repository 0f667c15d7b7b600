"""Pane sizes of the reader, worked out from the terminal width and the user's choices.

No article open: the feed has the whole width. An article open: the feed takes a share
(`feed_width`, percent) but never so much that the article gets fewer than
`ARTICLE_MIN` columns when the screen allows it; the facts sidebar sits beside the
article only when that still leaves `ARTICLE_MIN`, else `f` shows it in the feed's place.
"""

from __future__ import annotations

from dataclasses import dataclass

ARTICLE_MIN = 60  # the article pane never gets fewer columns than this when avoidable
FEED_MIN = 24
FEED_READABLE = 52  # the feed may shrink to this (not below) to make room for the facts
FACTS_MIN, FACTS_MAX = 20, 60
FEED_PERCENT_MIN, FEED_PERCENT_MAX = 20, 75


def default_feed_percent(width: int) -> int:
    """43% leaves ≥ 45 title cells at 120 columns; half the screen below 100."""
    return 43 if width >= 100 else 50


@dataclass(frozen=True)
class Panes:
    reading: bool
    feed: int  # columns of the feed column; 0: hidden
    facts: int  # columns of the facts sidebar; 0: hidden
    facts_fit: bool  # the facts fit beside the article (else they replace the feed)


def pane_sizes(
    width: int,
    reading: bool,
    feed_percent: int | None,
    facts_width: int,
    facts_wanted: bool,
    facts_swapped: bool,
) -> Panes:
    """The layout for one terminal width (see the module docstring)."""
    if not reading:
        return Panes(False, width, 0, False)
    percent = feed_percent or default_feed_percent(width)
    feed = round(width * percent / 100)
    feed = max(min(FEED_MIN, width // 2), min(feed, width - min(ARTICLE_MIN, width // 2)))
    facts = max(FACTS_MIN, min(FACTS_MAX, facts_width))
    room = width - facts - ARTICLE_MIN
    fit = room >= min(feed, FEED_READABLE)
    if fit:
        return Panes(True, min(feed, room), facts if facts_wanted else 0, True)
    if facts_swapped:
        return Panes(True, 0, facts, False)
    return Panes(True, feed, 0, False)
