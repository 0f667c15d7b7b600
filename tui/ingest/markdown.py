"""Markdown with optional YAML (---) or TOML (+++) front matter."""

from __future__ import annotations

import re
import tomllib
from datetime import date
from typing import Any

import yaml

from tui.ingest.build import make_article
from tui.ingest.clean import clean_body, clean_inline, strip_inline_markdown, title_from_lead
from tui.models import Article, IngestError

_MAX_FRONT_MATTER = 64 * 1024
_FENCES = {"---": "YAML", "+++": "TOML"}
_ATX_RE = re.compile(r"^#\s+(.+?)(?:\s+#+)?\s*$")
_SETEXT_RE = re.compile(r"^=+\s*$")
_KEY_RE = re.compile(r"^\s*(?:#|\[|[\w\"'.-]+\s*[:=])")  # a key (YAML/TOML), table or comment

FIELDS: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "name"),
    "source": ("source", "publisher", "outlet", "site", "site_name", "publication"),
    "url": ("url", "link", "canonical", "canonical_url", "permalink", "source_url"),
    "language": ("language", "lang", "locale", "inLanguage"),
    "published": ("published", "date", "pubdate", "published_at", "publish_date",
                  "datePublished", "pubDate", "created"),
    "tags": ("tags", "keywords", "categories", "category"),
}  # fmt: skip


def _scalar(value: Any) -> Any:
    """Only plain values: a nested structure (or a YAML alias bomb) is not a title."""
    if isinstance(value, str | int | float | date) and not isinstance(value, bool):
        return value
    if isinstance(value, dict):  # {"name": "Harbor Ledger"}
        return _scalar(value.get("name") or value.get("title"))
    return None


def pick(meta: dict[str, Any], field: str) -> Any:
    lowered = {str(k).lower(): v for k, v in meta.items()}
    for key in FIELDS[field]:
        value = lowered.get(key.lower())
        if value is None or value == "":
            continue
        if field == "tags":
            if isinstance(value, list):
                return [v for v in value[:200] if _scalar(v) is not None]
            return _scalar(value)
        return _scalar(value)
    return None


def split_front_matter(text: str, name: str) -> tuple[dict[str, Any] | None, str]:
    """(metadata, body); metadata None when there is no front matter."""
    fence = text[:3]
    if fence not in _FENCES or text[3:4] not in ("\n", "\r"):
        return None, text
    lines = text.split("\n")
    for index in range(1, len(lines)):
        line = lines[index].rstrip()
        if line == fence or (fence == "---" and line == "..."):
            break
    else:
        return None, text  # a horizontal rule, not front matter
    block = "\n".join(lines[1:index])
    body = "\n".join(lines[index + 1 :])
    kind = _FENCES[fence]
    first = next((line for line in lines[1:index] if line.strip()), "")
    if first and not _KEY_RE.match(first):
        return None, text  # "---" as a thematic break, then ordinary text
    if len(block) > _MAX_FRONT_MATTER:
        raise IngestError(name, f"{kind} front matter too large")
    try:
        meta = yaml.safe_load(block) if kind == "YAML" else tomllib.loads(block)
    except (yaml.YAMLError, tomllib.TOMLDecodeError, ValueError, RecursionError) as exc:
        detail = " ".join(str(exc).split())[:160]
        raise IngestError(name, f"malformed {kind} front matter: {detail}") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise IngestError(name, f"malformed {kind} front matter: not a key/value mapping")
    return meta, body


def _leading_heading(body: str) -> tuple[str | None, str]:
    """The first line's level-1 heading (ATX or setext) and the body without it."""
    stripped = body.lstrip("\n")
    lines = stripped.split("\n", 2)
    atx = _ATX_RE.match(lines[0])
    if atx:
        return atx.group(1), stripped.split("\n", 1)[1] if "\n" in stripped else ""
    if len(lines) >= 2 and lines[0].strip() and _SETEXT_RE.match(lines[1]):
        return lines[0].strip(), lines[2] if len(lines) > 2 else ""
    return None, body


def parse_markdown(text: str, raw: bytes, name: str) -> list[Article]:
    meta, body = split_front_matter(text, name)
    meta = meta or {}
    title = pick(meta, "title")
    heading, rest = _leading_heading(clean_body(body))
    if heading is not None:
        heading = strip_inline_markdown(heading)
    if heading is not None and (
        not title or clean_inline(heading).casefold() == clean_inline(str(title)).casefold()
    ):
        title = title or heading
        body = rest
    published = pick(meta, "published")
    if not title:
        paragraphs = clean_body(body).split("\n\n")
        lead = next((p for p in paragraphs if any(ch.isalpha() for ch in p)), "")
        title = title_from_lead(strip_inline_markdown(lead.lstrip("#> ").strip())) if lead else None
    article = make_article(
        title=title,
        body=body,
        fmt="markdown",
        raw=raw,
        origin=name,
        source=pick(meta, "source"),
        url=pick(meta, "url"),
        language=pick(meta, "language"),
        published=published,
        tags=pick(meta, "tags"),
        date_from_text=True,
    )
    return [article] if article else []
