"""A feed written with a loopback, private or link-local address is refused when it is added (API,
dashboard, OPML import), with a message that says why and how to allow it; the setting lets it in."""

import re

import pytest

from companion.web.app import create_app
from tests.conftest import PORT, Api, LocalClient

REFUSED = ["http://10.0.0.1/feed", "http://[::1]/feed", "http://localhost:8080/rss", "http://192.168.1.20/rss.xml",
           "http://127.0.0.1:9/feed", "http://169.254.10.1/feed"]


def _client(tmp_path, allow: bool):
    app = create_app({"DATA_DIR": str(tmp_path / "data"), "PORT": PORT, "ALLOW_PRIVATE_FEEDS": allow})
    app.test_client_class = LocalClient
    client = app.test_client()
    return client, Api(client, app.extensions["companion.tokens"].current())


@pytest.mark.parametrize("url", REFUSED)
def test_a_feed_on_a_private_address_is_refused_with_why_and_how_to_allow_it(tmp_path, url):
    _, api = _client(tmp_path, allow=False)
    r = api.post("/api/feeds", {"url": url})
    assert r.status_code == 400
    message = r.get_json()["error"]
    assert "COMPANION_ALLOW_PRIVATE_FEEDS=1" in message
    assert re.search(r"loopback|private|link-local|metadata", message)
    assert api.get("/api/feeds").get_json()["feeds"] == []


def test_the_cloud_metadata_address_is_refused_as_never_fetched(tmp_path):
    _, api = _client(tmp_path, allow=False)
    r = api.post("/api/feeds", {"url": "http://169.254.169.254/latest/"})
    assert r.status_code == 400
    assert "cloud metadata address" in r.get_json()["error"]
    assert "COMPANION_ALLOW_PRIVATE_FEEDS" not in r.get_json()["error"]  # no setting lets it in


def test_a_non_http_feed_is_refused(tmp_path):
    _, api = _client(tmp_path, allow=False)
    r = api.post("/api/feeds", {"url": "ftp://files.example.test/feed.xml"})
    assert r.status_code == 400 and "http://" in r.get_json()["error"]


def test_a_public_address_or_a_name_is_added(tmp_path):
    _, api = _client(tmp_path, allow=False)
    assert api.post("/api/feeds", {"url": "https://news.example.test/rss.xml"}).status_code == 201
    assert api.post("/api/feeds", {"url": "http://93.184.216.34/feed"}).status_code == 201


def test_the_setting_lets_private_feeds_in_but_never_the_metadata_address(tmp_path):
    _, api = _client(tmp_path, allow=True)
    assert api.post("/api/feeds", {"url": "http://10.0.0.1/feed"}).status_code == 201
    assert api.post("/api/feeds", {"url": "http://127.0.0.1:9/feed"}).status_code == 201
    r = api.post("/api/feeds", {"url": "http://169.254.169.254/latest/"})
    assert r.status_code == 400 and "metadata" in r.get_json()["error"]


def test_opml_import_rejects_private_feeds_one_by_one(tmp_path):
    client, api = _client(tmp_path, allow=False)
    opml = (b'<?xml version="1.0"?><opml version="2.0"><body>'
            b'<outline type="rss" text="Local" xmlUrl="http://10.1.2.3/rss"/>'
            b'<outline type="rss" text="News" xmlUrl="https://news.example.test/rss"/></body></opml>')
    r = client.post("/api/feeds/opml", data=opml, headers={**api.headers(), "Content-Type": "text/x-opml"})
    body = r.get_json()
    assert [f["url"] for f in body["added"]] == ["https://news.example.test/rss"]
    assert "COMPANION_ALLOW_PRIVATE_FEEDS=1" in body["rejected"][0]["reason"]


def test_the_dashboard_shows_the_same_message_at_the_form(tmp_path):
    client, api = _client(tmp_path, allow=False)
    page = client.get("/feeds").get_data(as_text=True)
    csrf = re.search(r'name="csrf-token" content="([^"]+)"', page).group(1)
    r = client.post("/feeds", data={"csrf_token": csrf, "url": "http://10.0.0.1/feed"},
                    headers={"Origin": "http://127.0.0.1:5757"}, follow_redirects=True)
    html = r.get_data(as_text=True)
    assert "Could not add that feed" in html and "COMPANION_ALLOW_PRIVATE_FEEDS=1" in html
    assert api.get("/api/feeds").get_json()["feeds"] == []
