"""Regression tests for the importer defects of issue 9: input that used to abort an
import (or a whole feed) now loses at most the one bad value."""

from __future__ import annotations

from datetime import UTC
from pathlib import Path

import pytest

from tui.ingest import parse_bytes
from tui.ingest.dates import find_date_in_text, parse_date
from tui.models import parse_published


def fields(article) -> list[str]:
    return [article.title, article.body, article.source or "", article.url or "", *article.tags]


def test_lone_surrogates_in_json_become_replacement_characters() -> None:
    line = (
        b'{"title": "x \\ud800 title", "body": "body \\udfff text", "source": "Out\\udbffl",'
        b' "url": "https://x.example/\\ud800", "tags": ["a\\ud800b", "ok"]}\n'
    )
    (article,) = parse_bytes(line, "s.jsonl")
    for value in fields(article):
        value.encode("utf-8")  # what content_hash does; it used to raise
    assert article.title == "x \ufffd title"
    assert article.body == "body \ufffd text"
    assert article.source == "Out\ufffdl"
    assert article.tags == ["a\ufffdb", "ok"]


def test_an_escaped_surrogate_pair_is_one_character() -> None:
    (article,) = parse_bytes(b'{"title": "Smile \\ud83d\\ude00", "body": "Text."}', "p.jsonl")
    assert article.title == "Smile \U0001f600"


def test_lone_surrogates_in_a_json_array_item() -> None:
    data = b'[{"title": "T \\ud800", "body": "B."}, {"title": "Two", "body": "C."}]'
    first, second = parse_bytes(data, "a.json")
    assert first.title == "T \ufffd" and first.raw.decode("utf-8")
    assert second.title == "Two"


def _feed(first_date: str) -> bytes:
    return (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>Wire</title>"
        f"<item><title>First report</title><description>Body one.</description>"
        f"<pubDate>{first_date}</pubDate></item>"
        "<item><title>Second report</title><description>Body two.</description>"
        "<pubDate>Mon, 01 Jan 2024 10:00:00 +0000</pubDate></item>"
        "</channel></rss>"
    ).encode()


@pytest.mark.parametrize(
    "bad", ["Mon, 01 Jan 2024 10:00:00 +9999", "Fri, 31 Dec 9999 23:59:59 -2359", "32/13/2024"]
)
def test_one_bad_pubdate_only_drops_that_date(bad: str) -> None:
    first, second = parse_bytes(_feed(bad), "feed.xml")
    assert (first.title, first.published) == ("First report", None)
    assert second.published == "2024-01-01T10:00:00+00:00"


def test_unknown_declared_encoding_is_parsed_anyway() -> None:
    data = (
        b"<?xml version='1.0' encoding='UTD-8'?><rss version='2.0'><channel><title>W</title>"
        b"<item><title>Only report</title><description>Body.</description></item>"
        b"</channel></rss>"
    )
    (article,) = parse_bytes(data, "feed.xml")
    assert article.title == "Only report"


def test_feedparser_failure_is_a_one_line_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    import feedparser

    from tui.models import IngestError

    def broken(*args: object, **kwargs: object) -> None:
        raise ValueError("bad offset")

    monkeypatch.setattr(feedparser, "parse", broken)
    with pytest.raises(IngestError) as exc:
        parse_bytes(_feed("Mon, 01 Jan 2024 10:00:00 +0000"), "feed.xml")
    assert exc.value.reason == "malformed feed (ValueError: bad offset)"


