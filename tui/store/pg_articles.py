"""Articles in the PostgreSQL archive: storing (deduplicated), per-user state, feed pages.

Mixed into `PgStore`; relies on its connection helpers. Same rules as the SQLite store:
an article is found by its URL, else by the hash of its text; a stored one that differs
is updated and queued again; the feed is newest first, undated last.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from tui.models import Article
from tui.published import precision_of, sort_key
from tui.store.codec import pack, unpack
from tui.store.common import (
    Outcome,
    content_hash,
    is_unchanged,
    now_iso,
    utc_key,
    valid_article,
)
from tui.store.pg_schema import ROW_COLUMNS, ROW_WIDTH, STATE_JOIN, WRITE_LOCK
from tui.store.pg_search import config_for
from tui.store.query import ArticleFilter, rows_before
from tui.store.romanised import romanised

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

_FIND = (
    "SELECT id, content_hash, source, language, published, published_precision FROM articles "
)
_TEXT_FIELDS = ("title", "body", "source", "url", "language", "published", "format", "origin")


def drop_nul(article: Article) -> None:
    """PostgreSQL text cannot hold U+0000 (SQLite can): drop it."""
    for name in _TEXT_FIELDS:
        value = getattr(article, name)
        if isinstance(value, str) and "\x00" in value:
            setattr(article, name, value.replace("\x00", ""))
    article.tags = [t.replace("\x00", "") for t in article.tags]


class PgArticles:
    user: str
    _known_configs: set[str]

    if TYPE_CHECKING:  # provided by PgStore and PgQueue

        def _query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]: ...
        def _exec(self, sql: str, params: Iterable[Any] = ()) -> int: ...
        def _tsquery(self, query: str) -> str: ...
        def _enqueue(self, article_id: int, reason: str) -> None: ...
        def regroup(self, article_id: int) -> bool: ...
        def outlets_for(self, named: Sequence[tuple[str | None, str | None]]) -> list[str]: ...
        def transaction(self) -> AbstractContextManager[None]: ...

    def _lock_writes(self) -> None:
        """Writers (importers, groupers) take turns until their transaction ends."""
        self._exec("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))

    def _find(self, article: Article, digest: str) -> dict[str, Any] | None:
        if article.url:
            rows = self._query(_FIND + "WHERE url = %s", (article.url,))
        else:
            rows = self._query(_FIND + "WHERE content_hash = %s AND url IS NULL", (digest,))
        if not rows:
            return None
        keys = ("id", "content_hash", "source", "language", "published", "precision")
        return dict(zip(keys, rows[0], strict=True))

    def _upsert(self, article: Article) -> Outcome:
        valid_article(article)
        drop_nul(article)
        digest = content_hash(article.title, article.body)
        for _ in range(2):  # a row another writer stored meanwhile is found the second time
            row = self._find(article, digest)
            if row is not None:
                precision = article.published_precision or precision_of(article.published)
                if is_unchanged(row, article, digest) and row["precision"] in (None, precision):
                    article.id = row["id"]
                    return "unchanged"
                self._update(row["id"], article, digest)
                return "updated"
            if self._insert(article, digest):
                return "imported"
        raise ValueError("article vanished while it was being stored")

    def _values(self, article: Article, digest: str) -> list[Any]:
        config = config_for(article.language)
        if config not in self._known_configs:
            self._exec("INSERT INTO search_configs VALUES (%s) ON CONFLICT DO NOTHING", (config,))
            self._known_configs.add(config)
        published_utc = utc_key(article.published)
        precision = article.published_precision or precision_of(article.published)
        return [  # (index 11, the feed order key, is also the group key of an ungrouped row)
            article.title, article.source, article.language, bool(article.language_detected),
            article.published, published_utc, article.body, digest,
            self._raw_id(article.raw, article.format or ""), article.format or "",
            article.origin, sort_key(article.published, precision) or "", config,
            self.outlets_for([(article.source, article.url)])[0], precision,
            romanised(article.title, article.body),
        ]

    def _insert(self, article: Article, digest: str) -> bool:
        rows = self._query(
            "INSERT INTO articles(title, source, language, language_detected, published, "
            "published_utc, body, content_hash, raw_id, format, origin, sort_key, ts_config, "
            "outlet, published_precision, romanised, url, imported_at, group_key) "
            f"VALUES ({', '.join(['%s'] * 19)}) ON CONFLICT DO NOTHING RETURNING id",
            [*(values := self._values(article, digest)), article.url, now_iso(), values[11]],
        )
        if not rows:
            return False
        article.id = rows[0][0]
        self._set_tags(article.id, article.tags)
        self._enqueue(article.id, "new")
        if article.read or article.starred:
            self._set_state(article.id, read=bool(article.read), starred=bool(article.starred))
        return True

    def _update(self, article_id: int, article: Article, digest: str) -> None:
        self._exec(
            "UPDATE articles SET title=%s, source=%s, language=%s, language_detected=%s, "
            "published=%s, published_utc=%s, body=%s, content_hash=%s, raw_id=%s, format=%s, "
            "origin=%s, sort_key=%s, ts_config=%s, outlet=%s, published_precision=%s, "
            "romanised=%s, updated_at=%s, "
            "group_key=CASE WHEN event_id IS NULL THEN %s ELSE group_key END WHERE id=%s",
            [*(values := self._values(article, digest)), now_iso(), values[11], article_id],
        )
        self._set_tags(article_id, article.tags)
        self._exec("DELETE FROM article_facts WHERE article_id = %s", (article_id,))
        self.regroup(article_id)  # its event is decided again by the next grouping
        self._enqueue(article_id, "updated")
        article.id = article_id

    def _raw_id(self, raw: bytes, fmt: str) -> int | None:
        """The row holding `raw` (compressed), shared by every article imported from it."""
        if not raw:
            return None
        digest = hashlib.sha256(raw).hexdigest()
        codec, stored = pack(raw)
        rows = self._query(
            "INSERT INTO raw_documents(sha256, format, codec, data) VALUES (%s, %s, %s, %s) "
            "ON CONFLICT (sha256) DO NOTHING RETURNING id",
            (digest, fmt, codec, stored),
        )
        if rows:
            return rows[0][0]
        return self._query("SELECT id FROM raw_documents WHERE sha256 = %s", (digest,))[0][0]

    def _set_tags(self, article_id: int, tags: Iterable[str]) -> None:
        self._exec("DELETE FROM article_tags WHERE article_id = %s", (article_id,))
        unique = [t for t in dict.fromkeys(tags) if t]
        if unique:
            self._exec(
                "INSERT INTO article_tags(article_id, tag) SELECT %s, unnest(%s::text[]) "
                "ON CONFLICT DO NOTHING",
                (article_id, unique),
            )

    # -- per-user state ------------------------------------------------------------------

    def _set_state(self, article_id: int, **state: bool) -> None:
        (column, value), *rest = state.items()
        columns = [column, *(c for c, _ in rest)]
        values = [value, *(v for _, v in rest)]
        updates = ", ".join(f"{c} = excluded.{c}" for c in columns)
        self._exec(
            f"INSERT INTO article_state(user_name, article_id, {', '.join(columns)}) "
            f"SELECT %s, id, {', '.join(['%s'] * len(values))} FROM articles WHERE id = %s "
            f"ON CONFLICT (user_name, article_id) DO UPDATE SET {updates}",
            [self.user, *values, article_id],
        )

    def set_read(self, article_id: int, read: bool = True) -> None:
        self._set_state(article_id, read=bool(read))

    def set_starred(self, article_id: int, starred: bool = True) -> None:
        self._set_state(article_id, starred=bool(starred))

    # -- reading -------------------------------------------------------------------------

    def _where(self, flt: ArticleFilter) -> tuple[str, list[Any]]:
        """A WHERE clause (never empty, so callers may add ' AND …') over `articles a`
        joined with the user's state `s`."""
        clauses, params = ["true"], []
        for column, value in (("language", flt.language), ("outlet", flt.source)):
            if value:
                clauses.append(f"a.{column} = %s")
                params.append(value)
        if flt.since:
            clauses.append("a.published_utc >= %s")
            params.append(utc_key(flt.since) or flt.since)
        if flt.unread_only:
            clauses.append("NOT COALESCE(s.read, false)")
        if flt.starred_only:
            clauses.append("COALESCE(s.starred, false)")
        if flt.event_id is not None:
            clauses.append("a.event_id = %s")
            params.append(flt.event_id)
        if flt.feed_id is not None:
            clauses.append("a.id IN (SELECT article_id FROM feed_entries WHERE feed_id = %s)")
            params.append(flt.feed_id)
        if flt.query:
            tsq = self._tsquery(flt.query)
            clauses.append("a.search @@ %s::tsquery" if tsq else "false")
            params += [tsq] if tsq else []
        return " WHERE " + " AND ".join(clauses), params

    @staticmethod
    def _article(row: Sequence[Any], body: str = "") -> Article:
        return Article(
            id=row[0], title=row[1], body=body, source=row[13] or row[2], source_imported=row[2],
            url=row[3], language=row[4],
            language_detected=bool(row[5]), published=row[6], imported_at=row[7],
            read=bool(row[8]), starred=bool(row[9]), event_id=row[10], format=row[11] or "",
            origin=row[12], published_precision=row[14],
        )

    def count(self, flt: ArticleFilter = ArticleFilter()) -> int:
        where, params = self._where(flt)
        if where == _EVERYTHING:
            return self._total()
        return self._query(
            f"SELECT COUNT(*) FROM articles a {STATE_JOIN}{where}", [self.user, *params]
        )[0][0]

    def page(self, flt: ArticleFilter, offset: int, limit: int) -> list[Article]:
        """Articles (without body) in feed order (`ArticleFilter.order_terms`)."""
        where, params = self._where(flt)
        order = ", ".join(f"{c} {_direction(c, desc)}" for c, desc in _order_terms(flt))
        rows = self._query(
            f"SELECT {ROW_COLUMNS} FROM articles a {STATE_JOIN}{where} ORDER BY {order} "
            "LIMIT %s OFFSET %s",
            [self.user, *params, limit, offset],
        )
        return [self._article(r) for r in rows]

    def index_of(
        self, article_id: int, flt: ArticleFilter = ArticleFilter(), *, nearest: bool = False
    ) -> int | None:
        """Row position of an article in `page` order, or None when filtered out (with
        `nearest`: the position it would have; None only when it is gone)."""
        terms = _order_terms(flt)
        columns = ", ".join(c for c, _ in terms)
        where, params = self._where(flt)
        own, own_params = (" WHERE true", []) if nearest else (where, params)
        found = self._query(
            f"SELECT {columns} FROM articles a {STATE_JOIN}{own} AND a.id = %s",
            [self.user, *own_params, article_id],
        )
        if not found:
            return None
        if all(desc for _, desc in terms) and None not in found[0]:
            # One row comparison: the order's own index answers it.
            before = f"({columns}) > ({', '.join(['%s'] * len(terms))})"
            values: list[Any] = list(found[0])
        else:
            before, values = rows_before(terms, list(found[0]), "%s", "IS NOT DISTINCT FROM")
        return self._query(
            f"SELECT COUNT(*) FROM articles a {STATE_JOIN}{where} AND ({before})",
            [self.user, *params, *values],
        )[0][0]

    def mark_read(self, flt: ArticleFilter = ArticleFilter()) -> int:
        """Mark every unread article of a view read (for this user); returns how many."""
        where, params = self._where(replace(flt, unread_only=True))
        return self._exec(
            "INSERT INTO article_state(user_name, article_id, read) "
            f"SELECT %s, a.id, true FROM articles a {STATE_JOIN}{where} "
            "ON CONFLICT (user_name, article_id) DO UPDATE SET read = true",
            [self.user, self.user, *params],
        )

    def get(self, article_id: int) -> Article | None:
        """One article with body and tags."""
        rows = self._query(
            f"SELECT {ROW_COLUMNS}, a.body FROM articles a {STATE_JOIN} WHERE a.id = %s",
            (self.user, article_id),
        )
        if not rows:
            return None
        article = self._article(rows[0], rows[0][ROW_WIDTH])
        article.tags = self.tags(article_id)
        return article

    def raw(self, article_id: int) -> tuple[str, bytes] | None:
        """The original bytes and format an article was imported from."""
        rows = self._query(
            "SELECT r.format, r.codec, r.data FROM articles a "
            "JOIN raw_documents r ON r.id = a.raw_id WHERE a.id = %s",
            (article_id,),
        )
        return (rows[0][0], unpack(rows[0][1], bytes(rows[0][2]))) if rows else None

    def tags(self, article_id: int) -> list[str]:
        rows = self._query(
            'SELECT tag FROM article_tags WHERE article_id = %s ORDER BY tag COLLATE "C"',
            (article_id,),
        )
        return [r[0] for r in rows]

    def tags_for(self, ids: Iterable[int]) -> dict[int, list[str]]:
        ids = list(ids)
        out: dict[int, list[str]] = {i: [] for i in ids}
        for r in self._query(
            "SELECT article_id, tag FROM article_tags WHERE article_id = ANY(%s) "
            'ORDER BY tag COLLATE "C"',
            (ids,),
        ):
            out[r[0]].append(r[1])
        return out

    def cached_facts_for(self, ids: Iterable[int]) -> dict[int, tuple[int, list[dict[str, Any]]]]:
        """The cached facts of each article that has them, with their version."""
        rows = self._query(
            "SELECT article_id, version, facts FROM article_facts "
            "WHERE article_id = ANY(%s::bigint[])",
            (list(ids),),
        )
        return {r[0]: (r[1], json.loads(r[2])) for r in rows}

    def restore_imported_at(self, pairs: Iterable[tuple[int, str]]) -> None:
        """Give articles the import times they had in another archive (parallax migrate)."""
        kept = [(i, w) for i, w in pairs if w]
        self._exec(
            "UPDATE articles a SET imported_at = v.w FROM unnest(%s::bigint[], %s::text[]) "
            "AS v(i, w) WHERE a.id = v.i",
            ([i for i, _ in kept], [w for _, w in kept]),
        )

    def _counted(self, column: str) -> list[tuple[str, int]]:
        rows = self._query(
            f"SELECT COALESCE({column}, ''), COUNT(*) FROM articles GROUP BY 1 "
            f'ORDER BY 2 DESC, COALESCE({column}, \'\') COLLATE "C"'
        )
        return [(r[0], r[1]) for r in rows]

    def languages(self) -> list[tuple[str, int]]:
        return self._counted("language")

    def sources(self) -> list[tuple[str, int]]:
        """Canonical outlets and their article counts (see `outlets` for aliases)."""
        return self._counted("NULLIF(outlet, ''), source")

    def _total(self) -> int:
        """All articles, from the count the triggers keep (no scan)."""
        return self._query("SELECT total FROM article_totals")[0][0]

    def stats(self) -> dict[str, int]:
        """Totals without reading every article: the kept count, the user's own state
        rows, and the languages by skipping along the language index."""
        read, starred = self._query(
            "SELECT COUNT(*) FILTER (WHERE read), COUNT(*) FILTER (WHERE starred) "
            "FROM article_state WHERE user_name = %s",
            (self.user,),
        )[0]
        languages = self._query(_LANGUAGES)[0][0]
        total = self._total()
        return {"total": total, "unread": total - read, "starred": starred,
                "languages": languages}

    def is_empty(self) -> bool:
        return not self._query("SELECT 1 FROM articles LIMIT 1")


