"""Two figures of one concept that are still of different things: never a conflict.

- **Far apart**: outlets that disagree on a figure differ by a little (550 / 539, 26 / 20,
  950 / 1,100 m³/s); figures more than `FAR_FACTOR` apart are a part and a whole, two
  groups or two measurements ("500 m" from the crater, "9,000 m" the ash column), so they
  are not paired unless they agree. Small counts (1 / 4 dead) may still conflict.
- **Different places**: a figure is about the places its clause names after a locative
  word ([traps] locative: "In Karlovac, 500 firefighters …", "W Nysie pracowało …"; a place
  in another clause, "…, the ministry in Bucharest said", is where the news came from).
  Only places both reports name count, so an inflected form nobody matched changes
  nothing. Two figures whose places are both named, and neither sentence names the other's
  (a town and its country may both be named), are of different places.
- **Different countries' groups**: a word right after the figure that shares a country
  name's stem ("400 slovenskih gasilcev", "300 Slovak firefighters"; babel's country names
  in the report's language) says whose group it is; it pairs only with the same country's
  group or a figure of no named place.
- **Different times**: a year named before a figure in its sentence, or in its clause
  ("In 2023 ... ; then three were injured", "16 beaches closed in 2018", "a contract won in
  2024 worth 6.9 million"), other than the reports' own year (their publication year),
  makes it a figure of that time: it pairs with a figure of the same year, never with a
  figure of now unless they agree.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from operator import attrgetter

from babel import Locale

from tui.analysis import langdata, traps
from tui.analysis import lexicon as lx
from tui.analysis.entities import Entity
from tui.analysis.facts import Analysis
from tui.analysis.quantities import Quantity
from tui.analysis.text import fold

FAR_FACTOR = 3.0
_SMALL_COUNT = 10  # below this, counts far apart by ratio may still be one thing disputed
_UNSIGNED = frozenset({"temperature"})  # a ratio of two temperatures means nothing
_WORD_BEFORE_RE = re.compile(r"(\w+)['’]?\s*$")
_FRONTED_WORDS = 3
_WORDS_RE = re.compile(r"[^\W\d_]+")
_CLAUSE_MARKS = ".;:!?,()\n–—"
# A year as written in any language: four digits, not part of a longer number or a decimal.
_YEAR_RE = re.compile(r"(?<![\d.,])(?:1[89]\d\d|20\d\d)(?!\d|[.,]\d)")


def _span(q: Quantity) -> tuple[float, float]:
    lo, hi = abs(q.base), abs(q.base_high if q.base_high is not None else q.base)
    return min(lo, hi), max(lo, hi)


def far_apart(x: Quantity, y: Quantity) -> bool:
    """More than FAR_FACTOR apart (in base units; a range by its nearer end: "15-80" is far
    from "two"), and not two small counts."""
    if x.concept in _UNSIGNED:
        return False
    (lo_x, hi_x), (lo_y, hi_y) = _span(x), _span(y)
    if lo_x <= hi_y and lo_y <= hi_x:
        return False  # one figure, or overlapping ranges
    near, far = (hi_x, lo_y) if hi_x < lo_y else (hi_y, lo_x)
    if far <= FAR_FACTOR * near:
        return False
    return bool(x.unit or y.unit) or max(hi_x, hi_y) >= _SMALL_COUNT


def _place_like(e: Entity, shared: bool = False) -> bool:
    """A place (by type or gazetteer id) or a name first written as one word that no title
    marks as a person (entity types are guessed: "Karlovcu" may be typed a person). A weak
    name (one capitalised word, as German writes every noun) only when both reports name
    it (`shared`)."""
    if e.weak and not shared:
        return False
    if e.type == "place" or e.id.startswith(("gaz:", "cty:")):
        return e.type != "person" or e.id.startswith("cty:")
    return (e.type != "org" and not any(m.title for m in e.mentions)
            and len(e.names[0].split()) == 1)


def place_mentions(an: Analysis, ids: dict[str, str]) -> list[tuple[int, str]]:
    """(offset, id) of every mention of a place-like entity of `an` written after a
    locative word ("in Karlovac", "u Karlovcu"), in text order. `ids` maps the id of each
    entity both reports name (on this side) to one id common to both sides; a place only
    this report names gets its own id after `ONLY`."""
    tw = traps.words(an.language)
    named = sorted((m.start, ids.get(e.id, ONLY + e.id)) for e in an.entities
                   if _place_like(e, e.id in ids) for m in e.mentions)
    out = [(pos, pid) for pos, pid in named if _located(an.text, pos, tw)]
    return sorted(out + _anaphors(an.text, named, tw, lx.for_language(an.language).articles))


_TWO_BEFORE_RE = re.compile(r"(\w+)(?:['’]\s*|\s+)(\w+)['’]?\s*$")
_SHORT = 3  # an article between a locative and a kind of place ("in the town", "à la ville")


def _two_before(text: str, pos: int) -> tuple[str, str]:
    """The two words right before pos, folded (the nearer one last); "" where none."""
    m = _TWO_BEFORE_RE.search(text, max(0, pos - 40), pos)
    return (fold(m.group(1)), fold(m.group(2))) if m else ("", _word_before(text, pos))


def _after_locative(text: str, pos: int, tw: traps.TrapWords) -> bool:
    """A locative word right before pos, or one and a short word ("in the", "dans l'")."""
    far, near = _two_before(text, pos)
    return near in tw.locative or (len(near) <= _SHORT and far in tw.locative)


def _located(text: str, pos: int, tw: traps.TrapWords) -> bool:
    """A place named after a locative word ("in Karlovac"), or after one and a kind of place
    ("in County Clare", "v okrese Žilina", "в град Русе")."""
    far, near = _two_before(text, pos)
    if near in tw.locative:
        return True
    if not _matches(near, tw.place_kinds):
        return False
    m = _WORD_BEFORE_RE.search(text, max(0, pos - 40), pos)
    return m is not None and _after_locative(text, m.start(1), tw)


def _anaphors(text: str, named: list[tuple[int, str]], tw: traps.TrapWords,
              articles: frozenset[str]) -> list[tuple[int, str]]:
    """(offset, id) of each settlement word written after a locative word with no name
    after it ("in the town", "din municipiu", "в града"): the place named last before it
    in its paragraph, when both reports name it (a place only one names: none). After an
    indefinite article ("in a village") it is another place."""
    if not tw.settlements or not named:
        return []
    out = []
    for m in _WORDS_RE.finditer(text):
        if not _matches(fold(m.group()), tw.settlements) or m.start() < named[0][0]:
            continue
        after = _WORDS_RE.match(text, m.end() + 1)  # a name after it is its own mention
        if (after is None or not after.group()[:1].isupper()) and _after_locative(
                text, m.start(), tw) and _two_before(text, m.start())[1] not in articles:
            pos, pid = named[bisect.bisect_left(named, (m.start(), "")) - 1]
            if "\n" not in text[pos:m.start()] and not pid.startswith(ONLY):
                out.append((m.start(), pid))
    return out


def _word_before(text: str, pos: int) -> str:
    m = _WORD_BEFORE_RE.search(text, max(0, pos - 24), pos)
    return fold(m.group(1)) if m else ""


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around text[start:end]: from the punctuation before to the one after,
    with a short fronted phrase before a comma ("In Ostrava, 350 firefighters …")."""
    lo = max(text.rfind(c, 0, start) for c in _CLAUSE_MARKS)
    if lo > 0 and text[lo] == ",":
        before = max(text.rfind(c, 0, lo) for c in _CLAUSE_MARKS)
        if len(text[before + 1:lo].split()) <= _FRONTED_WORDS:
            lo = before
    his = [i for i in (text.find(c, end) for c in _CLAUSE_MARKS) if i >= 0]
    return lo + 1, min(his, default=len(text))


