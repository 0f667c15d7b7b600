"""Canonical outlets in the PostgreSQL archive (see `tui.store.outlets` for the rules).
Mixed into `PgStore`. Aliases and renames are shared by every user of the archive.

An article is stored with its outlet (`outlets_for`: one look-up of the aliases a batch
names). A row stored without one (`outlet` NULL: a bulk path that does not ask, an
archive from before outlets) gets it at the end of the writing transaction
(`assign_outlets`). Domains learned on the way move the domain-only rows placed before.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from tui.models import StoreError
from tui.published import precision_of, sort_key
from tui.store.outlets import Outlet, is_domain, site_of

if TYPE_CHECKING:
    from contextlib import AbstractContextManager

_CHUNK = 1000


def _key(name: str) -> str:
    return name.strip().casefold()


def _resolve(
    named: Sequence[tuple[str | None, str | None]], aliases: dict[str, str]
) -> tuple[list[str], dict[str, str]]:
    """Each (source, url)'s outlet, in order, learning domains as SQLite's `_outlet_for`
    does (a domain learned moves the domain-only ones before it); returns the outlets and
    the domains learned (site -> outlet)."""
    outlets, learned = [], {}
    for source, url in named:
        site = site_of(url)
        if source and not is_domain(source):
            outlet = aliases.get(_key(source), source)
            if site and site.casefold() not in aliases:
                aliases[site.casefold()] = learned[site] = outlet
        else:
            name = source or site
            outlet = aliases.get(_key(name), name) if name else ""
        outlets.append(outlet)
    moved = {site.casefold(): outlet for site, outlet in learned.items()}
    return [moved.get(o.casefold(), o) for o in outlets], learned


class PgOutlets:
    if TYPE_CHECKING:  # provided by PgStore and PgArticles

        def _query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]: ...
        def _exec(self, sql: str, params: Iterable[Any] = ()) -> int: ...
        def _lock_writes(self) -> None: ...
        def transaction(self) -> AbstractContextManager[None]: ...

    # -- resolving -----------------------------------------------------------------------

    def canonical_outlet(self, name: str | None) -> str | None:
        """The outlet a name (or domain) belongs to; the name itself when it is no alias."""
        if not name:
            return None
        rows = self._query("SELECT outlet FROM outlet_aliases WHERE key = %s", (_key(name),))
        return rows[0][0] if rows else name

    def assign_outlets(self, precisions: Mapping[int, str] | None = None) -> int:
        """Give every article stored without one its outlet (inside the caller's write
        transaction, or its own), and its date precision: the importer's (`precisions`,
        by article id) or what its `published` text shows. Returns rows updated."""
        done = 0
        with self.transaction():
            while True:
                rows = self._query(
                    "SELECT id, source, url, published, published_precision FROM articles "
                    "WHERE outlet IS NULL ORDER BY id LIMIT %s", (_CHUNK,),
                )
                if not rows:
                    return done
                self._assign(rows, precisions or {})
                done += len(rows)

    def _assign(self, rows: Sequence[tuple[Any, ...]], known: Mapping[int, str]) -> None:
        """Outlets for rows (id, source, url, published, precision); a row without a
        precision gets the one its `published` text shows, and the sort key that goes
        with it (a date-only value at midday UTC), in the same row write."""
        outlets = self.outlets_for([(r[1], r[2]) for r in rows])
        precisions = [r[4] or known.get(r[0]) or precision_of(r[3]) for r in rows]
        keys = [sort_key(r[3], p) or "" for r, p in zip(rows, precisions, strict=True)]
        self._exec(
            "UPDATE articles a SET outlet = v.o, "
            "published_precision = COALESCE(a.published_precision, v.p), "
            "sort_key = CASE WHEN a.published_precision IS NULL THEN v.k ELSE a.sort_key END, "
            "group_key = CASE WHEN a.published_precision IS NULL AND a.event_id IS NULL "
            "THEN v.k ELSE a.group_key END "
            "FROM unnest(%s::bigint[], %s::text[], %s::text[], %s::text[]) AS v(i, o, p, k) "
            "WHERE a.id = v.i",
            ([r[0] for r in rows], outlets, precisions, keys),
        )

    def outlets_for(self, named: Sequence[tuple[str | None, str | None]]) -> list[str]:
        """The outlet of each (source, url) about to be stored, in order ("" when none is
        known); learns domains on the way (inside the caller's write transaction)."""
        keys = {_key(n) for source, url in named for n in (source, site_of(url)) if n}
        aliases = dict(self._query(
            "SELECT key, outlet FROM outlet_aliases WHERE key = ANY(%s::text[])", (list(keys),)
        )) if keys else {}
        outlets, learned = _resolve(named, aliases)
        for site, outlet in learned.items():
            if self._query(
                "INSERT INTO outlet_aliases(key, alias, outlet, origin) "
                "VALUES (%s, %s, %s, 'domain') ON CONFLICT (key) DO NOTHING RETURNING key",
                (site.casefold(), site, outlet),
            ):
                self._exec(
                    "UPDATE articles SET outlet = %s WHERE lower(outlet) = %s "
                    "AND outlet LIKE '%%.%%'",
                    (outlet, site.casefold()),
                )
        return outlets

    # -- listing -------------------------------------------------------------------------

    def outlets(self) -> list[Outlet]:
        """Every outlet with its article count and the other names it goes by."""
        found: dict[str, Outlet] = {}
        for r in self._query(
            "SELECT outlet, COUNT(*) FROM articles WHERE outlet <> '' "
            'GROUP BY outlet ORDER BY 2 DESC, outlet COLLATE "C"'
        ):
            found[r[0]] = Outlet(r[0], r[1])
        seen: dict[str, set[str]] = {}
        for r in self._query(
            "SELECT o, n FROM (SELECT DISTINCT outlet AS o, source AS n FROM articles "
            "WHERE outlet <> '' AND source IS NOT NULL AND source <> outlet "
            'UNION SELECT outlet, alias FROM outlet_aliases) x ORDER BY o COLLATE "C", '
            'n COLLATE "C"'
        ):
            if r[0] in found and r[1].casefold() not in seen.setdefault(r[0], {r[0].casefold()}):
                seen[r[0]].add(r[1].casefold())
                found[r[0]].aliases.append(r[1])
        return list(found.values())

    def outlet_aliases(self) -> list[tuple[str, str, str]]:
        """Every alias as (alias, outlet, origin): what `parallax migrate` copies."""
        rows = self._query(
            'SELECT alias, outlet, origin FROM outlet_aliases ORDER BY key COLLATE "C"'
        )
        return [(r[0], r[1], r[2]) for r in rows]

    def restore_outlet_aliases(self, aliases: Iterable[tuple[str, str, str]]) -> None:
        """Store aliases as given (alias, outlet, origin), replacing any of the same key."""
        rows = list(aliases)
        with self.transaction():
            self._lock_writes()
            self._exec(
                "INSERT INTO outlet_aliases(key, alias, outlet, origin) "
                "SELECT * FROM unnest(%s::text[], %s::text[], %s::text[], %s::text[]) "
                "ON CONFLICT (key) DO UPDATE SET alias = excluded.alias, "
                "outlet = excluded.outlet, origin = excluded.origin",
                ([r[0].casefold() for r in rows], [r[0] for r in rows], [r[1] for r in rows],
                 [r[2] for r in rows]),
            )

    # -- renaming ------------------------------------------------------------------------

    def rename_outlet(self, old: str, new: str) -> int:
        """Call outlet `old` (or what an alias `old` points at) `new`; articles moved.
        Renaming to an existing outlet merges the two; later imports follow it."""
        new = " ".join(new.split())
        if not new:
            raise StoreError("an outlet needs a name")
        with self.transaction():
            self._lock_writes()
            current = self.canonical_outlet(old.strip()) or old
            if not self._query("SELECT 1 FROM articles WHERE outlet = %s LIMIT 1", (current,)):
                raise StoreError(f"no outlet named “{old}” (see `parallax sources`)")
            if current == new:
                return 0
            self._exec("DELETE FROM outlet_aliases WHERE key = %s", (new.casefold(),))
            self._exec(
                "UPDATE outlet_aliases SET outlet = %s, origin = 'user' WHERE outlet = %s",
                (new, current),
            )
            for alias in {old.strip(), current}:
                if alias.casefold() != new.casefold():
                    self._exec(
                        "INSERT INTO outlet_aliases(key, alias, outlet, origin) "
                        "VALUES (%s, %s, %s, 'user') ON CONFLICT (key) DO UPDATE SET "
                        "alias = excluded.alias, outlet = excluded.outlet, origin = 'user'",
                        (alias.casefold(), alias, new),
                    )
            return self._exec("UPDATE articles SET outlet = %s WHERE outlet = %s", (new, current))

    def merge_outlets(self, source: str, target: str) -> int:
        """Fold outlet `source` into the existing outlet `target`; articles moved."""
        canonical = self.canonical_outlet(target.strip()) or target
        if not self._query("SELECT 1 FROM articles WHERE outlet = %s LIMIT 1", (canonical,)):
            raise StoreError(f"no outlet named “{target}” (see `parallax sources`)")
        return self.rename_outlet(source, canonical)
