"""One line above the fact table: how likely the two reports are about one event.

It warns (a "⚠" sign, bold, on the theme's warning colour: never colour alone) when they
are probably not, because their conflicts are then figures of different things.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.widgets import Static

from tui.analysis.same_event import describe
from tui.widgets.safe import safe_inline


class EventNote(Static):
    """`Same event: likely (96 %): …` or `⚠ Probably NOT the same event (6 %): …`."""

    DEFAULT_CSS = """
    EventNote {
        height: 1;
        padding: 0 1;
        background: $panel;
        color: $text-muted;
        text-wrap: nowrap;
        text-overflow: ellipsis;
        display: none;
        &.-shown { display: block; }
        &.-uncertain { color: $foreground; text-style: italic; }
        &.-different { background: $warning 35%; color: $foreground; text-style: bold; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.verdict: dict[str, Any] | None = None

    def show(self, verdict: dict[str, Any] | None) -> None:
        """Show a `same_event` result (hidden when there is none)."""
        self.verdict = verdict
        word = verdict.get("verdict") if verdict else None
        self.set_class(verdict is not None, "-shown")
        self.set_class(word == "different", "-different")
        self.set_class(word == "uncertain", "-uncertain")
        self.update(Text(safe_inline(describe(verdict)) if verdict else "", no_wrap=True,
                         overflow="ellipsis", end=""))
