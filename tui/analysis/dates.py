"""Dates mentioned in the text, resolved against the publication date (no dateparser: speed)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from babel import Locale

from tui.analysis import langdata
from tui.analysis.lexicon import TABLE_LANGS
from tui.analysis.sentences import Sentence, sentence_at
from tui.analysis.text import fold, fold_text
from tui.models import parse_published


@dataclass(frozen=True, slots=True)
class DateMention:
    value: str  # ISO date
    text: str
    start: int
    end: int
    sentence: int

    def to_fact(self) -> dict[str, Any]:
        return {"kind": "date", "value": self.value, "text": self.text, "sentence": self.sentence}


_EN_ABBR = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
            "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_RELATIVE = {
    "yesterday": -1, "ontem": -1, "ayer": -1, "hier": -1, "gestern": -1, "ieri": -1,
    "gisteren": -1, "today": 0, "hoje": 0, "hoy": 0, "aujourd'hui": 0, "heute": 0, "oggi": 0,
    "vandaag": 0, "vorgestern": -2, "anteontem": -2, "anteayer": -2, "avant-hier": -2,
    "l'altro ieri": -2, "eergisteren": -2,
}


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, int], dict[str, int]]:
    """Month and weekday names read in a text of any language: those of the first nine
    languages (a text's own language adds its months, `_months`; other weekday names are
    often common words: Romanian "luni" is Monday and "months", Turkish "pazar" Sunday and
    "market")."""
    months: dict[str, int] = dict(_EN_ABBR)
    days: dict[str, int] = {}
    for lang in TABLE_LANGS:
        months.update(_own_months(lang))
        loc = Locale.parse(lang)
        for ctx in ("format", "stand-alone"):
            for num, name in loc.days[ctx]["wide"].items():
                days[fold(name)] = num  # 0 = Monday
    # "sexta-feira" is often written "sexta -feira"/"sexta feira"; match the stem too.
    for name, num in list(days.items()):
        if name.endswith("-feira"):
            days[name[: -len("-feira")] + " feira"] = num
    return months, days


@lru_cache(maxsize=64)
def _own_months(language: str) -> dict[str, int]:
    """The month names of one language: babel's format and stand-alone forms and the case
    forms its dates use that babel does not list (`[dates] month_forms`, twelve strings of
    space-separated forms: Slovene "18. junija", Latvian "18. jūnijā", Estonian "18.
    juunil")."""
    loc = Locale.parse(language)
    out: dict[str, int] = {}
    for ctx in ("format", "stand-alone"):
        for num, name in loc.months[ctx]["wide"].items():
            out[fold(name)] = num
    forms = langdata.section(language, "dates").get("month_forms", [])
    for num, names in enumerate(forms, start=1):
        out.update((fold(name), num) for name in names.split())
    return out


@lru_cache(maxsize=64)
def _months(language: str | None) -> dict[str, int]:
    """The month names read in a text: the first nine languages' and the text's own, its
    own winning where two spell a month alike ("listopada" is October in Croatian,
    November in Polish). Only the languages in use are loaded from babel (each costs a
    few milliseconds on the first call). Memoised: every date match asks for it; read
    only."""
    months = _names()[0]
    if language is None or not langdata.has_file(language):
        return months
    return {**months, **_own_months(language)}


def _first_chars(names: Iterable[str]) -> str:
    """A character-class body matching the first character of every name."""
    return "".join(re.escape(c) for c in sorted({n[0] for n in names}))


def _month_first(language: str | None) -> bool:
    """Whether dates of the language may put the month first (`[dates] month_first`); a
    language without a file may (English-style "June 18" is common in metadata)."""
    if language is None or not langdata.has_file(language):
        return True
    return bool(langdata.section(language, "dates").get("month_first", False))


def _month_of() -> str:
    """The words between a day and its month: "4 de julho", "4th of July", "4 ta' Lulju"."""
    words = {"de", "of", *_date_words(None, "month_of")}
    return "|".join(re.escape(fold(w)) + (r"\s+" if w[-1:].isalnum() else r"\s*")
                    for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=32)
def _regexes(language: str | None = None) -> tuple[re.Pattern[str], re.Pattern[str],
                                                    re.Pattern[str]]:
    months, days = _months(language), _names()[1]
    month_alt = "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True))
    day_alt = "|".join(
        sorted((re.escape(d).replace(r"\-", r"\s*-\s*").replace(r"\ ", r"\s*-?\s*")
                for d in days), key=len, reverse=True)
    )
    rel_alt = "|".join(sorted((re.escape(r) for r in _RELATIVE), key=len, reverse=True))
    # First-character guards ("(?=[…])") let the scanner skip most positions cheaply.
    month_first = _first_chars(months)
    day_first = _first_chars(days)
    rel_first = _first_chars(_RELATIVE)
    # Matched on folded text (same length as the original for Latin scripts).
    # A month before the day ("June 18") only where the language writes dates so: in
    # Croatian "od kraja kolovoza 23 osobe" is "since late August, 23 people".
    month_day = (rf"|\b(?P<m2>{month_alt})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b"
                 rf"(?:,?\s+(?P<y2>\d{{4}})\b)?") if _month_first(language) else ""
    dmy = re.compile(
        rf"(?=[\d{month_first}])(?:"
        rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|º|o|\.)?\s+(?:{_month_of()})?(?P<m>{month_alt})\b"
        rf"(?:,?\s+(?:de\s+|del\s+)?(?P<y>\d{{4}})\b)?"
        rf"{month_day}"
        r"|\b(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2})\b"
        r"|\b(?P<nd>\d{1,2})[/.](?P<nm>\d{1,2})[/.](?P<ny>\d{4})\b)"
    )
    weekday = re.compile(rf"(?=[{day_first}])\b(?P<w>{day_alt})\b")
    relative = re.compile(rf"(?=[{rel_first}])(?<!\w)(?P<r>{rel_alt})\b")
    return dmy, weekday, relative


