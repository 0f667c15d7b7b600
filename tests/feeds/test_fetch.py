"""The HTTP client against a real server on 127.0.0.1: statuses, redirects, validators,
compression, retries, timeouts and the size limit."""

from __future__ import annotations

import asyncio
import gzip
import socket
import ssl
import zlib
from dataclasses import replace
from itertools import repeat

import brotli
import httpx
import pytest

from tui import __version__
from tui.feeds.fetch import Fetcher, FetchError, FetchSettings, Response, describe, retry_after

from .conftest import FAST, FeedServer, Reply, rss, story


def get(url: str, settings: FetchSettings = FAST, **kw: str) -> Response:
    async def run() -> Response:
        async with Fetcher(settings) as fetcher:
            return await fetcher.get(url, **kw)

    return asyncio.run(run())


def failure(url: str, settings: FetchSettings = FAST) -> str:
    with pytest.raises(FetchError) as caught:
        get(url, settings)
    assert caught.value.url == url
    return caught.value.reason


def test_200_sends_user_agent_and_accepts_compression(server: FeedServer) -> None:
    body = rss("Harbour", [story(1)])
    server.serve("/feed", body)
    response = get(server.url("/feed"))
    assert response.status == 200 and response.content == body
    seen = server.hits("/feed")[0].headers
    assert seen["user-agent"].startswith(f"Parallax/{__version__}")
    assert {"gzip", "deflate", "br"} <= {e.strip() for e in seen["accept-encoding"].split(",")}


def test_304_after_etag_and_after_last_modified(server: FeedServer) -> None:
    server.serve("/etag", b"<rss/>", etag='"v7"')
    server.serve("/lm", b"<rss/>", last_modified="Tue, 01 Jul 2025 12:00:00 GMT")
    first = get(server.url("/etag"))
    assert first.etag == '"v7"'
    assert get(server.url("/etag"), etag='"v7"').status == 304
    assert server.hits("/etag")[1].headers["if-none-match"] == '"v7"'
    dated = get(server.url("/lm"))
    again = get(server.url("/lm"), last_modified=dated.last_modified or "")
    assert again.status == 304 and again.content == b""


@pytest.mark.parametrize(
    ("status", "reason"), [(404, "HTTP 404 Not Found"), (410, "HTTP 410 Gone"),
                           (500, "HTTP 500 Internal Server Error")],
)
def test_error_statuses_name_the_status(server: FeedServer, status: int, reason: str) -> None:
    server.routes["/x"] = lambda seen: Reply(status, b"nope")
    assert failure(server.url("/x")) == reason


def test_301_reports_the_new_url_302_does_not(server: FeedServer) -> None:
    server.serve("/new", b"<rss/>")
    server.routes["/moved"] = lambda s: Reply(301, headers={"Location": "/new"})
    server.routes["/temp"] = lambda s: Reply(302, headers={"Location": "/new"})
    server.routes["/both"] = lambda s: Reply(301, headers={"Location": "/temp"})
    assert get(server.url("/moved")).moved_to == server.url("/new")
    temp = get(server.url("/temp"))
    assert temp.moved_to is None and temp.url == server.url("/new")
    assert get(server.url("/both")).moved_to == server.url("/temp")  # the permanent hop only


def test_redirect_loop_and_too_many_redirects(server: FeedServer) -> None:
    server.routes["/a"] = lambda s: Reply(301, headers={"Location": "/b"})
    server.routes["/b"] = lambda s: Reply(301, headers={"Location": "/a"})
    assert "redirect loop" in failure(server.url("/a"))
    for n in range(8):
        server.routes[f"/hop{n}"] = lambda s, n=n: Reply(302, headers={"Location": f"/hop{n + 1}"})
    server.serve("/hop8", b"<rss/>")
    assert "too many redirects (more than 5)" in failure(server.url("/hop0"))
    assert len(server.hits("/hop6")) == 0  # stopped after five redirects


def test_429_retry_after_is_honoured(server: FeedServer) -> None:
    calls = iter([Reply(429, headers={"Retry-After": "1"}), Reply(200, b"<rss/>")])
    server.routes["/busy"] = lambda s: next(calls)
    assert get(server.url("/busy")).content == b"<rss/>"
    assert len(server.hits("/busy")) == 2


def test_503_gives_up_after_bounded_retries(server: FeedServer) -> None:
    server.routes["/down"] = lambda s: Reply(503)
    assert failure(server.url("/down")) == "HTTP 503 Service Unavailable"
    assert len(server.hits("/down")) == FAST.retries + 1


def test_a_retry_after_beyond_the_bound_is_not_waited_for(server: FeedServer) -> None:
    server.routes["/later"] = lambda s: Reply(429, headers={"Retry-After": "3600"})
    reason = failure(server.url("/later"))
    assert reason == "HTTP 429 Too Many Requests (retry after 3600 s)"
    assert len(server.hits("/later")) == 1


def test_slower_than_the_read_timeout(server: FeedServer) -> None:
    server.routes["/slow"] = lambda s: Reply(200, b"<rss/>", delay=1.5)
    reason = failure(server.url("/slow"), replace(FAST, read_timeout=0.2))
    assert reason.startswith("timed out")


