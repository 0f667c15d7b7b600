"""The command palette (ctrl+p): one Provider for every command of the reader."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.markup import escape

from tui.formatting import language_name
from tui.models import ParallaxError
from tui.store import fts_query_from_text
from tui.widgets.safe import safe_inline

if TYPE_CHECKING:
    from tui.app import ParallaxApp
    from tui.screens.main import MainScreen

Command = tuple[str, Callable[[], object], str]


class ParallaxCommands(Provider):
    """Keys' actions, themes, language/source filters, import, and "go to article"."""

    @property
    def parallax(self) -> ParallaxApp:
        return self.app  # type: ignore[return-value]

    def _main(self) -> MainScreen | None:
        from tui.screens.main import MainScreen

        for screen in reversed(self.app.screen_stack):
            if isinstance(screen, MainScreen):
                return screen
        return None

    def _static_commands(self) -> list[Command]:
        app = self.parallax
        main = self._main()
        commands: list[Command] = []
        for binding in app.key_bindings():
            target = main if main is not None and binding.action in _SCREEN_ACTIONS else app
            action = binding.action
            commands.append(
                (binding.description, partial(app.run_action, action, target), binding.id or "")
            )
        # Parallax's own themes first, then Textual's.
        names = sorted(app.available_themes, key=lambda n: (not n.startswith("parallax"), n))
        for name in names:
            commands.append(
                (f"Theme: {name}", partial(app.set_theme, name), "Switch the colour theme")
            )
        if main is not None:
            locale = main.dates.locale
            for code, count in app.store.languages():
                if code:
                    commands.append((
                        f"Language: {language_name(code, locale)} ({code.upper()})",
                        partial(main.set_language, code),
                        f"Show only {count} articles in this language",
                    ))
            for source, count in app.store.sources()[:200]:
                if source:
                    commands.append((
                        f"Source: {safe_inline(source)}",
                        partial(main.set_source, source),
                        f"Show only the {count} articles from this outlet",
                    ))
            commands.append(("Import a path…", main.action_import, "Import files or folders"))
        return commands

    async def discover(self) -> Hits:
        for title, callback, help_text in self._static_commands():
            yield DiscoveryHit(Text(title), callback, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for title, callback, help_text in self._static_commands():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(escape(title)), callback, help=escape(help_text))
        main = self._main()
        if main is None:
            return
        candidate = Path(query.strip()).expanduser()
        if query.strip() and await asyncio.to_thread(candidate.exists):
            yield Hit(
                1.0,
                Text(f"Import {safe_inline(query.strip())}"),
                partial(main.start_import, str(candidate)),
                help="Import this file or folder",
            )
        fts = fts_query_from_text(query)
        if fts is None:
            return
        try:
            hits = await asyncio.to_thread(self.parallax.store.search, fts, limit=15)
        except ParallaxError:
            return
        for rank, hit in enumerate(hits):
            article = hit.article
            if article.id is None:
                continue
            label = Text("Go to: ")
            label.append(safe_inline(article.title))
            label.append(f"  ({(article.language or '??').upper()})", style="dim")
            yield Hit(
                0.5 - rank * 0.01,
                label,
                partial(main.jump_to, article.id),
                help=escape(safe_inline(article.source)),
            )


_SCREEN_ACTIONS = {
    "search", "filter_language", "filter_source", "toggle_unread", "star", "toggle_read",
    "open_url", "compare", "toggle_facts", "import", "clear", "events_screen",
}
