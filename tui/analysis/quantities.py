"""Reported figures: value, qualifier, unit and the concept counted, in several languages.

`extract_quantities` runs a pipeline of small stages on every token that may start a
figure (`_STAGES`, in order): read the number (digits or words), a currency before it, a
scale word after it ("12.5 million"), a unit or currency after it, the rule for article
numbers ("um morto"), the concept counted (concepts.py), votes and their side (votes.py),
the bare-year rule, the noun the figure's text extends to, and the qualifiers around it.
A stage either fills in the `Figure` (scan.py) or returns the token index at which to
resume scanning, which drops the figure. Numbers that are never figures (times, ages,
phone numbers) are masked before the scan (traps.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from tui.analysis import lexicon as lx
from tui.analysis import traps
from tui.analysis.concepts import find_concept, is_person_noun, of_them_after
from tui.analysis.numbers import (
    as_number,
    decimal_mark,
    groups_with_space,
    is_figure,
    parse_digits,
    token_word_value,
    word_value,
)
from tui.analysis.scan import CLAUSE_STOP, PUNCT_STOP, Figure, Mask, Scan, strip_elision
from tui.analysis.sentences import Sentence, sentence_at
from tui.analysis.text import Token, fold, tokenize
from tui.analysis.votes import read_vote


@dataclass(frozen=True, slots=True)
class Quantity:
    """One figure. `value` is in the written unit with scale words applied (12.5 million ->
    12500000); `base` is the value in the concept's base unit (km -> m) for comparisons."""

    concept: str
    value: int | float
    text: str
    start: int
    end: int
    sentence: int
    qualifier: str = "exact"
    unit: str | None = None
    base: float = 0.0
    role: str | None = None  # e.g. drones launched vs intercepted
    aspect: str | None = None  # sub-group, e.g. children
    noun: str | None = None  # the folded word the concept came from
    tolerance: float = 0.0  # relative slack of an approximate figure (0.1 "about", 0.2 "a dozen")
    partitive: bool = False  # "five of the foreigners": a part of a larger figure
    high: float | None = None  # a range's upper end, written unit ("3–4 m": value 3, high 4)
    base_high: float | None = None
    measure: str | None = None  # what a unit-bearing figure measures: "length", "depth", …
    noun_text: str | None = None  # a bare count's noun as written ("ciągników"; glossary.py)
    bare_degree: bool = False  # a temperature in "degrees" with no scale written
    one_unit: bool = False  # "a month", "d'un kilomètre": agrees or is left unpaired
    whole: bool = False  # "seven of the 11 cameras": 11, the whole a part is of
    nearly: bool = False  # "nearly 16 hours", "près de 16 heures": a little under 16
    just_over: bool = False  # "just over 9 million", "drygt 9 miljoner": a little above 9 m
    state: str | None = None  # a group's fate ("three crew were taken to hospital"): compare.py

    def to_fact(self) -> dict[str, Any]:
        from tui.analysis.figures import normalized  # figures.py builds on this module

        out: dict[str, Any] = {
            "kind": "quantity",
            "concept": self.concept,
            "value": self.value,
            "text": self.text,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "sentence": self.sentence,
        }
        norm = normalized(self)
        if norm is not None:
            out["normalized"] = norm  # value as written stays in value/unit
        if self.high is not None:
            out["high"] = as_number(self.high)
        return out


non_quantity_spans = traps.non_quantity_spans  # times, ages, phone numbers (traps.py)


# "oko 15.30", "um 9.45": in a language whose decimal mark is a comma, hours.minutes
# with a dot is a time of day (it is neither a decimal nor a thousands group there).
_CLOCK_RE = re.compile(r"(?<![\d.,])(?:[01]?\d|2[0-3])\.[0-5]\d(?!\d)(?![.,]\d)(?:\s*(\w+))?")


def _clock_spans(text: str, language: str | None, words: lx.Words) -> list[tuple[int, int]]:
    if decimal_mark(language) != "," or "." not in text:
        return []
    out = []
    for m in _CLOCK_RE.finditer(text):
        after = fold(m.group(1) or "")
        if after and (lx.unit_word(words, after) or after in words.currency_words
                      or after in lx.scales(language)):
            continue  # "1.50 Euro", "2.30 m": a figure with a unit
        out.append(m.span())
    return out


Stage = Callable[[Scan, Figure, Sequence[Quantity]], int | None]


def extract_quantities(
    text: str,
    language: str | None,
    sentences: Sequence[Sentence],
    tokens: list[Token] | None = None,
    skip_spans: Sequence[tuple[int, int]] = (),
) -> list[Quantity]:
    """All figures in `text`. `skip_spans` (e.g. dates) are never read as quantities."""
    scan = Scan(
        text=text,
        toks=tokens if tokens is not None else tokenize(text),
        language=language,
        sentences=sentences,
        mask=Mask([*skip_spans, *non_quantity_spans(text, language),
                   *_clock_spans(text, language, lx.for_language(language))]),
        words=lx.for_language(language),
        ctable=lx.concept_table(language),
        scales=lx.scales(language),
    )
    may_start = _starts_figure(scan)
    out: list[Quantity] = []
    i, n = 0, scan.n
    while i < n:
        if not may_start(i):
            i += 1
            continue
        fig = Figure(i=i, tok=scan.toks[i], prev=scan.toks[i - 1] if i else None)
        resume = _run_stages(scan, fig, out)
        if resume is not None:
            i = resume
            continue
        quantity = _quantity(scan, fig)
        if not _hour_of_day(scan, quantity):
            out.append(quantity)
        i = max(fig.k, fig.j)
    out = _parts_of_wholes(scan, _compound_durations(scan, out))
    return _degrees_by_convention(_wholes_then_parts(scan, out))


def _compound_duration(scan: Scan, a: Quantity, b: Quantity) -> bool:
    """Is b the rest of a ("two hours and forty minutes", "2 tundi ja 15 minutit", "3 h,
    20 min")? Two whole durations of one sentence joined by nothing, a comma or one "and"
    word, b in a smaller unit and less than one of a's units."""
    if a.concept != "duration" or b.concept != "duration" or a.sentence != b.sentence:
        return False
    if a.high is not None or b.high is not None or b.qualifier != "exact":
        return False
    fa, fb = lx.unit_factor(a.unit), lx.unit_factor(b.unit)
    if fa is None or fb is None or not 0 < b.base < fa or not fb < fa:
        return False
    if not float(a.value).is_integer() or not float(b.value).is_integer():
        return False
    gap = [w for w in scan.text[a.end:b.start].replace(",", " , ").split() if w != ","]
    if scan.text[a.end:b.start].count(",") > 1:
        return False
    joins = scan.words.connectors | scan.words.and_words
    return not gap or (len(gap) == 1 and fold(gap[0]) in joins)


def _compound_durations(scan: Scan, qs: list[Quantity]) -> list[Quantity]:
    """ "two hours and forty minutes" is one duration, written in its smaller unit
    (160 minutes), not two figures that each meet (or contradict) the other report."""
    out: list[Quantity] = []
    for q in qs:
        prev = out[-1] if out else None
        if prev is None or not _compound_duration(scan, prev, q):
            out.append(q)
            continue
        factor = lx.unit_factor(q.unit) or 1.0
        out[-1] = replace(prev, value=as_number(prev.base / factor + float(q.value)),
                          unit=q.unit, base=prev.base + q.base, end=q.end,
                          text=scan.text[prev.start:q.end], one_unit=False)
    return out


_GAP_WORDS_RE = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*")


def _parts_of_wholes(scan: Scan, qs: list[Quantity]) -> list[Quantity]:
    """ "седем от общо 11 камери", "seven of the 11 cameras": two counts joined by a part-of
    word (`[words] part_of`) and at most two more words are a part and its whole. The part
    counts the whole's noun (when it names none) and is partitive; the whole is marked."""
    out = list(qs)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        gap = scan.text[a.end:b.start]
        if (a.sentence != b.sentence or a.unit or b.unit or a.whole
                or not _GAP_WORDS_RE.fullmatch(gap)
                or not scan.words.part_of & {fold(w) for w in gap.split()}):
            continue
        if a.concept == "other" and a.noun is None:
            a = replace(a, concept=b.concept, noun=b.noun, noun_text=b.noun_text,
                        aspect=b.aspect, role=b.role)
        elif a.concept != b.concept:
            continue
        out[k], out[k + 1] = replace(a, partitive=True), replace(b, whole=True)
    return out


# The most words between a whole opened by a part-of word and the bare part after it
# ("З 16 камер відеоспостереження працювали лише п'ять").
_PART_REACH = 6
_WORD_RE = re.compile(r"[^\W\d_]+")


def _wholes_then_parts(scan: Scan, qs: list[Quantity]) -> list[Quantity]:
    """ "Iš 48 vagonų bėgius paliko 11", "of the 16 cameras only five worked": a count
    right after a part-of word (`[words] part_of`, an article between) is a whole, and
    the next count of its clause with no noun of its own, at most _PART_REACH words on,
    is a part of it: the whole's noun and concept, partitive."""
    out = list(qs)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if (a.sentence != b.sentence or a.unit or b.unit or a.whole or a.partitive
                or not _bare_or_same(a, b)
                or (a.concept == "other" and a.noun is None) or not _opens_whole(scan, a)):
            continue
        gap = scan.text[a.end:b.start]
        if any(c in gap for c in ".;:!?()") or len(_WORD_RE.findall(gap)) > _PART_REACH:
            continue
        out[k] = replace(a, whole=True)
        out[k + 1] = replace(b, concept=a.concept, noun=a.noun, noun_text=a.noun_text,
                             aspect=a.aspect, role=a.role, partitive=True)
    return out


