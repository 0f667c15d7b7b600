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
        app.screen.auto_refresh()  # the minute timer must not stop the reader on a server
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


async def _wait_for(app, pilot, done) -> None:  # noqa: ANN001
    """Let the reader run until `done()` (a notification from the server); bounded."""
    for _ in range(200):
        if done():
            return
        await pilot.pause(0.05)


async def test_articles_imported_by_others_show_as_n_new_and_load_in_place(
    pg_url: str,
) -> None:
    from tui.models import Article
    from tui.widgets.new_articles import NewArticles

    with open_store(pg_url) as store:
        store.import_articles([a.__class__(**vars(a)) for a in ARTICLES])
    app = app_for(pg_url)  # type: ignore[arg-type]  # a URL, not a Path
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        feed, notice = feed_of(app), app.screen.query_one(NewArticles)
        await pilot.press("j")
        before = (feed.count, feed.current_article.id, feed.cursor)
        assert not notice.display
        with open_store(pg_url) as other:  # another importer, elsewhere
            other.import_articles([
                Article(title=f"Harbour news {n}", body="The harbour reopened.",
                        published=f"2030-01-0{n}T08:00:00+00:00") for n in (1, 2)])
        await _wait_for(app, pilot, lambda: notice.waiting == 2)
        assert "2 new articles" in str(notice.render()) and notice.display
        assert (feed.count, feed.current_article.id, feed.cursor) == before  # nothing moved
        await pilot.press("N")
        await settle(app, pilot)
        assert feed.count == before[0] + 2 and not notice.display
        assert feed.current_article.id == before[1]  # still on the article it was on
        assert feed.article_at(0).title == "Harbour news 2"


async def test_the_readers_own_import_is_not_announced_as_new(pg_url: str) -> None:
    from tui.widgets.new_articles import NewArticles

    app = app_for(pg_url)  # type: ignore[arg-type]
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.store.import_articles([a.__class__(**vars(a)) for a in ARTICLES])
        with open_store(pg_url) as other:
            other.import_articles([ARTICLES[0].__class__(title="From elsewhere", body="x.")])
        notice = app.screen.query_one(NewArticles)
        await _wait_for(app, pilot, lambda: notice.waiting > 0)
        assert notice.waiting == 1  # the other store's one, not the reader's own


async def test_the_reader_on_a_reader_role_reads_stars_and_hears_new_articles(
    pg_url: str,
) -> None:
    import uuid

    from tui.cli import main
    from tui.widgets.new_articles import NewArticles

    with open_store(pg_url) as store:
        store.import_articles([a.__class__(**vars(a)) for a in ARTICLES])
    role = f"reader_{uuid.uuid4().hex[:8]}"
    assert main(["pg-roles", "--db", pg_url, "--reader", role]) == 0
    parts = urlsplit(pg_url)
    as_reader = urlunsplit((parts.scheme, f"{role}@{parts.netloc.split('@')[-1]}",
                            parts.path, "", ""))
    app = app_for(as_reader)  # type: ignore[arg-type]
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.store.read_only
        app.screen.auto_refresh()  # the minute timer: a reader role refreshes no feeds
        feed = feed_of(app)
        assert feed.count == len(ARTICLES)
        await pilot.press("asterisk")
        await pilot.press("enter")  # opening marks it read
        await settle(app, pilot)
        first = feed.article_at(0).id
        with open_store(pg_url) as importer:
            importer.import_articles([ARTICLES[0].__class__(title="Late news", body="x.")])
        notice = app.screen.query_one(NewArticles)
        await _wait_for(app, pilot, lambda: notice.waiting == 1)
        assert notice.waiting == 1
    with open_store(as_reader) as again:
        assert again.get(first).starred and again.get(first).read


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


async def test_a_reader_role_is_told_in_one_line_that_it_may_not_split_an_event(
    pg_url: str,
) -> None:
    import uuid

    from tui.cli import main
    from tui.events import group_new_articles
    from tui.screens.events import CoverageScreen
    from tui.widgets.event_list import EventList

    with open_store(pg_url) as store:
        store.import_articles([a.__class__(**vars(a)) for a in ARTICLES])
        group_new_articles(store)
        before = store.event_total()
    role = f"reader_{uuid.uuid4().hex[:8]}"
    assert main(["pg-roles", "--db", pg_url, "--reader", role]) == 0
    parts = urlsplit(pg_url)
    as_reader = urlunsplit((parts.scheme, f"{role}@{parts.netloc.split('@')[-1]}",
                            parts.path, "", ""))
    app = app_for(as_reader)  # type: ignore[arg-type]
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("E")
        await settle(app, pilot)
        events = app.screen.query_one(EventList)
        events.select_index(next(i for i in range(events.count) if events.row_at(i).size == 3))
        await pilot.press("enter")
        await settle(app, pilot)
        assert isinstance(app.screen, CoverageScreen)
        await pilot.press("j", "x")
        await settle(app, pilot)
        assert isinstance(app.screen, CoverageScreen) and len(app.screen.data.reports) == 3
        messages = [str(n.message) for n in app._notifications]
        assert any("may only read" in m for m in messages), messages
    with open_store(pg_url) as store:
        assert store.event_total() == before