def _future_term(phrase: str) -> str:
    """A marker as a regex: "will" a word, "~rá" a word ending, "próxim*" a word start."""
    text = phrase.lower()
    if text.startswith("~"):
        return r"\w{2,}" + re.escape(text[1:]) + r"\b"
    head = r"\b" if text[:1].isalnum() else ""
    if text.endswith("*"):
        return head + re.escape(text[:-1])
    return head + re.escape(text) + (r"\b" if text[-1:].isalnum() else "")


def _date_words(language: str | None, key: str) -> list[str]:
    """`[dates] key` of the language's file, or of every file (language None)."""
    names = (language,) if language else langdata.languages()
    return list(dict.fromkeys(p for name in names
                              for p in (langdata.load(name) or {}).get("dates", {}).get(key, [])))


@lru_cache(maxsize=16)
def _future_regex(language: str | None) -> re.Pattern[str]:
    """Simple future markers of the language in the clause before a weekday ("will meet on
    Wednesday", "vai reunir-se na quarta-feira", "wird am Mittwoch"): the weekday is then
    the next one, not the last one. Matched on the lowercased (unfolded) text: the accent
    marks the tense. A language without a file (or without markers) reads every file's."""
    own = _date_words(language, "future_before") if langdata.has_file(language) else []
    terms = own or _date_words(None, "future_before")
    return re.compile("|".join(_future_term(t) for t in terms) or r"(?!)")


@lru_cache(maxsize=1)
def _after_regex() -> re.Pattern[str]:
    """ "mercredi prochain", "quarta-feira que vem" (every file's words: quotes mix)."""
    terms = [re.escape(t.rstrip("*").lower()) for t in _date_words(None, "future_after")]
    return re.compile(r"^\s*(?:" + ("|".join(terms) or r"(?!)") + ")")


@lru_cache(maxsize=1)
def _clause_cut() -> re.Pattern[str]:
    """A clause boundary: the weekday belongs to what follows ("said on Monday that …")."""
    words = "|".join(re.escape(w.lower()) for w in _date_words(None, "clause_words"))
    return re.compile(r"[,;:()\u2014\u2013]" + (rf"|\b(?:{words})\b" if words else ""))


def _is_future(text: str, start: int, end: int, sentence_start: int,
               language: str | None) -> bool:
    """Does a simple future marker govern the weekday at text[start:end]?"""
    if _after_regex().match(text[end:end + 20].lower()):
        return True
    window = text[max(sentence_start, start - 80):start].lower()
    cuts = list(_clause_cut().finditer(window))
    if cuts:
        window = window[cuts[-1].end():]
    return _future_regex(language).search(window) is not None


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except (ValueError, OverflowError):
        return None


