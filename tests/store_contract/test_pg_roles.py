"""Least privilege on a shared PostgreSQL archive: an importer role writes; a reader role
reads and marks only its own articles read or starred (row-level security)."""

from __future__ import annotations

import json
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from tui.cli import main
from tui.models import StoreError
from tui.store import ArticleFilter, EventRecord, SavedSearch, open_store
from tui.store.pg_schema import LATEST_VERSION

from .helpers import art, set_schema_version


def _as(url: str, role: str) -> str:
    """The same database, logged in as `role` (the test server trusts 127.0.0.1)."""
    parts = urlsplit(url)
    host = parts.netloc.split("@", 1)[-1]
    return urlunsplit((parts.scheme, f"{role}@{host}", parts.path, parts.query, ""))


@pytest.fixture
def roles(pg_url: str) -> dict[str, str]:
    """An archive with two articles and roles set up: URLs for an importer and two readers."""
    tag = uuid.uuid4().hex[:8]
    names = {"ivan": f"ivan_{tag}", "ann": f"ann_{tag}", "ben": f"ben_{tag}"}
    with open_store(pg_url) as owner:
        owner.import_articles([art("Flood closes the river road", "The river rose."),
                               art("Council votes the budget", "The vote was close.")])
    assert main(["pg-roles", "--db", pg_url, "--importer", names["ivan"],
                 "--reader", names["ann"], "--reader", names["ben"]]) == 0
    return {who: _as(pg_url, role) for who, role in names.items()}


def test_a_reader_role_lists_searches_and_keeps_its_own_stars(
    roles: dict[str, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PARALLAX_USER", "somebody-else")  # a reader role is its role
    capsys.readouterr()
    assert main(["list", "--json", "--db", roles["ann"]]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 2
    assert main(["search", "river", "--json", "--db", roles["ann"]]) == 0
    assert [h["title"] for h in json.loads(capsys.readouterr().out)] == [
        "Flood closes the river road"]
    main(["check", "--db", roles["ann"]])  # reads only: the 2 ungrouped are its findings
    out, err = capsys.readouterr()
    assert "integrity  ok" in out and "2 pending" in out and err == ""
    with open_store(roles["ann"]) as ann:
        assert ann.read_only and ann.user.startswith("ann_")
        flood = ann.search("river")[0].article.id
        ann.set_starred(flood)
        ann.set_read(flood)
        assert ann.get(flood).starred and ann.get(flood).read
    with open_store(roles["ben"]) as ben:
        assert not ben.get(flood).starred
        assert ben.count(ArticleFilter(starred_only=True)) == 0


def test_a_reader_role_cannot_import_and_says_so_in_one_line(
    roles: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    note = tmp_path / "note.txt"
    note.write_text("Harbour reopens\n\nThe harbour reopened on Monday.\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(note), "--db", roles["ann"]]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "may only read" in err and "Traceback" not in err
    with open_store(roles["ann"]) as ann, pytest.raises(StoreError, match="may only read"):
        ann.import_articles([art("sneaked in")])
    assert main(["import", str(note), "--db", roles["ivan"]]) == 0
    with open_store(roles["ann"]) as ann:
        assert ann.count() == 3


def test_a_reader_role_sees_the_shared_corrections_but_changes_none(
    roles: dict[str, str], pg_url: str
) -> None:
    with open_store(pg_url) as owner:  # what the owner and importers share
        owner.add_feed("https://a.example/feed.xml", tags=["news"])
        owner.save_search(SavedSearch("floods", query="flood"))
        both = [a.id for a in owner.page(ArticleFilter(), 0, 2)]
        owner.save_event(EventRecord(None, "river", None, None, {"k:river": 1.0}), both)
        owner.split_article(both[1])  # a correction everyone shares
        owner.import_articles([art("Harbour reopens", source="Harbor Ledger")])
        owner.rename_outlet("Harbor Ledger", "The Daily")
    with open_store(roles["ann"]) as ann:
        assert [f.url for f in ann.feeds()] == ["https://a.example/feed.xml"]
        assert [s.name for s in ann.saved_searches()] == ["floods"]
        assert ann.canonical_outlet("harbor ledger") == "The Daily"
        assert "split" in {c[2] for c in ann.event_choices()}
        for change in (
            lambda: ann.add_feed("https://b.example/feed.xml"),
            lambda: ann.save_search(SavedSearch("mine", query="vote")),
            lambda: ann.rename_outlet("The Daily", "Mine"),
            lambda: ann.split_article(both[0]),
        ):
            with pytest.raises(StoreError, match="may only read"):
                change()
        assert ann.feed_tags() == [("news", 1)] and len(ann.saved_searches()) == 1


def test_a_reader_role_takes_an_offline_copy_with_its_own_state(
    roles: dict[str, str], tmp_path: Path
) -> None:
    with open_store(roles["ann"]) as ann:
        flood = ann.search("river")[0].article.id
        ann.set_starred(flood)
        ann.set_read(flood)
    with open_store(roles["ben"]) as ben:
        ben.set_read(ben.page(ArticleFilter(), 0, 2)[1].id)
    laptop = tmp_path / "laptop.db"
    assert main(["migrate", "--from", roles["ann"], "--to", str(laptop)]) == 0
    with open_store(laptop) as copy:
        assert copy.count() == 2
        starred = copy.page(ArticleFilter(starred_only=True), 0, 5)
        assert [a.title for a in starred] == ["Flood closes the river road"]
        assert copy.count(ArticleFilter(unread_only=True)) == 1  # ann's, not ben's


def test_a_reader_role_cannot_change_another_users_state(roles: dict[str, str]) -> None:
    import psycopg

    with open_store(roles["ben"]) as ben:
        first = ben.page(ArticleFilter(), 0, 1)[0].id
        ben.set_starred(first)
        ben_role = ben.user
    with psycopg.connect(roles["ann"]) as conn:
        hidden = conn.execute("SELECT count(*) FROM article_state").fetchone()[0]
        changed = conn.execute(
            "UPDATE article_state SET starred = false WHERE user_name = %s", (ben_role,)
        ).rowcount
        assert (hidden, changed) == (0, 0)  # ben's rows are invisible to ann
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("INSERT INTO article_state(user_name, article_id, read) "
                         "VALUES (%s, %s, true)", (ben_role, first))
        conn.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM articles")
    with open_store(roles["ben"]) as ben:
        assert ben.get(first).starred and not ben.get(first).read


def test_a_schema_to_migrate_is_refused_to_a_reader_in_one_line(
    pg_url: str, roles: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    set_schema_version(pg_url, LATEST_VERSION - 1)
    capsys.readouterr()
    assert main(["list", "--db", roles["ann"]]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "open it once as the archive's owner" in err
