"""HTML pages (main text via trafilatura) and HTML fragments (feed entries) → plain text."""

from __future__ import annotations

import html as html_lib
import json
import re
from functools import lru_cache
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from tui.ingest.build import make_article
from tui.ingest.clean import clean_inline, join_paragraphs
from tui.models import Article, IngestError

_XML_DECL_RE = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_BLOCK_TAGS = (
    "p|div|h[1-6]|li|ul|ol|dl|dt|dd|blockquote|pre|table|thead|tbody|tr|section|article"
    "|aside|header|footer|figure|figcaption|hr|address|main|nav|form|fieldset|details|summary"
)
_BLOCK_RE = re.compile(rf"</?(?:{_BLOCK_TAGS})\b[^>]*>", re.IGNORECASE)
_BR_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)
_DROP_RE = re.compile(
    r"<(script|style|noscript|template|iframe|object|svg)\b.*?</\1\s*>", re.IGNORECASE | re.S
)
_TAG_RE = re.compile(r"<[^>]+>")
_PARA_SPLIT_RE = re.compile(r"\n\s*\n")

_PUBLISHED_META = (
    "article:published_time", "og:published_time", "article:published", "datepublished",
    "publishdate", "publish-date", "publish_date", "pubdate", "date", "dc.date.issued",
    "dc.date", "dcterms.created", "dcterms.issued", "sailthru.date", "parsely-pub-date",
    "citation_publication_date", "citation_date", "og:article:published_time",
)  # fmt: skip
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "last-modified")
_LANGUAGE_META = ("content-language", "language", "dc.language", "og:locale", "inlanguage")


def fragment_to_paragraphs(fragment: str) -> list[str]:
    """An HTML fragment (a feed entry's content) → its paragraphs as plain text."""
    if not fragment:
        return []
    if "<" not in fragment:
        text = html_lib.unescape(fragment)
    else:
        text = _DROP_RE.sub(" ", fragment)
        text = _BR_RE.sub("\n", text)
        text = _BLOCK_RE.sub("\n\n", text)
        text = html_lib.unescape(_TAG_RE.sub("", text))
    paragraphs = []
    for block in _PARA_SPLIT_RE.split(text):
        line = clean_inline(block)
        if line:
            paragraphs.append(line)
    return paragraphs


@lru_cache(maxsize=1)
def _trafilatura_config() -> Any:
    """One config for every page; no extraction timeout (it uses signals, not thread-safe)."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    return config


_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def _meta(tree: Any) -> dict[str, str]:
    """Lowercased meta name/property/itemprop/http-equiv → content (first one wins)."""
    out: dict[str, str] = {}
    for meta in tree.iter("meta"):
        content = meta.get("content")
        if not content:
            continue
        for attr in ("property", "name", "itemprop", "http-equiv"):
            key = meta.get(attr)
            if key:
                out.setdefault(key.strip().lower(), content.strip())
    return out


def _json_ld(tree: Any) -> dict[str, Any]:
    """The first JSON-LD object with a headline or datePublished (NewsArticle & co)."""
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.extend(item["@graph"] if isinstance(item["@graph"], list) else [])
                if item.get("headline") or item.get("datePublished"):
                    return item
    return {}


def _drop_headline(paragraphs: list[str], title: str | None) -> list[str]:
    """Drop the headline repeated at the top of the text, with any short kicker above it
    (a section name such as "Europe", a label such as "Live")."""
    if not title:
        return paragraphs
    wanted = clean_inline(title).casefold()
    for index, paragraph in enumerate(paragraphs[:3]):
        if paragraph.casefold() == wanted:
            return paragraphs[index + 1 :]
        if len(paragraph.split()) > 4:
            break
    return paragraphs


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        if meta.get(key):
            return meta[key]
    return None


def _publisher_name(value: Any) -> str | None:
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, list) and value:
        return _publisher_name(value[0])
    return value if isinstance(value, str) else None


def parse_html(text: str, raw: bytes, name: str) -> list[Article]:
    source_text = _XML_DECL_RE.sub("", text, count=1)
    try:
        tree = lxml_html.document_fromstring(source_text)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise IngestError(name, f"malformed HTML: {exc}") from None
    meta = _meta(tree)
    ld = _json_ld(tree)
    root_lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    language = root_lang or _first(meta, _LANGUAGE_META) or ld.get("inLanguage")
    page_title = tree.findtext(".//title")
    time_published = _time_element(tree)
    canonical = _canonical(tree)
    tags = [m.get("content") for m in tree.iter("meta") if m.get("property") == "article:tag"]
    if not tags and meta.get("keywords"):
        tags = meta["keywords"].split(",")

    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            tree,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_tables=True,
            config=_trafilatura_config(),
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception:  # trafilatura's own failures: fall back to the whole text below
        doc = None
    doc_text = getattr(doc, "text", None) or ""
    title = (
        meta.get("og:title")
        or meta.get("twitter:title")
        or (ld.get("headline") if isinstance(ld.get("headline"), str) else None)
        or getattr(doc, "title", None)
        or page_title
    )
    if doc_text:
        paragraphs = [line for line in (clean_inline(p) for p in doc_text.split("\n")) if line]
    else:
        body_el = tree.find(".//body")
        fragment = lxml_html.tostring(body_el if body_el is not None else tree, encoding="unicode")
        paragraphs = fragment_to_paragraphs(fragment)
    paragraphs = _drop_headline(paragraphs, title)
    if not paragraphs:
        raise IngestError(name, "no article text found in the HTML")
    published = (
        _first(meta, _PUBLISHED_META)
        or (ld.get("datePublished") if isinstance(ld.get("datePublished"), str) else None)
        or time_published
        or getattr(doc, "date", None)
        or _first(meta, _MODIFIED_META)
    )
    article = make_article(
        title=title,
        body=join_paragraphs(paragraphs),
        body_is_clean=True,
        fmt="html",
        raw=raw,
        origin=name,
        source=meta.get("og:site_name")
        or _publisher_name(ld.get("publisher"))
        or getattr(doc, "sitename", None)
        or meta.get("application-name"),
        url=meta.get("og:url") or canonical or getattr(doc, "url", None),
        language=language,
        published=published,
        tags=[t for t in tags if t],
        date_from_text=True,
    )
    return [article] if article else []


def _canonical(tree: Any) -> str | None:
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            return link.get("href")
    return None


def _time_element(tree: Any) -> str | None:
    for element in tree.iter("time"):
        if element.get("datetime") and (
            element.get("pubdate") is not None or element.get("itemprop") == "datePublished"
        ):
            return element.get("datetime")
    return None