def test_one_entry_that_fails_is_reported_and_the_others_kept(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import tui.ingest.feeds as feeds
    from tui.models import IngestError

    real = feeds._entry_article

    def flaky(entry, *args):
        if entry.get("title") == "First report":
            raise ValueError("odd entry")
        return real(entry, *args)

    monkeypatch.setattr(feeds, "_entry_article", flaky)
    problems: list[IngestError] = []
    (article,) = parse_bytes(_feed("x"), "feed.xml", problems=problems)
    assert article.title == "Second report"
    assert [p.reason for p in problems] == ["entry 1: could not read (ValueError: odd entry)"]


@pytest.mark.parametrize(
    "value",
    [
        "9999-12-31T23:59:59-23:59",
        "9999-12-31T23:00:00-01:30",
        "0001-01-01T00:00:00+01:00",
        "0001-01-01T00:30:00+23:59",
    ],
)
def test_dates_off_the_calendar_in_utc_are_dropped(value: str) -> None:
    assert parse_date(value) is None
    md = f"---\ntitle: End of time\npublished: {value}\n---\nBody text here.\n"
    (article,) = parse_bytes(md.encode(), "x.md")
    assert article.title == "End of time" and article.published is None


@pytest.mark.parametrize(
    "value",
    ["9999-12-31T23:59:59+05:00", "0001-01-01T00:00:00-01:00", "9999-12-31", "0001-01-01"],
)
def test_dates_at_the_calendar_ends_that_convert_are_kept(value: str) -> None:
    iso = parse_date(value)
    assert iso is not None
    parse_published(iso).astimezone(UTC)  # type: ignore[union-attr]


def test_a_text_date_with_an_impossible_offset_is_not_used() -> None:
    assert find_date_in_text("Filed 4 July 2025 at 10:00 +9999 by the desk.") is None
    assert find_date_in_text("Filed 4 July 2025 at 10:00 +0200.") == "2025-07-04T10:00:00+02:00"


def test_dateparser_is_only_asked_about_month_names_in_one_language(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each dateparser call over all its locales cost seconds: junk dates made a time bomb."""
    import dateparser

    from tui.ingest import dates

    calls: list[tuple[str, object]] = []
    monkeypatch.setattr(
        dateparser, "parse", lambda value, **kw: calls.append((value, kw.get("languages")))
    )
    dates._dateparser.cache_clear()
    for junk in ("ab 2019 cd", "wordword 2017", "Ⅻ 2020 ⁴²", "zz 2018 q"):
        assert parse_date(junk, "en") is None
    assert calls == []
    parse_date("Tuesday, July the 4th, 2025", "en")  # a shape the text parser lacks
    parse_date("x juli y 2024 z", None)
    assert calls == [("Tuesday, July the 4th, 2025", ["en"]), ("x juli y 2024 z", ["en"])]
    dates._dateparser.cache_clear()


def test_poisoned_input_stores_and_the_next_file_still_imports(tmp_path) -> None:
    """The archive-level symptom: content_hash raised on a lone surrogate, utc_key on a
    date off the calendar, and the batch stopped there."""
    from tui.store import Store

    poisoned = [
        parse_bytes(b'{"title": "x \\ud800", "body": "y \\udfff z"}\n', "s.jsonl"),
        parse_bytes(_feed("Mon, 01 Jan 2024 10:00:00 +9999"), "feed.xml"),
        parse_bytes(b"---\ntitle: End\npublished: 9999-12-31T23:59:59-23:59\n---\nBody.\n", "e.md"),
    ]
    after = parse_bytes(b"# Next file\n\nIt imports as usual.\n", "next.md")
    with Store.open(tmp_path / "a.db") as store:
        for articles in [*poisoned, after]:
            assert store.import_articles(articles).imported == len(articles)
        assert store.count() == 5


def test_a_file_name_that_is_not_utf8_gives_a_storable_origin(tmp_path) -> None:
    import os

    from tui.ingest import iter_file

    raw_name = os.fsencode(tmp_path) + b"/caf\xe9.jsonl"  # Latin-1 name on a UTF-8 system
    with open(raw_name, "wb") as handle:
        handle.write(b'{"title": "One", "body": "Text."}\n{"title": "Two", "body": "More."}\n')
    first, second = list(iter_file(Path(os.fsdecode(raw_name))))
    assert first.origin.endswith("caf\ufffd.jsonl#1")
    assert second.origin.encode("utf-8").endswith("caf\ufffd.jsonl#2".encode())
