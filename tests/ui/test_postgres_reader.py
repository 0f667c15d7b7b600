"""The reader on a shared PostgreSQL archive: opens, searches, keeps each user's stars."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

import pytest

from tui.store import ArticleFilter, open_store
from tui.widgets.chrome import ArchiveHeader

from .conftest import ARTICLES, app_for
from .test_flows import SIZE, feed_of, settle


def _with_password(url: str) -> str:
    parts = urlsplit(url)  # the test server trusts 127.0.0.1, so any password is accepted
    netloc = parts.netloc.replace("@", ":s3cret@", 1)
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


async def test_the_reader_on_a_server_masks_the_password_and_stars_per_user(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(pg_url) as store:
        store.import_articles([a.__class__(**vars(a)) for a in ARTICLES])
    monkeypatch.setenv("PARALLAX_USER", "ann")
    app = app_for(_with_password(pg_url))  # type: ignore[arg-type]  # a URL, not a Path
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        header = str(app.screen.query_one(ArchiveHeader).render())
        assert ":***@" in header and "s3cret" not in header
        feed = feed_of(app)
        assert feed.count == len(ARTICLES)
        await pilot.press("asterisk")
        await settle(app, pilot)
        starred = feed.article_at(0).id
    with open_store(pg_url) as ann:
        assert ann.get(starred).starred
    monkeypatch.setenv("PARALLAX_USER", "ben")
    with open_store(pg_url) as ben:
        assert not ben.get(starred).starred
        assert ben.count(ArticleFilter(starred_only=True)) == 0
