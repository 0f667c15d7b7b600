"""Refreshing subscriptions into the store over real HTTP on 127.0.0.1."""

from __future__ import annotations

import json

import pytest

from tui.feeds.refresh import RefreshReport, refresh
from tui.store import ArticleFilter, Store

from .conftest import FAST, FeedServer, Reply, rss, story


def subscribe(store: Store, url: str, **kw: object) -> None:
    store.add_feed(url, **kw)  # type: ignore[arg-type]


def run(store: Store, urls: list[str] | None = None) -> RefreshReport:
    feeds = [f for f in store.feeds() if urls is None or f.url in urls]
    return refresh(store, feeds, FAST)


@pytest.mark.real_grouping
def test_first_refresh_stores_then_304_costs_one_request(server: FeedServer, store: Store) -> None:
    server.serve("/feed", rss("Harbour Gazette", [story(1), story(2)]), etag='"a1"')
    subscribe(store, server.url("/feed"), tags=["local"])
    first = run(store).feeds[0]
    assert (first.new, first.updated, first.unchanged, first.error) == (2, 0, 0, None)
    assert first.line() == f"{server.url('/feed')}: new 2, updated 0, unchanged 0"
    feed = store.feed(server.url("/feed"))
    assert feed is not None and feed.title == "Harbour Gazette" and feed.articles == 2
    assert feed.last_success and feed.last_error is None and feed.etag == '"a1"'
    second = run(store).feeds[0]
    assert second.not_modified and (second.new, second.unchanged) == (0, 2)
    assert len(server.hits("/feed")) == 2  # one GET, one conditional GET answered 304
    assert store.count() == 2
    article = store.page(ArticleFilter(), 0, 1)[0]
    assert "local" in store.tags(article.id or 0)  # the feed's tags go with its articles
    assert article.event_id is not None  # grouped into events after the refresh


def test_304_after_last_modified(server: FeedServer, store: Store, grouping_calls: list) -> None:
    stamp = "Tue, 01 Jul 2025 12:00:00 GMT"
    server.serve("/lm", rss("Harbour", [story(1)]), last_modified=stamp)
    subscribe(store, server.url("/lm"))
    run(store)
    assert len(grouping_calls) == 1  # something was stored: group it
    assert run(store).feeds[0].not_modified
    assert len(grouping_calls) == 1  # nothing new: no grouping
    assert server.hits("/lm")[1].headers["if-modified-since"] == stamp


def test_a_changed_feed_updates_and_adds_without_duplicates(
    server: FeedServer, store: Store
) -> None:
    server.serve("/feed", rss("Harbour", [story(1), story(2)]))
    subscribe(store, server.url("/feed"))
    run(store)
    changed = story(2, description="Correction: the council postponed the pier budget vote.")
    server.serve("/feed", rss("Harbour", [story(1), changed, story(3)]))
    report = run(store).feeds[0]
    assert (report.new, report.updated, report.unchanged) == (1, 1, 1)
    assert store.count() == 3
    hits = store.search('"postponed"')
    assert [h.article.title for h in hits] == ["Harbour council report number 2"]


def test_guid_only_entries_keep_their_identity(server: FeedServer, store: Store) -> None:
    def entries(text: str) -> bytes:
        item = story(1, description=text)
        del item["link"]
        return rss("Harbour", [item])

    server.serve("/guid", entries("The ferry timetable changes on Monday."))
    subscribe(store, server.url("/guid"))
    run(store)
    server.serve("/guid", entries("The ferry timetable changes on Tuesday instead."))
    report = run(store).feeds[0]
    assert (report.new, report.updated) == (0, 1)
    assert store.count() == 1


def test_a_changed_link_with_the_same_guid_is_an_update(server: FeedServer, store: Store) -> None:
    server.serve("/f", rss("Harbour", [story(1)]))
    subscribe(store, server.url("/f"))
    run(store)
    server.serve("/f", rss("Harbour", [story(1, link="https://site.example/story/1-fixed")]))
    report = run(store).feeds[0]
    assert (report.new, report.updated + report.unchanged) == (0, 1)
    assert store.count() == 1
    assert store.page(ArticleFilter(), 0, 1)[0].url == "https://site.example/story/1-fixed"


def test_failures_are_one_line_each_and_never_stop_the_others(
    server: FeedServer, store: Store
) -> None:
    server.serve("/good", rss("Harbour", [story(1)]))
    server.serve("/bad-xml", b"<?xml version='1.0'?><rss><channel><item></channel></rss>")
    server.routes["/gone"] = lambda s: Reply(410)
    for path in ("/good", "/bad-xml", "/gone", "/missing"):
        subscribe(store, server.url(path))
    report = run(store)
    lines = {r.url.rsplit("/", 1)[1]: r.line() for r in report.feeds}
    assert lines["good"].endswith("new 1, updated 0, unchanged 0")
    assert lines["bad-xml"].startswith(server.url("/bad-xml") + ": malformed XML")
    assert lines["gone"] == f"{server.url('/gone')}: HTTP 410 Gone"
    assert lines["missing"] == f"{server.url('/missing')}: HTTP 404 Not Found"
    assert all("\n" not in line for line in lines.values())
    assert len(report.failed) == 3 and store.count() == 1
    bad = store.feed(server.url("/bad-xml"))
    assert bad is not None and bad.last_error and bad.last_error.startswith("malformed XML")


