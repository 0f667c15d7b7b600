"""Numbers that are never figures of the event: times of day, ages and phone numbers.

The shapes are structural (``14:30``, ``14h``, ``(45)``, digit groups no thousands grouping
would write); the words around them come from each language's ``[traps]`` section
(tui/data/lang/*.toml): clock words ("Uhr", "o'clock"), prepositions of a time
("às 15 horas", "à 4 heures"), and age templates ("aged #", "# Jahre alt") where ``#`` is
the number and a word ending in ``*`` matches any ending.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tui.analysis import langdata
from tui.analysis.langdata import COMMON
from tui.analysis.text import fold

_CLOCK_NUMBER = r"\d{1,2}(?:[:.h]\d{2})?"
_AGE_NUMBER = r"\d{1,3}"

# Language-independent shapes: "14:30", "14h", "14h30", "14 h 30".
_TIME_SHAPE_RE = re.compile(
    r"(?=\d)(?:\b\d{1,2}(?:[:h]\d{2}|h)(?!\w)|\b\d{1,2}\s?h\s?\d{2}\b)", re.IGNORECASE)
_AGE_SHAPE_RE = re.compile(r"\(\d{1,3}\)")  # "Jan Novák (45)"

# A run of digit groups joined by one separator each, optionally after "+" or in "( )".
_GROUPS_RE = re.compile(
    r"(?<![\w.,+])(?:\+\s?)?(?:\(0\d{0,3}\)\s?)?\d{1,4}(?:[ \-/.]\d{1,4}){1,5}(?![\w]|[.,]\d)")
_SEPARATOR_RE = re.compile(r"[ \-/.]")
# "12 000 000", "1.200.000": thousands written in groups of three, not a phone number.
_THOUSANDS_RE = re.compile(r"[1-9]\d{0,2}(?:( |\.)\d{3})(?:\1\d{3})*")


def _is_phone(run: str) -> bool:
    """Digit groups no number is written as: a "+" or a "(0xx)" prefix; three groups or
    more that are not thousands; or two groups whose first has a leading zero
    ("0800 500", "06 327 7111"; "0.5" and "0,5" are decimals, not phone numbers)."""
    if run.startswith(("+", "(")):
        return True
    groups = _SEPARATOR_RE.split(run)
    if _THOUSANDS_RE.fullmatch(run):
        return False
    if len(groups) >= 3:
        return True
    return groups[0].startswith("0") and run[len(groups[0])] != "."


def phone_spans(text: str) -> list[tuple[int, int]]:
    """Spans of phone-like digit runs ("0 800 500 335", "+385 1 4567 890", "8 0162 21 45 67")."""
    return [m.span() for m in _GROUPS_RE.finditer(text) if _is_phone(m.group())]


def _template(phrase: str, number: str) -> str:
    """The regex of an age template: "aged #", "#-jähr*", "# Jahre alt"."""
    out = []
    for part in re.findall(r"#|[^\s#]+|\s+", phrase.strip()):
        if part == "#":
            out.append(number)
        elif part.isspace():
            out.append(r"\s+")
        else:
            esc = re.escape(part.rstrip("*")).replace(r"\-", r"\s*-\s*")
            out.append(esc + (r"\w*" if part.endswith("*") else ""))
    text = phrase.strip()
    head = r"\b" if text[:1].isalnum() else (r"(?<![\d.,])" if text[:1] == "#" else "")
    tail = r"(?!\w)" if text[-1:].isalnum() else ""
    return head + "".join(out) + tail


def _keys(language: str | None) -> tuple[str, ...]:
    """A language's own file, or every file for a language without one."""
    if langdata.has_file(language):
        return (COMMON, language)  # type: ignore[return-value]
    return (COMMON, *langdata.languages())


def _values(name: str, key: str) -> list[str]:
    data = langdata.common() if name == COMMON else langdata.load(name)
    value = (data or {}).get("traps", {}).get(key, [])
    return value.split() if isinstance(value, str) else list(value)


def trap_phrases(language: str | None, key: str) -> list[str]:
    """The `[traps] key` entries of `language` (every language's, when it has no file)."""
    return list(dict.fromkeys(v for name in _keys(language) for v in _values(name, key)))


