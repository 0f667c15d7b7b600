"""The reader's subscriptions: `R`, the feeds screen, saved searches (Pilot + snapshot)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from textual.widgets import DataTable, Input

from tui.app import ParallaxApp
from tui.config import Config
from tui.screens.feeds import FeedsScreen
from tui.screens.main import MainScreen
from tui.store import SavedSearch, Store
from tui.widgets.chrome import ArchiveHeader
from tui.widgets.feed import FeedView

from .conftest import FeedServer, Reply, rss, story

NOW = datetime(2025, 7, 10, 12, 0, tzinfo=UTC)
SIZE = (120, 30)


def app_for(db: Path, **config: object) -> ParallaxApp:
    settings = {"locale": "en", "timezone": "UTC", **config}
    return ParallaxApp(
        db_path=db, config=Config(**settings), now=NOW, save_settings=False,
        extract_facts=lambda article: [],
    )


async def settle(app: ParallaxApp, pilot) -> None:
    await pilot.pause()
    await app.workers.wait_for_complete()
    await pilot.pause()


def feed_of(app: ParallaxApp) -> FeedView:
    return app.screen_stack[1].query_one("#feed", FeedView)


def header_text(app: ParallaxApp) -> str:
    main = next(s for s in app.screen_stack if isinstance(s, MainScreen))
    rendered = main.query_one(ArchiveHeader).render()
    return getattr(rendered, "plain", str(rendered))


async def test_R_refreshes_and_new_articles_keep_the_cursor(
    server: FeedServer, db_path: Path, grouping_calls: list
) -> None:
    server.serve("/good", rss("Harbour", [story(1), story(2), story(3)]))
    server.routes["/broken"] = lambda s: Reply(500)
    with Store.open(db_path) as store:
        store.add_feed(server.url("/good"))
        store.add_feed(server.url("/broken"))
    app = app_for(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        feed = feed_of(app)
        assert feed.count == 0  # opened on what the store holds, before any network
        await pilot.press("R")
        await settle(app, pilot)
        assert feed.count == 3
        assert len(grouping_calls) == 1  # the reader's background grouping took them
        await pilot.press("j", "j")
        chosen = feed.current_article
        assert chosen is not None
        server.serve("/good", rss("Harbour", [story(n) for n in range(1, 7)]))
        await pilot.press("R")
        await settle(app, pilot)
        assert feed.count == 6
        assert feed.current_article is not None and feed.current_article.id == chosen.id
        messages = [n.message for n in app._notifications]
        assert any(f"{server.url('/broken')}: HTTP 500" in m for m in messages)
        assert "Refreshing" not in header_text(app)


async def test_feeds_screen_lists_state_and_acts(server: FeedServer, db_path: Path) -> None:
    server.serve("/a", rss("Alpha Wire", [story(1), story(2)]))
    with Store.open(db_path) as store:
        store.add_feed(server.url("/a"), tags=["world"])
        store.add_feed(server.url("/gone"))
    app = app_for(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("F")
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, FeedsScreen)
        await pilot.press("R")
        await settle(app, pilot)
        table = screen.query_one(DataTable)
        rows = {str(table.get_row_at(i)[0]): [str(c) for c in table.get_row_at(i)]
                for i in range(table.row_count)}
        from tui.screens.palette import ParallaxCommands

        main = app.screen_stack[1]
        titles = [t for t, _cb, _h in ParallaxCommands(main)._static_commands()]
        assert "Refresh feeds tagged world" in titles
        assert rows["Alpha Wire"][1] == "world" and rows["Alpha Wire"][3] == "2"
        assert rows[server.url("/gone")][6] == "HTTP 404 Not Found"
        await pilot.press("x")  # full text on the highlighted feed
        await pilot.pause()
        highlighted = screen.current_feed()
        assert highlighted is not None and highlighted.full_text
        await pilot.press("t")
        await pilot.pause()
        box = app.screen.query_one(Input)
        box.value = "local, sea"
        await pilot.press("enter")
        await pilot.pause()
        assert screen.current_feed() is not None
        assert screen.current_feed().tags == ["local", "sea"]  # type: ignore[union-attr]
        await pilot.press("d")
        await pilot.pause()
        assert len(app.store.feeds()) == 1


async def test_saved_search_is_a_virtual_feed(db_path: Path) -> None:
    from tui.models import Article

    with Store.open(db_path) as store:
        store.import_articles([
            Article(title="Ferry strike ends", body="The ferry crews return on Monday.",
                    language="en", url="https://a.example/1"),
            Article(title="Pier opens", body="The new pier opened to walkers.",
                    language="en", url="https://a.example/2"),
        ])
    app = app_for(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        app.screen.query_one("#search", Input).value = "ferry"
        await pilot.press("enter")
        await settle(app, pilot)
        await pilot.press("w")
        await pilot.pause()
        app.screen.query_one(Input).value = "ferries"
        await pilot.press("enter")
        await pilot.pause()
        assert [s.name for s in app.store.saved_searches()] == ["ferries"]
        from tui.screens.palette import ParallaxCommands

        commands = {t: cb for t, cb, _h in ParallaxCommands(app.screen)._static_commands()}
        assert {"Feeds", "Refresh feeds", "Save search", "Saved search: ferries"} <= set(commands)
        await pilot.press("escape")  # clear the search: the whole archive again
        await settle(app, pilot)
        assert feed_of(app).count == 2
        await pilot.press("F")
        await settle(app, pilot)
        table = app.screen.query_one(DataTable)
        first = [str(c) for c in table.get_row_at(0)]
        assert first[0] == "⌕ ferries" and first[3] == "1"
        await pilot.press("enter")  # open it: the feed shows what it finds
        await settle(app, pilot)
        assert isinstance(app.screen, MainScreen)
        assert feed_of(app).count == 1
        assert feed_of(app).current_article.title == "Ferry strike ends"  # type: ignore[union-attr]


def test_feeds_screen_snapshot(snap_compare, db_path: Path) -> None:
    with Store.open(db_path) as store:
        store.add_feed("https://alpha.example/rss", title="Alpha Wire", tags=["world"],
                       full_text=True)
        store.add_feed("https://beta.example/atom", title="Beta Ledger", tags=["local", "sea"])
        beta = store.feed("https://beta.example/atom")
        assert beta is not None
        store.record_feed_error(beta.id, "timed out waiting for the server (after 20 s)")
        store.save_search(SavedSearch("quakes", "earthquake", language="en"))

    async def run(pilot) -> None:
        await settle(pilot.app, pilot)
        await pilot.press("F")
        await settle(pilot.app, pilot)

    assert snap_compare(app_for(db_path), terminal_size=SIZE, run_before=run)


async def test_progress_in_the_header_while_feeds_load(server: FeedServer, db_path: Path) -> None:
    import threading

    release = threading.Event()

    def held(seen: object) -> Reply:
        release.wait(timeout=10)  # bounded: the test releases it
        return Reply(200, rss("Slow", [story(1)]))

    server.routes["/slow"] = held
    server.serve("/quick", rss("Quick", [story(2)]))
    with Store.open(db_path) as store:
        store.add_feed(server.url("/slow"))
        store.add_feed(server.url("/quick"))
    app = app_for(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("R")
        for _ in range(100):  # until the quick feed is in (bounded)
            await pilot.pause(0.02)
            if feed_of(app).count == 1:
                break
        assert "Refreshing 1/2" in header_text(app)
        assert feed_of(app).count == 1  # arrived while the other feed still loads
        await pilot.press("j")  # the reader stays usable meanwhile
        release.set()
        await settle(app, pilot)
        assert "Refreshing" not in header_text(app)
        assert feed_of(app).count == 2


async def test_opens_on_the_store_without_touching_the_network(
    server: FeedServer, db_path: Path
) -> None:
    server.serve("/a", rss("Alpha", [story(1)]))
    with Store.open(db_path) as store:
        store.add_feed(server.url("/a"), interval_s=60)
    app = app_for(db_path, refresh_minutes=5)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert isinstance(app.screen, MainScreen)
        assert server.requests == []  # auto-refresh waits for its first interval
        app.screen.auto_refresh()  # what the timer does once the interval passed
        await settle(app, pilot)
        assert feed_of(app).count == 1


async def test_import_dialog_accepts_a_url(server: FeedServer, db_path: Path) -> None:
    server.serve("/once", rss("Once", [story(1), story(2)]))
    app = app_for(db_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("i")
        await pilot.pause()
        app.screen.query_one(Input).value = server.url("/once")
        await pilot.press("enter")
        await settle(app, pilot)
        assert feed_of(app).count == 2
        assert app.store.feeds() == []  # fetched once, not subscribed


async def test_quitting_during_a_refresh(server: FeedServer, db_path: Path) -> None:
    import threading

    release = threading.Event()
    server.routes["/held"] = lambda s: (release.wait(timeout=10), Reply(200, b"<rss/>"))[1]
    with Store.open(db_path) as store:
        store.add_feed(server.url("/held"))
    app = app_for(db_path)
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(app, pilot)
            await pilot.press("R")
            await pilot.pause()
            assert app.screen.refresh_running
            await pilot.press("q")
        assert app.return_code in (0, None)
        assert not release.is_set()  # it quit without waiting for the server
    finally:
        release.set()
    with Store.open(db_path) as store:
        assert store.feeds()[0].last_success is None  # nothing half-written
