"""Decoding bytes and sniffing which importer reads them; the extension is only a hint."""

from __future__ import annotations

import codecs
import re
import unicodedata

from tui.models import IngestError

BINARY_REASON = "binary file (not an article)"

# Signatures of common non-text files.
_MAGIC: tuple[bytes, ...] = (
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF87a",
    b"GIF89a",
    b"%PDF",
    b"PK\x03\x04",  # zip, docx, epub …
    b"PK\x05\x06",
    b"\x1f\x8b",  # gzip
    b"BZh",
    b"\xfd7zXZ\x00",
    b"7z\xbc\xaf\x27\x1c",
    b"Rar!",
    b"\x7fELF",
    b"MZ",
    b"SQLite format 3\x00",
    b"OggS",
    b"fLaC",
    b"ID3",
    b"\x00\x00\x01\x00",  # ico
    b"II*\x00",  # tiff
    b"MM\x00*",
    b"wOFF",
    b"wOF2",
    b"\xca\xfe\xba\xbe",
    b"(\xb5/\xfd",  # zstd
)
_RIFF_KINDS = (b"WEBP", b"WAVE", b"AVI ")

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_SAMPLE = 8192
# Bytes that never occur in text (C0 controls other than tab/newlines/FF/ESC).
_NON_TEXT = frozenset(
    set(range(0x00, 0x09)) | {0x0B, 0x0E, 0x0F} | set(range(0x10, 0x1B)) | set(range(0x1C, 0x20))
)


def _looks_binary(data: bytes) -> bool:
    if data.startswith(_MAGIC) or (data[:4] == b"RIFF" and data[8:12] in _RIFF_KINDS):
        return True
    sample = data[:_SAMPLE]
    odd = sum(1 for b in sample if b in _NON_TEXT)
    # A few stray NULs or escape codes are cleaned away; a lot of them is not text.
    return odd > max(8, len(sample) // 20)


def _garbage(text: str) -> bool:
    """Decoded text that is mostly controls, unassigned or private-use code points."""
    sample = text[:4096]
    bad = sum(
        1
        for ch in sample
        if (ord(ch) < 32 and ch not in "\t\n\r\x0c\x1b")
        or unicodedata.category(ch) in ("Cn", "Co", "Cs")
    )
    return bad > max(8, len(sample) // 20)


def utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when every other byte is NUL (ASCII-heavy UTF-16 text)."""
    sample = data[: _SAMPLE & ~1]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul, odd_nul = even.count(0) / len(even), odd.count(0) / len(odd)
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


# Letters outside ASCII in Western European text are a minority; in a Cyrillic, Greek
# or Asian single-byte encoding wrongly read as CP-1252 they are nearly all letters.
_WESTERN_MAX_NON_ASCII = 0.35


def decode_legacy(data: bytes) -> str:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = None
    if text is not None:
        letters = [ch for ch in text if ch.isalpha()]
        non_ascii = sum(1 for ch in letters if ord(ch) > 127)
        if not letters or non_ascii / len(letters) <= _WESTERN_MAX_NON_ASCII:
            return text
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 256 * 1024]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding, errors="replace")
        except LookupError:
            pass
    return text if text is not None else data.decode("latin-1")


def decode(data: bytes, name: str = "<bytes>") -> str:
    """Bytes → text: BOM, then UTF-16 without BOM, strict UTF-8, then CP-1252/other legacy.

    Raises IngestError for binary content.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise IngestError(name, f"invalid {encoding.upper()} text: {exc.reason}") from None
    utf16 = utf16_without_bom(data)
    if utf16:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            text = ""
        if text and not _garbage(text):
            return text
    if _looks_binary(data):
        raise IngestError(name, BINARY_REASON)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        # A file cut in the middle of a multi-byte character is still UTF-8.
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            return data[: exc.start].decode("utf-8")
    return decode_legacy(data)


_XML_DECL_RE = re.compile(r"^<\?xml[^>]*\?>", re.IGNORECASE)
_SKIP_PROLOG_RE = re.compile(
    r"^(?:\s+|<!--.*?-->|<\?[^>]*\?>|<!DOCTYPE[^>[]*(?:\[.*?\])?\s*>)*", re.S
)
_ROOT_RE = re.compile(r"<([A-Za-z_][\w:.-]*)")
_HTML_HINT_RE = re.compile(r"<(?:html|head|body|meta|title|div|p|article|section|h[1-6])\b", re.I)
_FEED_ROOTS = {"rss", "feed", "rdf:rdf", "rdf"}
_ATX_HEADING_RE = re.compile(r"^#{1,6}\s+\S")
_MARKDOWN_EXTS = {".md", ".markdown", ".mdown", ".mkd", ".mdx"}
_JSON_EXTS = {".json", ".jsonl", ".ndjson", ".jsonlines"}


def sniff_format(text: str, suffix: str = "") -> str:
    """Which importer reads `text`: markdown, text, html, feed, json or jsonl."""
    head = text.lstrip()[:4096]
    suffix = suffix.lower()
    if not head:
        return "text"
    first = head[0]
    if first == "{":
        return "json" if suffix == ".json" else "jsonl"
    if first == "[" and (
        suffix in _JSON_EXTS or re.match(r"\[\s*(?:[\[{\"\d-]|\]|true|false|null)", head)
    ):
        return "json"
    if suffix in {".jsonl", ".ndjson", ".jsonlines"}:
        return "jsonl"
    if first == "<":
        prolog = _SKIP_PROLOG_RE.match(head)
        rest = head[prolog.end() :] if prolog else head
        root = _ROOT_RE.match(rest)
        root_name = root.group(1).lower() if root else ""
        if root_name in _FEED_ROOTS or root_name.endswith(":rdf"):
            return "feed"
        if root_name == "html" or re.match(r"<!doctype\s+html", head, re.I):
            return "html"
        if _XML_DECL_RE.match(head):
            return "feed"  # some other XML: the feed reader reports what is wrong with it
        if _HTML_HINT_RE.search(head):
            return "html"
    if head.startswith(("---\n", "---\r\n", "+++\n", "+++\r\n")):
        return "markdown"
    if suffix in _MARKDOWN_EXTS:
        return "markdown"
    first_line = head.split("\n", 1)[0]
    if _ATX_HEADING_RE.match(first_line):
        return "markdown"
    if suffix in {".html", ".htm", ".xhtml"} and _HTML_HINT_RE.search(head):
        return "html"
    return "text"
