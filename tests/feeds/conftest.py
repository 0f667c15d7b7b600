"""A real HTTP server on 127.0.0.1 for the subscription tests; nothing leaves the machine.

Each test sets routes (path → reply function) and reads back the requests the server saw.
Bodies may be iterables of chunks, so a huge response is generated lazily.
"""

from __future__ import annotations

import asyncio
import inspect
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from tui.feeds.fetch import FetchSettings
from tui.store import Store


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run `async def` tests (the reader's Pilot tests) on a fresh event loop."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True


@dataclass
class Reply:
    status: int = 200
    body: bytes | Iterable[bytes] = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the status line (a slow server)
    length: int | None = None  # Content-Length of an iterable body


@dataclass
class Seen:
    path: str
    headers: dict[str, str]


Route = Callable[[Seen], Reply]


class _Server(ThreadingHTTPServer):
    request_queue_size = 128  # fifty feeds connect at once

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hangs up early (a reset) is not a test failure; socketserver would
        print a traceback to stderr, where the CLI tests read the importer's own errors."""


class FeedServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Seen] = []
        self._lock = threading.Lock()
        server = _Server(("127.0.0.1", 0), _handler(self))
        server.daemon_threads = True
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def start(self) -> FeedServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}{path}"

    def hits(self, path: str) -> list[Seen]:
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def record(self, seen: Seen) -> None:
        with self._lock:
            self.requests.append(seen)

    def serve(
        self, path: str, body: bytes, content_type: str = "application/rss+xml", *,
        etag: str | None = None, last_modified: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        """A document that answers 304 to a matching conditional GET."""

        def route(seen: Seen) -> Reply:
            extra = {"Content-Type": content_type, **(headers or {})}
            if etag:
                extra["ETag"] = etag
            if last_modified:
                extra["Last-Modified"] = last_modified
            if (etag and seen.headers.get("if-none-match") == etag) or (
                last_modified and seen.headers.get("if-modified-since") == last_modified
            ):
                return Reply(304, b"", extra)
            return Reply(200, body, extra)

        self.routes[path] = route


def _handler(owner: FeedServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # quiet
            return

        def do_GET(self) -> None:  # noqa: N802
            seen = Seen(self.path, {k.lower(): v for k, v in self.headers.items()})
            owner.record(seen)
            route = owner.routes.get(self.path)
            reply = route(seen) if route else Reply(404, b"not here", {})
            if reply.delay:
                time.sleep(reply.delay)
            try:
                self._send(reply)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True

        def _send(self, reply: Reply) -> None:
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if isinstance(reply.body, bytes):
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)
                return
            self.send_header("Content-Length", str(reply.length))
            self.end_headers()
            for chunk in reply.body:
                self.wfile.write(chunk)

    return Handler


@pytest.fixture
def server() -> Iterator[FeedServer]:
    running = FeedServer().start()
    yield running
    running.stop()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "real_grouping: run the real event grouping")


@pytest.fixture(autouse=True)
def grouping_calls(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> list:
    """Event grouping is its own module (tested there): here it is recorded, not run,
    unless the test is marked `real_grouping`."""
    calls: list = []
    if request.node.get_closest_marker("real_grouping") is None:
        monkeypatch.setattr(
            "tui.events.group_new_articles",
            lambda store, progress=None, **_options: calls.append(store),
        )
    return calls


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Requests to 127.0.0.1 never go through a proxy set in the environment."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


FAST = FetchSettings(
    connect_timeout=3.0, read_timeout=3.0, retries=1, backoff=0.05, max_retry_wait=2.0,
    max_bytes=2 * 1024 * 1024,
)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store.open(tmp_path / "archive.db") as opened:
        yield opened


def http_date(year: int = 2025, month: int = 7, day: int = 1) -> str:
    return format_datetime(datetime(year, month, day, 12, 0, tzinfo=UTC), usegmt=True)


def rss(title: str, items: list[dict[str, str]], link: str = "https://site.example/") -> bytes:
    """An RSS 2.0 document; items take guid, link, title, description, content, pubDate."""
    parts = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
        f"<channel><title>{escape(title)}</title><link>{escape(link)}</link>"
        "<language>en</language>",
    ]
    for item in items:
        parts.append("<item>")
        for key in ("title", "link", "description", "pubDate"):
            if key in item:
                parts.append(f"<{key}>{escape(item[key])}</{key}>")
        if "guid" in item:
            parts.append(f'<guid isPermaLink="false">{escape(item["guid"])}</guid>')
        if "content" in item:
            parts.append(f"<content:encoded>{escape(item['content'])}</content:encoded>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "\n".join(parts).encode("utf-8")


def story(n: int, **extra: str) -> dict[str, str]:
    """An invented entry number `n`."""
    item = {
        "title": f"Harbour council report number {n}",
        "link": f"https://site.example/story/{n}",
        "guid": f"story-{n}",
        "description": f"The harbour council met for session {n} and approved the new pier "
        f"budget after a long debate about ferry schedules.",
        "pubDate": f"Tue, {1 + n % 27:02d} Jul 2025 09:00:00 GMT",
    }
    item.update(extra)
    return item
