"""HTTP for subscriptions: one `httpx.AsyncClient`, bounded and polite.

Concurrency is bounded overall and per host; redirects are followed by hand (at most
`max_redirects`, loops refused) so a permanent move (301/308) can update the stored URL
while a temporary one (302/303/307) does not; a conditional GET (ETag / Last-Modified)
makes an unchanged feed cost one 304; 429/503 are retried with a bounded backoff that
honours `Retry-After`; bodies are streamed and cut at `max_bytes` (decoded size, so a
compressed bomb is cut too). Proxies come from the environment (`trust_env`).
"""

from __future__ import annotations

import asyncio
import socket
import ssl
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

from tui import __version__
from tui.models import ParallaxError

USER_AGENT = f"Parallax/{__version__} (terminal news reader; feed fetcher)"
ACCEPT = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5"
)
_PERMANENT = {301, 308}
_TEMPORARY = {302, 303, 307}
_RETRY = {429, 503}


@dataclass(frozen=True)
class FetchSettings:
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    max_bytes: int = 20 * 1024 * 1024
    max_redirects: int = 5
    concurrency: int = 16
    per_host: int = 4
    retries: int = 2  # extra attempts after a 429/503
    max_retry_wait: float = 30.0  # a longer Retry-After is not waited for
    backoff: float = 1.0  # seconds, doubled per attempt, when there is no Retry-After


@dataclass
class Response:
    url: str  # where the content finally came from
    status: int  # 200 or 304
    content: bytes
    content_type: str
    etag: str | None
    last_modified: str | None
    moved_to: str | None = None  # the new permanent URL, when every hop so far was permanent


@dataclass
class _Redirect:
    status: int
    target: str


@dataclass
class _Retry:
    status: int
    retry_after: str | None


class FetchError(ParallaxError):
    """`url: reason`, one line (DNS, timeout, TLS, HTTP status, size, redirects)."""

    def __init__(self, url: str, reason: str) -> None:
        super().__init__(f"{url}: {reason}")
        self.url = url
        self.reason = reason


