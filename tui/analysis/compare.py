"""Side-by-side comparison of two reports: which figures agree, conflict, or appear once."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from tui.analysis import langdata, same_event
from tui.analysis import lexicon as lx
from tui.analysis.align import (
    AlignedGroup,
    align_sentences,
    sentence_features,
    similarity_matrix,
)
from tui.analysis.concepts import PERSON_SENSES
from tui.analysis.dates import DateMention
from tui.analysis.entities import Entity
from tui.analysis.facts import Analysis, analyse_article
from tui.analysis.figures import (
    DIMENSIONS,
    cognate_key,
    count_label,
    count_senses,
    is_count,
    lemma,
    named_by,
    normalized,
    noun_gloss,
    noun_key,
)
from tui.analysis.gc_pause import gc_paused
from tui.analysis.glossary import (
    Senses,
    best_name,
    nested,
    nests,
    prefer_second,
    relates,
    shared,
    shares,
)
from tui.analysis.glossary import senses as glossary_senses
from tui.analysis.headed import glossed_rows, headed_rows
from tui.analysis.institutions import institution_rows
from tui.analysis.name_match import (
    EntityPairing,
    TextSide,
    acronym_rows,
    institution_phrases,
    lowercase_tails,
    run_on_rows,
    word_cores,
    written_rows,
)
from tui.analysis.quantities import Quantity
from tui.analysis.scopes import (
    Scope,
    adds_to,
    current_years,
    different,
    far_apart,
    figure_scopes,
    place_mentions,
)
from tui.analysis.text import fold
from tui.models import INSPECT_FIELDS, Article

AGREE, CONFLICT, ONLY_A, ONLY_B = "agree", "conflict", "only_a", "only_b"
_STATUS_RANK = {CONFLICT: 0, AGREE: 1, ONLY_A: 2, ONLY_B: 2}
_KIND_RANK = {"quantity": 0, "entity": 1, "date": 2}
_GENERIC = {"people", "victims", "other"}
# Bounds on the work of one comparison (pairing is quadratic in what it pairs): the first
# MAX_ALIGNED_SENTENCES sentences of each side are aligned, the first MAX_COMPARED_FACTS
# figures and entities of each side are paired. Reports have tens of each; the caps only
# bind on book-length or generated texts, whose later facts are then left out.
MAX_ALIGNED_SENTENCES = 300
MAX_COMPARED_FACTS = 200


@dataclass(frozen=True, slots=True)
class FactPair:
    """One row of the comparison, with the typed objects (and offsets) of both sides."""

    kind: str
    status: str
    label: str  # concept for quantities, type for entities, "" for dates
    a: Quantity | Entity | DateMention | None
    b: Quantity | Entity | DateMention | None
    # Entity rows of both sides: "agree" when figures stated in sentences naming it agree
    # (and none differ), "differ" when one differs, "both_mention" when there are none.
    relation: str | None = None

    def sentence_a(self) -> int | None:
        return _first_sentence(self.a)

    def sentence_b(self) -> int | None:
        return _first_sentence(self.b)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind}
        if self.kind == "quantity":
            out["concept"] = self.label
        elif self.kind == "entity":
            out["type"] = self.label
        out["status"] = self.status
        out["a"] = _side_json(self.a)
        out["b"] = _side_json(self.b)
        if self.relation is not None:
            out["relation"] = self.relation  # added after the contract's keys
        return out


@dataclass(frozen=True, slots=True)
class Comparison:
    a: Analysis
    b: Analysis
    pairs: tuple[FactPair, ...]
    alignment: tuple[AlignedGroup, ...]


def _first_sentence(obj: Quantity | Entity | DateMention | None) -> int | None:
    if obj is None:
        return None
    if isinstance(obj, Entity):
        return obj.mentions[0].sentence
    return obj.sentence


def _side_json(obj: Quantity | Entity | DateMention | None) -> dict[str, Any] | None:
    if obj is None:
        return None
    if isinstance(obj, Quantity):
        out = {"value": obj.value, "text": obj.text, "qualifier": obj.qualifier,
               "unit": obj.unit, "sentence": obj.sentence}
        norm = normalized(obj)
        if norm is not None:
            out["normalized"] = norm
        if obj.high is not None:
            out["high"] = obj.high
        if is_count(obj) and obj.noun_text:
            out["noun"] = obj.noun_text  # the counted noun as written; "concept" names it
        return out
    if isinstance(obj, Entity):
        return {"text": obj.text, "mentions": obj.spellings}
    return {"value": obj.value, "text": obj.text, "sentence": obj.sentence}


# ---------------------------------------------------------------- quantities


_LOWER = ("at_least", "more_than")
_UPPER = ("at_most", "less_than")


# "just over N" is said of a figure a little above N: up to _JUST_OVER_SLACK above it
# ("drygt 9 miljoner" / "about 12 million" disagree; "more than 9 million" would not).
_JUST_OVER_SLACK = 0.15


def _interval(q: Quantity) -> tuple[float, float]:
    v = q.base
    if q.base_high is not None:
        return v, q.base_high
    if q.qualifier in _LOWER and q.just_over and v > 0:
        return v, v * (1 + _JUST_OVER_SLACK)
    if q.qualifier in _LOWER:
        return v, float("inf")
    if q.qualifier in _UPPER:  # "down to −14 degrees": a bound on how far below zero
        return min(0.0, v), max(0.0, v)
    lo, hi = v * (1 - q.tolerance), v * (1 + q.tolerance)
    return min(lo, hi), max(lo, hi)  # "-28 °C": a negative figure


# An outlet rounds a converted figure ("28 m/s" is "100 km/h", 12 km is "7 miles", 34 °C
# is "93F"): two figures written in different units of one dimension agree when one is the
# other converted and rounded to the written precision (`_rounding`), at least within
# _CONVERSION_SLACK and never beyond _ROUNDING_CAP of the figure.
_CONVERSION_SLACK = 0.03
_ROUNDING_CAP = 0.1


def _rounding(q: Quantity) -> float:
    """Half a unit of the last significant digit of the written figure ("7 miles" ±0.5,
    "1.2 million litres" ±50,000), in base units; a temperature: half a degree."""
    value = abs(float(q.value))
    factor = lx.unit_factor(q.unit) or (abs(q.base / q.value) if q.value else 1.0)
    if q.concept == "temperature":
        return 0.5 * factor
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    if "." in text:
        step = 0.5 * 10.0 ** -len(text.split(".")[1])
    else:
        step = 0.5 * 10.0 ** (len(text) - len(text.rstrip("0")))
    return min(max(step, _CONVERSION_SLACK * value), _ROUNDING_CAP * value) * factor


def _readings(q: Quantity) -> list[Quantity]:
    """The figure, and its second reading in an ambiguous unit (US / imperial gallons)."""
    alt = lx.unit_offsets().get(q.unit or "", (0.0, None))[1]
    if alt is None:
        return [q]
    high = q.high * alt if q.high is not None else None
    return [q, replace(q, base=float(q.value) * alt, base_high=high)]


def values_agree(a: Quantity, b: Quantity) -> bool:
    """Same value, or compatible once qualifiers are read as ranges.

    Two bounds of the same direction ("at least 20" / "at least 26", "up to 6,000" /
    "up to 8,000") are claims about the same figure, so their numbers must match.
    Two approximations agree within the larger of their tolerances; figures in two units
    within the rounding of a conversion.
    """
    return any(_agree(x, y) for x in _readings(a) for y in _readings(b))


def _agree(a: Quantity, b: Quantity) -> bool:
    converted = a.unit != b.unit and a.concept != "money" and bool(a.unit and b.unit)
    eps = 1e-9 * max(1.0, abs(a.base), abs(b.base))
    if converted:
        eps += max(_rounding(a), _rounding(b))
    # "less than an hour" / "within 45 minutes": "under one unit", loosely said, is no
    # claim about the precise figure, so it meets an upper bound in a smaller unit inside
    # it ("at least a week" / "at least five days" stay two claims about one minimum)
    loose_upper = converted and (a.one_unit or b.one_unit) and a.qualifier in _UPPER
    same_bound = not loose_upper and (
        (a.qualifier in _LOWER and b.qualifier in _LOWER)
        or (a.qualifier in _UPPER and b.qualifier in _UPPER))
    if a.base_high is None and b.base_high is None and (
        same_bound or (a.tolerance and b.tolerance)
    ):
        tol = max(a.tolerance, b.tolerance)
        return abs(a.base - b.base) <= tol * max(abs(a.base), abs(b.base)) + eps
    lo_a, hi_a = _interval(a)
    lo_b, hi_b = _interval(b)
    return lo_a <= hi_b + eps and lo_b <= hi_a + eps


# "nearly N" is said of a figure a little under N: one up to _NEARLY_SLACK under it (beyond
# the approximation's own tolerance) may be the same figure, so it is no disagreement.
_NEARLY_SLACK = 0.15


def _short_of_nearly(a: Quantity, b: Quantity) -> bool:
    """ "nearly three hours" / "2 h 40 min", "près de 16 heures" / "14 hours": the other
    figure reaches into the stretch just under a "nearly" figure (both may be true)."""
    for near, other in ((a, b), (b, a)):
        if near.nearly and near.base_high is None and near.base > 0:
            lo, hi = _interval(other)
            if hi >= near.base * (1 - _NEARLY_SLACK) and lo <= near.base:
                return True
    return False


def same_currency(a: str | None, b: str | None) -> bool:
    """One currency, or "crowns" (CROWN) against any crown currency (SEK, CZK, …)."""
    if a == b:
        return True
    crowns = lx.crown_currencies()
    return (a == "CROWN" and b in crowns) or (b == "CROWN" and a in crowns)


_RAIN = "l/m2"  # litres per square metre: a rainfall, whose base is in metres of rain


def _same_kind(a: Quantity, b: Quantity) -> bool:
    """One concept; rain in l/m² is one only with rain, in l/m² or in millimetres; things
    counted per litre ("/l") only with things counted, never with milligrams per litre."""
    if _RAIN in (a.unit, b.unit):
        return all(q.unit == _RAIN or (q.concept == "distance" and q.unit == "mm")
                   for q in (a, b))
    return a.concept == b.concept and _counted_per(a) == _counted_per(b)


def _counted_per(q: Quantity) -> bool:
    return q.concept == "concentration" and (q.unit or "").startswith("/")


def _compatible(a: Quantity, b: Quantity, lone_aspect: bool = False,
                as_state: bool = False) -> bool:
    """One concept, role, sub-group and measure; `lone_aspect`: a sub-group named on one
    side only may meet the plain figure (`_lone_aspect`); `as_state`: a group's count
    meets the other side's count of what happened to it (`_group_as_state`)."""
    if is_count(a) or is_count(b):
        return False  # bare counts pair by their noun (_counts_pair)
    if not (as_state or _same_kind(a, b)):
        return False
    if a.role and b.role and a.role != b.role:
        return False
    if a.aspect != b.aspect and not (lone_aspect and None in (a.aspect, b.aspect)):
        return False
    if a.measure and b.measure and a.measure != b.measure:
        return False  # "5.5 km away" / "40 cm thick": two things measured
    return not (a.concept == "money" and not same_currency(a.unit, b.unit))