def _bare_or_same(a: Quantity, b: Quantity) -> bool:
    """Does b name no noun of its own, or only the whole's, read back from it ("Z celkového
    počtu 80 autobusov zostalo odstavených 12": vehicles, from "autobusov")?"""
    return (b.concept == "other" and b.noun is None) or (
        b.concept == a.concept and b.noun is not None and b.noun == a.noun)


def _opens_whole(scan: Scan, q: Quantity) -> bool:
    """Is the count right after a part-of word, at most an article between ("of the 16")?"""
    words = [fold(w) for w in _WORD_RE.findall(scan.text[max(0, q.start - 30):q.start])]
    while words and (words[-1] in scan.words.articles or words[-1] in scan.words.count_words):
        words.pop()  # "Z celkového počtu 142": past the words for a total
    return bool(words) and words[-1] in scan.words.part_of or _whole_by_ending(scan, q)


def _whole_by_ending(scan: Scan, q: Quantity) -> bool:
    """ "142 kereszteződéséből 118-ban": where "out of" is a case ending (`[words]
    whole_endings`), one of the two words after the count ends so."""
    endings = scan.words.whole_endings
    after = [fold(w) for w in _WORD_RE.findall(scan.text[q.end:q.end + 60])[:2]]
    return bool(endings) and any(w.endswith(e) and len(w) > len(e) + 2
                                 for w in after for e in endings)


# The dimensions whose units tell an outlet's convention (US customary or metric)
_CONVENTION_DIMENSIONS = frozenset({"distance", "area", "volume", "mass", "speed",
                                    "temperature"})


def _customary_report(qs: list[Quantity], customary: set[str]) -> bool:
    """Does a report write its measures mostly in US customary units? "32 fods" (feet) in
    a report of metres, kilometres and tons is a lock's old name, not its convention."""
    units = [q.unit for q in qs if q.unit and q.concept in _CONVENTION_DIMENSIONS
             and not q.bare_degree]
    ours = sum(u in customary for u in units)
    return ours > len(units) - ours


def _degrees_by_convention(qs: list[Quantity]) -> list[Quantity]:
    """ "82 degrees" with no scale written is Fahrenheit in a report that writes its other
    measures in US customary units (feet, miles, mph, °F: `[classes] us_customary`) more
    often than in metric ones, and Celsius otherwise: the outlet's own convention is the
    only consistent reading."""
    customary = set(lx._class("us_customary"))
    if not any(q.bare_degree for q in qs) or not _customary_report(qs, customary):
        return qs
    factor, offset = lx.unit_factor("°F") or 1.0, lx.unit_offsets().get("°F", (0.0, None))[0]
    return [replace(q, unit="°F", base=float(q.value) * factor + offset,
                    base_high=None if q.high is None else q.high * factor + offset)
            if q.bare_degree else q for q in qs]


def _hour_of_day(scan: Scan, q: Quantity) -> bool:
    """"4 heures du matin", "4 horas da manhã" read as a duration are an hour of the day:
    a whole number of hours right before one of the language's `[phrases] day_parts`."""
    if q.unit != "h" or q.high is not None:
        return False
    if not float(q.value).is_integer() or not 0 <= q.value <= 24:
        return False
    phrases = lx.day_parts(scan.language)
    if not phrases:
        return False
    after = tuple(t.low for t in tokenize(scan.text[q.end:q.end + 40])[:4])
    return any(after[:len(p)] == p for p in phrases)


def _run_stages(scan: Scan, fig: Figure, out: Sequence[Quantity]) -> int | None:
    for stage in _STAGES:
        resume = stage(scan, fig, out)
        if resume is not None:
            return resume
    return None


@lru_cache(maxsize=65536)
def _word_may_start(text: str, low: str, language: str | None) -> bool:
    """May a word token (`text`, folded `low`) start a figure in `language`? Memoised: the
    verdict depends on the word and the language only."""
    words = lx.for_language(language)
    mode = words.number_mode
    word_lang = None if mode == "words" else (language if mode == "text2num" else "en")
    if word_lang is None or strip_elision(low) in words.articles:
        return True
    halves = tuple(words.half)
    return (token_word_value(Token(0, len(text), text, low), word_lang) is not None
            or "-" in low or low in words.collective or low in words.one_and_half
            or low.endswith(tuple(words.and_half_suffix))
            or bool(halves and low.startswith(halves)))


def _starts_figure(scan: Scan) -> Callable[[int], bool]:
    """A cheap test for "may token i start a figure?". Most words are not numbers: skip
    them with one memoised look-up (what number_words_at would test first)."""
    toks, mask, language = scan.toks, scan.mask, scan.language

    def may_start(i: int) -> bool:
        tok = toks[i]
        if tok.is_word:
            if not _word_may_start(tok.text, tok.low, language):
                return False
        elif not tok.is_digit:
            return False
        return tok.start not in mask

    return may_start


def _read_number(scan: Scan, fig: Figure, out: Sequence[Quantity]) -> int | None:
    """The number itself: digits ("1.200", "1 200") or number words ("vinte e três")."""
    resume = _read_digits(scan, fig) if fig.tok.is_digit else _read_number_words(scan, fig)
    if resume is not None:
        return resume
    fig.start, fig.end = fig.tok.start, scan.toks[max(fig.j, fig.i + 1) - 1].end
    fig.k = fig.j
    return None


def _read_digits(scan: Scan, fig: Figure) -> int | None:
    resume = _sign_or_code(scan, fig)
    if resume is None:
        resume = _label_before(scan, fig)
    if resume is not None:
        return resume
    j = _digit_groups_end(scan, fig.i)
    value = parse_digits(" ".join(t.text for t in scan.toks[fig.i:j]), scan.language)
    if value is None:
        return j
    toks, n = scan.toks, scan.n
    if (j + 1 < n and toks[j].text == "-" and toks[j].start == toks[j - 1].end
            and toks[j + 1].low in scan.words.number_links
            and toks[j + 1].start == toks[j].end):
        j += 2  # "14-il siegħa": the suffix belongs to the number
    elif _colon_ending(scan, j):
        j += 2  # "nousi 12:een": a case ending, not a time or a ratio
    resume = _written_onto(scan, j)
    if resume is not None:
        return resume
    fig.value, fig.j = value, j
    return None


def _colon_ending(scan: Scan, j: int) -> bool:
    """Is token j a colon and a case ending of the language written onto the number
    ("71,4:ään", "15:een"; `[words] colon_endings`)?"""
    toks = scan.toks
    return (j + 1 < scan.n and toks[j].text == ":" and toks[j].start == toks[j - 1].end
            and toks[j + 1].start == toks[j].end and toks[j + 1].is_word
            and toks[j + 1].text.islower() and fold(toks[j + 1].low) in scan.words.colon_endings)


def _sign_or_code(scan: Scan, fig: Figure) -> int | None:
    """A minus sign before the number, or a code the digits are part of (F-16, 24/7)."""
    toks, i, tok, prev = scan.toks, fig.i, fig.tok, fig.prev
    if _minus_sign(scan, i):
        fig.negative = True  # "-28 °C": only a temperature keeps it (_read_unit)
        fig.sign_start = toks[i - 1].start
    elif prev is not None and prev.low in scan.words.minus:
        fig.negative, fig.sign_start = True, prev.start  # "minus 2 grader"
    elif prev is not None and prev.end == tok.start and (
        prev.is_word or prev.is_digit or prev.text in "-/#№−"
    ) and not _clitic_before(scan, i):
        return i + 1  # F-16, COVID-19, 24/7
    return None


def _clitic_before(scan: Scan, i: int) -> bool:
    """ "is-16-il ħaddiem": a lowercase article joined by a hyphen to the number
    (`clitic_prefixes` of the language file), not a code ("F-16")."""
    if i < 2 or scan.toks[i - 1].text != "-":
        return False
    word = scan.toks[i - 2]
    clitics = lx.entity_words_by_language("clitic_prefixes").get(scan.language or "", ())
    return (word.is_word and word.text.islower() and word.end == scan.toks[i - 1].start
            and fold(word.low) in clitics)


def _label_before(scan: Scan, fig: Figure) -> int | None:
    """A word before the number that makes it a name or a marker, not a figure: a road,
    a line, a number ("route 66", "statale 114", "nr. 8"), a kilometre ("km 42",
    "kilometrul 42"), a model or road code ("ATR 72", "SS 114", "B 12")."""
    toks, i, prev = scan.toks, fig.i, fig.prev
    if prev is None:
        return None
    label = toks[i - 2] if prev.text == "." and i >= 2 and toks[i - 2].end == prev.start \
        else prev
    if label.is_word and label.low in traps.words(scan.language).numbered:
        return i + 1
    if _kilometre_marker(scan, i, prev) or _code_before(scan, i, prev):
        return i + 1
    return None


