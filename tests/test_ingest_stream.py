"""JSON Lines are read record by record: the size limit is per line, a bad line is one
error and the other lines are imported; other formats are read whole under the limit."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest

from tui.ingest import RecordError, iter_file, load_file
from tui.models import Article, IngestError


def record(number: int, **extra: object) -> bytes:
    obj = {
        "title": f"Report number {number} on the harbour",
        "body": f"The harbour reopened on day {number} after the storm.",
        **extra,
    }
    return json.dumps(obj, ensure_ascii=False).encode("utf-8") + b"\n"


def split(items: list[Article | IngestError]) -> tuple[list[Article], list[IngestError]]:
    articles = [i for i in items if isinstance(i, Article)]
    return articles, [i for i in items if not isinstance(i, Article)]


def test_jsonl_larger_than_the_limit_is_read_line_by_line(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_bytes(b"".join(record(n) for n in range(1, 201)))
    limit = 1000  # each line fits, the file (about 20 KB) does not
    assert path.stat().st_size > 10 * limit
    articles, errors = split(list(iter_file(path, max_bytes=limit)))
    assert errors == []
    assert len(articles) == 200
    assert articles[-1].title == "Report number 200 on the harbour"
    assert articles[41].origin == f"{path}#42"


def test_one_line_over_the_limit_is_reported_and_skipped(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    huge = record(2, body="word " * 5000)
    path.write_bytes(record(1) + huge + record(3))
    articles, errors = split(list(iter_file(path, max_bytes=2000)))
    assert [a.title for a in articles] == [
        "Report number 1 on the harbour",
        "Report number 3 on the harbour",
    ]
    (error,) = errors
    assert isinstance(error, RecordError) and error.number == 2
    assert error.reason.startswith("line 2: record too large (")
    assert "size limit 2000 bytes" in error.reason


def test_bad_lines_do_not_stop_the_file(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_bytes(record(1) + b"{oops\n\n" + b'"a string"\n' + record(5) + b'{"title": \n')
    items = list(iter_file(path))
    assert [type(i).__name__ for i in items] == [
        "Article", "RecordError", "RecordError", "Article", "RecordError",
    ]  # fmt: skip
    reasons = [i.reason for i in items if isinstance(i, IngestError)]
    assert reasons[0].startswith("line 2: invalid JSON (")
    assert reasons[1] == "line 4: expected a JSON object"
    assert reasons[2].startswith("line 6: invalid JSON (")
    assert all(str(i) == f"{path}: {i.reason}" for i in items if isinstance(i, IngestError))


def test_a_whole_file_format_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.md"
    path.write_bytes(b"# Big\n\n" + b"word " * 1000)
    (error,) = list(iter_file(path, max_bytes=1000))
    assert isinstance(error, IngestError) and not isinstance(error, RecordError)
    assert error.reason.startswith("file too large (")


def test_pretty_printed_json_in_a_jsonl_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps({"title": "Pretty", "body": "Indented object."}, indent=2))
    (article,) = list(iter_file(path))
    assert isinstance(article, Article) and article.title == "Pretty"


def test_json_lines_in_a_json_file_are_streamed(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_bytes(record(1) + record(2))
    articles, errors = split(list(iter_file(path, max_bytes=200)))
    assert errors == [] and len(articles) == 2


def test_a_one_line_file_keeps_its_plain_origin(tmp_path: Path) -> None:
    path = tmp_path / "one.jsonl"
    path.write_bytes(record(1))
    (article,) = list(iter_file(path))
    assert isinstance(article, Article) and article.origin == str(path)


@pytest.mark.parametrize(
    "encode",
    [
        lambda b: codecs.BOM_UTF8 + b,
        lambda b: b.decode("utf-8").encode("utf-16"),
        lambda b: b.decode("utf-8").encode("utf-16-le"),
        lambda b: b.decode("utf-8").encode("cp1252"),
        lambda b: b.replace(b"\n", b"\r\n"),
    ],
    ids=["utf8-bom", "utf16-bom", "utf16-le", "cp1252", "crlf"],
)
def test_streamed_encodings(tmp_path: Path, encode) -> None:
    data = record(1, source="Diário de Notícias") + record(2, title="Greve às 18h — “caro”")
    path = tmp_path / "enc.jsonl"
    path.write_bytes(encode(data))
    articles, errors = split(list(iter_file(path, max_bytes=400)))
    assert errors == []
    assert [a.source for a in articles] == ["Diário de Notícias", None]
    assert articles[1].title == "Greve às 18h — “caro”"


def test_iter_file_never_raises(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    cases = {
        tmp_path / "missing.jsonl": "no such file or directory",
        tmp_path: "is a directory",
        fifo: "not a regular file",
    }
    (tmp_path / "empty.jsonl").write_bytes(b"")
    cases[tmp_path / "empty.jsonl"] = "empty file"
    for path, expected in cases.items():
        (error,) = list(iter_file(path))
        assert isinstance(error, IngestError) and error.reason == expected


def test_load_file_keeps_the_good_lines(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_bytes(record(1) + b"not json\n" + record(3))
    problems: list[IngestError] = []
    assert len(load_file(path, problems=problems)) == 2
    assert [p.reason for p in problems][0].startswith("line 2: invalid JSON")


def rss(items: int, *, extra: str = "", prolog: str = "") -> bytes:
    entries = "".join(
        f"<item><title>Entry number {n} about the harbour</title>"
        f"<link>https://x.example/{n}</link><category>port</category>"
        f"<description>&lt;p&gt;The harbour reopened on day {n}.&lt;/p&gt;</description>"
        f"<pubDate>Mon, 0{n % 9 + 1} Jan 2024 10:00:00 +0100</pubDate></item>\n"
        for n in range(1, items + 1)
    )
    return (
        f"<?xml version='1.0' encoding='utf-8'?>{prolog}<rss version='2.0'><channel>"
        f"<title>Harbour Wire</title><language>en</language>\n{entries}{extra}</channel></rss>"
    ).encode()


def atom(items: int) -> bytes:
    entries = "".join(
        f"<entry><title>Atom entry {n}</title><id>tag:x,2024:{n}</id>"
        f"<updated>2024-01-0{n % 9 + 1}T10:00:00Z</updated>"
        f"<content type='html'>Body of entry {n}.</content></entry>"
        for n in range(1, items + 1)
    )
    return (
        "<feed xmlns='http://www.w3.org/2005/Atom' xml:lang='pt'><title>Atom Wire</title>"
        f"{entries}</feed>"
    ).encode()


@pytest.mark.parametrize("make", [rss, atom], ids=["rss", "atom"])
def test_a_feed_over_the_limit_is_read_entry_by_entry(tmp_path: Path, make) -> None:
    path = tmp_path / "big.xml"
    path.write_bytes(make(60))
    whole = load_file(path)  # under the default limit: read whole
    limit = 1000
    assert path.stat().st_size > 3 * limit
    streamed, errors = split(list(iter_file(path, max_bytes=limit)))
    assert errors == []
    assert len(streamed) == len(whole) == 60
    for a, b in zip(whole, streamed, strict=True):
        assert (a.title, a.body, a.source, a.url, a.language, a.published, a.tags) == (
            b.title, b.body, b.source, b.url, b.language, b.published, b.tags,
        )  # fmt: skip
        assert (a.origin, a.raw, a.format) == (b.origin, b.raw, b.format)


def test_a_large_feed_that_breaks_keeps_the_entries_before(tmp_path: Path) -> None:
    path = tmp_path / "cut.xml"
    path.write_bytes(rss(20)[:-40])  # cut inside the last entry
    items = list(iter_file(path, max_bytes=1000))
    articles, errors = split(items)
    assert len(articles) == 19
    (error,) = errors
    assert error.reason.startswith("malformed XML") and not isinstance(error, RecordError)


def test_a_large_feed_declaring_entities_is_refused(tmp_path: Path) -> None:
    bomb = '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
    path = tmp_path / "bomb.xml"
    path.write_bytes(rss(20, prolog=bomb))
    (error,) = list(iter_file(path, max_bytes=1000))
    assert error.reason == "unsafe XML refused (EntitiesForbidden)"


def test_one_entry_over_the_limit_in_a_large_feed(tmp_path: Path) -> None:
    big = "<item><title>Huge</title><description>" + "word " * 400 + "</description></item>"
    path = tmp_path / "feed.xml"
    path.write_bytes(rss(10, extra=big))
    articles, errors = split(list(iter_file(path, max_bytes=1000)))
    assert len(articles) == 10
    (error,) = errors
    assert error.reason.startswith("entry 11: record too large (")


def test_large_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "data.xml"
    path.write_bytes(b"<?xml version='1.0'?><catalog>" + b"<item>x</item>" * 200 + b"</catalog>")
    (error,) = list(iter_file(path, max_bytes=1000))
    assert error.reason == "not an RSS or Atom feed (root element <catalog>)"
