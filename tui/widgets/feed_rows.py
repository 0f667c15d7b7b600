"""How one feed row is drawn: a single line when the feed is wide, two lines when narrow.

Wide (the feed has the screen):  `●★ ┌ 3  EN  Title …                 Outlet        9 Feb 2026`
Narrow (beside an article):      `●★┌ Title in the full width of the pane …`
                                 `  │  EN  Outlet                 3 reports · 9 Feb 2026`

Every width is measured in terminal cells (`rich.cells`), so CJK text lines up. Article
text is data: segments are built from plain strings, markup is never parsed.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style

from tui.formatting import counted
from tui.models import Article
from tui.widgets.safe import safe_inline

# Below this content width a row takes two lines, so the title keeps the whole first line.
TWO_LINE_BELOW = 70
SOURCE_MAX = 26


@dataclass(frozen=True)
class Group:
    """Where a row sits in its event's block (grouped feed), or `None` if alone."""

    size: int
    joined_before: bool
    joined_after: bool


@dataclass(frozen=True)
class RowStyle:
    base: Style
    meta: Style
    title: Style
    unread: Style
    star: Style
    badge: Style


def fit(text: str, width: int) -> str:
    """`text` cut to `width` cells with "…", or padded to it."""
    if width <= 0:
        return ""
    if cell_len(text) <= width:
        return set_cell_size(text, width)
    return set_cell_size(text, width - 1) + "…"


def badge_text(article: Article) -> str:
    code = (article.language or "??").split("-")[0][:3].upper()
    return f" {code:<3}"


def title_text(article: Article) -> str:
    return safe_inline(article.title) or "(untitled)"


def _marks(article: Article, style: RowStyle) -> list[Segment]:
    return [
        Segment("●" if not article.read else " ", style.base + style.unread),
        Segment("★" if article.starred else " ", style.base + style.star),
    ]


def wide_gutter(group: Group | None) -> str:
    """Three cells tying the reports of one event together: "┌ 3", "│", "└"."""
    if group is None or group.size < 2:
        return "   "
    if not group.joined_before:
        return f"{'┌' if group.joined_after else '·'}{min(group.size, 99):>2}"
    return "│  " if group.joined_after else "└  "


def narrow_gutter(group: Group | None, line: int) -> str:
    """One cell per line for the two-line layout."""
    if group is None or group.size < 2:
        return " "
    if line == 0:
        if not group.joined_before:
            return "┌" if group.joined_after else "·"
        return "│"
    if group.joined_after:
        return "│"
    return "└" if group.joined_before else " "


def wide_row(
    article: Article, width: int, style: RowStyle, date: tuple[str, int], group: Group | None,
    grouped: bool,
) -> list[Segment]:
    """One line: marks, badge, title, outlet and date in columns."""
    gutter = wide_gutter(group) if grouped else ""
    text, date_w = date
    # marks(2) gutter sp badge(4) sp title [sp source] [sp date] sp
    title_w = width - 2 - cell_len(gutter) - 1 - 4 - 1 - 1
    show_date = bool(date_w) and title_w - date_w - 1 >= 16
    if show_date:
        title_w -= date_w + 1
    source_w = min(SOURCE_MAX, max(12, width // 4)) if title_w >= 40 else 0
    if source_w:
        title_w -= source_w + 1
    segments = [
        *_marks(article, style),
        Segment(gutter, style.meta),
        Segment(" ", style.base),
        Segment(badge_text(article), style.badge),
        Segment(" ", style.base),
        Segment(fit(title_text(article), max(1, title_w)), style.title),
    ]
    if source_w:
        segments.append(Segment(" " + fit(safe_inline(article.source), source_w), style.meta))
    if show_date:
        dated = " " * max(0, date_w - cell_len(text)) + text  # right-aligned, in cells
        segments.append(Segment(" " + fit(dated, date_w), style.meta))
    return segments


def narrow_row(
    article: Article, line: int, width: int, style: RowStyle, date: tuple[str, int],
    group: Group | None, grouped: bool,
) -> list[Segment]:
    """Line 0: the title over the pane's width. Line 1: badge, outlet, event size, date."""
    gutter = narrow_gutter(group, line) if grouped else ""
    if line == 0:
        title_w = width - 2 - len(gutter) - 1
        return [
            *_marks(article, style),
            Segment(gutter, style.meta),
            Segment(" ", style.base),
            Segment(fit(title_text(article), max(1, title_w)), style.title),
        ]
    text, date_w = date
    dated = " " * max(0, date_w - cell_len(text)) + text if text else ""
    choices = [dated, ""]
    if group is not None and group.size > 1 and not group.joined_before:
        size = counted(group.size, "report", "reports")
        choices.insert(0, f"{size} · {text}" if text else size)
    # sp sp gutter sp badge(4) sp outlet sp right sp; the outlet keeps at least 8 cells
    fixed = 3 + len(gutter) + 4 + 1 + 1
    right = next((c for c in choices if width - fixed - cell_len(c) - 1 >= 8), "")
    outlet_w = width - fixed - (cell_len(right) + 1 if right else 0)
    segments = [
        Segment("  " + gutter + " ", style.meta),
        Segment(badge_text(article), style.badge),
        Segment(" " + fit(safe_inline(article.source), max(0, outlet_w)), style.meta),
    ]
    if right:
        segments.append(Segment(" " + right, style.meta))
    return segments

