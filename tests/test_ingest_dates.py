"""Publication dates from metadata values and from text in the article's language."""

from __future__ import annotations

import datetime as dt

import pytest

from tui.ingest.dates import find_date_in_text, parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-07-04", "2025-07-04T00:00:00+00:00"),
        ("2025-07-04T10:15:00Z", "2025-07-04T10:15:00+00:00"),
        ("2026-02-10T07:00:00+01:00", "2026-02-10T07:00:00+01:00"),
        ("2025-07-04 10:15:00", "2025-07-04T10:15:00+00:00"),
        ("Fri, 04 Jul 2025 10:00:00 GMT", "2025-07-04T10:00:00+00:00"),
        ("Tue, 10 Feb 2026 07:30:00 +0100", "2026-02-10T07:30:00+01:00"),
        ("Sun, Dec 28 2025 12:26:39 pm", "2025-12-28T12:26:39+00:00"),
        ("July 4, 2025", "2025-07-04T00:00:00+00:00"),
        ("04.07.2025", "2025-07-04T00:00:00+00:00"),
        ("2025/07/04", "2025-07-04T00:00:00+00:00"),
        (dt.date(2025, 7, 4), "2025-07-04T00:00:00+00:00"),
        (dt.datetime(2025, 7, 4, 9, 30), "2025-07-04T09:30:00+00:00"),
    ],
)
def test_metadata_dates(value: object, expected: str) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", [None, "", "yesterday", "soon", "3 days ago", "2025-13-45"])
def test_not_a_date(value: object) -> None:
    assert parse_date(value) is None


@pytest.mark.parametrize(
    ("text", "lang", "day"),
    [
        ("Published on July 4, 2025", "en", "2025-07-04"),
        ("Em 4 de julho de 2025, os bombeiros chegaram cedo.", "pt", "2025-07-04"),
        ("Am 14. März 2026 tagte der Rat.", "de", "2026-03-14"),
        ("Le 2 février 2026, la mairie a voté.", "fr", "2026-02-02"),
        ("El 3 de marzo de 2026 llovió sin parar.", "es", "2026-03-03"),
        ("Il 12 marzo 2026 il ponte è stato chiuso.", "it", "2026-03-12"),
        ("Уранці 4 липня 2025 року пролунали сирени.", "uk", "2025-07-04"),
        ("Утром 4 июля 2025 года включили сирены.", "ru", "2025-07-04"),
        ("Στις 4 Ιουλίου 2025 έκλεισε ο δρόμος.", "el", "2025-07-04"),
        ("2025年7月4日、市議会が開かれた。", "ja", "2025-07-04"),
        ("On 5th May 2024 the ferry returned.", None, "2024-05-05"),
    ],
)
def test_dates_written_in_text(text: str, lang: str | None, day: str) -> None:
    found = find_date_in_text(text, lang)
    assert found == f"{day}T00:00:00+00:00"


def test_first_date_in_text_wins_and_numbers_alone_do_not_count() -> None:
    text = "In 2019 the dam was built. On 3 March 2026 it failed; by 9 March 2026 it was fixed."
    assert find_date_in_text(text, "en") == "2026-03-03T00:00:00+00:00"
    assert find_date_in_text("Some 550 drones and 11 missiles in 2025.", "en") is None
    assert find_date_in_text("31 February 2025 is not a day.", "en") is None


@pytest.mark.parametrize(
    ("value", "language"),
    [
        ("10.11.2026, 14:20 Uhr", "de"),  # a time after a comma
        ("10.11.2026 kell 14:20", "et"),  # a time after a word
        ("27. 11. 2026 16:45", "cs"),  # spaces after the dots
        ("2026.11.10. 13:05", "hu"),
        ("wt., 10.11.2026", "pl"),  # a weekday first
        ("2026. gada 10. novembrī", "lv"),  # year, word, day, inflected month
        ("10. novembril 2026", "et"),  # a case ending CLDR does not list
        ("10. studenog 2026. u 14:20", "hr"),
        ("10. novembar 2026.", "sr"),  # Serbian in Latin script
        ("10 ta' Novembru 2026", "mt"),  # a joining word
    ],
)
def test_header_dates_in_local_shapes(value: str, language: str) -> None:
    parsed = parse_date(value, language)
    assert parsed is not None and parsed[:10] in ("2026-11-10", "2026-11-27")


def test_an_inflected_month_name_is_not_guessed_when_languages_disagree() -> None:
    # "listopad…" is November in Polish and Czech, October in Croatian.
    assert parse_date("10 listopadzie 2026", "pl")[:10] == "2026-11-10"
    assert parse_date("10 listopadzie 2026") is None
