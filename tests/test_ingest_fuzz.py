"""Fuzz properties over every importer: hostile input never escapes as anything but an
IngestError, and every Article that comes out is safe to store and to show.

Short deterministic profile by default; `PARALLAX_FUZZ=long` runs the long one
(see tests/conftest.py).
"""

from __future__ import annotations

import html
import json
import re
from datetime import UTC
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

import pytest
import tomli_w
from hypothesis import given
from hypothesis import strategies as st

from tui.ingest import iter_file, parse_bytes
from tui.ingest.clean import is_control
from tui.models import Article, IngestError, parse_published

# Characters that broke or could break an importer, the store or the terminal.
HOSTILE = [
    "\ud800", "\udfff", "\udbff\udc00",  # lone surrogates, a pair split in two
    "\u202e", "\u202d", "\u2066", "\u2069", "\u200f",  # bidi overrides and isolates
    "\x1b[31m", "\x1b[2J", "\x1b]8;;http://evil.example\x07", "\x1b]0;title\x1b\\", "\x9b1m",
    "\x9d0;t\x07", "\x1bP+q\x1b\\", "\x1b",  # ANSI/OSC/DCS escapes, 8-bit CSI/OSC, lone ESC
    "\x00", "\x07", "\x08", "\x7f", "\x85", "\u2028", "\ufeff", "\r", "\t",
    "⁴²", "²", "①", "₅", "٣", "৪", "Ⅻ", "9" * 40,  # digits str.isdigit() accepts
    "Seventy-two ", "A. ", "\u0301", "ﬁ", "🇵🇹", "𝔘", "\uffff", "\U0010ffff",
]  # fmt: skip
DATES = [
    "9999-12-31T23:59:59-23:59", "0001-01-01T00:00:00+01:00", "9999-12-31", "0001-01-01",
    "Mon, 01 Jan 2024 10:00:00 +9999", "Fri, 31 Dec 9999 23:59:59 -2359", "2025-13-45",
    "2025-07-04T10:15:00Z", "4 de julho de 2025", "July 4, 2025 at 10:00 +9999", "32/13/2024",
    "1 März 9999", "0000-00-00", "99999-01-01", "2025-07-04T25:61:00", "-1", "1e308", "",
]  # fmt: skip

hostile_text = st.lists(
    st.one_of(
        st.text(max_size=30),
        st.sampled_from(HOSTILE),
        st.sampled_from(["Harbour", "reopened", "after", "the", "storm", ".", "\n", "\n\n"]),
    ),
    max_size=25,
).map("".join)
long_line = st.integers(min_value=2000, max_value=30000).map(lambda n: "word" * (n // 4))
field_text = st.one_of(hostile_text, hostile_text, long_line)
date_value = st.one_of(st.sampled_from(DATES), st.text(max_size=40))


def to_bytes(text: str) -> bytes:
    """UTF-8 bytes; a lone surrogate becomes the invalid bytes a broken file would hold."""
    return text.encode("utf-8", "surrogatepass")


def assert_safe(article: Article) -> None:
    """What every Article leaving the importer must satisfy."""
    for value in (article.title, article.body, article.format):
        assert isinstance(value, str)
        value.encode("utf-8")
    for value in (article.source, article.url, article.language, article.origin):
        assert value is None or isinstance(value, str)
        if value is not None:
            value.encode("utf-8")
    for tag in article.tags:
        assert isinstance(tag, str)
        tag.encode("utf-8")
    assert isinstance(article.raw, bytes)
    for value in (article.title, article.source or "", *article.tags):
        assert "\n" not in value
    for value in (article.title, article.body, article.source or "", *article.tags):
        assert not any(is_control(ch) for ch in value), repr(value)
        assert "\x1b" not in value
    if article.published is not None:
        moment = parse_published(article.published)
        assert moment is not None, article.published
        assert 1 <= moment.astimezone(UTC).year <= 9999


def check_items(items: list[object]) -> list[Article]:
    for item in items:
        assert isinstance(item, Article | IngestError), type(item)
        if isinstance(item, IngestError):
            assert "\n" not in str(item)
    articles = [i for i in items if isinstance(i, Article)]
    for article in articles:
        assert_safe(article)
    return articles


def parse_all(data: bytes, name: str) -> list[Article]:
    try:
        articles = parse_bytes(data, name)
    except IngestError as exc:
        assert exc.path == name and "\n" not in exc.reason
        return []
    for article in articles:
        assert_safe(article)
    return articles


NAMES = st.sampled_from(["x.txt", "x.md", "x.html", "x.xml", "x.jsonl", "x.json", "x", "x.csv"])


@given(data=st.binary(max_size=4000), name=NAMES)
def test_arbitrary_bytes(data: bytes, name: str) -> None:
    parse_all(data, name)


@given(
    data=st.one_of(
        st.binary(max_size=3000),
        st.lists(st.binary(max_size=200), max_size=12).map(b"\n".join),
        hostile_text.map(to_bytes),
    ),
    name=NAMES,
    max_bytes=st.sampled_from([64, 1000, 20 * 1024 * 1024]),
)
def test_arbitrary_files_through_iter_file(
    tmp_path_factory: pytest.TempPathFactory, data: bytes, name: str, max_bytes: int
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / name
    path.write_bytes(data)
    check_items(list(iter_file(path, max_bytes=max_bytes)))


json_scalar = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), field_text
)
json_value = st.recursive(
    json_scalar, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner),
    max_leaves=8,
)  # fmt: skip
record = st.fixed_dictionaries(
    {},
    optional={
        "title": st.one_of(field_text, json_value),
        "body": st.one_of(field_text, json_value),
        "source": st.one_of(field_text, json_value),
        "url": st.one_of(st.just("https://x.example/a"), field_text, json_value),
        "language": st.one_of(st.sampled_from(["en", "pt", "xx", "EN-us", ""]), json_value),
        "language_detected": json_value,
        "published": st.one_of(date_value, json_value),
        "tags": st.one_of(st.lists(field_text, max_size=4), field_text, json_value),
    },
)
garbage_line = st.text(alphabet="{}[]\",:abc 0129", min_size=1, max_size=40).filter(
    lambda s: s.strip()
)
jsonl_line = st.one_of(record.map(json.dumps), record.map(json.dumps), garbage_line)


