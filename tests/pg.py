"""A throwaway PostgreSQL for the tests: started once per session in a temporary folder,
listening on 127.0.0.1 (sockets in that folder), stopped and removed at the end.

`PARALLAX_TEST_PG=postgresql://…` uses an existing server instead (each test gets its own
database there, dropped afterwards). Without PostgreSQL the tests that need it skip, with
the reason; with CI=true and PostgreSQL installed, a cluster that fails to start fails them.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

START_TIMEOUT_S = 60


class NoServer(Exception):
    """PostgreSQL is not installed here (a reason to skip, not to fail)."""


def _bindir() -> Path:
    pg_config = shutil.which("pg_config")
    if pg_config is None:
        raise NoServer("PostgreSQL not installed (no pg_config on PATH)")
    out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, timeout=30)
    bindir = Path(out.stdout.strip())
    if not (bindir / "initdb").exists() or not (bindir / "pg_ctl").exists():
        raise NoServer(f"PostgreSQL server programs not in {bindir} (only the client?)")
    return bindir


def binaries_present() -> bool:
    try:
        _bindir()
    except NoServer:
        return False
    return True


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_server_user(argv: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: run its programs as the `postgres` user then."""
    if os.geteuid() != 0:
        return argv
    if shutil.which("runuser") is None:
        raise RuntimeError("running as root and runuser is missing: cannot drop privileges")
    return ["runuser", "-u", "postgres", "--", *argv]


def _run(argv: list[str]) -> None:
    done = subprocess.run(
        _as_server_user(argv), capture_output=True, text=True, timeout=START_TIMEOUT_S
    )
    if done.returncode != 0:
        raise RuntimeError(f"{Path(argv[0]).name} failed: {(done.stderr or done.stdout)[-800:]}")


@contextmanager
def cluster() -> Iterator[str]:
    """Start a cluster; yields the URL of its `postgres` database; removes it afterwards."""
    bindir = _bindir()
    root = Path(tempfile.mkdtemp(prefix="parallax-pg-"))
    if os.geteuid() == 0:
        shutil.chown(root, "postgres", "postgres")
    root.chmod(0o700)
    data, port = root / "data", _free_port()
    try:
        _run([str(bindir / "initdb"), "-D", str(data), "-U", "postgres", "-A", "trust",
              "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"])
        options = f"-h 127.0.0.1 -p {port} -k {root} -F -c fsync=off -c full_page_writes=off"
        _run([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(root / "log"), "-w",
              "-t", str(START_TIMEOUT_S), "-o", options, "start"])
        try:
            yield f"postgresql://postgres@127.0.0.1:{port}/postgres"
        finally:
            _run([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"])
    finally:
        shutil.rmtree(root, ignore_errors=True)


def _admin(url: str, sql: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True, connect_timeout=10) as conn:
        conn.execute(sql)


def _with_database(url: str, name: str) -> str:
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


def migrated_template(server: str) -> str:
    """A database holding an empty, migrated archive, to copy for each test (creating the
    search configurations once, not per test). Returns its name."""
    from tui.store import open_store

    name = f"parallax_tpl_{uuid.uuid4().hex[:12]}"
    _admin(server, f'CREATE DATABASE "{name}" TEMPLATE template0')
    open_store(_with_database(server, name)).close()
    return name


def drop_database(server: str, name: str) -> None:
    _admin(server, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def fresh_database(server: str, template: str = "template0") -> Iterator[str]:
    """A new database on `server` (a copy of `template`) for one test; dropped afterwards."""
    name = f"parallax_{uuid.uuid4().hex[:12]}"
    _admin(server, f'CREATE DATABASE "{name}" TEMPLATE "{template}" STRATEGY FILE_COPY')
    try:
        yield _with_database(server, name)
    finally:
        drop_database(server, name)
