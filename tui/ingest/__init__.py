"""Importers: files of any supported format → cleaned `Article`s.

The content is sniffed (the extension is only a hint); every failure is an
`IngestError(path, reason)`, never another exception type.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from tui.ingest.clean import valid_unicode
from tui.ingest.sniff import decode, sniff_format
from tui.ingest.stream import RecordError, line_encoding, read_lines, too_large
from tui.models import Article, IngestError

__all__ = [
    "DEFAULT_MAX_BYTES",
    "RecordError",
    "iter_bytes",
    "iter_file",
    "iter_input_files",
    "load_file",
    "parse_bytes",
]

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


_HEAD = 64 * 1024  # what sniffing looks at


def _check_path(path: Path) -> None:
    name = str(path)
    if path.is_dir():
        raise IngestError(name, "is a directory")
    if path.exists() and not path.is_file():
        raise IngestError(name, "not a regular file")


def _os_error(name: str, exc: OSError) -> IngestError:
    if isinstance(exc, FileNotFoundError):
        return IngestError(name, "no such file or directory")
    if isinstance(exc, PermissionError):
        return IngestError(name, "permission denied")
    return IngestError(name, f"cannot read file: {exc.strerror or exc}")


def _head_format(head: bytes, name: str, size: int) -> str | None:
    """How a file starting with `head` is read: "lines" (JSON Lines, line by line), "feed"
    (RSS/Atom, entry by entry when over the limit) or None (whole, under the limit).

    JSON Lines need a first line that is a whole JSON object (a pretty-printed object or
    an array is read whole); a `.json` file also needs a second line. When the first line
    is longer than the head, the sniffed format (a `{`, a JSON Lines suffix) decides.
    """
    try:
        text = decode(head, name)
    except IngestError:
        return None
    fmt = sniff_format(text, os.path.splitext(name)[1])
    if fmt == "feed":
        return "feed"
    if fmt not in ("json", "jsonl"):
        return None
    body = text.lstrip("\ufeff \t\r\n")
    if size > len(head) and "\n" not in body:
        return "lines" if fmt == "jsonl" else None
    from tui.ingest.jsonl import starts_with_a_line_object

    if starts_with_a_line_object(body) and (fmt == "jsonl" or "\n" in body.rstrip()):
        return "lines"
    return None


def iter_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Article | IngestError]:
    """Articles of one file, record by record; never raises.

    A problem with one record (a bad JSON line, an entry that cannot be read) is yielded as
    IngestError(str(path), "line 12: invalid JSON (...)") and the rest of the file continues;
    a problem with the whole file (unreadable, too large for a non-line format, empty, no
    articles) is yielded as one IngestError.

    JSON Lines are read from the open file one line at a time (the size limit applies to
    each line), and so are RSS/Atom feeds over the limit, entry by entry (the limit then
    applies to each entry); every other format is read whole, up to the size limit.
    """
    path = Path(path)
    name = str(path)
    try:
        _check_path(path)
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            head = handle.read(_HEAD)
            how = _head_format(head, name, size)
            if how == "lines":
                handle.seek(0)
                yield from _guarded(lambda: _iter_lines(handle, head, name, max_bytes), name)
                return
            if how == "feed" and size > max_bytes:
                from tui.ingest.feed_stream import iter_large_feed

                handle.seek(0)
                yield from _guarded(lambda: iter_large_feed(handle, head, name, max_bytes), name)
                return
            if size > max_bytes:
                raise IngestError(name, f"file {too_large(size, max_bytes)}")
            data = head + handle.read(max_bytes + 1 - len(head))
    except IngestError as exc:
        yield exc
        return
    except OSError as exc:
        yield _os_error(name, exc)
        return
    except Exception as exc:  # sniffing the head must not abort a batch either
        yield IngestError(name, f"could not read ({type(exc).__name__}: {exc})")
        return
    if len(data) > max_bytes:  # grew while we looked
        yield IngestError(name, f"file {too_large(None, max_bytes)}")
        return
    yield from iter_bytes(data, name)


def _iter_lines(
    handle: BinaryIO, head: bytes, name: str, max_bytes: int
) -> Iterator[Article | IngestError]:
    from tui.ingest.jsonl import iter_jsonl

    lines = read_lines(handle, name, max_bytes, line_encoding(head))
    return iter_jsonl(lines, name)


def _guarded(
    make: Callable[[], Iterable[Article | IngestError]], name: str
) -> Iterator[Article | IngestError]:
    """The items of `make()` with any exception turned into a last IngestError, and
    "no articles found" when nothing at all came out."""
    empty = True
    try:
        for item in make():
            empty = False
            if isinstance(item, Article) and item.origin:
                item.origin = valid_unicode(item.origin)  # a file name that is not UTF-8
            yield item
    except IngestError as exc:
        yield exc
        return
    except OSError as exc:
        yield _os_error(name, exc)
        return
    except RecursionError:
        yield IngestError(name, "input nested too deeply")
        return
    except MemoryError:
        yield IngestError(name, "out of memory while parsing")
        return
    except Exception as exc:  # a parser bug must not abort a whole batch import
        yield IngestError(name, f"could not parse ({type(exc).__name__}: {exc})")
        return
    if empty:
        yield IngestError(name, NO_ARTICLES)


def iter_bytes(data: bytes, name: str = "<bytes>") -> Iterator[Article | IngestError]:
    """The articles of one file's bytes, record by record; never raises (see iter_file)."""
    return _guarded(lambda: _parse(data, name), name)


def _collect(items: Iterable[Article | IngestError], problems: list[IngestError] | None):
    articles: list[Article] = []
    first_error: IngestError | None = None
    for item in items:
        if isinstance(item, Article):
            articles.append(item)
        else:
            first_error = first_error or item
            if problems is not None:
                problems.append(item)
    if not articles:
        assert first_error is not None
        raise first_error
    return articles


def load_file(
    path: Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    problems: list[IngestError] | None = None,
) -> list[Article]:
    """Every article of one file; raises the first IngestError when there is none.

    A bad record among good ones (one JSON line) does not fail the file: it is appended
    to `problems` when given, and skipped.
    """
    return _collect(iter_file(Path(path), max_bytes=max_bytes), problems)


def parse_bytes(
    data: bytes, name: str = "<bytes>", *, problems: list[IngestError] | None = None
) -> list[Article]:
    """Parse the bytes of one file (`name` is its path, used in errors and origins)."""
    return _collect(iter_bytes(data, name), problems)


def _parse(data: bytes, name: str) -> Iterable[Article | IngestError]:
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
