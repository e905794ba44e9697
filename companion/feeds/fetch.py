"""Bounded, guarded HTTP fetching of feeds and pages (SECURITY.md 16-18).

- only http/https; every hop of a redirect chain is followed here (never by requests) and checked;
- every connection goes through the address guard at the moment the socket opens, to the very
  address that was checked (no DNS-rebinding gap, see guard.py); proxies and .netrc from the
  environment are ignored, since a proxy would connect on our behalf to an unchecked address;
- a connect timeout, and a total deadline kept by a watchdog that shuts the socket down when it
  passes, whatever the fetch is doing (a server trickling headers or body a byte a second is cut off);
- a size cap on the *decompressed* body: the raw bytes are read and un-gzipped here, incrementally,
  never more than the cap (a gzip bomb is cut off after max_bytes);
- conditional GET (ETag / Last-Modified) with 304 reported as ``not_modified``.

feedparser never fetches anything: it gets the bytes from here (parse.py).
"""

from __future__ import annotations

import ipaddress
import re
import socket
import threading
import time
import zlib
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import requests
from urllib3.exceptions import HTTPError, ReadTimeoutError

from companion.feeds.guard import AddressGuard, FetchError, allow_private_from_env, guarded_session
from companion.feeds.urls import is_http_url

__all__ = ["AddressGuard", "FetchError", "FetchResult", "allow_private_from_env", "fetch"]

MIB = 1024 * 1024
USER_AGENT = "FollowUpCompanion/1.0 (personal feed reader; runs on the user's machine)"
ACCEPT_HEADERS = {
    "feed": "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.8, text/xml;q=0.8, */*;q=0.1",
    "html": "text/html, application/xhtml+xml;q=0.9, */*;q=0.1",
}
REDIRECT_STATUSES = (301, 302, 303, 307, 308)
CHUNK_SIZE = 64 * 1024
CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", re.I)
ERRNO_TEXT = re.compile(r"\[Errno -?\d+\] ([^'\")]+)")


@dataclass
class FetchResult:
    """What a fetch brought back; ``content`` is the decompressed body (empty when not modified)."""

    url: str
    final_url: str
    status: int
    content: bytes
    etag: str | None
    last_modified: str | None
    not_modified: bool
    content_type: str | None
    encoding: str | None  # the charset the server declared, if any


class _Watchdog:
    """Shuts the fetch's sockets down when the total deadline passes, in whatever phase the fetch is:
    socket timeouts only bound each single read, and a server can trickle headers or body forever."""

    def __init__(self, seconds: float) -> None:
        self.fired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def __enter__(self) -> _Watchdog:
        self._timer.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._timer.cancel()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.fired:
                _shutdown(sock)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            for sock in self._sockets:
                _shutdown(sock)


def _shutdown(sock: socket.socket) -> None:
    try:
        sock.shutdown(socket.SHUT_RDWR)  # wakes a blocked recv() in the fetching thread
    except OSError:
        pass  # already closed


@dataclass
class _Limits:
    connect_timeout: float
    total_deadline: float
    max_bytes: int
    deadline: float  # on the time.monotonic() clock

    def remaining(self) -> float:
        remaining = self.deadline - time.monotonic()
        if remaining <= 0:
            raise self.timed_out()
        return remaining

    def timed_out(self) -> FetchError:
        return FetchError(f"timed out after {self.total_deadline:g} s")


class _Decompressor:
    """Incremental gzip/deflate decoding that never produces more than asked for."""

    def __init__(self, content_encoding: str | None) -> None:
        encoding = (content_encoding or "identity").strip().lower()
        if encoding in ("", "identity"):
            self._zlib = None
        elif encoding in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            self._zlib = zlib.decompressobj(zlib.MAX_WBITS)
        else:
            raise FetchError(f"unsupported content encoding: {encoding[:40]}")

    def feed(self, chunk: bytes, limit: int) -> bytes:
        """Decoded bytes of ``chunk``, at most ``limit`` of them (reaching it means the cap is hit)."""
        if self._zlib is None:
            return chunk
        try:
            return self._zlib.decompress(chunk, limit)
        except zlib.error as error:
            raise FetchError("could not decompress the response (corrupt gzip/deflate data)") from error


def _request_headers(accept: str, etag: str | None, last_modified: str | None) -> dict[str, str]:
    if accept not in ACCEPT_HEADERS:
        raise ValueError(f"accept must be one of {sorted(ACCEPT_HEADERS)}, got {accept!r}")
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT_HEADERS[accept], "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    return headers


def _check_url(url: str, guard: AddressGuard) -> None:
    """Refuse non-http URLs and literal refused IPs before any connection is tried (names, and odd
    spellings such as http://2130706433/, are resolved and checked when the socket opens)."""
    if not is_http_url(url):
        raise FetchError("only http and https URLs are allowed")
    host = urlsplit(url).hostname or ""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        return
    guard.check_address(host)


