"""The article as it flows from importer to store to widget."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

# Field names of `parallax inspect --json` (a stable contract).
INSPECT_FIELDS = ("title", "source", "url", "language", "language_detected", "published")


@dataclass
class Article:
    """One parsed article, before or after it is stored.

    `published` is a timezone-aware ISO-8601 string or None. `raw` holds the bytes
    the article came from (the whole file, or the feed entry / JSON line it came
    from) and `format` the importer that read it, so cleaning can be re-run later.
    """

    title: str
    body: str
    source: str | None = None
    url: str | None = None
    language: str | None = None
    language_detected: bool = False
    published: str | None = None
    # How precise `published` is: "date", "datetime" or "datetime_zoned" (tui.published).
    published_precision: str | None = None
    tags: list[str] = field(default_factory=list)
    raw: bytes = b""
    format: str = ""
    origin: str | None = None  # file path (and entry) it came from; informational
    # Set once stored:
    id: int | None = None
    imported_at: str | None = None
    read: bool = False
    starred: bool = False
    event_id: int | None = None
    # A stored article's `source` is its canonical outlet (tui/store/outlets.py);
    # `source_imported` keeps the name it was imported with.
    source_imported: str | None = None

    def to_json(self, *, body: bool = True, facts: list[Any] | None = None) -> dict[str, Any]:
        """The `inspect --json` object; with `body=False` the `list --json` row (with id)."""
        out: dict[str, Any] = {}
        if self.id is not None and not body:
            out["id"] = self.id
        for name in INSPECT_FIELDS:
            out[name] = getattr(self, name)
        if body:
            out["body"] = self.body
            out["facts"] = facts if facts is not None else []
        else:
            out["tags"] = list(self.tags)
            out["read"] = self.read
            out["starred"] = self.starred
            if self.event_id is not None:
                out["event_id"] = self.event_id
        # Added after the original fields (extend, never break).
        out["published_precision"] = self.published_precision
        if not body and self.id is not None:  # a stored row: `source` stays as imported
            out["source"] = self.source_imported
            out["outlet"] = self.source
        return out


def parse_published(value: str | None) -> datetime | None:
    """An aware datetime for an ISO-8601 `published` value (naive values count as UTC)."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


class ParallaxError(Exception):
    """An error shown to the user as one line; never a traceback."""


class IngestError(ParallaxError):
    """A file that could not be imported: `path: reason`."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class StoreError(ParallaxError):
    """The archive cannot be opened or written."""
