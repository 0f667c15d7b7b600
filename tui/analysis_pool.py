"""Event keys of queued articles, computed on every core.

Analysis is pure and CPU-bound, so many articles are analysed in worker processes while
the one writing process matches and stores; a few are analysed in-process, where
starting workers would cost more than it saves. A failure is a result, never an
exception: it names the article's problem and the batch goes on.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from tui.store import QueuedArticle

# (article id, keys or None, error or None)
KeyResult = tuple[int, dict[str, float] | None, str | None]

PARALLEL_MIN = 300  # fewer queued articles than this are analysed in-process
BATCH = 25  # articles per task sent to a worker
IN_FLIGHT = 8  # tasks per worker kept queued, so no worker waits for the writer


def article_keys(item: QueuedArticle) -> dict[str, float]:
    """The grouping keys of one article (body and title analysed in its language)."""
    from tui.analysis import events as ev
    from tui.analysis.facts import analyse

    body = analyse(item.body or "", item.language, item.published)
    title = analyse(item.title or "", item.language, item.published)
    return ev.article_keys(body, title)


def _keys_or_error(item: QueuedArticle) -> KeyResult:
    try:
        return item.id, article_keys(item), None
    except Exception as exc:  # a defect in analysis must cost one article, not the batch
        return item.id, None, f"{type(exc).__name__}: {exc}"[:500]


def _keys_batch(items: Sequence[QueuedArticle]) -> list[KeyResult]:
    return [_keys_or_error(item) for item in items]


def _warm_up() -> None:
    """Import the analysis once per worker, before its first task; and leave when the
    importer is gone (killed with -9, a worker would otherwise wait for work forever)."""
    import tui.analysis.events  # noqa: F401
    import tui.analysis.facts  # noqa: F401

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)


def _context() -> multiprocessing.context.BaseContext:
    """fork where it is safe (one thread: the command line), as it starts workers at no
    cost with the analysis already loaded; spawn where other threads run (the reader),
    since a forked child would inherit their locks."""
    if threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


class KeyAnalyser:
    """Analyses articles in order, in worker processes once there are enough of them."""

    def __init__(self, total: int, workers: int | None = None) -> None:
        self.workers = default_workers() if workers is None else workers
        self._pool: ProcessPoolExecutor | None = None
        if self.workers > 1 and total >= PARALLEL_MIN:
            try:
                self._pool = ProcessPoolExecutor(
                    self.workers, mp_context=_context(), initializer=_warm_up
                )
            except (OSError, ValueError, RuntimeError):  # no processes here: analyse inline
                self._pool = None

    def __enter__(self) -> KeyAnalyser:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def results(self, chunks: Iterable[Sequence[QueuedArticle]]) -> Iterator[
        tuple[QueuedArticle, KeyResult]
    ]:
        """(article, result) for every article of `chunks`, in order, with a bounded
        number of articles in flight however long the queue."""
        if self._pool is None:
            for chunk in chunks:
                for item in chunk:
                    yield item, _keys_or_error(item)
            return
        window: deque[tuple[Sequence[QueuedArticle], Future[list[KeyResult]]]] = deque()
        limit = self.workers * IN_FLIGHT
        for chunk in chunks:
            for start in range(0, len(chunk), BATCH):
                part = chunk[start : start + BATCH]
                window.append((part, self._submit(part)))
                while len(window) > limit:
                    yield from self._collect(*window.popleft())
        while window:
            yield from self._collect(*window.popleft())

    def _submit(self, part: Sequence[QueuedArticle]) -> Future[list[KeyResult]]:
        if self._pool is not None:
            try:
                return self._pool.submit(_keys_batch, part)
            except (BrokenProcessPool, OSError, ValueError, RuntimeError):
                # a worker died (out of memory, killed) or none can start: go on here
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = None
        done: Future[list[KeyResult]] = Future()
        done.set_result(_keys_batch(part))
        return done

    @staticmethod
    def _collect(
        part: Sequence[QueuedArticle], future: Future[list[KeyResult]]
    ) -> Iterator[tuple[QueuedArticle, KeyResult]]:
        try:
            found = future.result()
        except BrokenProcessPool:
            found = _keys_batch(part)
        yield from zip(part, found, strict=True)
