"""Bad input: always an IngestError naming the file and a reason a user understands."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.ingest import load_file, parse_bytes
from tui.models import IngestError


def reason(path: Path) -> str:
    with pytest.raises(IngestError) as exc:
        load_file(path)
    assert exc.value.path == str(path)
    assert str(exc.value) == f"{path}: {exc.value.reason}"
    return exc.value.reason


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_missing_file(tmp_path: Path) -> None:
    assert reason(tmp_path / "nope.md") == "no such file or directory"


@pytest.mark.parametrize("data", [b"", b"   \n\n\t\n", b"\xef\xbb\xbf", b"\xff\xfe"])
def test_empty_file(tmp_path: Path, data: bytes) -> None:
    assert reason(write(tmp_path, "empty.txt", data)) == "empty file"


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(200)),
        ("paper.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"),
        ("archive.txt", b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + bytes(100)),
        ("blob.md", bytes(range(32)) * 64),
    ],
)
def test_binary_file(tmp_path: Path, name: str, data: bytes) -> None:
    assert reason(write(tmp_path, name, data)) == "binary file (not an article)"


def test_size_limit(tmp_path: Path) -> None:
    path = write(tmp_path, "big.txt", b"Big title\n\n" + b"word " * 400)
    with pytest.raises(IngestError) as exc:
        load_file(path, max_bytes=1000)
    assert "size limit" in exc.value.reason
    assert load_file(path, max_bytes=5000)[0].title == "Big title"


def test_malformed_xml_names_the_problem_and_line(tmp_path: Path) -> None:
    path = write(tmp_path, "feed.xml", b"<rss><channel>\n<item><title>x</item>")
    assert reason(path) == "malformed XML: mismatched tag (line 2)"


def test_xml_entity_bomb_is_refused(tmp_path: Path) -> None:
    bomb = (
        b'<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY a "aaaaaaaaaa">\n'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n]>\n'
        b"<rss><channel><title>&b;</title><item><title>&b;</title></item></channel></rss>"
    )
    assert reason(write(tmp_path, "bomb.xml", bomb)).startswith("unsafe XML refused")


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    path = write(tmp_path, "data.xml", b'<?xml version="1.0"?><inventory><box/></inventory>')
    assert "not an RSS or Atom feed" in reason(path)


def test_feed_without_entries(tmp_path: Path) -> None:
    path = write(tmp_path, "feed.xml", b"<rss><channel><title>Empty</title></channel></rss>")
    assert reason(path) == "no articles found"


def test_jsonl_bad_lines_are_named_and_the_rest_imported(tmp_path: Path) -> None:
    good = b'{"title": "One", "body": "Fine."}\n'
    path = write(tmp_path, "x.jsonl", good + good + b'{"title": "x", "body": \n' + good)
    problems: list[IngestError] = []
    articles = load_file(path, problems=problems)
    assert [a.origin for a in articles] == [f"{path}#1", f"{path}#2", f"{path}#4"]
    (problem,) = problems
    assert problem.path == str(path) and problem.reason.startswith("line 3: invalid JSON")
    path = write(tmp_path, "y.jsonl", good + b"[1, 2]\n" + b'{"title": "", "body": ""}\n')
    problems = []
    assert len(load_file(path, problems=problems)) == 1
    assert [p.reason for p in problems] == [
        "line 2: expected a JSON object",
        "line 3: no title or body",
    ]


def test_jsonl_with_only_bad_lines_reports_the_first(tmp_path: Path) -> None:
    path = write(tmp_path, "z.jsonl", b'{"title": "x", "body": \n{"title": ""}\n')
    assert reason(path).startswith("line 1: invalid JSON")


def test_invalid_json_file(tmp_path: Path) -> None:
    assert reason(write(tmp_path, "x.json", b'[{"title": "a",]')).startswith("invalid JSON")


def test_malformed_front_matter(tmp_path: Path) -> None:
    path = write(tmp_path, "x.md", b"---\ntitle: [unclosed\n---\nBody text.\n")
    assert reason(path).startswith("malformed YAML front matter")
    path = write(tmp_path, "y.md", b'+++\ntitle = "no end\n+++\nBody text.\n')
    assert reason(path).startswith("malformed TOML front matter")


def test_html_without_text(tmp_path: Path) -> None:
    path = write(tmp_path, "x.html", b"<html><head><title></title></head><body></body></html>")
    assert reason(path) == "no article text found in the HTML"


def test_directory_passed_to_load_file(tmp_path: Path) -> None:
    assert reason(tmp_path) == "is a directory"


def test_unexpected_errors_are_wrapped(monkeypatch: pytest.MonkeyPatch) -> None:
    import tui.ingest.text as text_module

    def boom(*args: object) -> None:
        raise KeyError("bug")

    monkeypatch.setattr(text_module, "parse_text", boom)
    with pytest.raises(IngestError) as exc:
        parse_bytes(b"Just some text.", "x.txt")
    assert exc.value.path == "x.txt" and "KeyError" in exc.value.reason
