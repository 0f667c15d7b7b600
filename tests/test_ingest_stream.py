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
