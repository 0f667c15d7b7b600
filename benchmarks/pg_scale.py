"""The PostgreSQL archive at scale, as ratios measured in one run (issue 14).

    python benchmarks/pg_scale.py [N] [--import M] [--url postgresql://…] [--explain]

Without --url it starts a throwaway PostgreSQL cluster (as the tests do: `pg_config`, run
as the `postgres` user when root). Builds two archives, of 100 and of N articles
(default 1,000,000), and reports:

- first paint: what the reader asks on open (the feed's count and first page of 60, the
  header's totals) at N articles against the same at 100;
- search page: `store.search` (50 best, ranked, with snippets) against the raw ranked
  tsquery match it runs (ids of the 50 best, no snippets), both at N;
- import: `import_articles` of M further articles (default 10,000; batches of 1,000) into
  the N-article archive against a plain COPY of the same rows into an unindexed table.

Seeding N articles through `import_articles` would take hours on a small machine, so the
archives are seeded with COPY straight into `articles` (the archive's own trigger builds
each search vector), with the secondary indexes dropped first and rebuilt afterwards from
their own definitions (`pg_get_indexdef`), then VACUUM ANALYZE. Articles: six languages in
turn, 40 outlets, dates over six years, a title of a topic word (that language's words of
`store_scale.WORDS`) and pseudo-words, a body of 60 pseudo-words from 8,000, one in ten
with a topic word too (bodies drawn from 20,000 such; titles all distinct), seeded over
two COPY streams at once; "river" is in about 1 in 45 articles, as a common news word is.
"""

from __future__ import annotations

import random
import sys
import time
from contextlib import ExitStack
from datetime import UTC, datetime, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE))

from store_scale import WORDS, synthetic  # noqa: E402

from tui.store import ArticleFilter, content_hash, open_store  # noqa: E402
from tui.store.pg_search import config_for  # noqa: E402

RUNS = 7
BODIES = 20_000  # distinct bodies, drawn from for each article (titles are all distinct)
STREAMS = 2  # COPY streams at once while seeding (the server builds vectors on each)
QUERY = "river"
SYLLABLES = ["ba", "ko", "ri", "se", "tu", "na", "lo", "mi", "de", "ga", "pu", "ve",
             "zo", "ha", "ni", "ru", "fa", "te", "cho", "li"]
COLUMNS = ("title, source, url, language, language_detected, published, published_utc, "
           "imported_at, body, content_hash, format, sort_key, group_key, ts_config")