_EVERYTHING = " WHERE true"  # what `_where` gives for no filter at all

# COUNT(DISTINCT language), one index probe per language instead of a scan of every row.
_LANGUAGES = """
WITH RECURSIVE langs(language) AS (
    (SELECT language FROM articles WHERE language IS NOT NULL ORDER BY language LIMIT 1)
    UNION ALL
    SELECT (SELECT a.language FROM articles a WHERE a.language > l.language
            ORDER BY a.language LIMIT 1)
    FROM langs l WHERE l.language IS NOT NULL
)
SELECT COUNT(language) FROM langs
"""


# Feed-order columns as PostgreSQL names them on `articles a` joined with the user's
# state `s`; text compared byte-wise, as SQLite does.
_ORDER_COLUMNS = {
    "outlet": 'a.outlet COLLATE "C"',
    "language": 'a.language COLLATE "C"',
    "read": "COALESCE(s.read, false)",
    "COALESCE(event_id, 0)": "COALESCE(a.event_id, 0)",
}
_NULLABLE = ("a.outlet", "a.language")


def _order_terms(flt: ArticleFilter) -> tuple[tuple[str, bool], ...]:
    return tuple((_ORDER_COLUMNS.get(c, f"a.{c}"), desc) for c, desc in flt.order_terms)


def _direction(column: str, desc: bool) -> str:
    """SQLite's NULL placement (lowest) for a column that may be NULL; the others keep
    PostgreSQL's default, which their indexes are built in."""
    if not column.startswith(_NULLABLE):
        return "DESC" if desc else "ASC"
    return "DESC NULLS LAST" if desc else "ASC NULLS FIRST"
