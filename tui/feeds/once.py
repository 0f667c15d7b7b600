"""`parallax import URL`: fetch a feed or an article page once, without subscribing."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

from tui.feeds.document import NotAFeed, read_document
from tui.feeds.fetch import Fetcher, FetchError, FetchSettings
from tui.feeds.refresh import FeedReport, RefreshReport, group_after
from tui.models import Article, IngestError, ParallaxError
from tui.store import Store


async def _articles(fetcher: Fetcher, url: str) -> list[Article]:
    response = await fetcher.get(url)
    try:
        document = await asyncio.to_thread(read_document, response.content, url)
    except NotAFeed as page:
        from tui.ingest.html import parse_html

        articles = await asyncio.to_thread(parse_html, page.text, response.content, url)
        for article in articles:
            article.url = article.url or response.url
        if not articles:
            raise IngestError(url, "no article text found in the page") from None
        return articles
    if not document.entries:
        raise IngestError(url, "no articles found")
    return [e.article for e in document.entries]


async def _import_one(store: Store, fetcher: Fetcher, url: str) -> FeedReport:
    report = FeedReport(url)
    try:
        articles = await _articles(fetcher, url)
        counts = await asyncio.to_thread(store.import_articles, articles)
    except (FetchError, IngestError) as exc:
        report.error = exc.reason
        return report
    except ParallaxError as exc:
        report.error = str(exc)
        return report
    report.new, report.updated, report.unchanged = counts.imported, counts.updated, counts.unchanged
    return report


async def import_urls_async(
    store: Store, urls: Sequence[str], settings: FetchSettings | None = None,
    *, group: bool = True,
) -> RefreshReport:
    """Fetch and store each URL once; then group new articles unless `group` is False."""
    async with Fetcher(settings) as fetcher:
        reports = await asyncio.gather(*(_import_one(store, fetcher, u) for u in urls))
    result = RefreshReport(list(reports))
    if group:
        await group_after(store, result)
    return result


def import_urls(
    store: Store, urls: Sequence[str], settings: FetchSettings | None = None
) -> RefreshReport:
    return asyncio.run(import_urls_async(store, urls, settings))