def _best(fn, runs: int = RUNS) -> float:  # noqa: ANN001
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def _pair(a, b) -> tuple[float, float]:  # noqa: ANN001
    """The best of RUNS for each of two measurements taken in turn (the machine's load
    falls on both alike)."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(RUNS):
        for fn, out in ((a, times[0]), (b, times[1])):
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
    return min(times[0]), min(times[1])


def _bodies(rng: random.Random, vocab: list[str]) -> list[str]:
    return [" ".join(rng.choices(vocab, k=60)) + "." for _ in range(BODIES)]


def _rows(start_at: int, stop: int, seed: int = 11):  # noqa: ANN202 - rows for COPY
    rng = random.Random(seed + start_at)
    vocab = [a + b + c for a in SYLLABLES for b in SYLLABLES for c in SYLLABLES]
    bodies = _bodies(rng, vocab)
    langs, start, now = list(WORDS), datetime(2020, 1, 1, tzinfo=UTC), "2026-01-01T00:00:00"
    for i in range(start_at, stop):
        lang = langs[i % len(langs)]
        topic = WORDS[lang][(i // len(langs)) % len(WORDS[lang])]
        title = f"{topic.capitalize()} {' '.join(rng.choices(vocab, k=5))} {i}"
        body = rng.choice(bodies)
        if i % 10 == 0:
            body = f"{rng.choice(WORDS[lang])} {body}"
        when = start + timedelta(minutes=rng.randrange(0, 60 * 24 * 365 * 6))
        key = when.strftime("%Y-%m-%dT%H:%M:%SZ")
        yield (title, f"Outlet {i % 40}", f"https://seed.example/{i}", lang, False,
               when.isoformat(), key, now, body, content_hash(title, body), "jsonl", key, key,
               config_for(lang))


def seed(url: str, n: int) -> float:
    """COPY n articles into the (empty, migrated) archive at `url`; returns seconds."""
    import psycopg

    start = time.perf_counter()
    with psycopg.connect(url) as conn:
        conn.execute("SET maintenance_work_mem = '256MB'")
        defs = [r[0] for r in conn.execute(
            "SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i "
            "WHERE i.indrelid = 'articles'::regclass AND NOT i.indisprimary "
            "AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)"
        )]
        names = [d.split()[2] if d.startswith("CREATE INDEX") else d.split()[3] for d in defs]
        for name in names:
            conn.execute(f"DROP INDEX {name}")
        for config in {config_for(lang) for lang in WORDS}:
            conn.execute("INSERT INTO search_configs VALUES (%s) ON CONFLICT DO NOTHING",
                         (config,))
        conn.commit()
        _copy_streams(url, n)
        for definition in defs:
            conn.execute(definition)
        conn.commit()
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM ANALYZE articles")
        conn.execute("VACUUM ANALYZE article_totals")
    return time.perf_counter() - start


def _copy_streams(url: str, n: int) -> None:
    """COPY articles 0..n into `url` over STREAMS connections at once."""
    from concurrent.futures import ThreadPoolExecutor

    import psycopg

    def stream(part: int) -> None:
        with psycopg.connect(url) as conn, conn.cursor().copy(
            f"COPY articles({COLUMNS}) FROM STDIN"
        ) as copy:
            for row in _rows(n * part // STREAMS, n * (part + 1) // STREAMS):
                copy.write_row(row)

    with ThreadPoolExecutor(STREAMS) as pool:
        list(pool.map(stream, range(STREAMS)))


def _first_paint(store) -> None:  # noqa: ANN001
    store.count(ArticleFilter())
    store.page(ArticleFilter(), 0, 60)
    store.stats()


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


_RAW = ("SELECT id FROM articles WHERE search @@ %s::tsquery "
        "ORDER BY ts_rank(search, %s::tsquery) DESC LIMIT 50")




def _explain(url: str, tsquery: str, user: str) -> None:
    import psycopg

    from tui.store.pg_schema import ROW_COLUMNS, STATE_JOIN

    page = (f"SELECT {ROW_COLUMNS} FROM articles a {STATE_JOIN} WHERE true "
            "ORDER BY a.sort_key DESC, a.id DESC LIMIT 60 OFFSET 0")
    with psycopg.connect(url) as conn:
        for sql, params in ((page, (user,)), (_RAW, (tsquery, tsquery))):
            plan = conn.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params).fetchall()
            print("\n".join(r[0] for r in plan), end="\n\n")


def main(argv: list[str]) -> None:
    import psycopg

    count = int(next((a for a in argv if a.isdigit()), "1000000"))
    batch = int(argv[argv.index("--import") + 1]) if "--import" in argv else 10_000
    url = argv[argv.index("--url") + 1] if "--url" in argv else None
    with ExitStack() as stack:
        if url is None:
            import pg

            server = stack.enter_context(pg.cluster())
            small_url = stack.enter_context(pg.fresh_database(server))
            url = stack.enter_context(pg.fresh_database(server))
        else:
            small_url = url  # an empty database: 100 articles measured, then N more
        small = stack.enter_context(open_store(small_url))  # creates the schema
        if small.is_empty():
            seed(small_url, 100)
        paint_small = _best(lambda: _first_paint(small))  # before the big seed, on --url
        store = stack.enter_context(open_store(url))
        seeded = seed(url, count)
        if url != small_url:
            paint_small, paint = _pair(lambda: _first_paint(small), lambda: _first_paint(store))
        else:
            paint = _best(lambda: _first_paint(store))
        tsquery = store._tsquery(QUERY)
        raw_conn = stack.enter_context(psycopg.connect(url))
        search, raw = _pair(lambda: store.search(QUERY),
                            lambda: raw_conn.execute(_RAW, (tsquery, tsquery)).fetchall())
        matches = store.count(ArticleFilter(query=QUERY))
        if "--explain" in argv:
            _explain(url, tsquery, store.user)
        articles = synthetic(batch, seed=23)
        imported = _import(store, articles)
        copied = _copy(url, articles)
    print(f"{count:,} articles in PostgreSQL (seeded by COPY in {seeded:.0f} s)")
    print(f"first paint  {paint * 1000:7.2f} ms vs {paint_small * 1000:.2f} ms at 100 "
          f"articles: {paint / paint_small:.2f}x")
    print(f"search page  {search * 1000:7.2f} ms vs raw tsquery {raw * 1000:.2f} ms "
          f"({matches:,} matches for {QUERY!r}): {search / raw:.2f}x")
    print(f"import       {batch / imported:7.0f} articles/s vs COPY {batch / copied:.0f} rows/s "
          f"({batch:,} articles): {copied / imported:.3f}x of COPY")


if __name__ == "__main__":
    main(sys.argv[1:])
