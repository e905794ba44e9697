"""Pages at real web addresses (https://www.linkedin.com/in/...), served on this computer.

Firefox is set to use this server as its HTTP and HTTPS proxy, the way Playwright's ``context.route``
serves the Chromium tests' pages. An https address arrives as ``CONNECT host:443``; the tunnel is
answered here with TLS under a throwaway self-signed certificate (the Marionette session accepts
it: ``acceptInsecureCerts``), and the request inside is served from the routes a test registered.
Everything else gets an error at once, so no request of the browser leaves this computer.
"""

from __future__ import annotations

import fnmatch
import ssl
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from tests.feedserver import self_signed_certificate

HOSTS = ("www.linkedin.com", "linkedin.com", "news.prairieledger.example", "bench-notes.example")


@dataclass
class Route:
    pattern: str  # a URL, where * matches anything (so "https://www.linkedin.com/in/bea/**" works)
    body: bytes
    status: int = 200
    content_type: str = "text/html; charset=utf-8"


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for HOSTS (openssl ships with Debian's ca-certificates)."""
    return self_signed_certificate(folder, *HOSTS)


class FakeWeb:
    """A proxy that serves registered pages at their real addresses; ``port`` is its port on 127.0.0.1."""

    def __init__(self, folder: Path):
        cert, key = make_certificate(folder)
        self.tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.tls.load_cert_chain(cert, key)
        self.routes: list[Route] = []
        self.requests: list[str] = []  # every URL asked for, served or not (for failure messages)
        self._lock = threading.Lock()
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.server.daemon_threads = True
        self.server.web = self
        self.port = self.server.server_address[1]
        self._thread = threading.Thread(target=self.server.serve_forever, name="fakeweb", daemon=True)
        self._thread.start()

    def serve(self, pattern: str, html: str, status: int = 200) -> None:
        """Answer URLs matching ``pattern`` with ``html`` (the newest route wins)."""
        host = urlsplit(pattern).hostname
        assert host in HOSTS, f"{host} is not one of fakeweb.HOSTS, whose tunnels the proxy opens"
        with self._lock:
            self.routes.insert(0, Route(pattern, html.encode("utf-8"), status))

    def clear(self) -> None:
        with self._lock:
            self.routes.clear()
            self.requests.clear()

    def find(self, url: str) -> Route | None:
        with self._lock:
            self.requests.append(url)
            return next((r for r in self.routes if fnmatch.fnmatchcase(url, r.pattern)), None)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    origin = ""  # "https://host" once a CONNECT tunnel is open on this connection

    def log_message(self, format, *args):  # noqa: A002 - quiet: the browser asks for many things
        pass

    def do_CONNECT(self):
        host, _, port = self.path.rpartition(":")
        if host not in HOSTS:
            self._answer(502, b"not served here", "text/plain")
            self.close_connection = True
            return
        self.send_response(200, "Connection established")
        self.end_headers()
        try:
            self.connection = self.server.web.tls.wrap_socket(self.connection, server_side=True)
        except (ssl.SSLError, OSError):
            self.close_connection = True
            return
        self.rfile = self.connection.makefile("rb")
        self.wfile = self.connection.makefile("wb")  # flushed after each request by the base class
        self.origin = f"https://{host}" + ("" if port == "443" else f":{port}")
        self.close_connection = False

    def do_GET(self):
        url = self.path if self.path.startswith(("http://", "https://")) else self.origin + self.path
        route = self.server.web.find(url)
        if route is None:
            self._answer(404, b"no page here", "text/plain")
        else:
            self._answer(route.status, route.body, route.content_type)

    do_HEAD = do_GET

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.web.find(self.origin + self.path)
        self._answer(404, b"no page here", "text/plain")

    def _answer(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