def is_web_url(text: str) -> bool:
    parts = urlsplit(text.strip())
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen and len(seen) < 10:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def describe(exc: BaseException, settings: FetchSettings) -> str:
    """The reason, in words, for a transport failure."""
    chain = _chain(exc)
    text = " ".join(str(e) for e in chain).lower()
    if isinstance(exc, httpx.ConnectTimeout):
        return f"timed out connecting (after {settings.connect_timeout:g} s)"
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out waiting for the server (after {settings.read_timeout:g} s)"
    if any(isinstance(e, socket.gaierror) for e in chain) or "name or service" in text or (
        "name resolution" in text or "nodename nor servname" in text
    ):
        return "DNS lookup failed (no such host)"
    if any(isinstance(e, ssl.SSLError) for e in chain) or "ssl" in text or "certificate" in text:
        return f"TLS error ({str(exc) or type(exc).__name__})"
    if isinstance(exc, httpx.ConnectError):
        return f"connection failed ({str(exc) or 'refused'})"
    if isinstance(exc, httpx.DecodingError):
        return "could not decode the response (bad Content-Encoding)"
    if isinstance(exc, httpx.UnsupportedProtocol | httpx.InvalidURL):
        return "not an http(s) URL"
    return f"network error ({type(exc).__name__}: {exc})"


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a `Retry-After` header (seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _status_reason(status: int) -> str:
    phrase = httpx.codes.get_reason_phrase(status)
    return f"HTTP {status} {phrase}".rstrip()


class Fetcher:
    """`async with Fetcher(settings) as f: await f.get(url, etag=..., last_modified=...)`."""

    def __init__(self, settings: FetchSettings | None = None) -> None:
        self.settings = settings or FetchSettings()
        self._all = asyncio.Semaphore(self.settings.concurrency)
        self._hosts: dict[str, asyncio.Semaphore] = {}
        self._client: httpx.AsyncClient | None = None

    async def __aenter__(self) -> Fetcher:
        s = self.settings
        self._client = httpx.AsyncClient(
            follow_redirects=False,
            trust_env=True,
            timeout=httpx.Timeout(
                connect=s.connect_timeout, read=s.read_timeout, write=s.read_timeout,
                pool=s.connect_timeout + s.read_timeout,
            ),
            limits=httpx.Limits(max_connections=s.concurrency, max_keepalive_connections=16),
            headers={"User-Agent": USER_AGENT, "Accept": ACCEPT},
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._client is not None:
            await self._client.aclose()

    def _host_limit(self, url: str) -> asyncio.Semaphore:
        host = urlsplit(url).netloc.lower()
        if host not in self._hosts:
            self._hosts[host] = asyncio.Semaphore(self.settings.per_host)
        return self._hosts[host]

    async def get(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> Response:
        """GET with redirects, retries and limits; FetchError(url, reason) on failure."""
        if not is_web_url(url):
            raise FetchError(url, "not an http(s) URL")
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current, moved_to, permanent = url, None, True
        visited = {url}
        for _hop in range(self.settings.max_redirects + 1):
            result = await self._with_retries(url, current, headers)
            if isinstance(result, Response):
                result.moved_to = moved_to
                return result
            status, target = result.status, result.target
            if target in visited:
                raise FetchError(url, f"redirect loop (back to {target})")
            visited.add(target)
            permanent = permanent and status in _PERMANENT
            if permanent:
                moved_to = target
            current = target
        raise FetchError(url, f"too many redirects (more than {self.settings.max_redirects})")

    async def _with_retries(
        self, url: str, current: str, headers: dict[str, str]
    ) -> Response | _Redirect:
        s = self.settings
        for attempt in range(s.retries + 1):
            result = await self._request(url, current, headers)
            if not isinstance(result, _Retry):
                return result
            wait = retry_after(result.retry_after)
            if wait is None:
                wait = s.backoff * (2**attempt)
            if attempt == s.retries or wait > s.max_retry_wait:
                hint = f" (retry after {wait:g} s)" if result.retry_after else ""
                raise FetchError(url, _status_reason(result.status) + hint)
            await asyncio.sleep(wait)
        raise AssertionError("unreachable")

    async def _request(
        self, url: str, current: str, headers: dict[str, str]
    ) -> Response | _Redirect | _Retry:
        """One request: a Response, a redirect or a retryable status."""
        assert self._client is not None, "use Fetcher as an async context manager"
        try:
            async with (
                self._all,
                self._host_limit(current),
                self._client.stream("GET", current, headers=headers) as resp,
            ):
                return await self._handle(url, current, resp)
        except FetchError:
            raise
        except httpx.HTTPError as exc:
            raise FetchError(url, describe(exc, self.settings)) from None
        except (OSError, ssl.SSLError) as exc:
            raise FetchError(url, describe(exc, self.settings)) from None

    async def _handle(
        self, url: str, current: str, resp: httpx.Response
    ) -> Response | _Redirect | _Retry:
        status = resp.status_code
        if status in _PERMANENT | _TEMPORARY:
            location = resp.headers.get("location")
            if not location:
                raise FetchError(url, f"{_status_reason(status)} without a Location")
            return _Redirect(status, urljoin(current, location.strip()))
        if status in _RETRY:
            return _Retry(status, resp.headers.get("retry-after"))
        if status == 304:
            content = b""
        elif 200 <= status < 300:
            content = await self._read_limited(url, resp)
        else:
            raise FetchError(url, _status_reason(status))
        return Response(
            url=current,
            status=304 if status == 304 else 200,
            content=content,
            content_type=resp.headers.get("content-type", ""),
            etag=resp.headers.get("etag"),
            last_modified=resp.headers.get("last-modified"),
        )

    async def _read_limited(self, url: str, resp: httpx.Response) -> bytes:
        limit = self.settings.max_bytes
        too_big = FetchError(url, f"response too large (over the {_size(limit)} limit)")
        declared = resp.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit and not resp.headers.get(
            "content-encoding"
        ):
            raise too_big
        chunks: list[bytes] = []
        size = 0
        async for chunk in resp.aiter_bytes():
            size += len(chunk)
            if size > limit:
                raise too_big
            chunks.append(chunk)
        return b"".join(chunks)


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):g} MB" if n >= 1024 * 1024 else f"{n} bytes"
