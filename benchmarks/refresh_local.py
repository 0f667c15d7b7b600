"""Refresh benchmark: 50 local feeds on 127.0.0.1 (nothing leaves the machine).

    python benchmarks/refresh_local.py [--feeds 50] [--entries 20] [--repeat 3]

A threaded HTTP server serves N RSS feeds (with ETags). Measured, best of --repeat, each
on a fresh archive:
  * baseline: the same N GETs with a bare httpx.AsyncClient (no parsing, no store),
  * full refresh: every feed new (fetch, parse, store, then event grouping),
  * full refresh without event grouping (fetch, parse, store only),
  * conditional refresh: the second refresh, every feed answering 304.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402

from tui.feeds import refresh as refresh_module  # noqa: E402
from tui.feeds.refresh import refresh  # noqa: E402
from tui.store import Store  # noqa: E402

WORDS = ("harbour", "council", "ferry", "budget", "pier", "storm", "vote", "river", "school")


def feed_xml(n: int, entries: int) -> bytes:
    items = []
    for k in range(entries):
        words = " ".join(WORDS[(n + k + i) % len(WORDS)] for i in range(30))
        items.append(
            f"<item><title>Feed {n} report {k}: {WORDS[k % len(WORDS)]} news</title>"
            f"<link>https://bench.example/{n}/{k}</link><guid>b-{n}-{k}</guid>"
            f"<pubDate>Tue, {1 + k % 27:02d} Jul 2025 09:{k % 60:02d}:00 GMT</pubDate>"
            f"<description>{words}.</description></item>"
        )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bench {n}</title>'
        f"<language>en</language>{''.join(items)}</channel></rss>"
    ).encode()


def serve(feeds: int, entries: int) -> ThreadingHTTPServer:
    bodies = {f"/f{n}": feed_xml(n, entries) for n in range(feeds)}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            return

        def do_GET(self) -> None:  # noqa: N802
            body = bodies.get(self.path, b"")
            etag = f'"{self.path}"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    ThreadingHTTPServer.request_queue_size = 128  # 50 connections at once
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                     daemon=True).start()
    return server


async def baseline(urls: list[str]) -> None:
    async with httpx.AsyncClient(trust_env=False) as client:
        await asyncio.gather(*(client.get(u) for u in urls))


def timed(fn) -> float:  # noqa: ANN001
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def one_round(urls: list[str], tmp: Path, grouping: bool) -> tuple[float, float, int]:
    db = tmp / f"bench-{time.perf_counter_ns()}.db"
    original = refresh_module.group_stored
    if not grouping:
        refresh_module.group_stored = lambda store: None
    try:
        with Store.open(db) as store:
            for url in urls:
                store.add_feed(url)
            feeds = store.feeds()
            full = timed(lambda: refresh(store, feeds))
            stored = store.count()
            again = store.feeds()
            conditional = timed(lambda: refresh(store, again))
    finally:
        refresh_module.group_stored = original
    return full, conditional, stored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=50)
    parser.add_argument("--entries", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    server = serve(args.feeds, args.entries)
    port = server.server_address[1]
    urls = [f"http://127.0.0.1:{port}/f{n}" for n in range(args.feeds)]
    with tempfile.TemporaryDirectory() as tmp:
        base = min(timed(lambda: asyncio.run(baseline(urls))) for _ in range(args.repeat))
        plain = [one_round(urls, Path(tmp), grouping=False) for _ in range(args.repeat)]
        grouped = [one_round(urls, Path(tmp), grouping=True) for _ in range(args.repeat)]
    server.shutdown()
    full = min(r[0] for r in grouped)
    store_only = min(r[0] for r in plain)
    conditional = min(r[1] for r in plain + grouped)
    print(f"{args.feeds} feeds x {args.entries} entries on 127.0.0.1 "
          f"({plain[0][2]} articles), best of {args.repeat}")
    print(f"  baseline (bare httpx GETs)          {base * 1000:8.0f} ms")
    print(f"  full refresh (with event grouping)  {full * 1000:8.0f} ms  ({full / base:.0f}x)")
    print(f"  full refresh (no event grouping)    {store_only * 1000:8.0f} ms  "
          f"({store_only / base:.0f}x)")
    print(f"  conditional refresh (all 304)       {conditional * 1000:8.0f} ms  "
          f"({conditional / base:.1f}x)")


if __name__ == "__main__":
    main()