def _kilometre_marker(scan: Scan, i: int, prev: Token) -> bool:
    toks, w = scan.toks, scan.words
    unit = lx.unit_word(w, prev.low) if prev.text.isalpha() else None
    return unit is not None and unit[1] == "distance" and not (
        i + 1 < scan.n and toks[i + 1].low in w.units)


def _code_before(scan: Scan, i: int, prev: Token) -> bool:
    """ "ATR 72", "A 320", and mid-sentence one-letter road codes ("auf der B 12")."""
    if not (prev.is_word and prev.text.isupper() and len(prev.text) <= 5):
        return False
    if prev.low in scan.words.currency_words or scan.text[prev.end:scan.toks[i].start] != " ":
        return False
    if len(prev.text) >= 2:
        return True
    before = scan.toks[i - 2] if i >= 2 else None
    return (before is not None and before.is_word and before.text[0].islower()
            and prev.low not in scan.words.articles)


def _digit_groups_end(scan: Scan, i: int) -> int:
    """The token after the number's digits. "1 200" where the locale groups thousands with
    a space (fr, sv, cs, pl, ru, …): groups of three separated by one space are merged
    (bounded: the first group has at most 3 digits, so a long run of groups stays linear)."""
    toks, n = scan.toks, scan.n
    first = len(toks[i].text.replace(" ", ""))
    j = i + 1
    # SI / typographic grouping ("1 200 hectares" in European Portuguese, Italian, English
    # style guides) is read in every language for a plain first group of 1-3 digits.
    spaced = groups_with_space(scan.language) or (
        toks[i].text.isdecimal() and first <= 3 and not _digit_before(scan, i))
    while (
        spaced
        and j < n
        and toks[j].is_digit
        and len(toks[j].text) == 3
        and toks[j].start == toks[j - 1].end + 1
        and scan.text[toks[j - 1].end] == " "
        and first + 3 * (j - i - 1) <= 3 + 4 * (j - i - 1)
    ):
        j += 1
    return j


def _digit_before(scan: Scan, i: int) -> bool:
    """A number right before this one ("3 5 7", "2023 200"): no grouping across it."""
    return i > 0 and scan.toks[i - 1].is_digit and scan.toks[i - 1].end + 1 >= scan.toks[i].start


def _written_onto(scan: Scan, j: int) -> int | None:
    """What is written onto the number's end: "3rd", "12-й" (ordinals), "14h" (a time),
    "24/7", "43letý", "5x" (a word glued to the number is no figure of it)."""
    toks, n = scan.toks, scan.n
    if j >= n or toks[j].start != toks[j - 1].end:
        return None
    nxt, tw = toks[j], traps.words(scan.language)
    if nxt.low in tw.ordinals or nxt.low in tw.clock or nxt.text in "/:":
        return j + 1
    if nxt.text == "-" and j + 1 < n and toks[j + 1].start == nxt.end and (
            toks[j + 1].low in tw.ordinals):
        return j + 2  # "на 12-м километре", "al 12-lea"
    if nxt.text == "." and j + 1 < n and toks[j + 1].start == nxt.end + 1 and (
            toks[j + 1].text[0].islower()
            and (lx.unit_word(scan.words, toks[j + 1].low) or ("", ""))[1] == "distance"):
        return j + 2  # "na 42. kilometru", "42. kilométerénél": a kilometre marker
    if nxt.is_word and _glued_word(scan, nxt):
        return j + 1
    return None


def _glued_word(scan: Scan, tok: Token) -> bool:
    """A word written onto the number that is neither a unit, a scale nor a currency."""
    low, w = tok.low, scan.words
    if tok.text in ("C", "F", "ºC", "ºF") or low in scan.scales or low in w.currency_words:
        return False  # "37C", "12mln", "5eur"
    return (lx.unit_word(w, low) is None and low not in w.dozen
            and _unit_head(scan, low) is None)


def _unit_head(scan: Scan, low: str) -> str | None:
    """ "ft-high", "km-long", "m-es": a unit word of two letters or more with a word joined
    by a hyphen, or of one letter before a measure word ("m-long"); the unit word."""
    head, dash, tail = low.partition("-")
    if not dash or lx.unit_word(scan.words, head) is None:
        return None
    if len(head) >= 2 or lx.measure_table(scan.language).get(tail) is not None:
        return head  # one letter only before a measure word: "85m-long", "3m-deep"
    return None


def _minus_sign(scan: Scan, i: int) -> bool:
    """ "-28", "−28" with a space or the start of a line before the sign."""
    if i == 0:
        return False
    sign = scan.toks[i - 1]
    if sign.text not in ("-", "−", "–") or sign.end != scan.toks[i].start:
        return False
    return sign.start == 0 or scan.text[sign.start - 1].isspace() or (
        scan.text[sign.start - 1] in "(")


def _read_number_words(scan: Scan, fig: Figure) -> int | None:
    w, toks, n, i, tok, prev = scan.words, scan.toks, scan.n, fig.i, fig.tok, fig.prev
    if tok.low in w.vague:
        return i + 1  # "hundreds of homes", "miles de personas": not a figure (lexicon.VAGUE)
    found = scan.number_words_at(i)
    if found is None and tok.low in w.articles and i + 1 < n and (
        toks[i + 1].low in w.dozen or toks[i + 1].low in w.collective
    ):
        found = (1, i + 1, True)  # "a dozen", "une dizaine"
    if found is None and tok.low in w.collective:
        found = (1, i, False)  # "desetak vatrogasaca", "kymmenkunta": read by _read_scale
    if found is None and "-" in tok.low:
        found = _word_unit_compound(scan, fig) or _hyphen_word_range(scan, fig)
    if found is None and strip_elision(tok.low) in w.articles and _one_unit_after(scan, i):
        found = (1, i + 1, True)  # "for a month", "à moins d'un kilomètre"
    if found is None and tok.low in w.one_and_half and _scale_or_unit_after(scan, i):
        found = (1.5, i + 1, False)  # "półtora tygodnia", "полтора миллиона"
    if found is None and w.half:
        found = _half_unit(scan, fig)
    if found is None and w.and_half_suffix:
        found = _and_half_word(scan, fig)
    if found is None:
        return i + 1
    ivalue, j, fig.is_article = found
    if j < n and toks[j].low in w.of_words and ivalue == 1:
        return j  # "one of the victims"
    if tok.text[0].isupper() and prev is not None and prev.end == tok.start - 1 and (
        prev.text[0].isupper()
    ):
        return j  # inside a name ("Sete Lagoas")
    fig.value, fig.j = float(ivalue), j
    if prev is not None and prev.low in w.minus:
        fig.negative, fig.sign_start = True, prev.start  # "minus sechs Grad", as digits
    return None


_RANGE_DASHES = ("-", "–", "—")


def _read_range(scan: Scan, fig: Figure, out: Sequence[Quantity]) -> int | None:
    """ "3–4 m", "30-40 Menschen": a dash and a larger number make a range; the figure's
    value is its low end, `high` its upper end. Words do too (`_read_word_range`)."""
    toks, n, k = scan.toks, scan.n, fig.k
    if not fig.tok.is_digit or k + 1 >= n:
        return None
    if toks[k].text not in _RANGE_DASHES:
        return _read_word_range(scan, fig)
    dash, nxt = toks[k], toks[k + 1]
    tight = dash.start == toks[k - 1].end and nxt.start == dash.end
    spaced = dash.text != "-" and scan.text[toks[k - 1].end:nxt.start] == f" {dash.text} "
    if not nxt.is_digit or not (tight or spaced):
        return None
    high = parse_digits(nxt.text, scan.language)
    if high is None or high <= fig.value:
        return None
    fig.high, fig.end, fig.j = high, nxt.end, k + 2
    fig.k = fig.j
    return None


def _read_word_range(scan: Scan, fig: Figure) -> int | None:
    """ "3 až 4 metry", "between 30 and 40 km", "30 to 40 people": a range. After "from"
    ("fell from 6 to minus 2 degrees") the two numbers are a change, not a range: the
    first only takes the unit written after the second; when that is a word for years
    ("ve věku od 19 do 23 let", "from 19 to 23 years old") both are ages or spans."""
    toks, n, k, w = scan.toks, scan.n, fig.k, scan.words
    word = toks[k].low
    if word in scan.scales and k + 3 < n and toks[k + 3].low == word:
        k, word = k + 1, toks[k + 1].low  # "between 3 million and 4 million": one scale
    before = {t.low for t in toks[max(0, fig.i - 2) : fig.i]}
    between = bool(before & w.between) and word in w.and_words
    if not (word in w.range_to or between):
        return None
    m = k + 1
    if m < n and (toks[m].low in w.minus or toks[m].text in ("-", "−", "+")):
        m += 1  # "from 6 to -2", "з +31 до +19 градусів"
    if m >= n or not toks[m].is_digit or toks[m].start - toks[m - 1].end > 1:
        return None
    high = parse_digits(toks[m].text, scan.language)
    if high is None:
        return None
    if m == k + 1 and high > fig.value and (between or not before & w.from_words):
        fig.high, fig.end, fig.j = high, toks[m].end, m + 1
        fig.k = fig.j
        return None
    if m + 1 < n:
        after = strip_elision(toks[m + 1].low)
        after = strip_elision(toks[m + 1].low)
        if after in w.year_words:
            return m  # the second number is read (and dropped) on its own
        fig.borrowed = lx.unit_word(w, after)
        fig.borrowed_currency = w.currency_words.get(after) or w.currency_symbols.get(
            toks[m + 1].text)
    return None


