"""A fetched document → a feed (RSS, Atom, JSON Feed) with entry identities, or a page.

Entry identity: the guid/id, else the link, else a hash of the content. Every entry gets a
URL the store can dedupe by: its link, or (guid-only and link-less entries) a stable
`urn:parallax:entry:…` made from the feed and the identity.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from tui.ingest.sniff import decode, sniff_format
from tui.models import Article, IngestError
from tui.store import content_hash

ENTRY_URN = "urn:parallax:entry:"


@dataclass
class Entry:
    article: Article
    key: str  # identity within the feed
    has_content: bool  # full content, not only a summary
    summary: str


@dataclass
class FeedDocument:
    title: str | None
    html_url: str | None
    entries: list[Entry] = field(default_factory=list)


class NotAFeed(Exception):
    """The document is an HTML page (a site or an article), not a feed."""

    def __init__(self, text: str) -> None:
        super().__init__("an HTML page, not a feed")
        self.text = text


def entry_key(guid: str | None, link: str | None, article: Article) -> str:
    if guid:
        return f"id:{guid}"
    if link:
        return f"link:{link}"
    return f"hash:{content_hash(article.title, article.body)}"


def synthetic_url(feed_url: str, key: str) -> str:
    digest = hashlib.sha256(f"{feed_url}\n{key}".encode()).hexdigest()[:32]
    return ENTRY_URN + digest


def read_document(content: bytes, url: str) -> FeedDocument:
    """Parse a fetched body; NotAFeed for HTML, IngestError(url, reason) when malformed."""
    if not content.strip():
        raise IngestError(url, "empty response")
    text = decode(content, url)
    kind = sniff_format(text, "")
    if kind in ("json", "jsonl"):
        from tui.ingest.jsonfeed import parse_json_feed

        parsed = parse_json_feed(text, content, url)
    elif kind == "html":
        raise NotAFeed(text)
    elif kind == "feed":
        from tui.ingest.feeds import parse_feed_entries

        parsed = parse_feed_entries(text, content, url)
    else:
        raise IngestError(url, "not a feed (neither RSS, Atom, JSON Feed nor HTML)")
    document = FeedDocument(parsed.title, parsed.link)
    seen: set[str] = set()
    for article, info in parsed.entries:
        key = entry_key(info.guid, info.link, article)
        if key in seen:
            continue
        seen.add(key)
        if not article.url:
            article.url = synthetic_url(url, key)
        document.entries.append(Entry(article, key, info.has_content, info.summary))
    return document
