"""JSON Lines (one `inspect --json` object a line), or one JSON object / array of objects."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from tui.ingest.build import make_article
from tui.ingest.clean import clean_body
from tui.ingest.stream import RecordError
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
        tags=obj.get("tags") if isinstance(obj.get("tags"), list | str) else None,
        date_from_text=False,
    )


def _item_raw(obj: dict[str, Any]) -> bytes:
    """One array item as JSON bytes; ASCII escapes when it holds a lone surrogate."""
    try:
        return json.dumps(obj, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return json.dumps(obj).encode("ascii")


def _error_detail(exc: json.JSONDecodeError) -> str:
    return f"{exc.msg} at column {exc.colno}"


def _line_article(number: int, line: str, origin: str, name: str) -> Article | RecordError:
    """The article of one JSON line, or why that line is not one."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return RecordError(name, number, f"invalid JSON ({_error_detail(exc)})")
    except RecursionError:
        return RecordError(name, number, "JSON nested too deeply")
    if not isinstance(obj, dict):
        return RecordError(name, number, "expected a JSON object")
    try:
        article = _article(obj, line.encode("utf-8"), origin, "jsonl")
    except Exception as exc:  # one odd record must not stop the rest of the file
        return RecordError(name, number, f"could not read ({type(exc).__name__}: {exc})")
    return article or RecordError(name, number, "no title or body")


def iter_jsonl(
    lines: Iterable[tuple[int, str] | RecordError], name: str
) -> Iterator[Article | IngestError]:
    """One object a line; a bad line is reported (naming its number) and the rest still read.

    Origins are `name#k` for the k-th non-blank line, or `name` for a one-line file: the
    first article is held back until a second line shows whether to number it.
    """
    held: Article | None = None
    records = 0
    for item in lines:
        records += 1
        if held is not None:
            held.origin = f"{name}#1"
            yield held
            held = None
        if isinstance(item, RecordError):
            yield item
            continue
        number, line = item
        result = _line_article(number, line, f"{name}#{records}", name)
        if records == 1 and isinstance(result, Article):
            held = result
        else:
            yield result
    if held is not None:
        held.origin = name
        yield held


def parse_jsonl(text: str, name: str) -> Iterator[Article | IngestError]:
    """JSON Lines already decoded (a file read whole)."""
    numbered = ((n, line) for n, line in enumerate(text.split("\n"), 1) if line.strip())
    return iter_jsonl(numbered, name)


def starts_with_a_line_object(head: str) -> bool:
    """Whether the first non-blank line of `head` is a complete JSON object (JSON Lines)."""
    for line in head.lstrip("\ufeff").split("\n"):
        if line.strip():
            try:
                return isinstance(json.loads(line), dict)
            except (ValueError, RecursionError):
                return False
    return False


def parse_json(text: str, raw: bytes, name: str) -> Iterator[Article | IngestError]:
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
        if article:
            yield article
        return
    if not isinstance(data, list):
        raise IngestError(name, "expected a JSON object or an array of objects")
    for number, obj in enumerate(data, 1):
        if not isinstance(obj, dict):
            yield RecordError(name, number, "expected a JSON object", kind="item")
            continue
        try:
            article = _article(obj, _item_raw(obj), f"{name}#{number}", "jsonl")
        except Exception as exc:
            yield RecordError(
                name, number, f"could not read ({type(exc).__name__}: {exc})", kind="item"
            )
            continue
        if article:
            yield article
