"""'N new': articles others imported into a shared archive while the reader is open.

Shown on one line under the feed until the user loads them (N, or a click); the feed
keeps its top row and cursor meanwhile.
"""

from __future__ import annotations

from babel import Locale
from textual.message import Message
from textual.widgets import Static

from tui.formatting import counted


class NewArticles(Static):
    """How many articles arrived since the feed was last loaded; hidden when none."""

    DEFAULT_CSS = """
    NewArticles {
        height: 1;
        width: 1fr;
        display: none;
        padding: 0 1;
        background: $accent 30%;
        color: $text;
        text-style: bold;
        &.-waiting { display: block; }
    }
    """

    class LoadRequested(Message):
        """The user clicked the notice."""

    def __init__(self, locale: Locale | None = None, **kw) -> None:  # noqa: ANN003
        super().__init__("", markup=False, **kw)
        self.waiting = 0
        self.locale = locale

    def add(self, count: int) -> None:
        self.waiting += count
        text = counted(self.waiting, "new article", "new articles", self.locale)
        self.update(f"{text} imported by others · press N to show them")
        self.set_class(self.waiting > 0, "-waiting")

    def clear(self) -> None:
        self.waiting = 0
        self.update("")
        self.remove_class("-waiting")

    def on_click(self) -> None:
        self.post_message(self.LoadRequested())
