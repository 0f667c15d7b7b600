"""Publication dates: from metadata values and from article text, in many languages.

Everything returns a timezone-aware ISO-8601 string; a date without a time is
midnight UTC and a naive time is taken as UTC. The `parse_dated` / `find_dated_in_text`
forms also say how precise the value was (`tui.published`: "date", "datetime",
"datetime_zoned"), so a date-only value is never shown with an invented time. Month
names come from babel's CLDR data (format and stand-alone, wide and abbreviated, with
and without accents), so "4 de julho de 2025", "14. März 2026", "2 février 2026" and
"4 липня 2025" all parse without dateparser's per-call cost; dateparser is only a last
resort for odd metadata values.
"""

from __future__ import annotations

import re
import time
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from functools import lru_cache
from itertools import product
from typing import Any, NamedTuple

from tui.published import DATE, DATETIME, DATETIME_ZONED

# Languages whose month names the text parser knows.
MONTH_LANGUAGES: tuple[str, ...] = (
    "en", "pt", "es", "fr", "de", "it", "nl", "ca", "ro", "sv", "da", "nb", "fi", "pl",
    "cs", "sk", "hr", "hu", "tr", "id", "uk", "ru", "bg", "sr", "el", "et", "lt", "lv", "sl",
    "ga", "mt",
)  # fmt: skip
# A language's other script, whose month names are read too ("10. novembar 2026").
_SCRIPT_LOCALES = {"sr": ("sr_Latn",)}
# Languages that write the year first ("2025. július 4.", "2025 m. liepos 4 d.").
YEAR_FIRST_LANGUAGES = ("hu", "lt")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def _month_tables() -> tuple[dict[str, dict[str, int]], dict[str, int]]:
    """Per language {folded month name: month} and the union of unambiguous names."""
    from babel.dates import get_month_names

    per_lang: dict[str, dict[str, int]] = {}
    union: dict[str, int | None] = {}
    for lang in MONTH_LANGUAGES:
        table: dict[str, int] = {}
        locales = (lang, *_SCRIPT_LOCALES.get(lang, ()))
        for width, context, locale in product(
            ("wide", "abbreviated"), ("format", "stand-alone"), locales
        ):
            try:
                names = get_month_names(width, context, locale)
            except Exception:
                continue
            for month, name in names.items():
                folded = _fold(name).rstrip(".")
                if len(folded) >= 3 and not folded.isdigit():
                    table[folded] = month
        # English long-standing abbreviations babel does not list.
        if lang == "en":
            table.update({"sept": 9})
        per_lang[lang] = table
        for name, month in table.items():
            if name in union and union[name] != month:
                union[name] = None  # means different months in different languages
            else:
                union.setdefault(name, month)
    clean_union = {k: v for k, v in union.items() if v is not None}
    return per_lang, clean_union


_MIN_STEM = 5
_MIN_SHARED = 4  # "maijā" / "maijs", "martā" / "marts": short names change their last letter


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


@lru_cache(maxsize=4096)
def month_by_stem(word: str, language: str | None = None) -> int | None:
    """The month an inflected month name means ("novembril", "studenog", "novembrī").

    Languages inflect month names (Baltic, Slavic and Finnic cases) beyond the forms CLDR
    lists: a word of five letters or more matches a listed name when they share all but
    the last two letters of the shorter and at least four. The language's own names
    decide; otherwise every language's names that match must agree on the month.
    """
    if len(word) < _MIN_STEM:
        return None
    per_lang, _ = _month_tables()
    tables = [per_lang[language]] if language in per_lang else list(per_lang.values())
    months: set[int] = set()
    for table in tables:
        for name, month in table.items():
            need = max(_MIN_SHARED, min(len(word), len(name)) - 2)
            if len(name) >= _MIN_STEM and _shared_prefix(word, name) >= need:
                months.add(month)
    return months.pop() if len(months) == 1 else None


