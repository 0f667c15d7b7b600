"""Importers: files of any supported format → cleaned `Article`s.

The content is sniffed (the extension is only a hint); every failure is an
`IngestError(path, reason)`, never another exception type.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from tui.ingest.sniff import decode, sniff_format
from tui.models import Article, IngestError

__all__ = ["DEFAULT_MAX_BYTES", "iter_input_files", "load_file", "parse_bytes"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024
NO_ARTICLES = "no articles found"


def _hidden(name: str) -> bool:
    return name.startswith(".")


def _walk(directory: Path, seen: set[str] | None = None) -> Iterator[Path]:
    """Files under `directory`, sorted, depth first, hidden files and folders skipped."""
    seen = set() if seen is None else seen
    try:
        real = os.path.realpath(directory)
        if real in seen:  # a symlink loop
            return
        seen.add(real)
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if _hidden(entry.name):
            continue
        try:
            if entry.is_dir():
                yield from _walk(Path(entry.path), seen)
            elif entry.is_file():
                yield Path(entry.path)
        except OSError:
            continue


def iter_input_files(paths: Sequence[str | Path]) -> Iterator[Path | IngestError]:
    """Files to import, in a stable order; an IngestError for a path that yields none.

    Directories are expanded recursively (sorted by name, hidden entries skipped);
    files are yielded whatever their extension, since content is sniffed.
    """
    for item in paths:
        path = Path(item)
        if path.is_dir():
            found = False
            for file in _walk(path):
                found = True
                yield file
            if not found:
                yield IngestError(str(path), NO_ARTICLES)
        elif path.exists():
            yield path
        else:
            yield IngestError(str(path), "no such file or directory")


def load_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article]:
    """Read, sniff and parse one file; IngestError for anything that is not an article."""
    path = Path(path)
    name = str(path)
    try:
        if path.is_dir():
            raise IngestError(name, "is a directory")
        if path.exists() and not path.is_file():
            raise IngestError(name, "not a regular file")
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(name, f"file too large ({_mb(size)} > size limit {_mb(max_bytes)})")
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except IngestError:
        raise
    except FileNotFoundError:
        raise IngestError(name, "no such file or directory") from None
    except PermissionError:
        raise IngestError(name, "permission denied") from None
    except OSError as exc:
        raise IngestError(name, f"cannot read file: {exc.strerror or exc}") from None
    if len(data) > max_bytes:  # grew while we looked
        raise IngestError(name, f"file too large (over size limit {_mb(max_bytes)})")
    return parse_bytes(data, name)


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 100 * 1024 else f"{size} bytes"


def parse_bytes(data: bytes, name: str = "<bytes>") -> list[Article]:
    """Parse the bytes of one file (`name` is its path, used in errors and origins)."""
    try:
        articles = _parse(data, name)
    except IngestError:
        raise
    except RecursionError:
        raise IngestError(name, "input nested too deeply") from None
    except MemoryError:
        raise IngestError(name, "out of memory while parsing") from None
    except Exception as exc:  # a parser bug must not abort a whole batch import
        raise IngestError(name, f"could not parse ({type(exc).__name__}: {exc})") from None
    if not articles:
        raise IngestError(name, NO_ARTICLES)
    return articles


def _parse(data: bytes, name: str) -> list[Article]:
    if not data.strip():
        raise IngestError(name, "empty file")
    text = decode(data, name)
    if not text.strip("\ufeff \t\r\n\x00"):
        raise IngestError(name, "empty file")
    suffix = os.path.splitext(name)[1]
    fmt = sniff_format(text, suffix)
    if fmt == "jsonl" or fmt == "json":
        from tui.ingest.jsonl import parse_json, parse_jsonl

        if fmt == "json":
            return parse_json(text, data, name)
        try:
            whole = json.loads(text)  # a pretty-printed single object spans many lines
        except (ValueError, RecursionError):
            return parse_jsonl(text, name)
        if isinstance(whole, dict | list):
            return parse_json(text, data, name)
        return parse_jsonl(text, name)
    if fmt == "feed":
        from tui.ingest.feeds import parse_feed

        return parse_feed(text, data, name)
    if fmt == "html":
        from tui.ingest.html import parse_html

        return parse_html(text, data, name)
    if fmt == "markdown":
        from tui.ingest.markdown import parse_markdown

        return parse_markdown(text, data, name)
    from tui.ingest.text import parse_text

    return parse_text(text, data, name)