# Two bare counts in different languages pair on aligned sentences when their nouns share
# no cognate stem ("31 ciągników" / "31 tractors"): the sentences must say the same thing.
_COUNT_CONTEXT = 0.35
# Two counts whose nouns are a thing and a kind of it ("80 pescherecci" / "63 brodova",
# fishing boats / vessels) pair when their sentences share at least this much.
_NESTED_CONTEXT = 0.0
# Two figures of one dimension whose sentences share no more than the dimension itself
# (similarity 0.2 and below) are figures of different things unless they agree.
_DIM_CONTEXT = 0.25
# ... unless their sentences are aligned (one says what the other does) and share this much
_ALIGNED_DIM_CONTEXT = 0.15


def _counts_pair(x: Quantity, y: Quantity, la: str | None, lb: str | None,
                 context: float, senses: tuple[Senses, Senses] = ((), ())) -> bool:
    """Two bare counts count the same thing: the same lemma in one language (never two
    different nouns: schools closed / pupils sent home), a shared glossary sense
    ("brodova" / "barche": boat), a cognate stem or aligned sentences across languages."""
    if not (is_count(x) and is_count(y)) or (x.role and y.role and x.role != y.role):
        return False
    gx, gy = noun_key(x, la), noun_key(y, lb)
    if gx and gy:
        return gx == gy  # both named: the same thing or two things (tractors / trucks)
    if all(senses) and (shares(*senses) or (context >= _NESTED_CONTEXT and nests(*senses))):
        return True
    if la == lb:
        return lemma(x.noun or "", la) == lemma(y.noun or "", lb)
    return cognate_key(x.noun or "", la) == cognate_key(y.noun or "", lb) or (
        context >= _COUNT_CONTEXT)


def _kin_counts(x: Quantity, y: Quantity, sides: _Sides, ij: tuple[int, int]) -> bool:
    """Two counts whose nouns are a thing and a kind of it ("staff" / "workers", "lorries" /
    "trucks", glossary.related: by their first senses when the language files name both,
    so "tractors" meet "trucks" by no rarer reading), when neither report also counts the
    other's thing itself: then the two are different groups of one report
    (`_counted_apart`)."""
    if x.role and y.role and x.role != y.role:
        return False
    sx, sy = sides.senses_a[ij[0]], sides.senses_b[ij[1]]
    named = bool(noun_gloss(x, sides.la) and noun_gloss(y, sides.lb))
    if not (relates(sx, sy, top=1) if named else relates(sx, sy)):
        return False
    return not (_counted_apart(sy, sides.apart_a or sides.senses_a, ij[0])
                or _counted_apart(sx, sides.apart_b or sides.senses_b, ij[1]))


_INCLUDED_REACH = 3  # "…, among them about 60": words between an including word and a count


def _apart(an: Analysis, qs: list[Quantity], senses: list[Senses]) -> list[Senses]:
    """Each count's senses, but () for one an "including" word of its clause opens
    ("250 staff, among them about 60 office workers", "darunter 60"): a part of a group."""
    including = lx.for_language(an.language).including
    out = []
    for q, sx in zip(qs, senses, strict=True):
        lo = max(an.text.rfind(c, 0, q.start) for c in ",;:(—–")
        words = [fold(w) for w in re.findall(r"[^\W\d_]+", an.text[lo + 1:q.start])]
        out.append(() if is_count(q) and lo >= 0 and set(words[:_INCLUDED_REACH]) & including
                   else sx)
    return out


def _counted_apart(other: Senses, own: list[Senses], skip: int) -> bool:
    """Does another count of this report share its first sense with the other report's
    noun ("workers" beside "staff": the report counts the two apart)?"""
    return any(k != skip and senses[:1] and senses[0] in other[:1]
               for k, senses in enumerate(own))


def _as_concepts(qs: list[Quantity], other: list[Quantity],
                 language: str | None) -> tuple[list[Quantity], dict[int, str]]:
    """A report's bare counts whose English name is a concept's English word ("60
    автобусів": buses, a word of vehicles) as figures of that concept, when the other
    report has figures of it and this one none (else the report counts the two apart);
    with the English name a language file gives it (by index): the narrower name of its
    row ("trucks" beside "vehicles"; a glossary sense's name is too loose a guess)."""
    theirs = {q.concept for q in other if not is_count(q)}
    ours = {q.concept for q in qs if not is_count(q)}
    out, names = [], {}
    for i, q in enumerate(qs):
        concept = _english_concept(q, language) if is_count(q) else None
        if is_count(q) and concept not in theirs:
            concept = _nested_concept(q, language, theirs - ours)
        if concept in theirs and concept not in ours:
            if (listed := noun_gloss(q, language)) is not None:
                names[i] = listed
            q = replace(q, concept=concept)
        out.append(q)
    return out, names