# A day, a word and a year ("4 de julho de 2025", "14. März 2026") or a word, a day and a
# year ("July 4, 2025"); the word is then looked up in the month tables. Matching any word
# and looking it up is far faster than a regex alternation of hundreds of month names.
_WORD = r"(?P<month>[^\W\d_]{3,12})"
# A short word may join day, month and year ("4 de julho de 2025", "10 ta' Novembru 2026").
_DAY_FIRST_RE = re.compile(
    rf"(?<![\w.])(?P<day>[0-3]?\d)(?:\.|º|er|st|nd|rd|th)?\s*(?:[^\W\d_]{{1,3}}['’]?\s+)?"
    rf"{_WORD}\.?,?\s+(?:[^\W\d_]{{1,3}}\s+)?(?P<year>(?:19|20)\d\d)(?!\d)"
)
_MONTH_FIRST_RE = re.compile(
    rf"(?<!\w){_WORD}\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)(?!\d)"
)
_YEAR_FIRST_RE = re.compile(
    rf"(?<![\w.])(?P<year>(?:19|20)\d\d)\.?\s*(?:m\.\s*)?{_WORD}\.?\s+(?P<day>[0-3]?\d)\.?(?!\d)"
)
# Year first with its marker ("2026 m. gegužės 12 d.", "2025. július 4."): that shape in
# any language, since a clipping's language may be unknown or misdetected.
_YEAR_FIRST_MARKED_RE = re.compile(
    rf"(?<![\w.])(?P<year>(?:19|20)\d\d)(?:\.|\s+m\.)\s*{_WORD}\.?\s+(?P<day>[0-3]?\d)\.?(?!\d)"
)
# Year, a word, day and month ("2026. gada 10. novembrī", Latvian).
_YEAR_WORD_DAY_RE = re.compile(
    rf"(?<![\w.])(?P<year>(?:19|20)\d\d)\.?\s+[^\W\d_]{{1,5}}\s+(?P<day>[0-3]?\d)\.\s*{_WORD}"
)
# Month names of two words ("9 Deireadh Fómhair 2026", Irish): tried when nothing else is.
_TWO_WORD_MONTH_RE = re.compile(
    r"(?<![\w.])(?P<day>[0-3]?\d)\.?\s+(?P<month>[^\W\d_]{3,12}\s[^\W\d_]{3,12})\.?,?\s+"
    r"(?P<year>(?:19|20)\d\d)(?!\d)"
)
_YEAR_RE = re.compile(r"(?:19|20)\d\d")
_COLON_OFFSET_RE = re.compile(r"[+-]\d\d:\d\d$")
_ISO_SHAPE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]|$)")
_CJK_DATE_RE = re.compile(
    r"(?P<year>(?:19|20)\d\d)\s*年\s*(?P<month>1[0-2]|0?[1-9])\s*月\s*"
    r"(?P<day>[0-3]?\d)\s*日"
)
_ISO_IN_TEXT_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)-(0[1-9]|1[0-2])-([0-3]\d)(?!\d)")
# A time of day right after a date, after a comma or up to two short words in any language
# ("at", "um", "kell", "a las", "klo"); "20.12" and "18h40" too after such a word.
_TIME_RE = re.compile(
    r"^\.?\s*,?\s*(?:(?:[^\W\d_]{1,5}\.?\s+){1,2}(?P<h2>[0-2]?\d)[.h](?P<m2>[0-5]\d)(?![\d.])|"
    r"(?:[^\W\d_]{1,5}\.?\s+){0,2}(?P<h>[0-2]?\d):(?P<m>[0-5]\d)(?::(?P<s>[0-5]\d))?)"
    r"\s*(?P<ampm>[ap]\.?\s?m\.?)?(?:\s*(?P<tz>Z|UTC|GMT|[+-]\d\d:?\d\d))?",
    re.IGNORECASE,
)


class Dated(NamedTuple):
    """An aware ISO-8601 value and how precise its source was."""

    iso: str
    precision: str


def _dated(iso: str | None, precision: str) -> Dated | None:
    return Dated(iso, precision) if iso else None


def _zoned(moment: datetime) -> Dated | None:
    return _dated(_iso(moment), DATETIME if moment.tzinfo is None else DATETIME_ZONED)


def _day(year: int, month: int, day: int) -> Dated | None:
    return _dated(_midnight(year, month, day), DATE)


def _iso(moment: datetime) -> str | None:
    """Aware ISO-8601, or None when the moment in UTC falls off the calendar (years 1..9999).

    `9999-12-31T23:59:59-23:59` is a valid ISO string, but its UTC instant is in year
    10000: every later step (sorting, grouping by day) would fail on it.
    """
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        moment.astimezone(UTC)
    except (OverflowError, ValueError):
        return None
    return moment.isoformat()


def _midnight(year: int, month: int, day: int) -> str | None:
    try:
        return _iso(datetime(year, month, day, tzinfo=UTC))
    except (ValueError, OverflowError):
        return None


