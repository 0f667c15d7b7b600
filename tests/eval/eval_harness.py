"""Evaluation of `compare_articles` on report pairs: the tuned set and the untuned set.

Each pair lives in <set>/<name>/ as a.txt, b.txt and gold.json (see tests/eval/README.md):
  a, b         {"title", "language", "published"} of each report
  same_event   false when the two reports are about different events (default true)
  conflicts    [[concept, a_value, b_value], …]   must be reported as conflicts
  agreements   [[concept, value] | [concept, a_value, b_value], …]   must agree
  entities     [[a_text, b_text], …]   must be matched as one entity
  no_conflict  [[concept | "*", value], …]   must never appear in a conflict
  meta_a/meta_b  {"title", "source", "published", "noise"}: what an importer must extract
                 from a file with header noise (the file is then imported, not read raw)
A value may be a [low, high] range: any figure inside it matches. Concepts match by name,
by a singular/plural variant, or through tests/eval/concept_aliases.json. Any conflict on
a same-event pair that is not listed in `conflicts` counts as a false conflict.
"""

from __future__ import annotations

import json
import math
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from tui.analysis.compare import compare_articles
from tui.models import Article

HERE = Path(__file__).resolve().parent
PAIRS = HERE / "pairs"
UNTUNED = HERE / "untuned"
DEV = HERE / "dev"  # the first untuned set: scored and reported, then opened for tuning
ALIASES = HERE / "concept_aliases.json"
REPO = HERE.parents[1]
SEEDS = Path(os.environ.get("PARALLAX_EVAL_SEEDS") or REPO.parent / "shared" / "seeds")
SETS = {"tuned": PAIRS, "dev": DEV, "untuned": UNTUNED}
_GENERIC = {"people", "victims", "other"}  # engine labels that name no particular thing

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


# ------------------------------------------------------------------- loading


@dataclass
class EvalPair:
    name: str
    a: Article
    b: Article
    gold: dict[str, Any]
    imported: dict[str, Article | str] = field(default_factory=dict)  # side -> article | error


def _import(path: Path) -> Article | str:
    """The article a user would get from `parallax import path`, or the error text."""
    try:
        from tui.ingest import load_file

        articles = load_file(path)
    except Exception as exc:  # IngestError or a bug: either way a miss, not a crash
        return f"{type(exc).__name__}: {exc}"
    return articles[0] if articles else "no article"


def _side(d: Path, side: str, gold: dict[str, Any]) -> tuple[Article, Article | str | None]:
    meta = gold[side]
    path = d / f"{side}.txt"
    raw = Article(title=meta["title"], body=path.read_text("utf-8"), language=meta["language"],
                  published=meta.get("published"), source=f"{d.name}/{side}")
    if f"meta_{side}" not in gold:
        return raw, None
    imported = _import(path)
    if isinstance(imported, str):
        return raw, imported
    # Compare what the importer kept, in the report's language (detection is not scored here).
    art = Article(title=imported.title or meta["title"], body=imported.body,
                  language=meta["language"], published=imported.published or meta.get("published"),
                  source=imported.source or f"{d.name}/{side}")
    return art, imported


def load_pairs(directory: Path = PAIRS, *, seeds: bool | None = None) -> list[EvalPair]:
    """Every pair under `directory` (plus the seed pair for the tuned set, when present)."""
    out = []
    for d in sorted(p for p in directory.iterdir() if p.is_dir()) if directory.is_dir() else []:
        gold = json.loads((d / "gold.json").read_text("utf-8"))
        (a, ia), (b, ib) = _side(d, "a", gold), _side(d, "b", gold)
        imported = {k: v for k, v in (("a", ia), ("b", ib)) if v is not None}
        out.append(EvalPair(d.name, a, b, gold, imported))
    if seeds if seeds is not None else directory == PAIRS:
        sa, sb = load_seed("000", "en"), load_seed("001", "pt")
        if sa is not None and sb is not None:
            out.append(EvalPair("seed_en-pt_kyiv", sa, sb, SEED_GOLD))
    return out