@given(
    first=record,
    lines=st.lists(jsonl_line, max_size=10),
    max_bytes=st.sampled_from([300, 10**6]),
)
def test_jsonl_one_item_per_line(
    tmp_path_factory: pytest.TempPathFactory, first: dict, lines: list[str], max_bytes: int
) -> None:
    """Streamed JSON Lines: each non-blank line gives one article or one error."""
    path = tmp_path_factory.mktemp("fuzz") / "dump.jsonl"
    path.write_text("\n".join([json.dumps(first), *lines]) + "\n", encoding="utf-8")
    items = list(iter_file(path, max_bytes=max_bytes))
    check_items(items)
    assert len(items) == 1 + len(lines)
    parse_all(path.read_bytes(), "dump.jsonl")


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _xml_text(text: str, valid: bool) -> str:
    """Escaped for XML; `valid` also drops the characters XML 1.0 forbids."""
    return xml_escape(_XML_INVALID.sub("", text) if valid else text)


@st.composite
def feed(draw: st.DrawFn) -> bytes:
    atom, valid = draw(st.booleans()), draw(st.integers(0, 3)) > 0
    items = []
    for _ in range(draw(st.integers(0, 4))):
        title = _xml_text(draw(field_text), valid)
        body = _xml_text(draw(field_text), valid)
        date = _xml_text(draw(date_value), valid)
        tag = _xml_text(draw(hostile_text), valid).replace("'", "&apos;")
        if atom:
            items.append(
                f"<entry><title>{title}</title><updated>{date}</updated>"
                f"<content type='html'>{body}</content><category term='{tag}'/>"
                "</entry>"
            )
        else:
            items.append(
                f"<item><title>{title}</title><pubDate>{date}</pubDate>"
                f"<description>{body}</description><category>{tag}</category></item>"
            )
    channel_title = _xml_text(draw(hostile_text), valid)
    encoding = draw(st.sampled_from(["utf-8", "UTD-8", "latin-1", "utf-16", "ascii"]))
    decl = f"<?xml version='1.0' encoding='{encoding}'?>" if draw(st.booleans()) else ""
    if atom:
        doc = (
            f"{decl}<feed xmlns='http://www.w3.org/2005/Atom'><title>{channel_title}</title>"
            + "".join(items) + "</feed>"
        )  # fmt: skip
    else:
        doc = (
            f"{decl}<rss version='2.0'><channel><title>{channel_title}</title>"
            + "".join(items) + "</channel></rss>"
        )  # fmt: skip
    if valid and encoding != "UTD-8":
        return doc.encode(encoding, "xmlcharrefreplace")
    return doc.encode("utf-8", "surrogatepass")


@given(data=feed(), name=st.sampled_from(["feed.xml", "feed.rss", "feed"]))
def test_feeds(data: bytes, name: str) -> None:
    parse_all(data, name)


