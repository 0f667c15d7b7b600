"""Are gold figures in aligned sentences? `python benchmarks/align_diagnosis.py [-v]`.

For every gold conflict or agreement of the dev set's tune half (pairs 01-110, same-event
pairs only), whether the sentences of the two figures are aligned (`Comparison.alignment`):
  found     the engine reports the pair (its row's sentences are aligned or not: +al / -al)
  aligned   missed, but some figure with the A value and one with the B value sit in
            aligned sentences (the pairing failed, not the alignment)
  unaligned missed, both values are extracted, but no two such figures are aligned
  nofigure  a value is not extracted on one side (alignment cannot help)
Figures whose name matches the gold concept are preferred to any figure of that value.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "eval")]

from eval_harness import DEV, concept_matches, load_pairs, value_matches  # noqa: E402

from tui.analysis.compare import compare_analyses  # noqa: E402
from tui.analysis.facts import analyse_article  # noqa: E402
from tui.analysis.figures import count_label, is_count  # noqa: E402

TUNE = r"(0[1-9]|[1-9][0-9]|10[0-9]|110)_"


def _candidates(qs: list[Any], language: str | None, concept: str, value: Any) -> list[int]:
    """Sentences of the figures with this value, those named as the gold concept first."""
    found = [q for q in qs if value_matches(value, q.value)]
    named = [q for q in found if concept_matches(
        concept, count_label(q, language) if is_count(q) else q.concept)]
    return sorted({q.sentence for q in (named or found)})


def _row(facts: list[dict[str, Any]], status: str, concept: str, av: Any, bv: Any
         ) -> dict[str, Any] | None:
    for f in facts:
        if (f["kind"] == "quantity" and f["status"] == status and f["a"] and f["b"]
                and concept_matches(concept, f.get("concept"))
                and value_matches(av, f["a"]["value"]) and value_matches(bv, f["b"]["value"])):
            return f
    return None


def classify(pair: Any, verbose: bool) -> Counter[str]:
    """The classes of a pair's gold figures (see the module docstring)."""
    an_a, an_b = analyse_article(pair.a), analyse_article(pair.b)
    comp = compare_analyses(an_a, an_b)
    facts = [p.to_json() for p in comp.pairs]
    aligned = {(i, j) for g in comp.alignment for i in g.a for j in g.b}
    items = [("conflict", c, av, bv) for c, av, bv in pair.gold.get("conflicts", [])]
    items += [("agree", it[0], it[1], it[2] if len(it) > 2 else None)
              for it in pair.gold.get("agreements", [])]
    out: Counter[str] = Counter()
    for status, concept, av, bv in items:
        row = _row(facts, status, concept, av, bv)
        if row is not None:
            cls = "found+al" if (row["a"]["sentence"], row["b"]["sentence"]) in aligned \
                else "found-al"
        else:
            sa = _candidates(an_a.quantities, pair.a.language, concept, av)
            sb = _candidates(an_b.quantities, pair.b.language, concept, av if bv is None else bv)
            if not sa or not sb:
                cls = "nofigure"
            else:
                cls = "aligned" if any((i, j) in aligned for i in sa for j in sb) else "unaligned"
            if verbose and cls != "nofigure":
                print(f"{pair.name:34} {status:8} {concept} {av}/{bv}: {cls} A{sa} B{sb}")
        out[cls] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per miss")
    parser.add_argument("--pairs", default=TUNE,
                        help="regex on pair names (default: the tune half's pairs 01-110)")
    args = parser.parse_args(argv)
    total: Counter[str] = Counter()
    for pair in load_pairs(DEV):
        if re.match(args.pairs, pair.name) and pair.gold.get("same_event", True):
            total += classify(pair, args.verbose)
    n = sum(total.values())
    with_figures = n - total["nofigure"]
    al = total["found+al"] + total["aligned"]
    classes = ", ".join(f"{k}={v}" for k, v in sorted(total.items()))
    print(f"pairs {args.pairs}: {n} gold figures; {classes}")
    print(f"in aligned sentences: {al}/{with_figures} of those with both figures extracted")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
