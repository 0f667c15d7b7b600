"""What the UI and CLI may ask the store for: filters and search hits."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from tui.models import Article

# FTS5 snippet markers: private-use characters that never occur in cleaned text.
MATCH_START = "\ue000"
MATCH_END = "\ue001"


# Feed orders: newest first (default), outlet A–Z, language, biggest event first, unread
# first. Ties are broken newest first.
SORTS = ("date", "outlet", "language", "event_size", "unread")
_SORT_TERMS: dict[str, tuple[tuple[str, bool], ...]] = {
    "outlet": (("outlet", False),),  # the canonical outlet, as shown
    "language": (("language", False),),
    "unread": (("read", False),),
}


@dataclass(frozen=True)
class ArticleFilter:
    """A view of the archive. Every field narrows it; the default is everything."""

    language: str | None = None
    source: str | None = None
    since: str | None = None  # ISO date or datetime; compared in UTC
    unread_only: bool = False
    starred_only: bool = False
    event_id: int | None = None
    feed_id: int | None = None  # entries of one subscription
    query: str | None = None  # FTS5 query
    group_events: bool = False  # order reports of one event together (newest event first)
    sort: str = "date"  # one of SORTS

    @property
    def order_terms(self) -> tuple[tuple[str, bool], ...]:
        """The feed order as (column expression, descending) pairs, most significant first.

        Grouped by event, events come first (newest, or biggest for "event_size") and the
        sort orders the reports inside each event. Every order ends in (sort_key, id), so
        positions are unique and `Store.index_of` can count the rows before one.
        """
        sort = self.sort if self.sort in SORTS else "date"
        group = (("group_key", True), ("COALESCE(event_id, 0)", True))
        size = (("event_size", True),)
        inner = _SORT_TERMS.get(sort, ())
        if sort == "event_size":
            lead = size + group
        elif self.group_events:
            lead = group + inner
        else:
            lead = inner
        return (*lead, ("sort_key", True), ("id", True))


def rows_before(
    terms: tuple[tuple[str, bool], ...], values: list[Any], mark: str = "?", same: str = "IS"
) -> tuple[str, list[Any]]:
    """SQL true for rows ordered before one with `values` in the order `terms` (NULLs sort
    first ascending, last descending, on both engines). One text for both dialects:
    `mark` is the placeholder, `same` the NULL-safe equality (SQLite `IS`, PostgreSQL
    `IS NOT DISTINCT FROM`)."""
    ors: list[str] = []
    params: list[Any] = []
    for i, (column, desc) in enumerate(terms):
        ands = [f"{c} {same} {mark}" for c, _d in terms[:i]]
        value = values[i]
        if value is None:
            ands.append(f"{column} IS NOT NULL" if desc else "1 = 0")
        else:
            ands.append(
                f"{column} > {mark}" if desc else f"({column} < {mark} OR {column} IS NULL)"
            )
        ors.append("(" + " AND ".join(ands) + ")")
        params += [*values[:i], *([] if value is None else [value])]
    return " OR ".join(ors), params


@dataclass
class SearchHit:
    article: Article  # without body
    snippet: str  # matches wrapped in MATCH_START / MATCH_END
    rank: float

    def snippet_parts(self) -> list[tuple[str, bool]]:
        """The snippet as (text, is_match) runs."""
        parts: list[tuple[str, bool]] = []
        for chunk in re.split(f"({MATCH_START}.*?{MATCH_END})", self.snippet):
            if not chunk:
                continue
            if chunk.startswith(MATCH_START):
                parts.append((chunk[1:-1], True))
            else:
                parts.append((chunk, False))
        return parts


_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query_from_text(text: str) -> str | None:
    """Turn what someone types into a safe FTS5 query: every word, prefix-matched, ANDed."""
    words = _WORD.findall(text)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


_NEAR_RE = re.compile(r'syntax error near "(?P<near>[^"]*)"')
_COLUMN_RE = re.compile(r"no such column: (?P<name>.+)")
_QUOTE_TIP = 'put words in double quotes to search for them as written, e.g. "C-3PO"'


def fts_error_hint(message: str) -> str:
    """One line for a user about an FTS5 error message (`invalid search query: …`)."""
    near = _NEAR_RE.search(message)
    column = _COLUMN_RE.search(message)
    if "unterminated string" in message:
        hint = "a double quote is not closed"
    elif column:
        hint = (
            f"“{column['name'].strip()}” after ':' or '-' is read as a field name; {_QUOTE_TIP}"
        )
    elif near and near["near"]:
        hint = f"unexpected “{near['near']}”; {_QUOTE_TIP}"
    elif near:
        hint = "the query ends too early (an operator, '(' or ':' with nothing after it)"
    elif "unknown special query" in message:
        hint = "'*' must follow a word (kyi* finds Kyiv)"
    else:
        hint = f"not understood ({message}); {_QUOTE_TIP}"
    return f"invalid search query: {hint}"
