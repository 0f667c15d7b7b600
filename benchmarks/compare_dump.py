"""Dump `compare_articles` JSON of every tuned and dev pair, both ways, one line each:
`python benchmarks/compare_dump.py OUT.jsonl`. Two dumps are byte-identical when a change
(a speed-up) leaves every comparison as it was. The two ~1,500-word texts of
compare_speed.py are compared last, from cold memos. Set PARALLAX_EVAL_SEEDS as for
compare_eval.py to include the seed pair.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests" / "eval"), str(REPO / "benchmarks")]

import compare_speed  # noqa: E402
from eval_harness import SETS, load_pairs  # noqa: E402

from tui.analysis.compare import compare_articles  # noqa: E402
from tui.models import Article  # noqa: E402


def _line(name: str, a: Article, b: Article) -> str:
    return json.dumps({"pair": name, "r": compare_articles(a, b)}, ensure_ascii=False,
                      sort_keys=True, default=str) + "\n"


def main(argv: list[str]) -> int:
    with open(argv[0], "w", encoding="utf-8") as out:
        for which in ("tuned", "dev"):
            for p in load_pairs(SETS[which]):
                out.write(_line(f"{which}/{p.name}/ab", p.a, p.b))
                out.write(_line(f"{which}/{p.name}/ba", p.b, p.a))
        a = Article(title="A", body=compare_speed.build("a"), language="en",
                    published="2025-07-04T10:00:00+00:00")
        b = Article(title="B", body=compare_speed.build("b"), language="pt",
                    published="2025-07-04T12:00:00+00:00")
        for name, x, y in (("speed/ab", a, b), ("speed/ba", b, a)):
            compare_speed.clear_caches(True)
            out.write(_line(name, x, y))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
