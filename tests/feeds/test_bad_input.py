"""Damaged feeds, JSON Feeds, pages and OPML files never crash the parsers: each either
parses or fails with the one-line error its caller reports (deterministic mutations)."""

from __future__ import annotations

import json
import random

import pytest

from tui.feeds.discover import discover_feeds
from tui.feeds.document import NotAFeed, read_document
from tui.feeds.opml import OpmlError, read_opml, write_opml
from tui.models import IngestError
from tui.store import FeedRecord

from .conftest import rss, story

JSON_FEED = json.dumps({
    "version": "https://jsonfeed.org/version/1", "title": "Ferry Notes",
    "items": [{"id": "1", "title": "Night ferry", "content_text": "Runs again on Friday."}],
}).encode()
PAGE = (b'<!doctype html><html><head><link rel="alternate" type="application/atom+xml" '
        b'href="/atom.xml"></head><body><p>Harbour news</p></body></html>')
OPML = write_opml([FeedRecord(1, "https://a.example/rss", title="Alpha", tags=["world"])])


def mutations(data: bytes, count: int = 40, seed: int = 7) -> list[bytes]:
    """Truncations, flipped bytes, dropped and doubled slices."""
    rng = random.Random(seed)
    out = [data[: rng.randrange(len(data))] for _ in range(count // 4)]
    for _ in range(count - len(out)):
        chars = bytearray(data)
        at = rng.randrange(len(chars))
        kind = rng.randrange(3)
        if kind == 0:
            chars[at] = rng.randrange(256)
        elif kind == 1:
            del chars[at : at + rng.randrange(1, 40)]
        else:
            chars[at:at] = chars[at : at + rng.randrange(1, 40)]
        out.append(bytes(chars))
    return out


@pytest.mark.parametrize("data", [rss("Harbour", [story(1), story(2)]), JSON_FEED, PAGE])
def test_damaged_documents_parse_or_fail_in_one_line(data: bytes) -> None:
    for damaged in mutations(data):
        try:
            document = read_document(damaged, "https://a.example/feed")
        except IngestError as exc:
            assert "\n" not in str(exc) and str(exc).startswith("https://a.example/feed: ")
        except NotAFeed as page:
            assert isinstance(discover_feeds(page.text, "https://a.example/"), list)
        else:
            assert all(e.article.url for e in document.entries)  # every entry has an identity


def test_damaged_opml_parses_or_fails_in_one_line() -> None:
    for damaged in mutations(OPML):
        try:
            outlines = read_opml(damaged, "subs.opml")
        except OpmlError as exc:
            assert "\n" not in str(exc) and str(exc).startswith("subs.opml: ")
        else:
            assert all(o.url.startswith(("http://", "https://")) for o in outlines)


def test_deeply_nested_opml_is_refused() -> None:
    data = b"<opml><body>" + b"<outline text='x'>" * 200 + b"</outline>" * 200 + b"</body></opml>"
    with pytest.raises(OpmlError, match="nested deeper"):
        read_opml(data, "deep.opml")
