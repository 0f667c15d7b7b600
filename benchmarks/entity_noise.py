"""Count entity rows that are common words shown as names: `python benchmarks/entity_noise.py`.

The evaluation scores entity recall only; this measures the other side. An entity fact
(any status) is counted as junk when every mention on both sides is a single word that
either text also writes in lowercase as an ordinary word, or that its report's language
knows as a common word (a stop word of tui/data/lang/<lang>.toml, or a word simplemma's
dictionary holds only in lowercase). `--set`/`--pairs` as for compare_eval.py; `-v`
prints the pairs with their junk rows.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "eval")]

from eval_harness import SETS, load_pairs  # noqa: E402

from tui.analysis.compare import compare_articles  # noqa: E402
from tui.analysis.lemmas import common_word  # noqa: E402
from tui.analysis.mentions import STOP_BY_LANGUAGE  # noqa: E402
from tui.analysis.translit import latin_fold  # noqa: E402

_WORD = re.compile(r"\w+")


def _lower_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text) if w.islower()}


def _common(word: str, language: str | None, lowers: set[str]) -> bool:
    if " " in word or "-" in word or not word.isalpha() or word.isupper():
        return False
    low = word.lower()
    return low in lowers or latin_fold(low) in STOP_BY_LANGUAGE.get(language or "", ()) \
        or common_word(word, language)


def junk_rows(result: dict[str, Any], texts: tuple[str, str]) -> list[str]:
    """The entity rows of `result` whose every mention is a common word."""
    lowers = _lower_words(texts[0]) | _lower_words(texts[1])
    langs = (result["a"].get("language"), result["b"].get("language"))
    out = []
    for fact in result["facts"]:
        if fact["kind"] != "entity":
            continue
        sides = [(fact[s], lang) for s, lang in zip(("a", "b"), langs, strict=True) if fact[s]]
        if all(_common(m, lang, lowers) for side, lang in sides for m in side["mentions"]):
            out.append(" / ".join(side["text"] for side, _ in sides) + f" [{fact['status']}]")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(SETS), default="dev")
    parser.add_argument("--pairs", metavar="REGEX")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    pattern = re.compile(args.pairs) if args.pairs else None
    total = rows = 0
    for pair in load_pairs(SETS[args.set]):
        if pattern and not pattern.match(pair.name):
            continue
        result = compare_articles(pair.a, pair.b)
        junk = junk_rows(result, (pair.a.body, pair.b.body))
        rows += sum(f["kind"] == "entity" for f in result["facts"])
        total += len(junk)
        if args.verbose and junk:
            print(f"{pair.name}: {len(junk)}")
            for row in junk:
                print(f"  - {row}")
    print(f"== {args.set} set: {total} junk entity rows of {rows}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