def _as_kin(qa: list[Quantity], qb: list[Quantity]) -> tuple[list[Quantity], list[Quantity]]:
    """Figures of two kin concepts ([kin]: "rescuers" / "firefighters") as figures of the
    one the group lists first, when each report names one of the two, a different one:
    one group under two names."""
    for group in langdata.common().get("kin", {}).values():
        kin = group.split()
        ca = {q.concept for q in qa if q.concept in kin}
        cb = {q.concept for q in qb if q.concept in kin}
        if len(ca) == len(cb) == 1 and ca != cb:
            first = min(ca | cb, key=kin.index)
            qa = [replace(q, concept=first) if q.concept in ca else q for q in qa]
            qb = [replace(q, concept=first) if q.concept in cb else q for q in qb]
    return qa, qb


def _nested_concept(q: Quantity, language: str | None, concepts: set[str]) -> str | None:
    """The concept of the other report whose English name's first sense is a kind of the
    count's first one, or it of that ("resenärer", travellers, beside "passengers"): one
    group, named narrower by one report; by the noun's lemma, never a stem guess."""
    mine = count_senses(q, language, stems=False)[:1]
    if not mine:
        return None
    found = [c for c in sorted(concepts) if nests(mine, glossary_senses("en", c)[:1])]
    return found[0] if len(found) == 1 else None


def _english_concept(q: Quantity, language: str | None) -> str | None:
    """The concept the English name of a count's noun is a word of ("buses": vehicles)."""
    if language == "en":
        return None  # an English noun of a concept is that concept already
    name = noun_gloss(q, language) or best_name(count_senses(q, language, stems=False))
    return lx.concept_table("en").get(fold(name)) if name else None


def _restated(prev: Quantity | None, q: Quantity, text: str) -> bool:
    """ "about 15 miles (25 km)", "394 feet (120 m)": a figure restated in another unit
    in brackets right after it is the same figure; the first one stands for both."""
    return (prev is not None and q.concept == prev.concept and q.concept in DIMENSIONS
            and q.concept != "money" and q.unit != prev.unit and bool(q.unit and prev.unit)
            and text[prev.end:q.start].strip() == "(" and values_agree(prev, q))


def _dedupe(qs: tuple[Quantity, ...], language: str | None, text: str = "") -> list[Quantity]:
    seen: set[tuple[Any, ...]] = set()
    out = []
    prev: Quantity | None = None
    for q in qs:
        if q.concept == "other" and not is_count(q):
            continue
        restated, prev = _restated(prev, q, text), q
        if restated:
            continue
        noun = lemma(q.noun or "", language) if is_count(q) else None
        key = (q.concept, noun, q.role, q.aspect, q.unit if q.concept == "money" else None,
               round(q.base, 6))
        if key in seen:
            continue
        seen.add(key)
        out.append(q)
    return out


def _context(sim: list[list[float]], i: int, j: int) -> float:
    """Similarity of sentence i of A and j of B (0 past the aligned sentences)."""
    return sim[i][j] if i < len(sim) and j < len(sim[i]) else 0.0


Scopes = tuple[list[tuple[int, str]], list[tuple[int, str]]]


@dataclass(frozen=True, slots=True)
class _Sides:
    """What scoring a candidate pair of figures needs of the two reports."""

    la: str | None
    lb: str | None
    sim: list[list[float]]
    aligned: set[tuple[int, int]]
    ambiguous: set[str]  # concepts with more than two figures: which is which needs context
    scopes_a: list[Scope]  # the places each figure is of (scopes.py), by index
    scopes_b: list[Scope]
    senses_a: list[Senses]  # a bare count's glossary senses (glossary.py), by index
    senses_b: list[Senses]
    stated_a: tuple[dict[int, set[float]], dict[int, set[float]]]  # `_stated`, of A
    stated_b: tuple[dict[int, set[float]], dict[int, set[float]]]
    forms_a: frozenset[tuple[str, str | None]]  # (concept, aspect) of every figure of A
    forms_b: frozenset[tuple[str, str | None]]
    # every figure of A (before deduping), by sentence
    figures_a: dict[int, list[Quantity]] = field(default_factory=dict)
    figures_b: dict[int, list[Quantity]] = field(default_factory=dict)
    partners_a: dict[int, list[int]] = field(default_factory=dict)  # B sentences aligned
    partners_b: dict[int, list[int]] = field(default_factory=dict)  # with each of A's
    added_a: tuple[Quantity, ...] = ()  # A's increments ("another 20"), in text order
    added_b: tuple[Quantity, ...] = ()
    # `senses_a` / `senses_b` but () for a count included in the one before it ("250 staff,
    # among them 60 office workers"): a part of that group, not a group counted apart
    apart_a: list[Senses] = field(default_factory=list)
    apart_b: list[Senses] = field(default_factory=list)
    # how many counts of each noun (`_noun_kind`) each side states, once a report uses
    # one language for both (else empty)
    kinds_a: Counter[str] = field(default_factory=Counter)
    kinds_b: Counter[str] = field(default_factory=Counter)


def _lone_aspect(x: Quantity, y: Quantity, sides: _Sides, aligned: bool) -> bool:
    """ "12 bambini ricoverati" / "i ricoverati sono nove": in aligned sentences, a figure
    of a sub-group meets the plain figure when its report states no plain figure of that
    concept and the other report no figure of that sub-group (the only two candidates)."""
    if not aligned or x.aspect == y.aspect:
        return False
    if x.aspect and not y.aspect:
        return ((x.concept, None) not in sides.forms_a
                and (y.concept, x.aspect) not in sides.forms_b)
    if y.aspect and not x.aspect:
        return ((y.concept, None) not in sides.forms_b
                and (x.concept, y.aspect) not in sides.forms_a)
    return False


_DIGITS_RE = re.compile(r"\d+")


def _values(qs: list[Quantity], an: Analysis | None = None) -> dict[int, set[float]]:
    """The values of each sentence's figures (and, with `an`, every digit run of those
    sentences: "18'i", a number no figure was read from)."""
    out: dict[int, set[float]] = {}
    for q in qs:
        out.setdefault(q.sentence, set()).add(q.base)
    if an is not None:
        for i, values in out.items():
            if i < len(an.sentences):
                s = an.sentences[i]
                values.update(float(m.group()) for m in _DIGITS_RE.finditer(an.text, s.start,
                                                                               s.end))
    return out


def _stated(an: Analysis, qs: list[Quantity], other: list[Quantity],
            aligned: set[tuple[int, int]],
            mine: int) -> tuple[dict[int, set[float]], dict[int, set[float]]]:
    """The values one side states in each of its sentences, and those the other side states
    in the sentences aligned with it (`mine`: this side's place in the pairs of `aligned`)."""
    theirs = _values(other)
    across: dict[int, set[float]] = {}
    for pair in aligned:
        if pair[1 - mine] in theirs:
            across.setdefault(pair[mine], set()).update(theirs[pair[1 - mine]])
    return _values(qs, an), across


def _beside(x: Quantity, y: Quantity, sides: _Sides) -> bool:
    """Has each figure its own counterpart: the two sentences state both values ("31 seats,
    18 of them" / "18 of the 31 seats"), or each value is stated in the other report's
    sentence aligned with its own? Then x and y are not one fact."""
    (own_a, across_a), (own_b, across_b) = sides.stated_a, sides.stated_b
    return ((x.base in own_b.get(y.sentence, ()) and y.base in own_a.get(x.sentence, ()))
            or (x.base in across_a.get(x.sentence, ())
                and y.base in across_b.get(y.sentence, ())))


_UNNAMED = _GENERIC - {"other"}  # counts of "people", "victims": of any group of people


