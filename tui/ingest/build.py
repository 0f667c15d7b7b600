"""The last step every importer shares: cleaned fields, language, title → an Article."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC
from typing import Any

from tui.analysis.language import detect_language, normalize_language_code
from tui.ingest.clean import clean_body, clean_inline, title_from_lead, valid_unicode
from tui.ingest.dates import find_date_in_text, parse_date
from tui.models import Article, parse_published

_URL_OK_RE = re.compile(r"^(?:https?|ftp|file|gopher|gemini)://\S+$|^/\S*$|^#\S*$", re.I)
_TAG_SPLIT_RE = re.compile(r"\s*[,;]\s*")
_MAX_TITLE = 300


def _text(value: Any) -> str:
    """Any metadata value as text that is valid Unicode (encodes to UTF-8)."""
    return valid_unicode(value if isinstance(value, str) else str(value))


def clean_url(value: Any) -> str | None:
    text = clean_inline(_text(value)) if value else ""
    return text if text and _URL_OK_RE.match(text) else None


def clean_tags(value: Any) -> list[str]:
    """Tags from a list or a comma-separated string; cleaned, deduplicated, order kept."""
    if value is None:
        return []
    items: Iterable[Any]
    if isinstance(value, str):
        items = _TAG_SPLIT_RE.split(value)
    elif isinstance(value, list | tuple | set):
        items = value
    else:
        items = [value]
    out: list[str] = []
    seen: set[str] = set()
    for item in items:
        if isinstance(item, dict):
            item = item.get("term") or item.get("name") or item.get("label")
        tag = clean_inline(_text(item)) if item is not None else ""
        tag = tag.strip("#").strip(" -–—")
        key = tag.casefold()
        if tag and key not in seen and len(tag) <= 100:
            seen.add(key)
            out.append(tag)
    return out


def valid_published(value: str | None) -> str | None:
    """`value` when it is ISO-8601 whose UTC instant is on the calendar (years 1..9999)."""
    moment = parse_published(value)
    if moment is None:
        return None
    try:
        moment.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
    return value


def make_article(
    *,
    title: Any,
    body: str,
    fmt: str,
    raw: bytes,
    origin: str,
    source: Any = None,
    url: Any = None,
    language: Any = None,
    language_detected: bool = False,
    published: Any = None,
    tags: Any = None,
    body_is_clean: bool = False,
    date_from_text: bool = False,
    crawl_date: Any = None,
) -> Article | None:
    """An Article with every field cleaned; None when there is neither title nor body.

    `language` is declared metadata (it wins) unless `language_detected` says it was
    detected earlier (a re-imported `inspect --json` object). `published` may be any
    value `parse_date` understands. Without it, `date_from_text` looks for a date written
    in the body (in the article's language); `crawl_date` (when the document was captured)
    is the last resort, and also wins over a text date later than itself.
    """
    body = valid_unicode(body or "")
    text = body if body_is_clean else clean_body(body)
    clean_title = clean_inline(_text(title)) if title else ""
    if not clean_title:
        if not text:
            return None
        paragraphs = text.split("\n\n")
        lead = next((p for p in paragraphs if any(ch.isalpha() for ch in p)), paragraphs[0])
        clean_title = title_from_lead(lead.lstrip("#> ").strip())
    if len(clean_title) > _MAX_TITLE:
        clean_title = clean_title[: _MAX_TITLE - 1].rstrip() + "…"
    code = normalize_language_code(str(language)) if language else None
    detected = bool(language_detected) if code else False
    if code is None:
        code = detect_language(f"{clean_title}\n{text}")
        detected = code is not None
    published_iso = parse_date(published, code) if published not in (None, "") else None
    if published_iso is None and (date_from_text or crawl_date):
        crawl = parse_date(crawl_date, code) if crawl_date else None
        in_text = find_date_in_text(text, code) if date_from_text else None
        if in_text and crawl and in_text[:10] > crawl[:10]:
            in_text = None
        published_iso = in_text or crawl
    return Article(
        title=clean_title,
        body=text,
        source=clean_inline(_text(source)) or None if source else None,
        url=clean_url(url),
        language=code,
        language_detected=detected,
        published=valid_published(published_iso),
        tags=clean_tags(tags),
        raw=raw,
        format=fmt,
        origin=origin,
    )
