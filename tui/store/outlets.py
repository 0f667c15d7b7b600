"""Outlets: one canonical name per site, however its articles named it.

An article's `source` is kept as imported; its `outlet` is the canonical name the reader,
`list --source` and the `s` filter use. Two kinds of alias map a name to an outlet
(table `outlet_aliases`, keyed by the casefolded alias):

- ``domain``: learned. A domain seen with an outlet name (an article from
  harborledger.example whose meta tags or feed title say "Harbor Ledger") maps to that
  name, so a clipping that only says "harborledger.example" joins "Harbor Ledger".
- ``user``: `parallax sources rename OLD NEW` / `merge A B`. They win over learned ones
  and survive re-import, since every import resolves names through the table.

Aliases are kept flat (an alias never points at another alias), so resolving is one lookup.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tui.models import StoreError

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

_HOST_RE = re.compile(r"^[a-z][a-z0-9+.-]*://(?:[^@/?#]*@)?([^/:?#\[\]@]+)", re.IGNORECASE)
_DOMAIN_RE = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}$")


@dataclass
class Outlet:
    """One outlet as `parallax sources` lists it."""

    name: str
    count: int
    aliases: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"outlet": self.name, "count": self.count, "aliases": list(self.aliases)}


def site_of(url: str | None) -> str | None:
    """The host of a URL without "www." ("harborledger.example")."""
    match = _HOST_RE.match(url) if url else None  # (urlsplit is 10× slower per import)
    if not match:
        return None
    host = match[1].lower().rstrip(".")
    return (host[4:] if host.startswith("www.") else host) or None


def is_domain(name: str | None) -> bool:
    return bool(name) and _DOMAIN_RE.match(name.strip().lower()) is not None  # type: ignore[union-attr]


class OutletQueries:
    """Mixed into `Store`; relies on its connection, lock and transaction."""

    _conn: sqlite3.Connection

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[sqlite3.Row]: ...
    def transaction(self) -> AbstractContextManager[None]: ...

    # -- resolving -----------------------------------------------------------------------

    def canonical_outlet(self, name: str | None) -> str | None:
        """The outlet a name (or domain) belongs to; the name itself when it is no alias."""
        if not name:
            return None
        row = self._conn.execute(
            "SELECT outlet FROM outlet_aliases WHERE key = ?", (name.strip().casefold(),)
        ).fetchone()
        return row[0] if row else name

    def _outlet_for(self, source: str | None, url: str | None) -> str:
        """An article's outlet ("" when none is known); learns its domain on the way
        (inside the caller's transaction)."""
        site = site_of(url)
        if source and not is_domain(source):
            outlet = self.canonical_outlet(source) or source
            if site:
                self._learn_domain(site, outlet)
            return outlet
        return self.canonical_outlet(source or site) or ""

    def _assign_outlet(self, article_id: int, source: str | None, url: str | None) -> None:
        """Set a stored article's outlet (inside the caller's transaction)."""
        outlet = self._outlet_for(source, url)
        self._conn.execute("UPDATE articles SET outlet = ? WHERE id = ?", (outlet, article_id))

    def _learn_domain(self, site: str, outlet: str) -> None:
        """`site` → `outlet` unless the site is mapped already; move its domain-only rows."""
        cur = self._conn.execute(
            "INSERT OR IGNORE INTO outlet_aliases(key, alias, outlet, origin) "
            "VALUES (?, ?, ?, 'domain')",
            (site.casefold(), site, outlet),
        )
        if cur.rowcount:
            self._conn.execute(
                "UPDATE articles SET outlet = ? WHERE outlet = ? COLLATE NOCASE", (outlet, site)
            )

    # -- listing -------------------------------------------------------------------------

    def outlets(self) -> list[Outlet]:
        """Every outlet with its article count and the other names it goes by."""
        found: dict[str, Outlet] = {}
        for r in self._query(
            "SELECT outlet, COUNT(*) FROM articles WHERE outlet != '' "
            "GROUP BY outlet ORDER BY 2 DESC, 1"
        ):
            found[r[0]] = Outlet(r[0], r[1])
        seen: dict[str, set[str]] = {}
        for r in self._query(
            "SELECT DISTINCT outlet, source FROM articles "
            "WHERE outlet != '' AND source IS NOT NULL AND source != outlet "
            "UNION SELECT outlet, alias FROM outlet_aliases ORDER BY 1, 2"
        ):
            if r[0] in found and r[1].casefold() not in seen.setdefault(r[0], {r[0].casefold()}):
                seen[r[0]].add(r[1].casefold())
                found[r[0]].aliases.append(r[1])
        return list(found.values())

    def outlet_aliases(self) -> list[tuple[str, str, str]]:
        """Every alias as (alias, outlet, origin): what `parallax migrate` copies."""
        rows = self._query("SELECT alias, outlet, origin FROM outlet_aliases ORDER BY key")
        return [(r[0], r[1], r[2]) for r in rows]

    def restore_outlet_aliases(self, aliases: Iterable[tuple[str, str, str]]) -> None:
        """Store aliases as given (alias, outlet, origin), replacing any of the same key."""
        with self.transaction():
            self._conn.executemany(
                "INSERT OR REPLACE INTO outlet_aliases(key, alias, outlet, origin) "
                "VALUES (?, ?, ?, ?)",
                [(a.casefold(), a, o, g) for a, o, g in aliases],
            )

    # -- renaming ------------------------------------------------------------------------

    def rename_outlet(self, old: str, new: str) -> int:
        """Call outlet `old` (or what an alias `old` points at) `new`; articles moved.

        Renaming to an existing outlet merges the two. Stored as aliases, so it holds
        for articles imported later too.
        """
        new = " ".join(new.split())
        if not new:
            raise StoreError("an outlet needs a name")
        with self.transaction():
            current = self.canonical_outlet(old.strip()) or old
            if not self._query("SELECT 1 FROM articles WHERE outlet = ? LIMIT 1", (current,)):
                raise StoreError(f"no outlet named “{old}” (see `parallax sources`)")
            if current == new:
                return 0
            self._conn.execute("DELETE FROM outlet_aliases WHERE key = ?", (new.casefold(),))
            self._conn.execute(
                "UPDATE outlet_aliases SET outlet = ?, origin = 'user' WHERE outlet = ?",
                (new, current),
            )
            for alias in {old.strip(), current}:
                if alias.casefold() != new.casefold():
                    self._conn.execute(
                        "INSERT OR REPLACE INTO outlet_aliases(key, alias, outlet, origin) "
                        "VALUES (?, ?, ?, 'user')",
                        (alias.casefold(), alias, new),
                    )
            cur = self._conn.execute(
                "UPDATE articles SET outlet = ? WHERE outlet = ?", (new, current)
            )
            return cur.rowcount

    def merge_outlets(self, source: str, target: str) -> int:
        """Fold outlet `source` into the existing outlet `target`; articles moved."""
        canonical = self.canonical_outlet(target.strip()) or target
        if not self._query("SELECT 1 FROM articles WHERE outlet = ? LIMIT 1", (canonical,)):
            raise StoreError(f"no outlet named “{target}” (see `parallax sources`)")
        return self.rename_outlet(source, canonical)
