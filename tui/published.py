"""How precise a `published` value is, and what follows from it for sorting and display.

`published` stays an aware ISO-8601 string (a stable JSON contract); a date-only value
is stored as midnight UTC of its day. Its precision says how to read it:

- ``"date"``: only a calendar day was given. It is that day everywhere: never shown
  with a time, never converted between zones.
- ``"datetime"``: a time of day without a zone (taken as UTC).
- ``"datetime_zoned"``: a time of day with a zone or offset.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from tui.models import parse_published

DATE = "date"
DATETIME = "datetime"
DATETIME_ZONED = "datetime_zoned"
PRECISIONS = (DATE, DATETIME, DATETIME_ZONED)

# A date-only value sorts at midday UTC of its day: then it sits among that day's timed
# reports for a reader in any zone within twelve hours of UTC.
DATE_SORT_TIME = "T12:00:00Z"


def precision_of(value: str | None) -> str | None:
    """A best guess from the ISO string alone (for values built without an importer)."""
    if not value:
        return None
    text = value.strip()
    if len(text) <= 10:
        return DATE
    moment = parse_published(text)
    if moment is None:
        return None
    naive = not (text.endswith(("Z", "z")) or "+" in text[10:] or "-" in text[10:])
    return DATETIME if naive else DATETIME_ZONED


def valid_precision(value: object) -> str | None:
    return value if isinstance(value, str) and value in PRECISIONS else None


def calendar_date(published: str | None) -> date | None:
    """The day a date-only value names (its date part, whatever zone is in force)."""
    if not published:
        return None
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


def sort_key(published: str | None, precision: str | None) -> str | None:
    """The feed order key ("…Z"): the UTC moment, or midday UTC for a date-only value."""
    if precision == DATE:
        day = calendar_date(published)
        return f"{day.isoformat()}{DATE_SORT_TIME}" if day else None
    moment = parse_published(published)
    if moment is None:
        return None
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def as_datetime(published: str | None, precision: str | None) -> datetime | None:
    """An aware moment (midday UTC for a date-only value), for comparisons only."""
    key = sort_key(published, precision)
    return datetime.fromisoformat(key.replace("Z", "+00:00")) if key else None