@given(data=feed())
def test_feeds_over_the_limit_streamed(
    tmp_path_factory: pytest.TempPathFactory, data: bytes
) -> None:
    """Entry by entry (lxml iterparse): same guarantees as a feed read whole."""
    path = tmp_path_factory.mktemp("fuzz") / "feed.xml"
    path.write_bytes(data)
    check_items(list(iter_file(path, max_bytes=max(64, len(data) // 3))))


@st.composite
def markdown(draw: st.DrawFn) -> bytes:
    meta = {
        "title": draw(field_text),
        "source": draw(field_text),
        "published": draw(date_value),
        "tags": draw(st.lists(hostile_text, max_size=3)),
        "language": draw(st.sampled_from(["en", "pt", "de", "zz", ""])),
    }
    body = draw(field_text)
    heading = f"# {draw(hostile_text)}\n\n" if draw(st.booleans()) else ""
    kind = draw(st.sampled_from(["yaml", "toml", "none"]))
    if kind == "yaml":
        lines = [f"{key}: {json.dumps(value)}" for key, value in meta.items()]
        front = "---\n" + "\n".join(lines) + "\n---\n"
    elif kind == "toml":
        try:
            front = "+++\n" + tomli_w.dumps(meta) + "+++\n"
        except (UnicodeEncodeError, ValueError):
            front = "+++\ntitle = 'x'\n+++\n"
    else:
        front = ""
    return to_bytes(front + heading + body)


@given(data=markdown())
def test_markdown_with_front_matter(data: bytes) -> None:
    parse_all(data, "story.md")


@st.composite
def html_page(draw: st.DrawFn) -> bytes:
    esc = lambda s: html.escape(s, quote=True)  # noqa: E731
    title, lang, date = esc(draw(field_text)), esc(draw(hostile_text)), esc(draw(date_value))
    paragraphs = "".join(f"<p>{esc(draw(field_text))}</p>" for _ in range(draw(st.integers(0, 4))))
    raw_bits = draw(st.sampled_from(["", "<script>x</script>", "<p>unclosed", "</div>", "&bogus;"]))
    return to_bytes(
        f"<!DOCTYPE html><html lang='{lang}'><head><title>{title}</title>"
        f"<meta property='article:published_time' content='{date}'>"
        f"<meta property='og:site_name' content='{esc(draw(hostile_text))}'></head>"
        f"<body><article><h1>{title}</h1>{paragraphs}{raw_bits}</article></body></html>"
    )


@given(data=html_page())
def test_html_pages(data: bytes) -> None:
    parse_all(data, "page.html")


HEADER_NOISE = [
    "Published on {d}", "Document Date: {d}", "Date: {d}", "Category: ,English,{t}",
    "Show on website : [Click Here](#)", "coastwatch.example", "Source: {t}", "By {t}",
    "Marta Quill/AFP via Getty Images", "Foto: {t}", "https://x.example/{t}", "Tags: {t}, {t}",
    "Language: {t}", "Crawled: {d}", "Publicado em {d}",
]  # fmt: skip


@st.composite
def clipping(draw: st.DrawFn) -> bytes:
    lines = [draw(hostile_text).replace("\n", " ")]
    for _ in range(draw(st.integers(0, 6))):
        template = draw(st.sampled_from(HEADER_NOISE))
        lines.append(template.format(d=draw(date_value), t=draw(hostile_text)))
    lines.extend(draw(field_text) for _ in range(draw(st.integers(0, 4))))
    sep = draw(st.sampled_from(["\n\n", "\n", "\r\n\r\n", "\n\n\n\n"]))
    return to_bytes(sep.join(lines))


@given(data=clipping())
def test_plain_text_with_header_noise(data: bytes) -> None:
    parse_all(data, "clipping.txt")


@given(data=clipping(), encoding=st.sampled_from(["utf-16", "utf-16-le", "cp1252", "utf-8-sig"]))
def test_other_encodings(encoding: str, data: bytes) -> None:
    text = data.decode("utf-8", "replace")
    parse_all(text.encode(encoding, "replace"), "clipping.txt")


def test_fuzz_profile_is_bounded() -> None:
    """The suite's default profile is the short deterministic one (CI stays fast)."""
    import os

    from hypothesis import settings

    if os.environ.get("PARALLAX_FUZZ") == "long":
        pytest.skip("long profile requested")
    assert settings().derandomize and settings().max_examples <= 100
    assert Path(__file__).with_name("conftest.py").is_file()
