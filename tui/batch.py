"""Import many paths into the store: batched transactions, errors collected, never raised.

Shared by `parallax import`, the first-run sample import and the import dialog in the reader.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tui.events import ENGINE, GroupingResult, group_new_articles
from tui.events import Progress as GroupProgress
from tui.ingest import DEFAULT_MAX_BYTES, iter_file, iter_input_files
from tui.models import Article, IngestError, ParallaxError
from tui.paths import bundled
from tui.store import ArchiveStore, ImportCounts

# progress(done, total, current_path)
Progress = Callable[[int, int, Path | None], None]

# Articles committed together (PARALLAX_BATCH overrides it, for tests of interrupted runs).
BATCH_SIZE = int(os.environ.get("PARALLAX_BATCH", "1000") or 1000)
SETTLE_AFTER = 5_000  # a large import folds the WAL back and refreshes planner statistics


@dataclass
class BatchResult:
    counts: ImportCounts = field(default_factory=ImportCounts)
    errors: list[IngestError] = field(default_factory=list)
    files: int = 0
    grouping: GroupingResult | None = None

    @property
    def failed(self) -> int:
        return len(self.errors)

    def summary(self) -> str:
        c = self.counts
        return (
            f"imported {c.imported}, updated {c.updated}, unchanged {c.unchanged}, "
            f"failed {self.failed}"
        )

    def to_json(self) -> dict[str, object]:
        c = self.counts
        return {
            "imported": c.imported,
            "updated": c.updated,
            "unchanged": c.unchanged,
            "failed": self.failed,
            "errors": [{"path": e.path, "reason": e.reason} for e in self.errors],
        }


class _Batches:
    """Articles committed about `size` at a time: a killed import keeps every batch it
    committed, and a re-run finds those unchanged and goes on."""

    def __init__(self, store: ArchiveStore, result: BatchResult, size: int) -> None:
        self.store, self.result, self.size = store, result, size
        self.articles: list[Article] = []
        self.paths: set[str] = set()

    def add(self, article: Article, path: Path) -> bool:
        """Queue one article; True when that filled a batch and it was committed."""
        self.articles.append(article)
        self.paths.add(str(path))
        if len(self.articles) < self.size:
            return False
        self.flush()
        return True

    def flush(self) -> None:
        if not self.articles:
            return
        try:
            self.result.counts += self.store.import_articles(self.articles)
        except ParallaxError as exc:  # the archive refused the write: name what was lost
            for path in sorted(self.paths):
                self.result.errors.append(IngestError(path, f"not stored ({exc})"))
        self.articles, self.paths = [], set()


def import_paths(
    store: ArchiveStore,
    paths: Sequence[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    group_progress: GroupProgress | None = None,
    batch_size: int | None = None,
    workers: int | None = None,
) -> BatchResult:
    """Import files and folders; a bad file or record is reported and the rest imported.

    Articles are stored first, in batches (searchable at once); then every queued article
    (this import's, and any an earlier, interrupted run left) is analysed and grouped.
    """
    result = BatchResult()
    own_files = store.own_files()  # importing the archive's own folder must skip it
    items = [
        item
        for item in iter_input_files(paths)
        if isinstance(item, IngestError) or item.resolve() not in own_files
    ]
    batches = _Batches(store, result, batch_size or BATCH_SIZE)
    for done, item in enumerate(items, 1):
        if isinstance(item, IngestError):
            result.errors.append(item)
        else:
            result.files += 1
            for found in iter_file(item, max_bytes=max_bytes):
                if isinstance(found, IngestError):
                    result.errors.append(found)
                elif batches.add(found, item) and progress:
                    progress(done - 1, len(items), item)  # the feed may show them now
        if progress:
            progress(done, len(items), None if isinstance(item, IngestError) else item)
    batches.flush()
    if store.pending_count(ENGINE):
        result.grouping = group_new_articles(store, progress=group_progress, workers=workers)
    if result.counts.imported + result.counts.updated >= SETTLE_AFTER:
        store.settle()
    return result


def import_sample_if_empty(
    store: ArchiveStore, progress: Progress | None = None
) -> BatchResult | None:
    """First run: fill an empty archive with the bundled sample feed."""
    if store.read_only or not store.is_empty():
        return None
    return import_paths(store, [bundled("sample_feed")], progress=progress)
