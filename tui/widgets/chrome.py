"""Screen furniture: the archive header and the import progress strip."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Label, ProgressBar, Static

from tui.widgets.safe import safe_inline


class ArchiveHeader(Static):
    """`Parallax · archive.db   1,234 articles · 56 unread · 5 languages   [filters]`."""

    DEFAULT_CSS = """
    ArchiveHeader {
        dock: top;
        height: 1;
        background: $panel;
        color: $foreground;
        padding: 0 1;
    }
    """

    def show_status(
        self, name: str, counts: str, filters: str = "", activity: str = ""
    ) -> None:
        """`activity` (a refresh in progress) goes right after the archive name."""
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append("Parallax", style="bold")
        text.append(" · ")
        text.append(safe_inline(name))
        if activity:
            text.append("   ")
            text.append(safe_inline(activity), style="bold reverse")
        text.append("   ")
        text.append(counts)
        if filters:
            text.append("   ")
            text.append(safe_inline(filters), style="italic")
        self.update(text)


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