ONLY = "only:"  # the id of a place only one report names starts so


@dataclass(frozen=True, slots=True)
class Scope:
    """What a figure is of, beyond its noun."""

    places: frozenset[str]  # shared places named in its clause ("in Karlovac, 500 …")
    nearby: frozenset[str]  # shared places named anywhere in its sentence
    owners: frozenset[str]  # countries of its group ("400 Slovenian firefighters")
    years: frozenset[int] = frozenset()  # other years it is of ("in 2018, 16 beaches …")
    only: frozenset[str] = frozenset()  # places in its clause the other report never names
    increment: bool = False  # "another 20", "20 more": what was added, never a total
    severity: str | None = None  # "five seriously injured": "severe" or "minor" (`severity`)
    days: frozenset[int] = frozenset()  # days named with it ("on Monday, 30 …"), as ordinals
    bound: bool = False  # "the limit there is 30 km/h", "built for 200": a bound (`is_bound`)
    # "another 14 flights were cancelled": an increment word, whether or not its report
    # states an earlier figure of its kind (`increment` then says it adds to one)
    worded: bool = False
    rest: bool = False  # "the remaining four": the rest of a group split in parts (`is_rest`)
    graded: frozenset[str] = frozenset()  # the severities its report's figures state


def _places_in(mentions: list[tuple[int, str]], lo: int, hi: int,
               q: Quantity) -> frozenset[str]:
    first = bisect.bisect_left(mentions, (lo, ""))
    last = bisect.bisect_left(mentions, (hi, ""), first)  # mentions are in text order
    return frozenset(pid for pos, pid in mentions[first:last] if not q.start <= pos < q.end)


