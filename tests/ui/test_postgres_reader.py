"""The reader on a shared PostgreSQL archive: opens, searches, keeps each user's stars."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

import pytest

from tui.store import ArticleFilter, open_store
from tui.widgets.chrome import ArchiveHeader

from .conftest import ARTICLES, app_for
from .test_flows import SIZE, feed_of, settle
from .test_reader_keys import choose, move_to


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


async def test_the_reader_on_a_server_sorts_by_merged_outlets_and_marks_a_view_read(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(pg_url) as store:
        store.import_articles([a.__class__(**vars(a)) for a in ARTICLES])
        store.merge_outlets("Coastal Times", "Northern Ledger")  # shared by every user
    monkeypatch.setenv("PARALLAX_USER", "ann")
    app = app_for(pg_url)  # type: ignore[arg-type]  # a URL, not a Path
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        feed = feed_of(app)
        kept = await move_to(feed, pilot, "Neue Brücke")
        await pilot.press("t")
        await pilot.pause()
        await choose(app, pilot, "Outlet")
        await settle(app, pilot)
        outlets = [feed.article_at(i).source for i in range(feed.count)]
        assert outlets == sorted(outlets) and outlets.count("Northern Ledger") == 2
        assert "Coastal Times" not in outlets and feed.current_article.id == kept
        await pilot.press("A")  # mark the view read: ann's state only
        await settle(app, pilot)
        assert all(feed.article_at(i).read for i in range(feed.count))
    with open_store(pg_url) as ann:
        assert ann.stats()["unread"] == 0
    monkeypatch.setenv("PARALLAX_USER", "ben")
    with open_store(pg_url) as ben:
        assert ben.stats()["unread"] == len(ARTICLES)


async def test_a_split_on_the_events_screen_is_every_users(
    pg_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.events import group_new_articles
    from tui.screens.events import CoverageScreen
    from tui.widgets.event_list import EventList

    with open_store(pg_url) as store:
        store.import_articles([a.__class__(**vars(a)) for a in ARTICLES])
        group_new_articles(store)
        before = store.event_total()
    monkeypatch.setenv("PARALLAX_USER", "ann")
    app = app_for(pg_url)  # type: ignore[arg-type]  # a URL, not a Path
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("E")
        await settle(app, pilot)
        events = app.screen.query_one(EventList)
        quell = next(i for i in range(events.count) if events.row_at(i).size == 3)
        events.select_index(quell)
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, CoverageScreen)
        split = app.screen.data.reports[1].id
        await pilot.press("j", "x")
        await settle(app, pilot)
        assert len(app.screen.data.reports) == 2
    monkeypatch.setenv("PARALLAX_USER", "ben")
    with open_store(pg_url) as ben:
        assert ben.event_total() == before + 1 and ben.split_from(split)
