"""The shared archive on PostgreSQL (psycopg 3 with its connection pool).

Same behaviour as the SQLite `Store` (`ArchiveStore`), plus what a server shared by many
people needs: read and starred state per user (`PARALLAX_USER`, default the login name),
and writers that never duplicate: unique constraints with `ON CONFLICT`, and an advisory
lock taken by every transaction that stores articles or groups one, so two importers
interleave batch by batch, as SQLite's writers do, while readers never wait.
"""

from __future__ import annotations

import getpass
import json
import os
import re
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from tui.models import Article, StoreError
from tui.store.common import ImportCounts, Outcome, mask_url
from tui.store.pg_articles import PgArticles
from tui.store.pg_bulk import PgBulk
from tui.store.pg_choices import PgChoices
from tui.store.pg_event_rows import PgEventRows
from tui.store.pg_events import PgEvents
from tui.store.pg_feeds import PgFeeds
from tui.store.pg_health import PgHealth
from tui.store.pg_live import PgLive
from tui.store.pg_outlets import PgOutlets
from tui.store.pg_queue import PgQueue
from tui.store.pg_roles import writable
from tui.store.pg_schema import LATEST_VERSION, MIGRATE_LOCK, MIGRATIONS, VERSION_TABLE
from tui.store.pg_search import tsquery_sql
from tui.store.pg_stats import PgStats
from tui.store.query import ArticleFilter, SearchHit

CONNECT_TIMEOUT_S = 10
POOL_SIZE = 4
SEARCH_TIMEOUT_S = 10.0


def current_user() -> str:
    """Whose read and starred state this is: $PARALLAX_USER, else the login name."""
    name = os.environ.get("PARALLAX_USER", "").strip()
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "parallax"


class _Unsupported(StoreError, AttributeError):
    """A store call the PostgreSQL engine does not have (yet): one line, and `hasattr`
    stays False."""


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


