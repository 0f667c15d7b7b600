"""Screen furniture: the archive header and the import progress strip."""

from __future__ import annotations

from dataclasses import replace

from rich.text import Text
from textual.app import ComposeResult, RenderResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar, Static

from tui.widgets.header_line import HeaderStatus, fit_header
from tui.widgets.safe import safe_inline


class ArchiveHeader(Static):
    """`Parallax · archive.db   1,234 articles · 56 unread · 5 languages   [filters]`,
    fitted to the width (see `header_line`)."""

    DEFAULT_CSS = """
    ArchiveHeader {
        dock: top;
        height: 1;
        background: $panel;
        color: $foreground;
        padding: 0 1;
    }
    """

    status = HeaderStatus(name="")

    def show_status(self, status: HeaderStatus) -> None:
        """Article text and names are data: every piece is made safe here."""
        self.status = replace(
            status,
            name=safe_inline(status.name),
            activity=safe_inline(status.activity),
            filters=tuple(
                replace(p, full=safe_inline(p.full), short=safe_inline(p.short))
                for p in status.filters
            ),
        )
        self.refresh()

    def render(self) -> RenderResult:
        width = self.content_region.width or max(0, self.size.width - 2)
        return fit_header(self.status, width)


class ImportProgress(Horizontal):
    """A one-line progress bar shown while an import runs."""

    DEFAULT_CSS = """
    ImportProgress {
        dock: bottom;
        height: 1;
        display: none;
        background: $panel;
        padding: 0 1;
        &.-running { display: block; }
        Label { width: auto; max-width: 60%; margin-right: 1; }
        ProgressBar { width: 1fr; }
    }
    """

    def compose(self) -> ComposeResult:
        yield Label("Importing…", id="import-label")
        yield ProgressBar(total=None, show_eta=False, id="import-bar")

    def start(self) -> None:
        self.add_class("-running")
        self.query_one(ProgressBar).update(total=None, progress=0)
        self.query_one(Label).update("Importing…")

    def advance(self, done: int, total: int, name: str, stage: str = "Importing") -> None:
        self.query_one(ProgressBar).update(total=max(total, 1), progress=done)
        label = Text(f"{stage} {done}/{total} ")
        label.append(safe_inline(name)[:40], style="dim")
        self.query_one(Label).update(label)

    def finish(self) -> None:
        self.remove_class("-running")
