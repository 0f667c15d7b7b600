"""Evaluation of `compare_articles` on our own report pairs (and the seed pair if present).

Each pair lives in tests/eval/pairs/<name>/ as a.txt, b.txt and gold.json:
  conflicts    [[concept, a_value, b_value], …]   must be reported as conflicts
  agreements   [[concept, value] | [concept, a_value, b_value], …]   must agree
  entities     [[a_text, b_text], …]   must be matched as one entity
  no_conflict  [[concept, value], …]   must never appear in a conflict
Any reported conflict not listed in `conflicts` counts as a false conflict.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tui.analysis.compare import compare_articles
from tui.models import Article

PAIRS = Path(__file__).resolve().parent / "pairs"
REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO.parent / "shared" / "seeds"

SEED_GOLD: dict[str, Any] = {
    "conflicts": [["drones", 550, 539], ["injured", 26, 20]],
    "agreements": [["killed", 1]],
    "entities": [["Zelensky", "Jelnsky"], ["Kyiv", "Kiev"]],
    "no_conflict": [["drones", 72]],
}
_HEADER = re.compile(r"^(Published on|Document Date|Category|Show on website)\b.*$|^\S+\.news$")


def _strip_headers(text: str) -> tuple[str, str]:
    lines = [ln for ln in text.splitlines() if not _HEADER.match(ln.strip())]
    blocks = "\n".join(lines).strip().split("\n\n", 1)
    if len(blocks) == 2 and len(blocks[0]) < 120 and not blocks[0].rstrip().endswith("."):
        return blocks[0].strip(), blocks[1].strip()
    return "", "\n".join(lines).strip()


def load_seed(prefix: str, language: str) -> Article | None:
    """A seed article via the importer when available, else by stripping the header lines."""
    path = next(SEEDS.glob(f"{prefix}_*.txt"), None) if SEEDS.is_dir() else None
    if path is None:
        return None
    try:
        from tui.ingest import load_file

        articles = load_file(path)
        if articles:
            art = articles[0]
            if not art.language:
                art.language = language
            return art
    except Exception:  # importer missing or failing: fall back
        pass
    title, body = _strip_headers(path.read_text("utf-8"))
    return Article(title=title, body=body, language=language, source=path.name)


@dataclass
class PairResult:
    name: str
    conflicts_found: int = 0
    conflicts_total: int = 0
    agreements_found: int = 0
    agreements_total: int = 0
    entities_found: int = 0
    entities_total: int = 0
    false_conflicts: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)


def _has(side: dict[str, Any], name: str) -> bool:
    """Is `name` (case-insensitively) the entity's text or one of its mentions?"""
    return name.casefold() in {n.casefold() for n in [side["text"], *side["mentions"]]}


def _close(x: Any, y: Any) -> bool:
    return isinstance(x, int | float) and math.isclose(float(x), float(y), rel_tol=1e-6)


def load_pairs() -> list[tuple[str, Article, Article, dict[str, Any]]]:
    out = []
    for d in sorted(p for p in PAIRS.iterdir() if p.is_dir()):
        gold = json.loads((d / "gold.json").read_text("utf-8"))
        arts = []
        for side in ("a", "b"):
            meta = gold[side]
            arts.append(Article(title=meta["title"], body=(d / f"{side}.txt").read_text("utf-8"),
                                language=meta["language"], published=meta.get("published"),
                                source=f"{d.name}/{side}"))
        out.append((d.name, arts[0], arts[1], gold))
    a, b = load_seed("000", "en"), load_seed("001", "pt")
    if a is not None and b is not None:
        out.append(("seed_en-pt_kyiv", a, b, SEED_GOLD))
    return out


def evaluate_pair(name: str, a: Article, b: Article, gold: dict[str, Any]) -> PairResult:
    res = compare_articles(a, b)
    facts = res["facts"]
    quantities = [f for f in facts if f["kind"] == "quantity"]
    r = PairResult(name)

    def find(status: str, concept: str, av: Any, bv: Any) -> bool:
        for f in quantities:
            if f["status"] != status or f["concept"] != concept:
                continue
            if av is not None and not _close(f["a"]["value"], av):
                continue
            if bv is not None and not _close(f["b"]["value"], bv):
                continue
            return True
        return False

    for concept, av, bv in gold.get("conflicts", []):
        r.conflicts_total += 1
        if find("conflict", concept, av, bv):
            r.conflicts_found += 1
        else:
            r.failures.append(f"missed conflict {concept} {av}≠{bv}")
    for item in gold.get("agreements", []):
        concept, av = item[0], item[1]
        bv = item[2] if len(item) > 2 else None
        r.agreements_total += 1
        if find("agree", concept, av, bv):
            r.agreements_found += 1
        else:
            r.failures.append(f"missed agreement {concept} {av}" + (f"={bv}" if bv else ""))
    gold_conflicts = gold.get("conflicts", [])
    for f in quantities:
        if f["status"] != "conflict":
            continue
        listed = any(f["concept"] == c and _close(f["a"]["value"], av) and
                     _close(f["b"]["value"], bv) for c, av, bv in gold_conflicts)
        if not listed:
            r.false_conflicts.append(f"{f['concept']} {f['a']['text']!r}≠{f['b']['text']!r}")
    for concept, v in gold.get("no_conflict", []):
        for f in quantities:
            if f["status"] == "conflict" and f["concept"] == concept and (
                _close(f["a"]["value"], v) or _close(f["b"]["value"], v)
            ):
                r.failures.append(f"forbidden conflict on {concept} {v}")
    entities = [f for f in facts if f["kind"] == "entity" and f["status"] == "agree"]
    for a_text, b_text in gold.get("entities", []):
        r.entities_total += 1
        if any(_has(f["a"], a_text) and _has(f["b"], b_text)
               for f in entities):
            r.entities_found += 1
        else:
            r.failures.append(f"entities not matched: {a_text!r} / {b_text!r}")
    return r


def evaluate() -> dict[str, Any]:
    results = [evaluate_pair(*p) for p in load_pairs()]

    def ratio(found: str, total: str) -> float:
        t = sum(getattr(r, total) for r in results)
        return sum(getattr(r, found) for r in results) / t if t else 1.0

    return {
        "pairs": len(results),
        "conflict_recall": ratio("conflicts_found", "conflicts_total"),
        "agreement_recall": ratio("agreements_found", "agreements_total"),
        "entity_recall": ratio("entities_found", "entities_total"),
        "false_conflicts": sum(len(r.false_conflicts) for r in results),
        "results": results,
    }