def _read_currency_before(scan: Scan, fig: Figure, out: Sequence[Quantity]) -> None:
    """Currency before the number: "€", "$", "R$", "US$", "£", "EUR"."""
    prev, toks, i, w = fig.prev, scan.toks, fig.i, scan.words
    if prev is None:
        return None
    sym = prev.text
    if sym == "$" and i >= 2 and toks[i - 2].end == prev.start and toks[i - 2].is_word:
        code = w.currency_symbols.get(toks[i - 2].low + "$")
        if code:
            fig.currency, fig.start = code, toks[i - 2].start
    if fig.currency is None and sym in w.currency_symbols:
        fig.currency, fig.start = w.currency_symbols[sym], prev.start
    elif fig.currency is None and prev.is_word and prev.text.isupper():
        code = w.currency_words.get(prev.low)
        if code and len(prev.text) == 3:
            fig.currency, fig.start = code, prev.start
    return None


def _read_scale(scan: Scan, fig: Figure, out: Sequence[Quantity]) -> None:
    """Scale words: "12.5 million", "£4m", "50 Mio.", "mil milhões", "uma dúzia"."""
    toks, n, k, w, scales = scan.toks, scan.n, fig.k, scan.words, scan.scales
    if k >= n:
        return None
    if _linked_scale(scan, k):
        k += 1  # "360 de milioane": the link word ties the number to its scale word too
    word = toks[k].low
    adjacent = toks[k].start == toks[k - 1].end
    if word in w.dozen or word in w.collective:
        fig.value *= 12 if word in w.dozen else w.collective[word]
        fig.approx_dozen = True
        fig.end, fig.k = toks[k].end, k + 1
    elif word in scales and (
        (len(word) > 2 or adjacent or fig.currency)
        and not (word in ("m", "k", "b") and not fig.currency
                 and not (adjacent and _currency_word_at(scan, k + 1)))
        or _currency_sign_onto(scan, k)  # "3,5 M€", "2 Md€"
    ):
        mult = scales[word]
        if word == "mil" and k + 1 < n and toks[k + 1].low in scales and scales[
            toks[k + 1].low
        ] == 1e6:
            mult, k = 1e9, k + 1
        whole = float(fig.value).is_integer() and fig.high is None
        fig.value *= mult
        fig.scaled = True
        fig.high = fig.high * mult if fig.high is not None else None
        fig.end, k = toks[k].end, k + 1
        if _abbreviation_dot(scan, k, word):
            k += 1  # "Mio.", "mln.", "tūkst. eurų" (not the full stop after "11 milhões.")
        fig.k = _scale_rest(scan, fig, k, mult) if whole and mult >= 1000 else k
    elif fig.currency is None and (found := _scaled_currency(scan.language, word)):
        mult, fig.currency = found  # "25 mnkr": millions of kronor in one word
        fig.value *= mult
        fig.scaled = True
        fig.end, fig.k = toks[k].end, k + 1
    return None


def _linked_scale(scan: Scan, k: int) -> bool:
    """Is token k the language's number link ("de": "360 de milioane", `[words]
    number_links`) or a hyphen written onto both ("200-tisíc eur") before a scale word
    of a thousand or more?"""
    toks = scan.toks
    if k + 1 >= scan.n:
        return False
    glued = (toks[k].text == "-" and toks[k].start == toks[k - 1].end
             and toks[k + 1].start == toks[k].end)
    if not glued and toks[k].low not in scan.words.number_links:
        return False
    nxt = toks[k + 1].low
    return len(nxt) > 2 and scan.scales.get(nxt, 0) >= 1000


@lru_cache(maxsize=4096)
def _scaled_currency(language: str | None, word: str) -> tuple[float, str] | None:
    """ "mnkr", "mdkr": a scale word of the language (two letters or more, a thousand or
    more) written onto one of its own currency words; (multiplier, ISO code) or None."""
    if not word.isalpha() or len(word) < 4:
        return None
    scales, own = lx.scales(language), lx.own_currencies(language)
    for cut in range(2, len(word) - 1):
        head, rest = word[:cut], word[cut:]
        if dict.__contains__(scales, head) and scales[head] >= 1000 and rest in own:
            code = lx.for_language(language).currency_words.get(rest)
            if code:
                return scales[head], code
    return None


def _currency_word_at(scan: Scan, k: int) -> bool:
    """Is token k one of the language's own currency words ("61.3m lei", "4m kronor":
    "m" is then millions)?"""
    return (k < scan.n and scan.toks[k].is_word
            and scan.toks[k].low in lx.own_currencies(scan.language))


def _currency_sign_onto(scan: Scan, k: int) -> bool:
    """Is a currency sign written onto the word at token k ("M€", "Md€", "k$")?"""
    toks = scan.toks
    return (k + 1 < scan.n and toks[k + 1].start == toks[k].end
            and toks[k + 1].text in scan.words.currency_symbols)


def _abbreviation_dot(scan: Scan, k: int, word: str) -> bool:
    """Is the dot at token k, written onto the word before it, an abbreviation's dot? A
    short word's ("Mio.", "mln.") unless a line ends there; a longer one's ("tūkst.",
    "milj.") when the sentence goes on after it in lower case ("tūkst. eurų")."""
    toks = scan.toks
    if k >= scan.n or toks[k].text != "." or toks[k].start != toks[k - 1].end:
        return False
    if "\n" in scan.text[toks[k].end:toks[k].end + 2]:
        return False
    if len(word) <= 4:
        return True
    nxt = toks[k + 1] if k + 1 < scan.n else None
    return nxt is not None and nxt.is_word and nxt.text[0].islower() and word.isalpha()


def _scale_rest(scan: Scan, fig: Figure, k: int, mult: float) -> int:
    """ "28 bin 416", "2 milyon 300 bin", "3 mil 200": a smaller number (with a smaller
    scale word) written after a scale word adds to it; the token after the figure."""
    toks, n, scales = scan.toks, scan.n, scan.scales
    while k < n and toks[k].is_digit and scan.text[toks[k - 1].end:toks[k].start] == " ":
        part = parse_digits(toks[k].text, scan.language)
        if part is None or not part.is_integer() or part >= 1000:
            break  # a group of at most three digits ("5 million 2019" is no number)
        nxt, sub = k + 1, 1.0
        if nxt < n and toks[nxt].low in scales and scales[toks[nxt].low] < mult:
            sub, nxt = scales[toks[nxt].low], nxt + 1
        if part * sub >= mult:
            break
        fig.value += part * sub
        fig.end, k, mult = toks[nxt - 1].end, nxt, sub
        if sub == 1.0:
            break
    return k


def _word_unit_compound(scan: Scan, fig: Figure) -> tuple[int, int, bool] | None:
    """ "four-hour", "two-day": a number word and a unit word in one hyphenated token."""
    head, _, tail = fig.tok.low.partition("-")
    unit = tail.split("-")[0]
    mode = scan.words.number_mode
    if mode == "words":
        return None  # number words from the language file: no compounds of them listed
    value = word_value(head, (scan.language if mode == "text2num" else None) or "en")
    if value is None or (lx.unit_word(scan.words, unit) is None
                         and unit not in scan.words.year_words):
        return None
    fig.glued_unit, fig.hyphenated = unit, True
    return value, fig.i + 1, False


def _hyphen_word_range(scan: Scan, fig: Figure) -> tuple[int, int, bool] | None:
    """ "öt-hat farkas", "dva-tri dny": two number words of the language file joined by a
    hyphen, the second larger, are a range (value the low end, `high` the upper)."""
    if scan.words.number_mode != "words" or fig.tok.low.count("-") != 1:
        return None
    low, high = (lx.number_part_value(p, scan.language) for p in fig.tok.low.split("-"))
    if low is None or high is None or not low < high:
        return None
    fig.high = float(high)
    return low, fig.i + 1, False


def _check_bound(scan: Scan, fig: Figure, out: Sequence[Quantity]) -> int | None:
    """ "9"*309, "a trillion trillion": beyond numbers.MAX_FIGURE, not a figure."""
    if is_figure(fig.value) and (fig.high is None or is_figure(fig.high)):
        return None
    return max(fig.k, fig.j)


def _year_mark(scan: Scan, fig: Figure, kk: int, w1: str) -> bool:
    """A year written with the language's abbreviation of "year" after it (`[words]
    year_marks`: Lithuanian "2026 m."), where the letters alone would be a unit."""
    toks = scan.toks
    return (f"{w1}." in scan.words.year_marks and kk + 1 < scan.n and toks[kk + 1].text == "."
            and fig.tok.text.isdecimal() and len(fig.tok.text) == 4 and 1000 <= fig.value <= 2100)


