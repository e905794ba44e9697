"""Measure how often the review queue and the popup agree on an article (issue 15.3), with feed items
matched on their summaries only and with their pages read in full, on the synthetic teasers of
tests/fixtures/full_text/articles.json served over HTTP from this machine.

    .venv/bin/python scripts/eval_full_text.py

Agreement: the same contact first, with the same fit to two decimals (or nobody in both).
"""

import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from companion.web.app import create_app  # noqa: E402
from tests.test_feeds_api import rss  # noqa: E402
from tests.test_full_text import DATA, _top, page, popup_match, queue_by_url, seed  # noqa: E402


class _Site:
    """The teasers' feed and pages on a local port (the test module's helpers want `url` and `add`)."""

    def __init__(self):
        self.routes: dict[str, tuple[bytes, str]] = {}
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - http.server's name
                body, kind = site.routes.get(self.path, (b"", "text/plain"))
                self.send_response(200 if body else 404)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server.server_port}{path}"


def _client(data_dir: str):
    from tests.conftest import Api, LocalClient

    app = create_app({"DATA_DIR": data_dir, "ALLOW_PRIVATE_FEEDS": True})
    app.test_client_class = LocalClient
    return Api(app.test_client(), app.extensions["companion.tokens"].current())


def measure(read_pages: bool) -> tuple[int, int, int]:
    """(articles where queue and popup agree, where the fitting contact is first in the queue, articles)."""
    site = _Site()
    items = []
    for article in DATA["articles"]:
        path = f"/news/{article['slug']}"
        site.routes[path] = (page(article), "text/html; charset=utf-8")
        items.append((site.url(path), article["title"], article["summary"]))
    site.routes["/teasers.xml"] = (rss("Teasers", items), "application/rss+xml")
    with tempfile.TemporaryDirectory() as data_dir:
        api = _client(data_dir)
        if not read_pages:
            api.put("/api/settings", {"pages_read_per_poll": 0})
        people = seed(api)
        api.post("/api/feeds", {"url": site.url("/teasers.xml")})
        api.post("/api/feeds/poll")
        queue = queue_by_url(api)
        agree = fits = 0
        for article in DATA["articles"]:
            waiting = queue.get(site.url(f"/news/{article['slug']}"), [])
            agree += _top(popup_match(api, site, article)["suggestions"]) == _top(waiting)
            fits += _top(waiting)[0] == people[article["fits"]]["id"]
    site.server.shutdown()
    return agree, fits, len(DATA["articles"])


def main() -> None:
    for label, read in (("summaries only", False), ("pages read in full", True)):
        agree, fits, total = measure(read)
        print(f"{label:20s}: queue and popup agree on {agree}/{total}; "
              f"fitting contact first in the queue {fits}/{total}")


if __name__ == "__main__":
    main()
