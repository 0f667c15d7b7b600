"""Every test here runs against both engines: a SQLite file and a PostgreSQL database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.store import ArchiveStore, open_store

ENGINES = ["sqlite", "postgres"]


@pytest.fixture(params=ENGINES)
def store_spec(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    """Where a new, empty archive of the engine under test lives (a path or a URL)."""
    if request.param == "sqlite":
        return tmp_path / "archive.db"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(store_spec: str | Path) -> Iterator[ArchiveStore]:
    with open_store(store_spec) as s:
        yield s
