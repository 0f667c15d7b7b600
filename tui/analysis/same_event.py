"""Are two reports about one event? A likelihood from what they share, with its signals.

Two reports of one event name the same places and people, give the same dates, and most
of the figures they both state agree; reports of two different events (a quake in Crete
and one in Peru) share the kind of event at most, and their "conflicts" are figures of
different things. The verdict is shown beside every comparison so a reader is warned
before trusting a conflict.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from anyascii import anyascii

from tui.analysis.entities import Entity
from tui.analysis.events import kinds_in

if TYPE_CHECKING:
    from tui.analysis.compare import Comparison
    from tui.analysis.facts import Analysis

LIKELY = 0.5  # at or above: probably one event
WARN = 0.35  # below: the split view and `compare` warn that it is probably not
# Weights of the log-odds (fitted by hand on the tuned and dev pairs, see README).
_BIAS = -1.2
_W_NAME = 0.9  # a name both mention (a place, a person, an organisation), up to 3
_W_DATE = 0.6  # a date both give, up to 2
_W_AGREE = 0.35  # a figure both state alike, up to 6
_W_CONFLICT = 0.3  # a figure stated differently, up to 6
_W_ONLY_NAMES = 1.2  # most names of each report absent from the other
_W_KIND = 0.5  # the same kind of event (storm, quake, vote); the other way when disjoint
_W_GAP = 1.0  # published more than three days apart


@dataclass(frozen=True, slots=True)
class EventSignals:
    shared_names: tuple[str, ...]
    only_names: float  # share of each side's names the other does not mention (mean)
    shared_dates: int
    agree: int
    conflict: int
    kinds: str  # "same", "different" or "unknown"
    days_apart: int | None

    def score(self) -> float:
        z = (_BIAS + _W_NAME * min(3, len(self.shared_names)) + _W_DATE * min(2, self.shared_dates)
             + _W_AGREE * min(6, self.agree) - _W_CONFLICT * min(6, self.conflict)
             - _W_ONLY_NAMES * max(0.0, self.only_names - 0.5) * 2)
        z += {"same": _W_KIND, "different": -2 * _W_KIND}.get(self.kinds, 0.0)
        if self.days_apart is not None and self.days_apart > 3:
            z -= _W_GAP
        return 1.0 / (1.0 + math.exp(-z))


def _strong(ent: Entity | None) -> bool:
    return ent is not None and not ent.weak


# A name's sound skeleton, for telling whether two reports name the same things even where
# the entity pairing (strict, since it labels a row "agree") did not join the two spellings:
# other script, case ending, romanisation (Гнатюк / Hnatiuk, Ягодині / Jahodynie).
_DIGRAPHS = (("kh", "h"), ("sz", "s"), ("sh", "s"), ("cz", "c"), ("ch", "c"), ("zh", "z"),
             ("ts", "c"), ("tz", "c"), ("ph", "f"), ("th", "t"), ("g", "h"), ("w", "v"),
             ("j", "i"), ("y", "i"), ("x", "ks"), ("q", "k"))
_VOWELS = re.compile(r"[aeiou]+")
_MIN_KEY = 4
_KEY_LEN = 5


@lru_cache(maxsize=8192)
def name_key(word: str) -> str:
    """A word's skeleton: romanised, digraphs unified, vowel runs as one "a", no repeats;
    cut to five characters (what an inflection rarely reaches)."""
    text = "".join(ch for ch in anyascii(word).lower() if ch.isalpha())
    for old, new in _DIGRAPHS:
        text = text.replace(old, new)
    text = _VOWELS.sub("a", text)
    text = re.sub(r"(.)\1+", r"\1", text)
    return text[:_KEY_LEN]


def _keys(ent: Entity) -> set[str]:
    words = {w for name in ent.names for w in re.findall(r"\w+", name) if len(w) >= _MIN_KEY}
    return {k for k in map(name_key, words) if len(k) >= _MIN_KEY}


def _alike(keys: set[str], others: set[str]) -> bool:
    return not keys.isdisjoint(others)


def _names(comparison: Comparison) -> tuple[list[str], float]:
    """Names both reports mention (paired entities, or unpaired ones whose words sound
    alike) and the mean share of each side's names the other does not mention."""
    shared: list[str] = []
    loose_a: list[Entity] = []
    loose_b: list[Entity] = []
    for p in comparison.pairs:
        if p.kind != "entity":
            continue
        if p.a is not None and p.b is not None:
            if _strong(p.a) or _strong(p.b):  # type: ignore[arg-type]
                shared.append(p.a.text)  # type: ignore[union-attr]
        elif p.a is not None:
            loose_a.append(p.a)  # type: ignore[arg-type]
        else:
            loose_b.append(p.b)  # type: ignore[arg-type]
    keys_a = {id(e): _keys(e) for e in loose_a if _strong(e)}
    keys_b = {id(e): _keys(e) for e in loose_b if _strong(e)}
    all_b = set().union(*keys_b.values()) if keys_b else set()
    all_a = set().union(*keys_a.values()) if keys_a else set()
    alike_a = [e for e in loose_a if _alike(keys_a.get(id(e), set()), all_b)]
    alike_b = sum(1 for e in loose_b if _alike(keys_b.get(id(e), set()), all_a))
    shared.extend(e.text for e in alike_a)
    n_a, n_b = len(shared), len(shared) - len(alike_a) + alike_b
    only_a, only_b = len(loose_a) - len(alike_a), len(loose_b) - alike_b
    only = ((only_a / (only_a + n_a) if only_a + n_a else 0.0)
            + (only_b / (only_b + n_b) if only_b + n_b else 0.0)) / 2
    return shared, only


