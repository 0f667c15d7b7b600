"""What both engines share: article identity, dedupe rules, sort keys, valid text, the
location of an archive (a file path or a server URL, shown with its password masked)."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal
from urllib.parse import urlsplit, urlunsplit

from tui.models import Article, parse_published

Outcome = Literal["imported", "updated", "unchanged"]

PG_SCHEMES = ("postgresql://", "postgres://")


@dataclass
class ImportCounts:
    imported: int = 0
    updated: int = 0
    unchanged: int = 0

    def add(self, outcome: Outcome) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    def __iadd__(self, other: ImportCounts) -> ImportCounts:
        self.imported += other.imported
        self.updated += other.updated
        self.unchanged += other.unchanged
        return self


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def utc_key(value: str | datetime | None) -> str | None:
    """The sortable UTC form of a timestamp ("…Z"), as articles are ordered by.

    Strings are ISO-8601; naive values count as UTC.
    """
    moment = value if isinstance(value, datetime) else parse_published(value)
    if moment is None:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        moment = moment.astimezone(UTC)
    except OverflowError:  # 9999-12-31T23:59-23:59 has no UTC form: treat as undated
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def valid_text(value: str) -> str:
    """`value` as valid UTF-8: lone surrogates (from JSON escapes) become U+FFFD."""
    if value.isascii():  # the common case, without encoding a copy
        return value
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    return value


def valid_article(article: Article) -> None:
    """Every text field of `article` made storable (the importers do this too; the store
    never trusts its callers with the one thing that would make every write fail)."""
    for name in ("title", "body", "source", "url", "language", "published", "format", "origin"):
        value = getattr(article, name)
        if isinstance(value, str):
            setattr(article, name, valid_text(value))
    article.tags = [valid_text(t) for t in article.tags if isinstance(t, str)]


def content_hash(title: str, body: str) -> str:
    """Hash of normalised title + body: the identity of an article without a URL."""
    text = unicodedata.normalize("NFKC", f"{title}\n{body}").casefold()
    return hashlib.sha256(" ".join(text.split()).encode()).hexdigest()


def is_unchanged(stored: Mapping[str, Any], article: Article, digest: str) -> bool:
    """The dedupe rule: a stored article (found by URL, else by content hash) is the same
    when its text, outlet, language and date are; anything else is an update."""
    return (
        stored["content_hash"] == digest
        and stored["source"] == article.source
        and stored["language"] == article.language
        and stored["published"] == article.published
    )


def pg_sql(sql: str) -> str:
    """One SQL text for both engines: SQLite's `?` placeholders as psycopg's `%s`. Only
    for texts without `?` or `%` of their own (the shared ones in this package)."""
    assert "%" not in sql, sql
    return sql.replace("?", "%s")


def is_server_url(spec: str) -> bool:
    """A PostgreSQL connection URL (anything else names a SQLite file)."""
    return spec.strip().lower().startswith(PG_SCHEMES)


def mask_url(url: str) -> str:
    """`url` with its password (in the authority or a `password=` parameter) as ***."""
    try:
        parts = urlsplit(url)
        netloc = parts.netloc
        if "@" in netloc:
            userinfo, host = netloc.rsplit("@", 1)
            if ":" in userinfo:
                userinfo = userinfo.split(":", 1)[0] + ":***"
            netloc = f"{userinfo}@{host}"
        query = "&".join(
            "password=***" if kv.lower().startswith("password=") else kv
            for kv in parts.query.split("&")
        ) if parts.query else ""
        return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))
    except ValueError:
        return url.split("://", 1)[0] + "://***"