# ------------------------------------------------------------------ matching


@lru_cache(maxsize=1)
def _aliases() -> dict[str, frozenset[str]]:
    if not ALIASES.is_file():
        return {}
    data = json.loads(ALIASES.read_text("utf-8"))
    return {_norm(k): frozenset(_norm(v) for v in vs) for k, vs in data["aliases"].items()}


def _norm(name: str) -> str:
    return unicodedata.normalize("NFC", name).casefold().replace("_", " ").replace("-", " ").strip()


def _forms(name: str) -> set[str]:
    n = _norm(name)
    return {n, n.removesuffix("s"), n.removesuffix("es"), n + "s"}


def concept_matches(gold: str, engine: str | None) -> bool:
    """Does the engine's concept name stand for the gold concept (name, plural, alias)?

    "*" is any concept; "a|b" is either (for a figure two labels describe equally well).
    """
    if engine is None:
        return False
    if gold == "*":
        return True
    return any(_forms(engine) & _forms(n) for alt in gold.split("|")
               for n in {alt, *_aliases().get(_norm(alt), ())})


def value_matches(gold: Any, value: Any) -> bool:
    """A number equals the gold number; a [low, high] gold range holds any figure inside it."""
    if gold is None:
        return True
    if not isinstance(value, int | float) or isinstance(value, bool):
        return False
    if isinstance(gold, list):
        lo, hi = float(gold[0]), float(gold[1])
        eps = 1e-6 * max(1.0, abs(lo), abs(hi))
        return lo - eps <= float(value) <= hi + eps
    return math.isclose(float(value), float(gold), rel_tol=1e-6, abs_tol=1e-9)


def _has(side: dict[str, Any], name: str) -> bool:
    """Is `name` (case-insensitively) the entity's text or one of its mentions?"""
    names = {_norm(n) for n in [side["text"], *side["mentions"]]}
    return _norm(name) in names


# ---------------------------------------------------------------- evaluation


@dataclass
class PairResult:
    name: str
    same_event: bool = True
    conflicts_found: int = 0
    conflicts_total: int = 0
    agreements_found: int = 0
    agreements_total: int = 0
    entities_found: int = 0
    entities_total: int = 0
    false_conflicts: list[str] = field(default_factory=list)
    other_event_conflicts: int = 0  # conflicts reported on a pair of different events
    event_verdict: bool | None = None  # the engine's "same event?" answer, if it gives one
    meta_found: int = 0
    meta_total: int = 0
    noise_left: int = 0
    noise_total: int = 0
    languages_found: int = 0  # report files whose detected language is the gold one
    languages_total: int = 0
    failures: list[str] = field(default_factory=list)


def _is(fact: dict[str, Any], concept: str, av: Any, bv: Any) -> bool:
    """Is this quantity row about `concept` with these values (None: any value)?"""
    return (concept_matches(concept, fact.get("concept"))
            and value_matches(av, fact["a"]["value"]) and value_matches(bv, fact["b"]["value"]))


def _quantity_finder(quantities: list[dict[str, Any]]):
    def find(status: str, concept: str, av: Any, bv: Any) -> bool:
        return any(f["status"] == status and _is(f, concept, av, bv) for f in quantities)
    return find


def _score_figures(r: PairResult, gold: dict[str, Any], quantities: list[dict[str, Any]]) -> None:
    find = _quantity_finder(quantities)
    for concept, av, bv in gold.get("conflicts", []):
        r.conflicts_total += 1
        if find("conflict", concept, av, bv):
            r.conflicts_found += 1
        else:
            r.failures.append(f"missed conflict {concept} {av}≠{bv}")
    for item in gold.get("agreements", []):
        concept, av = item[0], item[1]
        bv = item[2] if len(item) > 2 else None  # [concept, value]: B's figure agrees with A's
        r.agreements_total += 1
        if find("agree", concept, av, bv):
            r.agreements_found += 1
        else:
            r.failures.append(f"missed agreement {concept} {av}" + (f"={bv}" if bv else ""))