_CLAUSE_MARK_RE = re.compile("[" + re.escape(_CLAUSE_MARKS) + "]")


def _clause_in(text: str, marks: list[int], start: int, end: int) -> tuple[int, int]:
    """`_clause` with the offsets of every clause mark of `text` (in order) at hand: the
    same bounds, found by bisection instead of a search of the text per mark."""
    k = bisect.bisect_left(marks, start)
    lo = marks[k - 1] if k else -1
    if lo > 0 and text[lo] == ",":
        k2 = bisect.bisect_left(marks, lo)
        before = marks[k2 - 1] if k2 else -1
        if len(text[before + 1:lo].split()) <= _FRONTED_WORDS:
            lo = before
    k3 = bisect.bisect_left(marks, end)
    return lo + 1, marks[k3] if k3 < len(marks) else len(text)


def current_years(*analyses: Analysis) -> frozenset[int]:
    """The reports' own years: their publication years (none known: no year is "now")."""
    return frozenset(int(an.published[:4]) for an in analyses
                     if an.published and an.published[:4].isdecimal())


@lru_cache(maxsize=64)
def _dates_re(language: str | None, key: str) -> re.Pattern[str] | None:
    """The phrases of `[dates] key` of the language as one pattern: `past_year` ("last
    year", "l'an dernier", "торік") or `years_ago` ("seven years ago", "vor 7 Jahren",
    `{n}` the number: one word or digits)."""
    phrases = langdata.section(language, "dates").get(key, []) if langdata.has_file(
        language) else []
    if not phrases:
        return None
    alts = sorted((re.escape(p).replace("'", "['’]").replace(r"\{n\}", r"(\w+)")
                   for p in phrases), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(alts) + r")(?!\w)", re.IGNORECASE)


def _years_named(an: Analysis, current: frozenset[int]) -> list[tuple[int, int]]:
    """(offset, year) of every year the text names that is not a figure nor a current year;
    "last year" is the year before the current one (-1 when no current year is known)."""
    figures = sorted((q.start, q.end) for q in an.quantities if q.unit is None)
    out = []
    for m in _YEAR_RE.finditer(an.text):
        k = bisect.bisect_right(figures, (m.start(), len(an.text))) - 1
        if k >= 0 and figures[k][0] <= m.start() < figures[k][1]:
            continue  # "2024 Menschen": a count, not a year ("2018 m." may be either)
        if int(m.group()) not in current:
            out.append((m.start(), int(m.group())))
    last = _dates_re(an.language, "past_year")
    if last is not None:
        year = max(current) - 1 if current else -1
        out.extend((m.start(), year) for m in last.finditer(an.text))
    ago = _dates_re(an.language, "years_ago")
    if ago is not None:
        out.extend((m.start(), _year_ago(m, an.language, current)) for m in ago.finditer(an.text))
    return sorted(out)