def _with_time(day: Dated, after: str) -> Dated | None:
    """Add a time of day that directly follows a date ("12:26:39 pm").

    None when the offset is impossible ("+9999") or moves the moment off the calendar:
    such a date is dropped rather than guessed.
    """
    match = _TIME_RE.match(after)
    if not match:
        return day
    hour, minute = int(match["h"] or match["h2"]), int(match["m"] or match["m2"])
    second = int(match["s"] or 0)
    ampm = (match["ampm"] or "").lower().replace(".", "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 23:
        return day
    tz: timezone = UTC
    raw_tz = match["tz"]
    try:
        if raw_tz and raw_tz[0] in "+-":
            digits = raw_tz[1:].replace(":", "")
            offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
            tz = timezone(-offset if raw_tz[0] == "-" else offset)
        moment = datetime.fromisoformat(day.iso).replace(
            hour=hour, minute=minute, second=second, tzinfo=tz
        )
    except (ValueError, OverflowError):
        return None
    return _dated(_iso(moment), DATETIME_ZONED if raw_tz else DATETIME)


def find_date_in_text(text: str, language: str | None = None, *, limit: int = 4000) -> str | None:
    """The first full date (day, month name, year) written in `text`, e.g. "4 de julho de 2025".

    Month names of `language` win over the same word meaning another month elsewhere.
    """
    found = find_dated_in_text(text, language, limit=limit)
    return found.iso if found else None


def find_dated_in_text(
    text: str, language: str | None = None, *, limit: int = 4000
) -> Dated | None:
    """`find_date_in_text` with the precision of what was written."""
    if not text:
        return None
    sample = text[:limit]
    if not _YEAR_RE.search(sample):
        return None
    per_lang, union = _month_tables()
    lang_table = per_lang.get("nb" if language == "no" else language or "", {})
    shapes = (_DAY_FIRST_RE, _MONTH_FIRST_RE, _YEAR_FIRST_MARKED_RE, _YEAR_WORD_DAY_RE)
    if language in YEAR_FIRST_LANGUAGES:
        shapes = (*shapes, _YEAR_FIRST_RE)
    code = "nb" if language == "no" else language
    found = _worded_dates(sample, shapes, lang_table, union, code)
    if not found:
        found = _worded_dates(sample, (_TWO_WORD_MONTH_RE,), lang_table, union, code)
    for pattern in (_CJK_DATE_RE, _ISO_IN_TEXT_RE):
        match = pattern.search(sample)
        if match:
            if pattern is _CJK_DATE_RE:
                value = _day(int(match["year"]), int(match["month"]), int(match["day"]))
            else:
                value = _day(int(match[1]), int(match[2]), int(match[3]))
            if value:
                found.append((match.start(), value))
    if not found:
        return None
    return min(found)[1]


def _worded_dates(sample: str, shapes: tuple[re.Pattern[str], ...], lang_table: dict[str, int],
                  union: dict[str, int], language: str | None) -> list[tuple[int, Dated]]:
    """(offset, date) of the first date of each shape whose month word is a month."""
    found: list[tuple[int, Dated]] = []
    for pattern in shapes:
        for match in pattern.finditer(sample):
            name = _fold(match["month"])
            month = lang_table.get(name) or union.get(name) or month_by_stem(name, language)
            if not month and language:  # a misdetected language: all languages must agree
                month = month_by_stem(name)
            if not month:
                continue
            value = _day(int(match["year"]), month, int(match["day"]))
            value = _with_time(value, sample[match.end() :]) if value else None
            if value:
                found.append((match.start(), value))
                break  # the first date of this shape is enough
    return found


# A weekday may come first ("sob., 10.10.2026", "Saturday, 10/10/2026"); a space may follow
# each separator ("27. 7. 2026", "2026. 10. 09."), a dot the last part ("09.10.2026.").
_NUMERIC_RE = re.compile(
    r"^(?:[^\W\d_]{1,12}\.?,?\s+)?(?P<a>\d{1,4})(?P<sep>[./-])\s?(?P<b>\d{1,2})(?P=sep)\s?"
    r"(?P<c>\d{1,4})\.?(?P<rest>(?:[ ,T].*)?)$"
)


def _parse_numeric(value: str) -> Dated | None:
    """2025/07/04, 04.07.2025, 04/07/2025 (day first unless impossible), with a time of day
    after a comma or a word ("09.10.2026, 11:24 Uhr", "06.02.2026 kell 19:50")."""
    match = _NUMERIC_RE.match(value)
    if not match:
        return None
    a, b, c = int(match["a"]), int(match["b"]), int(match["c"])
    if len(match["a"]) == 4:
        year, month, day = a, b, c
    elif len(match["c"]) == 4:
        year = c
        day, month = (a, b) if a > 12 or b <= 12 else (b, a)
    else:
        return None
    day_iso = _day(year, month, day)
    if day_iso and match["rest"]:
        return _with_time(day_iso, match["rest"].lstrip("T ,"))
    return day_iso


@lru_cache(maxsize=1)
def _dateparser_settings() -> dict[str, Any]:
    return {
        "RETURN_AS_TIMEZONE_AWARE": True,
        "TIMEZONE": "UTC",
        "PREFER_DAY_OF_MONTH": "first",
        "STRICT_PARSING": True,
        "REQUIRE_PARTS": ["day", "month", "year"],
    }


@lru_cache(maxsize=4096)
def _dateparser(value: str, language: str) -> Dated | None:
    """dateparser in one language only: trying all its 400 locales costs seconds a call."""
    try:
        import dateparser

        parsed = dateparser.parse(
            value,
            languages=[language],
            settings=_dateparser_settings(),  # type: ignore[arg-type]
        )
    except Exception:
        return None
    # dateparser also reads relative phrases ("3 days ago"): keep only an explicit year.
    if parsed is None or str(parsed.year) not in value:
        return None
    if ":" not in value:  # no time of day was written
        return _day(parsed.year, parsed.month, parsed.day)
    return _dated(_iso(parsed), DATETIME)


def parse_date(value: Any, language: str | None = None) -> str | None:
    """A metadata date (ISO, RFC-822, numeric, "July 4, 2025", datetime…) → aware ISO-8601."""
    dated = parse_dated(value, language)
    return dated.iso if dated else None


def parse_dated(value: Any, language: str | None = None) -> Dated | None:
    """`parse_date` with the precision of the value (date, datetime, datetime with zone)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return _zoned(value)
    if isinstance(value, date):
        return _day(value.year, value.month, value.day)
    if isinstance(value, time.struct_time):  # feedparser's, already in UTC
        try:
            return _dated(_iso(datetime(*value[:6], tzinfo=UTC)), DATETIME_ZONED)
        except (ValueError, OverflowError):  # a leap second (60) or an impossible day
            return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            return _dated(_iso(datetime.fromtimestamp(value, tz=UTC)), DATETIME_ZONED)
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    text = " ".join(value.split())
    if not text or len(text) > 200:
        return None
    return _parse_text_value(text, language)


def _parse_text_value(text: str, language: str | None) -> Dated | None:
    iso = text[:-1] + "+00:00" if text.endswith(("Z", "z")) else text
    try:
        parsed = datetime.fromisoformat(iso)
    except ValueError:
        pass
    else:
        if len(text) == 10:
            return _day(parsed.year, parsed.month, parsed.day)
        return _zoned(parsed)
    if _ISO_SHAPE_RE.match(text):  # ISO-shaped but impossible ("2025-13-45")
        return None
    if re.match(r"^\d{4}-\d{2}$", text):  # a month only: the 1st
        return _day(int(text[:4]), int(text[5:]), 1)
    try:
        rfc = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        rfc = None
    if rfc is not None and (rfc.tzinfo is not None or not _COLON_OFFSET_RE.search(text)):
        return _zoned(rfc)  # (email.utils drops a "+02:00" offset: the text parser reads it)
    numeric = _parse_numeric(text)
    if numeric:
        return numeric
    worded = find_dated_in_text(text, language, limit=200)
    if worded:
        return worded
    if _YEAR_RE.search(text) and _names_a_month(text, language):
        return _dateparser(text, "nb" if language == "no" else language or "en")
    return None


_WORD_RE = re.compile(r"[^\W\d_]{3,12}")


def _names_a_month(text: str, language: str | None) -> bool:
    """Whether `text` holds a month name: only then is dateparser worth its cost (tens of
    milliseconds a call, seconds for the first) — junk with a year in it never is."""
    per_lang, union = _month_tables()
    lang_table = per_lang.get("nb" if language == "no" else language or "", {})
    for word in _WORD_RE.findall(text):
        name = _fold(word)
        if name in union or name in lang_table:
            return True
    return False


def date_only(iso: str | None) -> str | None:
    return iso[:10] if iso else None
