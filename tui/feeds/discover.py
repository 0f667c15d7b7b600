"""Feed auto-discovery: the `<link rel="alternate">` feeds an HTML page announces."""

from __future__ import annotations

from urllib.parse import urljoin

from lxml import etree
from lxml import html as lxml_html

FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "application/json",
    "application/rdf+xml",
    "application/xml",
    "text/xml",
)
_GENERIC = {"application/json", "application/xml", "text/xml"}


def discover_feeds(page: bytes | str, base_url: str) -> list[str]:
    """Absolute URLs of the feeds a page links to, in page order (feed types before generic
    XML/JSON ones), duplicates dropped."""
    try:
        tree = lxml_html.document_fromstring(page)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return []
    base = base_url
    for element in tree.iter("base"):
        if element.get("href"):
            base = urljoin(base_url, element.get("href").strip())
            break
    found: list[tuple[int, int, str]] = []
    for order, link in enumerate(tree.iter("link")):
        rels = (link.get("rel") or "").lower().split()
        kind = (link.get("type") or "").split(";")[0].strip().lower()
        href = (link.get("href") or "").strip()
        if "alternate" in rels and kind in FEED_TYPES and href:
            found.append((int(kind in _GENERIC), order, urljoin(base, href)))
    urls: list[str] = []
    for _rank, _order, url in sorted(found):
        if url not in urls and url.lower().startswith(("http://", "https://")):
            urls.append(url)
    return urls
