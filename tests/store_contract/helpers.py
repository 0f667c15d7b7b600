"""Helpers for the contract suite: articles, and a look at an archive's tables on either
engine."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tui.models import Article


def art(title: str, body: str = "Body text.", **kw) -> Article:
    return Article(title=title, body=body, **kw)


def set_schema_version(spec: str | Path, version: int) -> None:
    """Mark the archive at `spec` as written by a Parallax with schema `version`."""
    if isinstance(spec, Path):
        with sqlite3.connect(spec) as conn:
            conn.execute(f"PRAGMA user_version = {version}")
        return
    import psycopg

    with psycopg.connect(spec) as conn:
        conn.execute("UPDATE parallax_schema SET version = %s", (version,))


def count_rows(spec: str | Path, sql: str) -> int:
    """One number straight from the archive's tables (the same SQL on both engines)."""
    if isinstance(spec, Path):
        with sqlite3.connect(spec) as conn:
            return conn.execute(sql).fetchone()[0]
    import psycopg

    with psycopg.connect(spec) as conn:
        return conn.execute(sql).fetchone()[0]
