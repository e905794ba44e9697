"""Feeds through the API: add, list, delete, OPML in and out, and polling real feeds served by a
local HTTP server (conditional GET, broken feeds, script payloads, de-duplication, the pending cap).
Made-up people, companies and news."""

import threading
import time
from datetime import UTC, datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

import pytest

from tests.feedserver import fixture_bytes

pytest_plugins = ["tests.feedserver"]

ENERGY_ITEMS = [
    (
        "https://news.example.test/energy/offshore-wind-auction",
        "Offshore wind auction draws record bids from renewable energy developers",
        "Developers bid for seabed leases to build offshore wind farms; turbine supply and grid "
        "interconnection decide which renewable energy projects get built.",
    ),
    (
        "https://news.example.test/energy/solar-farm",
        "Utility-scale solar farm and battery storage plant connects to the grid",
        "The solar power plant pairs photovoltaic panels with batteries under a power purchase agreement.",
    ),
]
MEDICAL_ITEMS = [
    (
        "https://health.example.test/devices/infusion-pump-recall",
        "Regulator recalls pediatric infusion pump over software fault",
        "The medical device maker told hospitals to stop using the pump; clinicians reported dosing errors.",
    ),
]


def rss(title: str, items, site: str = "https://news.example.test/") -> bytes:
    """A small RSS 2.0 document; items are (url, title, description)."""
    stamp = format_datetime(datetime(2026, 11, 20, 9, 0, tzinfo=UTC))
    entries = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(u)}</link><description>{escape(d)}</description>"
        f"<pubDate>{stamp}</pubDate></item>"
        for u, t, d in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>{site}</link><description>News</description>{entries}</channel></rss>"
    ).encode()


def add_feed(api, url, status=201):
    r = api.post("/api/feeds", {"url": url})
    assert r.status_code == status, r.get_json()
    return r.get_json().get("feed")


def poll(api):
    r = api.post("/api/feeds/poll")
    assert r.status_code == 200, r.get_json()
    return r.get_json()


def feeds_by_url(api) -> dict:
    return {f["url"]: f for f in api.get("/api/feeds").get_json()["feeds"]}


def pending(api) -> list[dict]:
    return api.get("/api/suggestions").get_json()["suggestions"]


@pytest.fixture
def people(api):
    return {
        "samuel": api.create_contact(name="Samuel Okafor", industry="Renewable Energy"),
        "priya": api.create_contact(name="Priya Nair", industry="Medical Devices"),
    }


@pytest.mark.parametrize(
    "url",
    [
        "",
        "news.example.test/rss",
        "ftp://news.example.test/rss",
        "javascript:alert(1)",
        "file:///etc/passwd",
        42,
        None,
        ["https://a.test/"],
    ],
)
def test_adding_a_feed_with_a_bad_url_is_refused(api, url):
    r = api.post("/api/feeds", {"url": url})
    assert r.status_code == 400
    assert "`url`" in r.get_json()["error"]
    assert api.get("/api/feeds").get_json()["feeds"] == []


def test_add_list_and_delete_a_feed(api):
    feed = add_feed(api, "https://news.example.test/rss.xml")
    assert feed["url"] == "https://news.example.test/rss.xml"
    assert feed["last_polled"] is None and feed["last_error"] is None and feed["error_count"] == 0
    again = add_feed(api, "https://news.example.test/rss.xml?utm_source=newsletter")
    assert again["id"] == feed["id"]
    assert [f["id"] for f in api.get("/api/feeds").get_json()["feeds"]] == [feed["id"]]

    r = api.delete(f"/api/feeds/{feed['id']}")
    assert r.status_code == 200 and r.get_json()["deleted"]["id"] == feed["id"]
    assert api.get("/api/feeds").get_json()["feeds"] == []
    r = api.delete(f"/api/feeds/{feed['id']}")
    assert r.status_code == 404 and r.get_json()["ok"] is False


