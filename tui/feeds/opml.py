"""OPML 2.0 in and out: folders are tags; Parallax's own settings (full text, interval) ride
along as attributes in their own namespace, so a round trip loses nothing."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import Any

import defusedxml.ElementTree as DET
from defusedxml import DefusedXmlException

from tui.feeds.fetch import is_web_url
from tui.models import ParallaxError
from tui.store import FeedRecord

NS = "https://parallax-reader.invalid/opml/1"  # an identifier, never fetched
_FULL_TEXT = f"{{{NS}}}fullText"
_EVERY = f"{{{NS}}}every"
MAX_DEPTH = 32


@dataclass
class Outline:
    url: str
    title: str | None = None
    html_url: str | None = None
    tags: list[str] = field(default_factory=list)
    full_text: bool = False
    interval_s: int | None = None


class OpmlError(ParallaxError):
    pass


def _attr(element: Any, name: str) -> str | None:
    value = (element.get(name) or "").strip()
    return value or None


def _walk(element: Any, tags: list[str], out: dict[str, Outline], depth: int) -> None:
    if depth > MAX_DEPTH:
        raise OpmlError(f"folders nested deeper than {MAX_DEPTH}")
    for child in element.findall("outline"):
        url = _attr(child, "xmlUrl")
        label = _attr(child, "text") or _attr(child, "title")
        if url is None:
            folder = [*tags, label] if label else tags
            _walk(child, folder, out, depth + 1)
            continue
        if not is_web_url(url):
            continue
        every = _attr(child, _EVERY)
        outline = out.setdefault(url, Outline(url))
        outline.title = outline.title or _attr(child, "title") or _attr(child, "text")
        outline.html_url = outline.html_url or _attr(child, "htmlUrl")
        outline.full_text = outline.full_text or _attr(child, _FULL_TEXT) == "true"
        if every and every.isdigit():
            outline.interval_s = int(every)
        for tag in tags:
            if tag not in outline.tags:
                outline.tags.append(tag)


def read_opml(data: bytes, name: str) -> list[Outline]:
    """The subscriptions of an OPML file (each feed once; all its folders as tags)."""
    try:
        root = DET.fromstring(data)
    except DefusedXmlException as exc:
        raise OpmlError(f"{name}: unsafe XML refused ({type(exc).__name__})") from None
    except ET.ParseError as exc:
        raise OpmlError(f"{name}: malformed OPML ({exc})") from None
    if root.tag != "opml" or root.find("body") is None:
        raise OpmlError(f"{name}: not an OPML file (no <opml><body>)")
    out: dict[str, Outline] = {}
    try:
        _walk(root.find("body"), [], out, 0)
    except OpmlError as exc:
        raise OpmlError(f"{name}: {exc}") from None
    return list(out.values())


def _outline(parent: Any, feed: FeedRecord) -> None:
    attrs = {"type": "rss", "text": feed.title or feed.url, "xmlUrl": feed.url}
    if feed.title:
        attrs["title"] = feed.title
    if feed.html_url:
        attrs["htmlUrl"] = feed.html_url
    if feed.full_text:
        attrs[_FULL_TEXT] = "true"
    if feed.interval_s:
        attrs[_EVERY] = str(feed.interval_s)
    ET.SubElement(parent, "outline", attrs)


def write_opml(feeds: list[FeedRecord], title: str = "Parallax subscriptions") -> bytes:
    """OPML 2.0: one folder per tag (a feed with two tags is in both), untagged at the top."""
    ET.register_namespace("parallax", NS)
    root = ET.Element("opml", {"version": "2.0"})
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    body = ET.SubElement(root, "body")
    folders: dict[str, Any] = {}
    for tag in sorted({t for f in feeds for t in f.tags}):
        folders[tag] = ET.SubElement(body, "outline", {"text": tag, "title": tag})
    for feed in feeds:
        for tag in feed.tags:
            _outline(folders[tag], feed)
        if not feed.tags:
            _outline(body, feed)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
