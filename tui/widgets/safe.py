"""Article text is data: make it safe to put on a terminal before any widget sees it."""

from __future__ import annotations

import re

from rich.text import Text

# The importer's cleaner: escape sequences, C0/C1 and bidi controls are removed.
from tui.ingest.clean import strip_controls

_SPACE = re.compile(r"\s+")


def safe_inline(value: str | None) -> str:
    """One line of article text (title, outlet, byline) with controls removed."""
    if not value:
        return ""
    return _SPACE.sub(" ", strip_controls(value)).strip()


def safe_body(value: str | None) -> str:
    """A body with controls removed; newlines kept."""
    return strip_controls(value or "")


def literal(value: str | None, style: str = "") -> Text:
    """A rich Text that shows `value` literally: no markup, no controls."""
    return Text(safe_inline(value), style=style)