def _may_count_one_thing(q: Quantity, z: Quantity, lq: str | None, lz: str | None) -> bool:
    """Could z be a figure of what q counts or measures? Measures of one dimension; counts
    of one concept, of two nouns the glossary does not tell apart, or one of them unnamed
    ("une vingtaine", "people"). "3 ambulances" is never a figure of "3 injured"."""
    if q.concept in DIMENSIONS or z.concept in DIMENSIONS:
        return q.concept == z.concept
    if q.unit is not None or z.unit is not None:
        return False
    if _UNNAMED & {q.concept, z.concept} or any(f.concept == "other" and not f.noun
                                                 for f in (q, z)):
        return True
    if q.concept != "other" or z.concept != "other":
        return q.concept == z.concept or _echoes(q.concept, z.concept)
    gq, gz = noun_key(q, lq), noun_key(z, lz)
    return not (gq and gz and gq != gz)


def _echoes(c: str, d: str) -> bool:
    """Two concepts of one [echoes] group: "nine planes" / "nine flights" diverted."""
    return any(c in group and d in group for group in _echo_groups())


@lru_cache(maxsize=1)
def _echo_groups() -> tuple[frozenset[str], ...]:
    return tuple(frozenset(g.split()) for g in langdata.common().get("echoes", {}).values())


# A sentence of the other report that shares this much with a figure's own says the same
# thing, aligned or not (the monotone alignment leaves out a sentence told in another order)
_ECHO_CONTEXT = 0.4


def _echoed(q: Quantity, mine: int, sides: _Sides) -> bool:
    """Does the other report state q's value, as a figure of its kind, in a sentence aligned
    with q's own or sharing `_ECHO_CONTEXT` with it? (`mine`: q's side, 0 for A.)"""
    theirs = sides.figures_b if mine == 0 else sides.figures_a
    partners = sides.partners_a if mine == 0 else sides.partners_b
    lq, lz = (sides.la, sides.lb) if mine == 0 else (sides.lb, sides.la)
    near = [k for k in theirs if _context(sides.sim, *((q.sentence, k) if mine == 0
                                                     else (k, q.sentence))) >= _ECHO_CONTEXT]
    return any(z.base == q.base and _may_count_one_thing(q, z, lq, lz)
               for k in {*partners.get(q.sentence, ()), *near} for z in theirs.get(k, ()))


def _added(qs: list[Quantity], scopes: list[Scope]) -> tuple[Quantity, ...]:
    return tuple(q for q, scope in zip(qs, scopes, strict=True) if scope.increment)


def _running_total(x: Quantity, y: Quantity, sides: _Sides) -> bool:
    """ "50 evacuated ... by evening another 20" / "70 evacuated": a figure its own report
    adds to later is a total so far; when it and the increments after it (of its kind)
    sum to the other figure, the two are not one fact."""
    for q, other, added in ((x, y, sides.added_a), (y, x, sides.added_b)):
        total = q.base
        for z in added:
            if adds_to(z, q):
                total += z.base
                if values_agree(replace(q, base=total, base_high=None), other):
                    return True
    return False


def _answered_elsewhere(x: Quantity, y: Quantity, sides: _Sides) -> bool:
    """ "two wolves were caught" / "three wolves escaped", "8 injured at first; the toll
    later rose to 13" / "13 injured": the other report states one of the two values, as a
    figure of its kind, in a sentence aligned with that figure's own (the other figure's
    own too). That figure's counterpart is there, so the two values are not one fact."""
    return _echoed(x, 0, sides) or _echoed(y, 1, sides)


# A count of "people" and a named count of people ("60 lidí" / "60 Feuerwehrleute") are
# one fact only when they agree and their sentences share something.
_PEOPLE_CONTEXT = 0.15


def _of_people(q: Quantity, language: str | None) -> bool:
    """Is a bare count's noun, by its first glossary sense, a word of people ("hikers",
    "swimmers", "Urlauber")?"""
    first = count_senses(q, language, stems=False)[:1]
    return bool(first) and first[0] in PERSON_SENSES


def _people_named(x: Quantity, y: Quantity, context: float, sides: _Sides) -> bool:
    """One side names what the other calls "people" (a concept or a listed noun of people):
    paired (scored below a same-concept pair) when the two state the same number in
    aligned sentences."""
    if x.concept == "people":
        named, language = y, sides.lb
    elif y.concept == "people":
        named, language = x, sides.la
    else:
        return False
    if is_count(named):
        if not _people_count(named, language):
            return False
    elif named.concept not in lx._class("person_groups"):
        return False
    return (context >= _PEOPLE_CONTEXT and x.base == y.base and x.aspect == y.aspect
            and not (x.role and y.role and x.role != y.role) and x.unit == y.unit is None)


# Two counts named by different words ("120 residents" / "120 de locuitori", "lorries" /
# "vehicles") are one fact when they state the very same value in aligned sentences that
# share this much: only ever an agreement, so a near-synonym never makes a conflict.
_TWIN_CONTEXT = 0.2


def _twin_counts(x: Quantity, y: Quantity, aligned: bool, context: float,
                 senses: tuple[object, object]) -> bool:
    """Equal counts in aligned sentences, when one side's noun is unknown to the glossary
    (two known nouns of different senses, "140 ovcí" / "140 Kühe", are different things)."""
    return (aligned and context >= _TWIN_CONTEXT and x.base == y.base
            and not all(senses)
            and not (x.role and y.role and x.role != y.role) and x.whole == y.whole)


def _concept_twin(x: Quantity, y: Quantity, aligned: bool, context: float,
                  sides: _Sides) -> bool:
    """ "35 darbinieki evakuēti" read as 35 evacuated / "35 staff were evacuated" as a count
    of staff, "osem posádok" (crew) / "eight ambulance crews": a figure of a concept and a
    bare count of the other report, of the same value in aligned sentences, are one fact
    named by its group on one side and by what befell it (or another word) on the other;
    people only with people (sentences sharing `_PEOPLE_CONTEXT`), things with things
    (`_TWIN_CONTEXT`): "9 passenger trains" are no passengers. Only ever an agreement."""
    named, count, language = (y, x, sides.la) if is_count(x) else (x, y, sides.lb)
    if not (aligned and x.base == y.base and _countlike(named)
            and named.concept not in _GENERIC and x.whole == y.whole
            and not (x.role and y.role and x.role != y.role)):
        return False
    people = named.concept in lx._class("person_groups")
    if people != _people_count(count, language):
        return False
    return context >= (_PEOPLE_CONTEXT if people else _TWIN_CONTEXT)


def _people_count(q: Quantity, language: str | None) -> bool:
    """Does a bare count count people: a listed noun of people, or one by its glossary
    sense?"""
    name = noun_gloss(q, language) or (fold(q.noun or "") if language == "en" else None)
    return name in lx._class("person_nouns") or _of_people(q, language)


def _people_and_thing(x: Quantity, y: Quantity, sides: _Sides,
                      senses: tuple[Senses, Senses]) -> bool:
    """ "4 lavinoví technici" / "4 služobné psy": one count is of people and the other's
    noun is, by its first glossary sense, something else: two things, whatever they
    number."""
    px, py = _people_count(x, sides.la), _people_count(y, sides.lb)
    return (px and bool(senses[1]) and senses[1][0] not in PERSON_SENSES and not py) or (
        py and bool(senses[0]) and senses[0][0] not in PERSON_SENSES and not px)


def _group_as_state(x: Quantity, y: Quantity, sides: _Sides) -> bool:
    """ "Three crew members were taken to hospital" / "deux techniciens ont été
    hospitalisés": a group's count with a state (`Quantity.state`) meets a count of that
    state when the other report counts no such group; when it does, groups pair."""
    if x.state is not None and x.state == y.concept and y.state is None:
        return not any(c == x.concept for c, _ in sides.forms_b)
    if y.state is not None and y.state == x.concept and x.state is None:
        return not any(c == y.concept for c, _ in sides.forms_a)
    return False


# Two figures of "people" in sentences the alignment does not pair ("900 commute daily" /
# "1,400 were left out of the count") are two groups unless they differ by at most this
# share of the larger: one group's count, told in another place of the story.
_PEOPLE_CLOSE = 0.2