def test_opml_import_adds_each_http_feed_once_and_exports_round_trip(api, client):
    r = api.request(
        "POST",
        "/api/feeds/opml",
        data=fixture_bytes("subscriptions.opml"),
        headers={"Content-Type": "text/x-opml"},
    )
    assert r.status_code == 200, r.get_json()
    result = r.get_json()
    added = {f["url"] for f in result["added"]}
    assert added == {
        "https://news.northwind.example/rss.xml",
        "https://blog.quillfield.example/atom.xml",
        "https://journal.tallpine.example/rdf",
    }
    feeds = api.get("/api/feeds").get_json()["feeds"]
    assert sorted(f["url"] for f in feeds) == sorted(added)  # no file:// feed, the duplicate once

    r = api.get("/api/feeds/opml")
    assert r.status_code == 200
    assert r.mimetype == "text/x-opml"
    assert "attachment" in r.headers["Content-Disposition"] and ".opml" in r.headers["Content-Disposition"]
    exported = r.data
    assert b"Quillfield Robotics" in exported

    for feed in api.get("/api/feeds").get_json()["feeds"]:
        api.delete(f"/api/feeds/{feed['id']}")
    r = api.request("POST", "/api/feeds/opml", data=exported, headers={"Content-Type": "text/x-opml"})
    assert {f["url"] for f in r.get_json()["added"]} == added
    r = api.request("POST", "/api/feeds/opml", data=exported, headers={"Content-Type": "text/x-opml"})
    assert r.get_json()["added"] == [] and r.get_json()["already"] == 3


def test_sloppy_opml_from_an_old_reader_still_imports(api):
    r = api.request(
        "POST", "/api/feeds/opml", data=fixture_bytes("junk.opml"), headers={"Content-Type": "text/x-opml"}
    )
    assert r.status_code == 200
    assert "https://wire.saltmarsh.example/feed" in {f["url"] for f in r.get_json()["added"]}


@pytest.mark.parametrize(
    "body",
    [
        fixture_bytes("billion_laughs.opml"),
        b"this is not xml at all {",
        b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>',
    ],
)
def test_a_broken_opml_file_is_refused_and_adds_nothing(api, body):
    started = time.monotonic()
    r = api.request("POST", "/api/feeds/opml", data=body, headers={"Content-Type": "text/x-opml"})
    assert r.status_code == 400
    assert "OPML" in r.get_json()["error"]
    assert time.monotonic() - started < 5
    assert api.get("/api/feeds").get_json()["feeds"] == []


def test_opml_upload_as_plain_text_is_refused(api):
    r = api.request(
        "POST",
        "/api/feeds/opml",
        data=fixture_bytes("subscriptions.opml"),
        headers={"Content-Type": "text/plain"},
    )
    assert r.status_code == 415


def test_poll_stores_articles_and_suggestions_then_uses_conditional_get(api, people, feed_server):
    add_feed(api, feed_server.add("/energy.xml", rss("Energy Wire", ENERGY_ITEMS), etag='"e1"'))
    add_feed(
        api,
        feed_server.add(
            "/health.xml", rss("Health Wire", MEDICAL_ITEMS), last_modified="Fri, 20 Nov 2026 09:00:00 GMT"
        ),
    )
    first = poll(api)
    assert first["new_articles"] == 3
    assert first["new_suggestions"] >= 3
    assert first["errors"] == []
    feeds = feeds_by_url(api)
    assert feeds[feed_server.url("/energy.xml")]["title"] == "Energy Wire"
    assert all(f["last_polled"] and f["last_error"] is None for f in feeds.values())
    queue = pending(api)
    owners = {(s["article"]["url"], s["contact"]["name"]) for s in queue}
    assert (ENERGY_ITEMS[0][0], "Samuel Okafor") in owners
    assert (MEDICAL_ITEMS[0][0], "Priya Nair") in owners
    assert all(s["reasons"] for s in queue)

    second = poll(api)
    assert second["new_articles"] == 0 and second["new_suggestions"] == 0 and second["errors"] == []
    assert feed_server.requests_for("/energy.xml")[-1].get("If-None-Match") == '"e1"'
    since = feed_server.requests_for("/health.xml")[-1].get("If-Modified-Since")
    assert since == "Fri, 20 Nov 2026 09:00:00 GMT"
    assert len(pending(api)) == len(queue)


def test_broken_feeds_are_recorded_while_good_ones_poll_and_nothing_is_deleted(
    api, people, feed_server, store
):
    good = feed_server.add("/good.xml", rss("Energy Wire", ENERGY_ITEMS))
    flaky = feed_server.add("/flaky.xml", rss("Health Wire", MEDICAL_ITEMS))
    missing = feed_server.url("/missing.xml")
    html = feed_server.add("/page.html", fixture_bytes("html_page.html"), content_type="text/html")
    garbage = feed_server.add(
        "/garbage.xml", b"\x00\x9f garbage \xff{{{<not<xml", content_type="application/xml"
    )
    for url in (good, flaky, missing, html, garbage):
        add_feed(api, url)
    first = poll(api)
    assert first["new_articles"] == 3
    assert {e["url"] for e in first["errors"]} == {missing, html, garbage}
    assert all(e["error"] for e in first["errors"])
    feeds = feeds_by_url(api)
    for url in (missing, html, garbage):
        assert feeds[url]["last_error"] and feeds[url]["error_count"] == 1
    assert feeds[good]["last_error"] is None and feeds[good]["error_count"] == 0
    queue_before = {s["id"] for s in pending(api)}
    articles_before = store.articles.count()

    feed_server.add("/flaky.xml", b"gone", status=500, content_type="text/plain")
    second = poll(api)
    assert {e["url"] for e in second["errors"]} == {missing, html, garbage, flaky}
    feeds = feeds_by_url(api)
    assert feeds[missing]["error_count"] == 2 and feeds[flaky]["error_count"] == 1
    assert "500" in feeds[flaky]["last_error"]
    assert {s["id"] for s in pending(api)} == queue_before
    assert store.articles.count() == articles_before


