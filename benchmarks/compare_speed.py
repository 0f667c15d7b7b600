"""Time `compare_articles` on two ~1,500-word reports: `python benchmarks/compare_speed.py`.

The texts are built from our own evaluation reports (tests/eval/pairs), so the figures,
names and languages are realistic. Three numbers:

- first call: a fresh process comparing its first pair (loads language files, babel data,
  the gazetteer and every per-language table, then works cold);
- cold: every memo of words, names and texts is forgotten before each run (every
  `functools.lru_cache` of tui.analysis holding 256 entries or more, and the word tables'
  look-up caches), so both texts are analysed and paired from scratch; per-language tables
  built at start-up stay. This is a user opening the split view on two fresh articles;
- warm: only the per-article analysis is forgotten; the word and name memos stay.

Medians of wall-clock time and of this process's CPU time are printed (CPU time varies less
on a shared machine). `--stages` adds a per-stage breakdown (CPU) of the cold and warm runs;
`--startup` breaks the first call down: the CPU time spent building each start-up table
(every small `functools.lru_cache` of tui.analysis, timed exclusive of the tables it asks
for; one reached only through a name another module imported is not seen), the rest being
the analysis and pairing themselves. `--runs N` sets the runs per mode (default 15).
"""

from __future__ import annotations

import argparse
import gc
import importlib
import pkgutil
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import tui.analysis  # noqa: E402
from tui.analysis import lexicon  # noqa: E402
from tui.analysis.compare import compare_articles  # noqa: E402
from tui.models import Article  # noqa: E402

PAIRS = REPO / "tests" / "eval" / "pairs"
MEMO_MIN_SIZE = 256  # smaller caches hold per-language tables (start-up), not words

# (module, function) timed by --stages; a name a checkout lacks is skipped.
STAGES = [
    ("facts", "split_sentences"), ("facts", "tokenize"), ("facts", "extract_dates"),
    ("facts", "extract_quantities"), ("facts", "extract_entities"),
    ("compare", "_pair_entities"), ("compare", "sentence_features"),
    ("compare", "similarity_matrix"), ("compare", "align_sentences"),
    ("compare", "_pair_quantities"), ("compare", "_relations"), ("compare", "_pair_dates"),
    ("same_event", "signals"),
]


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


def _memos() -> list[Callable]:
    """Every lru_cache of tui.analysis that memoises words, names or texts."""
    found: dict[int, Callable] = {}
    for info in pkgutil.iter_modules(tui.analysis.__path__):
        module = importlib.import_module(f"tui.analysis.{info.name}")
        for fn in vars(module).values():
            params = getattr(fn, "cache_parameters", None)
            if params is not None and (params()["maxsize"] or MEMO_MIN_SIZE) >= MEMO_MIN_SIZE:
                found[id(fn)] = fn
    return list(found.values())


def _word_tables() -> list:
    table = getattr(lexicon, "_WordTable", None)
    return [o for o in gc.get_objects() if table is not None and isinstance(o, table)]


def clear_caches(cold: bool, memos: list[Callable] | None = None,
                 tables: list | None = None) -> None:
    """Forget per-article results; with `cold`, also every word/name/text memo."""
    from tui.analysis import facts, sentences

    facts.analyse.cache_clear()
    sentences._split_cached.cache_clear()
    if not cold:
        return
    for fn in memos if memos is not None else _memos():
        fn.cache_clear()
    for table in tables if tables is not None else _word_tables():
        table._cache.clear()


class _StageTimer:
    """Wraps the STAGES functions where the pipeline calls them and sums their times."""

    def __init__(self) -> None:
        self.times: dict[str, float] = defaultdict(float)
        for mod_name, name in STAGES:
            module = importlib.import_module(f"tui.analysis.{mod_name}")
            if hasattr(module, name):
                setattr(module, name, self._wrap(name, getattr(module, name)))

    def _wrap(self, name: str, fn: Callable) -> Callable:
        def timed(*args, **kwargs):
            t = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                self.times[name] += (time.process_time() - t) * 1000
        return timed