def _close(x: Quantity, y: Quantity, share: float) -> bool:
    big = max(abs(x.base), abs(y.base))
    return abs(x.base - y.base) <= share * big


def _sole_values(x: Quantity, y: Quantity, sides: _Sides) -> bool:
    """Does each report state its figure's value in no other figure ("5600 people" once in
    each, told in sentences the alignment keeps apart)?"""
    return (sum(q.base == x.base for qs in sides.figures_a.values() for q in qs) == 1
            and sum(q.base == y.base for qs in sides.figures_b.values() for q in qs) == 1)


def _noun_kind(q: Quantity, language: str | None) -> str | None:
    """What a bare count counts, in its own language: its glossary key, else its lemma."""
    if not is_count(q) or not q.noun:
        return None
    return noun_key(q, language) or lemma(q.noun, language)


def _kinds(qs: list[Quantity], language: str | None) -> Counter[str]:
    return Counter(k for q in qs if (k := _noun_kind(q, language)) is not None)


def _only_of_their_noun(x: Quantity, y: Quantity, sides: _Sides) -> bool:
    """Two reports in one language count one noun once each ("3000 bathers left the
    water" / "over 5000 bathers were evacuated"): the two counts are one fact wherever
    each report tells it, aligned or not."""
    kind = _noun_kind(x, sides.la)
    return (kind is not None and kind == _noun_kind(y, sides.lb)
            and sides.kinds_a[kind] == 1 and sides.kinds_b[kind] == 1)


# "two lightly hurt" / "three hurt": the lightly hurt are the hurt of a report that grades
# no other figure when they are at least this close (seven lightly hurt are a part of 12)
_GRADE_CLOSE = 1.5


def _near_grade(x: Quantity, y: Quantity) -> bool:
    lo, hi = sorted((abs(x.base), abs(y.base)))
    return hi <= _GRADE_CLOSE * lo


def _pair_score(x: Quantity, y: Quantity, sides: _Sides, ij: tuple[int, int]) -> float | None:
    """How likely figure i of A and figure j of B are one fact, or None when they cannot be."""
    counted = is_count(x)
    context = _context(sides.sim, x.sentence, y.sentence)
    if _people_named(x, y, context, sides):
        return 0.5 * context + 0.2 * ((x.sentence, y.sentence) in sides.aligned)
    aligned = (x.sentence, y.sentence) in sides.aligned
    if counted != is_count(y):
        # below a pair of one kind in sentences that share as much
        return 0.5 * context + 0.1 if _concept_twin(x, y, aligned, context, sides) else None
    lone = _lone_aspect(x, y, sides, aligned)
    if not counted and not _compatible(x, y, lone, _group_as_state(x, y, sides)):
        return None
    senses = (sides.senses_a[ij[0]], sides.senses_b[ij[1]])
    if counted and not _counts_pair(x, y, sides.la, sides.lb, context, senses) and not (
            _twin_counts(x, y, aligned, context, senses) or _kin_counts(x, y, sides, ij)):
        return None
    if counted and not (shares(*senses) or nests(*senses)) and _people_and_thing(
            x, y, sides, senses) and not _kin_counts(x, y, sides, ij):
        return None  # paired by their sentences alone: never people with things
    agree = values_agree(x, y)
    if counted and x.state != y.state and not agree:
        return None  # "7 dead storks" / "20 storks": what befell some, and all of them
    if x.concept in _GENERIC and not counted and (
            (context < 0.2 and not (agree and (aligned or _sole_values(x, y, sides))))
            or not (aligned or agree or _close(x, y, _PEOPLE_CLOSE))):
        return None  # "people" of unrelated sentences; in aligned ones, when they agree;
        # of sentences the alignment does not pair, only close figures: any two groups
    loose = x.concept in DIMENSIONS or (counted and sides.la == sides.lb)
    measured = bool(x.measure and x.measure == y.measure)
    if (x.one_unit or y.one_unit) and (not agree or far_apart(x, y)):
        return None  # "for a month": one unit, said loosely; never a disagreement, and
        # never the bound that "58 minutes" meets only because it is above "a minute"
    if not agree and (far_apart(x, y) or _beside(x, y, sides) or x.whole != y.whole
                      or _answered_elsewhere(x, y, sides) or _short_of_nearly(x, y)
                      or _running_total(x, y, sides)
                      or different(sides.scopes_a[ij[0]], sides.scopes_b[ij[1]],
                                   _near_grade(x, y))):
        return None  # a part and a whole ("7 of 11"), or of two places or times (scopes.py)
    if (context < _DIM_CONTEXT and loose and x.concept in sides.ambiguous
            and not agree and not measured
            and not (aligned and context >= _ALIGNED_DIM_CONTEXT and x.concept in DIMENSIONS)
            and not (counted and _only_of_their_noun(x, y, sides))):
        return None  # two distances (or sums, counts) of unrelated sentences: not one thing
    big = max(abs(x.base), abs(y.base)) or 1.0
    closeness = 1.0 - min(1.0, abs(x.base - y.base) / big)
    return (0.5 * context + 0.2 * aligned
            + 0.2 * closeness + 0.1 * (x.base == y.base)  # "300 hiš" takes "300 kuća"
            + 0.1 * bool(x.role and x.role == y.role)
            - 0.3 * (x.partitive != y.partitive) + 0.3 * measured - 0.2 * lone
            + 0.1 * (agree and x.concept in DIMENSIONS))


# Figures of a dimension left on both sides after pairing ("40 nóiméad" / "25 minutes",
# "44 tonnin" / "40-tonne", in sentences that barely align) are one fact when they are
# close and either *anchored* — a figure next to one (in text order) is paired with a
# figure next to the other, so both sit at the same place of the two stories — or the last
# of their dimension on each side, in sentences that share something. Money, temperatures
# and percentages (a report states many, of many things) pair only when they are the last
# of their dimension on each side, anchored, and closer.
_LEFTOVER_RATIO = 2.0
_LEFTOVER_CLOSE = 1.5
_LEFTOVER_CONTEXT = 0.1
_LEFTOVER_DIMENSIONS = DIMENSIONS - {"money", "temperature", "percent"}


def _anchored(i: int, j: int, partner: dict[int, int]) -> bool:
    """Is a neighbour of figure i of A paired with a neighbour of figure j of B?"""
    return any(partner.get(k) in (j - 1, j + 1) for k in (i - 1, i + 1))


def _leftover_ok(ij: tuple[int, int], x: Quantity, y: Quantity, anchored: bool,
                 single: bool, sides: _Sides) -> bool:
    if x.concept != y.concept or not _compatible(x, y) or (x.base < 0) != (y.base < 0):
        return False
    if (x.one_unit or y.one_unit or _short_of_nearly(x, y)) and not values_agree(x, y):
        return False
    if different(sides.scopes_a[ij[0]], sides.scopes_b[ij[1]]):
        return False  # figures of two places (scopes.py)
    lo, hi = sorted((abs(x.base), abs(y.base)))
    if x.concept not in _LEFTOVER_DIMENSIONS:  # the last of each side, anchored, close
        return single and anchored and x.unit == y.unit and hi <= _LEFTOVER_CLOSE * lo
    if hi > _LEFTOVER_RATIO * lo:
        return False
    return anchored or (single and _context(sides.sim, x.sentence, y.sentence)
                        >= _LEFTOVER_CONTEXT)


def _near(q: Quantity, z: Quantity) -> bool:
    lo, hi = sorted((abs(q.base), abs(z.base)))
    return hi <= _LEFTOVER_RATIO * lo


