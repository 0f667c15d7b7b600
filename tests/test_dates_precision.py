"""True dates: a date-only value stays its day in every zone, never gains a time, and sorts
among timed reports; stored archives get their precision back from their raw bytes."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo, available_timezones

import pytest
from babel import Locale

from tui.formatting import Dates
from tui.ingest import load_file, parse_bytes
from tui.ingest.dates import find_dated_in_text, parse_dated
from tui.models import Article
from tui.published import DATE, DATETIME, DATETIME_ZONED
from tui.store import ArticleFilter, Store, content_hash, utc_key
from tui.store.schema import LATEST_VERSION, MIGRATIONS, PRECISION_AND_OUTLETS_MIGRATION

REPO = Path(__file__).resolve().parents[1]
CRETE = REPO / "sample_feed" / "text" / "harbor-ledger-crete-quake.txt"
EN = Locale.parse("en")


@pytest.mark.parametrize(
    ("value", "precision"),
    [
        ("2025-07-04", DATE),
        ("July 4, 2025", DATE),
        ("04.07.2025", DATE),
        ("2025-07", DATE),
        ("2025-07-04 10:15:00", DATETIME),
        ("Sun, Dec 28 2025 12:26:39 pm", DATETIME),
        ("2025-07-04T10:15:00Z", DATETIME_ZONED),
        ("2026-02-10T07:00:00+01:00", DATETIME_ZONED),
        ("Tue, 10 Feb 2026 07:30:00 +0100", DATETIME_ZONED),
        ("Dec 28 2025 12:26 +0200", DATETIME_ZONED),
        ("28 December 2025 12:26 +02:00", DATETIME_ZONED),
    ],
)
def test_importers_report_how_precise_a_date_is(value: str, precision: str) -> None:
    dated = parse_dated(value)
    assert dated is not None and dated.precision == precision


def test_a_date_in_text_is_a_date_unless_a_time_follows() -> None:
    assert find_dated_in_text("Published on July 4, 2025.", "en").precision == DATE
    timed = find_dated_in_text("Posted July 4, 2025 at 14:05 +0200", "en")
    assert timed.precision == DATETIME_ZONED and timed.iso == "2025-07-04T14:05:00+02:00"


def test_every_format_carries_the_precision(tmp_path: Path) -> None:
    md = tmp_path / "a.md"
    md.write_text("---\ntitle: Quake\ndate: 2026-02-09\n---\nThe ground shook.\n")
    html = tmp_path / "b.html"
    html.write_text(
        '<html><head><meta property="article:published_time" content="2026-02-09T04:17:00">'
        "<title>Quake</title></head><body><p>The ground shook at dawn.</p></body></html>"
    )
    assert load_file(md)[0].published_precision == DATE
    assert load_file(html)[0].published_precision == DATETIME
    assert load_file(CRETE)[0].published_precision == DATE


def test_inspect_json_round_trip_keeps_the_precision() -> None:
    [article] = load_file(CRETE)
    line = json.dumps(
        {
            "title": "Quake",
            "body": "The ground shook.",
            "published": article.published,
            "published_precision": "date",
        }
    )
    [again] = parse_bytes(line.encode(), "x.jsonl")
    assert again.published == article.published and again.published_precision == DATE


@pytest.mark.parametrize("zone", ["Etc/GMT+12", "Pacific/Kiritimati", "America/Sao_Paulo"])
def test_a_date_only_value_is_that_day_in_far_zones(zone: str) -> None:
    dates = Dates(EN, ZoneInfo(zone), now=datetime(2026, 2, 10, 12, tzinfo=UTC))
    published = "2026-02-09T00:00:00+00:00"
    assert dates.short(published, DATE) == "Feb 9, 2026"
    assert dates.long(published, DATE) == "Feb 9, 2026"  # no invented time
    pt = Locale.parse("pt_BR")
    assert dates.long(published, DATE, pt) == "9 de fev. de 2026"


def test_date_only_is_the_same_day_in_every_zone() -> None:
    published = "2026-02-09T00:00:00+00:00"
    shown = {
        Dates(EN, ZoneInfo(name)).short(published, DATE)
        for name in sorted(available_timezones())
        if "/" in name and not name.startswith(("posix/", "right/"))
    }
    assert shown == {"Feb 9, 2026"}


def test_timed_values_still_follow_the_reader_zone() -> None:
    dates = Dates(EN, ZoneInfo("America/Sao_Paulo"))
    published = "2026-02-09T01:30:00+00:00"
    assert dates.short(published, DATETIME_ZONED) == "Feb 8, 2026"
    assert "10:30" in dates.long(published, DATETIME_ZONED)


def test_relative_texts_count_calendar_days_for_a_date() -> None:
    now = datetime(2026, 2, 11, 1, 0, tzinfo=UTC)  # 10 Feb in UTC-12, 11 Feb in UTC+14
    west = Dates(EN, ZoneInfo("Etc/GMT+12"), now=now)
    east = Dates(EN, ZoneInfo("Pacific/Kiritimati"), now=now)
    day = "2026-02-09T00:00:00+00:00"
    assert west.relative_to(day, DATE) == "yesterday"
    assert east.relative_to(day, DATE) == "2 days ago"
    assert west.relative_to("2026-02-10T00:00:00+00:00", DATE) == "today"
    assert west.relative_to("2026-02-10T22:00:00+00:00", DATETIME_ZONED) == "3 hours ago"
    pt = Dates(Locale.parse("pt"), ZoneInfo("Etc/GMT+12"), now=now)
    assert pt.relative_to(day, DATE) == "ontem"


def test_mixed_precision_sorts_a_date_among_that_days_reports(db_path: Path) -> None:
    with Store.open(db_path) as store:
        for title, published in [
            ("late", "2026-02-09T23:00:00-05:00"),  # 10 Feb 04:00 UTC
            ("day", "2026-02-09T00:00:00+00:00"),
            ("early", "2026-02-09T08:00:00+02:00"),  # 9 Feb 06:00 UTC
            ("next", "2026-02-10T00:00:00+00:00"),
        ]:
            precision = DATE if title in ("day", "next") else None
            store.upsert(
                Article(title=title, body=title, published=published, published_precision=precision)
            )
        rows = store.page(ArticleFilter(), 0, 10)
        assert [a.title for a in rows] == ["next", "late", "day", "early"]
        assert {a.title: a.published_precision for a in rows}["early"] == DATETIME_ZONED
        assert store.count(ArticleFilter(since="2026-02-09")) == 4
        assert store.count(ArticleFilter(since="2026-02-10")) == 2


def _old_archive(path: Path, files: list[Path]) -> None:
    """An archive as the schema before precision wrote it (date-only = midnight UTC)."""
    before = MIGRATIONS.index(PRECISION_AND_OUTLETS_MIGRATION)
    conn = sqlite3.connect(path)
    for script in MIGRATIONS[:before]:
        conn.executescript(script)
    conn.execute(f"PRAGMA user_version = {before}")
    for file in files:
        for a in load_file(file):
            digest = hashlib.sha256(a.raw).hexdigest()
            conn.execute(
                "INSERT OR IGNORE INTO raw_documents(sha256, format, data) VALUES (?,?,?)",
                (digest, a.format, a.raw),
            )
            raw_id = conn.execute(
                "SELECT id FROM raw_documents WHERE sha256 = ?", (digest,)
            ).fetchone()[0]
            key = utc_key(a.published) or ""
            conn.execute(
                "INSERT INTO articles(title, source, url, language, published, published_utc, "
                "imported_at, body, content_hash, raw_id, format, sort_key, group_key) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    a.title,
                    a.source,
                    a.url,
                    a.language,
                    a.published,
                    key,
                    "2026-01-01",
                    a.body,
                    content_hash(a.title, a.body),
                    raw_id,
                    a.format,
                    key,
                    key,
                ),
            )
    conn.commit()
    conn.close()


def test_an_old_archive_gets_precision_from_its_raw_bytes(db_path: Path) -> None:
    feeds = sorted((REPO / "sample_feed" / "feeds").iterdir())
    _old_archive(
        db_path, [CRETE, *feeds, REPO / "sample_feed" / "jsonl" / "wire-digest-2026.jsonl"]
    )
    with Store.open(db_path) as store:
        assert store.schema_version == LATEST_VERSION
        rows = store.page(ArticleFilter(), 0, 100)
        by_format = {(a.format, a.published_precision) for a in rows}
        assert ("text", DATE) in by_format
        assert {p for f, p in by_format if f in ("rss", "atom", "jsonl")} == {DATETIME_ZONED}
        crete = next(a for a in rows if a.format == "text")
        assert crete.published == "2026-02-09T00:00:00+00:00"  # the stored value is kept
        assert (
            Dates(EN, ZoneInfo("Etc/GMT+12")).short(crete.published, crete.published_precision)
            == "Feb 9, 2026"
        )
    with Store.open(db_path) as again:  # the step is done once
        from tui.store.upgrades import rederive_precision

        assert rederive_precision(again) == 0


def test_upgrade_tells_a_real_midnight_from_a_date_by_parsing_feed_entries(
    db_path: Path, tmp_path: Path
) -> None:
    atom = tmp_path / "a.atom"
    atom.write_text(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Quay Post</title>'
        "<entry><title>At midnight</title><id>https://q.example/1</id>"
        '<link href="https://q.example/1"/><published>2026-02-09T00:00:00Z</published>'
        "<summary>The bells rang at midnight.</summary></entry>"
        "<entry><title>On the day</title><id>https://q.example/2</id>"
        '<link href="https://q.example/2"/><published>2026-02-10</published>'
        "<summary>It happened that day.</summary></entry></feed>"
    )
    rss = tmp_path / "b.rss"
    rss.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Quay Post</title>'
        "<item><title>Night shift</title><link>https://q.example/3</link>"
        "<pubDate>Mon, 09 Feb 2026 00:00:00 GMT</pubDate><description>Late.</description>"
        "</item></channel></rss>"
    )
    _old_archive(db_path, [atom, rss])
    with Store.open(db_path) as store:
        got = {a.title: a.published_precision for a in store.page(ArticleFilter(), 0, 10)}
    assert got == {"At midnight": DATETIME_ZONED, "On the day": DATE, "Night shift": DATETIME_ZONED}
