"""Subscription queries: feeds, their tags, HTTP validators and state; entry identity;
saved searches (virtual feeds).

A feed entry is linked to the article it was stored as (`feed_entries`), keyed by the
entry's identity (guid/id, else link, else content hash), so an entry whose link or text
changes is updated in place rather than stored twice.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tui.store.common import now_iso

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

_UNSET: Any = object()


@dataclass
class FeedRecord:
    """A subscription and what the last refresh left behind."""

    id: int
    url: str
    title: str | None = None
    html_url: str | None = None
    tags: list[str] = field(default_factory=list)
    full_text: bool = False
    interval_s: int | None = None
    etag: str | None = None
    last_modified: str | None = None
    added_at: str | None = None
    last_checked: str | None = None
    last_success: str | None = None
    last_error: str | None = None
    articles: int = 0
    unread: int = 0

    @property
    def name(self) -> str:
        return self.title or self.url

    def to_json(self) -> dict[str, Any]:
        """The `feeds list --json` object (a stable contract)."""
        return {
            "url": self.url,
            "title": self.title,
            "html_url": self.html_url,
            "tags": list(self.tags),
            "full_text": self.full_text,
            "every_seconds": self.interval_s,
            "last_success": self.last_success,
            "last_error": self.last_error,
            "articles": self.articles,
            "unread": self.unread,
        }


@dataclass
class EntryState:
    """What the store remembers of one feed entry."""

    article_id: int
    summary_hash: str | None
    full_text: bool
    url: str | None = None  # the article's URL now


@dataclass
class SavedSearch:
    """A search kept under a name: an FTS query (as typed) plus filters."""

    name: str
    query: str = ""
    language: str | None = None
    source: str | None = None
    unread_only: bool = False
    starred_only: bool = False
    id: int | None = None


_FEED_SQL = (
    "SELECT f.*, "
    "(SELECT COUNT(*) FROM feed_entries e WHERE e.feed_id = f.id) AS articles, "
    "(SELECT COUNT(*) FROM feed_entries e JOIN articles a ON a.id = e.article_id "
    " WHERE e.feed_id = f.id AND a.read = 0) AS unread "
    "FROM feeds f"
)


class FeedQueries:
    """Mixed into `Store`; relies on its connection, lock and transaction."""

    _conn: sqlite3.Connection

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]: ...
    def transaction(self) -> AbstractContextManager[None]: ...

    # -- feeds ---------------------------------------------------------------------------

    def _feed_rows(self, where: str = "", params: Sequence[Any] = ()) -> list[FeedRecord]:
        rows = self._query(f"{_FEED_SQL}{where} ORDER BY COALESCE(f.title, f.url), f.id", params)
        tags: dict[int, list[str]] = {}
        for r in self._query("SELECT feed_id, tag FROM feed_tags ORDER BY tag"):
            tags.setdefault(r[0], []).append(r[1])
        return [
            FeedRecord(
                id=r["id"], url=r["url"], title=r["title"], html_url=r["html_url"],
                tags=tags.get(r["id"], []), full_text=bool(r["full_text"]),
                interval_s=r["interval_s"], etag=r["etag"], last_modified=r["last_modified"],
                added_at=r["added_at"], last_checked=r["last_checked"],
                last_success=r["last_success"], last_error=r["last_error"],
                articles=r["articles"], unread=r["unread"],
            )
            for r in rows
        ]

    def feeds(self, tag: str | None = None) -> list[FeedRecord]:
        """Every subscription (or those with `tag`), by title."""
        if tag is None:
            return self._feed_rows()
        return self._feed_rows(
            " WHERE f.id IN (SELECT feed_id FROM feed_tags WHERE tag = ?)", (tag,)
        )

    def feed(self, url: str) -> FeedRecord | None:
        found = self._feed_rows(" WHERE f.url = ?", (url,))
        return found[0] if found else None

    def feed_tags(self) -> list[tuple[str, int]]:
        """Tags in use and how many feeds carry each."""
        rows = self._query("SELECT tag, COUNT(*) FROM feed_tags GROUP BY tag ORDER BY tag")
        return [(r[0], r[1]) for r in rows]

    def add_feed(
        self,
        url: str,
        *,
        title: str | None = None,
        html_url: str | None = None,
        tags: Iterable[str] = (),
        full_text: bool | None = None,
        interval_s: int | None = None,
    ) -> bool:
        """Subscribe (True), or merge tags and settings into an existing one (False)."""
        with self.transaction():
            row = self._conn.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()
            created = row is None
            if created:
                cur = self._conn.execute(
                    "INSERT INTO feeds(url, title, html_url, full_text, interval_s, added_at) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (url, title, html_url, int(bool(full_text)), interval_s, now_iso()),
                )
                feed_id = cur.lastrowid
            else:
                feed_id = row[0]
                self._conn.execute(
                    "UPDATE feeds SET title = COALESCE(title, ?), "
                    "html_url = COALESCE(html_url, ?), "
                    "full_text = COALESCE(?, full_text), interval_s = COALESCE(?, interval_s) "
                    "WHERE id = ?",
                    (title, html_url, None if full_text is None else int(full_text),
                     interval_s, feed_id),
                )
            self._conn.executemany(
                "INSERT OR IGNORE INTO feed_tags(feed_id, tag) VALUES (?, ?)",
                [(feed_id, t) for t in tags if t],
            )
        return created

    def restore_feed(self, feed: FeedRecord) -> int:
        """Store a subscription exactly as given (state and validators too; for
        `parallax migrate`, into an archive without it). Returns its new id."""
        with self.transaction():
            cur = self._conn.execute(
                "INSERT INTO feeds(url, title, html_url, full_text, interval_s, etag, "
                "last_modified, added_at, last_checked, last_success, last_error) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (feed.url, feed.title, feed.html_url, int(feed.full_text), feed.interval_s,
                 feed.etag, feed.last_modified, feed.added_at or now_iso(), feed.last_checked,
                 feed.last_success, feed.last_error),
            )
            feed_id = cur.lastrowid
            assert feed_id is not None
            self._conn.executemany(
                "INSERT OR IGNORE INTO feed_tags(feed_id, tag) VALUES (?, ?)",
                [(feed_id, t) for t in feed.tags if t],
            )
        return feed_id

    def remove_feed(self, url: str) -> bool:
        """Unsubscribe; the articles stay in the archive."""
        with self.transaction():
            cur = self._conn.execute("DELETE FROM feeds WHERE url = ?", (url,))
        return cur.rowcount > 0

    def set_feed_tags(self, url: str, tags: Iterable[str]) -> bool:
        """Replace a feed's tags (none: untagged)."""
        with self.transaction():
            row = self._conn.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()
            if row is None:
                return False
            self._conn.execute("DELETE FROM feed_tags WHERE feed_id = ?", (row[0],))
            self._conn.executemany(
                "INSERT OR IGNORE INTO feed_tags(feed_id, tag) VALUES (?, ?)",
                [(row[0], t) for t in tags if t],
            )
        return True

    def set_feed_options(
        self, url: str, *, full_text: bool | None = None, interval_s: Any = _UNSET
    ) -> bool:
        """Change per-feed settings; `interval_s=None` clears the feed's own interval."""
        sets: list[str] = []
        params: list[Any] = []
        if full_text is not None:
            sets.append("full_text = ?")
            params.append(int(full_text))
        if interval_s is not _UNSET:
            sets.append("interval_s = ?")
            params.append(interval_s)
        if not sets:
            return self.feed(url) is not None
        with self.transaction():
            cur = self._conn.execute(
                f"UPDATE feeds SET {', '.join(sets)} WHERE url = ?", (*params, url)
            )
        return cur.rowcount > 0

    def record_feed_success(
        self,
        feed_id: int,
        *,
        etag: str | None,
        last_modified: str | None,
        title: str | None = None,
        html_url: str | None = None,
    ) -> None:
        """A refresh worked (also a 304): keep the validators, clear the last error."""
        now = now_iso()
        with self.transaction():
            self._conn.execute(
                "UPDATE feeds SET etag = ?, last_modified = ?, last_checked = ?, "
                "last_success = ?, last_error = NULL, title = COALESCE(?, title), "
                "html_url = COALESCE(?, html_url) WHERE id = ?",
                (etag, last_modified, now, now, title, html_url, feed_id),
            )

    def record_feed_error(self, feed_id: int, reason: str) -> None:
        with self.transaction():
            self._conn.execute(
                "UPDATE feeds SET last_checked = ?, last_error = ? WHERE id = ?",
                (now_iso(), reason, feed_id),
            )

    def move_feed(self, feed_id: int, url: str) -> bool:
        """A permanent redirect or a discovered feed: store the new URL (False if taken)."""
        with self.transaction():
            taken = self._conn.execute(
                "SELECT 1 FROM feeds WHERE url = ? AND id != ?", (url, feed_id)
            ).fetchone()
            if taken:
                return False
            self._conn.execute(
                "UPDATE feeds SET url = ?, etag = NULL, last_modified = NULL WHERE id = ?",
                (url, feed_id),
            )
        return True

    # -- entries -------------------------------------------------------------------------

    def entry_states(self, feed_id: int, keys: Iterable[str]) -> dict[str, EntryState]:
        keys = list(keys)
        out: dict[str, EntryState] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for r in self._query(
                "SELECT e.entry_key, e.article_id, e.summary_hash, e.full_text, a.url "
                "FROM feed_entries e JOIN articles a ON a.id = e.article_id "
                f"WHERE e.feed_id = ? AND e.entry_key IN ({marks})",
                [feed_id, *chunk],
            ):
                out[r[0]] = EntryState(r[1], r[2], bool(r[3]), r[4])
        return out

    def feed_entry_rows(
        self, feed_id: int
    ) -> list[tuple[str, int, str | None, str | None, bool]]:
        """Every entry of a feed as `link_entries` takes them (for `parallax migrate`)."""
        rows = self._query(
            "SELECT entry_key, article_id, summary, summary_hash, full_text FROM feed_entries "
            "WHERE feed_id = ? ORDER BY entry_key",
            (feed_id,),
        )
        return [(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]

    def article_id_for_url(self, url: str) -> int | None:
        rows = self._query("SELECT id FROM articles WHERE url = ?", (url,))
        return rows[0][0] if rows else None

    def rekey_article(self, article_id: int, url: str) -> bool:
        """Give a stored article a new URL (its entry's link changed); False if taken."""
        with self.transaction():
            if self._conn.execute(
                "SELECT 1 FROM articles WHERE url = ? AND id != ?", (url, article_id)
            ).fetchone():
                return False
            self._conn.execute("UPDATE articles SET url = ? WHERE id = ?", (url, article_id))
        return True

    def link_entries(
        self, feed_id: int, rows: Iterable[tuple[str, int, str | None, str | None, bool]]
    ) -> None:
        """Remember entries as (key, article id, summary, summary hash, has full text)."""
        with self.transaction():
            self._conn.executemany(
                "INSERT OR REPLACE INTO feed_entries(feed_id, entry_key, article_id, summary, "
                "summary_hash, full_text) VALUES (?, ?, ?, ?, ?, ?)",
                [(feed_id, k, a, s, h, int(f)) for k, a, s, h, f in rows],
            )

    def entry_summary(self, article_id: int) -> str | None:
        """The feed's summary of an article whose full text was fetched."""
        rows = self._query(
            "SELECT summary FROM feed_entries WHERE article_id = ? AND summary IS NOT NULL "
            "LIMIT 1",
            (article_id,),
        )
        return rows[0][0] if rows else None

    # -- saved searches ------------------------------------------------------------------

    def save_search(self, search: SavedSearch) -> None:
        """Store a search under its name (replacing one of the same name)."""
        with self.transaction():
            self._conn.execute(
                "INSERT INTO saved_searches(name, query, language, source, unread_only, "
                "starred_only, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT(name) DO UPDATE SET query = excluded.query, "
                "language = excluded.language, source = excluded.source, "
                "unread_only = excluded.unread_only, starred_only = excluded.starred_only",
                (search.name, search.query, search.language, search.source,
                 int(search.unread_only), int(search.starred_only), now_iso()),
            )

    def saved_searches(self) -> list[SavedSearch]:
        rows = self._query(
            "SELECT id, name, query, language, source, unread_only, starred_only "
            "FROM saved_searches ORDER BY name"
        )
        return [
            SavedSearch(r[1], r[2], r[3], r[4], bool(r[5]), bool(r[6]), id=r[0]) for r in rows
        ]

    def delete_search(self, name: str) -> bool:
        with self.transaction():
            cur = self._conn.execute("DELETE FROM saved_searches WHERE name = ?", (name,))
        return cur.rowcount > 0
