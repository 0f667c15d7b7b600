"""Shared fixtures: an isolated archive and config per test, never the user's own."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"

sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests/pg.py

needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")

# Hypothesis fuzz profiles: "parallax-short" (default) is small and deterministic so CI is
# fast and reproducible; PARALLAX_FUZZ=long selects "parallax-long", many random examples
# per property (`--hypothesis-show-statistics` prints how many ran).
_FUZZ = {"deadline": None, "suppress_health_check": [HealthCheck.too_slow], "print_blob": True}
settings.register_profile("parallax-short", max_examples=60, derandomize=True, **_FUZZ)
settings.register_profile("parallax-long", max_examples=3000, derandomize=False, **_FUZZ)
FUZZ_PROFILE = "parallax-long" if os.environ.get("PARALLAX_FUZZ") == "long" else "parallax-short"
settings.load_profile(FUZZ_PROFILE)


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
# -- PostgreSQL (issue 14): one throwaway cluster per session, a database per test ------------


_PG_SKIPPED: list[str] = []  # why the PostgreSQL tests did not run (said at the end)


def _pg_skip(reason: str) -> None:
    message = f"PostgreSQL tests skipped: {reason} (set PARALLAX_TEST_PG to use a server)"
    _PG_SKIPPED.append(message)
    pytest.skip(message)


def _pg_unavailable(reason: str) -> None:
    """Skip, except in CI on a machine with PostgreSQL: there a broken cluster fails."""
    import pg

    if os.environ.get("CI", "").lower() == "true" and pg.binaries_present():
        pytest.fail(f"CI: PostgreSQL is installed but the test cluster did not start: {reason}")
    _pg_skip(reason)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if _PG_SKIPPED:
        terminalreporter.write_line(_PG_SKIPPED[0], yellow=True)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The URL of a PostgreSQL server's maintenance database (tests create their own)."""
    import pg

    given = os.environ.get("PARALLAX_TEST_PG")
    if given:
        yield given
        return
    try:
        running = pg.cluster()
        url = running.__enter__()
    except pg.NoServer as exc:
        _pg_skip(str(exc))
    except Exception as exc:  # noqa: BLE001 - any failure to start is reported the same way
        _pg_unavailable(f"{type(exc).__name__}: {exc}")
    try:
        yield url
    finally:
        running.__exit__(None, None, None)


@pytest.fixture(scope="session")
def pg_template(pg_server: str) -> Iterator[str]:
    """A migrated, empty archive database that each test's database is copied from."""
    import pg

    name = pg.migrated_template(pg_server)
    yield name
    pg.drop_database(pg_server, name)


@pytest.fixture
def pg_url(pg_server: str, pg_template: str) -> Iterator[str]:
    """A new PostgreSQL database holding an empty archive, for one test."""
    import pg

    with pg.fresh_database(pg_server, pg_template) as url:
        yield url


@pytest.fixture
def pg_empty_url(pg_server: str) -> Iterator[str]:
    """A new, empty PostgreSQL database (no archive in it yet)."""
    import pg

    with pg.fresh_database(pg_server) as url:
        yield url
