"""One canonical outlet per site: learned from domains, renamed and merged by the user,
kept across re-imports, used by `list --source` and `parallax sources`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_dates_precision import _old_archive

from tui.cli import main
from tui.ingest import iter_input_files, load_file
from tui.models import Article, StoreError
from tui.paths import bundled
from tui.store import ArticleFilter, Store
from tui.store.outlets import is_domain, site_of

SAMPLE = bundled("sample_feed")


def sample_articles() -> list[Article]:
    return [a for f in iter_input_files([SAMPLE]) if isinstance(f, Path) for a in load_file(f)]


@pytest.fixture
def sample(db_path: Path):
    with Store.open(db_path) as store:
        store.import_articles(sample_articles())
        yield store


def named_domains(articles: list[Article]) -> dict[str, str]:
    """Sites whose articles also give an outlet name (what the store should learn)."""
    return {
        site_of(a.url): a.source
        for a in articles
        if a.url and a.source and not is_domain(a.source)
    }


def test_a_domain_seen_with_a_name_joins_that_outlet(sample: Store) -> None:
    articles = sample_articles()
    known = named_domains(articles)
    domain_only = [a for a in articles if is_domain(a.source) and a.source in known]
    assert len(domain_only) >= 3  # the sample feed's cases (harborledger.example, …)
    names = {o.name for o in sample.outlets()}
    for article in domain_only:
        assert article.source not in names
        outlet = next(o for o in sample.outlets() if o.name == known[article.source])
        assert article.source in outlet.aliases
    harbor = sample.page(ArticleFilter(source="Harbor Ledger"), 0, 50)
    assert any(a.source_imported == "harborledger.example" for a in harbor)
    assert all(a.source == "Harbor Ledger" for a in harbor)


def test_rename_and_merge_are_stored_and_survive_reimport(db_path: Path) -> None:
    first = [
        Article(title="A", body="a", source="Harbor Ledger", url="https://harborledger.example/a"),
        Article(title="B", body="b", source="harborledger.example"),
        Article(title="C", body="c", source="Quay Post", url="https://quaypost.example/c"),
    ]
    with Store.open(db_path) as store:
        store.import_articles(first)
        assert store.rename_outlet("harborledger.example", "The Harbor Ledger") == 2
        assert store.merge_outlets("Quay Post", "The Harbor Ledger") == 1
        with pytest.raises(StoreError, match="no outlet named"):
            store.merge_outlets("Nobody", "The Harbor Ledger")
        with pytest.raises(StoreError, match="no outlet named"):
            store.merge_outlets("The Harbor Ledger", "Nobody")
    later = [
        Article(title="A", body="a, updated", source="Harbor Ledger",
                url="https://harborledger.example/a"),
        Article(title="D", body="d", source="Harbor Ledger", url="https://harborledger.example/d"),
        Article(title="E", body="e", source="quaypost.example"),
    ]  # fmt: skip
    with Store.open(db_path) as store:
        store.import_articles(later)
        assert store.sources() == [("The Harbor Ledger", 5)]
        [outlet] = store.outlets()
        assert {"Harbor Ledger", "harborledger.example", "Quay Post"} <= set(outlet.aliases)
        # A rename back is not a loop.
        store.rename_outlet("The Harbor Ledger", "Harbor Ledger")
        assert store.sources() == [("Harbor Ledger", 5)]
        assert store.count(ArticleFilter(source="Harbor Ledger")) == 5


def test_cli_sources_list_json_rename_merge(capsys, db_path: Path) -> None:
    db = ["--db", str(db_path)]
    assert main(["import", str(SAMPLE), *db]) == 0
    capsys.readouterr()
    assert main(["sources", "--json", *db]) == 0
    listed = json.loads(capsys.readouterr().out)
    harbor = next(o for o in listed if o["outlet"] == "Harbor Ledger")
    assert set(harbor) == {"outlet", "count", "aliases"}
    assert "harborledger.example" in harbor["aliases"]
    assert main(["list", "--source", "harborledger.example", "--json", *db]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == harbor["count"]
    assert {r["outlet"] for r in rows} == {"Harbor Ledger"}
    assert "harborledger.example" in {r["source"] for r in rows}  # as imported
    assert main(["sources", "rename", "Harbor Ledger", "Harbour Ledger", *db]) == 0
    assert "Harbour Ledger" in capsys.readouterr().out
    assert main(["sources", "merge", "Nobody", "Harbour Ledger", *db]) == 1
    _, err = capsys.readouterr()
    assert err.count("\n") == 1 and "Nobody" in err
    assert main(["sources", *db]) == 0
    out, err = capsys.readouterr()
    assert "Harbour Ledger" in out and "outlets" in err


def test_an_old_archive_gets_outlets(db_path: Path) -> None:
    feeds = sorted((SAMPLE / "feeds").iterdir())
    _old_archive(db_path, [SAMPLE / "text" / "harbor-ledger-crete-quake.txt", *feeds])
    with Store.open(db_path) as store:
        names = dict(store.sources())
        assert "harborledger.example" not in names and names["Harbor Ledger"] == 5
