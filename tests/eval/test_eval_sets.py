"""The evaluation sets are well formed, big enough, and scored as documented.

These tests never gate on the engine's scores on the untuned set (that number is reported
by benchmarks/compare_eval.py); they catch broken gold files and harness regressions.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from eval_harness import (
    DEV,
    PAIRS,
    SEEDS,
    UNTUNED,
    concept_matches,
    evaluate,
    totals,
    value_matches,
)

GOLD_KEYS = {"a", "b", "meta_a", "meta_b", "same_event", "conflicts", "agreements", "entities",
             "no_conflict", "_note"}


def _pairs(directory: Path) -> list[tuple[Path, dict[str, Any]]]:
    return [(d, json.loads((d / "gold.json").read_text("utf-8")))
            for d in sorted(p for p in directory.iterdir() if p.is_dir())]


def _is_value(v: Any) -> bool:
    if isinstance(v, list):
        return len(v) == 2 and all(isinstance(x, int | float) for x in v) and v[0] <= v[1]
    return isinstance(v, int | float) and not isinstance(v, bool)


def _body_words(text: str, noise: list[str]) -> int:
    skip = set(noise)
    return sum(len(line.split()) for line in text.splitlines() if line.strip() not in skip)


def _check_figures(name: str, gold: dict[str, Any]) -> None:
    for concept, av, bv in gold["conflicts"]:
        assert concept and _is_value(av) and _is_value(bv), (name, concept)
    for item in gold["agreements"]:
        assert 2 <= len(item) <= 3 and item[0], (name, item)
        assert all(_is_value(v) for v in item[1:]), (name, item)
    for concept, v in gold["no_conflict"]:
        assert concept and _is_value(v), (name, concept, v)


def _check_meta(name: str, text: str, meta: dict[str, Any]) -> None:
    lines = {line.strip() for line in text.splitlines()}
    assert meta["title"] in lines and meta["source"] in lines, name
    date.fromisoformat(meta["published"])
    assert all(line in lines for line in meta["noise"]), name


@pytest.mark.parametrize("directory", [PAIRS, DEV, UNTUNED], ids=["tuned", "dev", "untuned"])
def test_gold_files_are_well_formed(directory: Path) -> None:
    for d, gold in _pairs(directory):
        assert set(gold) <= GOLD_KEYS, (d.name, set(gold) - GOLD_KEYS)
        assert isinstance(gold.get("same_event", True), bool), d.name
        _check_figures(d.name, gold)
        texts = {s: (d / f"{s}.txt").read_text("utf-8") for s in ("a", "b")}
        folded = {s: t.casefold() for s, t in texts.items()}
        for s in ("a", "b"):
            assert re.fullmatch(r"[a-z]{2}", gold[s]["language"]), d.name
            if f"meta_{s}" in gold:
                _check_meta(f"{d.name}/{s}", texts[s], gold[f"meta_{s}"])
        for a_text, b_text in gold["entities"]:  # names as the reports spell them
            assert a_text.casefold() in folded["a"] and b_text.casefold() in folded["b"], (
                d.name, a_text, b_text)


def test_untuned_reports_are_full_length() -> None:
    for d, gold in _pairs(UNTUNED) + _pairs(DEV):
        for s in ("a", "b"):
            noise = gold.get(f"meta_{s}", {}).get("noise", [])
            words = _body_words((d / f"{s}.txt").read_text("utf-8"), noise)
            assert 150 <= words <= 500, (d.name, s, words)


def test_sets_reach_the_issue_sizes() -> None:
    tuned, untuned = _pairs(PAIRS) + _pairs(DEV), _pairs(UNTUNED) or _pairs(DEV)
    langs = {g[s]["language"] for _, g in tuned + untuned for s in ("a", "b")}
    assert len(tuned) + len(untuned) >= 40 and len(untuned) >= 24
    assert len(langs) >= 20
    assert sum(1 for _, g in untuned if g.get("same_event") is False) >= 2
    noisy = sum(f"meta_{s}" in g for _, g in untuned for s in ("a", "b"))
    assert noisy >= 0.3 * 2 * len(untuned)


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds not present")
def test_untuned_pairs_copy_no_seed_sentence() -> None:
    def shingles(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", text.casefold())
        return {tuple(words[i:i + 8]) for i in range(len(words) - 7)}

    seeds = set().union(*(shingles(p.read_text("utf-8")) for p in SEEDS.glob("*.txt")))
    for path in [*UNTUNED.glob("*/*.txt"), *DEV.glob("*/*.txt")]:
        assert not shingles(path.read_text("utf-8")) & seeds, path


def test_concept_names_match_by_name_plural_alias_and_choice() -> None:
    assert concept_matches("tractors", "tractor")
    assert concept_matches("buses", "bus")
    assert concept_matches("helicopters", "aircraft")  # concept_aliases.json
    assert concept_matches("injured|hospitalised", "hospitalised")
    assert concept_matches("*", "distance")
    assert not concept_matches("sheep", "killed")
    assert not concept_matches("tractors", None)


def test_values_match_numbers_and_ranges() -> None:
    assert value_matches(35000000, 35_000_000.0)
    assert value_matches([3, 4], 3.5) and value_matches([3, 4], 4)
    assert not value_matches([3, 4], 4.5)
    assert not value_matches(12, 12.5)
    assert value_matches(None, 7)


def test_untuned_report_scores_every_gold_item() -> None:
    """Non-gating: the report exists and counts each gold item once (scores are printed)."""
    report = evaluate("dev")
    gold = [g for _, g in _pairs(DEV)]
    same = [g for g in gold if g.get("same_event", True)]
    t = totals(report)
    assert t["conflicts"][1] == sum(len(g["conflicts"]) for g in same)
    assert t["agreements"][1] == sum(len(g["agreements"]) for g in same)
    assert t["entities"][1] == sum(len(g["entities"]) for g in same)
    assert t["metadata"][1] == 3 * sum(f"meta_{s}" in g for g in gold for s in ("a", "b"))
    assert report["pairs"] == len(gold) and report["same_event_pairs"] == len(same)
    print(f"\ndev: {t} false={report['false_conflicts']}")
