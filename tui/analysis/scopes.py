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
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from babel import Locale

from tui.analysis import traps
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


def far_apart(x: Quantity, y: Quantity) -> bool:
    """More than FAR_FACTOR apart (in base units), and not two small counts."""
    if x.concept in _UNSIGNED or x.base_high is not None or y.base_high is not None:
        return False
    lo, hi = sorted((abs(x.base), abs(y.base)))
    if hi <= FAR_FACTOR * lo:
        return False
    return bool(x.unit or y.unit) or max(abs(x.value), abs(y.value)) >= _SMALL_COUNT


def _place_like(e: Entity) -> bool:
    """A place (by type or gazetteer id) or a name first written as one word that no title
    marks as a person (entity types are guessed: "Karlovcu" may be typed a person)."""
    if e.weak:
        return False
    if e.type == "place" or e.id.startswith(("gaz:", "cty:")):
        return e.type != "person" or e.id.startswith("cty:")
    return (e.type != "org" and not any(m.title for m in e.mentions)
            and len(e.names[0].split()) == 1)


def place_mentions(an: Analysis, ids: dict[str, str]) -> list[tuple[int, str]]:
    """(offset, shared id) of every mention of a shared place-like entity of `an` written
    after a locative word ("in Karlovac", "u Karlovcu"), in text order. `ids` maps the id
    of each entity both reports name (on this side) to one id common to both sides."""
    locative = traps.words(an.language).locative
    out = [(m.start, ids[e.id]) for e in an.entities
           if e.id in ids and _place_like(e) for m in e.mentions
           if _word_before(an.text, m.start) in locative]
    return sorted(out)


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


@dataclass(frozen=True, slots=True)
class Scope:
    """What a figure is of, beyond its noun."""

    places: frozenset[str]  # shared places named in its clause ("in Karlovac, 500 …")
    nearby: frozenset[str]  # shared places named anywhere in its sentence
    owners: frozenset[str]  # countries of its group ("400 Slovenian firefighters")


def _places_in(mentions: list[tuple[int, str]], lo: int, hi: int,
               q: Quantity) -> frozenset[str]:
    first = bisect.bisect_left(mentions, (lo, ""))
    return frozenset(pid for pos, pid in mentions[first:] if pos < hi
                     if not q.start <= pos < q.end)


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


def figure_scopes(an: Analysis, mentions: list[tuple[int, str]],
                  qs: list[Quantity]) -> list[Scope]:
    """`figure_scope` of each figure of `qs`; the text's clause marks are found once."""
    marks = [m.start() for m in _CLAUSE_MARK_RE.finditer(an.text)] if mentions else []
    return [figure_scope(an, mentions, q, marks) for q in qs]


def figure_scope(an: Analysis, mentions: list[tuple[int, str]], q: Quantity,
                 marks: list[int] | None = None) -> Scope:
    """The places and countries a figure is of (`mentions` from `place_mentions`; `marks`
    the offsets of the text's clause marks, when known)."""
    places = nearby = frozenset[str]()
    if mentions:
        clause = _clause(an.text, q.start, q.end) if marks is None else \
            _clause_in(an.text, marks, q.start, q.end)
        places = _places_in(mentions, *clause, q)
        if q.sentence < len(an.sentences):
            s = an.sentences[q.sentence]
            nearby = _places_in(mentions, s.start, s.end, q) | places
    owners = figure_owners(an, q) | {p[4:] for p in places if p.startswith("cty:")}
    return Scope(places, nearby, frozenset(owners))


def different(x: Scope, y: Scope) -> bool:
    """Figures of different places or different countries' groups: both named, and neither
    sentence names the other's place (a town and its country may both be named)."""
    if x.places and y.places:
        return not (x.places & y.nearby or y.places & x.nearby)
    if x.owners and y.owners:
        return not x.owners & y.owners
    if x.owners and y.places:
        return not y.places & x.nearby
    if y.owners and x.places:
        return not x.places & y.nearby
    return False


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
