"""Locale-aware dates, numbers and language names (babel). No UI imports: the CLI may reuse it."""

from __future__ import annotations

import os
import re
import unicodedata
from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_datetime, format_time, format_timedelta
from babel.numbers import format_decimal

from tui.models import parse_published
from tui.published import DATE, calendar_date

DEFAULT_LOCALE = "en"
WORDS_PER_MINUTE = 230

_LOCALE_RE = re.compile(r"^[A-Za-z]{2,3}([_-][A-Za-z0-9]{2,8})*$")


def parse_locale(name: str | None) -> Locale | None:
    """A babel Locale for `pt_BR`, `pt-BR`, `pt_BR.UTF-8`, `de_DE@euro`; None if unknown."""
    if not name:
        return None
    name = name.split(".", 1)[0].split("@", 1)[0].strip()
    if not name or name in ("C", "POSIX") or not _LOCALE_RE.match(name):
        return None
    try:
        return Locale.parse(name.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


def system_locale_name() -> str | None:
    """The first of LC_ALL, LC_TIME, LANG that names a locale babel knows."""
    for var in ("LC_ALL", "LC_TIME", "LANG"):
        value = os.environ.get(var)
        if value:
            return value if parse_locale(value) else None
    return None


def ui_locale(configured: str | None = None) -> Locale:
    """The UI locale: the configured one, else the system's, else English."""
    for candidate in (configured, system_locale_name()):
        locale = parse_locale(candidate)
        if locale is not None:
            return locale
    return Locale.parse(DEFAULT_LOCALE)


def user_zone(name: str | None = None) -> tzinfo:
    """The configured IANA zone, else the local zone of this machine."""
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    local = datetime.now().astimezone().tzinfo
    return local or UTC


def valid_zone(name: str) -> bool:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def short_date(when: datetime | None, locale: Locale, zone: tzinfo, style: str = "medium") -> str:
    """`4 Jul 2025` / `4 de jul. de 2025`; empty for an unknown date."""
    if when is None:
        return ""
    return format_date(when.astimezone(zone).date(), format=style, locale=locale)


def local_day(
    published: str | None, precision: str | None, zone: tzinfo
) -> date | None:
    """The calendar day a reader in `zone` sees: a date-only value is its own day anywhere."""
    if precision == DATE:
        return calendar_date(published)
    when = parse_published(published)
    return when.astimezone(zone).date() if when else None


def relative_day(day: date, today: date, locale: Locale) -> str:
    """`today` / `yesterday` / `3 days ago` / `ontem`, counted in calendar days."""
    offset = (day - today).days
    try:
        words = locale._data["date_fields"]["day"]["relative"]
        if offset in words:
            return str(words[offset])
    except (KeyError, TypeError):
        pass
    return format_timedelta(
        timedelta(days=offset), add_direction=True, locale=locale, threshold=0.9
    )


def long_datetime(when: datetime, locale: Locale, zone: tzinfo, style: str = "medium") -> str:
    """Date and time in `zone`, e.g. `4 Jul 2025, 14:05`."""
    local = when.astimezone(zone)
    date = format_date(local.date(), format=style, locale=locale)
    time = format_time(local.timetz(), format="short", locale=locale)
    return f"{date}, {time}"


def full_datetime(when: datetime, locale: Locale, zone: tzinfo) -> str:
    return format_datetime(when.astimezone(zone), format="medium", locale=locale)


def relative(when: datetime, now: datetime, locale: Locale) -> str:
    """`3 days ago` / `há 3 dias` / `in 2 hours`."""
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    return format_timedelta(when - now, add_direction=True, locale=locale, threshold=0.9)


def language_name(code: str | None, locale: Locale) -> str:
    """`Portuguese` / `português` for `pt`; the code itself when babel does not know it."""
    if not code:
        return ""
    name = locale.languages.get(code.replace("-", "_")) or locale.languages.get(
        code.split("-")[0].split("_")[0]
    )
    return name or code


def number(value: int | float, locale: Locale) -> str:
    return format_decimal(value, locale=locale)


# UI words are English, so their plural follows English plural rules (CLDR, via babel);
# the number itself is written in the UI locale.
_WORDS_LOCALE = Locale.parse("en")


def counted(value: int, one: str, other: str, locale: Locale | None = None) -> str:
    """`1 outlet` / `3 outlets` / `1.200 articles`: the number and the right plural."""
    form = _WORDS_LOCALE.plural_form(abs(value))
    shown = format_decimal(value, locale=locale or _WORDS_LOCALE)
    return f"{shown} {one if form == 'one' else other}"


def word_count(text: str) -> int:
    return len(text.split())


def reading_minutes(words: int) -> int:
    return max(1, round(words / WORDS_PER_MINUTE)) if words else 0


class Dates:
    """Date formatting for one UI locale, zone and style, with an injectable clock."""

    def __init__(
        self,
        locale: Locale,
        zone: tzinfo,
        style: str = "medium",
        now: datetime | None = None,
    ) -> None:
        self.locale = locale
        self.zone = zone
        self.style = style
        self._now = now
        self._short_cache: dict[str, str] = {}
        self._width: int | None = None

    def now(self) -> datetime:
        return self._now or datetime.now(UTC)

    def short(self, published: str | None, precision: str | None = None) -> str:
        """The feed date in the UI locale (cached per stored value and precision)."""
        if not published:
            return ""
        key = f"{published}|{precision}"
        cached = self._short_cache.get(key)
        if cached is None:
            if len(self._short_cache) > 4096:
                self._short_cache.clear()
            day = local_day(published, precision, self.zone)
            cached = format_date(day, format=self.style, locale=self.locale) if day else ""
            self._short_cache[key] = cached
        return cached

    def long(
        self, published: str | None, precision: str | None, locale: Locale | None = None
    ) -> str:
        """Date and time in the user's zone; only the date for a date-only value."""
        locale = locale or self.locale
        if precision == DATE:
            day = calendar_date(published)
            return format_date(day, format=self.style, locale=locale) if day else ""
        when = parse_published(published)
        return long_datetime(when, locale, self.zone, self.style) if when else ""

    def relative_to(self, published: str | None, precision: str | None) -> str:
        """`3 hours ago`; in calendar days (`today`, `yesterday`) for a date-only value."""
        if precision == DATE:
            day = calendar_date(published)
            today = self.now().astimezone(self.zone).date()
            return relative_day(day, today, self.locale) if day else ""
        when = parse_published(published)
        return self.relative(when) if when else ""

    @property
    def short_width(self) -> int:
        """The widest feed date this locale produces (for an aligned column)."""
        if self._width is None:
            samples = [datetime(2025, month, 28, 12, tzinfo=UTC) for month in range(1, 13)]
            self._width = max(
                _cells(short_date(d, self.locale, UTC, self.style)) for d in samples
            )
        return self._width

    def relative(self, when: datetime) -> str:
        return relative(when, self.now(), self.locale)


def _cells(text: str) -> int:
    """Terminal cells `text` takes: East Asian wide and full-width characters count two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
