"""The coverage view's lines, as plain (text, role) pieces: no Textual, no markup.

Built once per event and width; the widget draws them with the Line API, so moving the
cursor through an event of hundreds of reports redraws two lines, not the whole view.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.cells import cell_len

from tui.event_report import Coverage
from tui.formatting import Dates, counted
from tui.models import Article, parse_published
from tui.published import DATE, sort_key
from tui.widgets.feed_rows import fit
from tui.widgets.safe import safe_inline

Piece = tuple[str, str]  # (text, role); roles: see CoverageView.COMPONENT_CLASSES
Line = list[Piece]

FIGURE_LABEL = 18
FIGURE_COLUMN = 14
POINTER = "pointer"  # the line under the timeline strip that points at the selected report


@dataclass
class CoverageLines:
    lines: list[Line] = field(default_factory=list)
    report_rows: list[int] = field(default_factory=list)  # line index of each report
    strip_start: int = 0  # first cell of the timeline strip
    marks: list[int] = field(default_factory=list)  # each report's cell in the strip

    @property
    def width(self) -> int:
        return max((sum(cell_len(t) for t, _ in line) for line in self.lines), default=0)


def _time(article: Article, dates: Dates) -> str:
    """Date and clock time in the UI zone; a date-only value is its day, with no time."""
    when = parse_published(article.published)
    if when is None:
        return fit("undated", 6 + (dates.short_width or 10))
    precision = article.published_precision
    timed = when.tzinfo is not None and precision != DATE
    clock = when.astimezone(dates.zone).strftime("%H:%M") if timed else "     "
    return f"{dates.short(article.published, precision).rjust(dates.short_width or 10)} {clock}"


def _wrap(prefix: str, items: list[str], width: int) -> list[str]:
    """`prefix` then items joined by "; ", wrapped between items at `width`."""
    lines, line = [], prefix
    for i, item in enumerate(items):
        piece = item + ("; " if i < len(items) - 1 else "")
        if cell_len(line) + cell_len(piece) > width and line.strip():
            lines.append(line.rstrip())
            line = " " * cell_len(prefix)
        line += piece
    lines.append(line.rstrip())
    return lines


def timeline_marks(reports: list[Article], width: int) -> list[int]:
    """Each report's cell on a strip `width` cells wide, by publication time."""
    keys = [sort_key(a.published, a.published_precision) for a in reports]
    moments = [parse_published(k) for k in keys if k]
    if not moments or width < 2:
        return [0] * len(reports)
    first, last = min(moments), max(moments)
    span = (last - first).total_seconds() or 1.0
    out = []
    for k in keys:
        m = parse_published(k) if k else None
        out.append(0 if m is None else round((m - first).total_seconds() / span * (width - 1)))
    return out


def _strip_cells(marks: list[int], width: int) -> str:
    counts = [0] * width
    for m in marks:
        counts[min(width - 1, m)] += 1
    return "".join("─" if n == 0 else ("●" if n == 1 else (str(n) if n < 10 else "+"))
                   for n in counts)


def build_lines(data: Coverage, reports: list[Article], why: list[str], dates: Dates,
                width: int) -> CoverageLines:
    """Every line of the coverage view for a terminal `width` cells wide."""
    out = CoverageLines()
    if not reports:
        out.lines.append([("This event has no reports left.", "empty")])
        return out
    first = reports[0]
    langs = sorted({(a.language or "??").upper() for a in reports})
    out.lines.append([(fit(safe_inline(first.title) or "(untitled)", width), "title")])
    out.lines.append([(fit(
        f"{counted(len(reports), 'report', 'reports')} · "
        f"{counted(len(langs), 'language', 'languages')} ({' '.join(langs)}) · first: "
        f"{safe_inline(first.source) or '-'}, {_time(first, dates).strip()}", width), "meta")])
    if why:
        for text in _wrap("One event because they share: ", [safe_inline(w) for w in why],
                          width):
            out.lines.append([(text, "meta")])
    out.lines.append([])
    _timeline(out, reports, dates, width)
    _reports(out, data, reports, dates, width)
    _figures(out, data, width)
    out.lines.append([])
    hint = ["space marks a report", "c compares it with the one under the cursor",
            "x moves a report out of the event"]
    for text in _wrap("", hint, width):
        out.lines.append([(text, "meta")])
    return out


