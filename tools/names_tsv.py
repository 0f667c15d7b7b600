"""What the repair steps of tui/data/glossary/names.tsv share: their command line
(`--wordnet DIR`, `--names FILE`) and rewriting the file in place, row for row."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def parse_args(doc: str, argv: list[str] | None) -> argparse.Namespace:
    """`--wordnet` (Princeton WordNet 3.0) and `--names` (the names.tsv to repair)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"))
    parser.add_argument("--names", type=Path,
                        default=REPO / "tui" / "data" / "glossary" / "names.tsv")
    return parser.parse_args(argv)


def rewrite(names: Path, repair: Callable[[list[str]], list[str]], done: str) -> int:
    """Write `repair` of the file's rows back over it, one row for each row, and say how
    many changed (`done`: what a changed row had done to it)."""
    rows = names.read_text(encoding="utf-8").splitlines()
    out = repair(rows)
    changed = sum(a != b for a, b in zip(rows, out, strict=True))
    names.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{names.name}: {changed} of {len(rows)} {done}", file=sys.stderr)
    return 0
