"""Subscriptions in the PostgreSQL archive (see `tui.store.feeds`): feeds, their tags,
validators and state, entry identity, saved searches. Mixed into `PgStore`.

Feeds and saved searches are shared by everyone using the archive; a feed's unread
count is the current user's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from tui.store.common import now_iso
from tui.store.feeds import _UNSET, EntryState, FeedRecord, SavedSearch

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

_FEED_COLUMNS = (
    "id, url, title, html_url, full_text, interval_s, etag, last_modified, added_at, "
    "last_checked, last_success, last_error"
)
_FEED_SQL = (
    f"SELECT {', '.join('f.' + c.strip() for c in _FEED_COLUMNS.split(','))}, "
    "(SELECT COUNT(*) FROM feed_entries e WHERE e.feed_id = f.id), "
    "(SELECT COUNT(*) FROM feed_entries e WHERE e.feed_id = f.id AND NOT EXISTS "
    " (SELECT 1 FROM article_state s WHERE s.article_id = e.article_id "
    "  AND s.user_name = %s AND s.read)) "
    "FROM feeds f"
)


class PgFeeds:
    user: str

    if TYPE_CHECKING:  # provided by PgStore

        def _query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]: ...
        def _exec(self, sql: str, params: Iterable[Any] = ()) -> int: ...
        def transaction(self) -> AbstractContextManager[None]: ...

    # -- feeds ---------------------------------------------------------------------------

    def _feed_rows(self, where: str = "", params: Sequence[Any] = ()) -> list[FeedRecord]:
        rows = self._query(
            f'{_FEED_SQL}{where} ORDER BY COALESCE(f.title, f.url) COLLATE "C", f.id',
            [self.user, *params],
        )
        tags: dict[int, list[str]] = {}
        for r in self._query('SELECT feed_id, tag FROM feed_tags ORDER BY tag COLLATE "C"'):
            tags.setdefault(r[0], []).append(r[1])
        return [
            FeedRecord(
                id=r[0], url=r[1], title=r[2], html_url=r[3], tags=tags.get(r[0], []),
                full_text=bool(r[4]), interval_s=r[5], etag=r[6], last_modified=r[7],
                added_at=r[8], last_checked=r[9], last_success=r[10], last_error=r[11],
                articles=r[12], unread=r[13],
            )
            for r in rows
        ]

    def feeds(self, tag: str | None = None) -> list[FeedRecord]:
        """Every subscription (or those with `tag`), by title."""
        if tag is None:
            return self._feed_rows()
        return self._feed_rows(
            " WHERE f.id IN (SELECT feed_id FROM feed_tags WHERE tag = %s)", (tag,)
        )

    def feed(self, url: str) -> FeedRecord | None:
        found = self._feed_rows(" WHERE f.url = %s", (url,))
        return found[0] if found else None

    def feed_tags(self) -> list[tuple[str, int]]:
        """Tags in use and how many feeds carry each."""
        rows = self._query(
            'SELECT tag, COUNT(*) FROM feed_tags GROUP BY tag ORDER BY tag COLLATE "C"'
        )
        return [(r[0], r[1]) for r in rows]

    def _add_tags(self, feed_id: int, tags: Iterable[str]) -> None:
        unique = [t for t in dict.fromkeys(tags) if t]
        if unique:
            self._exec(
                "INSERT INTO feed_tags(feed_id, tag) SELECT %s, unnest(%s::text[]) "
                "ON CONFLICT DO NOTHING",
                (feed_id, unique),
            )

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
            rows = self._query(
                "INSERT INTO feeds(url, title, html_url, full_text, interval_s, added_at) "
                "VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (url) DO NOTHING RETURNING id",
                (url, title, html_url, bool(full_text), interval_s, now_iso()),
            )
            created = bool(rows)
            if created:
                feed_id = rows[0][0]
            else:
                feed_id = self._query("SELECT id FROM feeds WHERE url = %s", (url,))[0][0]
                self._exec(
                    "UPDATE feeds SET title = COALESCE(title, %s), "
                    "html_url = COALESCE(html_url, %s), full_text = COALESCE(%s, full_text), "
                    "interval_s = COALESCE(%s, interval_s) WHERE id = %s",
                    (title, html_url, full_text, interval_s, feed_id),
                )
            self._add_tags(feed_id, tags)
        return created

    def restore_feed(self, feed: FeedRecord) -> int:
        """Store a subscription exactly as given (state and validators too; for
        `parallax migrate`, into an archive without it). Returns its new id."""
        with self.transaction():
            feed_id = self._query(
                "INSERT INTO feeds(url, title, html_url, full_text, interval_s, etag, "
                "last_modified, added_at, last_checked, last_success, last_error) "
                "VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s) RETURNING id",
                (feed.url, feed.title, feed.html_url, bool(feed.full_text), feed.interval_s,
                 feed.etag, feed.last_modified, feed.added_at or now_iso(), feed.last_checked,
                 feed.last_success, feed.last_error),
            )[0][0]
            self._add_tags(feed_id, feed.tags)
        return feed_id

    def remove_feed(self, url: str) -> bool:
        """Unsubscribe; the articles stay in the archive."""
        return self._exec("DELETE FROM feeds WHERE url = %s", (url,)) > 0

    def set_feed_tags(self, url: str, tags: Iterable[str]) -> bool:
        """Replace a feed's tags (none: untagged)."""
        with self.transaction():
            rows = self._query("SELECT id FROM feeds WHERE url = %s", (url,))
            if not rows:
                return False
            self._exec("DELETE FROM feed_tags WHERE feed_id = %s", (rows[0][0],))
            self._add_tags(rows[0][0], tags)
        return True

    def set_feed_options(
        self, url: str, *, full_text: bool | None = None, interval_s: Any = _UNSET
    ) -> bool:
        """Change per-feed settings; `interval_s=None` clears the feed's own interval."""
        sets: list[str] = []
        params: list[Any] = []
        if full_text is not None:
            sets.append("full_text = %s")
            params.append(bool(full_text))
        if interval_s is not _UNSET:
            sets.append("interval_s = %s")
            params.append(interval_s)
        if not sets:
            return self.feed(url) is not None
        return self._exec(f"UPDATE feeds SET {', '.join(sets)} WHERE url = %s",
                          (*params, url)) > 0

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
        self._exec(
            "UPDATE feeds SET etag = %s, last_modified = %s, last_checked = %s, "
            "last_success = %s, last_error = NULL, title = COALESCE(%s, title), "
            "html_url = COALESCE(%s, html_url) WHERE id = %s",
            (etag, last_modified, now, now, title, html_url, feed_id),
        )

    def record_feed_error(self, feed_id: int, reason: str) -> None:
        self._exec(
            "UPDATE feeds SET last_checked = %s, last_error = %s WHERE id = %s",
            (now_iso(), reason, feed_id),
        )

    def move_feed(self, feed_id: int, url: str) -> bool:
        """A permanent redirect or a discovered feed: store the new URL (False if taken)."""
        with self.transaction():
            if self._query("SELECT 1 FROM feeds WHERE url = %s AND id <> %s", (url, feed_id)):
                return False
            self._exec(
                "UPDATE feeds SET url = %s, etag = NULL, last_modified = NULL WHERE id = %s",
                (url, feed_id),
            )
        return True

    # -- entries -------------------------------------------------------------------------

    def entry_states(self, feed_id: int, keys: Iterable[str]) -> dict[str, EntryState]:
        rows = self._query(
            "SELECT e.entry_key, e.article_id, e.summary_hash, e.full_text, a.url "
            "FROM feed_entries e JOIN articles a ON a.id = e.article_id "
            "WHERE e.feed_id = %s AND e.entry_key = ANY(%s::text[])",
            (feed_id, list(keys)),
        )
        return {r[0]: EntryState(r[1], r[2], bool(r[3]), r[4]) for r in rows}

    def feed_entry_rows(
        self, feed_id: int
    ) -> list[tuple[str, int, str | None, str | None, bool]]:
        """Every entry of a feed as `link_entries` takes them (for `parallax migrate`)."""
        rows = self._query(
            "SELECT entry_key, article_id, summary, summary_hash, full_text FROM feed_entries "
            'WHERE feed_id = %s ORDER BY entry_key COLLATE "C"',
            (feed_id,),
        )
        return [(r[0], r[1], r[2], r[3], bool(r[4])) for r in rows]

    def article_id_for_url(self, url: str) -> int | None:
        rows = self._query("SELECT id FROM articles WHERE url = %s", (url,))
        return rows[0][0] if rows else None

    def rekey_article(self, article_id: int, url: str) -> bool:
        """Give a stored article a new URL (its entry's link changed); False if taken."""
        with self.transaction():
            if self._query(
                "SELECT 1 FROM articles WHERE url = %s AND id <> %s", (url, article_id)
            ):
                return False
            self._exec("UPDATE articles SET url = %s WHERE id = %s", (url, article_id))
        return True

    def link_entries(
        self, feed_id: int, rows: Iterable[tuple[str, int, str | None, str | None, bool]]
    ) -> None:
        """Remember entries as (key, article id, summary, summary hash, has full text)."""
        rows = list(rows)
        if not rows:
            return
        self._exec(
            "INSERT INTO feed_entries(feed_id, entry_key, article_id, summary, summary_hash, "
            "full_text) SELECT %s, * FROM unnest(%s::text[], %s::bigint[], %s::text[], "
            "%s::text[], %s::boolean[]) ON CONFLICT (feed_id, entry_key) DO UPDATE SET "
            "article_id = excluded.article_id, summary = excluded.summary, "
            "summary_hash = excluded.summary_hash, full_text = excluded.full_text",
            (feed_id, [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows],
             [r[3] for r in rows], [bool(r[4]) for r in rows]),
        )

    def entry_summary(self, article_id: int) -> str | None:
        """The feed's summary of an article whose full text was fetched."""
        rows = self._query(
            "SELECT summary FROM feed_entries WHERE article_id = %s AND summary IS NOT NULL "
            "LIMIT 1",
            (article_id,),
        )
        return rows[0][0] if rows else None

    # -- saved searches ------------------------------------------------------------------

    def save_search(self, search: SavedSearch) -> None:
        """Store a search under its name (replacing one of the same name)."""
        self._exec(
            "INSERT INTO saved_searches(name, query, language, source, unread_only, "
            "starred_only, created_at) VALUES (%s, %s, %s, %s, %s, %s, %s) "
            "ON CONFLICT (name) DO UPDATE SET query = excluded.query, "
            "language = excluded.language, source = excluded.source, "
            "unread_only = excluded.unread_only, starred_only = excluded.starred_only",
            (search.name, search.query, search.language, search.source,
             bool(search.unread_only), bool(search.starred_only), now_iso()),
        )

    def saved_searches(self) -> list[SavedSearch]:
        rows = self._query(
            "SELECT id, name, query, language, source, unread_only, starred_only "
            'FROM saved_searches ORDER BY name COLLATE "C"'
        )
        return [
            SavedSearch(r[1], r[2], r[3], r[4], bool(r[5]), bool(r[6]), id=r[0]) for r in rows
        ]

    def delete_search(self, name: str) -> bool:
        return self._exec("DELETE FROM saved_searches WHERE name = %s", (name,)) > 0