_PAST = -2  # a year some years ago, its number unread
_FAR = 10**9  # below any year or day a text names (for bisection)


def _year_ago(m: re.Match[str], language: str | None, current: frozenset[int]) -> int:
    """The year N years before the current one, or `_PAST` when N or now is unknown."""
    word = next((g for g in m.groups() if g), "")
    n = int(word) if word.isdecimal() else lx.for_language(language).numbers.get(fold(word))
    return max(current) - n if n and current else _PAST


def figure_scopes(an: Analysis, mentions: list[tuple[int, str]],
                  qs: list[Quantity], current: frozenset[int] = frozenset()) -> list[Scope]:
    """`figure_scope` of each figure of `qs`; the text's clause marks are found once.
    `current`: the reports' own years (`current_years`), which mark no figure."""
    years = _years_named(an, current)
    days = _days_named(an)
    marks = [m.start() for m in _CLAUSE_MARK_RE.finditer(an.text)] \
        if mentions or years or days else []
    out = [figure_scope(an, mentions, q, marks, years, days) for q in qs]
    graded = frozenset(sc.severity for sc in out if sc.severity)
    return [replace(sc, increment=False, worded=True, graded=graded)
            if sc.increment and not _added_to(q, qs)
            else replace(sc, worded=sc.increment, graded=graded)
            for q, sc in zip(qs, out, strict=True)]


_ANY_KIND = frozenset({"people", "victims", "other"})  # of any group (a bare count: any)
_APART = (attrgetter("role"), attrgetter("aspect"), attrgetter("state"))


def adds_to(q: Quantity, z: Quantity) -> bool:
    """Can increment q add to the earlier figure z: one concept (a bare count: one noun),
    or counts of which one names no particular group (people, a bare count)?"""
    if z.start >= q.start or z.base == q.base:
        return False
    if any(f(q) and f(z) and f(q) != f(z) for f in _APART):
        return False  # "destroyed 40 houses and damaged 25 more": two groups
    if z.concept == q.concept:
        return z.concept != "other" or z.noun == q.noun
    return z.unit is None and q.unit is None and bool(_ANY_KIND & {z.concept, q.concept})


def _added_to(q: Quantity, qs: list[Quantity]) -> bool:
    """Is there an earlier figure of q's kind for an increment to add to? ("One man died;
    another four people were hurt": four more than none hurt, the total of the hurt.)"""
    return any(adds_to(q, z) for z in qs)


@lru_cache(maxsize=64)
def _clause_openers(language: str | None) -> frozenset[str]:
    """Words that open a clause bound to the one before ("…, when 16 beaches closed")."""
    return lx.subordinators(language) | lx.for_language(language).relative


