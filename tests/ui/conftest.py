"""A small multilingual archive (invented text) and an app factory with a fixed clock."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tui.app import ParallaxApp
from tui.config import Config
from tui.models import Article
from tui.store import Store


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run `async def` tests on a fresh event loop (no pytest-asyncio needed)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    kwargs = {name: pyfuncitem.funcargs[name] for name in names}
    asyncio.run(pyfuncitem.obj(**kwargs))
    return True


NOW = datetime(2025, 7, 10, 12, 0, tzinfo=UTC)

HOSTILE_TITLE = (
    "Evil [bold red]markup[/] \x1b[31mred\x1b[0m \u202eesrever [link=https://evil.example]x[/link]"
)

ARTICLES: list[Article] = [
    Article(
        title="River Quell floods three villages after record rain",
        body=(
            "Heavy rain pushed the River Quell over its banks on Thursday night.\n\n"
            "Officials in Dunmere said 1,200 residents were moved to schools and halls. "
            "Mayor Ada Brightwater called it the worst flood since 1987.\n\n"
            "The regional weather office expects the water to fall by Sunday."
        ),
        source="Northern Ledger",
        url="https://ledger.example/quell-floods",
        language="en",
        published="2025-07-04T09:30:00+00:00",
    ),
    Article(
        title="Cheias do rio Quell atingem três aldeias",
        body=(
            "A chuva forte fez transbordar o rio Quell na noite de quinta-feira.\n\n"
            "Segundo as autoridades de Dunmere, 1.300 moradores foram levados para escolas."
        ),
        source="Diário do Vale",
        url="https://diario.example/cheias",
        language="pt",
        published="2025-07-04T11:00:00+01:00",
    ),
    Article(
        title="Las inundaciones del río Quell desplazan a mil vecinos",
        body=(
            "Las lluvias torrenciales desbordaron el río Quell el jueves.\n\n"
            "La alcaldesa Ada Brightwater pidió calma y anunció ayudas."
        ),
        source="El Mirador",
        language="es",
        language_detected=True,
        published="2025-07-05T08:15:00+02:00",
    ),
    Article(
        title="Harbour strike ends after nine days of talks",
        body=(
            "Dock workers at Port Calder voted to return on Monday.\n\n"
            "The agreement raises pay by 6 percent over two years."
        ),
        source="Coastal Times",
        url="https://coastal.example/strike-ends",
        language="en",
        published="2025-07-08T17:45:00+00:00",
    ),
    Article(
        title="La grève du port de Calder prend fin",
        body="Les dockers de Port Calder reprennent le travail lundi après neuf jours de grève.",
        source="Le Veilleur",
        language="fr",
        published="2025-07-08T19:00:00+02:00",
    ),
    Article(
        title="Neue Brücke über die Quell eröffnet",
        body="Die neue Brücke verbindet Dunmere und Eastvale. Sie kostete 42 Millionen Euro.",
        source="Talbote",
        language="de",
        published="2025-06-30T07:00:00+02:00",
    ),
    Article(
        title=HOSTILE_TITLE,
        body=(
            "Body with [bold]markup[/bold] and "
            "\x1b]8;;https://evil.example\x1b\\a link\x1b]8;;\x1b\\ "
            "and \x1b[2J a clear-screen.\n\n"
            "A [markdown link](https://evil.example/click) must not open by itself.\n\n"
            "<script>alert(1)</script>"
        ),
        source="[i]Odd[/i] Source",
        language="en",
        published="2025-06-20T10:00:00+00:00",
    ),
    Article(
        title="Untimed notice from the archive desk",
        body="An article without a date sorts last.",
        source="Archive Desk",
        language="en",
    ),
]


def build_store(path: Path, articles: list[Article] | None = None) -> Path:
    with Store.open(path) as store:
        store.import_articles(articles if articles is not None else ARTICLES)
    return path


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    return build_store(tmp_path / "archive.db")


AppFactory = Callable[..., ParallaxApp]


def fake_facts(article: Article) -> list[dict[str, Any]]:
    """A stand-in for tui.analysis.facts so snapshots do not move with the engine."""
    facts: list[dict[str, Any]] = []
    if "1,200" in article.body:
        facts.append({
            "kind": "quantity", "concept": "people displaced", "value": 1200,
            "text": "1,200 residents", "qualifier": "exact", "unit": None, "sentence": "",
        })
    for name, kind in (("Ada Brightwater", "person"), ("Dunmere", "place"),
                       ("Port Calder", "place"), ("[b]Quell[/b] Council", "organisation")):
        if name in article.body or (name.startswith("[b]") and "Quell" in article.title):
            facts.append({"kind": "entity", "type": kind, "text": name, "mentions": 1})
    if "Thursday" in article.body or "jueves" in article.body:
        facts.append({"kind": "date", "value": "2025-07-03", "text": "Thursday", "sentence": ""})
    return facts


@pytest.fixture
def make_app(archive: Path) -> AppFactory:
    def factory(db: Path | None = None, **config: object) -> ParallaxApp:
        settings = {"locale": "en", "timezone": "UTC", **config}
        return ParallaxApp(
            db_path=db or archive, config=Config(**settings), now=NOW, extract_facts=fake_facts,
            group_pending=False,
        )

    return factory


def app_for(db: Path, **config: object) -> ParallaxApp:
    """The reader on `db` with the fixed clock and a stand-in fact engine; saves nothing."""
    settings = {"locale": "en", "timezone": "UTC", **config}
    return ParallaxApp(
        db_path=db, config=Config(**settings), now=NOW, save_settings=False,
        extract_facts=fake_facts, group_pending=False,
    )


@pytest.fixture
def storm(tmp_path: Path) -> tuple[Path, dict[str, int]]:
    """Three invented reports of one storm (en, en, pt) grouped as one event."""
    from .compare_data import build_compare_store

    db = tmp_path / "storm.db"
    return db, build_compare_store(db)
