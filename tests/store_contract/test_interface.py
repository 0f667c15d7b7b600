"""Both engines implement the whole store interface, and the factory picks by the spec."""

from __future__ import annotations

import inspect
from pathlib import Path

from tui.store import ArchiveStore, Store, archive_label, is_server_url, open_store
from tui.store.postgres import PgStore


def _members() -> list[str]:
    return [n for n, _ in inspect.getmembers(ArchiveStore) if not n.startswith("_")]


def test_both_engines_have_every_method_of_the_interface() -> None:
    assert len(_members()) > 40
    for engine in (Store, PgStore):
        missing = [n for n in _members() if n not in dir(engine)]
        assert missing == [], f"{engine.__name__} lacks {missing}"


def test_the_spec_picks_the_engine(tmp_path: Path) -> None:
    assert is_server_url("postgresql://h/db") and is_server_url(" POSTGRES://h/db")
    assert not is_server_url(str(tmp_path / "postgresql.db"))
    with open_store(tmp_path / "a.db") as store:
        assert isinstance(store, Store) and isinstance(store, ArchiveStore)
        assert store.label == str(tmp_path / "a.db") and store.own_files()
    assert archive_label("postgresql://ann:pw@h/db") == "postgresql://ann:***@h/db"


def test_the_server_engine_has_everything_the_file_engine_has() -> None:
    # (PgStore's __getattr__ would answer "not available on a PostgreSQL archive yet")
    public = {n for n in dir(Store) if not n.startswith("_")}
    assert sorted(public - set(dir(PgStore))) == []
    assert {"canonical_outlet", "save_article_keys", "feeds", "split_article"} <= set(
        _members()
    )
