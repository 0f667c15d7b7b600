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


# Hypothesis: a short deterministic profile by default (CI), a long random one with
# PARALLAX_FUZZ=long. Another module may register the same names; the last one wins.
try:
    import os

    from hypothesis import HealthCheck, settings

    _SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
    settings.register_profile(
        "parallax-short", max_examples=60, deadline=None, derandomize=True,
        suppress_health_check=_SLOW, print_blob=True, database=None,
    )  # fmt: skip
    settings.register_profile(
        "parallax-long", max_examples=int(os.environ.get("PARALLAX_FUZZ_EXAMPLES", "3000")),
        deadline=None, suppress_health_check=_SLOW, print_blob=True, database=None,
    )  # fmt: skip
    settings.load_profile(
        "parallax-long" if os.environ.get("PARALLAX_FUZZ") == "long" else "parallax-short"
    )
except ImportError:  # hypothesis is in the `test` extra
    pass