def _score_false(r: PairResult, gold: dict[str, Any], quantities: list[dict[str, Any]]) -> None:
    conflicts = [f for f in quantities if f["status"] == "conflict"]
    if not r.same_event:
        r.other_event_conflicts = len(conflicts)
        return
    for f in conflicts:
        # A listed disagreement under a generic label ("people") is not a false conflict.
        concept = "*" if f.get("concept") in _GENERIC else None
        if not any(_is(f, concept or c, av, bv) for c, av, bv in gold.get("conflicts", [])):
            r.false_conflicts.append(f"{f['concept']} {f['a']['text']!r}≠{f['b']['text']!r}")
    for concept, v in gold.get("no_conflict", []):
        for f in conflicts:
            if concept_matches(concept, f.get("concept")) and (
                    value_matches(v, f["a"]["value"]) or value_matches(v, f["b"]["value"])):
                r.failures.append(f"forbidden conflict on {concept} {v}")


def _score_entities(r: PairResult, gold: dict[str, Any], facts: list[dict[str, Any]]) -> None:
    entities = [f for f in facts if f["kind"] == "entity" and f["status"] == "agree"]
    for a_text, b_text in gold.get("entities", []):
        r.entities_total += 1
        if any(_has(f["a"], a_text) and _has(f["b"], b_text) for f in entities):
            r.entities_found += 1
        else:
            r.failures.append(f"entities not matched: {a_text!r} / {b_text!r}")


_VERDICT_KEYS = ("same", "likely", "same_event", "probable")
_SCORE_KEYS = ("score", "probability", "likelihood", "confidence")


def event_verdict(result: dict[str, Any]) -> bool | None:
    """The engine's answer to "one event?" in a compare result, in any of a few shapes.

    Accepted: `"same_event": true|false`, `"same_event": {"same"|"likely": bool}` or
    `{"score"|"probability": 0..1}` (≥ 0.5 is "same"), or `{"verdict": "same"|"different"}`.
    None when the result says nothing about it.
    """
    value = result.get("same_event", result.get("event"))
    if isinstance(value, bool):
        return value
    if not isinstance(value, dict):
        return None
    for key in _VERDICT_KEYS:
        if isinstance(value.get(key), bool):
            return value[key]
    verdict = value.get("verdict")
    if isinstance(verdict, str):
        return "different" not in verdict.casefold() and "unlikely" not in verdict.casefold()
    for key in _SCORE_KEYS:
        if isinstance(value.get(key), int | float):
            return float(value[key]) >= 0.5
    return None


def evaluate_pair(pair: EvalPair) -> PairResult:
    gold = pair.gold
    res = compare_articles(pair.a, pair.b)
    facts = res["facts"]
    quantities = [f for f in facts if f["kind"] == "quantity"]
    r = PairResult(pair.name, same_event=gold.get("same_event", True))
    _score_figures(r, gold, quantities)
    _score_false(r, gold, quantities)
    _score_entities(r, gold, facts)
    r.event_verdict = event_verdict(res)
    for side in ("a", "b"):
        if f"meta_{side}" in gold:
            _score_meta(r, side, gold[f"meta_{side}"], pair.imported.get(side, "not imported"))
        if side in gold:
            _score_language(r, side, gold[side]["language"], pair)
    return r


def _score_language(r: PairResult, side: str, want: str, pair: EvalPair) -> None:
    """The language a user's import gets (the importer's for files with header noise, the
    detector's on the raw text otherwise). Compare runs in the gold language either way."""
    from tui.analysis.language import detect_language

    imported = pair.imported.get(side)
    art = pair.a if side == "a" else pair.b
    got = imported.language if isinstance(imported, Article) else detect_language(
        f"{art.title}\n\n{art.body}")
    r.languages_total += 1
    if got == want:
        r.languages_found += 1
    else:
        r.failures.append(f"{side}: language {got!r}, expected {want!r}")


# ------------------------------------------------------------------ metadata