def _shift(day: dt.date, days: int) -> dt.date | None:
    """`day` moved by `days`, or None past the ends of the calendar (years 1 and 9999)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return None


def published_day(published: str | None) -> dt.date | None:
    """The publication day in the article's own offset (a bare date also works)."""
    try:
        moment = parse_published(published)
    except (ValueError, OverflowError):  # an offset that pushes it past year 1 / 9999
        moment = None
    if moment is not None:
        return moment.date()
    try:
        return dt.date.fromisoformat((published or "")[:10])
    except ValueError:
        return None


def _decimal_only(text: str) -> bool:
    """No superscript/circled digit ("¹ März" folds to "1 marz" but is no date)."""
    return all(ch.isdecimal() or not ch.isdigit() for ch in text)


def _accented_abbreviation(text: str, m: re.Match[str]) -> bool:
    """ "már 6 napja" (Hungarian "already 6 days") folds to "mar 6": an English month
    abbreviation is one only as written, in plain letters."""
    group = "m" if m.group("m") else "m2" if m.groupdict().get("m2") else None
    if group is None or m.group(group) not in _EN_ABBR:
        return False
    return not text[m.start(group):m.end(group)].isascii()


def _dmy_date(m: re.Match[str], language: str | None, pub: dt.date | None) -> dt.date | None:
    """The date of one day-month(-year) / ISO / numeric match (None when impossible)."""
    months = _months(language)
    if m.group("iy"):
        return _safe_date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
    if m.group("nd"):
        a, b = int(m.group("nd")), int(m.group("nm"))
        if language == "en" and a <= 12 and not b <= 12 < a:
            a, b = b, a  # US order: month/day
        return _safe_date(int(m.group("ny")), b, a)
    if m.group("m"):
        day, month, year = int(m.group("d")), months[m.group("m")], m.group("y")
    else:
        day, month, year = int(m.group("d2")), months[m.group("m2")], m.group("y2")
    if year:
        return _safe_date(int(year), month, day)
    if pub is None:
        return None
    # No year: the publication's, unless that puts it over a month after publication.
    date = _safe_date(pub.year, month, day)
    latest = _shift(pub, 31)
    if date is not None and latest is not None and date > latest:
        date = _safe_date(pub.year - 1, month, day)
    return date


def _weekday_date(text: str, low_name: str, s: int, e: int, sentences: Sequence[Sentence],
                  pub: dt.date, language: str | None) -> dt.date | None:
    days = _names()[1]
    name = re.sub(r"\s+", " ", re.sub(r"\s*-\s*", "-", low_name))
    num = days.get(name)
    if num is None:
        num = days.get(name.replace("-", " "))
    if num is None:
        return None
    s_start = sentences[sentence_at(sentences, s)].start if sentences else 0
    if _is_future(text, s, e, s_start, language):
        return _shift(pub, (num - pub.weekday()) % 7)
    return _shift(pub, -((pub.weekday() - num) % 7))


def extract_dates(
    text: str,
    language: str | None,
    sentences: Sequence[Sentence],
    published: str | None = None,
) -> list[DateMention]:
    """Dates in `text` ("4 July", "4 de julho de 2025", "on Friday", "yesterday").

    Dates that would fall outside the calendar (before year 1, after 9999) are skipped.
    """
    pub = published_day(published)
    low = fold_text(text)
    if len(low) != len(text):  # folding changed lengths (rare scripts): work on lowercase
        low = text.lower()
    dmy, weekday, relative = _regexes(language)
    out: list[DateMention] = []

    def add(date: dt.date | None, s: int, e: int) -> None:
        if date is not None and _decimal_only(text[s:e]):
            out.append(DateMention(date.isoformat(), text[s:e], s, e, sentence_at(sentences, s)))

    for m in dmy.finditer(low):
        if not _accented_abbreviation(text, m):
            add(_dmy_date(m, language, pub), *m.span())
    taken = [(d.start, d.end) for d in out]  # in text order, never overlapping
    if pub is not None:
        for m in weekday.finditer(low):
            s, e = m.span()
            k = bisect.bisect_right(taken, (s, len(text) + 1)) - 1
            if k >= 0 and taken[k][0] <= s < taken[k][1]:
                continue
            add(_weekday_date(text, m.group("w"), s, e, sentences, pub, language), s, e)
        for m in relative.finditer(low):
            add(_shift(pub, _RELATIVE[m.group("r")]), *m.span())
    out.sort(key=lambda d: d.start)
    return out
