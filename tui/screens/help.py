"""`?`: every key, as currently mapped (user keymaps included)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Label, Static

KeySection = tuple[str, Sequence[Binding]]


def effective_keys(binding: Binding, keymap: Mapping[str, str]) -> list[str]:
    keys = keymap.get(binding.id or "", binding.key) if binding.id else binding.key
    return [k.strip() for k in keys.split(",") if k.strip()]


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen {
        align: center middle;
        background: $background 60%;
        & > VerticalScroll {
            width: 76;
            max-width: 95%;
            height: auto;
            max-height: 90%;
            border: round $primary;
            border-title-style: bold;
            background: $surface;
            padding: 0 1;
        }
        #help-hint { color: $text-muted; padding-top: 1; }
    }
    """
    BINDINGS = [
        Binding("escape,question_mark,q", "dismiss_help", "Close", id="help.close"),
    ]

    def __init__(self, sections: Sequence[KeySection], keymap: Mapping[str, str]) -> None:
        super().__init__()
        self._sections = sections
        self._keymap = keymap

    def _section_rows(self, bindings: Iterable[Binding]) -> Iterator[tuple[str, str, str]]:
        """(keys as shown, description, id) for each remappable binding of one section."""
        seen: set[str] = set()
        for binding in bindings:
            if not binding.id or binding.id in seen:
                continue
            seen.add(binding.id)
            keys = effective_keys(binding, self._keymap)
            shown = " ".join(
                self.app.get_key_display(Binding(key, binding.action)) for key in keys
            )
            yield shown, binding.description, binding.id

    @property
    def rows(self) -> list[tuple[str, str, str]]:
        """(keys, description, id) for every remappable binding, in section order."""
        return [row for _title, bindings in self._sections for row in self._section_rows(bindings)]

    def _table(self) -> Table:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True, min_width=16)
        table.add_column()
        table.add_column(style="dim", no_wrap=True)
        for title, bindings in self._sections:
            table.add_row(Text(title, style="bold underline"), "", "")
            for shown, description, binding_id in self._section_rows(bindings):
                table.add_row(Text(shown), Text(description), Text(binding_id))
            table.add_row("", "", "")
        return table

    def compose(self) -> ComposeResult:
        scroll = VerticalScroll()
        scroll.border_title = "Keys"
        with scroll:
            yield Static(self._table(), id="help-table")
            yield Label(
                "Remap any key in config.toml: [keymap] <id> = \"keys\" · escape closes",
                id="help-hint",
            )

    def action_dismiss_help(self) -> None:
        self.dismiss(None)