def _text(value: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", value or "").split()).casefold()


def _source(value: str | None) -> str:
    return _text(value).removeprefix("https://").removeprefix("http://").removeprefix("www.")


def _left_in(line: str, body: str) -> bool:
    """Is a header line still in the body? As a line of its own, or inside one when it is
    long enough not to be a word the body itself uses ("Health officials", an outlet quoted
    by name)."""
    lines = [_text(b) for b in body.splitlines()]
    return line in lines or (len(line.split()) >= 4 and any(line in b for b in lines))


def _score_meta(r: PairResult, side: str, meta: dict[str, Any], art: Article | str) -> None:
    """Title, source and published date as a good importer extracts them; noise left."""
    noise = meta.get("noise", [])
    r.meta_total += 3
    r.noise_total += len(noise)
    if isinstance(art, str):
        r.noise_left += len(noise)
        r.failures.append(f"{side}: import failed ({art})")
        return
    checks = (("title", _text(art.title), _text(meta["title"])),
              ("source", _source(art.source), _source(meta["source"])),
              ("published", (art.published or "")[:10], meta["published"]))
    for name, got, want in checks:
        if got == want:
            r.meta_found += 1
        else:
            r.failures.append(f"{side}: {name} {got!r}, expected {want!r}")
    left = [line for line in noise if _left_in(_text(line), art.body)]
    r.noise_left += len(left)
    r.failures.extend(f"{side}: header noise left in body: {line!r}" for line in left)


# -------------------------------------------------------------------- report


def _ratio(results: list[PairResult], found: str, total: str) -> float | None:
    t = sum(getattr(r, total) for r in results)
    return sum(getattr(r, found) for r in results) / t if t else None


def _languages(pairs: list[EvalPair]) -> list[str]:
    langs = {p.gold[s]["language"] for p in pairs for s in ("a", "b") if s in p.gold}
    langs |= {lang for p in pairs if p.name.startswith("seed") for lang in ("en", "pt")}
    return sorted(langs)


def evaluate(which: str | Path = "tuned", only: str | None = None) -> dict[str, Any]:
    """Scores of one set: "tuned" (pairs/ + seeds), "untuned", or a directory of pairs;
    `only`, a regular expression, keeps the pairs whose directory name it matches at the start."""
    directory = SETS[which] if isinstance(which, str) else Path(which)
    pairs = [p for p in load_pairs(directory) if only is None or re.match(only, p.name)]
    results = [evaluate_pair(p) for p in pairs]
    same = [r for r in results if r.same_event]
    false = sum(len(r.false_conflicts) for r in same)
    verdicts = [r for r in results if r.event_verdict is not None]
    return {
        "set": which if isinstance(which, str) else str(which),
        "pairs": len(results),
        "same_event_pairs": len(same),
        "languages": _languages(pairs),
        "conflict_recall": _ratio(same, "conflicts_found", "conflicts_total") or 0.0,
        "agreement_recall": _ratio(same, "agreements_found", "agreements_total") or 0.0,
        "entity_recall": _ratio(same, "entities_found", "entities_total") or 0.0,
        "false_conflicts": false,
        "false_per_20": 20 * false / len(same) if same else 0.0,
        "metadata": _ratio(results, "meta_found", "meta_total"),
        "event_verdicts": sum(r.event_verdict == r.same_event for r in verdicts),
        "event_answered": len(verdicts),
        "other_event_conflicts": sum(r.other_event_conflicts for r in results),
        "results": results,
    }


def totals(report: dict[str, Any]) -> dict[str, tuple[int, int]]:
    """found/total counts behind the ratios of a report (for printing)."""
    rs = report["results"]
    same = [r for r in rs if r.same_event]

    def pair(found: str, total: str, among: list[PairResult]) -> tuple[int, int]:
        return sum(getattr(r, found) for r in among), sum(getattr(r, total) for r in among)

    return {
        "conflicts": pair("conflicts_found", "conflicts_total", same),
        "agreements": pair("agreements_found", "agreements_total", same),
        "entities": pair("entities_found", "entities_total", same),
        "metadata": pair("meta_found", "meta_total", rs),
        "noise": pair("noise_left", "noise_total", rs),
        "language_detection": pair("languages_found", "languages_total", rs),
    }