def _read_unit(scan: Scan, fig: Figure, out: Sequence[Quantity]) -> int | None:
    """A unit or a currency after the number ("12 km", "20 m/s", "5 euros"); "N years" is
    an age or a span of time, never a figure of the event."""
    toks, n, kk = scan.toks, scan.n, fig.k
    if fig.glued_unit is None:
        kk = _half_before_unit(scan, fig, kk)
    if fig.glued_unit is not None:
        kk = fig.i  # "four-hour": the unit is in the number's token
    elif kk < n and toks[kk].text in ("-", "–") and toks[kk].start == toks[kk - 1].end:
        kk += 1
        fig.hyphenated = True
    if kk < n:
        w1 = fig.glued_unit or strip_elision(toks[kk].low)
        if fig.hyphenated and "-" in w1 and w1.split("-")[0] in scan.words.units:
            w1 = w1.split("-")[0]
        elif fig.glued_unit is None and "-" in w1 and w1.replace("-", " ") not in (
                scan.words.unit_phrases):
            w1 = _unit_head(scan, w1) or w1  # "46ft-high", "a 12 km-long queue"
        if fig.hyphenated and fig.glued_unit is None and _ordinal_ending(toks[kk]):
            return kk + 1  # "на 12-м километре", "5-й": an ordinal, not 12 metres
        if (w1 in scan.words.of_words and kk + 1 < n and fig.glued_unit is None
                and lx.unit_word(scan.words, strip_elision(toks[kk + 1].low)) is not None):
            kk += 1  # "200 de metri", "une vingtaine de minutes"
            w1 = strip_elision(toks[kk].low)
        if w1 in scan.words.year_words or (
                fig.hyphenated and w1.startswith(traps.words(scan.language).ages)):
            return kk + 1  # ages ("12-year-old", "44-летний") / "two years ago"
        if _year_mark(scan, fig, kk, w1):
            return kk + 2  # "2026 m." (Lithuanian "metais"): a year, not 2026 metres
        if fig.currency is None:
            _currency_after(scan, fig, kk, w1)
        if fig.currency is None:
            resume = _unit_after(scan, fig, kk, w1)
            if resume is not None:
                return resume
    if fig.currency is None and fig.concept is None and fig.borrowed_currency:
        fig.currency = fig.borrowed_currency  # "from 18 to 25 euros"
    if fig.currency:
        fig.concept, fig.unit = "money", fig.currency
    if fig.concept in _ONE_UNIT and fig.high is None:
        _and_a_half(scan, fig)
    if fig.concept is None and fig.currency is None:
        _percent_before(scan, fig)
    if fig.concept is None and fig.currency is None:
        _count_per_volume(scan, fig)
    if fig.concept is None and fig.currency is None and fig.borrowed is not None:
        fig.unit, fig.concept, fig.factor = fig.borrowed  # "from 6 to -2 degrees"
    if fig.concept is None and fig.currency is None:
        _level_before(scan, fig)
    if fig.concept == "temperature" and not fig.negative:
        _frost(scan, fig)
    if fig.negative:
        if fig.concept != "temperature":
            if scan.toks[fig.i - 1].is_word:
                fig.negative = False  # "minus 3 people": not a sign of a count
                return None
            return max(fig.k, fig.j)  # "3 - 4", a dash: not a negative count
        fig.value, fig.start = -fig.value, fig.sign_start
    return None


# "Pakkasta oli aamulla 18 astetta": words between a frost phrase and the number after it
_FROST_GAP = 2


def _frost(scan: Scan, fig: Figure) -> None:
    """ "18 astetta pakkasta", "18 stopni mrozu", "18 degrees below zero", "Pakkasta oli 18
    astetta", "18 minusgrader": a frost phrase (`[phrases] frost`) right after the unit, as
    its unit, or before the number (`_FROST_GAP` words between at most) makes a
    temperature negative."""
    toks, k, i = scan.toks, fig.k, fig.i

    def lows(a: int, m: int) -> tuple[str, ...]:
        return tuple(t.low for t in toks[a:a + m])

    sentence_start = _sentence_start(scan, i)
    for phrase in lx.frost_phrases(scan.language):
        m = len(phrase)
        if lows(k - 1, m) == phrase and k - 1 > i or lows(k, m) == phrase:
            fig.negative, fig.sign_start = True, fig.tok.start
            return
        for gap in range(_FROST_GAP + 1):
            s = i - gap - m
            if s >= sentence_start and lows(s, m) == phrase and all(
                    toks[g].is_word for g in range(s + m, i)):
                fig.negative, fig.sign_start = True, fig.tok.start
                return


def _sentence_start(scan: Scan, i: int) -> int:
    """The first token of the sentence token i is in."""
    at = scan.toks[i].start
    for sent in scan.sentences:
        if sent.start <= at < sent.end:
            return bisect_left(scan.starts, sent.start)
    return 0


def _and_a_half(scan: Scan, fig: Figure) -> None:
    """ "tre quintali e mezzo", "dos horas y media", "an hour and a half": "and" and a half
    word (`[words] half`, an article between) after the unit add half of it."""
    toks, w, k = scan.toks, scan.words, fig.k
    if k + 1 >= scan.n or toks[k].low not in w.connectors | w.and_words:
        return
    m = k + 1
    if toks[m].low in w.articles and m + 1 < scan.n:
        m += 1
    if m + 2 < scan.n and toks[m + 1].low in w.of_words and toks[m + 2].low in w.articles:
        return  # "10 hours and half of the staff" (not "tre quintali e mezzo di cibo")
    if toks[m].low in w.half and "\n" not in scan.text[toks[k - 1].end:toks[m].start]:
        fig.value += 0.5
        fig.end, fig.k, fig.is_article = toks[m].end, m + 1, False


def _half_before_unit(scan: Scan, fig: Figure, k: int) -> int:
    """ "two and a half hours", "dvě a půl hodiny", "két és fél óra": "and", a half word
    (an article between) and a unit after a whole number add half a unit; the unit's token."""
    toks, w = scan.toks, scan.words
    if (k + 2 >= scan.n or (toks[k].low not in w.connectors and toks[k].low not in w.and_words)
            or fig.high is not None
            or not float(fig.value).is_integer()):
        return k
    m = k + 2 if toks[k + 1].low in w.articles else k + 1
    if m < scan.n and toks[m].low in w.half and _one_unit_after(scan, m) and (
            "\n" not in scan.text[toks[k - 1].end:toks[m].start]):
        fig.value += 0.5
        fig.end = toks[m].end
        return m + 1
    return k


_MAX_LEVEL = 10


def _level_before(scan: Scan, fig: Figure) -> None:
    """ "fire risk at level 4", "Warnstufe 3", "στο επίπεδο 4": a level of a scale, written
    before a small whole number (`[words] level_words`)."""
    prev = fig.prev
    if (prev is not None and prev.is_word and prev.low in scan.words.level_words
            and fig.tok.is_digit and fig.high is None and float(fig.value).is_integer()
            and 0 < fig.value <= _MAX_LEVEL):
        fig.concept = "level"


def _ordinal_ending(tok: Token) -> bool:
    """ "-м", "-й", "-го" after a hyphen: a Cyrillic ordinal ending; "-m", "-h" written onto
    a number with a hyphen are no units either (units of a compound are words: "20-metre")."""
    low = tok.low
    return tok.is_word and (len(low) == 1 or (len(low) <= 3 and not low.isascii()
                                              and "\u0400" <= low[0] <= "\u04ff"))


def _currency_after(scan: Scan, fig: Figure, kk: int, w1: str) -> None:
    toks, w = scan.toks, scan.words
    if ((w1 in ("de", "of", "di", "d'") and fig.end != fig.tok.end) or w1 in w.of_words) and (
            kk + 1 < scan.n):  # "2 milioane de lei", "18.000 de lei" (ro: from 20 on)
        code = w.currency_words.get(strip_elision(toks[kk + 1].low))
        if code:
            fig.currency, fig.end, fig.k = code, toks[kk + 1].end, kk + 2
    if (fig.currency is None and kk + 1 < scan.n
            and (code := w.currency_phrases.get(f"{w1} {toks[kk + 1].low}"))):
        fig.currency, fig.end, fig.k = code, toks[kk + 1].end, kk + 2  # "швейцарських франків"
        return
    code = (w.currency_words.get(w1) or w.currency_symbols.get(toks[kk].text)
            or lx.agglutinated_currency(scan.language, w1))
    if code and lx.unit_word(w, w1) is not None and w1 not in lx.own_currencies(scan.language):
        return  # "16ft" in English is feet; "Ft" is forints in a Hungarian report
    if fig.currency is None and code:
        fig.currency, fig.end, fig.k = code, toks[kk].end, kk + 1


def _percent_before(scan: Scan, fig: Figure) -> None:
    """ "%28", "yüzde 28" (tr): the percent sign or word written before the number."""
    prev = fig.prev
    if prev is None or fig.negative:
        return
    glued_sign = prev.text == "%" and prev.end == fig.tok.start
    if glued_sign or prev.low in scan.words.percent_before:
        single = lx.unit_word(scan.words, "%")
        if single is not None:
            fig.unit, fig.concept, fig.factor = single
            fig.start = prev.start