def _single(x: Quantity, y: Quantity, rest: tuple[list[Quantity], list[Quantity]],
            sides: _Sides) -> bool:
    """Are x and y the last figures of their dimension left on each side, or, for the
    dimensions measured at many scales ("50 km" west of a town, "300 m" pushed), each the
    only one left within `_LEFTOVER_RATIO` of the other, stated alike ("about 300 m" /
    "about 350 m") or in aligned sentences (a threshold, "above 4,500 m", is no figure
    of the thing another sentence measures)?"""
    same_a = [q for q in rest[0] if q.concept == x.concept]
    same_b = [z for z in rest[1] if z.concept == x.concept]
    if len(same_a) == 1 and len(same_b) == 1:
        return True
    alike = x.qualifier == y.qualifier or (x.sentence, y.sentence) in sides.aligned
    return (x.concept in _LEFTOVER_DIMENSIONS and alike
            and sum(_near(q, y) for q in same_a) == 1 and sum(_near(z, x) for z in same_b) == 1)


def _leftovers(qa: list[Quantity], qb: list[Quantity], pairs: list[tuple[int, int]],
               sides: _Sides) -> list[tuple[int, int]]:
    partner = dict(pairs)
    used_b = set(partner.values())
    rest = ([x for i, x in enumerate(qa) if i not in partner],
            [y for j, y in enumerate(qb) if j not in used_b])
    found: dict[int, list[int]] = {}
    for i, x in enumerate(qa):
        if i in partner or x.concept not in DIMENSIONS:
            continue
        found[i] = [j for j, y in enumerate(qb) if j not in used_b and _leftover_ok(
            (i, j), x, y, _anchored(i, j, partner), _single(x, y, rest, sides), sides)]
    taken = Counter(j for js in found.values() for j in js)
    return [(i, js[0]) for i, js in found.items() if len(js) == 1 and taken[js[0]] == 1]


# A count whose noun the glossary does not know ("3000 dolgozik": a verb read as the noun,
# "77 persuna") is paired by its place alone, after all other pairing: in aligned sentences
# that share at least _LONE_CONTEXT, with a named figure of the other side, when each is the
# only unpaired figure of things of their aligned sentences and nothing else sets them
# apart (`_lone_ok`). Two differing values (a conflict) need sentences sharing
# _TWIN_CONTEXT, or another value stated in both.
_LONE_CONTEXT = 0.15


def _unnamed(q: Quantity, language: str | None) -> bool:
    """A bare count whose noun has no English name: not English, not listed, no glossary
    sense of the word as written (a guess from its stem does not name it)."""
    return (is_count(q) and language != "en" and noun_gloss(q, language) is None
            and not count_senses(q, language, stems=False))


def _countlike(q: Quantity) -> bool:
    """A figure of things or people (a count or a concept of them), not a measure."""
    return q.unit is None and q.concept not in DIMENSIONS


def _group(figures: dict[int, list[Quantity]], sentences: Iterable[int],
           but: Quantity) -> list[Quantity]:
    """The figures of things in these sentences, but `but`."""
    return [q for k in sentences for q in figures.get(k, ())
            if _countlike(q) and q.start != but.start]


def _alone(q: Quantity, mine: list[Quantity], theirs: list[Quantity], paired: set[int]) -> bool:
    """Is q the only unpaired figure of things of its aligned sentences (`mine`, q left
    out), but those whose value the other report's sentences state (their counterpart),
    and does the other report state q's value in no other figure?"""
    values = {z.base for z in theirs}
    return q.base not in values and not any(z.start not in paired and z.base not in values
                                            for z in mine)


def _lone_ok(x: Quantity, y: Quantity, ij: tuple[int, int], sides: _Sides) -> bool:
    """May x and y, one of them a count of an unnamed noun, be one fact?"""
    if not (_countlike(x) and _countlike(y)) or (x.role and y.role and x.role != y.role):
        return False
    if x.whole != y.whole or x.partitive != y.partitive or far_apart(x, y):
        return False
    lo, hi = sorted((x.base, y.base))
    if lo <= 0 or hi > _LEFTOVER_RATIO * lo:
        return False
    if not values_agree(x, y) and (_beside(x, y, sides) or _answered_elsewhere(x, y, sides)
                                   or _short_of_nearly(x, y) or _marked(x) or _marked(y)):
        return False
    return not different(sides.scopes_a[ij[0]], sides.scopes_b[ij[1]])


def _marked(q: Quantity) -> bool:
    """A figure of a sub-group or of what befell a group ("12 children", "three crew taken
    to hospital"): an unnamed count may be the whole group, so it meets it only agreeing."""
    return bool(q.aspect or q.state)


def _lone_pair(x: Quantity, y: Quantity, ij: tuple[int, int], sides: _Sides,
               done: tuple[set[int], set[int]]) -> bool:
    """Are x and y (aligned, one of them unnamed) each the only unpaired figure of things
    of their aligned sentences, in sentences that share enough?"""
    context = _context(sides.sim, x.sentence, y.sentence)
    ga = _group(sides.figures_a, sides.partners_b.get(y.sentence, ()), x)
    gb = _group(sides.figures_b, sides.partners_a.get(x.sentence, ()), y)
    echoed = bool({q.base for q in ga} & {q.base for q in gb})
    if context < _LONE_CONTEXT or (x.base != y.base and context < _TWIN_CONTEXT
                                   and not echoed):
        return False
    return (_alone(x, ga, gb, done[0]) and _alone(y, gb, ga, done[1])
            and _lone_ok(x, y, ij, sides))


def _lone_counts(qa: list[Quantity], qb: list[Quantity], pairs: list[tuple[int, int]],
                 sides: _Sides) -> list[tuple[int, int]]:
    """Pairs of figures left after pairing, in aligned sentences, one a count of an
    unnamed noun and the other named (`_unnamed`), each alone (`_lone_pair`)."""
    done = ({qa[i].start for i, _ in pairs}, {qb[j].start for _, j in pairs})
    unnamed_b = [_unnamed(y, sides.lb) for y in qb]
    out = []
    for i, x in enumerate(qa):
        unnamed = _unnamed(x, sides.la)
        for j, y in enumerate(qb):
            if (x.start not in done[0] and y.start not in done[1] and unnamed != unnamed_b[j]
                    and (x.sentence, y.sentence) in sides.aligned
                    and _lone_pair(x, y, (i, j), sides, done)):
                out.append((i, j))
                done[0].add(x.start)
                done[1].add(y.start)
    return out


def _lone_label(x: Quantity, y: Quantity, la: str | None, lb: str | None) -> str:
    """The row of a lone pair is named by the figure whose noun is known."""
    named, language = (y, lb) if _unnamed(x, la) else (x, la)
    return count_label(named, language) if is_count(named) else named.concept


def _may_pair(x: Quantity, qb: list[Quantity]) -> Iterable[int]:
    """The figures of B that `_pair_score` may score with x (it returns None for the rest):
    one concept (a count has concept "other"), a count of "people" on either side, a
    group's count and a count of what happened to it, or rain in l/m² (which pairs with
    millimetres)."""
    if x.concept == "people" or x.unit == _RAIN:
        return range(len(qb))
    counted = is_count(x)
    return [j for j, y in enumerate(qb)
            if y.concept == x.concept or y.concept == "people" or y.unit == _RAIN
            or (x.state is not None and y.concept == x.state) or y.state == x.concept
            or (y.base == x.base and is_count(y) != counted)]  # `_concept_twin`


def _by_sentence(qs: Iterable[Quantity]) -> dict[int, list[Quantity]]:
    out: dict[int, list[Quantity]] = {}
    for q in qs:
        out.setdefault(q.sentence, []).append(q)
    return out


def _partners(aligned: set[tuple[int, int]]) -> tuple[dict[int, list[int]],
                                                     dict[int, list[int]]]:
    """The sentences of B aligned with each sentence of A, and of A with each of B."""
    of_a: dict[int, list[int]] = {}
    of_b: dict[int, list[int]] = {}
    for i, j in sorted(aligned):
        of_a.setdefault(i, []).append(j)
        of_b.setdefault(j, []).append(i)
    return of_a, of_b