def test_json_feed(server: FeedServer, store: Store) -> None:
    doc = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "Ferry Notes",
        "home_page_url": "https://ferry.example/",
        "language": "en",
        "items": [
            {"id": "1", "url": "https://ferry.example/1", "title": "Night ferry returns",
             "content_html": "<p>The night ferry to Calder runs again from Friday.</p>",
             "date_published": "2025-07-02T08:00:00Z", "tags": ["ferry"]},
            {"id": "2", "title": "Timetable", "content_text": "New timetable from August."},
        ],
    }
    server.serve("/feed.json", json.dumps(doc).encode(), "application/feed+json")
    subscribe(store, server.url("/feed.json"))
    report = run(store).feeds[0]
    assert (report.new, report.error) == (2, None)
    feed = store.feed(server.url("/feed.json"))
    assert feed is not None and feed.title == "Ferry Notes"
    assert feed.html_url == "https://ferry.example/"
    titles = sorted(a.title for a in store.page(ArticleFilter(), 0, 10))
    assert titles == ["Night ferry returns", "Timetable"]
    assert run(store).feeds[0].unchanged == 2  # the id-only item has a stable identity


def test_auto_discovery_from_a_site_page(server: FeedServer, store: Store) -> None:
    page = (
        b"<!doctype html><html><head><title>Harbour</title>"
        b'<link rel="alternate" type="application/rss+xml" href="/feeds/main.xml">'
        b"</head><body><p>Welcome</p></body></html>"
    )
    server.serve("/", page, "text/html")
    server.serve("/feeds/main.xml", rss("Harbour", [story(1)]))
    subscribe(store, server.url("/"))
    report = run(store).feeds[0]
    assert report.new == 1 and report.moved_to == server.url("/feeds/main.xml")
    assert [f.url for f in store.feeds()] == [server.url("/feeds/main.xml")]


def test_page_without_feed_link_is_an_error(server: FeedServer, store: Store) -> None:
    server.serve("/plain", b"<!doctype html><html><body><p>Hi</p></body></html>", "text/html")
    subscribe(store, server.url("/plain"))
    assert "without a feed link" in (run(store).feeds[0].error or "")


def test_301_updates_the_stored_url_302_does_not(server: FeedServer, store: Store) -> None:
    server.serve("/new", rss("Harbour", [story(1)]))
    server.routes["/old"] = lambda s: Reply(301, headers={"Location": "/new"})
    server.routes["/temp"] = lambda s: Reply(302, headers={"Location": "/new"})
    subscribe(store, server.url("/old"))
    subscribe(store, server.url("/temp"))
    run(store)
    assert sorted(f.url for f in store.feeds()) == [server.url("/new"), server.url("/temp")]


def test_full_text_fetches_the_page_and_keeps_the_summary(
    server: FeedServer, store: Store
) -> None:
    link = server.url("/story/1")
    item = story(1, link=link, description="A short teaser about the pier.")
    server.serve("/ft", rss("Harbour", [item]))
    paragraphs = "".join(
        f"<p>Paragraph {n} of the full report: the harbour council approved the pier "
        f"budget after a debate about ferry schedules and dredging costs.</p>"
        for n in range(6)
    )
    page = (
        f"<!doctype html><html lang='en'><head><title>Pier</title></head><body>"
        f"<article><h1>Harbour council report number 1</h1>{paragraphs}</article></body></html>"
    ).encode()
    server.serve("/story/1", page, "text/html")
    subscribe(store, server.url("/ft"), full_text=True)
    report = run(store).feeds[0]
    assert report.new == 1 and not report.full_text_errors
    article = store.page(ArticleFilter(), 0, 1)[0]
    stored = store.get(article.id or 0)
    assert stored is not None and "dredging costs" in stored.body
    assert store.entry_summary(stored.id or 0) == "A short teaser about the pier."
    raw = store.raw(stored.id or 0)
    assert raw is not None and raw[0] == "html" and b"dredging" in raw[1]
    again = run(store).feeds[0]
    assert again.unchanged == 1
    assert len(server.hits("/story/1")) == 1  # the page is not fetched again
    store.set_feed_options(server.url("/ft"), full_text=False)
    assert run(store).feeds[0].unchanged == 1  # switching it off keeps the fetched page
    kept = store.get(stored.id or 0)
    assert kept is not None and "dredging costs" in kept.body


def test_fifty_feeds_concurrently(server: FeedServer, store: Store) -> None:
    for n in range(50):
        server.serve(f"/f{n}", rss(f"Feed {n}", [story(n * 10 + k) for k in range(3)]),
                     etag=f'"e{n}"')
        subscribe(store, server.url(f"/f{n}"))
    first = run(store)
    assert not first.failed and first.total("new") == 150
    second = run(store)
    assert all(r.not_modified for r in second.feeds)
    assert len(server.requests) == 100


def test_a_feed_can_be_read_on_its_own(server: FeedServer, store: Store) -> None:
    """The feeds screen opens one subscription: exactly the articles its entries became."""
    server.serve("/one", rss("Harbour Gazette", [story(1), story(2)]))
    server.serve("/two", rss("Valley Post", [story(3)]))
    subscribe(store, server.url("/one"))
    subscribe(store, server.url("/two"))
    run(store)
    one, two = store.feed(server.url("/one")), store.feed(server.url("/two"))
    assert one is not None and two is not None
    assert store.count(ArticleFilter(feed_id=one.id)) == 2
    assert store.count(ArticleFilter(feed_id=two.id)) == 1
    titles = {a.title for a in store.page(ArticleFilter(feed_id=two.id), 0, 10)}
    assert titles == {a.title for a in store.page(ArticleFilter(), 0, 10)} - {
        a.title for a in store.page(ArticleFilter(feed_id=one.id), 0, 10)
    }
