"""Event corrections in the PostgreSQL archive (see `tui.store.events`): each report's own
keys, the users' split and merge choices (shared by everyone on the archive), and
regrouping a changed report. Mixed into `PgStore`; every change takes the writers' lock,
so a correction and a grouping process never interleave.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from tui.store.events import EventRecord

if TYPE_CHECKING:
    from contextlib import AbstractContextManager


class PgChoices:
    if TYPE_CHECKING:  # provided by PgStore and PgEvents

        def _query(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]: ...
        def _exec(self, sql: str, params: Iterable[Any] = ()) -> int: ...
        def _lock_writes(self) -> None: ...
        def transaction(self) -> AbstractContextManager[None]: ...
        def event(self, event_id: int) -> EventRecord | None: ...
        def _replace_keys(self, event_id: int, keys: dict[str, float]) -> None: ...
        def save_event(
            self, event: EventRecord, article_ids: Sequence[int],
            changed_keys: Mapping[str, float] | None = None,
        ) -> int: ...

    # -- each report's keys --------------------------------------------------------------

    def save_article_keys(self, article_id: int, keys: dict[str, float]) -> None:
        """Remember why a report is in its event (its own keys)."""
        with self.transaction():
            self._exec("DELETE FROM article_event_keys WHERE article_id = %s", (article_id,))
            if keys:
                self._exec(
                    "INSERT INTO article_event_keys(article_id, key, weight) SELECT %s, k, w "
                    "FROM unnest(%s::text[], %s::float8[]) AS t(k, w)",
                    (article_id, list(keys), list(keys.values())),
                )

    def article_keys(self, article_ids: Sequence[int]) -> dict[int, dict[str, float]]:
        """The stored keys of each report (reports grouped before keys were kept: absent)."""
        out: dict[int, dict[str, float]] = {}
        for r in self._query(
            "SELECT article_id, key, weight FROM article_event_keys "
            "WHERE article_id = ANY(%s::bigint[])",
            (list(article_ids),),
        ):
            out.setdefault(r[0], {})[r[1]] = r[2]
        return out

    def _rebuild_event(self, event_id: int) -> None:
        """An event's keys and span from the reports left in it; gone when none is left."""
        ids = [r[0] for r in self._query(
            "SELECT id FROM articles WHERE event_id = %s", (event_id,))]
        if not ids:
            self._exec("DELETE FROM events WHERE id = %s", (event_id,))
            return
        per = self.article_keys(ids)
        if len(per) == len(ids):  # otherwise keep the old keys: better than losing them
            union: dict[str, float] = {}
            for keys in per.values():
                for k, w in keys.items():
                    union[k] = max(union.get(k, 0.0), w)
            self._replace_keys(event_id, union)
        self._exec(
            "UPDATE events SET first_seen = m.lo, last_seen = m.hi FROM (SELECT "
            "MIN(NULLIF(sort_key, '')) AS lo, MAX(NULLIF(sort_key, '')) AS hi FROM articles "
            "WHERE event_id = %s) m WHERE id = %s",
            (event_id, event_id),
        )
        self._exec(
            "UPDATE articles SET group_key = m.newest FROM (SELECT MAX(sort_key) AS newest "
            "FROM articles WHERE event_id = %s) m WHERE event_id = %s "
            "AND group_key <> m.newest",
            (event_id, event_id),
        )

    def _pin(self, article_ids: list[int], event_id: int) -> None:
        """The user placed these reports in `event_id`: regrouping leaves them there."""
        self._exec(
            "DELETE FROM event_choices WHERE article_id = ANY(%s::bigint[]) "
            "AND choice = 'pinned'",
            (article_ids,),
        )
        self._exec(
            "INSERT INTO event_choices(article_id, event_id, choice) "
            "SELECT unnest(%s::bigint[]), %s, 'pinned' ON CONFLICT DO NOTHING",
            (article_ids, event_id),
        )

    # -- the user's choices --------------------------------------------------------------

    def split_article(self, article_id: int) -> int | None:
        """Move a report out of its event into an event of its own; it never rejoins the old
        one. Returns the new event's id (None when the article is in no event)."""
        with self.transaction():
            self._lock_writes()
            rows = self._query(
                "SELECT event_id, title, sort_key FROM articles WHERE id = %s", (article_id,)
            )
            if not rows or rows[0][0] is None:
                return None
            old, title, when = rows[0][0], rows[0][1], rows[0][2] or None
            self._exec(
                "INSERT INTO event_choices(article_id, event_id, choice) "
                "VALUES (%s, %s, 'split') ON CONFLICT DO NOTHING", (article_id, old),
            )
            keys = self.article_keys([article_id]).get(article_id, {})
            new = self.save_event(EventRecord(None, title, when, when, keys), [article_id])
            self._pin([article_id], new)
            self._exec("UPDATE articles SET group_key = sort_key WHERE id = %s", (article_id,))
            self._rebuild_event(old)
        return new

    def merge_events(self, target: int, other: int) -> bool:
        """Put every report of `other` into `target` for good. False when either is missing."""
        if target == other:
            return False
        with self.transaction():
            self._lock_writes()
            if self.event(target) is None or self.event(other) is None:
                return False
            ids = [r[0] for r in self._query(
                "SELECT id FROM articles WHERE event_id IN (%s, %s)", (target, other))]
            self._exec("UPDATE articles SET event_id = %s WHERE event_id = %s", (target, other))
            # What was split off the merged event stays apart from the event it is now in.
            self._exec(
                "UPDATE event_choices c SET event_id = %s WHERE c.event_id = %s "
                "AND c.choice = 'split' AND NOT EXISTS (SELECT 1 FROM event_choices d "
                "WHERE d.article_id = c.article_id AND d.choice = 'split' "
                "AND d.event_id = %s)",
                (target, other, target),
            )
            self._pin(ids, target)
            self._exec(
                "INSERT INTO event_keys(event_id, key, weight) SELECT %s, key, weight "
                "FROM event_keys WHERE event_id = %s ON CONFLICT (key, event_id) DO UPDATE "
                "SET weight = GREATEST(event_keys.weight, excluded.weight)",
                (target, other),
            )
            self._exec("DELETE FROM events WHERE id = %s", (other,))
            self._rebuild_event(target)
        return True

    def regroup(self, article_id: int) -> bool:
        """Take a report out of its event so that grouping places it again (its text changed).
        A report the user placed (split or merge) stays. True when it was taken out."""
        with self.transaction():
            self._lock_writes()
            rows = self._query(
                "SELECT event_id, EXISTS (SELECT 1 FROM event_choices WHERE article_id = %s "
                "AND choice = 'pinned') FROM articles WHERE id = %s",
                (article_id, article_id),
            )
            if not rows or rows[0][0] is None or rows[0][1]:
                return False
            self._exec(
                "UPDATE articles SET event_id = NULL, group_key = sort_key WHERE id = %s",
                (article_id,),
            )
            self._exec("DELETE FROM article_event_keys WHERE article_id = %s", (article_id,))
            self._rebuild_event(rows[0][0])
        return True

    def split_from(self, article_id: int) -> list[int]:
        """The events the user moved this report out of."""
        return [r[0] for r in self._query(
            "SELECT event_id FROM event_choices WHERE article_id = %s AND choice = 'split' "
            "ORDER BY event_id", (article_id,))]

    # -- copying (parallax migrate) ------------------------------------------------------

    def event_choices(self) -> list[tuple[int, int, str]]:
        """Every choice as (article id, event id, "split" or "pinned")."""
        rows = self._query(
            "SELECT article_id, event_id, choice FROM event_choices "
            "ORDER BY article_id, choice, event_id"
        )
        return [(r[0], r[1], r[2]) for r in rows]

    def restore_event_choices(self, choices: Iterable[tuple[int, int, str]]) -> None:
        rows = list(choices)
        self._exec(
            "INSERT INTO event_choices(article_id, event_id, choice) SELECT * FROM "
            "unnest(%s::bigint[], %s::bigint[], %s::text[]) ON CONFLICT DO NOTHING",
            ([r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]),
        )
