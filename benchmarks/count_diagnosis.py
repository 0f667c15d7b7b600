"""Where a missed count fails: `python benchmarks/count_diagnosis.py [--set dev] [-v]`.

For every gold conflict or agreement of a count (not a dimension such as distance or money)
that `compare_articles` misses, the first stage at which it fails:
  a  the figure is not extracted on one side (no quantity with the gold value);
  L  the two figures are paired with the right status, under a name gold does not know
     (a foreign lemma, a synonym): only the label is wrong;
  b  extracted, but no side-figure with that value carries a name that matches the gold concept;
  c  both named, but not paired (no row holds both figures);
  d  paired, but the status is wrong;
  e  one of them is paired with another figure.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "eval")]

from eval_harness import SETS, concept_matches, load_pairs, value_matches  # noqa: E402

from tui.analysis.compare import compare_articles  # noqa: E402
from tui.analysis.facts import analyse_article  # noqa: E402
from tui.analysis.figures import count_label, is_count  # noqa: E402
from tui.analysis.langdata import common  # noqa: E402

# Gold concepts that are a dimension or a measured quantity, not a count of things.
_NOT_COUNTS = {"distance", "area", "volume", "mass", "speed", "temperature", "duration",
               "percent", "money", "level", "rainfall", "flow", "concentration", "power",
               "altitude", "magnitude", "length", "width", "depth", "height", "size"}


def _is_count_concept(concept: str) -> bool:
    return not any(alt in _NOT_COUNTS for alt in concept.split("|"))


def _is_label(name: str) -> bool:
    """A count's label (a noun's name), not a concept of the tables nor a dimension."""
    return name not in _NOT_COUNTS and name not in common()["classes"]["order"].split()


def _name(q: Any, language: str | None) -> str:
    return count_label(q, language) if is_count(q) else q.concept


def _side_stage(qs: list[Any], language: str | None, concept: str, value: Any) -> str | None:
    found = [q for q in qs if value_matches(value, q.value)]
    if not found:
        return "a"
    if not any(concept_matches(concept, _name(q, language)) for q in found):
        return "b:" + ",".join(sorted({_name(q, language) for q in found}))
    return None


def diagnose(concept: str, av: Any, bv: Any, pair: Any, facts: list[dict[str, Any]],
             qa: list[Any], qb: list[Any], status: str) -> str:
    rows = [f for f in facts if f["kind"] == "quantity"]
    both = [f for f in rows if f["a"] and f["b"] and value_matches(av, f["a"]["value"])
            and value_matches(bv, f["b"]["value"])]
    labels = [f["concept"] for f in both if f["status"] == status and _is_label(f["concept"])]
    if labels:
        return f"L({','.join(labels)})"
    for side, qs, lang, v in (("A", qa, pair.a.language, av), ("B", qb, pair.b.language, bv)):
        stage = _side_stage(qs, lang, concept, v)
        if stage is not None:
            return f"{stage[0]}{side}{stage[1:]}"
    if both:
        return f"d({both[0]['status']}:{both[0]['concept']})"
    other = [f for f in rows if f["a"] and f["b"] and (value_matches(av, f["a"]["value"])
                                                       or value_matches(bv, f["b"]["value"]))]
    if other:
        f = other[0]
        return f"e({f['concept']} {f['a']['value']}/{f['b']['value']})"
    return "c"


def run(which: str, verbose: bool) -> Counter[str]:
    from eval_harness import evaluate_pair

    stages: Counter[str] = Counter()
    for pair in load_pairs(SETS[which]):
        if not pair.gold.get("same_event", True):
            continue
        result = evaluate_pair(pair)
        missed = [m for m in result.failures if m.startswith("missed")]
        if not missed:
            continue
        facts = compare_articles(pair.a, pair.b)["facts"]
        qa = list(analyse_article(pair.a).quantities)
        qb = list(analyse_article(pair.b).quantities)
        items = [("conflict", c, av, bv) for c, av, bv in pair.gold.get("conflicts", [])]
        items += [("agree", it[0], it[1], it[2] if len(it) > 2 else it[1])
                  for it in pair.gold.get("agreements", [])]
        for status, concept, av, bv in items:
            if not _is_count_concept(concept):
                continue
            if not any(_missed_is(m, status, concept, av) for m in missed):
                continue
            stage = diagnose(concept, av, bv, pair, facts, qa, qb, status)
            stages[stage.split("(")[0].split(":")[0]] += 1
            if verbose:
                print(f"{pair.name:34} {status:8} {concept} {av}/{bv}: {stage}")
    return stages


def _missed_is(message: str, status: str, concept: str, av: Any) -> bool:
    kind = "conflict" if status == "conflict" else "agreement"
    return message.startswith(f"missed {kind} {concept} {av}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), default="dev")
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per miss")
    args = parser.parse_args(argv)
    stages = run(args.set, args.verbose)
    print(f"{args.set}: {sum(stages.values())} missed counts; by stage: "
          + ", ".join(f"{k}={n}" for k, n in sorted(stages.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
