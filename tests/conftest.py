"""Shared fixtures: an isolated archive and config per test, never the user's own."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"

needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point the default archive and config at a temp dir so no test touches real files."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("PARALLAX_DB", str(home / "archive.db"))
    monkeypatch.setenv("PARALLAX_CONFIG_DIR", str(home / "config"))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "archive.db"


def seed_file(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))