def _years_of(an: Analysis, q: Quantity, years: list[tuple[int, int]],
              clause: tuple[int, int], marks: list[int]) -> frozenset[int]:
    """Years named in the figure's clause; fronted in its sentence ("In 2023 …; then three
    were hurt", within its first words); or in the clause before, when the figure's clause
    opens with a subordinator or a relative word ("as in 2018, when 16 beaches closed")."""
    if not years or q.sentence >= len(an.sentences):
        return frozenset()
    s_start = an.sentences[q.sentence].start
    k = bisect.bisect_left(marks, q.start)
    lo, hi = (marks[k - 1] + 1 if k else 0), clause[1]  # no fronted phrase ("…, founded
    # in 1856, puts its losses at 12 million"): a year before a comma is of that phrase
    opener = _WORDS_RE.search(an.text, lo, q.start)
    bound = opener is not None and fold(opener.group()) in _clause_openers(an.language)
    before = lo
    if bound:
        k = bisect.bisect_left(marks, lo - 1)
        while k and len(an.text[before:lo].split()) < 2 and before > s_start:
            k -= 1  # past an abbreviation's dot ("2018 m., kai …")
            before = max(s_start, marks[k] + 1)
        before = max(s_start, 0 if not k and len(an.text[before:lo].split()) < 2 else before)
    out = set()
    for pos, y in years[bisect.bisect_left(years, (s_start, -_FAR)):]:
        if pos >= hi:
            break
        if q.start <= pos < q.end:
            continue
        if pos >= before or len(an.text[s_start:pos].split()) < _FRONTED_WORDS:
            out.add(y)
    return frozenset(out)


def _days_named(an: Analysis) -> list[tuple[int, int]]:
    """(offset, day number) of every date the text names ("on Monday", "le 3 mai")."""
    return sorted((d.start, dt.date.fromisoformat(d.value[:10]).toordinal())
                  for d in an.dates if len(d.value) >= 10)


def figure_scope(an: Analysis, mentions: list[tuple[int, str]], q: Quantity,
                 marks: list[int] | None = None,
                 years: list[tuple[int, int]] | None = None,
                 days: list[tuple[int, int]] | None = None) -> Scope:
    """The places, countries, other years and days a figure is of (`mentions` from
    `place_mentions`; `marks` the offsets of the text's clause marks, when known; `years`
    from `_years_named`, `days` from `_days_named`)."""
    places = nearby = only = frozenset[str]()
    clause = None
    if mentions or years or days:
        clause = _clause(an.text, q.start, q.end) if marks is None else \
            _clause_in(an.text, marks, q.start, q.end)
    if mentions and clause is not None:
        places = _places_in(mentions, *clause, q)
        if q.sentence < len(an.sentences):
            s = an.sentences[q.sentence]
            nearby = _places_in(mentions, s.start, s.end, q) | places
        only = frozenset(p for p in places if p.startswith(ONLY))
        places = places - only
        nearby = frozenset(p for p in nearby if not p.startswith(ONLY))
    owners = figure_owners(an, q) | {p[4:] for p in places if p.startswith("cty:")}
    when = on = frozenset[int]()
    if (years or days) and clause is not None:
        if marks is None:
            marks = [m.start() for m in _CLAUSE_MARK_RE.finditer(an.text)]
        when = _years_of(an, q, years, clause, marks) if years else when
        on = _years_of(an, q, days, clause, marks) if days else on
    span = _own_span(an, q, clause)
    return Scope(places, nearby, frozenset(owners), when, only, is_increment(an, q),
                 severity(an, q, span), on, is_bound(an, q, span), rest=is_rest(an, q))


_SEVERITY_REACH = 2  # words between a severity word and the injured word it qualifies
# counts a severity word may qualify: of the hurt (or a group of them), of people, of a
# noun ("fünf Schwerverletzte")
_HURT = frozenset({"injured", "hospitalised"})


def _matches(word: str, words: frozenset[str]) -> bool:
    return word in words or any(w.endswith("*") and word.startswith(w[:-1]) for w in words)


def _own_span(an: Analysis, q: Quantity, clause: tuple[int, int] | None) -> tuple[int, int]:
    """The figure's clause, up to the figures either side ("12 hurt and 4 seriously")."""
    lo, hi = clause if clause is not None else _clause(an.text, q.start, q.end)
    for z in an.quantities:
        if z.end <= q.start:
            lo = max(lo, z.end)
        elif z.start >= q.end:
            hi = min(hi, z.start)
    return lo, hi


_BOUND_BEFORE = 6  # "the speed limit on that stretch is 30 km/h"
_BOUND_AFTER = 2  # "a 30 km/h limit", "50 km/h erlaubt"
_COMPOUND_HEAD = 6  # a compound ending in a limits word this long is one ("Tempolimit")