def _unit_after(scan: Scan, fig: Figure, kk: int, w1: str) -> int | None:
    toks, n, w, i = scan.toks, scan.n, scan.words, fig.i
    pair = None
    if kk + 2 < n:
        pair = w.unit_triples.get(f"{w1} {toks[kk + 1].low} {toks[kk + 2].low}")
        if pair:
            kk += 1
    m = kk + 1 if _dot_within_unit(scan, kk) else kk  # "куб. м", "χλμ./ώρα"
    if m + 1 < n and pair is None:
        pair = w.unit_phrases.get(f"{w1} {toks[m + 1].low}")
        if (pair is None and toks[m + 1].text == "/" and m + 2 < n
                and toks[m + 2].start == toks[m + 1].end):
            pair = w.unit_phrases.get(f"{w1}/{toks[m + 2].low}")  # "km/h", "m/s"
            if pair:
                m += 1
        if pair:
            kk = m
    if pair:
        fig.unit, fig.concept, fig.factor = pair
        fig.end, fig.k = toks[kk + 1].end, kk + 2
    elif ((single := lx.unit_word(w, w1) or w.unit_phrases.get(w1.replace("-", " ")))
          is not None
          and not (w1 == "m" and toks[kk].text == "M")
          and w1 not in traps.words(scan.language).not_units  # "ha" = "has" (it, es)
          and not (i > 0 and scan.ctable.get(toks[i - 1].low) in w.pre_number)):
        if w1 in traps.words(scan.language).clock and toks[kk].start == toks[kk - 1].end:
            return kk + 1
        fig.unit, fig.concept, fig.factor = single
        fig.end, fig.k = toks[kk].end, kk + 1
        if _dot_within_unit(scan, kk) and toks[kk + 2].text == "/":
            fig.k = kk + 2  # "40 χλμ./ώρα": the "per hour" is read after the dot
        if fig.concept == "temperature":
            _temperature_scale(scan, fig)
            fig.bare_degree = fig.k == kk + 1 and w1 not in ("°c", "ºc")
    elif (toks[kk].text in ("C", "F") and toks[kk].start == toks[kk - 1].end) or (
            toks[kk].text in ("ºC", "ºF")):  # "37C", "93F"; "41 ºC" (an ordinal sign)
        fig.unit, fig.concept, fig.factor = w.units[f"°{toks[kk].text[-1].lower()}"]
        fig.end, fig.k = toks[kk].end, kk + 1
    if fig.concept in _PER_TIME_OF:
        _per_time(scan, fig)
    if fig.concept in ("mass", "volume") and fig.unit not in ("t", "m3", "hm3"):
        _per_unit(scan, fig)
    return None


def _dot_within_unit(scan: Scan, kk: int) -> bool:
    """ "куб. м", "кв. м", "st. C", "χλμ./ώρα": an abbreviation's dot written onto a unit's
    first word, a word of the phrase (or a slash) after it on the same line."""
    toks = scan.toks
    if kk + 2 >= scan.n or toks[kk + 1].text != "." or toks[kk + 1].start != toks[kk].end:
        return False
    nxt = toks[kk + 2]
    return nxt.text == "/" or (nxt.is_word and scan.text[toks[kk + 1].end:nxt.start] in ("", " "))


_SCALE_WORDS = {"c": "°c", "celsius": "°c", "f": "°f", "fahrenheit": "°f"}


def _temperature_scale(scan: Scan, fig: Figure) -> None:
    """ "°F", "degrees Fahrenheit", "grados Fahrenheit", "Grad Celsius": the scale written
    after a temperature unit (°C unless it says Fahrenheit)."""
    k, toks = fig.k, scan.toks
    if k >= scan.n:
        return
    scale = _SCALE_WORDS.get(toks[k].low)
    if scale is None or (len(toks[k].low) == 1 and toks[k].text not in ("C", "F")):
        return
    fig.unit, fig.concept, fig.factor = scan.words.units[scale]
    fig.end, fig.k = toks[k].end, k + 1


# A distance or a volume "per hour" / "per second" is a speed or a flow: dimension, base
# factor of (1 base unit of the written dimension) per second, written suffix.
_PER_TIME_OF = {"distance": ("speed", 3.6), "volume": ("flow", 0.001)}
_PER_SUFFIX = {3600.0: "h", 1.0: "s"}


# Words between a unit and its "per …" ("9,100 m³ of water per second", "4,5 Milligramm
# Ammoniak pro Liter"): at most this many, and words only.
_PER_GAP = 2


def _per_starts(scan: Scan, k: int) -> list[int]:
    """Where a "per …" phrase may start after the unit ending at token k."""
    out, toks = [k], scan.toks
    for m in range(k, min(k + _PER_GAP, scan.n)):
        if not toks[m].is_word:
            break
        out.append(m + 1)
    return out


def _per_time(scan: Scan, fig: Figure) -> None:
    """ "15 metrů za sekundu", "28 meter i sekundet", "9,100 m³ per second", "60 km/t";
    one word before the number too where the language writes it there (Turkish "saatte
    90 kilometre", "saatte yaklaşık 26 kilometre")."""
    toks, table = scan.toks, lx.per_time()
    if (seconds := _per_time_before(scan, fig)) is not None:
        _apply_per_time(fig, seconds)
        return
    for k in _per_starts(scan, fig.k):
        for size in (3, 2, 1):
            seq = toks[k : k + size]
            if len(seq) < size or (seq[0].text == "/" and seq[0].start != toks[k - 1].end):
                continue
            seconds = table.get(tuple(t.low for t in seq))
            if seconds is None or (k > fig.k and seq[0].text == "/"):
                continue
            _apply_per_time(fig, seconds)
            fig.end, fig.k = seq[-1].end, k + size
            return


_QUALIFIER_GAP = 2  # "saatte en az 90 kilometre"


def _per_time_before(scan: Scan, fig: Figure) -> float | None:
    """The seconds of a "per hour" word of the language written before the number, a
    qualifier between ("saatte yaklaşık 26"); not after another number ("6 saatte 40 mm":
    in 6 hours)."""
    before = lx.per_time_before(scan.language)
    if not before:
        return None
    toks, quals, i = scan.toks, lx.qualifier_words(scan.language), fig.i - 1
    while i >= 0 and fig.i - i <= _QUALIFIER_GAP and toks[i].is_word and toks[i].low in quals:
        i -= 1
    if i < 0 or not toks[i].is_word or (i and toks[i - 1].is_digit):
        return None
    return before.get(toks[i].low)


def _apply_per_time(fig: Figure, seconds: float) -> None:
    dimension, per_base = _PER_TIME_OF[fig.concept or ""]
    fig.concept, fig.factor = dimension, fig.factor * per_base / seconds
    fig.unit = f"{fig.unit}/{_PER_SUFFIX[seconds]}"


# A mass per litre is a concentration (mg/l); water per square metre is rain, kept a volume
# (as reports name it) with its base in metres of rain (1 l/m² = 1 mm), so that it meets a
# rainfall written in millimetres (compare.py).
_PER_UNIT_OF = {("mass", "volume"): ("concentration", "mg/l", 1e6),
                ("volume", "area"): ("volume", "l/m2", 0.001),
                ("mass", "area"): ("volume", "l/m2", 0.001)}


def _per_unit(scan: Scan, fig: Figure) -> None:
    """ "4,5 mg/l", "4,5 Milligramm Ammoniak pro Liter", "210 Liter Regen pro Quadratmeter",
    "metrekareye 210 kilogram" (the area written before the number, Turkish dative), "0,1
    mikrogrammi liitris" (a unit of the other dimension right after, in a case for "per")."""
    toks, w, per = scan.toks, scan.words, lx.per_words()
    prev = toks[fig.i - 1] if fig.i else None
    if (prev is not None and prev.is_word and (unit := lx.unit_word(w, prev.low)) is not None
            and _apply_per(fig, unit)):
        return
    if fig.k < scan.n and toks[fig.k].is_word and toks[fig.k].low not in per:
        unit, size = _unit_at(scan, fig.k)  # "0,38 mikrogrammi liitris": the case says "per"
        if unit is not None and _apply_per(fig, unit):
            fig.end, fig.k = toks[fig.k + size].end, fig.k + size + 1
            return
    for k in _per_starts(scan, fig.k):
        if k + 1 >= scan.n or not (toks[k].low in per or (
                toks[k].text == "/" and k == fig.k and toks[k].start == toks[k - 1].end)):
            continue
        unit, size = _unit_at(scan, k + 1)
        if unit is not None and _apply_per(fig, unit):
            fig.end, fig.k = toks[k + 1 + size].end, k + 2 + size
            return


def _count_per_volume(scan: Scan, fig: Figure) -> None:
    """ "12,000 CFU per litre", "0,02 vlákna na cm³", "300.000 celler pr. milliliter": things
    counted in a volume are a concentration, in "/l" (never compared with mg/l: compare.py)."""
    toks, per = scan.toks, lx.per_words()
    for k in _per_starts(scan, fig.k)[1:]:  # a noun of what is counted comes first
        if k + 1 >= scan.n or toks[k].low not in per or toks[k].low in scan.words.articles:
            continue
        m = k + 2 if toks[k + 1].text == "." and k + 2 < scan.n else k + 1  # "pr. ml"
        unit, size = _unit_at(scan, m) if toks[m].is_word else (None, 0)
        if unit is not None and unit[1] == "volume":
            fig.concept, fig.unit, fig.factor = "concentration", f"/{unit[0]}", 1 / unit[2]
            fig.end, fig.k = toks[m + size].end, m + size + 1
            return


