"""Streaming import: peak memory and records/s of `iter_file` (JSON Lines, `--feed` RSS).

    python benchmarks/ingest_stream.py [--mb 40] [--feed] [--keep DIR]

Generates a varied JSON Lines file (articles of shuffled real-like prose in several
languages, about 2.8 KB each, as in the issue's 284 MB dump) in a temp dir, then runs,
each in its own subprocess so peak memory is its own:

- `baseline`: `json.loads` of every line (read line by line), nothing else;
- `iter_file`: `tui.ingest.iter_file` over the same file (decoding, cleaning, language
  detection, dates: everything the importer does before the store);
- `imports`: iter_file's first record only (modules and language model loaded), to show
  the interpreter's own floor.

Peak memory is the child's `ru_maxrss`. The size limit is 1 MB, far below the file:
only per-record reading lets it in at all. With `--feed` the
same records are also written as one RSS feed and read entry by entry, against
`lxml.etree.iterparse` alone as the baseline.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_TEXT = {
    "en": "the harbour reopened after storm council said workers trains strike minister "
    "report city water prices rose percent week agency officials announced new rules "
    "farmers protest bridge repairs budget hospital school election votes",
    "pt": "o porto reabriu depois da tempestade câmara disse trabalhadores comboios greve "
    "ministro relatório cidade água preços subiram por cento semana agência",
    "fr": "le port a rouvert après la tempête la mairie a dit travailleurs trains grève "
    "ministre rapport ville eau prix ont augmenté pour cent semaine agence",
    "de": "der Hafen wurde nach dem Sturm wieder geöffnet Stadtrat sagte Arbeiter Züge "
    "Streik Minister Bericht Stadt Wasser Preise stiegen Prozent Woche Agentur",
}
_WORDS = {lang: text.split() for lang, text in _TEXT.items()}
_LIMIT = 1024 * 1024
_OUTLETS = ["Harbor Ledger", "Diário do Porto", "Le Quotidien", "Stadtanzeiger", "Wire"]


def _sentence(rng: random.Random, words: list[str]) -> str:
    picked = rng.choices(words, k=rng.randint(8, 22))
    number = f" {rng.randint(2, 9000)}" if rng.random() < 0.4 else ""
    return (" ".join(picked) + number).capitalize() + "."


def _record(rng: random.Random, n: int) -> str:
    lang = rng.choice(list(_WORDS))
    words = _WORDS[lang]
    paragraphs = [
        " ".join(_sentence(rng, words) for _ in range(rng.randint(2, 5)))
        for _ in range(rng.randint(4, 9))
    ]
    obj = {
        "title": _sentence(rng, words)[:90],
        "source": rng.choice(_OUTLETS),
        "url": f"https://news{n % 97}.example/{n}",
        "language": lang if rng.random() < 0.5 else None,
        "published": f"20{rng.randint(10, 25)}-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}"
        f"T{rng.randint(0, 23):02}:{rng.randint(0, 59):02}:00+0{rng.randint(0, 5)}:00",
        "tags": rng.sample(words, 2),
        "body": "\n\n".join(paragraphs),
    }
    return json.dumps(obj, ensure_ascii=False)


def generate(path: Path, megabytes: float, seed: int = 9) -> int:
    rng = random.Random(seed)
    target = int(megabytes * 1024 * 1024)
    written = records = 0
    with path.open("w", encoding="utf-8") as out:
        while written < target:
            line = _record(rng, records) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            records += 1
    return records


def generate_feed(jsonl: Path, path: Path) -> int:
    """The same records as one RSS 2.0 feed (`--feed`)."""
    from xml.sax.saxutils import escape

    records = 0
    with jsonl.open(encoding="utf-8") as lines, path.open("w", encoding="utf-8") as out:
        out.write("<?xml version='1.0' encoding='utf-8'?>\n<rss version='2.0'><channel>"
                  "<title>Bench Wire</title>\n")
        for line in lines:
            obj = json.loads(line)
            body = "".join(f"<p>{escape(p)}</p>" for p in obj["body"].split("\n\n"))
            out.write(f"<item><title>{escape(obj['title'])}</title><link>{obj['url']}</link>"
                      f"<pubDate>{obj['published']}</pubDate>"
                      f"<description>{escape(body)}</description></item>\n")
            records += 1
        out.write("</channel></rss>\n")
    return records


def _child(mode: str, path: Path) -> None:
    from tui.ingest import iter_file
    from tui.models import Article

    records = errors = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    if mode == "baseline":
        with path.open("rb") as handle:
            for line in handle:
                if line.strip():
                    json.loads(line)
                    records += 1
    elif mode == "feed_baseline":  # lxml iterparse alone, entries dropped as read
        from lxml import etree

        for _event, element in etree.iterparse(str(path), tag="item"):
            records += 1
            element.clear()
            while element.getprevious() is not None:
                del element.getparent()[0]
    elif mode == "imports":  # load every module and model iter_file uses, read one record
        records = sum(1 for _ in zip(iter_file(path, max_bytes=_LIMIT), range(1), strict=False))
    elif mode == "iter_file":
        for item in iter_file(path, max_bytes=_LIMIT):
            if isinstance(item, Article):
                records += 1
            else:
                errors += 1
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"records": records, "errors": errors, "s": seconds, "cpu": cpu,
                      "peak_kb": peak_kb}))


def _run(mode: str, path: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(path)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def _report(results: dict[str, dict[str, float]], baseline: str, label: str) -> None:
    floor = results["imports"]
    for mode in (baseline, "iter_file"):
        r = results[mode]
        print(f"{mode:<13} {r['peak_kb'] / 1024:8.1f} MB peak RSS  "
              f"{r['records'] / r['cpu']:10,.0f} records/s CPU  "
              f"{r['records'] / r['s']:10,.0f} records/s wall  "
              f"({r['records']:,} records, {r['errors']:,} errors)")
    ours, base = results["iter_file"], results[baseline]
    print(f"{'imports':<13} {floor['peak_kb'] / 1024:8.1f} MB peak RSS  (first record only: "
          f"modules and language model loaded, {floor['cpu']:.1f} s CPU)")
    print(f"iter_file peak above that floor: {(ours['peak_kb'] - floor['peak_kb']) / 1024:.1f} MB")
    steady = (ours["cpu"] - floor["cpu"]) / max(1, ours["records"] - 1)
    print(f"iter_file per record (CPU, after start-up): {steady * 1000:.2f} ms")
    ratio = (ours["cpu"] / ours["records"]) / (base["cpu"] / base["records"])
    print(f"iter_file costs {ratio:.0f}x {label} per record (CPU, same file, same run)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=40.0, help="size of the generated file")
    parser.add_argument("--feed", action="store_true", help="also the same records as RSS")
    parser.add_argument("--keep", type=Path, help="write the files here (and keep them)")
    parser.add_argument("--child", nargs=2, metavar=("MODE", "PATH"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        _child(args.child[0], Path(args.child[1]))
        return
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        path = folder / "dump.jsonl"
        t0 = time.perf_counter()
        count = generate(path, args.mb)
        size_mb = path.stat().st_size / 1024 / 1024
        print(f"JSON Lines  {size_mb:8.1f} MB  {count:,} records (generated in "
              f"{time.perf_counter() - t0:.1f} s)")
        modes = ("imports", "baseline", "iter_file")
        _report({m: _run(m, path) for m in modes}, "baseline", "json.loads alone")
        if args.feed:
            feed = folder / "feed.xml"
            generate_feed(path, feed)
            print(f"\nRSS feed    {feed.stat().st_size / 1024 / 1024:8.1f} MB  {count:,} items")
            modes = ("imports", "feed_baseline", "iter_file")
            _report({m: _run(m, feed) for m in modes}, "feed_baseline", "lxml iterparse alone")

if __name__ == "__main__":
    main()
