"""The PostgreSQL archive at scale, as ratios measured in one run (issue 14).

    python benchmarks/pg_scale.py [N] [--url postgresql://…]

Without --url it starts a throwaway PostgreSQL cluster (as the tests do: `pg_config`,
run as the `postgres` user when root). Stores N synthetic articles (default 20,000; the
issue's target is 1,000,000) and reports:

- first paint: the reader's first query pair (count + first page of 60) at N articles
  against the same at 100 articles;
- search page: `store.search` (50 best, ranked, snippets) against the raw tsquery match it
  runs (ids of the 50 best by rank, no snippets);
- import: `import_articles` in batches of 1,000 against a plain COPY of the same rows
  into a table of the same columns.
"""

from __future__ import annotations

import sys
import time
from contextlib import ExitStack
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE))

from store_scale import synthetic  # noqa: E402

from tui.store import ArticleFilter, open_store  # noqa: E402

RUNS = 5


def _best(fn, runs: int = RUNS) -> float:  # noqa: ANN001
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def _first_paint(store) -> float:  # noqa: ANN001
    return _best(lambda: (store.count(ArticleFilter()), store.page(ArticleFilter(), 0, 60)))


def _import(store, articles) -> float:  # noqa: ANN001
    start = time.perf_counter()
    for i in range(0, len(articles), 1000):
        store.import_articles(articles[i : i + 1000])
    return time.perf_counter() - start


def _copy(url: str, articles) -> float:  # noqa: ANN001
    import psycopg

    with psycopg.connect(url) as conn:
        conn.execute("CREATE TEMP TABLE plain (title text, source text, url text, "
                     "language text, published text, body text)")
        start = time.perf_counter()
        with conn.cursor().copy("COPY plain FROM STDIN") as copy:
            for a in articles:
                copy.write_row((a.title, a.source, a.url, a.language, a.published, a.body))
        conn.commit()
        return time.perf_counter() - start


def _raw_search(url: str, tsquery: str) -> float:
    import psycopg

    with psycopg.connect(url) as conn:
        sql = ("SELECT id FROM articles WHERE search @@ %s::tsquery "
               "ORDER BY ts_rank(search, %s::tsquery) DESC LIMIT 50")
        return _best(lambda: conn.execute(sql, (tsquery, tsquery)).fetchall())


def main(argv: list[str]) -> None:
    count = int(next((a for a in argv if a.isdigit()), "20000"))
    url = argv[argv.index("--url") + 1] if "--url" in argv else None
    with ExitStack() as stack:
        if url is None:
            import pg

            server = stack.enter_context(pg.cluster())
            small_url = stack.enter_context(pg.fresh_database(server))
            url = stack.enter_context(pg.fresh_database(server))
        else:
            small_url = url  # the 100-article baseline is measured before the large import
        small = stack.enter_context(open_store(small_url))
        if small.is_empty():
            small.import_articles(synthetic(100))
        paint_small = _first_paint(small)
        articles = synthetic(count)
        store = stack.enter_context(open_store(url))
        imported = _import(store, articles)
        copied = _copy(url, synthetic(count))
        paint = _first_paint(store)
        search = _best(lambda: store.search("river"))
        raw = _raw_search(url, store._tsquery("river"))
    print(f"{count:,} articles in PostgreSQL")
    print(f"first paint  {paint * 1000:7.1f} ms vs {paint_small * 1000:.1f} ms at 100 "
          f"articles: {paint / paint_small:.2f}x")
    print(f"search page  {search * 1000:7.1f} ms vs raw tsquery {raw * 1000:.1f} ms: "
          f"{search / raw:.2f}x")
    print(f"import       {count / imported:7.0f} articles/s vs COPY {count / copied:.0f} rows/s: "
          f"{copied / imported:.3f}x of COPY")


if __name__ == "__main__":
    main(sys.argv[1:])
