"""The review queue through the API: suggestions the poller found from a real local feed, and what
sending, dismissing and snoozing them does (made-up people and news)."""

import datetime as dt

import pytest

from companion.sharing.suggestions import STATUSES, count_by_status, list_suggestions
from tests.support.review_queue import days_ago, log, of, patch, poll, queue
from tests.test_feeds_api import ENERGY_ITEMS, MEDICAL_ITEMS, rss

pytest_plugins = ["tests.feedserver"]
TODAY = dt.date.today()

@pytest.mark.parametrize("status", ["archived", "PENDING", "", "sent;drop"])
def test_listing_with_an_unknown_status_is_refused(api, status):
    r = api.get(f"/api/suggestions?status={status}")
    assert r.status_code == 400
    assert "`status`" in r.get_json()["error"]


def test_pending_queue_lists_each_suggestion_with_article_contact_and_reasons(api, polled):
    pending = queue(api)
    assert {s["article"]["url"] for s in of(pending, polled["samuel"])} == {u for u, _, _ in ENERGY_ITEMS}
    assert [s["article"]["url"] for s in of(pending, polled["priya"])] == [MEDICAL_ITEMS[0][0]]
    for s in pending:
        assert s["status"] == "pending" and s["reasons"] and 0 < s["score"] <= 1 and s["article"]["title"]
    assert [s["score"] for s in pending] == sorted((s["score"] for s in pending), reverse=True)
    for status in ("sent", "dismissed", "snoozed"):
        assert queue(api, status) == []


def test_sending_logs_an_article_interaction_and_resets_the_follow_up_clock(api, polled):
    samuel = polled["samuel"]
    before = api.get(f"/api/contacts/{samuel['id']}").get_json()["contact"]["followup"]
    assert before["status"] == "due"
    suggestion = of(queue(api), samuel)[0]
    answer = patch(api, suggestion, "sent")
    assert answer["suggestion"]["status"] == "sent"

    items = api.get(f"/api/contacts/{samuel['id']}/interactions").get_json()["interactions"]
    shared = [i for i in items if i["kind"] == "article"]
    assert len(shared) == 1 and shared[0]["url"] == suggestion["article"]["url"]
    assert shared[0]["date"] == TODAY.isoformat()
    after = api.get(f"/api/contacts/{samuel['id']}").get_json()["contact"]["followup"]
    assert after["last_touch"] == TODAY.isoformat()
    assert after["follow_ups_last_12_months"] == before["follow_ups_last_12_months"] + 1
    assert after["status"] == "waiting"

    assert suggestion["id"] not in {s["id"] for s in queue(api)}
    assert [s["id"] for s in queue(api, "sent")] == [suggestion["id"]]
    article = suggestion["article"]
    r = api.post("/api/articles/match", {"url": article["url"], "title": article["title"]})
    assert samuel["id"] not in {s["contact"]["id"] for s in r.get_json()["suggestions"]}  # never twice
    patch(api, suggestion, "sent")  # sending twice logs it once
    items = api.get(f"/api/contacts/{samuel['id']}/interactions").get_json()["interactions"]
    assert len([i for i in items if i["kind"] == "article"]) == 1


def test_dismissing_takes_it_off_the_queue_and_is_remembered(api, polled):
    priya = polled["priya"]
    suggestion = of(queue(api), priya)[0]
    assert patch(api, suggestion, "dismissed")["suggestion"]["status"] == "dismissed"
    assert of(queue(api), priya) == []
    assert [s["id"] for s in queue(api, "dismissed")] == [suggestion["id"]]
    url, title, text = MEDICAL_ITEMS[0]
    r = api.post("/api/articles/match", {"url": url, "title": title, "description": text})
    assert priya["id"] not in {s["contact"]["id"] for s in r.get_json()["suggestions"]}
    assert api.get(f"/api/contacts/{priya['id']}/interactions").get_json()["interactions"] == []


