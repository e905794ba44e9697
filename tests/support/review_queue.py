"""The review queue as the API tests see it: a real local feed polled into suggested shares for two
made-up contacts (`polled`, a fixture for every test: tests/conftest.py loads this module as a
plugin; it needs `feed_server`, from tests.feedserver), and small helpers to log, list, poll and patch."""

import datetime as dt

import pytest

from tests.test_feeds_api import ENERGY_ITEMS, MEDICAL_ITEMS, rss

TODAY = dt.date.today()


def days_ago(n: int) -> str:
    return (TODAY - dt.timedelta(days=n)).isoformat()


def log(api, contact, **fields):
    r = api.post(f"/api/contacts/{contact['id']}/interactions", fields)
    assert r.status_code == 201, r.get_json()
    return r.get_json()


def queue(api, status="pending") -> list[dict]:
    r = api.get(f"/api/suggestions?status={status}")
    assert r.status_code == 200, r.get_json()
    return r.get_json()["suggestions"]


def poll(api):
    r = api.post("/api/feeds/poll")
    assert r.status_code == 200, r.get_json()
    return r.get_json()


def of(suggestions, contact) -> list[dict]:
    return [s for s in suggestions if s["contact"]["id"] == contact["id"]]


def patch(api, suggestion, status, code=200):
    r = api.patch(f"/api/suggestions/{suggestion['id']}", {"status": status})
    assert r.status_code == code, r.get_json()
    return r.get_json()


@pytest.fixture
def polled(api, feed_server):
    """Samuel (energy, due for a follow-up) and Priya (medical devices), with a polled feed."""
    samuel = api.create_contact(name="Samuel Okafor", industry="Renewable Energy", email="samuel@example.com")
    priya = api.create_contact(name="Priya Nair", industry="Medical Devices")
    log(api, samuel, kind="update", date=days_ago(150))
    url = feed_server.add("/news.xml", rss("Wire", ENERGY_ITEMS + MEDICAL_ITEMS))
    assert api.post("/api/feeds", {"url": url}).status_code == 201
    assert poll(api)["new_suggestions"] >= 3
    return {"samuel": samuel, "priya": priya}
