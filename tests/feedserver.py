"""A real local HTTP server for feed and page tests: serve chosen bytes and headers per path.

It can answer conditional GETs with 304, trickle a body one byte at a time, stream huge bodies
without holding them, gzip a body (or send a prepared gzip bomb), redirect, and record every request.

Use it from any test module with::

    pytest_plugins = ["tests.feedserver"]

    def test_something(feed_server):
        url = feed_server.add("/feed.xml", body=b"<rss ...>", etag='"v1"')

or directly: ``with FeedServer() as server: ...``. It binds to 127.0.0.1 (or another loopback
address such as 127.0.0.2) on a free port.

PYTEST_DONT_REWRITE: test modules import helpers from here before pytest registers it as a
plugin, and it holds no asserts worth rewriting.
"""

from __future__ import annotations

import gzip
import ssl
import subprocess
import threading
import time
import zlib
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures" / "feeds"
RSS_TYPE = "application/rss+xml; charset=utf-8"


@dataclass
class Route:
    """How one path answers."""

    body: bytes = b""
    status: int = 200
    content_type: str | None = RSS_TYPE
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    gzip: bool = False  # compress ``body`` on the fly and say Content-Encoding: gzip
    seconds_per_byte: float = 0.0  # trickle the body this slowly
    filler_bytes: int = 0  # stream this many bytes of filler after ``body`` (huge responses)
    send_length: bool = True  # send Content-Length (False: the body ends when the connection closes)
    location: str | None = None  # a redirect target (use status 301/302/303/307/308)
    delay_before_headers: float = 0.0  # accept the request, then say nothing for this long
    trickle_headers: bool = False  # with seconds_per_byte: trickle the status line and headers too


def gzip_bomb(decompressed_size: int) -> bytes:
    """A small gzip stream that inflates to ``decompressed_size`` zero bytes."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1024 * 1024)
    parts = []
    for _ in range(decompressed_size // len(block)):
        parts.append(compressor.compress(block))
    parts.append(compressor.compress(bytes(decompressed_size % len(block))))
    parts.append(compressor.flush())
    return b"".join(parts)


def fixture_bytes(name: str) -> bytes:
    """The bytes of tests/fixtures/feeds/<name>."""
    return (FIXTURES / name).read_bytes()


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):  # keep test output quiet
        pass

    def do_GET(self):
        route = self.server.routes.get(self.path.split("?", 1)[0])
        self.server.record(self.path, dict(self.headers.items()))
        if route is None:
            route = Route(body=b"not found", status=404, content_type="text/plain")
        try:
            self._answer(route)
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            pass  # the client gave up (deadline, size cap): exactly what the tests provoke

    def _answer(self, route: Route) -> None:
        if route.delay_before_headers:
            time.sleep(route.delay_before_headers)
        if self._not_modified(route):
            self.send_response(304)
            self._validators(route)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = gzip.compress(route.body) if route.gzip else route.body
        if route.trickle_headers:
            padding = "x" * 200  # long enough that only a total deadline ends it in reasonable time
            head = (
                f"HTTP/1.1 {route.status} OK\r\nX-Padding: {padding}\r\nContent-Length: {len(body)}\r\n\r\n"
            )
            head = head.encode()
            self._write_body(route, head + body)
            return
        self.send_response(route.status)
        if route.location:
            self.send_header("Location", route.location)
        if route.content_type:
            self.send_header("Content-Type", route.content_type)
        if route.gzip:
            self.send_header("Content-Encoding", "gzip")
        for name, value in route.headers.items():
            self.send_header(name, value)
        self._validators(route)
        if route.send_length:
            self.send_header("Content-Length", str(len(body) + route.filler_bytes))
        else:
            self.send_header("Connection", "close")
            self.close_connection = True
        self.end_headers()
        self._write_body(route, body)

    def _not_modified(self, route: Route) -> bool:
        if route.etag and self.headers.get("If-None-Match") == route.etag:
            return True
        return bool(route.last_modified) and self.headers.get("If-Modified-Since") == route.last_modified

    def _validators(self, route: Route) -> None:
        if route.etag:
            self.send_header("ETag", route.etag)
        if route.last_modified:
            self.send_header("Last-Modified", route.last_modified)

    def _write_body(self, route: Route, body: bytes) -> None:
        if route.seconds_per_byte:
            for index in range(len(body)):
                self.wfile.write(body[index : index + 1])
                self.wfile.flush()
                time.sleep(route.seconds_per_byte)
        else:
            self.wfile.write(body)
        block = b"x" * 65536
        left = route.filler_bytes
        while left > 0:
            self.wfile.write(block[: min(left, len(block))])
            left -= len(block)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # a trickling handler must not hold up the end of a test

    def __init__(self, address):
        super().__init__(address, _Handler)
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        self._lock = threading.Lock()

    def handle_error(self, request, client_address):
        pass  # clients hanging up mid-request are expected here (deadlines, size caps)

    def record(self, path: str, headers: dict[str, str]) -> None:
        with self._lock:
            self.requests.append((path, headers))


class FeedServer:
    """A threaded HTTP server on a loopback address; ``add`` a route, get its URL back."""

    def __init__(self, host: str = "127.0.0.1", tls: tuple[Path, Path] | None = None) -> None:
        self.host = host
        self.scheme = "https" if tls else "http"
        self._server = _Server((host, 0))
        self.port = self._server.server_address[1]
        if tls:  # (certificate file, key file)
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True)

    def __enter__(self) -> FeedServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._server.shutdown()
        self._server.server_close()

    def url(self, path: str) -> str:
        """The absolute URL of ``path`` on this server."""
        return f"{self.scheme}://{self.host}:{self.port}{path}"

    def add(self, path: str, body: bytes = b"", **options) -> str:
        """Serve ``body`` at ``path`` with the Route ``options``; returns the URL."""
        self._server.routes[path] = Route(body=body, **options)
        return self.url(path)

    def add_fixture(self, path: str, name: str, **options) -> str:
        """Serve tests/fixtures/feeds/<name> at ``path``; returns the URL."""
        return self.add(path, fixture_bytes(name), **options)

    def redirect(self, path: str, location: str, status: int = 302) -> str:
        """Answer ``path`` with a redirect to ``location``; returns the URL."""
        return self.add(path, b"", status=status, location=location, content_type="text/plain")

    def hits(self, path: str) -> int:
        """How many requests reached ``path``."""
        return len(self.requests_for(path))

    def requests_for(self, path: str) -> list[dict[str, str]]:
        """The headers of every request to ``path``, oldest first."""
        with self._server._lock:
            return [headers for seen, headers in self._server.requests if seen.split("?", 1)[0] == path]


def self_signed_certificate(folder: Path, name: str = "localhost", *also: str) -> tuple[Path, Path]:
    """A throwaway self-signed certificate and key for ``name`` and any further host names ``also``
    (made with the openssl command)."""
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            f"/CN={name}",
            "-addext",
            "subjectAltName=" + ",".join([*(f"DNS:{host}" for host in (name, *also)), "IP:127.0.0.1"]),
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


@pytest.fixture
def feed_server():
    """A running FeedServer on 127.0.0.1 for one test."""
    with FeedServer() as server:
        yield server
