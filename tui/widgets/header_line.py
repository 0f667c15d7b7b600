"""The header line fitted to a width: shorter wordings first, free text cut with "…" last.

At 80 columns `Parallax · archive.db   2,000 articles · 1,950 unread · 9 languages
312 shown: search “…” · Portuguese · unread only · grouped by event` does not fit. Each
step below loses less than the next: the language count, then short wordings (`PT`,
`unread`, `grouped`), the brand, the counts as `1,950/2,000 unread`, narrower gaps, then
free text (a search, an outlet, the archive name) cut with an ellipsis, never silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.cells import cell_len, set_cell_size
from rich.text import Text

ELLIPSIS = "…"


@dataclass(frozen=True)
class Part:
    """One filter: its full wording, a shorter one, and whether it is free text that may
    be cut (a search, an outlet), keeping `quote` at its end."""

    full: str
    short: str = ""
    free: bool = False
    quote: str = ""


@dataclass(frozen=True)
class HeaderStatus:
    """What the header says; `counts` from the longest wording to the shortest."""

    name: str
    counts: tuple[str, ...] = ()
    shown: str = ""
    filters: tuple[Part, ...] = ()
    activity: str = ""


@dataclass(frozen=True)
class _Step:
    brand: bool = True
    counts: int = 0  # index into HeaderStatus.counts; past the end: no counts
    short: bool = False
    gap: str = "   "
    free: int | None = None  # cells a free-text filter may keep
    name: int | None = None  # cells the archive name may keep


STEPS = (
    _Step(),
    _Step(counts=1),
    _Step(counts=1, short=True),
    _Step(brand=False, counts=1, short=True),
    _Step(brand=False, counts=2, short=True),
    _Step(brand=False, counts=2, short=True, gap="  "),
    _Step(brand=False, counts=2, short=True, gap="  ", free=18),
    _Step(brand=False, counts=2, short=True, gap="  ", free=18, name=16),
    _Step(brand=False, counts=2, short=True, gap="  ", free=10, name=16),
    _Step(brand=False, counts=9, short=True, gap="  ", free=10, name=16),
    _Step(brand=False, counts=9, short=True, gap="  ", free=6, name=10),
)


def cut_end(text: str, cells: int, keep: str = "") -> str:
    """`text` in at most `cells` cells, cut with "…" (before `keep`, a closing quote)."""
    if cell_len(text) <= cells:
        return text
    if not (keep and text.endswith(keep)):
        keep = ""
    body = text[: len(text) - len(keep)]
    room = max(0, cells - cell_len(keep) - 1)
    return set_cell_size(body, room).rstrip() + ELLIPSIS + keep


def cut_middle(text: str, cells: int) -> str:
    """`text` in at most `cells` cells, its middle replaced by "…" (keeps a file's name)."""
    if cell_len(text) <= cells:
        return text
    tail = max(1, (cells - 1) * 2 // 3)  # the end names the file or database
    head = max(0, cells - 1 - tail)
    end = text
    while cell_len(end) > tail:
        end = end[1:]
    return set_cell_size(text, head).rstrip() + ELLIPSIS + end


def _filter_text(part: Part, step: _Step) -> str:
    text = part.short if step.short and part.short else part.full
    if part.free and step.free is not None:
        text = cut_end(text, step.free, part.quote)
    return text


@dataclass
class _Line:
    pieces: list[tuple[str, str]] = field(default_factory=list)  # (text, style)

    def add(self, text: str, style: str = "") -> None:
        self.pieces.append((text, style))

    @property
    def cells(self) -> int:
        return sum(cell_len(text) for text, _ in self.pieces)


def _line(status: HeaderStatus, step: _Step) -> _Line:
    line = _Line()
    if step.brand:
        line.add("Parallax", "bold")
        line.add(" · ")
    name = status.name if step.name is None else cut_middle(status.name, step.name)
    line.add(name)
    if status.activity:
        line.add(step.gap)
        line.add(status.activity, "bold reverse")
    if step.counts < len(status.counts):
        line.add(step.gap)
        line.add(status.counts[step.counts])
    if status.filters:
        shown = f"{status.shown}: " if status.shown else ""
        line.add(step.gap)
        line.add(shown + " · ".join(_filter_text(p, step) for p in status.filters), "italic")
    return line


def fit_header(status: HeaderStatus, width: int) -> Text:
    """The longest wording of `status` that fits `width` cells; if none does, the
    shortest, cut at the end with "…"."""
    line = _Line()
    for step in STEPS:
        line = _line(status, step)
        if line.cells <= width:
            break
    text = Text(no_wrap=True, overflow="ellipsis", end="")
    for piece, style in line.pieces:
        text.append(piece, style=style)
    if text.cell_len > width > 0:
        text.truncate(width - 1)
        text.append(ELLIPSIS)
    return text
