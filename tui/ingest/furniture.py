"""Header furniture told by shape in any language: section lines, breadcrumbs, counters.

A clipping's header often carries the outlet's section ("Ekonomi", "Cronaca"), a
breadcrumb ("Nachrichten > Region", "Vijesti / Crna kronika", "Niederösterreich |
13.09.2026, 19:32") and counters ("Lesezeit: 2 Minuten", "Комментарии (14)", "3 min read").
None is body text. A breadcrumb is known by its separators alone (an outlet's name or a
headline has none between short capitalised parts); a section word on its own line and a
counter's words come from the [header] `sections` and `counters` lists of every language
file, since the article's language is not known while its header is read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tui.analysis import langdata
from tui.analysis.text import fold
from tui.ingest.clean import ends_sentence
from tui.ingest.dates import parse_dated

_MAX_SECTION_LINE = 60
_MAX_PART_WORDS = 3
_MAX_COUNTER_LINE = 50
# Breadcrumb separators between parts: "A > B", "A / B", "A | B", "A » B", "A · B", and a
# spaced dash between a place and a section ("Isère — Faits divers").
_SEPARATOR_RE = re.compile(r"\s+[/|>»›·•—–]\s+|\s*[>»›]\s*")
# A dash also joins a headline's two clauses ("Schiff rammt Kaimauer – Betrieb ruht"): the
# parts of a dashed crumb are shorter.
_DASH_SEPARATOR_RE = re.compile(r"\s+[—–]\s+")
_MAX_DASHED_PART_WORDS = 2
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_PART_PUNCT = frozenset(".,;:!?()[]\"")
_PART_CONNECTORS = frozenset("&+-–")


def _header_words(key: str) -> frozenset[str]:
    words: set[str] = set()
    for code in langdata.languages():
        for phrase in (langdata.load(code) or {}).get("header", {}).get(key, []):
            words.update(fold(w) for w in _WORD_RE.findall(phrase))
    return frozenset(words)


@lru_cache(maxsize=1)
def _section_words() -> frozenset[str]:
    return _header_words("sections")


@lru_cache(maxsize=1)
def _counter_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """Counter words, and the minute words of every file's units (prefixes for `minut*`)."""
    minutes: set[str] = {"min", "mins"}
    for code in langdata.languages():
        for unit in ("min", "h"):
            words = (langdata.load(code) or {}).get("units", {}).get(unit, "").split()
            minutes.update(fold(w).rstrip("*") for w in words if len(w.rstrip("*")) >= 3)
    return _header_words("counters"), tuple(sorted(minutes))


def _is_section_word(word: str) -> bool:
    """A section name, also inflected ("Lokales" / "lokal", "Regiony" / "region")."""
    folded = fold(word)
    if folded in _section_words():
        return True
    return len(folded) >= 5 and any(
        len(entry) >= 5 and folded[:max(4, len(entry) - 2)] == entry[:max(4, len(entry) - 2)]
        and abs(len(folded) - len(entry)) <= 3
        for entry in _section_words()
    )


def _name_part(part: str, max_words: int = _MAX_PART_WORDS) -> bool:
    """A part of a breadcrumb: one to three words, capitalised, no figure, no punctuation."""
    words = part.split()
    if not words or len(words) > max_words or not words[0][0].isupper():
        return False
    return not any(ch.isdigit() or ch in _PART_PUNCT for ch in part) and all(
        w[0].isalpha() or w in _PART_CONNECTORS for w in words
    )


def _parts(line: str) -> list[str]:
    return [p.strip() for p in _SEPARATOR_RE.split(line) if p.strip()]


def is_section_line(line: str) -> bool:
    """ "Ekonomi", "Reise & Urlaub", "Wiadomości > Region", "Redacción | Vigo": the outlet's
    section or a breadcrumb, not a headline nor an outlet's name."""
    if not line or len(line) > _MAX_SECTION_LINE or ends_sentence(line):
        return False
    parts = _parts(line)
    if len(parts) >= 2:
        limit = _MAX_DASHED_PART_WORDS if _DASH_SEPARATOR_RE.search(line) else _MAX_PART_WORDS
        return all(_name_part(p, limit) for p in parts)
    if not _name_part(line):
        return False
    words = [w for w in _WORD_RE.findall(line) if len(w) >= 3]
    return bool(words) and all(_is_section_word(w) for w in words)


def crumb_date(line: str) -> str | None:
    """The date of a breadcrumb that carries one ("Niederösterreich | 13.09.2026, 19:32")."""
    if len(line) > _MAX_SECTION_LINE + 20:
        return None
    parts = _parts(line)
    if len(parts) < 2:
        return None
    dated = [p for p in parts if any(ch.isdigit() for ch in p) and parse_dated(p) is not None]
    if len(dated) != 1 or not all(p in dated or _name_part(p) for p in parts):
        return None
    return dated[0]


