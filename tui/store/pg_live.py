"""Live news on a shared PostgreSQL archive: LISTEN/NOTIFY.

Every transaction that stores new articles sends `NOTIFY parallax_articles` with
"<store token> <count>" (delivered only when it commits). A reader watches on a connection
of its own, in a background thread, and hears about articles imported by *other* stores
(its own token is skipped: it already reloads after its own imports).
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

CHANNEL = "parallax_articles"
POLL_S = 0.5  # how long one wait for a notification lasts before the stop flag is checked
RETRY_S = 5.0  # after losing the server, wait this long before listening again
JOIN_S = 5.0  # how long stopping waits for the thread


class PgLive:
    _url: str

    if TYPE_CHECKING:  # provided by PgStore

        def _exec(self, sql: str, params: Iterable[Any] = ()) -> int: ...

    @property
    def _token(self) -> str:
        token = self.__dict__.get("_live_token")
        if token is None:
            token = self.__dict__["_live_token"] = uuid.uuid4().hex[:12]
        return token

    def _announce(self, imported: int) -> None:
        """Inside a write transaction: tell the watchers, once it commits."""
        if imported > 0:
            self._exec("SELECT pg_notify(%s, %s)", (CHANNEL, f"{self._token} {imported}"))

    def watch_imports(self, on_new: Callable[[int], None]) -> Callable[[], None]:
        """Call `on_new(n)` from a background thread whenever another process commits `n`
        new articles; returns a function that stops watching (and waits for the thread)."""
        stop = threading.Event()
        thread = threading.Thread(
            target=self._listen, args=(on_new, stop), name="parallax-listen", daemon=True
        )
        thread.start()

        def unwatch() -> None:
            stop.set()
            thread.join(JOIN_S)

        return unwatch

    def _listen(self, on_new: Callable[[int], None], stop: threading.Event) -> None:
        import psycopg

        while not stop.is_set():
            try:
                with psycopg.connect(self._url, autocommit=True, connect_timeout=10) as conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    while not stop.is_set():
                        for note in conn.notifies(timeout=POLL_S):
                            count = _count(note.payload, self._token)
                            if count:
                                on_new(count)
            except psycopg.Error:
                stop.wait(RETRY_S)  # the server went away: listen again later


def _count(payload: str, own: str) -> int:
    """The number of new articles a notification announces (0: ours, or not understood)."""
    token, _, number = payload.partition(" ")
    return int(number) if token != own and number.isdigit() else 0
