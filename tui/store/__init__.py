"""The local article archive. Callers never write SQL: they use `Store`."""

from tui.store.archive import ImportCounts, Store, content_hash, utc_key
from tui.store.events import EventRecord, EventRow, EventSummary
from tui.store.query import MATCH_END, MATCH_START, ArticleFilter, SearchHit, fts_query_from_text

__all__ = [
    "MATCH_END",
    "MATCH_START",
    "ArticleFilter",
    "EventRecord",
    "EventRow",
    "EventSummary",
    "ImportCounts",
    "SearchHit",
    "Store",
    "content_hash",
    "fts_query_from_text",
    "utc_key",
]
