"""Regression gate: the tuned evaluation set must keep its measured quality.

Only the tuned set (pairs/ + seeds) is gated; the untuned set is reported by
benchmarks/compare_eval.py and checked for well-formedness in test_eval_sets.py.
"""

from __future__ import annotations

from eval_harness import evaluate


def test_evaluation_thresholds() -> None:
    report = evaluate("tuned")
    details = "\n".join(
        f"{r.name}: {p}" for r in report["results"]
        for p in [*r.failures, *(f"false conflict {c}" for c in r.false_conflicts)])
    assert report["pairs"] >= 12
    assert report["conflict_recall"] >= 0.9, details
    assert report["agreement_recall"] >= 0.9, details
    assert report["entity_recall"] >= 0.9, details
    assert report["false_conflicts"] <= 1, details