def _unit_at(scan: Scan, k: int) -> tuple[lx.Unit | None, int]:
    """The unit written at token k, of one word or two ("metro cuadrado", "square metre":
    a length and a word for "square", read from the language files' area phrases)."""
    toks, w = scan.toks, scan.words
    if k + 1 < scan.n:
        a, b = strip_elision(toks[k].low), toks[k + 1].low
        pair = w.unit_phrases.get(f"{a} {b}")
        if pair is not None:
            return pair, 1
        squares = lx.square_words()
        for length, square in ((a, b), (b, a)):
            unit = lx.unit_word(w, length)
            if unit is not None and unit[1] == "distance" and square[:5] in squares:
                return (f"{unit[0]}2", "area", unit[2] ** 2), 1
    return lx.unit_word(w, strip_elision(toks[k].low)), 0


def _apply_per(fig: Figure, per: lx.Unit) -> bool:
    found = _PER_UNIT_OF.get((fig.concept or "", per[1]))
    if found is None:
        return False
    dimension, name, scale = found
    if dimension == "concentration":
        name = f"{fig.unit}/{per[0]}"  # "µg/l", "ng/ml": as written
    fig.concept, fig.unit = dimension, name
    fig.factor = fig.factor / per[2] * scale
    return True


# Dimensions in which "a"/"one" before the unit states one unit ("suspended for a month",
# "à moins d'un kilomètre"); not sums, percentages or degrees.
_ONE_UNIT = frozenset({"distance", "duration", "area", "volume", "mass", "speed"})


def _one_unit_after(scan: Scan, i: int) -> bool:
    if i + 1 >= scan.n or not scan.toks[i + 1].is_word:
        return False
    unit = lx.unit_word(scan.words, strip_elision(scan.toks[i + 1].low))
    return unit is not None and unit[1] in _ONE_UNIT


def _scale_or_unit_after(scan: Scan, i: int) -> bool:
    """Is the word after token i a scale word or a unit ("półtora miliona", "másfél órát")?"""
    if i + 1 >= scan.n or not scan.toks[i + 1].is_word:
        return False
    low = strip_elision(scan.toks[i + 1].low)
    return low in scan.scales or lx.unit_word(scan.words, low) is not None


def _and_half_word(scan: Scan, fig: Figure) -> tuple[float, int, bool] | None:
    """ "zweieinhalb Stunden", "drieënhalf uur": a number word with "and a half" written
    onto it (`[words] and_half_suffix`), before a scale word or a unit."""
    low = fig.tok.low
    for suffix in scan.words.and_half_suffix:
        head = low[: -len(suffix)] if low.endswith(suffix) else ""
        value = word_value(head, scan.language or "en") if head.isalpha() else None
        if value is not None and _scale_or_unit_after(scan, fig.i):
            return value + 0.5, fig.i + 1, False
    return None


def _half_unit(scan: Scan, fig: Figure) -> tuple[float, int, bool] | None:
    """ "half an hour", "půl hodiny", "jumătate de oră", "half-kilometre", "полчаса": half
    of the unit after the half word (`[words] half`), said as loosely as "an hour"."""
    w, toks, i, low = scan.words, scan.toks, fig.i, fig.tok.low
    if low in w.half:
        j = i + 1
        if j < scan.n and (toks[j].low in w.articles or toks[j].low in w.of_words):
            j += 1
        return (0.5, j, True) if j > i and _one_unit_after(scan, j - 1) else None
    head, _, tail = low.partition("-")
    for h in w.half:
        rest = tail if head == h else (low[len(h):] if len(h) >= 3 and low.startswith(h)
                                       else "")
        unit = lx.unit_word(w, rest) if rest.isalpha() else None
        if unit is not None and unit[1] in _ONE_UNIT:
            fig.glued_unit, fig.hyphenated = rest, head == h
            return 0.5, i + 1, True
    return None


def _article_number(scan: Scan, fig: Figure, out: Sequence[Quantity]) -> int | None:
    """ "um morto", "une personne a été tuée": an article counts only before a noun."""
    if not fig.is_article or fig.approx_dozen:
        return None
    if fig.concept in _ONE_UNIT:
        return None  # "for a month", "less than a kilometre": one unit
    if fig.concept is not None:
        return fig.j  # "uma dúzia", "a level": not a reported figure
    toks, j, w, ctable = scan.toks, fig.j, scan.words, scan.ctable
    c1 = ctable.get(toks[j].low, toks[j].text) if j < scan.n and toks[j].is_word else None
    if c1 in w.article_ok:
        return None
    if (c1 in w.generic or _person_word(scan, j, c1)) and (
            _state_after(scan, j + 1) or _state_before(scan, fig.i)):
        return None  # "une personne a été tuée", "Jedan vatrogasac lakše je ozlijeđen"
    return j


def _person_word(scan: Scan, j: int, concept: str | None) -> bool:
    """Does token j name people: a group's concept ("vatrogasac") or a person noun
    ("femeie", "darbinieks": listed or by its glossary sense)?"""
    if concept in _PERSON_GROUPS:
        return True
    return j < scan.n and scan.toks[j].is_word and is_person_noun(scan, scan.toks[j])


_PERSON_GROUPS = frozenset(lx._class("person_groups"))
# How far from "one woman" the state word of its clause may be ("a femme a été tuée").
_ARTICLE_STATE_REACH = 4


def _state_after(scan: Scan, m: int) -> bool:
    """A state a lone article-counted person may have (`article_ok`) in the next words."""
    for t in scan.toks[m : m + _ARTICLE_STATE_REACH]:
        if t.text in CLAUSE_STOP:
            return False
        if scan.ctable.get(strip_elision(t.low), t.text) in scan.words.article_ok:
            return True
    return False


def _state_before(scan: Scan, i: int) -> bool:
    """ "kurā gāja bojā viens darbinieks": the state verb right before the article."""
    for t in reversed(scan.toks[max(0, i - 2) : i]):
        if t.text in CLAUSE_STOP:
            return False
        if scan.ctable.get(strip_elision(t.low), t.text) in scan.words.article_ok:
            return True
    return False


def _concept(scan: Scan, fig: Figure, out: Sequence[Quantity]) -> None:
    find_concept(scan, fig, out)
    return None


def _money_of_sentence(scan: Scan, fig: Figure, out: Sequence[Quantity]) -> None:
    """ "condemned to pay 4.2 million euros ... who had asked for 11 million": a scaled
    number with no unit and no noun, after a sum in the same or the previous sentence, is
    a sum in its currency; further on, when every sum before it is in one currency and no
    word follows it ("48,6 milioni di euro ... stimati 2,1 milioni.", not "4,2 millions de
    bouteilles")."""
    if not fig.scaled or fig.concept not in (None, "other") or fig.currency or fig.noun:
        return None
    sentence = sentence_at(scan.sentences, fig.start)
    sums = [q for q in out if q.concept == "money"]
    last = sums[-1] if sums else None
    if last is None or not last.unit:
        return None
    bare = fig.k >= scan.n or not scan.toks[fig.k].is_word
    if sentence - 1 <= last.sentence <= sentence or (
            bare and all(q.unit == last.unit for q in sums)):
        fig.concept, fig.currency, fig.unit = "money", last.unit, last.unit
    return None


def _bare_year(scan: Scan, fig: Figure, out: Sequence[Quantity]) -> int | None:
    """Non-quantities: bare years ("in 2024"), unless a counted noun follows."""
    tok = fig.tok
    if (
        fig.noun_end is None
        and fig.unit is None
        and fig.currency is None
        and tok.is_digit
        and tok.text.isdecimal()
        and len(tok.text) == 4
        and 1800 <= fig.value <= 2100
        and fig.end == tok.end
        and not _count_of_year_shape(scan, fig)
    ):
        return fig.k
    return None


def _count_of_year_shape(scan: Scan, fig: Figure) -> bool:
    """ "1900 z nich", "umbes 1900 toidukorda": a number a year could be is a count when
    "of them" follows it, or a qualifier ("about", "more than") comes before it and the
    word after it may name what it counts; "in 1900", "since 2010" stay years."""
    if of_them_after(scan, fig):
        return True
    before = fold(scan.text[max(0, fig.start - 40) : fig.start])
    m = lx.qualifier_regex(scan.language).search(before)
    after = scan.toks[fig.k : fig.k + _MODIFIERS_AFTER + 1]
    return m is not None and m.lastgroup != "at_most" and fig.noun is not None and any(
        strip_elision(t.low) == fig.noun for t in after)


# Words between a number and the noun it counts ("1900 warm meals"): as concepts.py reads.
_MODIFIERS_AFTER = 2


def _teen_after(scan: Scan, fig: Figure, out: Sequence[Quantity]) -> None:
    """ "ocht nduine dhéag", "trí huaire déag": a teen word after the counted noun or unit
    (`[words] teen_after`) makes the number 1-9 before it a teen (18, 13)."""
    if not 1 <= fig.value <= 9 or not float(fig.value).is_integer() or fig.high is not None:
        return None
    if fig.noun is None and fig.unit is None:
        return None
    k = max(fig.k, fig.j)
    while k < scan.n and scan.toks[k].end <= fig.end:
        k += 1  # past the counted noun ("nduine")
    if k < scan.n and fig.noun and strip_elision(scan.toks[k].low) == fig.noun:
        k += 1  # the noun, not read into the figure's text
    if k < scan.n and (tok := scan.toks[k]).is_word and fold(tok.low) in lx.teen_after(
            scan.language):
        fig.value += 10
        fig.end = max(fig.end, tok.end)
        fig.k = k + 1
    return None


