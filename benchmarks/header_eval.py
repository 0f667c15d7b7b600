"""Header recovery on the eval sets alone (no compare): metadata, noise left, body lines lost.

Every report file of a set is imported with `tui.ingest.load_file`, as a user's import
would. For files with `meta_*` gold the title, source and published date are checked and
the `noise` lines still in the body counted, as `compare_eval.py` does. For every file
(with gold meta or not) each line of the file that is neither gold noise nor the gold
title must still be in the imported body: a body line lost is worse than a noise line
kept. Takes seconds, so header changes can be checked on every pair of every set.

    python benchmarks/header_eval.py [--set dev|tuned|untuned|all] [--pairs REGEX] [-v]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tui.ingest import load_file  # noqa: E402

SETS = {name: REPO / "tests" / "eval" / name for name in ("pairs", "dev", "untuned")}
SETS["tuned"] = SETS.pop("pairs")


def _text(value: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", value or "").split()).casefold()


def _source(value: str | None) -> str:
    return _text(value).removeprefix("https://").removeprefix("http://").removeprefix("www.")


def _check(path: Path, gold: dict, side: str, out: dict, verbose: bool) -> None:
    meta = gold.get(f"meta_{side}")
    try:
        (art,) = load_file(path)[:1]
    except Exception as exc:  # a crash is a miss of every check
        out["fail"].append(f"{path}: import failed: {exc}")
        return
    body = _text(art.body)
    misses: list[str] = []
    noise = {_text(n) for n in (meta or {}).get("noise", [])}
    title = _text((meta or gold[side]).get("title"))
    if meta:
        out["meta_total"] += 3
        out["noise_total"] += len(noise)
        for name, got, want in (("title", _text(art.title), _text(meta["title"])),
                                ("source", _source(art.source), _source(meta["source"])),
                                ("published", (art.published or "")[:10], meta["published"])):
            if got == want:
                out["meta_found"] += 1
            else:
                misses.append(f"{name} {got!r}, expected {want!r}")
        left = [n for n in meta.get("noise", []) if _text(n) in body]
        out["noise_left"] += len(left)
        misses.extend(f"noise left: {n!r}" for n in left)
    for line in path.read_text("utf-8").splitlines():
        t = _text(line)
        if not t or t in noise or (meta and t == title):
            continue
        out["lines"] += 1
        if t not in body and not (not meta and t == _text(art.title)):
            out["dropped"] += 1
            misses.append(f"BODY LINE DROPPED: {line[:90]!r}")
    if misses:
        out["fail"].append(f"{path.parent.name}/{side}: " + "; ".join(misses) if verbose
                           else f"{path.parent.name}/{side}: {len(misses)} misses")
        if verbose:
            out["fail"][-1] = out["fail"][-1].replace("; ", "\n      ")


def run(names: list[str], pattern: str | None, verbose: bool) -> dict:
    out = {"meta_found": 0, "meta_total": 0, "noise_left": 0, "noise_total": 0,
           "lines": 0, "dropped": 0, "files": 0, "fail": []}
    for name in names:
        for d in sorted(p for p in SETS[name].glob("*") if (p / "gold.json").is_file()):
            if pattern and not re.match(pattern, d.name):
                continue
            gold = json.loads((d / "gold.json").read_text("utf-8"))
            for side in ("a", "b"):
                out["files"] += 1
                _check(d / f"{side}.txt", gold, side, out, verbose)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", default="all", choices=["all", *SETS])
    parser.add_argument("--pairs", metavar="REGEX",
                        help="only pairs whose directory name starts with a match of REGEX")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    names = list(SETS) if args.set == "all" else [args.set]
    out = run(names, args.pairs, args.verbose)
    for line in out["fail"]:
        print("  " + line)
    print(f"files: {out['files']}")
    print(f"metadata checks:  {out['meta_found']}/{out['meta_total']}")
    print(f"noise left:       {out['noise_left']}/{out['noise_total']}")
    print(f"body lines lost:  {out['dropped']}/{out['lines']}")


if __name__ == "__main__":
    main()