def _connection_error_message(url: str, error: Exception) -> str:
    host = urlsplit(url).hostname
    if isinstance(error, requests.exceptions.SSLError):
        return f"secure connection to {host} failed (TLS certificate or handshake error)"
    detail = ERRNO_TEXT.search(str(error))
    reason = detail.group(1).strip().lower() if detail else "connection failed"
    return f"could not connect to {host}: {reason}"


def _open(session: requests.Session, url: str, headers: dict, limits: _Limits) -> requests.Response:
    """Send one GET (no redirects followed) and return the streaming response."""
    remaining = limits.remaining()
    try:
        return session.get(
            url,
            headers=headers,
            stream=True,
            allow_redirects=False,
            timeout=(min(limits.connect_timeout, remaining), remaining),
        )
    except requests.exceptions.ConnectTimeout as error:
        host = urlsplit(url).hostname
        raise FetchError(f"could not connect to {host} within {limits.connect_timeout:g} s") from error
    except requests.exceptions.Timeout as error:
        raise limits.timed_out() from error
    except requests.exceptions.ConnectionError as error:
        raise FetchError(_connection_error_message(url, error)) from error
    except requests.exceptions.RequestException as error:
        raise FetchError(f"request failed: {type(error).__name__}") from error


def _read_body(response: requests.Response, limits: _Limits) -> bytes:
    """The decompressed body, cut off with FetchError past the deadline or the size cap."""
    too_large = f"response larger than {limits.max_bytes / MIB:g} MiB"
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limits.max_bytes:
        raise FetchError(too_large)
    decompressor = _Decompressor(response.headers.get("content-encoding"))
    parts: list[bytes] = []
    size = 0
    while True:
        limits.remaining()
        try:
            chunk = response.raw.read1(CHUNK_SIZE, decode_content=False)
        except (ReadTimeoutError, TimeoutError) as error:
            raise limits.timed_out() from error
        except (HTTPError, OSError) as error:
            raise FetchError("the connection broke off while reading the response") from error
        if not chunk:
            return b"".join(parts)
        data = decompressor.feed(chunk, limits.max_bytes - size + 1)
        size += len(data)
        if size > limits.max_bytes:
            raise FetchError(too_large)
        parts.append(data)


def _result(url, final_url, response, body, etag, last_modified) -> FetchResult:
    """Build the result; ``etag``/``last_modified`` are the validators to keep if the server sent none."""
    content_type = response.headers.get("content-type")
    charset = CHARSET.search(content_type or "")
    return FetchResult(
        url=url,
        final_url=final_url,
        status=response.status_code,
        content=body,
        etag=response.headers.get("etag") or etag,
        last_modified=response.headers.get("last-modified") or last_modified,
        not_modified=response.status_code == 304,
        content_type=content_type,
        encoding=charset.group(1).lower() if charset else None,
    )


def _finish(
    url: str, final_url: str, response: requests.Response, limits: _Limits, validators
) -> FetchResult:
    """Turn the last response of the chain into a result (or the error it stands for)."""
    if response.status_code == 304:
        return _result(url, final_url, response, b"", *validators)
    if not 200 <= response.status_code < 300:
        message = f"server answered {response.status_code} {response.reason or ''}".strip()
        raise FetchError(message, status=response.status_code)
    body = _read_body(response, limits)
    return _result(url, final_url, response, body, None, None)


def _follow(
    session,
    url: str,
    headers: dict,
    guard: AddressGuard,
    limits: _Limits,
    max_redirects: int,
    validators: tuple,
) -> FetchResult:
    """Follow the redirect chain from ``url`` by hand, checking every hop before it is requested."""
    current = url
    for _hop in range(max_redirects + 1):
        _check_url(current, guard)
        with _open(session, current, headers, limits) as response:
            location = response.headers.get("location")
            if response.status_code in REDIRECT_STATUSES and location:
                current = urljoin(current, location.strip())
                continue
            return _finish(url, current, response, limits, validators)
    raise FetchError(f"too many redirects (more than {max_redirects})")


def fetch(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    allow_private: bool = False,
    connect_timeout: float = 5,
    total_deadline: float = 20,
    max_bytes: int = 5 * MIB,
    max_redirects: int = 5,
    accept: str = "feed",
    guard: AddressGuard | None = None,
) -> FetchResult:
    """GET ``url`` within the bounds above: a FetchResult on 2xx/304, else FetchError with a clear message."""
    guard = guard or AddressGuard(allow_private=allow_private)
    headers = _request_headers(accept, etag, last_modified)
    limits = _Limits(connect_timeout, total_deadline, max_bytes, time.monotonic() + total_deadline)
    with _Watchdog(total_deadline) as watchdog, guarded_session(guard, watchdog.watch) as session:
        try:
            return _follow(
                session, (url or "").strip(), headers, guard, limits, max_redirects, (etag, last_modified)
            )
        except FetchError:
            if watchdog.fired:  # whatever broke, it broke because the deadline shut the socket
                raise limits.timed_out() from None
            raise