class PgStore(
    PgBulk, PgArticles, PgEvents, PgQueue, PgHealth, PgLive, PgOutlets, PgFeeds, PgChoices,
    PgEventRows, PgStats,
):
    """One PostgreSQL archive. Safe to share between threads: each call borrows a pooled
    connection; a `transaction()` keeps one for its thread until it ends."""

    read_only = False  # set per instance: a reader role may only read

    def __init__(self, pool: Any, url: str, user: str, read_only: bool = False) -> None:
        self._pool = pool
        self._url = url
        self.user = user
        # A reader role (see pg_roles): it reads, and keeps its own read/starred rows only.
        self.read_only = read_only
        self._local = threading.local()
        self._known_configs: set[str] = set()

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, url: str) -> PgStore:
        """Connect (creating and migrating the schema as needed) to the archive at `url`."""
        label = mask_url(url)
        try:
            import psycopg
            from psycopg_pool import ConnectionPool
        except ImportError:
            raise StoreError(
                f"{label}: PostgreSQL needs psycopg (pip install 'psycopg[binary]' psycopg_pool)"
            ) from None
        try:
            with psycopg.connect(url, connect_timeout=CONNECT_TIMEOUT_S) as conn:
                _migrate(conn, label)
                role, can_write = writable(conn)
        except psycopg.Error as exc:
            raise StoreError(f"{label}: cannot open archive ({_scrub(exc, url)})") from None
        pool = ConnectionPool(
            url, min_size=1, max_size=POOL_SIZE, open=False, timeout=CONNECT_TIMEOUT_S,
            kwargs={"connect_timeout": CONNECT_TIMEOUT_S},
        )
        pool.open()
        # Row-level security keys a reader role's state on the role itself.
        store = cls(pool, url, current_user() if can_write else role, read_only=not can_write)
        if can_write:
            store._upgrade()
        return store

    def _upgrade(self) -> None:
        """Outlets and romanised search text for articles stored before the server kept
        them (a no-op once done; a reader role that may not write leaves it to the next
        importer)."""
        if self._query("SELECT 1 FROM articles WHERE outlet IS NULL LIMIT 1"):
            with suppress(StoreError), self.transaction():
                self._lock_writes()
                self.assign_outlets()
        with suppress(StoreError):
            self._fill_romanised()

    def _fill_romanised(self, batch: int = 500) -> int:
        """The romanised copy of every article without one, a batch a transaction; the
        search trigger re-indexes each row as it is set."""
        from tui.store.romanised import romanised

        done, last = 0, 0
        while True:
            with self.transaction():
                self._lock_writes()
                rows = self._query(
                    "SELECT id, title, body FROM articles WHERE romanised IS NULL AND id > %s "
                    "ORDER BY id LIMIT %s", (last, batch))
                for article_id, title, body in rows:
                    self._exec("UPDATE articles SET romanised = %s WHERE id = %s",
                               (romanised(title, body), article_id))
            if not rows:
                return done
            done, last = done + len(rows), rows[-1][0]

    @property
    def label(self) -> str:
        return mask_url(self._url)

    def own_files(self) -> set[Path]:
        return set()

    @property
    def schema_version(self) -> int:
        return self._query("SELECT version FROM parallax_schema")[0][0]

    def close(self) -> None:
        self._pool.close()

    def __enter__(self) -> PgStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        raise _Unsupported(f"{self.label}: {name.replace('_', ' ')} is not available on a "
                           "PostgreSQL archive yet (use a SQLite archive for it)")

    # -- connections ---------------------------------------------------------------------

    @contextmanager
    def _connection(self) -> Iterator[Any]:
        """The thread's transaction connection, or a pooled one committed afterwards."""
        import psycopg
        from psycopg_pool import PoolTimeout

        conn = getattr(self._local, "conn", None)
        if conn is not None:
            yield conn
            return
        try:
            with self._pool.connection() as conn:
                yield conn
        except PoolTimeout:
            raise StoreError(f"{self.label}: no connection to the server") from None
        except psycopg.errors.InsufficientPrivilege:
            if self.read_only:  # a reader role tried a shared write: say what it may do
                self.require_writes()
            raise StoreError(f"{self.label}: permission denied on the server") from None
        except psycopg.Error as exc:
            raise StoreError(f"{self.label}: {_scrub(exc, self._url)}") from None

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together or not at all."""
        if getattr(self._local, "conn", None) is not None:
            yield
            return
        with self._connection() as conn:
            self._local.conn = conn
            try:
                with conn.transaction():
                    yield
            finally:
                self._local.conn = None

    def _in_transaction(self) -> bool:
        return getattr(self._local, "conn", None) is not None

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        with self._connection() as conn:
            cur = conn.execute(sql, tuple(params))
            return cur.fetchall() if cur.description else []

    def _exec(self, sql: str, params: Iterable[Any] = ()) -> int:
        with self._connection() as conn:
            return conn.execute(sql, tuple(params)).rowcount

    # -- writing -------------------------------------------------------------------------

    def require_writes(self) -> None:
        """Raise a one-line StoreError when this role may only read (a reader role)."""
        if self.read_only:
            raise StoreError(
                f"{self.label}: role {self.user!r} may only read this archive and mark its "
                "own articles read or starred; write as an importer role (parallax pg-roles)"
            )

    def import_articles(self, articles: Iterable[Article]) -> ImportCounts:
        """Store a batch in one transaction; returns what happened."""
        self.require_writes()
        counts = ImportCounts()
        try:
            with self.transaction():
                self._lock_writes()
                batch = list(articles)
                rest = self._bulk_insert(batch)  # the plainly new ones, together
                counts.imported += len(batch) - len(rest)
                for article in rest:
                    counts.add(self._upsert(article))
                self.assign_outlets()  # (none left: both paths store outlets; a safety net)
                self._announce(counts.imported)
        except (TypeError, ValueError) as exc:
            raise StoreError(f"{self.label}: write failed ({exc})") from None
        return counts

    def upsert(self, article: Article) -> Outcome:
        """Store one article in its own transaction."""
        self.require_writes()
        try:
            with self.transaction():
                self._lock_writes()
                outcome = self._upsert(article)
                self.assign_outlets()
                self._announce(int(outcome == "imported"))
                return outcome
        except (TypeError, ValueError) as exc:
            raise StoreError(f"{self.label}: write failed ({exc})") from None

    # -- search --------------------------------------------------------------------------

    def _tsquery(self, query: str) -> str:
        sql, params = tsquery_sql(query)
        return self._query(sql, params)[0][0] or ""

    @contextmanager
    def _search_guard(self) -> Iterator[None]:
        """A query holding a user's search: bounded in time, one-line errors."""
        import psycopg

        try:
            with self.transaction():
                self._exec(
                    "SELECT set_config('statement_timeout', %s, true)",
                    (str(int(SEARCH_TIMEOUT_S * 1000)),),
                )
                yield
        except psycopg.errors.QueryCanceled:
            raise StoreError(
                f"search stopped after {SEARCH_TIMEOUT_S:g} s: narrow the query"
            ) from None
        except StoreError as exc:
            if "canceling statement" in str(exc):
                raise StoreError(
                    f"search stopped after {SEARCH_TIMEOUT_S:g} s: narrow the query"
                ) from None
            raise

    def search(
        self,
        query: str,
        flt: ArticleFilter = ArticleFilter(),
        limit: int = 50,
        offset: int = 0,
    ) -> list[SearchHit]:
        """Full-text search, best match first, with highlighted snippets."""
        from tui.store.pg_schema import ROW_COLUMNS, ROW_WIDTH, STATE_JOIN
        from tui.store.pg_search import HEADLINE_OPTIONS

        with self._search_guard():
            tsq = self._tsquery(query)
            if not tsq:
                return []
            where, params = self._where(flt)
            # Snippets only for the page of best matches, not for every match.
            rows = self._query(
                f"WITH tq AS (SELECT %s::tsquery AS q), best AS (SELECT {ROW_COLUMNS}, "
                "a.ts_config, -ts_rank(a.search, tq.q) AS rank "
                f"FROM tq, articles a {STATE_JOIN}{where} AND a.search @@ tq.q "
                "ORDER BY rank, a.id DESC LIMIT %s OFFSET %s) "
                "SELECT best.*, ts_headline(('parallax_' || best.ts_config)::regconfig, "
                "a.title || E'\\n' || a.body, tq.q, %s) FROM best "
                "JOIN articles a ON a.id = best.id CROSS JOIN tq ORDER BY best.rank, best.id DESC",
                [tsq, self.user, *params, limit, offset, HEADLINE_OPTIONS],
            )
        hits = [SearchHit(self._article(r), r[ROW_WIDTH + 2] or "", r[ROW_WIDTH + 1])
                for r in rows]
        return self._own_words(hits, tsq)

    def _own_words(self, hits: list[SearchHit], tsq: str) -> list[SearchHit]:
        """Where only the romanised copy matched ("Bondarenko" in a Cyrillic report), the
        snippet is the article's own words around the matched name, marked."""
        from dataclasses import replace

        from tui.store.pg_search import HEADLINE_OPTIONS
        from tui.store.query import MATCH_END, MATCH_START
        from tui.store.romanised import marked_excerpt

        bare = [h.article.id for h in hits if MATCH_START not in h.snippet]
        if not bare:
            return hits
        rows = self._query(
            "SELECT id, title || E'\\n' || body, ts_headline('parallax_simple', "
            "COALESCE(romanised, ''), %s::tsquery, %s) FROM articles WHERE id = ANY(%s)",
            (tsq, HEADLINE_OPTIONS, bare))
        excerpts = {}
        for article_id, text, marked in rows:
            words = re.findall(f"{re.escape(MATCH_START)}(.*?){re.escape(MATCH_END)}", marked or "")
            keys = tuple({w.casefold() for w in words if w})
            excerpts[article_id] = marked_excerpt(text, keys, MATCH_START, MATCH_END)
        return [replace(h, snippet=excerpts.get(h.article.id) or h.snippet) for h in hits]

    # -- analysis cache ------------------------------------------------------------------

    def cached_facts(self, article_id: int, version: int) -> list[dict[str, Any]] | None:
        rows = self._query(
            "SELECT facts FROM article_facts WHERE article_id = %s AND version = %s",
            (article_id, version),
        )
        return json.loads(rows[0][0]) if rows else None

    def cache_facts(self, article_id: int, version: int, facts: list[dict[str, Any]]) -> None:
        if self.read_only:
            return  # the cache is shared: a reader role computes facts without keeping them
        self._exec(
            "INSERT INTO article_facts(article_id, version, facts) VALUES (%s, %s, %s) "
            "ON CONFLICT (article_id) DO UPDATE SET version = excluded.version, "
            "facts = excluded.facts",
            (article_id, version, json.dumps(facts, ensure_ascii=False)),
        )


