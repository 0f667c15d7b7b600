"""Where a missed conflict fails: `python benchmarks/conflict_diagnosis.py --set dev --pairs RE`.

For every gold conflict (counts and dimensions alike) that `compare_articles` misses, the first
stage at which it fails, with the stages of `count_diagnosis.py`:
  a  not extracted on one side;  L  paired as a conflict under a name gold does not know;
  b  extracted but named otherwise;  c  named on both sides but not paired;
  d  paired, wrong status (mostly 'agree');  e  one of them paired with another figure.
`-v` prints one line per miss with the figures' texts.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "eval"), str(REPO / "benchmarks")]

from count_diagnosis import diagnose  # noqa: E402
from eval_harness import SETS, evaluate_pair, load_pairs, value_matches  # noqa: E402

from tui.analysis.compare import compare_articles  # noqa: E402
from tui.analysis.facts import analyse_article  # noqa: E402


def _texts(qs: list[Any], value: Any) -> str:
    return " | ".join(f"{q.text!r}[{q.concept}]" for q in qs if value_matches(value, q.value))


def _pair_misses(pair: Any, verbose: bool) -> list[str]:
    result = evaluate_pair(pair)
    missed = {m for m in result.failures if m.startswith("missed conflict")}
    if not missed:
        return []
    facts = compare_articles(pair.a, pair.b)["facts"]
    qa = list(analyse_article(pair.a).quantities)
    qb = list(analyse_article(pair.b).quantities)
    stages = []
    for concept, av, bv in pair.gold.get("conflicts", []):
        if f"missed conflict {concept} {av}≠{bv}" not in missed:
            continue
        stage = diagnose(concept, av, bv, pair, facts, qa, qb, "conflict")
        stages.append(stage.split("(")[0].split(":")[0])
        if verbose:
            print(f"{pair.name:38} {concept} {av}/{bv}: {stage}\n"
                  f"    A: {_texts(qa, av)}\n    B: {_texts(qb, bv)}")
    return stages


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), required=True)
    parser.add_argument("--pairs", help="regular expression the pair names must match")
    parser.add_argument("-v", "--verbose", action="store_true", help="one line per miss")
    args = parser.parse_args(argv)
    stages: Counter[str] = Counter()
    for pair in load_pairs(SETS[args.set]):
        if args.pairs and not re.match(args.pairs, pair.name):
            continue
        if pair.gold.get("same_event", True):
            stages.update(_pair_misses(pair, args.verbose))
    print(f"{args.set}: {sum(stages.values())} missed conflicts; by stage: "
          + ", ".join(f"{k}={n}" for k, n in sorted(stages.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
