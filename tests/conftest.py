"""Fixtures for every suite: an app over a temp data folder, a client with the token, a live server.

With CI=true, a skipped test fails the run: a suite of skips is not a pass.
"""

import os
import pathlib

import pytest
from flask.testing import FlaskClient

from companion.web.app import create_app

PORT = 5757
HOST = f"127.0.0.1:{PORT}"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
pytest_plugins = ["tests.support.review_queue"]  # the `polled` review queue of the API tests


@pytest.fixture
def data_dir(tmp_path) -> pathlib.Path:
    return tmp_path / "data"


@pytest.fixture
def app(data_dir):
    app = create_app({"DATA_DIR": str(data_dir), "PORT": PORT, "ALLOW_PRIVATE_FEEDS": True})
    yield app
    app.extensions["companion.store"].close()


@pytest.fixture
def store(app):
    return app.extensions["companion.store"]


class LocalClient(FlaskClient):
    """A test client that talks to http://127.0.0.1:5757, as the extension and dashboard do."""

    def open(self, *args, **kwargs):
        if not args or isinstance(args[0], str):
            kwargs.setdefault("base_url", f"http://{HOST}")
        return super().open(*args, **kwargs)


@pytest.fixture
def client(app):
    app.test_client_class = LocalClient
    return app.test_client()


class Api:
    """Sends JSON with the pairing token, like the extension does (flaskr's AuthActions)."""

    def __init__(self, client, token):
        self.client = client
        self.token = token

    def headers(self, extra=None):
        return {"Authorization": f"Bearer {self.token}", **(extra or {})}

    def request(self, method, path, body=None, headers=None, **kw):
        if body is not None:
            kw["json"] = body
        return self.client.open(path, method=method, headers=self.headers(headers), **kw)

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, body=None, **kw):
        return self.request("POST", path, body if body is not None else {}, **kw)

    def put(self, path, body=None, **kw):
        return self.request("PUT", path, body if body is not None else {}, **kw)

    def patch(self, path, body=None, **kw):
        return self.request("PATCH", path, body if body is not None else {}, **kw)

    def delete(self, path, **kw):
        return self.request("DELETE", path, **kw)

    def create_contact(self, **fields):
        r = self.post("/api/contacts", {"name": "Ada Park", **fields})
        assert r.status_code == 201, r.get_json()
        return r.get_json()["contact"]


@pytest.fixture
def api(client, app):
    return Api(client, app.extensions["companion.tokens"].current())


@pytest.fixture
def live_companion(tmp_path):
    """A real `companion serve` process (waitress, real files) for end-to-end tests."""
    from tests.support.live import LiveCompanion

    server = LiveCompanion(data_dir=tmp_path / "live-data")
    server.start()
    yield server
    server.stop()


def pytest_sessionfinish(session, exitstatus):
    """In CI, skips count as failures: a missing tool must not read as a pass."""
    if not IN_CI:
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = reporter.stats.get("skipped", []) if reporter else []
    if skipped and session.exitstatus == 0:
        reporter.write_line(f"CI=true: {len(skipped)} test(s) skipped; treating the run as failed.", red=True)
        session.exitstatus = 1
