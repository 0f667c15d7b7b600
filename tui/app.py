"""The Parallax reader: a thin App that opens the archive, loads config and themes,
and pushes the main screen. Layout lives in app.tcss; behaviour in screens/ and widgets/."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from textual.app import App, SuspendNotSupported
from textual.binding import Binding
from textual.theme import Theme

from tui.config import Config, load_config, save_config
from tui.formatting import Dates, parse_locale, ui_locale, user_zone, valid_zone
from tui.screens.actions import ACTION_BINDINGS, browser_opens
from tui.screens.compare import ComparePicker, CompareScreen
from tui.screens.events import CoverageScreen, EventsScreen
from tui.screens.feeds import FeedsScreen
from tui.screens.help import HelpScreen, KeySection
from tui.screens.live import LIVE_BINDINGS
from tui.screens.main import PANE_BINDINGS, FactExtractor, MainScreen
from tui.screens.palette import ParallaxCommands
from tui.screens.stats import StatsScreen
from tui.store import ArchiveStore, is_server_url, mask_url, open_store
from tui.themes import DEFAULT_THEME, VARIABLE_DEFAULTS, load_themes
from tui.widgets.article import ArticleView
from tui.widgets.compare.fact_table import FactTable
from tui.widgets.compare.parallel import ParallelText
from tui.widgets.coverage_view import CoverageView
from tui.widgets.event_list import EventList
from tui.widgets.feed import FeedView


class ParallaxApp(App[None]):
    """`ParallaxApp(db_path=...)`; `config`, `now` and the fact extractor are injectable."""

    TITLE = "Parallax"
    CSS_PATH = "app.tcss"
    COMMANDS = {ParallaxCommands}
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("q", "quit", "Quit", id="quit"),
        Binding("question_mark", "help", "Help", id="help"),
        Binding("ctrl+p", "command_palette", "Commands", show=False, id="command_palette"),
    ]

    def __init__(
        self,
        db_path: str | Path,
        *,
        config: Config | None = None,
        now: datetime | None = None,
        save_settings: bool = True,
        extract_facts: FactExtractor | None = None,
        group_pending: bool = True,
    ) -> None:
        super().__init__()
        self.problems: list[str] = []
        self.notices: list[str] = []  # shown once the reader is up (e.g. the first-run import)
        if config is None:
            config, self.problems = load_config()
        if config.locale and parse_locale(config.locale) is None:
            self.problems.append(f"config: 'locale' {config.locale!r} is unknown; default used")
        if config.timezone and not valid_zone(config.timezone):
            self.problems.append(
                f"config: 'timezone' {config.timezone!r} is unknown; local time used"
            )
        self.config = config
        self.save_settings = save_settings
        self.extract_facts = extract_facts
        # Work off what an interrupted import left queued, in the background, on open.
        self.group_pending = group_pending
        # A SQLite file path, or a PostgreSQL URL (kept as a string: a Path mangles "//").
        server = isinstance(db_path, str) and is_server_url(db_path)
        self.db_path: str | Path = db_path if server else Path(db_path)
        self.archive_name = mask_url(str(db_path)) if server else Path(db_path).name
        self.store: ArchiveStore = open_store(self.db_path)
        self.dates = Dates(
            ui_locale(config.locale), user_zone(config.timezone), config.date_style, now
        )

    # -- themes and keys -----------------------------------------------------------------

    def get_theme_variable_defaults(self) -> dict[str, str]:
        return dict(VARIABLE_DEFAULTS)

    def _register_themes(self) -> None:
        loaded = load_themes()
        for theme in loaded.themes:
            self.register_theme(theme)
        self.problems.extend(loaded.problems)
        wanted = self.config.theme
        if wanted not in self.available_themes:
            self.problems.append(f"theme {wanted!r} not found; using {DEFAULT_THEME}")
            wanted = DEFAULT_THEME if DEFAULT_THEME in self.available_themes else "textual-dark"
        self.theme = wanted

    def key_bindings(self) -> Iterator[Binding]:
        """Every user-facing binding (for the palette)."""
        for _title, bindings in self.key_sections():
            yield from (b for b in bindings if b.id)

    def key_sections(self) -> list[KeySection]:
        return [
            ("Feed", FeedView.BINDINGS),
            ("Reader", MainScreen.CORE_BINDINGS),
            ("Article and view", ACTION_BINDINGS),
            ("Panes", PANE_BINDINGS),
            ("Shared archive", LIVE_BINDINGS),
            ("Article", ArticleView.BINDINGS),
            ("Feeds screen", FeedsScreen.BINDINGS),
            ("Compare", CompareScreen.BINDINGS),
            ("Compare: text", ParallelText.BINDINGS),
            ("Compare: facts", FactTable.BINDINGS),
            ("Compare: pick B", ComparePicker.BINDINGS),
            ("Events", [*EventsScreen.BINDINGS, *EventList.BINDINGS]),
            ("Event coverage", [*CoverageScreen.BINDINGS, *CoverageView.BINDINGS]),
            ("Reports per day", StatsScreen.BINDINGS),
            ("App", self.BINDINGS),
        ]

    def _apply_keymap(self) -> None:
        known = {b.id for _t, bindings in self.key_sections() for b in bindings if b.id}
        keymap = {}
        for binding_id, keys in self.config.keymap.items():
            if binding_id in known:
                keymap[binding_id] = keys
            else:
                self.problems.append(f"config: keymap id {binding_id!r} is unknown; ignored")
        if keymap:
            self.set_keymap(keymap)

    # -- lifecycle -----------------------------------------------------------------------

    def on_mount(self) -> None:
        self._register_themes()
        self._apply_keymap()
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        self.push_screen(MainScreen(
            self.store, self.dates, self.config, self.archive_name, self.extract_facts
        ))
        for problem in self.problems:
            self.notify(problem, title="Settings", severity="warning", timeout=8, markup=False)
        for notice in self.notices:
            self.notify(notice, timeout=8, markup=False)

    def on_unmount(self) -> None:
        self.store.close()

    def _theme_changed(self, theme: Theme) -> None:
        if theme.name != self.config.theme:
            self.config.theme = theme.name
            self.save_settings_now()

    def save_settings_now(self) -> None:
        """Write config.toml (a theme switch, a pane resized), unless told not to."""
        if self.save_settings:
            try:
                save_config(self.config)
            except OSError as exc:
                self.notify(f"Could not save the settings: {exc}", severity="error",
                            markup=False)

    def open_in_browser(self, url: str) -> bool:
        """$BROWSER or the system's browser (called from a worker thread); a headless
        (test) run never launches one."""
        if self.is_headless:
            return False
        return browser_opens(url, lambda run: self.call_from_thread(self._run_suspended, run))

    def _run_suspended(self, run: Callable[[], object]) -> None:
        """Give the terminal to a terminal browser until it exits."""
        try:
            with self.suspend():
                run()
        except SuspendNotSupported:
            self.notify("Cannot hand the terminal to a terminal browser here", markup=False)

    def set_theme(self, name: str) -> None:
        self.theme = name

    # -- actions -------------------------------------------------------------------------

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.key_sections(), self.config.keymap))
