"""Evaluate fact comparison on the evaluation set: `python benchmarks/compare_eval.py`."""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "eval")]

from eval_harness import evaluate  # noqa: E402


def main() -> int:
    report = evaluate()
    print(f"pairs evaluated:   {report['pairs']}")
    print(f"conflict recall:   {report['conflict_recall']:.1%}")
    print(f"agreement recall:  {report['agreement_recall']:.1%}")
    print(f"entity recall:     {report['entity_recall']:.1%}")
    print(f"false conflicts:   {report['false_conflicts']}")
    for r in report["results"]:
        problems = r.failures + [f"false conflict {c}" for c in r.false_conflicts]
        status = "ok" if not problems else f"{len(problems)} issue(s)"
        print(f"\n{r.name}: conflicts {r.conflicts_found}/{r.conflicts_total}, agreements "
              f"{r.agreements_found}/{r.agreements_total}, entities "
              f"{r.entities_found}/{r.entities_total} — {status}")
        for p in problems:
            print(f"  - {p}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