@dataclass(frozen=True, slots=True)
class TrapWords:
    """Folded words the figure scanner tests one token against."""

    ordinals: frozenset[str]  # "3rd", "12-й": the number is an ordinal
    ages: tuple[str, ...]  # "12-year-old", "44-летний": a word after "N-" starting so
    clock: frozenset[str]  # "14h", "9uhr": a clock word written onto the number
    not_units: frozenset[str]  # "ha" = "has" (it, es): only the language's own file
    locative: frozenset[str]  # "in", "u", "при": the place after it is where a figure is
    numbered: frozenset[str]  # "route", "statale", "nr": the number after it is a name
    # "town", "county", "municipiul": after a locative, the place last named ("in the
    # town") or a kind of place before its name ("in County Clare"); a trailing * any ending
    place_kinds: frozenset[str] = frozenset()
    settlements: frozenset[str] = frozenset()  # "in the town": the town last named


@lru_cache(maxsize=64)
def words(language: str | None) -> TrapWords:
    clock = {fold(p) for p in trap_phrases(language, "clock_after") if " " not in p}
    own = _values(language, "not_units") if langdata.has_file(language) else []
    return TrapWords(
        ordinals=frozenset(fold(w) for w in trap_phrases(language, "ordinal_suffixes")),
        ages=tuple(sorted({fold(w) for w in trap_phrases(language, "age_suffixes")})),
        clock=frozenset({"h", *(c.rstrip(".") for c in clock if c.rstrip(".").isalpha())}),
        not_units=frozenset(fold(w) for w in own),
        locative=frozenset(fold(w) for w in trap_phrases(language, "locative")),
        numbered=frozenset(fold(w) for w in trap_phrases(language, "numbered")),
        place_kinds=frozenset(fold(w) for w in trap_phrases(language, "place_kinds")),
        settlements=frozenset(fold(w) for w in trap_phrases(language, "settlements")),
    )


def _alternation(phrases: list[str]) -> str:
    """Phrases longest first; one ending in a letter must end a word ("am", not "amid")."""
    return "|".join(re.escape(p) + (r"(?!\w)" if p[-1:].isalnum() else "")
                    for p in sorted(set(phrases), key=len, reverse=True))


@lru_cache(maxsize=64)
def _word_regex(language: str | None) -> re.Pattern[str] | None:
    """Times and ages written with the language's words."""
    alts = []
    clock = trap_phrases(language, "clock_after")
    if clock:
        alts.append(rf"\b{_CLOCK_NUMBER}\s*(?:{_alternation(clock)})")
    preps, hours = trap_phrases(language, "time_preps"), trap_phrases(language, "hour_words")
    if preps and hours:
        alts.append(rf"\b(?:{_alternation(preps)})\s+{_CLOCK_NUMBER}\.?\s*"
                    rf"(?:{_alternation(hours)}|h(?!\w))")
    bare = trap_phrases(language, "bare_time_preps")
    if bare:
        alts.append(rf"\b(?:{_alternation(bare)})\s+\d{{1,2}}\b(?![.,]\d{{3}})")
    ages = trap_phrases(language, "age")
    alts += [_template(p, _AGE_NUMBER) for p in ages]
    if not alts:
        return None
    # A first-character guard lets the scanner skip most positions fast.
    words = [p for p in (*preps, *bare, *ages) if p[:1] != "#"]
    first = {c for p in words for c in (p[0].lower(), p[0].upper())}
    guard = "0-9" + "".join(sorted(re.escape(c) for c in first))
    return re.compile(rf"(?=[{guard}])(?:" + "|".join(alts) + ")", re.IGNORECASE)


def non_quantity_spans(text: str, language: str | None = None) -> list[tuple[int, int]]:
    """Spans of times of day, ages and phone-like numbers (never figures of the event)."""
    spans = [m.span() for rx in (_TIME_SHAPE_RE, _AGE_SHAPE_RE) for m in rx.finditer(text)]
    words = _word_regex(language)
    if words is not None:
        spans += [m.span() for m in words.finditer(text)]
    spans += phone_spans(text)
    spans.sort()
    return spans