def _timeline(out: CoverageLines, reports: list[Article], dates: Dates, width: int) -> None:
    dated = [a for a in reports if sort_key(a.published, a.published_precision)]
    start = _time(dated[0], dates).strip() if dated else ""
    end = _time(dated[-1], dates).strip() if dated else ""
    strip_w = max(8, min(64, width - cell_len(start) - cell_len(end) - 14))
    out.marks = timeline_marks(reports, strip_w)
    out.lines.append([("Timeline", "heading")])
    out.strip_start = cell_len(start) + 3
    out.lines.append([(f" {start} ├", "meta"), (_strip_cells(out.marks, strip_w), "strip"),
                      (f"┤ {end}", "meta")])
    out.lines.append([(POINTER, POINTER)])
    published = "published".rjust(dates.short_width or 10) + "      "
    out.lines.append([(fit(f"  {'#':>3}  {published}  lang  outlet", width), "meta")])


def _reports(out: CoverageLines, data: Coverage, reports: list[Article], dates: Dates,
             width: int) -> None:
    outlet_w = 20 if width >= 100 else 12
    for i, a in enumerate(reports):
        when = _time(a, dates)
        head = f"  {i + 1:>3}  {when}  "
        title_w = width - cell_len(head) - 4 - outlet_w - 1 - (8 if i == 0 else 0)
        line: Line = [(head, "report"), (f"{(a.language or '??').upper():<2}", "badge:"
                                         + (a.language or "")), ("  ", "report"),
                      (fit(safe_inline(a.source) or "-", outlet_w) + " ", "outlet"),
                      (fit(safe_inline(a.title) or "(untitled)", max(8, title_w)), "report")]
        if i == 0:
            line.append(("  FIRST ", "first"))
        out.report_rows.append(len(out.lines))
        out.lines.append(line)
        only = data.unique.get(a.id or 0) or []
        if only:
            for text in _wrap("        only here: ", [safe_inline(o) for o in only], width):
                out.lines.append([(text, "only")])
    if len(reports) > len(data.reports):
        note = ["what only each says and the figures", f"from the first {len(data.reports)} "
                f"of {counted(len(reports), 'report', 'reports')}"]
        for text in _wrap("        ", note, width):
            out.lines.append([(text, "meta")])


def _figures(out: CoverageLines, data: Coverage, width: int) -> None:
    out.lines.append([])
    if not data.figures:
        out.lines.append([("No figures on which the reports disagree.", "meta")])
        return
    out.lines.append([("Figures they disagree on", "heading")])
    out.lines.append([(fit("≠ differs from the first report that states it · — not stated",
                           width), "meta")])
    head: Line = [(fit("figure", FIGURE_LABEL), "meta")]
    for i, a in enumerate(data.reports):
        head.append((fit(f"#{i + 1} {safe_inline(a.source) or '-'}", FIGURE_COLUMN - 1) + " ",
                     "meta"))
    out.lines.append(head)
    for row in data.figures:
        stated = next((v for v in row.values if v is not None), None)
        line: Line = [(fit(safe_inline(row.concept), FIGURE_LABEL - 1) + " ", "report")]
        for value in row.values:
            if value is None:
                line.append((fit("—", FIGURE_COLUMN), "meta"))
            elif value != stated:
                line.append((fit("≠" + safe_inline(value), FIGURE_COLUMN - 1) + " ", "conflict"))
            else:
                line.append((fit(safe_inline(value), FIGURE_COLUMN - 1) + " ", "report"))
        out.lines.append(line)
