"""JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1): every item is an article."""

from __future__ import annotations

import json
import re
from typing import Any

from tui.ingest.build import make_article
from tui.ingest.clean import clean_inline, join_paragraphs
from tui.ingest.feeds import EntryInfo, ParsedFeed
from tui.ingest.html import fragment_to_paragraphs
from tui.models import IngestError

_VERSION_RE = re.compile(r"^https?://jsonfeed\.org/version/1(\.\d+)?/?$")


def is_json_feed(data: Any) -> bool:
    return isinstance(data, dict) and bool(_VERSION_RE.match(str(data.get("version") or "")))


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _body(item: dict[str, Any]) -> tuple[str, bool]:
    """The item's text and whether it is full content (not only the summary)."""
    if _text(item.get("content_html")).strip():
        return join_paragraphs(fragment_to_paragraphs(item["content_html"])), True
    if _text(item.get("content_text")).strip():
        return join_paragraphs(re.split(r"\n\s*\n", item["content_text"])), True
    return join_paragraphs(fragment_to_paragraphs(_text(item.get("summary")))), False


def _author(item: dict[str, Any], feed: dict[str, Any]) -> str | None:
    for holder in (item, feed):
        authors = holder.get("authors") or ([holder["author"]] if holder.get("author") else [])
        for author in authors if isinstance(authors, list) else []:
            if isinstance(author, dict) and isinstance(author.get("name"), str):
                return author["name"]
    return None


def parse_json_feed(text: str, raw: bytes, name: str) -> ParsedFeed:
    """The feed's items as articles; IngestError when it is not a JSON Feed."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise IngestError(name, f"malformed JSON: {exc}") from None
    if not is_json_feed(data):
        raise IngestError(name, "not a JSON Feed (no jsonfeed.org version)")
    items = data.get("items")
    if not isinstance(items, list):
        raise IngestError(name, "malformed JSON Feed: 'items' is not a list")
    title = clean_inline(_text(data.get("title"))) or None
    result = ParsedFeed(title, _text(data.get("home_page_url")) or None)
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict):
            continue
        body, full = _body(item)
        tags = item.get("tags") if isinstance(item.get("tags"), list) else []
        article = make_article(
            title=_text(item.get("title")),
            body=body,
            body_is_clean=True,
            fmt="jsonfeed",
            raw=json.dumps(item, ensure_ascii=False).encode("utf-8"),
            origin=f"{name}#{number}",
            source=title or _author(item, data),
            url=item.get("url") or item.get("external_url") or item.get("id"),
            language=item.get("language") or data.get("language"),
            published=item.get("date_published") or item.get("date_modified"),
            tags=[t for t in tags if isinstance(t, str)],
        )
        if article is None:
            continue
        guid = item.get("id")
        info = EntryInfo(
            guid=str(guid).strip() if guid not in (None, "") else None,
            link=article.url,
            has_content=full,
            summary=join_paragraphs(fragment_to_paragraphs(_text(item.get("summary")))),
        )
        result.entries.append((article, info))
    return result
