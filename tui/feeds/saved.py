"""Saved searches as virtual feeds: a name for an FTS query plus filters."""

from __future__ import annotations

from dataclasses import replace

from tui.store import ArticleFilter, SavedSearch, Store, fts_query_from_text


def search_filter(search: SavedSearch, group_events: bool = False) -> ArticleFilter:
    """The feed view a saved search stands for."""
    return ArticleFilter(
        language=search.language,
        source=search.source,
        unread_only=search.unread_only,
        starred_only=search.starred_only,
        query=fts_query_from_text(search.query) if search.query else None,
        group_events=group_events,
    )


def search_counts(store: Store, search: SavedSearch) -> tuple[int, int]:
    """(articles, unread) the saved search finds now."""
    flt = search_filter(search)
    return store.count(replace(flt, unread_only=False)), store.count(replace(flt, unread_only=True))


def describe_search(search: SavedSearch) -> str:
    """`“flood” · pt · unread only`: what the saved search narrows to."""
    parts = [f"“{search.query}”"] if search.query else []
    parts += [p for p in (search.language, search.source) if p]
    parts += ["unread only"] if search.unread_only else []
    parts += ["starred only"] if search.starred_only else []
    return " · ".join(parts) or "everything"
