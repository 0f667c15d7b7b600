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
    SETS,
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
    tuned, untuned = _pairs(PAIRS) + _pairs(DEV), _pairs(UNTUNED)
    untuned_langs = {g[s]["language"] for _, g in untuned for s in ("a", "b")}
    assert len(tuned) + len(untuned) >= 40 and len(untuned) >= 24
    assert len(untuned_langs) >= 20, sorted(untuned_langs)
    assert sum(1 for _, g in untuned if g.get("same_event") is False) >= 2
    noisy = sum(f"meta_{s}" in g for _, g in untuned for s in ("a", "b"))
    assert noisy >= 2 * len(untuned) / 3


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


@pytest.mark.parametrize("which", ["dev", "untuned"])
def test_untuned_report_scores_every_gold_item(which: str) -> None:
    """Non-gating: the report counts each gold item once. Scores are neither printed nor
    asserted (the untuned score is read only from benchmarks/compare_eval.py --quiet)."""
    report = evaluate(which)
    gold = [g for _, g in _pairs(SETS[which])]
    same = [g for g in gold if g.get("same_event", True)]
    counted = {k: v[1] for k, v in totals(report).items()}  # totals only, never the found part
    n_pairs, n_same = report["pairs"], report["same_event_pairs"]
    del report  # nothing below may show a score in a failure message
    assert counted["conflicts"] == sum(len(g["conflicts"]) for g in same)
    assert counted["agreements"] == sum(len(g["agreements"]) for g in same)
    assert counted["entities"] == sum(len(g["entities"]) for g in same)
    assert counted["metadata"] == 3 * sum(f"meta_{s}" in g for g in gold for s in ("a", "b"))
    assert counted["language_detection"] == 2 * len(gold)  # every report file, noise or not
    assert n_pairs == len(gold) and n_same == len(same)