def test_gzip_deflate_and_brotli_bodies_are_decoded(server: FeedServer) -> None:
    body = rss("Harbour", [story(n) for n in range(5)])
    server.routes["/gz"] = lambda s: Reply(200, gzip.compress(body), {"Content-Encoding": "gzip"})
    server.routes["/br"] = lambda s: Reply(200, brotli.compress(body), {"Content-Encoding": "br"})
    deflated = zlib.compress(body)
    server.routes["/zz"] = lambda s: Reply(200, deflated, {"Content-Encoding": "deflate"})
    assert get(server.url("/gz")).content == body
    assert get(server.url("/br")).content == body
    assert get(server.url("/zz")).content == body


def test_a_100_mb_response_is_cut_at_the_limit(server: FeedServer) -> None:
    chunk = b"x" * 65536
    total = 100 * 1024 * 1024
    served = []

    def huge(seen: object) -> Reply:
        def chunks():
            for piece in repeat(chunk, total // len(chunk)):
                served.append(len(piece))
                yield piece

        # declared as compressed so the client cannot refuse it from the header alone
        return Reply(200, chunks(), {"Content-Encoding": "identity"}, length=total)

    server.routes["/huge"] = huge
    reason = failure(server.url("/huge"), replace(FAST, max_bytes=1024 * 1024))
    assert reason == "response too large (over the 1 MB limit)"
    assert sum(served) < total // 4  # the download stopped early


def test_declared_oversize_is_refused_before_reading(server: FeedServer) -> None:
    server.routes["/big"] = lambda s: Reply(200, b"y" * 3000)
    assert "too large" in failure(server.url("/big"), replace(FAST, max_bytes=1000))


def test_connection_refused_is_one_line() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    reason = failure(f"http://127.0.0.1:{port}/feed")
    assert reason.startswith("connection failed")
    assert "\n" not in reason


def test_not_a_web_url() -> None:
    assert failure("ftp://127.0.0.1/feed") == "not an http(s) URL"


def test_reasons_for_dns_and_tls_failures() -> None:
    dns = httpx.ConnectError("[Errno -2] Name or service not known")
    assert describe(dns, FAST) == "DNS lookup failed (no such host)"
    tls = httpx.ConnectError("handshake")
    tls.__cause__ = ssl.SSLCertVerificationError("certificate verify failed")
    assert describe(tls, FAST).startswith("TLS error")


def test_retry_after_as_http_date() -> None:
    from datetime import UTC, datetime

    now = datetime(2025, 7, 1, 12, 0, tzinfo=UTC)
    assert retry_after("Tue, 01 Jul 2025 12:00:30 GMT", now) == 30
    assert retry_after("soon", now) is None
    assert retry_after("7") == 7


def test_concurrency_is_bounded_per_host(server: FeedServer) -> None:
    import threading

    lock = threading.Lock()
    state = {"now": 0, "most": 0}

    def counted(seen: object) -> Reply:
        with lock:
            state["now"] += 1
            state["most"] = max(state["most"], state["now"])
        try:
            import time

            time.sleep(0.05)  # long enough for requests to overlap
            return Reply(200, b"<rss/>")
        finally:
            with lock:
                state["now"] -= 1

    for n in range(12):
        server.routes[f"/c{n}"] = counted
    settings = replace(FAST, per_host=3, concurrency=10)

    async def run() -> None:
        async with Fetcher(settings) as fetcher:
            await asyncio.gather(*(fetcher.get(server.url(f"/c{n}")) for n in range(12)))

    asyncio.run(run())
    assert len(server.requests) == 12
    assert 1 <= state["most"] <= 3


def test_proxy_from_the_environment(server: FeedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """The local server plays the proxy: it receives the absolute URL."""
    target = "http://feeds.invalid/world.xml"
    server.routes[target] = lambda seen: Reply(200, b"<rss>via proxy</rss>")
    monkeypatch.setenv("HTTP_PROXY", server.url(""))
    monkeypatch.setenv("NO_PROXY", "")
    assert get(target).content == b"<rss>via proxy</rss>"
    assert [r.path for r in server.requests] == [target]


def test_tls_failure_is_named(tmp_path, server: FeedServer) -> None:
    """A local HTTPS server with a self-signed certificate: verification fails."""
    import shutil
    import subprocess
    import threading
    from http.server import ThreadingHTTPServer

    if not shutil.which("openssl"):
        pytest.skip("openssl not installed")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    made = subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
         "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1"],
        capture_output=True, timeout=30, check=False,
    )
    if made.returncode != 0:
        pytest.skip("openssl could not make a certificate")
    from .conftest import _handler

    https = ThreadingHTTPServer(("127.0.0.1", 0), _handler(server))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    https.socket = context.wrap_socket(https.socket, server_side=True)
    thread = threading.Thread(target=https.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        reason = failure(f"https://127.0.0.1:{https.server_address[1]}/feed")
    finally:
        https.shutdown()
        https.server_close()
    assert reason.startswith("TLS error")