def test_script_in_a_feed_is_stored_as_plain_text(api, feed_server, store):
    api.create_contact(name="Farah Haddad", industry="Battery manufacturing", company="Ferro Labs")
    url = add_feed(api, feed_server.add("/payloads.xml", fixture_bytes("payloads.xml")))["url"]
    assert poll(api)["errors"] == []
    feed = feeds_by_url(api)[url]
    assert "Payload Weekly" in feed["title"]
    assert "<" not in feed["title"]
    assert store.articles.count() > 0
    for article in store.articles.all():
        assert "<script" not in article["title"].lower() and "<iframe" not in article["title"].lower()
        assert "<script" not in article["summary"].lower() and "onerror" not in article["summary"].lower()


def test_articles_are_deduplicated_by_canonical_url_across_feeds(api, people, feed_server, store):
    url, title, text = ENERGY_ITEMS[0]
    tracked = url + "?utm_source=rss&utm_medium=feed"
    add_feed(api, feed_server.add("/a.xml", rss("Feed A", [(tracked, title, text)])))
    add_feed(
        api,
        feed_server.add(
            "/b.xml", rss("Feed B", [(url + "?utm_campaign=daily#top", title, text), ENERGY_ITEMS[1]])
        ),
    )
    summary = poll(api)
    assert summary["new_articles"] == 2
    assert sorted(a["url"] for a in store.articles.all()) == sorted([url, ENERGY_ITEMS[1][0]])
    samuel_urls = [s["article"]["url"] for s in pending(api) if s["contact"]["name"] == "Samuel Okafor"]
    assert sorted(samuel_urls) == sorted([url, ENERGY_ITEMS[1][0]])


def test_a_second_poll_while_one_runs_gets_409_and_the_api_keeps_answering(app, api, people, feed_server):
    body = rss("Slow Wire", ENERGY_ITEMS)
    add_feed(api, feed_server.add("/slow.xml", body, seconds_per_byte=1.5 / len(body)))
    results = {}

    def background_poll():
        client = app.test_client()
        results["first"] = client.post(
            "/api/feeds/poll", headers=api.headers(), base_url="http://127.0.0.1:5757"
        )

    worker = threading.Thread(target=background_poll)
    worker.start()
    deadline = time.monotonic() + 5
    while feed_server.hits("/slow.xml") == 0 and time.monotonic() < deadline:
        time.sleep(0.02)
    started = time.monotonic()
    r = api.post("/api/feeds/poll")
    assert r.status_code == 409 and r.get_json()["ok"] is False
    assert api.get("/api/contacts").status_code == 200
    assert time.monotonic() - started < 1.0
    worker.join(10)
    assert results["first"].status_code == 200
    assert results["first"].get_json()["new_articles"] == 2


def test_poll_keeps_only_the_best_pending_suggestions_per_contact(api, people, feed_server):
    r = api.put("/api/settings", {"max_pending_suggestions_per_contact": 1})
    assert r.status_code == 200, r.get_json()
    weak = [
        (
            "https://news.example.test/energy/grid-note",
            "Utilities publish grid maintenance schedule",
            "Power line maintenance is planned for the winter.",
        )
    ]
    add_feed(api, feed_server.add("/weak.xml", rss("Weak", weak)))
    poll(api)
    first = [s for s in pending(api) if s["contact"]["name"] == "Samuel Okafor"]

    add_feed(api, feed_server.add("/strong.xml", rss("Strong", ENERGY_ITEMS)))
    poll(api)
    samuel = [s for s in pending(api) if s["contact"]["name"] == "Samuel Okafor"]
    assert len(samuel) == 1
    everything = [
        s
        for s in api.get("/api/suggestions?status=all").get_json()["suggestions"]
        if s["contact"]["name"] == "Samuel Okafor"
    ]
    assert len(everything) >= 2
    assert samuel[0]["score"] == max(s["score"] for s in everything)
    if first:
        assert samuel[0]["score"] >= first[0]["score"]
