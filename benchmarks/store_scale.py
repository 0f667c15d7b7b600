"""How the archive behaves at 100,000 articles: import throughput, feed paging, search.

    python benchmarks/store_scale.py [N]

Builds a throw-away archive of N synthetic articles (default 100,000) in a temp dir.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tui.models import Article
from tui.store import ArticleFilter, Store, fts_query_from_text

WORDS = {
    "en": [
        "flood",
        "river",
        "rescue",
        "crews",
        "town",
        "council",
        "storm",
        "bridge",
        "residents",
        "power",
        "night",
    ],
    "pt": [
        "cheia",
        "rio",
        "resgate",
        "equipas",
        "cidade",
        "câmara",
        "tempestade",
        "ponte",
        "moradores",
        "energia",
    ],
    "es": [
        "inundación",
        "río",
        "rescate",
        "equipos",
        "ciudad",
        "ayuntamiento",
        "tormenta",
        "puente",
        "vecinos",
    ],
    "de": [
        "Hochwasser",
        "Fluss",
        "Rettung",
        "Einsatzkräfte",
        "Stadt",
        "Gemeinde",
        "Sturm",
        "Brücke",
        "Anwohner",
    ],
    "fr": [
        "crue",
        "rivière",
        "secours",
        "équipes",
        "ville",
        "mairie",
        "tempête",
        "pont",
        "habitants",
        "électricité",
    ],
    "it": [
        "alluvione",
        "fiume",
        "soccorso",
        "squadre",
        "città",
        "comune",
        "tempesta",
        "ponte",
        "residenti",
    ],
}


def synthetic(n: int, seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    start = datetime(2020, 1, 1, tzinfo=UTC)
    langs = list(WORDS)
    out = []
    for i in range(n):
        lang = langs[i % len(langs)]
        words = WORDS[lang]
        body = "\n\n".join(" ".join(rng.choice(words) for _ in range(40)) + "." for _ in range(4))
        when = start + timedelta(minutes=rng.randrange(0, 60 * 24 * 365 * 6))
        out.append(
            Article(
                title=f"{rng.choice(words).capitalize()} {rng.choice(words)} {i}",
                body=body,
                source=f"Outlet {i % 40}",
                url=f"https://bench.example/{i}",
                language=lang,
                published=when.isoformat(),
                format="jsonl",
            )
        )
    return out


def timed(label: str, fn, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    print(f"{label:<44} {best * 1000:9.2f} ms")
    return best


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    articles = synthetic(n)
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "bench.db") as store:
        t0 = time.perf_counter()
        for i in range(0, n, 1000):
            store.import_articles(articles[i : i + 1000])
        took = time.perf_counter() - t0
        print(f"import {n:,} articles (batches of 1,000)      {took:9.2f} s  ({n / took:,.0f}/s)")
        size = (Path(tmp) / "bench.db").stat().st_size
        print(f"archive size                                  {size / 2**20:9.1f} MB")
        everything = ArticleFilter()
        timed("count()", lambda: store.count(everything))
        timed("page(offset 0, 60 rows)", lambda: store.page(everything, 0, 60))
        timed(f"page(offset {n // 2:,}, 60 rows)", lambda: store.page(everything, n // 2, 60))
        timed(f"page(offset {n - 60:,}, 60 rows)", lambda: store.page(everything, n - 60, 60))
        pt = ArticleFilter(language="pt")
        timed("count(language=pt)", lambda: store.count(pt))
        timed("page(language=pt, offset 10,000)", lambda: store.page(pt, 10_000, 60))
        grouped = ArticleFilter(group_events=True)
        timed("page(grouped by event, offset 50,000)", lambda: store.page(grouped, n // 2, 60))
        some_id = store.page(everything, n // 3, 1)[0].id
        timed("index_of(article in the middle)", lambda: store.index_of(some_id))
        timed("search('ponte', 50 hits)", lambda: store.search("ponte", limit=50))
        q = fts_query_from_text("resgat")
        timed("search(prefix 'resgat*', 50 hits)", lambda: store.search(q, limit=50))
        timed("count(FTS 'ponte')", lambda: store.count(ArticleFilter(query="ponte")), repeat=3)
        timed("get(one article with body)", lambda: store.get(some_id))


if __name__ == "__main__":
    main()
