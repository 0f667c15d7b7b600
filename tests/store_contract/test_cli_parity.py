"""The commands that used to be SQLite's only — subscriptions and refresh, outlets, event
corrections — work the same on both engines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from feeds.conftest import FeedServer, rss, story

from tui.cli import main
from tui.store import ArticleFilter, EventRecord, open_store

from .helpers import art


def _cli(capsys: pytest.CaptureFixture[str], spec: str | Path, *args: str) -> tuple[int, str]:
    code = main([*args, "--db", str(spec)])
    return code, capsys.readouterr().out


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch):
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    running = FeedServer().start()
    yield running
    running.stop()


def test_subscribe_refresh_and_read_per_feed(
    store_spec: str | Path, server: FeedServer, capsys: pytest.CaptureFixture[str]
) -> None:
    server.serve("/a", rss("Alpha", [story(1), story(2)]))
    assert _cli(capsys, store_spec, "feeds", "add", server.url("/a"), "--tag", "x")[0] == 0
    code, out = _cli(capsys, store_spec, "refresh")
    assert code == 0 and "new 2" in out
    # the second story's link changes: the same entry, updated in place (not stored twice)
    server.serve("/a", rss("Alpha", [story(1), story(2, link="https://site.example/s2")]))
    assert _cli(capsys, store_spec, "refresh")[0] == 0
    with open_store(store_spec) as store:
        assert store.count() == 2
        assert store.article_id_for_url("https://site.example/s2") is not None
        feed = store.feeds()[0]
        store.set_read(store.page(ArticleFilter(feed_id=feed.id), 0, 1)[0].id)
    listed = json.loads(_cli(capsys, store_spec, "feeds", "list", "--json")[1])
    assert [(f["title"], f["articles"], f["unread"], f["tags"]) for f in listed] == [
        ("Alpha", 2, 1, ["x"])
    ]


def test_sources_and_events_commands(
    store_spec: str | Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(store_spec) as store:
        store.import_articles([art("one", source="A"), art("two", source="B"),
                               art("three", source="B")])
        ids = {a.title: a.id for a in store.page(ArticleFilter(), 0, 5)}
        first = store.save_event(EventRecord(None, "first", None, None, {"k": 1.0}),
                                 [ids["one"], ids["two"]])
        second = store.save_event(EventRecord(None, "second", None, None, {"j": 1.0}),
                                  [ids["three"]])
    assert _cli(capsys, store_spec, "sources", "merge", "A", "B")[0] == 0
    outlets = json.loads(_cli(capsys, store_spec, "sources", "--json")[1])
    assert [(o["outlet"], o["count"]) for o in outlets] == [("B", 3)]
    assert _cli(capsys, store_spec, "events", "split", str(ids["one"]))[0] == 0
    assert _cli(capsys, store_spec, "events", "merge", str(first), str(second))[0] == 0
    events = json.loads(_cli(capsys, store_spec, "events", "--json")[1])
    assert sorted(e["size"] for e in events) == [1, 2]
    with open_store(store_spec) as store:
        assert store.get(ids["three"]).event_id == first
        assert store.split_from(ids["one"]) == [first]
