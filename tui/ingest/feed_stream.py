"""Feeds over the size limit, read entry by entry (lxml iterparse) so memory stays flat.

The parser is hardened: no DTD loaded, no network, entities never expanded, libxml2's
limits on depth and text size kept (huge_tree off); a document that declares entities
is refused outright, as defusedxml refuses it for feeds read whole. Each entry is put
back into a small copy of its feed (root, channel title and language) and read by the
same code as a whole feed, so both paths give the same articles.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from typing import Any, BinaryIO

from lxml import etree

from tui.ingest.stream import RecordError, too_large
from tui.models import Article, IngestError

_ENTRY_NAMES = {"item", "entry"}
_FEED_ROOTS = {"rss", "feed", "rdf"}
_FEED_FIELDS = {"title", "language", "subtitle", "link"}  # kept for the per-entry copy
_ENTITY_RE = re.compile(rb"<!ENTITY", re.IGNORECASE)
_ROOT_RE = re.compile(rb"<(?![?!])")


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _refuse_entities(head: bytes, name: str) -> None:
    """Entity declarations live in the prolog, before the root element."""
    root = _ROOT_RE.search(head)
    prolog = head[: root.start()] if root else head
    if _ENTITY_RE.search(prolog) or (root is None and b"<!DOCTYPE" in head.upper()):
        raise IngestError(name, "unsafe XML refused (EntitiesForbidden)")


def _envelope(entry: Any) -> bytes:
    """The entry inside shallow copies of its ancestors, with their feed-level fields."""
    chain = []
    parent = entry.getparent()
    while parent is not None:
        chain.append(parent)
        parent = parent.getparent()
    outer: Any = None
    inner: Any = None
    for ancestor in reversed(chain):
        shell = etree.Element(ancestor.tag, attrib=dict(ancestor.attrib), nsmap=ancestor.nsmap)
        for child in ancestor:
            if isinstance(child.tag, str) and _local(child.tag) in _FEED_FIELDS:
                shell.append(copy.deepcopy(child))
        if inner is None:
            outer = shell
        else:
            inner.append(shell)
        inner = shell
    if inner is None:
        return etree.tostring(entry, encoding="utf-8")
    inner.append(copy.deepcopy(entry))
    return etree.tostring(outer, encoding="utf-8")


def _forget(entry: Any) -> None:
    """Drop a read entry and the earlier siblings that are not feed-level fields, so the
    tree does not grow with the file."""
    entry.clear(keep_tail=False)
    parent = entry.getparent()
    if parent is None:
        return
    for sibling in list(entry.itersiblings(preceding=True)):
        if not isinstance(sibling.tag, str) or _local(sibling.tag) not in _FEED_FIELDS:
            parent.remove(sibling)


def _entry_items(data: bytes, name: str, number: int) -> Iterator[Article | IngestError]:
    from tui.ingest.feeds import parse_feed

    try:
        text = data.decode("utf-8")
        for item in parse_feed(text, data, name):
            if isinstance(item, Article):
                item.origin = f"{name}#{number}"
                yield item
            else:
                yield RecordError(name, number, item.reason, kind="entry")
    except IngestError as exc:
        yield RecordError(name, number, exc.reason, kind="entry")


def iter_large_feed(
    handle: BinaryIO, head: bytes, name: str, max_bytes: int
) -> Iterator[Article | IngestError]:
    """Every entry of a feed file too large to read whole; the limit applies per entry."""
    _refuse_entities(head, name)
    events = etree.iterparse(
        handle, events=("start", "end"), load_dtd=False, no_network=True,
        resolve_entities=False, huge_tree=False, remove_comments=True, remove_pis=True,
    )  # fmt: skip
    number = 0
    try:
        for event, element in events:
            if event == "start":
                if element.getparent() is None and _local(element.tag) not in _FEED_ROOTS:
                    root = _local(element.tag)
                    raise IngestError(name, f"not an RSS or Atom feed (root element <{root}>)")
                continue
            if _local(element.tag) not in _ENTRY_NAMES:
                continue
            number += 1
            data = _envelope(element)
            _forget(element)
            if len(data) > max_bytes:
                yield RecordError(name, number, f"record {too_large(len(data), max_bytes)}",
                                  kind="entry")  # fmt: skip
                continue
            yield from _entry_items(data, name, number)
    except etree.XMLSyntaxError as exc:
        line = exc.position[0] if exc.position else 0
        message = " ".join(str(exc.msg or exc).split(",")[0].split())  # lxml's may hold "\n"
        yield IngestError(name, f"malformed XML: {message} (line {line})")
