"""Time `compare_articles` on two ~1,500-word reports: `python benchmarks/compare_speed.py`.

The texts are built from our own evaluation reports (tests/eval/pairs), so the figures,
names and languages are realistic. Caches of per-article analysis are cleared before
each run, so every run analyses both texts from scratch (start-up costs are excluded).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tui.analysis import (  # noqa: E402
    entities,
    facts,
    gazetteer,
    inflection,
    lexicon,
    numbers,
    phonetic,
    sentences,
    text,
    translit,
)
from tui.analysis.compare import compare_articles  # noqa: E402
from tui.models import Article  # noqa: E402

PAIRS = REPO / "tests" / "eval" / "pairs"


def build(side: str, target_words: int = 1500) -> str:
    parts: list[str] = []
    count = 0
    while count < target_words:
        for d in sorted(p for p in PAIRS.iterdir() if p.is_dir()):
            text = (d / f"{side}.txt").read_text("utf-8")
            parts.append(text)
            count += len(text.split())
            if count >= target_words:
                break
    return "\n\n".join(parts)


def clear_caches(cold: bool) -> None:
    """Forget per-article results; with `cold`, also every per-word/per-name memo."""
    facts.analyse.cache_clear()
    sentences._split_cached.cache_clear()
    if not cold:
        return
    for fn in (entities.same_name, phonetic.names_similar, phonetic.word_key,
               phonetic.transliterate, text.fold, numbers.word_value, numbers._phrase_value,
               gazetteer.lookup, gazetteer.fuzzy_lookup, translit.latin, translit.latin_fold,
               inflection.same_word, inflection.comparable, inflection.near_forms):
        fn.cache_clear()
    for lang in (None, *lexicon.SUPPORTED):
        lexicon.concept_table(lang)._cache.clear()


def main(runs: int = 15) -> int:
    a = Article(title="A", body=build("a"), language="en", published="2025-07-04T10:00:00+00:00")
    b = Article(title="B", body=build("b"), language="pt", published="2025-07-04T12:00:00+00:00")
    t0 = time.perf_counter()
    compare_articles(a, b)  # start-up: tables, babel data, gazetteer
    startup = (time.perf_counter() - t0) * 1000
    print(f"words: A={len(a.body.split())} B={len(b.body.split())}")
    print(f"first call (with start-up): {startup:.0f} ms")
    for cold in (True, False):
        times = []
        for _ in range(runs):
            clear_caches(cold)
            t = time.perf_counter()
            result = compare_articles(a, b)
            times.append((time.perf_counter() - t) * 1000)
        label = "cold word/name memos" if cold else "warm word/name memos"
        print(f"compare two 1,500-word reports ({label}): median "
              f"{statistics.median(times):.1f} ms, max {max(times):.1f} ms over {runs} runs")
    print(f"facts={len(result['facts'])}, aligned groups={len(result['alignment'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