def _extend_to_noun(scan: Scan, fig: Figure, out: Sequence[Quantity]) -> None:
    """ "20 feridos", "uma dúzia de mísseis" — but not "26 were injured"."""
    if fig.noun_end is not None and fig.noun_end > fig.end:
        gap = scan.text[fig.end:fig.noun_end].split()[:-1]
        if not gap or (len(gap) == 1 and fold(gap[0]) in scan.words.of_words):
            fig.end = fig.noun_end
    return None


def _range_connector(scan: Scan, m: re.Match[str], before: str) -> bool:
    """ "van 30 tot 35 km/u", "von 30 bis 35": a range word right after a number joins the
    two numbers; it is not an "up to" bound of the second (Dutch "tot", German "bis")."""
    word = m.group(m.lastgroup or 0).strip()
    return word in scan.words.range_to and before[: m.start(m.lastgroup or 0)].rstrip()[
        -1:].isdigit()


# "a dozen", "une trentaine": the slack of a collective numeral's figure; one of tens
# from thirty up covers half a ten either side, at least _TENS_SLACK of it, so that "une
# cinquantaine" does not reach into the next ten ("40" is "une quarantaine")
_COLLECTIVE_SLACK = 0.2
_TENS_SLACK = 0.15


def _collective_slack(value: float) -> float:
    """ "une dizaine", "kymmenkunta", "десяток", "ett tjugotal": a collective numeral of tens
    rounds to tens, so the figure it gives (a multiple of ten under a hundred) covers half a
    ten either side: at least `_COLLECTIVE_SLACK` of it under thirty, `_TENS_SLACK` from
    thirty up (never the next ten: "une cinquantaine" is not 40)."""
    if 0 < value < 100 and value % 10 == 0:
        return max(_COLLECTIVE_SLACK if value < 30 else _TENS_SLACK, 5.0 / value)
    return _COLLECTIVE_SLACK


def _read_qualifiers(scan: Scan, fig: Figure, out: Sequence[Quantity]) -> None:
    """Qualifiers before ("at least", "cerca de") and after ("or more") the figure."""
    text, start = scan.text, fig.start
    fig.qualifier = "approx" if fig.approx_dozen else "exact"
    fig.tolerance = _collective_slack(fig.value) if fig.approx_dozen else 0.0
    before = fold(text[max(0, start - 40) : start])
    if fig.is_article and fig.tok.low != strip_elision(fig.tok.low):
        start = fig.start = start + 2  # "moins d'un kilomètre": "moins de" + "un"
        before += fold(text[start - 2]) + "e "
    m = lx.qualifier_regex(scan.language).search(before)
    if m and _range_connector(scan, m, before):
        m = None
    if m:
        fig.qualifier = m.lastgroup or fig.qualifier
        if fig.qualifier == "approx":
            fig.tolerance = max(fig.tolerance, 0.1)
        qstart = start - (len(before) - m.start(m.lastgroup or 0))
        if text[qstart : qstart + 1].isspace():
            qstart += 1
        fig.start = max(0, qstart)
    tm = lx.trailing_regex(scan.language).match(fold(text[fig.end : fig.end + 15]))
    if tm:
        fig.qualifier = tm.lastgroup or fig.qualifier
        if fig.qualifier == "approx":
            fig.tolerance = max(fig.tolerance, 0.1)
    return None


_STAGES: tuple[Stage, ...] = (
    _read_number,
    _read_range,
    _read_currency_before,
    _read_scale,
    _check_bound,
    _read_unit,
    _article_number,
    _concept,
    read_vote,
    _money_of_sentence,
    _bare_year,
    _extend_to_noun,
    _teen_after,
    _read_qualifiers,
)


def _quantity(scan: Scan, fig: Figure) -> Quantity:
    concept = fig.concept or "other"
    offset = lx.unit_offsets().get(fig.unit or "", (0.0, None))[0]  # °F
    return Quantity(
        concept=concept,
        value=as_number(fig.value),
        text=scan.text[fig.start:fig.end],
        start=fig.start,
        end=fig.end,
        sentence=sentence_at(scan.sentences, fig.start),
        qualifier=fig.qualifier,
        unit=fig.unit,
        base=float(fig.value) * fig.factor + offset,
        role=fig.role or _role(scan.toks, fig.i, fig.k, concept, scan.language),
        aspect=fig.aspect,
        noun=fig.noun,
        tolerance=fig.tolerance,
        partitive=fig.partitive and (concept not in ("money", "other") or fig.part_noun),
        high=fig.high,
        base_high=fig.high * fig.factor + offset if fig.high is not None else None,
        measure=_measure(scan, fig) if concept == "distance" else (
            _measure(scan, fig, _AS_MEASURES[concept](scan.language))
            if concept in _AS_MEASURES else None),
        noun_text=(fig.noun_text or _noun_text(scan, fig)) if concept == "other" and fig.noun
        else None,
        bare_degree=fig.bare_degree,
        one_unit=fig.is_article and not fig.approx_dozen and concept in _ONE_UNIT,
        nearly=fig.qualifier == "approx" and _says(scan, fig, lx.nearly_phrases),
        just_over=fig.qualifier == "more_than" and _says(scan, fig, lx.just_over_phrases),
        state=fig.state,
    )


def _says(scan: Scan, fig: Figure, phrases: Callable[[str | None], tuple[str, ...]]
          ) -> bool:
    """Does the figure's text open with one of the language's `phrases` ("nearly", "just
    over": its qualifier is read into the text)?"""
    head = fold(scan.text[fig.start:fig.start + 24])
    return any(head.startswith(p) and not head[len(p):len(p) + 1].isalpha()
               for p in phrases(scan.language))


def _noun_text(scan: Scan, fig: Figure) -> str | None:
    """The counted noun as written (its folded form is `noun`): what the lemmatiser reads."""
    for t in scan.toks[fig.k : fig.k + 4]:  # after a number link and two qualifying words
        if strip_elision(t.low) == fig.noun:
            return t.text[2:] if t.low != fig.noun else t.text
    return None


_MEASURE_BEFORE = 4  # "skvrna dlouhá 12 km", "auf einer Länge von 15 Kilometern"
_MEASURE_AFTER = 3  # "40 cm paksua", "5,5 kilometrin päässä", "20 méadar ar fad"
_PURPOSE_BEFORE = 12  # "Les dégâts dans les vergers sont estimés à 14 millions", "damage to
# the cars alone could run to €120,000": a purpose word opening a long clause
# what else a figure may be of, read like a distance's measure: a sum's purpose, a
# temperature's medium (water or air), a speed's subject (the wind or what moves)
_AS_MEASURES = {"money": lx.purpose_table, "temperature": lx.media_table,
                "speed": lx.speed_table}


def _measure(scan: Scan, fig: Figure, purposes: lx._WordTable | None = None) -> str | None:
    """What the figure measures ("long", "deep", "away"): the nearest [measures] word in
    its clause, a few words before the number or after its unit; with `purposes` (a
    table of `_AS_MEASURES`), what a sum is for ("damage", "aid") or a temperature is of."""
    table = purposes if purposes is not None else lx.measure_table(scan.language)
    toks = scan.toks
    if not table.exact and not table.prefixes:
        return None if purposes is not None else _away_from(scan, fig)
    after = None
    for t in toks[fig.k : fig.k + _MEASURE_AFTER]:
        if t.text in CLAUSE_STOP:
            break
        if t.is_word and (after := table.get(t.low)) is not None:
            break
    reach = _PURPOSE_BEFORE if purposes is not None else _MEASURE_BEFORE
    for dist, t in enumerate(reversed(toks[max(0, fig.i - reach) : fig.i])):
        if t.text in CLAUSE_STOP:
            break
        found = table.get(t.low) if t.is_word else None
        if found is not None and (after is None or dist == 0):
            return found
    return after or (None if purposes is not None else _away_from(scan, fig))


def _away_from(scan: Scan, fig: Figure) -> str | None:
    """ "4 metry od řeky", "12 km from the town", "a 5 km da Roma": a distance followed by
    "from" (`[words] from_words`, unless the word is also "of") is a distance away."""
    w, k = scan.words, fig.k
    if k + 1 < scan.n and scan.toks[k].low in w.from_words - w.of_words and (
            scan.toks[k + 1].is_word):
        return "away"
    return None


def _role(toks: list[Token], i: int, k: int, concept: str, language: str | None) -> str | None:
    group = lx.role_group(concept)
    if group is None:
        return None
    table = lx.role_table(group, language)
    best: tuple[int, str] | None = None
    for t in toks[k : k + 8]:
        if t.text in PUNCT_STOP:
            break
        r = table.get(t.low, t.text)
        if r:
            best = (t.start - toks[k - 1].end, r)
            break
    for t in reversed(toks[max(0, i - 10) : i]):
        if t.text in PUNCT_STOP:
            break
        r = table.get(t.low, t.text)
        if r:
            dist = toks[i].start - t.end
            if best is None or dist < best[0]:
                best = (dist, r)
            break
    return best[1] if best else None