def test_taking_a_dismissal_back_puts_it_in_the_queue_and_the_matcher_forgets_it(api, polled, store):
    priya = polled["priya"]
    suggestion = of(queue(api), priya)[0]
    patch(api, suggestion, "dismissed")
    assert store.dismissals.count() == 1
    assert patch(api, suggestion, "pending")["suggestion"]["status"] == "pending"
    assert [s["id"] for s in of(queue(api), priya)] == [suggestion["id"]]
    assert store.dismissals.count() == 0
    url, title, text = MEDICAL_ITEMS[0]
    r = api.post("/api/articles/match", {"url": url, "title": title, "description": text})
    assert priya["id"] in {s["contact"]["id"] for s in r.get_json()["suggestions"]}


def test_snoozing_hides_it_until_the_snooze_days_pass(api, polled, store):
    assert api.put("/api/settings", {"suggestion_snooze_days": 5}).status_code == 200
    suggestion = of(queue(api), polled["priya"])[0]
    answer = patch(api, suggestion, "snoozed")
    assert answer["suggestion"]["snoozed_until"] == (TODAY + dt.timedelta(days=5)).isoformat()
    assert suggestion["id"] not in {s["id"] for s in queue(api)}
    assert [s["id"] for s in queue(api, "snoozed")] == [suggestion["id"]]

    def pending_on(days):
        return {s["id"] for s in list_suggestions(store, "pending", on=TODAY + dt.timedelta(days=days))}

    assert suggestion["id"] not in pending_on(4)
    assert suggestion["id"] in pending_on(5)
    # Once the snooze is over it is waiting again, not among the snoozed.
    snoozed_on = {s["id"] for s in list_suggestions(store, "snoozed", on=TODAY + dt.timedelta(days=5))}
    assert suggestion["id"] not in snoozed_on


@pytest.mark.parametrize("body", [{"status": "archived"}, {}, {"status": None}, {"status": ["sent"]}])
def test_patching_with_a_bad_status_is_refused_and_changes_nothing(api, polled, body):
    suggestion = queue(api)[0]
    r = api.patch(f"/api/suggestions/{suggestion['id']}", body)
    assert r.status_code == 400
    assert "`status`" in r.get_json()["error"]
    assert suggestion["id"] in {s["id"] for s in queue(api)}


def test_patching_an_unknown_suggestion_is_404(api):
    r = api.patch("/api/suggestions/no-such-id", {"status": "sent"})
    assert r.status_code == 404 and r.get_json()["ok"] is False


def _cap(api, contact, oldest_days_ago):
    for n in (oldest_days_ago, 200, 100):
        answer = log(api, contact, kind="update", date=days_ago(n))
    assert answer["contact"]["followup"]["status"] == "capped"


def test_a_capped_contacts_suggestion_waits_until_the_cap_lifts(api, polled, store):
    priya = polled["priya"]
    waiting = of(queue(api), priya)[0]
    _cap(api, priya, 360)  # the oldest follow-up leaves the 12-month window in about 5 days
    assert of(queue(api), priya) == []
    later = list_suggestions(store, "pending", on=TODAY + dt.timedelta(days=10))
    assert waiting["id"] in {s["id"] for s in later}


def test_an_article_found_while_a_contact_is_capped_waits_for_them(api, feed_server, store):
    priya = api.create_contact(name="Priya Nair", industry="Medical Devices")
    _cap(api, priya, 360)
    url = feed_server.add("/health.xml", rss("Health", MEDICAL_ITEMS))
    assert api.post("/api/feeds", {"url": url}).status_code == 201
    poll(api)
    assert of(queue(api), priya) == []
    later = list_suggestions(store, "pending", on=TODAY + dt.timedelta(days=10))
    assert [s["article"]["url"] for s in later if s["contact"]["id"] == priya["id"]] == [MEDICAL_ITEMS[0][0]]


def test_the_counts_of_each_status_are_what_the_lists_hold(api, polled, store):
    pending = queue(api)
    patch(api, pending[0], "sent")
    patch(api, pending[1], "dismissed")
    patch(api, pending[2], "snoozed")
    for day in (0, 30):  # the snooze is over 30 days on: it counts as to review again
        on = TODAY + dt.timedelta(days=day)
        counts = count_by_status(store, on=on)
        assert counts == {status: len(list_suggestions(store, status, on=on)) for status in STATUSES}
    assert count_by_status(store, on=TODAY)["sent"] == 1
