"""Cross-lingual sentence alignment without translation.

Sentences are compared by what survives translation: figures, concepts, the glossary senses
of counted nouns, entity ids, dates and cognate-ish word stems (in Latin letters). A
monotone dynamic programme picks 1-1 anchors, then unmatched neighbours that still resemble
an anchor's partner join its group (1-n / n-1); sentences left over that resemble each other
well are paired out of order last (`AlignedGroup.crossing`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from tui.analysis.entities import _STOP
from tui.analysis.facts import Analysis
from tui.analysis.figures import count_senses, is_count
from tui.analysis.translit import latin_fold

_W_ENTITY, _W_NUMBER, _W_CONCEPT, _W_DATE, _W_STEM = 3.0, 3.0, 2.0, 2.0, 1.0
# A bare count's noun ("sūdzību", "жалоб") by its first glossary senses, which every
# language shares: what two sentences count, whatever figure each gives. Soft features
# (keys starting with _SOFT) weigh only where both sentences have them, so a noun the other
# report words otherwise does not dilute the sentence; a sense of a noun's first _SENSES
# weighs _W_SENSE / their number.
_W_SENSE, _SENSES, _SOFT = 1.0, 3, "g"
_ANCHOR_MIN = 0.08
_JOIN_MIN = 0.12
_CROSS_MIN = 0.2  # two sentences the monotone anchors left out, in another order


@dataclass(frozen=True, slots=True)
class AlignedGroup:
    a: tuple[int, ...]
    b: tuple[int, ...]
    score: float
    crossing: bool = False  # out of the two reports' common order (not shown side by side)

    def to_json(self) -> dict[str, Any]:
        return {"a": list(self.a), "b": list(self.b), "score": round(self.score, 2)}


def sentence_features(an: Analysis, entity_alias: Mapping[str, str] | None = None
                      ) -> list[dict[str, float]]:
    """Weighted features per sentence; `entity_alias` maps this side's entity ids to shared ids."""
    feats: list[dict[str, float]] = [{} for _ in an.sentences]
    if not feats:
        return feats
    alias = entity_alias or {}
    for q in an.quantities:
        f = feats[q.sentence]
        f[f"n:{round(q.base, 3)}"] = _W_NUMBER
        if q.concept != "other":
            f[f"c:{q.concept}"] = _W_CONCEPT
        elif is_count(q):
            top = count_senses(q, an.language)[:_SENSES]
            for s in top:
                f[f"{_SOFT}:{s}"] = _W_SENSE / len(top)
    for ent in an.entities:
        eid = alias.get(ent.id, ent.id)
        for m in ent.mentions:
            feats[m.sentence][f"e:{eid}"] = _W_ENTITY
    for d in an.dates:
        feats[d.sentence][f"d:{d.value}"] = _W_DATE
    starts = [s.start for s in an.sentences]
    si = 0
    for tok in an.tokens:
        while si + 1 < len(starts) and tok.start >= starts[si + 1]:
            si += 1
        if tok.is_word and len(tok.low) >= 5 and tok.low not in _STOP:
            # in Latin letters, so that Cyrillic and Greek meet Latin-script cognates
            low = tok.low if tok.low.isascii() else latin_fold(tok.low)
            feats[si].setdefault(f"s:{low[:5]}", _W_STEM)
    return feats


def _weight(feats: Mapping[str, float]) -> float:
    """What a sentence's features weigh in a Dice denominator: soft features (a counted
    noun's senses, `_SOFT`) weigh only where the other sentence shares them."""
    return sum(w for k, w in feats.items() if k[0] != _SOFT)


def similarity(fa: Mapping[str, float], fb: Mapping[str, float],
               total: float | None = None) -> float:
    """Weighted Dice coefficient of two feature sets (0..1); `total` is the sum of both
    sets' weights (`_weight`) when the caller already has it."""
    if not fa or not fb:
        return 0.0
    small, big = (fa, fb) if len(fa) < len(fb) else (fb, fa)
    shared = soft = 0.0
    for k, w in small.items():
        if k in big:
            if k[0] == _SOFT:
                soft += min(w, big[k])
            else:
                shared += w
    if not shared and not soft:
        return 0.0
    if total is None:
        total = _weight(fa) + _weight(fb)
    return 2.0 * (shared + soft) / (total + 2.0 * soft)


