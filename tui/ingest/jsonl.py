"""JSON Lines (one `inspect --json` object a line), or one JSON object / array of objects."""

from __future__ import annotations

import json
from typing import Any

from tui.ingest.build import make_article
from tui.ingest.clean import clean_body
from tui.models import Article, IngestError


def _article(obj: Any, raw: bytes, origin: str, fmt: str) -> Article | None:
    body = obj.get("body")
    if body is None:
        body = obj.get("text") or obj.get("content") or ""
    if not isinstance(body, str):
        body = ""
    return make_article(
        title=obj.get("title") if isinstance(obj.get("title"), str) else None,
        body=clean_body(body),
        body_is_clean=True,
        fmt=fmt,
        raw=raw,
        origin=origin,
        source=obj.get("source") if isinstance(obj.get("source"), str) else None,
        url=obj.get("url") or obj.get("link"),
        language=obj.get("language") or obj.get("lang"),
        language_detected=obj.get("language_detected") is True,
        published=obj.get("published") or obj.get("date"),
        published_precision=obj.get("published_precision"),
        tags=obj.get("tags") if isinstance(obj.get("tags"), list | str) else None,
        date_from_text=False,
    )


def _error_detail(exc: json.JSONDecodeError) -> str:
    return f"{exc.msg} at column {exc.colno}"


def parse_jsonl(text: str, name: str) -> list[Article]:
    """One object a line; a bad line fails the whole file, naming the line."""
    articles: list[Article] = []
    lines = text.split("\n")
    numbered = sum(1 for line in lines if line.strip()) > 1
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise IngestError(name, f"line {number}: invalid JSON ({_error_detail(exc)})") from None
        except RecursionError:
            raise IngestError(name, f"line {number}: JSON nested too deeply") from None
        if not isinstance(obj, dict):
            raise IngestError(name, f"line {number}: expected a JSON object")
        origin = f"{name}#{len(articles) + 1}" if numbered else name
        article = _article(obj, line.encode("utf-8"), origin, "jsonl")
        if article is None:
            raise IngestError(name, f"line {number}: no title or body")
        articles.append(article)
    return articles


def parse_json(text: str, raw: bytes, name: str) -> list[Article]:
    """A single JSON object, or an array of objects (e.g. `inspect --json` of a feed)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise IngestError(
            name, f"invalid JSON (line {exc.lineno}: {exc.msg} at column {exc.colno})"
        ) from None
    except RecursionError:
        raise IngestError(name, "JSON nested too deeply") from None
    if isinstance(data, dict):
        article = _article(data, raw, name, "jsonl")
        return [article] if article else []
    if not isinstance(data, list):
        raise IngestError(name, "expected a JSON object or an array of objects")
    articles: list[Article] = []
    for number, obj in enumerate(data, 1):
        if not isinstance(obj, dict):
            raise IngestError(name, f"item {number}: expected a JSON object")
        item_raw = json.dumps(obj, ensure_ascii=False).encode("utf-8")
        article = _article(obj, item_raw, f"{name}#{number}", "jsonl")
        if article:
            articles.append(article)
    return articles
