"""Storing a batch of new articles in a few statements instead of a few per article.

Mixed into `PgStore`; used by `import_articles` inside its write transaction. Articles
already stored (by URL, else by text), repeated within the batch, or carrying read or
starred state go through the one-by-one path, which decides "unchanged" or "updated";
the rest are sent with `COPY` into a temporary staging table and moved into `articles`
with one `INSERT … SELECT … ON CONFLICT DO NOTHING` (so the unique constraints still
decide), each with its outlet (`outlets_for`, one look-up for the batch) and date
precision, then their raw originals, tags and queue entries (arrays through `unnest`).
Rows another writer inserted meanwhile are left to the one-by-one path.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

from tui.models import Article
from tui.published import precision_of, sort_key
from tui.store.codec import pack
from tui.store.common import content_hash, now_iso, utc_key, valid_article
from tui.store.pg_articles import drop_nul
from tui.store.pg_search import config_for
from tui.store.romanised import romanised

_COLUMNS = (
    "title", "source", "url", "language", "language_detected", "published", "published_utc",
    "imported_at", "body", "content_hash", "raw_id", "format", "origin", "sort_key",
    "group_key", "ts_config", "outlet", "published_precision", "romanised",
)
_TYPES = (
    "text", "text", "text", "text", "boolean", "text", "text", "text", "text", "text",
    "bigint", "text", "text", "text", "text", "text", "text", "text", "text",
)

# Rows for one COPY: a temporary table per session, emptied at every commit.
_STAGE = (
    "CREATE TEMP TABLE IF NOT EXISTS parallax_stage (n bigserial, "
    + ", ".join(f"{c} {t}" for c, t in zip(_COLUMNS, _TYPES, strict=True))
    + ") ON COMMIT DELETE ROWS"
)


def _key(article: Article, digest: str) -> str:
    return f"u:{article.url}" if article.url else f"h:{digest}"


class PgBulk:
    _known_configs: set[str]

    if TYPE_CHECKING:  # provided by PgStore and PgArticles

        def _connection(self) -> AbstractContextManager[Any]: ...
        def _query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]: ...
        def _exec(self, sql: str, params: Iterable[Any] = ()) -> int: ...
        def outlets_for(self, named: Sequence[tuple[str | None, str | None]]) -> list[str]: ...

    def _existing_keys(self, keyed: list[tuple[str, Article, str]]) -> set[str]:
        urls = [a.url for _, a, _ in keyed if a.url]
        hashes = [d for _, a, d in keyed if not a.url]
        rows = self._query(
            "SELECT 'u:' || url FROM articles WHERE url = ANY(%s::text[]) UNION ALL "
            "SELECT 'h:' || content_hash FROM articles WHERE url IS NULL "
            "AND content_hash = ANY(%s::text[])",
            (urls, hashes),
        )
        return {r[0] for r in rows}

    def _bulk_raw_ids(self, articles: list[Article]) -> list[int | None]:
        digests = [hashlib.sha256(a.raw).hexdigest() if a.raw else None for a in articles]
        fresh = {d: a for d, a in zip(digests, articles, strict=True) if d}
        if fresh:
            packed = [pack(a.raw) for a in fresh.values()]
            self._exec(
                "INSERT INTO raw_documents(sha256, format, codec, data) SELECT * FROM "
                "unnest(%s::text[], %s::text[], %s::text[], %s::bytea[]) ON CONFLICT DO NOTHING",
                (list(fresh), [a.format or "" for a in fresh.values()],
                 [c for c, _ in packed], [d for _, d in packed]),
            )
        ids = dict(self._query(
            "SELECT sha256, id FROM raw_documents WHERE sha256 = ANY(%s::text[])", (list(fresh),)
        )) if fresh else {}
        return [ids.get(d) if d else None for d in digests]

    def _bulk_insert(self, articles: list[Article]) -> list[Article]:
        """Insert the plainly new articles of a batch together; returns the others (in
        order) for the one-by-one path. Each inserted article gets its id."""
        keyed = []
        for article in articles:
            valid_article(article)
            drop_nul(article)
            digest = content_hash(article.title, article.body)
            keyed.append((_key(article, digest), article, digest))
        taken = self._existing_keys(keyed)
        new, rest = [], []
        for key, article, digest in keyed:
            plain = key not in taken and not (article.read or article.starred)
            (new if plain else rest).append((article, digest) if plain else article)
            taken.add(key)
        if new:
            self._insert_rows(new)
        return rest + [a for a, _ in new if a.id is None]

    def _copy_rows(self, rows: list[tuple[Any, ...]]) -> list[tuple[int, str]]:
        """COPY rows into the staging table, then into `articles` where no constraint
        objects; returns (id, key) of the rows inserted."""
        columns = ", ".join(_COLUMNS)
        with self._connection() as conn:
            conn.execute(_STAGE)
            conn.execute("TRUNCATE parallax_stage")
            with conn.cursor().copy(f"COPY parallax_stage({columns}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row(row)
            return conn.execute(
                f"INSERT INTO articles({columns}) SELECT {columns} FROM parallax_stage "
                "ORDER BY n ON CONFLICT DO NOTHING "
                "RETURNING id, COALESCE('u:' || url, 'h:' || content_hash)"
            ).fetchall()

    def _insert_rows(self, new: list[tuple[Article, str]]) -> None:
        articles = [a for a, _ in new]
        for config in {config_for(a.language) for a in articles} - self._known_configs:
            self._exec("INSERT INTO search_configs VALUES (%s) ON CONFLICT DO NOTHING", (config,))
            self._known_configs.add(config)
        now, raw_ids = now_iso(), self._bulk_raw_ids(articles)
        # Each row's outlet and date precision go in with it, as on the one-by-one path.
        outlets = self.outlets_for([(a.source, a.url) for a in articles])
        rows = []
        for (a, digest), raw_id, outlet in zip(new, raw_ids, outlets, strict=True):
            precision = a.published_precision or precision_of(a.published)
            key = sort_key(a.published, precision) or ""
            rows.append((a.title, a.source, a.url, a.language, bool(a.language_detected),
                         a.published, utc_key(a.published), now, a.body, digest, raw_id,
                         a.format or "", a.origin, key, key, config_for(a.language), outlet,
                         precision, romanised(a.title, a.body)))
        ids = {key: article_id for article_id, key in self._copy_rows(rows)}
        for article, digest in new:
            article.id = ids.get(_key(article, digest))
        stored = [a for a in articles if a.id is not None]
        self._exec(
            "INSERT INTO article_tags(article_id, tag) SELECT * FROM "
            "unnest(%s::bigint[], %s::text[]) ON CONFLICT DO NOTHING",
            ([a.id for a in stored for t in dict.fromkeys(a.tags) if t],
             [t for a in stored for t in dict.fromkeys(a.tags) if t]),
        )
        self._exec(
            "INSERT INTO analysis_queue(article_id, queued_at, reason) "
            "SELECT unnest(%s::bigint[]), %s, 'new' ON CONFLICT (article_id) DO UPDATE "
            "SET reason = excluded.reason, error = NULL, engine = NULL",
            ([a.id for a in stored], now),
        )
