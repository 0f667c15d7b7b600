"""The local article archive. Callers never write SQL: they use `Store`."""

from tui.store.archive import ImportCounts, Store, content_hash, utc_key
from tui.store.events import EventRecord, EventSummary
from tui.store.feeds import EntryState, FeedRecord, SavedSearch
from tui.store.health import HealthReport
from tui.store.query import MATCH_END, MATCH_START, ArticleFilter, SearchHit, fts_query_from_text
from tui.store.queue import FailedAnalysis, QueuedArticle

__all__ = [
    "MATCH_END",
    "MATCH_START",
    "ArticleFilter",
    "EventRecord",
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
    "content_hash",
    "fts_query_from_text",
    "utc_key",
]
