"""Outlets (learned domains, rename, merge), subscriptions and saved searches behave the
same on both engines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main
from tui.models import StoreError
from tui.store import ArchiveStore, ArticleFilter, SavedSearch, open_store

from .helpers import art


def _harbor(store: ArchiveStore, one_by_one: bool = False) -> None:
    articles = [
        art("clip", source="harborledger.example"),  # a domain only, before the name is known
        art("named", source="Harbor Ledger", url="https://www.harborledger.example/a"),
        art("other", source="Coast Times", url="https://coast.example/b"),
        art("later", source="harborledger.example", url="https://harborledger.example/c"),
    ]
    if one_by_one:
        for article in articles:
            store.upsert(article)
    else:
        store.import_articles(articles)


@pytest.mark.parametrize("one_by_one", [False, True], ids=["batch", "one-by-one"])
def test_a_domain_seen_with_a_name_joins_that_outlet(
    store: ArchiveStore, one_by_one: bool
) -> None:
    _harbor(store, one_by_one)
    harbor = store.page(ArticleFilter(source="Harbor Ledger"), 0, 10)
    assert sorted(a.title for a in harbor) == ["clip", "later", "named"]
    assert {a.source for a in harbor} == {"Harbor Ledger"}
    assert {a.source_imported for a in harbor} == {"Harbor Ledger", "harborledger.example"}
    assert store.canonical_outlet("HarborLedger.example") == "Harbor Ledger"
    assert store.canonical_outlet("Nobody") == "Nobody" and store.canonical_outlet(None) is None
    outlets = {o.name: o for o in store.outlets()}
    assert outlets["Harbor Ledger"].count == 3 and outlets["Coast Times"].count == 1
    assert "harborledger.example" in outlets["Harbor Ledger"].aliases
    assert dict(store.sources()) == {"Harbor Ledger": 3, "Coast Times": 1}


def test_rename_and_merge_hold_for_later_imports(store: ArchiveStore) -> None:
    _harbor(store)
    assert store.rename_outlet("harborledger.example", "The Ledger") == 3
    assert store.merge_outlets("Coast Times", "harbor ledger") == 1  # an old name works too
    assert [o.name for o in store.outlets()] == ["The Ledger"]
    store.import_articles([art("new", source="Coast Times", url="https://coast.example/z")])
    assert store.count(ArticleFilter(source="The Ledger")) == 5
    with pytest.raises(StoreError, match="no outlet named"):
        store.rename_outlet("Nobody", "X")
    with pytest.raises(StoreError, match="needs a name"):
        store.rename_outlet("The Ledger", "  ")


def test_list_source_takes_an_alias(
    store_spec: str | Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(store_spec) as store:
        _harbor(store)
    spec = str(store_spec)
    assert main(["list", "--db", spec, "--source", "harborledger.example", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert sorted(a["title"] for a in listed) == ["clip", "later", "named"]


def test_subscriptions_keep_settings_state_and_entries(store: ArchiveStore) -> None:
    assert store.add_feed("https://a.example/rss", title="A feed", tags=["news", "en"])
    assert not store.add_feed("https://a.example/rss", title="ignored", tags=["daily"],
                              interval_s=600)
    assert store.add_feed("https://b.example/rss")
    feed = store.feed("https://a.example/rss")
    assert (feed.title, feed.tags, feed.interval_s) == ("A feed", ["daily", "en", "news"], 600)
    assert [f.url for f in store.feeds(tag="daily")] == ["https://a.example/rss"]
    assert store.feed_tags() == [("daily", 1), ("en", 1), ("news", 1)]
    store.import_articles([art("one", url="https://a.example/1"), art("two")])
    one = store.article_id_for_url("https://a.example/1")
    two = next(a.id for a in store.page(ArticleFilter(), 0, 5) if a.title == "two")
    store.link_entries(feed.id, [("g1", one, "summary one", "h1", True), ("g2", two, None,
                                                                         None, False)])
    states = store.entry_states(feed.id, ["g1", "g2", "g3"])
    assert set(states) == {"g1", "g2"} and states["g1"].full_text and states["g1"].url
    assert store.entry_summary(one) == "summary one"
    store.set_read(one)
    feed = store.feed("https://a.example/rss")
    assert (feed.articles, feed.unread) == (2, 1)
    assert [a.title for a in store.page(ArticleFilter(feed_id=feed.id), 0, 5)] == ["two", "one"]
    store.record_feed_success(feed.id, etag='"v1"', last_modified="Mon", title="A!")
    store.record_feed_error(feed.id, "HTTP 500")
    feed = store.feed("https://a.example/rss")
    assert (feed.etag, feed.title, feed.last_error) == ('"v1"', "A!", "HTTP 500")
    assert store.set_feed_options(feed.url, full_text=True, interval_s=None)
    assert store.feed(feed.url).full_text and store.feed(feed.url).interval_s is None
    assert store.set_feed_tags(feed.url, ["x"]) and store.feed(feed.url).tags == ["x"]
    assert not store.move_feed(feed.id, "https://b.example/rss")  # taken
    assert store.move_feed(feed.id, "https://a.example/atom")
    assert store.feed("https://a.example/atom").etag is None
    assert not store.rekey_article(two, "https://a.example/1")  # another article's URL
    assert store.rekey_article(one, "https://a.example/one")
    assert store.remove_feed("https://a.example/atom") and not store.remove_feed("nope")
    assert store.count() == 2  # unsubscribing keeps the articles


def test_saved_searches_are_replaced_by_name(store: ArchiveStore) -> None:
    store.save_search(SavedSearch("floods", query="flood", language="en"))
    store.save_search(SavedSearch("floods", query="cheia", unread_only=True))
    store.save_search(SavedSearch("a first", starred_only=True))
    found = store.saved_searches()
    assert [s.name for s in found] == ["a first", "floods"]
    assert (found[1].query, found[1].language, found[1].unread_only) == ("cheia", None, True)
    assert store.delete_search("floods") and not store.delete_search("floods")
