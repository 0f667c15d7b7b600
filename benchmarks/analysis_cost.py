"""Cost of analysing one article: `python benchmarks/analysis_cost.py [--quick]`.

Times `tui.analysis.facts.analyse` on varied prose at 1x, 2x, 4x and 8x a base length and
on pathological inputs, and `compare_articles` on long texts. The prose is drawn from our
own evaluation reports (tests/eval/pairs, seven languages): sentences of one language in a
random order, every digit replaced by a random one, so no two articles are copies.

Every time is CPU time (`time.process_time`, robust on a busy machine) and is set against
one tokenisation pass, `re.findall(r"\\w+", text)`, over the same text in the same run.
The issue's target for a whole import (storing, analysis and grouping) is at most 25 such
passes; the "share" column says how much of that budget analysis alone uses.
"""

from __future__ import annotations

import json
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tui.analysis import facts, sentences  # noqa: E402
from tui.analysis.compare import compare_articles  # noqa: E402
from tui.models import Article  # noqa: E402

PAIRS = REPO / "tests" / "eval" / "pairs"
BASE_CHARS = 3000  # a typical report
BUDGET = 25  # tokenisation passes for the whole import (issue 9)
_WORD = re.compile(r"\w+")


def sentence_pools() -> dict[str, list[str]]:
    """Sentences of the evaluation reports, by language."""
    pools: dict[str, list[str]] = {}
    for d in sorted(p for p in PAIRS.iterdir() if (p / "gold.json").is_file()):
        gold = json.loads((d / "gold.json").read_text("utf-8"))
        for side in ("a", "b"):
            lang = gold[side]["language"]
            text = (d / f"{side}.txt").read_text("utf-8")
            pools.setdefault(lang, []).extend(
                s.text for s in sentences.split_sentences(text, lang))
    return pools


def article(pool: list[str], chars: int, rng: random.Random) -> str:
    """Varied prose of about `chars` characters: shuffled sentences, random digits."""
    out: list[str] = []
    size = 0
    while size < chars:
        s = re.sub(r"\d", lambda _: str(rng.randint(0, 9)), rng.choice(pool))
        out.append(s)
        size += len(s) + 1
        if rng.random() < 0.2:
            out.append("\n")
    return " ".join(out).replace(" \n ", "\n\n")


def cpu(fn: Callable[[], object], repeat: int = 1) -> float:
    """Best CPU time of `repeat` runs of `fn`."""
    best = float("inf")
    for _ in range(repeat):
        t = time.process_time()
        fn()
        best = min(best, time.process_time() - t)
    return best


def tokenise_pass(texts: list[str]) -> float:
    return cpu(lambda: [_WORD.findall(t) for t in texts], repeat=5)


def analyse_all(texts: list[tuple[str, str]]) -> float:
    facts.analyse.cache_clear()
    return cpu(lambda: [facts.analyse(t, lang, "2025-07-04T10:00:00+00:00") for t, lang in texts])


def row(label: str, chars: int, seconds: float, tokenise: float) -> None:
    ratio = seconds / tokenise if tokenise else float("inf")
    print(f"{label:<34} {chars:>10,} {seconds * 1e6 / chars:>9.3f} "
          f"{ratio:>9.1f} {ratio / BUDGET:>7.0%}", flush=True)


def header(title: str) -> None:
    print(f"\n{title}")
    print(f"{'input':<34} {'chars':>10} {'ms/1000ch':>9} {'x tokens':>9} {'share':>7}")


def prose(quick: bool) -> None:
    pools = sentence_pools()
    langs = sorted(pools)
    rng = random.Random(9)
    total = 40 if quick else 96  # articles at 1x; fewer, longer ones at higher scales
    header(f"varied prose ({', '.join(langs)}), same total length per scale")
    for scale in (1, 2, 4, 8):
        texts = [(article(pools[langs[i % len(langs)]], BASE_CHARS * scale, rng),
                  langs[i % len(langs)]) for i in range(total // scale)]
        chars = sum(len(t) for t, _ in texts)
        seconds = analyse_all(texts)
        row(f"{scale}x (~{BASE_CHARS * scale:,} chars) x {len(texts)}", chars, seconds,
            tokenise_pass([t for t, _ in texts]))


def pathological(quick: bool) -> None:
    rng = random.Random(3)

    def names(n: int) -> str:
        def name() -> str:
            return "".join(rng.choice("BCDFGKLMNPRSTVZ") + rng.choice("aeiou")
                           + rng.choice("lmnrst") for _ in range(2)).capitalize()
        return " ".join(f"{name()} {name()} said." for _ in range(n))

    cases = {
        '"Seventy-two " x 2000': "Seventy-two " * 2000,
        '"A. " x 16000': "A. " * 16000,
        '"A.\\n" x 16000': "A.\n" * 16000,
        "8,000 distinct names": names(8000),
        "20,000 numbers, one sentence": " ".join(
            f"{rng.randint(1, 10**6)} people" for _ in range(20000)),
        '"Dei ⁴² banchi. " x 5000': "Dei ⁴² banchi. " * 5000,
        '"9" x 309, x 300': " ".join(["9" * 309] * 300),
        "2 MB of prose (capped)": article(sentence_pools()["en"], 2_000_000, rng),
    }
    if quick:
        cases.pop("2 MB of prose (capped)")
    header("pathological inputs (one article each; cap "
           f"{facts.MAX_ANALYSED_CHARS:,} characters)")
    for label, text in cases.items():
        row(label, len(text), analyse_all([(text, "en")]), tokenise_pass([text]))


def compare_long() -> None:
    pools = sentence_pools()
    rng = random.Random(5)
    header("compare_articles of two long texts (analysis included)")
    for label, a, b in (
        ("two 8x reports (en, pt)", article(pools["en"], 8 * BASE_CHARS, rng),
         article(pools["pt"], 8 * BASE_CHARS, rng)),
        ("two 100,000-char reports (en, de)", article(pools["en"], 100_000, rng),
         article(pools["de"], 100_000, rng)),
    ):
        art_a = Article(title="A", body=a, language="en")
        art_b = Article(title="B", body=b, language=label.split(", ")[-1].rstrip(")"))
        facts.analyse.cache_clear()
        seconds = cpu(lambda art_a=art_a, art_b=art_b: compare_articles(art_a, art_b))
        row(label, len(a) + len(b), seconds, tokenise_pass([a, b]))


def main() -> int:
    quick = "--quick" in sys.argv
    facts.analyse("Warm-up: 12 people were hurt in Kyiv on Monday.", "en", "2025-07-04")
    prose(quick)
    pathological(quick)
    compare_long()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
