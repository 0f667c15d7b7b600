"""Import many paths into the store: one transaction per file, errors collected, never raised.

Shared by `parallax import`, the first-run sample import and the import dialog in the reader.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from tui.events import GroupingResult, group_new_articles
from tui.events import Progress as GroupProgress
from tui.ingest import DEFAULT_MAX_BYTES, iter_input_files, load_file
from tui.models import IngestError, ParallaxError
from tui.paths import bundled
from tui.store import ImportCounts, Store

# progress(done, total, current_path)
Progress = Callable[[int, int, Path | None], None]


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


def import_paths(
    store: Store,
    paths: Sequence[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Progress | None = None,
    group_progress: GroupProgress | None = None,
) -> BatchResult:
    """Import files and folders; a bad file is reported and the rest still imported.

    Then the new articles are put into events (only the new ones; the rest stay as they are).
    """
    result = BatchResult()
    # Importing a folder that holds the archive itself must not read the archive.
    own = store.path.resolve()
    own_files = {own, *(own.with_name(own.name + s) for s in ("-wal", "-shm", "-journal"))}
    items = [
        item
        for item in iter_input_files(paths)
        if isinstance(item, IngestError) or item.resolve() not in own_files
    ]
    total = len(items)
    for done, item in enumerate(items, 1):
        if isinstance(item, IngestError):
            result.errors.append(item)
        else:
            result.files += 1
            try:
                articles = load_file(item, max_bytes=max_bytes)
                counts = store.import_articles(articles)
            except IngestError as exc:
                result.errors.append(exc)
            except ParallaxError as exc:
                result.errors.append(IngestError(str(item), str(exc)))
            else:
                result.counts += counts
        if progress:
            progress(done, total, None if isinstance(item, IngestError) else item)
    if result.counts.imported or result.counts.updated:
        result.grouping = group_new_articles(store, progress=group_progress)
    return result


def import_sample_if_empty(store: Store, progress: Progress | None = None) -> BatchResult | None:
    """First run: fill an empty archive with the bundled sample feed."""
    if not store.is_empty():
        return None
    return import_paths(store, [bundled("sample_feed")], progress=progress)
