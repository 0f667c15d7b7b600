"""Reading a line format (JSON Lines) from an open file, one line at a time.

Memory stays flat whatever the file size: only the current line is held, and a line
over the size limit is skipped in chunks (reported, never read whole).
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from typing import BinaryIO

from tui.ingest.sniff import decode_legacy, utf16_without_bom
from tui.models import IngestError

_CHUNK = 1024 * 1024
# Encodings read through a text decoder (the BOM, if any, is consumed by the codec).
_WIDE_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class RecordError(IngestError):
    """One record of a file (a JSON line, a feed entry) could not be read; the rest can."""

    def __init__(self, path: str, number: int, reason: str, *, kind: str = "line") -> None:
        super().__init__(path, f"{kind} {number}: {reason}")
        self.number = number


def line_encoding(head: bytes) -> str:
    """How the lines of a file starting with `head` are decoded: a codec name or "utf-8"."""
    for bom, encoding in _WIDE_BOMS:
        if head.startswith(bom):
            return encoding
    return utf16_without_bom(head) or "utf-8"


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 100 * 1024 else f"{size} bytes"


def too_large(size: int | None, limit: int) -> str:
    """The reason for a record or file over the size limit."""
    shown = f"{_mb(size)} > " if size is not None else "over "
    return f"too large ({shown}size limit {_mb(limit)})"


def _decode_line(line: bytes) -> str:
    """One line of a UTF-8 file; a line that is not UTF-8 is read as legacy text."""
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return decode_legacy(line)


def _skip_rest(handle: BinaryIO, seen: int) -> int:
    """Read past the rest of an over-long line; how many bytes it had in all."""
    while True:
        chunk = handle.readline(_CHUNK)
        seen += len(chunk)
        if not chunk or chunk.endswith(b"\n"):
            return seen


def _byte_lines(
    handle: BinaryIO, name: str, max_bytes: int
) -> Iterator[tuple[int, str] | RecordError]:
    number = 0
    while True:
        line = handle.readline(max_bytes + 1)
        if not line:
            return
        number += 1
        if number == 1 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8) :]
        if len(line) > max_bytes and not line.endswith(b"\n"):
            size = _skip_rest(handle, len(line))
            yield RecordError(name, number, f"record {too_large(size, max_bytes)}")
            continue
        if line.strip():
            yield number, _decode_line(line)


def _text_lines(
    handle: BinaryIO, encoding: str, name: str, max_bytes: int
) -> Iterator[tuple[int, str] | RecordError]:
    """Lines of a UTF-16/32 file; the limit counts characters (about bytes / 2)."""
    text = io.TextIOWrapper(handle, encoding=encoding, errors="strict", newline="")
    limit = max(1, max_bytes // 2)
    number = 0
    try:
        while True:
            line = text.readline(limit + 1)
            if not line:
                return
            number += 1
            if len(line) > limit and not line.endswith("\n"):
                while (more := text.readline(_CHUNK)) and not more.endswith("\n"):
                    pass
                yield RecordError(name, number, f"record {too_large(None, max_bytes)}")
                continue
            if line.strip("\ufeff \t\r\n"):
                yield number, line.lstrip("\ufeff") if number == 1 else line
    except UnicodeDecodeError as exc:
        yield RecordError(name, number + 1, f"invalid {encoding.upper()} text: {exc.reason}")
    finally:
        text.detach()


def read_lines(
    handle: BinaryIO, name: str, max_bytes: int, encoding: str
) -> Iterator[tuple[int, str] | RecordError]:
    """(line number, text) of every non-blank line, or a RecordError for a line too long.

    `handle` is a binary file positioned at its start; the size limit is per line.
    """
    if encoding == "utf-8":
        return _byte_lines(handle, name, max_bytes)
    return _text_lines(handle, encoding, name, max_bytes)