def is_bound(an: Analysis, q: Quantity, span: tuple[int, int]) -> bool:
    """ "the limit on that stretch is 30 km/h", "a hall designed for 200", "Tempo 50
    erlaubt": a [words] limits word a few words before the figure or right after it, in
    its own part of the clause: a bound or a capacity, not what happened."""
    words = lx.for_language(an.language).limits
    if not words:
        return False
    lo, hi = span  # `_own_span`
    before = [fold(t) for t in _WORDS_RE.findall(an.text, lo, q.start)][-_BOUND_BEFORE:]
    after = [fold(t) for t in _WORDS_RE.findall(an.text, q.end, hi)][:_BOUND_AFTER]
    return any(t in words or any(t.endswith(w) for w in words if len(w) >= _COMPOUND_HEAD)
               for t in before + after)  # "painorajoitus": a compound ending in one


def severity(an: Analysis, q: Quantity, span: tuple[int, int]) -> str | None:
    """ "five seriously injured", "schwer verletzt", "heridas de gravedad", "fünf
    Schwerverletzte", "twelve hurt, four of them seriously": a severity word ([words]
    severe / minor) of the figure's clause, next to an injured word, the figure's own
    noun, or last in the clause. "Injured in a serious crash" qualifies the crash."""
    hurt = q.concept in _HURT or q.state in _HURT  # "Siete pasajeros … heridos leves"
    if q.unit is not None or not (hurt or q.concept in _ANY_KIND):
        return None
    w = lx.for_language(an.language)
    if not (w.severe or w.minor):
        return None
    lo, hi = span  # `_own_span`
    words = _WORDS_RE.findall(an.text, lo, hi)
    folded = [fold(t) for t in words]
    table = lx.concept_table(an.language)
    for k, word in enumerate(folded):
        kind = "severe" if _matches(word, w.severe) else (
            "minor" if _matches(word, w.minor) else None)
        if kind is None:
            continue
        near = range(max(0, k - _SEVERITY_REACH), min(len(words), k + _SEVERITY_REACH + 1))
        last = k == len(words) - 1 and hurt
        if (word == q.noun or last
                or any(table.get(folded[m], words[m]) == "injured" for m in near if m != k)):
            return kind
    return None


def is_increment(an: Analysis, q: Quantity) -> bool:
    """ "another 20 people", "weitere 20", "20 more", "8 personas más": an increment word
    ([words] increment_before / increment_after) right before the figure, or one of the
    two words after it (its counted noun may come first)."""
    w = lx.for_language(an.language)
    if _word_before(an.text, q.start) in w.increment_before:
        return True
    tail = an.text[q.end:q.end + 40]
    tail = tail[:next((k for k, c in enumerate(tail) if c in _CLAUSE_MARKS), len(tail))]
    after = _WORDS_RE.findall(tail)[:2]  # in its clause: "14 people. More are expected"
    return any(fold(t) in w.increment_after for t in after)  # "25 habitants supplémentaires"


def is_rest(an: Analysis, q: Quantity) -> bool:
    """ "three were flown to hospital, the remaining four treated at the scene", "die
    übrigen vier": a [words] rest_before word right before the figure makes it the rest of
    a group the report splits, a part of it."""
    return _word_before(an.text, q.start) in lx.for_language(an.language).rest_before


def _one_grade(x: Scope, y: Scope) -> bool:
    """ "two were lightly hurt" / "three were injured": when one report calls all the hurt
    it counts lightly hurt and the other grades none of its figures, the two tell one
    figure (a report that also counts the seriously hurt splits them in parts)."""
    plain, minor = (x, y) if x.severity is None else (y, x)
    return (plain.severity is None and minor.severity == "minor" and not plain.graded
            and minor.graded == {"minor"})


