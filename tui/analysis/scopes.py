"""Two figures of one concept that are still of different things: never a conflict.

- **Far apart**: outlets that disagree on a figure differ by a little (550 / 539, 26 / 20,
  950 / 1,100 m³/s); figures more than `FAR_FACTOR` apart are a part and a whole, two
  groups or two measurements ("500 m" from the crater, "9,000 m" the ash column), so they
  are not paired unless they agree. Small counts (1 / 4 dead) may still conflict.
- **Different places**: a figure is about the places its clause names ("In Karlovac,
  500 firefighters …"; a place in another clause, "…, the ministry in Bucharest said", is
  where the news came from). Only places both reports name count, so an inflected form
  nobody matched changes nothing. Two figures whose places are both named and have none in
  common ("2 million from Ljubljana", "10 million from Zagreb") are of different places.
"""

from __future__ import annotations

import bisect
import re

from tui.analysis import traps
from tui.analysis.entities import Entity
from tui.analysis.facts import Analysis
from tui.analysis.quantities import Quantity
from tui.analysis.text import fold

FAR_FACTOR = 3.0
_SMALL_COUNT = 10  # below this, counts far apart by ratio may still be one thing disputed
_UNSIGNED = frozenset({"temperature"})  # a ratio of two temperatures means nothing
_WORD_BEFORE_RE = re.compile(r"(\w+)['’]?\s*$")
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
    """A place (by type or gazetteer id) or a one-word name no title marks as a person
    (entity types are guessed: "Karlovcu" may be typed a person)."""
    if e.weak:
        return False
    if e.type == "place" or e.id.startswith(("gaz:", "cty:")):
        return e.type != "person" or e.id.startswith("cty:")
    return (e.type != "org" and not any(m.title for m in e.mentions)
            and all(len(n.split()) == 1 for n in e.names))


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
    """The clause around text[start:end]: from the punctuation before to the one after."""
    lo = max(text.rfind(c, 0, start) for c in _CLAUSE_MARKS)
    his = [i for i in (text.find(c, end) for c in _CLAUSE_MARKS) if i >= 0]
    return lo + 1, min(his, default=len(text))


def figure_places(an: Analysis, mentions: list[tuple[int, str]], q: Quantity) -> frozenset[str]:
    """The shared places named in the figure's clause ("in Karlovac … 500 firefighters")."""
    if not mentions:
        return frozenset()
    lo, hi = _clause(an.text, q.start, q.end)
    first = bisect.bisect_left(mentions, (lo, ""))
    return frozenset(pid for pos, pid in mentions[first:] if pos < hi
                     if not q.start <= pos < q.end)


def other_places(pa: frozenset[str], pb: frozenset[str]) -> bool:
    """Are two figures about places known to be different (both named, none shared)?"""
    return bool(pa) and bool(pb) and not pa & pb