def _pair_quantities(a: Analysis, b: Analysis, sim: list[list[float]],
                     aligned: set[tuple[int, int]], scopes: Scopes) -> list[FactPair]:
    qa = _dedupe(a.quantities, a.language, a.text)[:MAX_COMPARED_FACTS]
    qb = _dedupe(b.quantities, b.language, b.text)[:MAX_COMPARED_FACTS]
    (qa, named_a), (qb, named_b) = (_as_concepts(qa, qb, a.language),
                                    _as_concepts(qb, qa, b.language))
    qa, qb = _as_kin(qa, qb)
    seen = Counter(q.concept for q in qa) + Counter(q.concept for q in qb)
    now = current_years(a, b)
    scopes_a, scopes_b = figure_scopes(a, scopes[0], qa, now), figure_scopes(b, scopes[1], qb, now)
    sides = _Sides(a.language, b.language, sim, aligned,
                   {c for c, n in seen.items() if n > 2}, scopes_a, scopes_b,
                   [count_senses(x, a.language) if is_count(x) else () for x in qa],
                   [count_senses(y, b.language) if is_count(y) else () for y in qb],
                   _stated(a, qa, qb, aligned, 0), _stated(b, qb, qa, aligned, 1),
                   frozenset((q.concept, q.aspect) for q in qa),
                   frozenset((q.concept, q.aspect) for q in qb),
                   _by_sentence(a.quantities), _by_sentence(b.quantities),
                   *_partners(aligned), _added(qa, scopes_a), _added(qb, scopes_b))
    one_language = a.language == b.language
    sides = replace(sides, apart_a=_apart(a, qa, sides.senses_a),
                    apart_b=_apart(b, qb, sides.senses_b),
                    kinds_a=_kinds(qa, a.language) if one_language else Counter(),
                    kinds_b=_kinds(qb, b.language) if one_language else Counter())
    candidates: list[tuple[float, int, int]] = []
    for i, x in enumerate(qa):
        for j in _may_pair(x, qb):
            score = _pair_score(x, qb[j], sides, (i, j))
            if score is not None:
                candidates.append((score, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, i, j in candidates:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((i, j))
    for i, j in _leftovers(qa, qb, pairs, sides):
        used_a.add(i)
        used_b.add(j)
        pairs.append((i, j))
    lone = _lone_counts(qa, qb, pairs, sides)
    for i, j in lone:
        used_a.add(i)
        used_b.add(j)
        pairs.append((i, j))
    sa, sb = sides.senses_a, sides.senses_b
    lone_set = set(lone)
    out = [FactPair("quantity", AGREE if values_agree(qa[i], qb[j]) else CONFLICT,
                    (_lone_label(qa[i], qb[j], a.language, b.language) if (i, j) in lone_set
                     else named_a.get(i) or named_b.get(j)
                     or _label(qa[i], qb[j], a.language, b.language, (sa[i], sb[j]))),
                    qa[i], qb[j])
           for i, j in pairs]
    out.extend(FactPair("quantity", ONLY_A, named_a.get(i)
                        or _label(x, None, a.language, None, (sa[i], ())), x, None)
               for i, x in enumerate(qa) if i not in used_a)
    out.extend(FactPair("quantity", ONLY_B, named_b.get(j)
                        or _label(y, None, b.language, None, (sb[j], ())), None, y)
               for j, y in enumerate(qb) if j not in used_b)
    return out


def _label(x: Quantity, y: Quantity | None, la: str | None, lb: str | None,
           senses: tuple[Senses, Senses] = ((), ())) -> str:
    """The concept shown: a bare count is named by its noun's English name (the English
    side's noun when one side is English, so "tractor" rather than "ciagnik"; else a
    listed name; else the English name of a glossary sense both nouns share)."""
    sx, sy = senses
    if (group := _subgroup(x, y)) is not None:
        return group
    if y is not None and y.state is not None and y.state == x.concept:
        return x.concept  # a group's count met as what happened to it (_group_as_state)
    if y is not None and x.state is not None and x.state == y.concept:
        return y.concept
    if y is not None and is_count(x) != is_count(y) and (
            named := y if is_count(x) else x).concept not in _GENERIC:
        return named.concept  # a concept's figure and a count (`_concept_twin`)
    if x.concept == "people" and y is not None:
        return count_label(y, lb, sy) if is_count(y) else y.concept  # the side that names it
    if not is_count(x):
        return x.concept
    if y is not None and y.concept == "people":
        return count_label(x, la, sx)
    if y is not None and lb == "en" and la != "en":
        return count_label(y, lb)
    if y is not None and la != "en" and noun_gloss(x, la) is None:
        if noun_gloss(y, lb):
            return count_label(y, lb)
        both = shared(sx, sy) or nested(sx, sy)
        if both:
            return best_name(both) or count_label(x, la, sx)
        if is_count(y):  # paired by alignment alone
            return _surer_name(x, y, la, lb, senses)
    return count_label(x, la, sx)


def _subgroup(x: Quantity, y: Quantity | None) -> str | None:
    """The sub-group a row counts ("children"), when each of its figures names it: "four
    children among the injured" / "4 injured children" count children. A figure naming it
    beside one that does not is the sub-group of a state the row is about (hospitalised)."""
    if x.aspect is None or (y is not None and y.aspect != x.aspect):
        return None
    return x.aspect


def _surer_name(x: Quantity, y: Quantity, la: str | None, lb: str | None,
                senses: tuple[Senses, Senses]) -> str:
    """Of two paired foreign counts sharing no sense, the name of the noun known the more
    surely (`named_by`: by its lemma rather than its compound's head, by that rather than
    a stem guess: "serverit" / "palvelimet"); of two known by their lemmas, that of the
    more common thing ("pipas", kites / "fûts", barrels)."""
    (kx, nx, fx), (ky, ny, fy) = named_by(x, la, senses[0]), named_by(y, lb, senses[1])
    if ky > kx or (ky == kx == 3 and prefer_second(fx, fy)):
        return ny
    return nx


# ------------------------------------------------------------------ entities


def _pair_entities(a: Analysis, b: Analysis) -> tuple[list[FactPair], dict[str, str]]:
    """Entity rows, and an alias map from B's entity ids to A's for matched pairs (the
    stages are tui.analysis.name_match's)."""
    ta = TextSide.of(a.text, a.tokens, a.language, a.sentences)
    tb = TextSide.of(b.text, b.tokens, b.language, b.sentences)
    ents_a, ents_b = lowercase_tails(list(a.entities[:MAX_COMPARED_FACTS]),
                                     list(b.entities[:MAX_COMPARED_FACTS]), ta, tb)
    pairing = EntityPairing(ents_a, ents_b, a.language, b.language).run()
    rows = word_cores(written_rows(pairing.pairs, ta, tb), a.language, b.language)
    rows = run_on_rows(institution_phrases(rows, ta, tb), ta, tb)
    pairs = headed_rows(rows, ta, tb, (ents_a, ents_b)) + \
        acronym_rows(pairing, ta, tb) + institution_rows(pairing, ta, tb) + \
        glossed_rows(pairing, ta, tb)
    out = [FactPair("entity", AGREE, _row_label(x, y), x, y) for x, y in pairs]
    out.extend(FactPair("entity", ONLY_A, x.type, x, None)
               for i, x in enumerate(ents_a) if i not in pairing.used_a and not x.weak)
    out.extend(FactPair("entity", ONLY_B, y.type, None, y)
               for j, y in enumerate(ents_b) if j not in pairing.used_b and not y.weak)
    return out, pairing.alias


def _row_label(x: Entity, y: Entity) -> str:
    """The type shown for a pair: a known entity's; else A's for one spelling key, B's
    otherwise, unless that is a person only by default (no title, no cue) and the other
    side is typed otherwise ("Νάξου" against "de Naxos": a place)."""
    if not x.id.startswith("ph:"):
        return x.type
    first, other = (x, y) if x.id == y.id else (y, x)
    if first.type == "person" and other.type != "person" and not any(
            m.title or m.cue == "person" for m in first.mentions):
        return other.type
    return first.type


BOTH_MENTION, DIFFER = "both_mention", "differ"


def _relations(entity_pairs: list[FactPair], quantity_pairs: list[FactPair]) -> list[FactPair]:
    """Entity rows of both sides say whether the facts about the entity agree: both reports
    naming Poland says nothing about whether they say the same of it."""
    compared = [(p.a.sentence, p.b.sentence, p.status) for p in quantity_pairs
                if p.status in (AGREE, CONFLICT) and isinstance(p.a, Quantity)
                and isinstance(p.b, Quantity)]
    out = []
    for p in entity_pairs:
        if not (isinstance(p.a, Entity) and isinstance(p.b, Entity)):
            out.append(p)
            continue
        sa, sb = set(p.a.sentences), set(p.b.sentences)
        found = {status for i, j, status in compared if i in sa and j in sb}
        relation = DIFFER if CONFLICT in found else (AGREE if AGREE in found else BOTH_MENTION)
        out.append(replace(p, relation=relation))
    return out


# --------------------------------------------------------------------- dates


def _pair_dates(a: Analysis, b: Analysis) -> list[FactPair]:
    def firsts(dates: tuple[DateMention, ...]) -> dict[str, DateMention]:
        out: dict[str, DateMention] = {}
        for d in dates:
            out.setdefault(d.value, d)
        return out

    da, db = firsts(a.dates), firsts(b.dates)
    out = [FactPair("date", AGREE if v in db else ONLY_A, "", d, db.get(v)) for v, d in da.items()]
    out.extend(FactPair("date", ONLY_B, "", None, d) for v, d in db.items() if v not in da)
    return out


# ------------------------------------------------------------------- compare


def _scopes(a: Analysis, b: Analysis, entity_pairs: list[FactPair]) -> Scopes:
    """Where each side names the places both reports name (scopes.py)."""
    ids_a: dict[str, str] = {}
    ids_b: dict[str, str] = {}
    for p in entity_pairs:
        if p.status == AGREE and isinstance(p.a, Entity) and isinstance(p.b, Entity):
            ids_a[p.a.id], ids_b[p.b.id] = p.a.id, p.a.id
    return place_mentions(a, ids_a), place_mentions(b, ids_b)


@gc_paused
def compare_analyses(a: Analysis, b: Analysis) -> Comparison:
    """Typed comparison (for the UI: every fact keeps its offsets and sentence)."""
    entity_pairs, alias = _pair_entities(a, b)
    fa = sentence_features(a)[:MAX_ALIGNED_SENTENCES]
    fb = sentence_features(b, alias)[:MAX_ALIGNED_SENTENCES]
    sim = similarity_matrix(fa, fb)
    alignment = align_sentences(sim)
    aligned = {(i, j) for g in alignment for i in g.a for j in g.b}
    quantity_pairs = _pair_quantities(a, b, sim, aligned, _scopes(a, b, entity_pairs))
    pairs = quantity_pairs + _relations(entity_pairs, quantity_pairs) + _pair_dates(a, b)

    def key(p: FactPair) -> tuple[int, int, int, int]:
        sa, sb = p.sentence_a(), p.sentence_b()
        return (_STATUS_RANK[p.status], _KIND_RANK[p.kind], int(p.status == ONLY_B),
                sa if sa is not None else (sb if sb is not None else 0))

    pairs.sort(key=key)
    return Comparison(a, b, tuple(pairs), tuple(alignment))


def article_header(article: Article, analysis: Analysis | None = None) -> dict[str, Any]:
    out = {name: getattr(article, name) for name in INSPECT_FIELDS}
    if out["language"] is None and analysis is not None and analysis.language:
        out["language"] = analysis.language
        out["language_detected"] = True
    return out


@gc_paused
def compare_articles(a: Article, b: Article) -> dict[str, Any]:
    """The JSON-ready comparison of two articles (stable contract, see module tests)."""
    an_a, an_b = analyse_article(a), analyse_article(b)
    result = compare_analyses(an_a, an_b)
    facts = [p.to_json() for p in result.pairs]
    event = same_event.verdict(same_event.signals(result, a.published, b.published))
    same_event.mark_doubtful(facts, event)
    return {
        "a": article_header(a, an_a),
        "b": article_header(b, an_b),
        "facts": facts,
        # groups out of the common order pair figures but are not part of the contract
        "alignment": [g.to_json() for g in result.alignment if not g.crossing],
        "same_event": event,
    }


# ------------------------------------------------------------------- display

_SYMBOL = {CONFLICT: "≠ conflict", AGREE: "= agree", ONLY_A: "A only", ONLY_B: "B only"}
_RELATION_SYMBOL = {BOTH_MENTION: "~ both mention", DIFFER: "~ both, differ"}


def _cell(side: dict[str, Any] | None, kind: str) -> str:
    if side is None:
        return "—"
    if kind == "entity":
        extra = [m for m in side["mentions"] if m != side["text"]]
        return side["text"] + (f" ({', '.join(extra)})" if extra else "")
    text = str(side.get("text", ""))
    if kind == "quantity":
        value = side["value"]
        shown = f"{value:,}" if isinstance(value, int) else f"{value:g}"
        qual = "" if side["qualifier"] == "exact" else f" {side['qualifier'].replace('_', ' ')}"
        unit = f" {side['unit']}" if side["unit"] else ""
        return f"{shown}{unit}{qual}  «{text}»"
    return f"{side['value']}  «{text}»"


def text_table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> list[str]:
    """Lines of a plain-text table: a header, a rule, cells cut at 48 characters."""
    widths = [min(48, max(len(r[k]) for r in [*rows, headers])) for k in range(len(headers))]

    def fmt(r: tuple[str, ...]) -> str:
        cells = [(c if len(c) <= widths[k] else c[: widths[k] - 1] + "…").ljust(widths[k])
                 for k, c in enumerate(r)]
        return "  ".join(cells).rstrip()

    return [fmt(headers), "  ".join("-" * w for w in widths), *(fmt(r) for r in rows)]


def format_facts(facts: list[dict[str, Any]]) -> str:
    """The facts of one article as a plain-text table (the `compare` table's style)."""
    if not facts:
        return "No facts found."
    rows = []
    for fact in facts:
        kind = fact["kind"]
        what = fact.get("concept") or fact.get("type") or kind
        side = {"mentions": [], **fact} if kind == "entity" else fact
        rows.append((f"{kind}:{what}", _cell(side, kind)))
    return "\n".join(text_table(("fact", "value"), rows))


def format_comparison(result: dict[str, Any]) -> str:
    """A plain-text table of a `compare_articles` result (no colour; symbols for status)."""
    lines = []
    for side in ("a", "b"):
        h = result[side]
        meta = ", ".join(str(x) for x in (h.get("source"), h.get("language"), h.get("published"))
                         if x)
        lines.append(f"{side.upper()}: {h.get('title') or '(untitled)'}" + (f"  [{meta}]"
                                                                             if meta else ""))
    if result.get("same_event"):
        lines.append(same_event.describe(result["same_event"]))
    lines.append("")
    rows = []
    for fact in result["facts"]:
        kind = fact["kind"]
        what = fact.get("concept") or fact.get("type") or kind
        symbol = _RELATION_SYMBOL.get(fact.get("relation") or "", _SYMBOL[fact["status"]])
        symbol += "?" if fact.get("event_doubt") else ""  # a conflict of two events, maybe
        rows.append((symbol, f"{kind}:{what}", _cell(fact["a"], kind),
                     _cell(fact["b"], kind)))
    if not rows:
        lines.append("No comparable facts found.")
        return "\n".join(lines)
    lines.extend(text_table(("status", "fact", "A", "B"), rows))
    counts = {s: sum(1 for f in result["facts"] if f["status"] == s) for s in _SYMBOL}
    lines.append("")
    lines.append(f"{counts[CONFLICT]} conflicting, {counts[AGREE]} agreeing, "
                 f"{counts[ONLY_A]} only in A, {counts[ONLY_B]} only in B; "
                 f"{len(result['alignment'])} aligned sentence groups")
    return "\n".join(lines)
