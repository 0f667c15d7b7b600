"""Evaluate fact comparison on both evaluation sets: `python benchmarks/compare_eval.py`.

The tuned set (tests/eval/pairs + the seed pair when ../shared/seeds exists) is what the
engine was developed on; the dev set (tests/eval/dev) was the first untuned set, scored and
reported before anyone read it, and is now open for development (not gated); the untuned set
(tests/eval/untuned) was written before anyone tuned on it and is reported separately.
`--set tuned|dev|untuned` limits the run, `--quiet`
prints only the summaries, `--json` prints the summaries as JSON.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "eval")]

from eval_harness import SETS, evaluate, totals  # noqa: E402


def _pct(found: int, total: int) -> str:
    return f"{found}/{total} ({found / total:.1%})" if total else "n/a"


def summary(report: dict[str, Any]) -> dict[str, Any]:
    t = totals(report)
    return {
        "set": report["set"], "pairs": report["pairs"],
        "same_event_pairs": report["same_event_pairs"],
        "languages": len(report["languages"]),
        **{k: {"left" if k == "noise" else "found": f, "total": n} for k, (f, n) in t.items()},
        "false_conflicts": report["false_conflicts"],
        "false_per_20_pairs": round(report["false_per_20"], 2),
        "event_verdicts": {"correct": report["event_verdicts"],
                           "answered": report["event_answered"], "pairs": report["pairs"]},
        "conflicts_on_different_events": report["other_event_conflicts"],
    }


def print_summary(report: dict[str, Any]) -> None:
    t = totals(report)
    print(f"== {report['set']} set: {report['pairs']} pairs "
          f"({report['same_event_pairs']} same-event), {len(report['languages'])} languages "
          f"({', '.join(report['languages'])})")
    print(f"conflicts found:     {_pct(*t['conflicts'])}")
    print(f"agreements found:    {_pct(*t['agreements'])}")
    print(f"entity pairs:        {_pct(*t['entities'])}")
    print(f"false conflicts:     {report['false_conflicts']} "
          f"({report['false_per_20']:.1f} per 20 pairs)")
    print(f"metadata checks:     {_pct(*t['metadata'])}")
    left, noise = t["noise"]
    print(f"header noise lines:  {left}/{noise} left in the body" if noise else
          "header noise lines:  n/a")
    print(f"languages detected:  {_pct(*t['language_detection'])}")
    print(f"same-event verdicts: {report['event_verdicts']}/{report['pairs']} right "
          f"({report['event_answered']} answered); "
          f"{report['other_event_conflicts']} conflicts reported on different-event pairs")


def print_details(report: dict[str, Any]) -> None:
    for r in report["results"]:
        problems = r.failures + [f"false conflict {c}" for c in r.false_conflicts]
        status = "ok" if not problems else f"{len(problems)} issue(s)"
        meta = f", metadata {r.meta_found}/{r.meta_total}" if r.meta_total else ""
        event = "" if r.same_event else f", different events ({r.other_event_conflicts} conflicts)"
        print(f"\n{r.name}: conflicts {r.conflicts_found}/{r.conflicts_total}, agreements "
              f"{r.agreements_found}/{r.agreements_total}, entities "
              f"{r.entities_found}/{r.entities_total}{meta}{event} — {status}")
        for p in problems:
            print(f"  - {p}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), action="append",
                        help="evaluate only this set (repeatable; default: every set with pairs)")
    parser.add_argument("--pairs", metavar="REGEX",
                        help="only pairs whose directory name starts with a match of REGEX")
    parser.add_argument("--quiet", action="store_true", help="summaries only")
    parser.add_argument("--json", action="store_true", help="summaries as JSON")
    args = parser.parse_args(argv)
    default = [name for name, d in SETS.items() if name == "tuned" or any(d.glob("*/gold.json"))]
    reports = [evaluate(name, args.pairs) for name in (args.set or default)]
    if args.json:
        print(json.dumps([summary(r) for r in reports], indent=1))
        return 0
    for report in reports:
        print_summary(report)
        print()
    if not args.quiet:
        for report in reports:
            print(f"\n######## {report['set']} set, pair by pair")
            print_details(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
