"""RSS 2.0 / RSS 1.0 (RDF) and Atom feeds: every entry is an article.

The XML is first parsed with defusedxml, which rejects entity tricks (billion
laughs, external entities) and reports malformed XML with its line; only then
does feedparser (lenient, bozo-tolerant) read the entries.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import defusedxml.ElementTree as DET
from defusedxml import DefusedXmlException

from tui.ingest.build import make_article
from tui.ingest.clean import clean_inline, join_paragraphs
from tui.ingest.html import fragment_to_paragraphs
from tui.ingest.stream import RecordError
from tui.models import Article, IngestError

_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_ENTRY_NAMES = {"item", "entry"}


def _parse_xml(raw: bytes, text: str, name: str) -> tuple[Any, bytes]:
    """The element tree and the bytes that parsed (raw, or the decoded text as UTF-8)."""
    first_error: ET.ParseError | None = None
    for candidate in (raw, _XML_DECL_RE.sub("", text, count=1).encode("utf-8")):
        try:
            return DET.fromstring(candidate), candidate
        except DefusedXmlException as exc:
            raise IngestError(name, f"unsafe XML refused ({type(exc).__name__})") from None
        except ET.ParseError as exc:
            first_error = first_error or exc
        except LookupError:  # an unknown encoding declared ("UTD-8"): parse the decoded text
            continue
        except (ValueError, RecursionError) as exc:
            raise IngestError(name, f"malformed XML: {exc}") from None
    if first_error is None:
        raise IngestError(name, "malformed XML: unknown encoding declared")
    message = str(first_error).split(":", 1)[0]
    line = getattr(first_error, "position", (0, 0))[0]
    raise IngestError(name, f"malformed XML: {message} (line {line})")


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _entry_elements(root: Any) -> list[Any]:
    return [el for el in root.iter() if _local(el.tag) in _ENTRY_NAMES]


def _body(entry: Any) -> str:
    candidates: list[tuple[str, str]] = []
    for content in entry.get("content") or []:
        candidates.append((content.get("value") or "", content.get("type") or "text/html"))
    if not candidates or not any(value.strip() for value, _ in candidates):
        detail = entry.get("summary_detail") or {}
        candidates = [(entry.get("summary") or "", detail.get("type") or "text/html")]
    value, kind = max(candidates, key=lambda c: len(c[0]))
    if kind == "text/plain":
        return join_paragraphs(re.split(r"\n\s*\n", value))
    return join_paragraphs(fragment_to_paragraphs(value))


def _entry_language(entry: Any) -> str | None:
    for key in ("content", "summary_detail", "title_detail"):
        detail = entry.get(key)
        if isinstance(detail, list):
            detail = detail[0] if detail else None
        if detail and detail.get("language"):
            return str(detail["language"])
    value = entry.get("language") or entry.get("dc_language")
    return str(value) if value else None


def _published(entry: Any) -> Any:
    return (
        entry.get("published")
        or entry.get("updated")
        or entry.get("created")
        or entry.get("published_parsed")
        or entry.get("updated_parsed")
    )


def _entry_article(
    entry: Any, raw_entry: bytes, origin: str, fmt: str, feed: tuple[str | None, Any]
) -> Article | None:
    feed_title, feed_language = feed
    title = entry.get("title") or ""
    if "<" in title:
        title = " ".join(fragment_to_paragraphs(title))
    source = entry.get("source") or {}
    tags = [t.get("term") or t.get("label") for t in entry.get("tags") or []]
    return make_article(
        title=title,
        body=_body(entry),
        body_is_clean=True,
        fmt=fmt,
        raw=raw_entry,
        origin=origin,
        source=clean_inline(source.get("title")) or feed_title,
        url=entry.get("link") or entry.get("id"),
        language=_entry_language(entry) or feed_language,
        published=_published(entry),
        tags=[t for t in tags if t],
    )


def _feedparser(xml_bytes: bytes, name: str) -> Any:
    import feedparser

    try:
        return feedparser.parse(xml_bytes, resolve_relative_uris=False, sanitize_html=True)
    except (ValueError, LookupError, TypeError, AttributeError, IndexError) as exc:
        raise IngestError(name, f"malformed feed ({type(exc).__name__}: {exc})") from None


@dataclass
class EntryInfo:
    """What a subscription needs beyond the article: the entry's identity and content."""

    guid: str | None
    link: str | None
    has_content: bool  # full content, not only a summary
    summary: str


@dataclass
class ParsedFeed:
    title: str | None
    link: str | None  # the site (htmlUrl)
    entries: list[tuple[Article, EntryInfo]] = field(default_factory=list)
    problems: list[IngestError] = field(default_factory=list)  # entries that could not be read


def _read(
    text: str, raw: bytes, name: str
) -> tuple[dict[str, Any], Iterator[tuple[Any, Article | IngestError]]]:
    """The feed's own fields and its entries, each with the article (or error) it gave."""
    root, xml_bytes = _parse_xml(raw, text, name)
    parsed = _feedparser(xml_bytes, name)
    version = parsed.get("version") or ""
    if not version:
        if _local(root.tag) in {"rss", "feed", "rdf"}:
            raise IngestError(name, "no articles found")
        raise IngestError(name, f"not an RSS or Atom feed (root element <{_local(root.tag)}>)")
    fmt = "atom" if version.startswith("atom") else "rss"
    feed = parsed.get("feed") or {}
    feed_info = (clean_inline(feed.get("title")) or None, feed.get("language"))
    elements = _entry_elements(root)
    same_count = len(elements) == len(parsed.entries)

    def entries() -> Iterator[tuple[Any, Article | IngestError]]:
        for number, entry in enumerate(parsed.entries, 1):
            try:
                raw_entry = (
                    ET.tostring(elements[number - 1], encoding="unicode").encode("utf-8")
                    if same_count
                    else raw
                )
                article = _entry_article(entry, raw_entry, f"{name}#{number}", fmt, feed_info)
            except Exception as exc:  # one odd entry must not lose the others
                reason = f"could not read ({type(exc).__name__}: {exc})"
                yield entry, RecordError(name, number, reason, kind="entry")
                continue
            if article:
                yield entry, article

    return feed, entries()


def parse_feed(text: str, raw: bytes, name: str) -> Iterator[Article | IngestError]:
    """Every entry of a feed; an entry that cannot be read is reported, the others kept."""
    _feed, entries = _read(text, raw, name)
    for _entry, item in entries:
        yield item


def parse_feed_entries(text: str, raw: bytes, name: str) -> ParsedFeed:
    """Every entry as an article with its identity (for subscriptions); IngestError when
    it is not a feed."""
    feed, entries = _read(text, raw, name)
    result = ParsedFeed(clean_inline(feed.get("title")) or None, feed.get("link") or None)
    for entry, item in entries:
        if isinstance(item, IngestError):
            result.problems.append(item)
            continue
        has_content = any((c.get("value") or "").strip() for c in entry.get("content") or [])
        info = EntryInfo(
            guid=str(entry["id"]).strip() if entry.get("id") else None,
            link=item.url,
            has_content=has_content,
            summary=join_paragraphs(fragment_to_paragraphs(entry.get("summary") or "")),
        )
        result.entries.append((item, info))
    return result
