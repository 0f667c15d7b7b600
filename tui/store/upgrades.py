"""Upgrade steps in Python, run by `Store.open` after the SQL migrations.

A step finds its own work (rows a migration left unknown) and is a no-op once done, so
it needs no version number and survives migrations being renumbered.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from typing import TYPE_CHECKING

from tui.models import Article
from tui.published import DATE, DATETIME_ZONED, precision_of, sort_key

if TYPE_CHECKING:
    from tui.store.archive import Store

_CHUNK = 500
_MIDNIGHT_UTC = ("T00:00:00+00:00", "T00:00:00Z")
# A file name whose suffix tells the sniffer what the raw bytes are.
_NAMES = {
    "rss": "raw.xml", "atom": "raw.xml", "html": "raw.html", "markdown": "raw.md",
    "text": "raw.txt", "jsonl": "raw.jsonl",
}  # fmt: skip
_FEED_WRAPPERS = {
    "rss": (b'<rss version="2.0"><channel><title></title>', b"</channel></rss>"),
    "atom": (b'<feed xmlns="http://www.w3.org/2005/Atom"><title></title>', b"</feed>"),
}


def _batches(store: Store, select: str) -> Iterator[list[sqlite3.Row]]:
    """Rows of `select` (taking `id > ?` and `LIMIT ?`, ordered by id) in chunks, each
    yielded inside its own transaction: what the caller writes commits with its chunk."""
    last_id = 0
    while True:
        with store.transaction():
            rows = store._conn.execute(select, (last_id, _CHUNK)).fetchall()
            if not rows:
                return
            yield rows
        last_id = rows[-1]["id"]


def rederive_precision(store: Store) -> int:
    """Give every stored article without one the precision of its `published` value.

    A value stored as midnight UTC (how a date-only value used to be stored, but also a
    real midnight) has its raw document parsed again by the importers, which now report
    precision; if they no longer read it the same way it counts as a date. Any other
    value is a time (parsing every document again would take longer than the import). Date-only rows
    then get their midday sort key and events their group key. Returns rows updated.
    """
    done = 0
    for rows in _batches(
        store,
        "SELECT a.id, a.title, a.url, a.published, r.format, r.data, r.codec "
        "FROM articles a LEFT JOIN raw_documents r ON r.id = a.raw_id "
        "WHERE a.published_precision IS NULL AND a.published IS NOT NULL AND a.id > ? "
        "ORDER BY a.id LIMIT ?",
    ):
        updates = []
        for row in rows:
            precision = _precision(row)
            updates.append((precision, sort_key(row["published"], precision) or "", row["id"]))
        store._conn.executemany(
            "UPDATE articles SET published_precision = ?, sort_key = ? WHERE id = ?", updates
        )
        done += len(rows)
    if done:
        _refresh_group_keys(store)
    return done


def fill_romanised(store: Store) -> int:
    """Give every stored article without one its romanised search text (an archive from
    before search across scripts), in batches; the trigger indexes each row as it is set
    (the migration left the index empty)."""
    from tui.store.romanised import romanised

    done = 0
    for rows in _batches(
        store,
        "SELECT id, title, body FROM articles WHERE romanised IS NULL AND id > ? "
        "ORDER BY id LIMIT ?",
    ):
        store._conn.executemany(
            "UPDATE articles SET romanised = ? WHERE id = ?",
            [(romanised(r["title"], r["body"]), r["id"]) for r in rows],
        )
        done += len(rows)
    return done


def assign_outlets(store: Store) -> int:
    """Give every article without one its canonical outlet (an archive from before outlets).

    A domain learned from a later row also moves the domain-only rows placed before it,
    so one pass in id order is enough. Returns rows updated.
    """
    done = 0
    for rows in _batches(
        store,
        "SELECT id, source, url FROM articles WHERE outlet IS NULL AND id > ? "
        "ORDER BY id LIMIT ?",
    ):
        for row in rows:
            store._assign_outlet(row["id"], row["source"], row["url"])
        done += len(rows)
    return done


def _refresh_group_keys(store: Store) -> None:
    with store.transaction():
        store._conn.execute(
            "UPDATE articles SET group_key = sort_key WHERE event_id IS NULL"
        )
        store._conn.execute(
            "UPDATE articles SET group_key = (SELECT MAX(b.sort_key) FROM articles b "
            "WHERE b.event_id = articles.event_id) WHERE event_id IS NOT NULL"
        )


def _precision(row: sqlite3.Row) -> str:
    published: str = row["published"]
    if not published.endswith(_MIDNIGHT_UTC):
        # Only midnight UTC can be a date-only value (what is shown depends on it); any
        # other value is a time: zoned if it has an offset (a naive one cannot be told
        # from UTC without parsing again, and both are shown the same way).
        return precision_of(published) or DATETIME_ZONED
    fresh = _reparsed(row)
    if (
        fresh is not None
        and fresh.published_precision
        and sort_key(fresh.published, None) == sort_key(published, None)
    ):
        return fresh.published_precision
    if published.endswith(_MIDNIGHT_UTC):
        return DATE
    return precision_of(published) or DATETIME_ZONED


def _reparsed(row: sqlite3.Row) -> Article | None:
    """The article re-imported from its raw bytes, or None when that fails."""
    from tui.ingest import parse_bytes
    from tui.ingest.build import without_language_detection
    from tui.models import IngestError

    fmt, data = row["format"], row["data"]
    if not fmt or data is None or row["codec"]:
        return None  # compressed rows are newer than this step: they have a precision
    data = bytes(data)
    before, after = _FEED_WRAPPERS.get(fmt, (b"", b""))
    if before and not data.lstrip().startswith((b"<rss", b"<feed", b"<?xml", b"<rdf")):
        data = before + data + after
    try:
        with without_language_detection():  # precision does not depend on it
            articles = parse_bytes(data, _NAMES.get(fmt, "raw"))
    except IngestError:
        return None
    for article in articles:
        if row["url"] and article.url == row["url"]:
            return article
    for article in articles:
        if article.title == row["title"]:
            return article
    return articles[0] if len(articles) == 1 else None