def is_counter_line(line: str) -> bool:
    """ "Lesezeit: 2 Minuten", "Комментарии (14)", "3 min read", "12 kommentarer": a number
    and only counter and minute words beside it."""
    if len(line) > _MAX_COUNTER_LINE or not any(ch.isdigit() for ch in line):
        return False
    if re.search(r"[^\w\s:()\[\].,·|–-]", line):
        return False
    words = [fold(w) for w in _WORD_RE.findall(line)]
    counters, minutes = _counter_words()
    if not any(w in counters for w in words):
        return False
    return all(w in counters or w.startswith(minutes) for w in words)


_SUFFIX_SPLIT_RE = re.compile(r"\s+[|·•]\s+")
_MIN_HEAD_WORDS = 3


def _suffix_part(part: str) -> bool:
    """A part a site appends to a title: a date, a time, a section or an outlet's name."""
    if any(ch.isdigit() for ch in part):
        return parse_dated(part) is not None or bool(re.fullmatch(r"\d{1,2}[:.h]\d{2}", part))
    return _name_part(part) or bool(re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)+", part))


def split_title_suffix(title: str) -> tuple[str, str | None]:
    """A title without what the site appends ("Hitzeschlacht beim Marathon | Niederösterreich
    | 13.09.2026" → the headline), and the date such a suffix carries."""
    parts = _SUFFIX_SPLIT_RE.split(title)
    if len(parts) < 2:
        return title, None
    cut = len(parts)
    while cut > 1 and _suffix_part(parts[cut - 1].strip()):
        cut -= 1
    head = " | ".join(parts[:cut]).strip()
    if cut == len(parts) or len(head.split()) < _MIN_HEAD_WORDS:
        return title, None
    dated = [p for p in parts[cut:] if any(ch.isdigit() for ch in p) and parse_dated(p)]
    return head, (dated[0].strip() if dated else None)


_MAX_RELATIVE_LINE = 60
# Short forms of the time units a site writes in "2 hrs ago", "vor 3 Std.", "5 ч назад".
_UNIT_ABBREVIATIONS = frozenset({"h", "hr", "hrs", "min", "mins", "std", "ч", "мин", "hod"})


@lru_cache(maxsize=1)
def _relative_words() -> tuple[frozenset[str], frozenset[str], tuple[str, ...], frozenset[str]]:
    """The "ago" words, the time units (whole words and `stem*` prefixes) and the words of
    the published and updated labels of every language file."""
    units: set[str] = set(_UNIT_ABBREVIATIONS)
    stems: set[str] = set()
    for code in langdata.languages():
        for unit in ("min", "h", "d"):
            for word in langdata.section(code, "units").get(unit, "").split():
                (stems if word.endswith("*") else units).add(fold(word).rstrip("*"))
    labels = _header_words("updated") | _header_words("published")
    return _header_words("ago"), frozenset(units), tuple(sorted(stems)), labels


def is_relative_time_line(line: str) -> bool:
    """ "2 hours ago", "vor 3 Stunden aktualisiert", "Päivitetty 5 tuntia sitten": a time
    counted back from now, with at most a published or updated label beside it."""
    if len(line) > _MAX_RELATIVE_LINE or len(re.findall(r"\d+", line)) != 1:
        return False
    if re.search(r"[^\w\s.,:()'’-]", line):
        return False
    ago, units, stems, labels = _relative_words()
    words = [fold(w) for w in _WORD_RE.findall(line)]
    is_unit = [w in units or w.startswith(stems) for w in words]
    if not any(is_unit) or not any(w in ago for w in words):
        return False
    return all(u or w in ago or w in labels for w, u in zip(words, is_unit, strict=True))



_MAX_PITCH_LINE = 200
_PITCH_CUES = 3


@lru_cache(maxsize=2)
def _offer_pattern(key: str) -> re.Pattern[str]:
    """Every language file's [header] phrases under `key`, each at word boundaries."""
    phrases: set[str] = set()
    for code in langdata.languages():
        phrases.update(fold(p) for p in langdata.section(code, "header").get(key, []))
    alt = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) or r"(?!)"
    return re.compile(rf"(?<!\w)(?:{alt})(?!\w)")


def is_pitch_line(line: str) -> bool:
    """A subscription offer a clipping tool copies after the text ("Die Rundschau digital
    lesen: 4 Wochen gratis, danach 9,90 Euro im Monat", "Subscribe: first month free, then
    £4.99 a month"): a `subscribe` phrase and offer phrases (`pitch`: "gratis", "im Monat"),
    three different ones on a short line. Fewer are often the report's own last sentence
    ("Das Abo kostet künftig 13 Euro im Monat")."""
    if len(line) > _MAX_PITCH_LINE:
        return False
    folded = fold(line)
    subscribe = set(_offer_pattern("subscribe").findall(folded))
    offers = set(_offer_pattern("pitch").findall(folded))
    return bool(subscribe) and len(subscribe | offers) >= _PITCH_CUES
