"""`db = "…"` in config.toml chooses the archive: --db, then $PARALLAX_DB, then config;
and `pg-roles --print` needs no server."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tui.cli import main
from tui.config import load_config

MD = """---
title: Harbour bridge reopens
source: Harbor Ledger
language: en
published: 2026-02-10T07:00:00+01:00
---
The bridge reopened on Tuesday after repairs.
"""


def _config(db: str) -> Path:
    folder = Path(os.environ["PARALLAX_CONFIG_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.toml").write_text(f'db = "{db}"\n', encoding="utf-8")
    return folder / "config.toml"


def _titles(capsys: pytest.CaptureFixture[str], *argv: str) -> list[str]:
    capsys.readouterr()
    assert main(["list", "--json", *argv]) == 0
    return [a["title"] for a in json.loads(capsys.readouterr().out)]


def _import(tmp_path: Path, *argv: str) -> None:
    note = tmp_path / "note.md"
    note.write_text(MD, encoding="utf-8")
    assert main(["import", str(note), *argv]) == 0


def test_config_db_is_used_when_neither_flag_nor_environment_names_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("PARALLAX_DB")
    chosen = tmp_path / "team" / "chosen.db"
    chosen.parent.mkdir()
    _config(str(chosen))
    _import(tmp_path)
    assert chosen.exists()
    assert _titles(capsys) == ["Harbour bridge reopens"]


def test_environment_beats_config_and_flag_beats_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from_config, from_env, from_flag = (tmp_path / f"{n}.db" for n in ("config", "env", "flag"))
    _config(str(from_config))
    monkeypatch.setenv("PARALLAX_DB", str(from_env))
    _import(tmp_path)
    assert from_env.exists() and not from_config.exists()
    _import(tmp_path, "--db", str(from_flag))
    assert from_flag.exists() and not from_config.exists()
    assert _titles(capsys, "--db", str(from_flag)) == ["Harbour bridge reopens"]


def test_a_config_db_of_the_wrong_type_is_named_and_ignored(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("db = 5\n", encoding="utf-8")
    config, problems = load_config(path)
    assert config.db is None and len(problems) == 1 and "'db'" in problems[0]


def test_config_db_may_be_a_server_url(monkeypatch: pytest.MonkeyPatch) -> None:
    from argparse import Namespace

    from tui.cli import _db_path

    monkeypatch.delenv("PARALLAX_DB")
    _config("postgresql://ann@127.0.0.1:5432/news")
    assert _db_path(Namespace()) == "postgresql://ann@127.0.0.1:5432/news"


def test_pg_roles_prints_its_sql_and_wants_a_server(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    assert main(["pg-roles", "--print", "--reader", 'o"brien']) == 0
    sql = capsys.readouterr().out
    assert "ENABLE ROW LEVEL SECURITY" in sql and "user_name = current_user" in sql
    assert 'CREATE ROLE "o""brien" LOGIN' in sql and "GRANT parallax_reader TO" in sql
    assert main(["pg-roles", "--db", str(tmp_path / "a.db")]) == 2
    assert "postgresql://" in capsys.readouterr().err