def _run(a: Article, b: Article, cold: bool, runs: int, timer: _StageTimer | None,
         memos: list[Callable], tables: list) -> tuple[list[float], list[float], dict]:
    wall, cpu = [], []
    stages: dict[str, list[float]] = defaultdict(list)
    for _ in range(runs):
        clear_caches(cold, memos, tables)
        if timer is not None:
            timer.times.clear()
        t, c = time.perf_counter(), time.process_time()
        compare_articles(a, b)
        cpu.append((time.process_time() - c) * 1000)
        wall.append((time.perf_counter() - t) * 1000)
        for name, ms in (timer.times.items() if timer is not None else ()):
            stages[name].append(ms)
    return wall, cpu, stages


class _StartupTimer:
    """Exclusive CPU time of each start-up table (lru_cache smaller than MEMO_MIN_SIZE)."""

    def __init__(self) -> None:
        self.times: dict[str, float] = defaultdict(float)
        self._stack: list[float] = []
        self._wrapped: list[tuple[object, str, Callable]] = []
        for info in pkgutil.iter_modules(tui.analysis.__path__):
            module = importlib.import_module(f"tui.analysis.{info.name}")
            for name, fn in list(vars(module).items()):
                params = getattr(fn, "cache_parameters", None)
                if (params is not None and getattr(fn, "__module__", None) == module.__name__
                        and (params()["maxsize"] or MEMO_MIN_SIZE) < MEMO_MIN_SIZE):
                    self._wrapped.append((module, name, fn))
                    setattr(module, name, self._wrap(f"{info.name}.{name}", fn))

    def restore(self) -> None:
        for module, name, fn in self._wrapped:
            setattr(module, name, fn)

    def _wrap(self, label: str, fn: Callable) -> Callable:
        def timed(*args, **kwargs):
            t = time.process_time()
            self._stack.append(0.0)
            try:
                return fn(*args, **kwargs)
            finally:
                spent, inner = time.process_time() - t, self._stack.pop()
                self.times[label] += (spent - inner) * 1000
                if self._stack:
                    self._stack[-1] += spent
        return timed

    def report(self, first_cpu: float, top: int = 8) -> None:
        tables = {k: v for k, v in self.times.items() if k != "facts.analyse"}
        print(f"  start-up tables: {sum(tables.values()):.0f} ms CPU; analysis and pairing "
              f"{first_cpu - sum(tables.values()):.0f} ms. Largest tables:")
        for name, ms in sorted(tables.items(), key=lambda kv: -kv[1])[:top]:
            print(f"    {name:36}{ms:7.1f} ms")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--stages", action="store_true", help="per-stage breakdown")
    parser.add_argument("--startup", action="store_true", help="first call broken down")
    args = parser.parse_args(argv)
    startup = _StartupTimer() if args.startup else None
    a = Article(title="A", body=build("a"), language="en", published="2025-07-04T10:00:00+00:00")
    b = Article(title="B", body=build("b"), language="pt", published="2025-07-04T12:00:00+00:00")
    t, c = time.perf_counter(), time.process_time()
    result = compare_articles(a, b)  # start-up: tables, babel data, gazetteer
    first = ((time.perf_counter() - t) * 1000, (time.process_time() - c) * 1000)
    memos, tables = _memos(), _word_tables()
    timer = _StageTimer() if args.stages else None
    print(f"words: A={len(a.body.split())} B={len(b.body.split())}; "
          f"{len(memos)} memos and {len(tables)} word tables cleared for a cold run")
    print(f"first call (with start-up): {first[0]:.0f} ms (CPU {first[1]:.0f} ms)")
    if startup is not None:
        startup.restore()
        startup.report(first[1])
    breakdown = {}
    for label, cold in (("cold", True), ("warm", False)):
        wall, cpu, breakdown[label] = _run(a, b, cold, args.runs, timer, memos, tables)
        print(f"{label}: median {statistics.median(wall):.1f} ms (CPU "
              f"{statistics.median(cpu):.1f} ms), max {max(wall):.1f} ms over {args.runs} runs")
    if timer is not None:
        print(f"\n{'stage (median CPU ms)':24}{'cold':>8}{'warm':>8}")
        for name in sorted(breakdown["cold"], key=lambda n: -statistics.median(
                breakdown["cold"][n])):
            print(f"{name:24}{statistics.median(breakdown['cold'][name]):8.1f}"
                  f"{statistics.median(breakdown['warm'].get(name, [0.0])):8.1f}")
    print(f"facts={len(result['facts'])}, aligned groups={len(result['alignment'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
