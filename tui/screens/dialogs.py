"""Small modal screens: a picker (language / source / sort), a path prompt, a yes/no question."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, OptionList
from textual.widgets.option_list import Option

from tui.widgets.safe import safe_inline

DIALOG_CSS = """
    align: center middle;
    background: $background 60%;
    & > Vertical {
        width: 60;
        max-width: 90%;
        height: auto;
        max-height: 80%;
        border: round $primary;
        background: $surface;
        padding: 0 1;
    }
    .dialog-title { text-style: bold; padding: 0 0 1 0; width: 1fr; }
    .dialog-hint { color: $text-muted; padding: 1 0 0 0; }
"""


class PickerScreen(ModalScreen[str | None]):
    """Pick one value from a list; escape cancels (None), "" means "all"."""

    DEFAULT_CSS = "PickerScreen {" + DIALOG_CSS + " OptionList { height: auto; max-height: 20; } }"
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="dialog.cancel")]

    def __init__(self, title: str, choices: list[tuple[str, str]], current: str | None) -> None:
        """`choices` are (value, label); labels are shown literally."""
        super().__init__()
        self._title = title
        self._choices = choices
        self._current = current

    def compose(self) -> ComposeResult:
        options = [Option(Text(label), id=f"v:{value}") for value, label in self._choices]
        with Vertical():
            yield Label(Text(self._title), classes="dialog-title")
            yield OptionList(*options, id="picker")
            yield Label("enter choose · escape cancel", classes="dialog-hint")

    def on_mount(self) -> None:
        pickers = self.query(OptionList)
        if not pickers:  # dismissed before it was composed (keys typed very fast)
            return
        picker = pickers.first()
        for index, (value, _label) in enumerate(self._choices):
            if value == (self._current or ""):
                picker.highlighted = index
                break
        picker.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or "v:"
        self.dismiss(option_id[2:])

    def action_cancel(self) -> None:
        self.dismiss(None)


class PromptScreen(ModalScreen[str | None]):
    """Ask for one line of text (a path to import)."""

    DEFAULT_CSS = "PromptScreen {" + DIALOG_CSS + "}"
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="dialog.cancel")]

    def __init__(self, title: str, placeholder: str = "", value: str = "") -> None:
        super().__init__()
        self._title = title
        self._placeholder = placeholder
        self._value = value

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(self._title), classes="dialog-title")
            yield Input(value=self._value, placeholder=self._placeholder, id="prompt")
            yield Label("enter confirm · escape cancel", classes="dialog-hint")

    def on_mount(self) -> None:
        for box in self.query(Input):
            box.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        value = safe_inline(event.value)
        self.dismiss(value or None)

    def action_cancel(self) -> None:
        self.dismiss(None)


class ConfirmScreen(ModalScreen[bool]):
    """A yes/no question; `y` or enter says yes, `n` or escape says no."""

    DEFAULT_CSS = "ConfirmScreen {" + DIALOG_CSS + "}"
    BINDINGS = [
        Binding("y,enter", "answer(True)", "Yes", id="dialog.yes"),
        Binding("n,escape", "answer(False)", "No", id="dialog.no"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self._question = question

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(Text(self._question), classes="dialog-title", id="confirm-question")
            yield Label("y / enter: yes · n / escape: no", classes="dialog-hint")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
