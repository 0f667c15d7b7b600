"""The subscription commands: `feeds`, `refresh`, `opml`, `import URL` (stable contract)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tui.cli import main
from tui.feeds.opml import read_opml, write_opml
from tui.store import ArticleFilter, Store

from .conftest import FeedServer, Reply, rss, story


def cli(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main([*args, "--db", str(db)])
    out, err = capsys.readouterr()
    return code, out, err


def test_feeds_add_list_tag_remove(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    url = "https://news.example/feed.xml"
    code, out, _ = cli(capsys, db_path, "feeds", "add", url, "--tag", "world", "--tag",
                       "pt", "--full-text", "--every", "2h")
    assert code == 0 and url in out
    code, out, _ = cli(capsys, db_path, "feeds", "list", "--json")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 1
    row = rows[0]
    assert {"url", "title", "tags", "last_success", "last_error", "articles"} <= set(row)
    assert row["url"] == url and sorted(row["tags"]) == ["pt", "world"]
    assert row["full_text"] is True and row["every_seconds"] == 7200
    assert row["articles"] == 0 and row["last_success"] is None
    assert cli(capsys, db_path, "feeds", "tag", url, "africa")[0] == 0
    assert json.loads(cli(capsys, db_path, "feeds", "list", "--json")[1])[0]["tags"] == ["africa"]
    code, out, _ = cli(capsys, db_path, "feeds", "list")
    assert url in out and "africa" in out and "never" in out
    assert cli(capsys, db_path, "feeds", "remove", url)[0] == 0
    code, _, err = cli(capsys, db_path, "feeds", "remove", url)
    assert code == 1 and "not subscribed" in err
    assert json.loads(cli(capsys, db_path, "feeds", "list", "--json")[1]) == []


@pytest.mark.parametrize("args", [
    ["feeds", "add", "not-a-url"], ["feeds", "add", "https://a.example/", "--every", "soon"],
    ["feeds"], ["opml"], ["refresh", "https://unknown.example/feed"],
])
def test_usage_errors_exit_2(
    capsys: pytest.CaptureFixture[str], db_path: Path, args: list[str]
) -> None:
    with pytest.raises(SystemExit) as raised:
        code = main([*args, "--db", str(db_path)])
        raise SystemExit(code)
    assert raised.value.code == 2
    assert capsys.readouterr().err.strip()


def test_refresh_lines_summary_and_exit_codes(
    capsys: pytest.CaptureFixture[str], db_path: Path, server: FeedServer
) -> None:
    server.serve("/a", rss("Alpha", [story(1), story(2)]))
    server.serve("/b", rss("Beta", [story(3)]))
    cli(capsys, db_path, "feeds", "add", server.url("/a"), "--tag", "x")
    cli(capsys, db_path, "feeds", "add", server.url("/b"))
    code, out, err = cli(capsys, db_path, "refresh")
    assert code == 0 and not err
    lines = out.splitlines()
    assert f"{server.url('/a')}: new 2, updated 0, unchanged 0" in lines
    assert lines[-1] == "refreshed 2 of 2 feeds: new 3, updated 0, unchanged 0, failed 0"
    server.routes["/b"] = lambda s: Reply(500)
    code, out, err = cli(capsys, db_path, "refresh")
    assert code == 1
    assert err.strip() == f"{server.url('/b')}: HTTP 500 Internal Server Error"
    assert out.splitlines()[-1].endswith("failed 1")
    code, out, _ = cli(capsys, db_path, "refresh", "--tag", "x", "--json")
    data = json.loads(out)
    assert code == 0 and [f["url"] for f in data["feeds"]] == [server.url("/a")]
    assert {"new", "updated", "unchanged", "failed"} <= set(data)
    code, out, _ = cli(capsys, db_path, "feeds", "list", "--json")
    beta = next(r for r in json.loads(out) if r["url"] == server.url("/b"))
    assert beta["last_error"] == "HTTP 500 Internal Server Error" and beta["articles"] == 1


def test_import_url_fetches_once_without_subscribing(
    capsys: pytest.CaptureFixture[str], db_path: Path, server: FeedServer
) -> None:
    server.serve("/feed", rss("Alpha", [story(1), story(2)]))
    page = (
        b"<!doctype html><html lang='en'><head><title>Pier vote</title></head><body><article>"
        b"<h1>Pier vote delayed</h1><p>The harbour council delayed the vote on the new pier "
        b"by two weeks after residents asked for more time to read the plans.</p>"
        b"<p>A public hearing is planned for the first week of August.</p></article></body></html>"
    )
    server.serve("/story.html", page, "text/html")
    code, out, err = cli(capsys, db_path, "import", server.url("/feed"), server.url("/story.html"))
    assert code == 0, err
    assert out.strip() == "imported 3, updated 0, unchanged 0, failed 0"
    with Store.open(db_path) as store:
        assert store.feeds() == []
        urls = {a.url for a in store.page(ArticleFilter(), 0, 10)}
    assert server.url("/story.html") in urls
    code, out, err = cli(capsys, db_path, "import", server.url("/nothing"))
    assert code == 1 and err.strip() == f"{server.url('/nothing')}: HTTP 404 Not Found"


def test_opml_round_trip_keeps_everything(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    with Store.open(db_path) as store:
        store.add_feed("https://a.example/rss", title="Alpha & Co", html_url="https://a.example/",
                       tags=["world", "pt"], full_text=True, interval_s=1800)
        store.add_feed("https://b.example/atom", title="Beta")
        before = [f.to_json() for f in store.feeds()]
    out_file = tmp_path / "subs.opml"
    assert cli(capsys, db_path, "opml", "export", str(out_file))[0] == 0
    other = tmp_path / "other.db"
    code, out, _ = cli(capsys, other, "opml", "import", str(out_file))
    assert code == 0 and "subscribed to 2 feeds" in out
    with Store.open(other) as store:
        after = [f.to_json() for f in store.feeds()]
    assert after == before
    code, out, _ = cli(capsys, db_path, "opml", "export", "-")
    assert code == 0 and read_opml(out.encode(), "-")[0].title == "Alpha & Co"


def test_opml_from_another_reader_nested_folders(tmp_path: Path) -> None:
    data = b"""<?xml version="1.0"?><opml version="1.0"><head/><body>
      <outline text="News"><outline text="Europe">
        <outline text="Gazette" xmlUrl="https://g.example/rss" htmlUrl="https://g.example/"/>
      </outline></outline>
      <outline text="Loose" type="rss" xmlUrl="https://l.example/feed"/>
      <outline text="Not a feed" xmlUrl="javascript:alert(1)"/>
    </body></opml>"""
    outlines = {o.url: o for o in read_opml(data, "x.opml")}
    assert set(outlines) == {"https://g.example/rss", "https://l.example/feed"}
    assert outlines["https://g.example/rss"].tags == ["News", "Europe"]
    assert outlines["https://g.example/rss"].title == "Gazette"
    assert outlines["https://l.example/feed"].tags == []
    assert read_opml(write_opml([]), "empty.opml") == []  # an empty export is still OPML


@pytest.mark.parametrize(("data", "reason"), [
    (b"<opml><body><outline", "malformed OPML"),
    (b"<rss/>", "not an OPML file"),
    (b'<!DOCTYPE x [<!ENTITY a "aaaa">]><opml><body/></opml>', "unsafe XML refused"),
])
def test_bad_opml_is_one_line(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path, data: bytes, reason: str
) -> None:
    path = tmp_path / "bad.opml"
    path.write_bytes(data)
    code, _, err = cli(capsys, db_path, "opml", "import", str(path))
    assert code == 1 and reason in err and str(path) in err
    assert len(err.strip().splitlines()) == 1