def _scrub(exc: BaseException, url: str) -> str:
    """An error message, one line, never carrying the URL's password."""
    from urllib.parse import unquote, urlsplit

    text = _one_line(exc)
    try:
        password = urlsplit(url).password
    except ValueError:
        password = None
    for secret in filter(None, {password, unquote(password or "")}):
        text = text.replace(secret, "***")
    return text.replace(url, mask_url(url))


def _version(conn: Any) -> int:
    row = conn.execute("SELECT version FROM parallax_schema").fetchone()
    return row[0] if row else 0


def _migrate(conn: Any, label: str) -> None:
    """Bring the schema to LATEST_VERSION, one transaction per migration; a schema newer
    than this Parallax is refused. Needs no write rights when nothing is to be done."""
    exists = conn.execute("SELECT to_regclass('parallax_schema') IS NOT NULL").fetchone()[0]
    version = _version(conn) if exists else 0
    conn.commit()
    if version > LATEST_VERSION:
        raise StoreError(
            f"{label}: written by a newer Parallax (schema {version}, this one knows "
            f"{LATEST_VERSION}); upgrade Parallax to open it"
        )
    if version < LATEST_VERSION and not _may_migrate(conn):
        role = conn.execute("SELECT current_user").fetchone()[0]
        state = f"schema {version}" if version else "no archive yet"
        raise StoreError(
            f"{label}: holds {state}, this Parallax needs schema {LATEST_VERSION}, and role "
            f"{role!r} may not change it: open it once as the archive's owner"
        )
    for target in range(version + 1, LATEST_VERSION + 1):
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATE_LOCK,))
            conn.execute(VERSION_TABLE)
            if _version(conn) >= target:
                continue  # another process migrated meanwhile
            conn.execute(MIGRATIONS[target - 1])
            conn.execute(
                "INSERT INTO parallax_schema(version) VALUES (%s) ON CONFLICT (singleton) "
                "DO UPDATE SET version = excluded.version",
                (target,),
            )


def _may_migrate(conn: Any) -> bool:
    """Whether this role may migrate: it owns the archive (or is a superuser), or, on a new
    database, may create tables."""
    row = conn.execute(
        "SELECT CASE WHEN to_regclass('parallax_schema') IS NULL "
        "THEN COALESCE(has_schema_privilege(current_schema(), 'CREATE'), false) "
        "ELSE pg_has_role((SELECT relowner FROM pg_class "
        "WHERE oid = to_regclass('parallax_schema')), 'USAGE') END"
    ).fetchone()
    conn.commit()
    return bool(row[0])