_LEAD_SENTENCES = 3  # what happened is said in the lead
_WIDE_SENTENCES = 8  # … and is at least named soon after in another report of it


def _kinds_within(analysis: Analysis) -> tuple[set[str], set[str]]:
    """Kinds of event named in the lead, and in the first few sentences."""
    spans = analysis.sentences
    if not spans:
        return set(), set()
    lead_end = spans[min(len(spans), _LEAD_SENTENCES) - 1].end
    wide_end = spans[min(len(spans), _WIDE_SENTENCES) - 1].end
    wide_tokens = []
    for t in analysis.tokens:
        if t.start >= wide_end:
            break
        wide_tokens.append(t)
    lead = [t for t in wide_tokens if t.start < lead_end]
    return set(kinds_in(lead, analysis.language)), set(kinds_in(wide_tokens, analysis.language))


def _kinds(comparison: Comparison) -> str:
    """"same" when what one lead says happened is named early in the other; "different"
    when both leads say what happened and neither is named in the other."""
    (lead_a, wide_a), (lead_b, wide_b) = _kinds_within(comparison.a), _kinds_within(comparison.b)
    if not lead_a or not lead_b:
        return "unknown"
    if lead_a & wide_b or lead_b & wide_a:
        return "same"
    return "different"


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat((value or "")[:10])
    except ValueError:
        return None


def signals(comparison: Comparison, published_a: str | None = None,
            published_b: str | None = None) -> EventSignals:
    names, only = _names(comparison)
    count = {s: sum(1 for p in comparison.pairs if p.kind == "quantity" and p.status == s)
             for s in ("agree", "conflict")}
    dates = sum(1 for p in comparison.pairs if p.kind == "date" and p.status == "agree")
    da, db = _day(published_a), _day(published_b)
    gap = abs((da - db).days) if da and db else None
    return EventSignals(tuple(names), round(only, 3), dates, count["agree"], count["conflict"],
                        _kinds(comparison), gap)


def verdict(sig: EventSignals) -> dict[str, Any]:
    """The JSON `same_event` object: likely (bool), score (0..1), verdict, signals."""
    score = round(sig.score(), 3)
    word = "same" if score >= LIKELY else ("different" if score < WARN else "uncertain")
    return {
        "likely": score >= LIKELY,
        "score": score,
        "verdict": word,
        "signals": {
            "shared_names": list(sig.shared_names[:10]),
            "names_only_in_one": sig.only_names,
            "shared_dates": sig.shared_dates,
            "figures_agree": sig.agree,
            "figures_conflict": sig.conflict,
            "kind": sig.kinds,
            "days_apart": sig.days_apart,
        },
    }


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def describe(result: dict[str, Any]) -> str:
    """One line for people: how likely one event, and why."""
    s = result["signals"]
    names, dates, agree = len(s["shared_names"]), s["shared_dates"], s["figures_agree"]
    why = (f"{_count(names, 'shared name')}, {_count(dates, 'shared date')}, "
           f"{_count(agree, 'figure')} {'agrees' if agree == 1 else 'agree'}, "
           f"{s['figures_conflict']} differ, kind {s['kind']}")
    pct = round(100 * result["score"])
    if result["verdict"] == "different":
        return (f"⚠ Probably NOT the same event ({pct} %): its conflicts may compare "
                f"different things; {why}.")
    if result["verdict"] == "uncertain":
        return f"? Perhaps not the same event ({pct} %): {why}."
    return f"Same event: likely ({pct} %): {why}."


def mark_doubtful(facts: list[dict[str, Any]], result: dict[str, Any]) -> None:
    """On a pair that is probably not one event (or uncertain), each conflict says so:
    `"event_doubt": true` beside its unchanged `status` (a key added, none changed)."""
    if result.get("verdict") == "same":
        return
    for fact in facts:
        if fact.get("status") == "conflict":
            fact["event_doubt"] = True
