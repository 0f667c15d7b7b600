"""PostgreSQL full-text search: which configuration an article is indexed with, and the
`tsquery` a user's query becomes.

A query is parsed once with every configuration the archive's articles use and the
results are ORed: an article indexed in Portuguese matches the Portuguese reading of the
query, one in English the English one (each stemmed its own way, diacritics folded).
What a user types in the reader (`fts_query_from_text`: `"word"*` terms) becomes prefix
terms; anything else is read with `websearch_to_tsquery` (quotes, OR, -word).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

from tui.store.query import MATCH_END, MATCH_START

_DATA = Path(__file__).resolve().parent.parent / "data" / "text_search.json"
_TYPED = re.compile(r'\s*(?:"\w+"\*\s*)+', re.UNICODE)
_TYPED_WORD = re.compile(r'"(\w+)"\*', re.UNICODE)

# ts_headline options: the same markers as SQLite's snippets, about as long.
HEADLINE_OPTIONS = (
    f'StartSel="{MATCH_START}", StopSel="{MATCH_END}", MaxWords=18, MinWords=8, '
    'ShortWord=2, MaxFragments=1, FragmentDelimiter=" … "'
)


@cache
def _configs() -> dict[str, str]:
    data = json.loads(_DATA.read_text("utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def config_for(language: str | None) -> str:
    """The text-search configuration for an ISO 639-1 code (`simple` when unknown)."""
    if not language:
        return "simple"
    base = re.split(r"[-_]", language.strip().lower(), maxsplit=1)[0]
    return _configs().get(base, "simple")


def tsquery_sql(query: str) -> tuple[str, list[str]]:
    """SQL (and its parameter) computing, in one round trip, the text of the tsquery for
    `query`: its reading in every configuration the archive uses, ORed ('' when every
    reading is empty, e.g. only stop words)."""
    if _TYPED.fullmatch(query):
        term = " & ".join(f"{w}:*" for w in _TYPED_WORD.findall(query))
        function = "to_tsquery"
    else:
        term, function = query, "websearch_to_tsquery"
    return (
        "SELECT COALESCE(string_agg('(' || q::text || ')', ' | ' ORDER BY config), '') "
        f"FROM (SELECT c.config, {function}(t.oid::regconfig, %s) AS q FROM search_configs c "
        "JOIN pg_ts_config t ON t.cfgname = 'parallax_' || c.config "
        "AND pg_ts_config_is_visible(t.oid)) readings WHERE q::text <> ''",
        [term],
    )
