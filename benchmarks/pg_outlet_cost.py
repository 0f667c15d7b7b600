"""What giving each article its canonical outlet costs a PostgreSQL import (issue 14).

    python benchmarks/pg_outlet_cost.py [N]

Starts a throwaway cluster (as the tests do) and imports N synthetic articles (default
4,000, batches of 1,000; every one has an outlet name and a URL, so domains are learned)
into fresh databases, alternately with the outlet step and without it (`outlets_for`
answering "" for every article and `assign_outlets` a no-op), twice each; prints the
ratio of the best times.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE))

import pg  # noqa: E402
from store_scale import synthetic  # noqa: E402

from tui.store import open_store  # noqa: E402
from tui.store.pg_outlets import PgOutlets  # noqa: E402

BATCH = 1000


def _import(url: str, n: int) -> float:
    articles = list(synthetic(n))
    with open_store(url) as store:
        start = time.perf_counter()
        for i in range(0, n, BATCH):
            store.import_articles(articles[i : i + BATCH])
        return time.perf_counter() - start


def _no_outlets(self: PgOutlets, named: list[tuple[str | None, str | None]]) -> list[str]:
    return [""] * len(named)


def main(n: int) -> None:
    real = PgOutlets.assign_outlets, PgOutlets.outlets_for
    stub = (lambda self, *_: 0), _no_outlets
    times: dict[str, list[float]] = {"with": [], "without": []}
    with pg.cluster() as server:
        template = pg.migrated_template(server)
        for _ in range(2):
            for name in ("with", "without"):
                PgOutlets.assign_outlets, PgOutlets.outlets_for = (  # type: ignore[method-assign]
                    real if name == "with" else stub
                )
                with pg.fresh_database(server, template) as url:
                    times[name].append(_import(url, n))
    PgOutlets.assign_outlets, PgOutlets.outlets_for = real  # type: ignore[method-assign]
    best = {k: min(v) for k, v in times.items()}
    print(f"{n} articles: {best['with']:.2f} s with outlets, {best['without']:.2f} s "
          f"without; ratio {best['with'] / best['without']:.2f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 4000)