def similarity_matrix(fa: list[dict[str, float]], fb: list[dict[str, float]]
                      ) -> list[list[float]]:
    """All pairwise similarities (each side's weight sums computed once, not per pair).

    Most pairs share no feature and score 0.0: an index of B's features finds, for each A
    sentence, the B sentences that share one, and only those pairs are scored."""
    wa = [_weight(x) for x in fa]
    wb = [_weight(y) for y in fb]
    having: dict[str, list[int]] = {}
    for j, y in enumerate(fb):
        for k in y:
            having.setdefault(k, []).append(j)
    out = []
    for x, sa in zip(fa, wa, strict=True):
        row = [0.0] * len(fb)
        for j in {j for k in x for j in having.get(k, ())}:
            row[j] = similarity(x, fb[j], sa + wb[j])
        out.append(row)
    return out


def align_sentences(sim: list[list[float]]) -> list[AlignedGroup]:
    """Monotone alignment from a similarity matrix (rows: A sentences, columns: B)."""
    n = len(sim)
    m = len(sim[0]) if n else 0
    if not n or not m:
        return []
    # best[i][j]: best total over A[:i], B[:j]
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    move = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        row, prev, srow, mrow = best[i], best[i - 1], sim[i - 1], move[i]
        for j in range(1, m + 1):
            up, left = prev[j], row[j - 1]
            gain = srow[j - 1] - _ANCHOR_MIN
            diag = prev[j - 1] + gain if gain > 0 else -1.0
            if diag >= up and diag >= left:
                row[j], mrow[j] = diag, 2
            elif up >= left:
                row[j], mrow[j] = up, 0
            else:
                row[j], mrow[j] = left, 1
    pairs: list[tuple[int, int]] = []
    i, j = n, m
    while i > 0 and j > 0:
        mv = move[i][j]
        if mv == 2:
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif mv == 0:
            i -= 1
        else:
            j -= 1
    pairs.reverse()
    used_a = {p[0] for p in pairs}
    used_b = {p[1] for p in pairs}
    crossed = _crossing(sim, used_a, used_b, _join_scores(sim, pairs))
    groups = [([a], [b]) for a, b in pairs]
    for ga, gb in groups:
        # Unmatched neighbours that resemble the anchor's partner join the group.
        for b in (gb[0] - 1, gb[-1] + 1):
            if 0 <= b < m and b not in used_b and sim[ga[0]][b] >= _JOIN_MIN:
                gb.append(b)
                used_b.add(b)
        for a in (ga[0] - 1, ga[-1] + 1):
            if 0 <= a < n and a not in used_a and sim[a][gb[0]] >= _JOIN_MIN:
                ga.append(a)
                used_a.add(a)
    out = []
    for ga, gb in groups:
        ga.sort()
        gb.sort()
        scores = [sim[a][b] for a in ga for b in gb]
        out.append(AlignedGroup(tuple(ga), tuple(gb), min(1.0, max(scores))))
    return out + crossed + _crossing(sim, used_a, used_b)


def _join_scores(sim: list[list[float]], pairs: list[tuple[int, int]]
                 ) -> tuple[dict[int, float], dict[int, float]]:
    """How much each sentence left out of the anchors resembles the partner of an anchor
    next to it (what it would join that anchor's group by), for A's sentences and B's."""
    of_a, of_b = dict(pairs), {b: a for a, b in pairs}
    join_a: dict[int, float] = {}
    join_b: dict[int, float] = {}
    for a, b in pairs:
        for k in (a - 1, a + 1):
            if 0 <= k < len(sim) and k not in of_a:
                join_a[k] = max(join_a.get(k, 0.0), sim[k][b])
        for k in (b - 1, b + 1):
            if 0 <= k < len(sim[0]) and k not in of_b:
                join_b[k] = max(join_b.get(k, 0.0), sim[a][k])
    return join_a, join_b


def _crossing(sim: list[list[float]], used_a: set[int], used_b: set[int],
              joins: tuple[dict[int, float], dict[int, float]] | None = None
              ) -> list[AlignedGroup]:
    """Sentences left out of the monotone groups that still resemble each other well
    (one report tells the crew's fate first, the other last), best pair first, 1-1.

    With `joins` (`_join_scores`), before the groups grow: only pairs that resemble each
    other better than either resembles the anchor it would join, so that "23 injured",
    told first in one report and after the scene in the other, meets the other's injured
    rather than joining its neighbour's group."""
    ja, jb = joins or ({}, {})
    found = sorted(((s, i, j) for i, row in enumerate(sim) if i not in used_a
                    for j, s in enumerate(row) if s >= _CROSS_MIN and j not in used_b
                    and s > ja.get(i, 0.0) and s > jb.get(j, 0.0)),
                   reverse=True)
    out = []
    for s, i, j in found:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            out.append(AlignedGroup((i,), (j,), min(1.0, s), crossing=True))
    return out
