"""Full text for summary-only entries: fetch the linked page, extract its main text with
the HTML importer. The summary stays with the entry; the raw page becomes the article's raw
document (so cleaning can be re-run offline)."""

from __future__ import annotations

import asyncio

from tui.feeds.document import Entry
from tui.feeds.fetch import Fetcher, FetchError, is_web_url
from tui.ingest.html import parse_html
from tui.ingest.sniff import decode
from tui.models import Article, IngestError


def needs_full_text(entry: Entry) -> bool:
    url = entry.article.url or ""
    return not entry.has_content and is_web_url(url)


def _merge(article: Article, page: Article, raw: bytes) -> None:
    """The page's text under the entry's own metadata (title, link, date, tags)."""
    article.body = page.body
    article.raw = raw
    article.format = "html"
    if page.language and (article.language is None or article.language_detected):
        article.language, article.language_detected = page.language, page.language_detected
    article.published = article.published or page.published
    article.source = article.source or page.source


async def add_full_text(fetcher: Fetcher, entry: Entry) -> str | None:
    """Replace the entry's summary body by the page's main text; an error line, or None."""
    url = entry.article.url or ""
    try:
        response = await fetcher.get(url)
        text = decode(response.content, url)
        pages = await asyncio.to_thread(parse_html, text, response.content, url)
    except (FetchError, IngestError) as exc:
        return str(exc)
    if not pages or len(pages[0].body) <= len(entry.article.body):
        return None  # nothing better than the summary: keep it
    _merge(entry.article, pages[0], response.content)
    return None
