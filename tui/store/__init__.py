"""The article archive. Callers never write SQL: they use an `ArchiveStore`, opened with
`open_store` (a SQLite file, or PostgreSQL for a `postgresql://` URL)."""

from __future__ import annotations

from pathlib import Path

from tui.store.archive import Store
from tui.store.common import (
    ImportCounts,
    content_hash,
    is_server_url,
    mask_url,
    utc_key,
    valid_text,
)
from tui.store.events import EventRecord, EventRow, EventSummary
from tui.store.feeds import EntryState, FeedRecord, SavedSearch
from tui.store.health import HealthReport
from tui.store.interface import ArchiveStore
from tui.store.query import MATCH_END, MATCH_START, ArticleFilter, SearchHit, fts_query_from_text
from tui.store.queue import FailedAnalysis, QueuedArticle


def open_store(spec: str | Path) -> ArchiveStore:
    """Open the archive `spec` names: a `postgresql://` (or `postgres://`) URL opens the
    PostgreSQL archive there, anything else is a SQLite file path."""
    if isinstance(spec, str) and is_server_url(spec):
        from tui.store.postgres import PgStore  # psycopg is only needed for a server

        return PgStore.open(spec)
    return Store.open(spec)


def archive_label(spec: str | Path) -> str:
    """How to name the archive `spec` to the user (a URL's password masked)."""
    return mask_url(spec) if isinstance(spec, str) and is_server_url(spec) else str(spec)


__all__ = [
    "MATCH_END",
    "MATCH_START",
    "ArchiveStore",
    "ArticleFilter",
    "EventRecord",
    "EventRow",
    "EventSummary",
    "EntryState",
    "FeedRecord",
    "FailedAnalysis",
    "HealthReport",
    "ImportCounts",
    "QueuedArticle",
    "SavedSearch",
    "SearchHit",
    "Store",
    "archive_label",
    "content_hash",
    "fts_query_from_text",
    "is_server_url",
    "mask_url",
    "open_store",
    "utc_key",
    "valid_text",
]