def different(x: Scope, y: Scope, close: bool = False) -> bool:
    """Figures of different places or different countries' groups: both named, and neither
    sentence names the other's place (a town and its country may both be named); of
    different times (a year one names and the other does not); an increment and a
    figure that is none (`is_increment`); or of two severities, but (`close`: the two
    figures are near) the lightly hurt of a report that grades all its hurt so and the
    hurt of one that grades none (`_one_grade`)."""
    if (x.years or y.years) and not x.years & y.years:
        return True
    if x.days and y.days and not x.days & y.days:
        return True  # "on Monday, 30 left" / "on Tuesday, 45 left"
    if x.bound != y.bound:
        return True  # a limit or a capacity is no rival of what happened
    if x.severity != y.severity and not (close and _one_grade(x, y)):
        return True  # the seriously injured are a part of the injured
    if x.increment != y.increment and not (x.worded and y.worded):
        return True  # what was added is no rival of a figure that is not; two figures
        # both said to be "another" are, though one report counts an earlier group of
        # their kind and the other names it by another word ("nine planes diverted,
        # another 14 flights cancelled" / "nine flights diverted, another 12 cancelled")
    if x.rest != y.rest:
        return True  # the rest of a split group is no rival of a figure that is not
    if x.places and y.places:
        return not (x.places & y.nearby or y.places & x.nearby)
    if (x.places and y.only and not y.places) or (y.places and x.only and not x.places):
        return not (x.places & y.nearby or y.places & x.nearby)  # one shared place, and
        # in the other clause a place of which the first report says nothing
    if _known(x.only) and _known(y.only) and not (x.places or y.places or x.only & y.only):
        return True  # "in Austria, 300 …" / "in Italy, 200 …": each report names its own
    if x.owners and y.owners:
        return not x.owners & y.owners
    if x.owners and y.places:
        return not y.places & x.nearby
    if y.owners and x.places:
        return not x.places & y.nearby
    return False


def _known(places: frozenset[str]) -> bool:
    """Places all of the gazetteer or countries: two such of different ids are two."""
    return bool(places) and all(p.startswith((ONLY + "gaz:", ONLY + "cty:")) for p in places)


@lru_cache(maxsize=32)
def _countries(language: str | None) -> tuple[tuple[str, str], ...]:
    """(folded country name, code) in the language (babel), longest first."""
    try:
        names = Locale.parse(language or "en").territories
    except Exception:  # babel has no such locale: English names
        names = Locale.parse("en").territories
    out = {(fold(n), code) for code, n in names.items()
           if len(code) == 2 and code.isalpha() and len(n) >= 5 and " " not in n}
    return tuple(sorted(out, key=lambda p: -len(p[0])))


@lru_cache(maxsize=32)
def _countries_by_head(language: str | None) -> dict[str, tuple[tuple[str, int, str], ...]]:
    """`_countries` by their first 5 letters (every match shares them), in the same order,
    each with the letters a word must share: the look-up scans a handful, not ~250."""
    out: dict[str, list[tuple[str, int, str]]] = {}
    for name, code in _countries(language):
        need = max(5, len(name) - 4)
        out.setdefault(name[:5], []).append((name[:need], need, code))
    return {head: tuple(v) for head, v in out.items()}


@lru_cache(maxsize=4096)
def _country_of(word: str, language: str | None) -> str | None:
    """The country a word names or qualifies by its stem ("slovenskih" -> SI, "Croatian" ->
    HR, "polskich" -> PL): it shares the country name's first max(5, len - 4) letters."""
    low = fold(word)
    if len(low) < 5:
        return None
    for stem, need, code in _countries_by_head(language).get(low[:5], ()):
        if len(low) >= need and low[:need] == stem:
            return code
    return None


def figure_owners(an: Analysis, q: Quantity) -> frozenset[str]:
    """Countries that qualify the counted noun ("400 slovenskih gasilcev", "400 Slovenian
    firefighters"): the two words right after the figure."""
    words = _WORDS_RE.findall(an.text, q.end, min(len(an.text), q.end + 40))[:2]
    return frozenset(c for w in words if (c := _country_of(w, an.language)) is not None)
