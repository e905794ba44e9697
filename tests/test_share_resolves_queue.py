"""One truth for "sent" (issue 15.1): logging an article share, wherever it is logged, settles every
suggestion of that article still waiting for that contact, and every count shows it at once.
Real local feeds, made-up people and news."""

import datetime as dt

from tests.support.review_queue import days_ago, log, of, patch, queue

# `polled` (tests/support/review_queue.py): Samuel (energy) and Priya (medical devices), a polled feed.
pytest_plugins = ["tests.feedserver"]


def contact_of(api, person) -> dict:
    return api.get(f"/api/contacts/{person['id']}").get_json()["contact"]


def test_logging_the_share_from_the_popup_settles_the_waiting_suggestion(api, polled):
    samuel = polled["samuel"]
    waiting = of(queue(api), samuel)
    first = waiting[0]
    assert contact_of(api, samuel)["followup"]["follow_ups_last_12_months"] == 1  # the update 150 days ago
    # The popup logs the page it is on: the same article, with a tracking parameter and a fragment.
    page = first["article"]["url"] + "?utm_source=newsletter#comments"
    answer = log(api, samuel, kind="article", date=dt.date.today().isoformat(), url=page, note="sent")

    still = of(queue(api), samuel)
    assert first["id"] not in {s["id"] for s in still}
    assert len(still) == len(waiting) - 1
    [sent] = [s for s in queue(api, "sent") if s["id"] == first["id"]]
    assert sent["interaction_id"] == answer["interaction"]["id"]
    # The answer the popup re-renders from already counts the share.
    assert answer["contact"]["followup"]["follow_ups_last_12_months"] == 2
    assert contact_of(api, samuel)["followup"]["follow_ups_last_12_months"] == 2


def test_the_share_settles_only_that_article_for_that_contact(api, polled):
    samuel, priya = polled["samuel"], polled["priya"]
    medical = of(queue(api), priya)[0]
    # Samuel is sent Priya's article: her suggestion is not his to settle.
    log(api, samuel, kind="article", date=dt.date.today().isoformat(), url=medical["article"]["url"])
    assert medical["id"] in {s["id"] for s in queue(api)}
    # An update with the same URL is not an article share.
    log(api, priya, kind="update", date=dt.date.today().isoformat(), url=medical["article"]["url"])
    assert medical["id"] in {s["id"] for s in queue(api)}


def test_a_snoozed_suggestion_is_settled_by_the_share_too(api, polled):
    samuel = polled["samuel"]
    first = of(queue(api), samuel)[0]
    patch(api, first, "snoozed")
    log(api, samuel, kind="article", date=dt.date.today().isoformat(), url=first["article"]["url"])
    assert [s["id"] for s in queue(api, "snoozed")] == []
    assert first["id"] in {s["id"] for s in queue(api, "sent")}


def test_sending_from_the_queue_logs_one_interaction(api, polled):
    samuel = polled["samuel"]
    first = of(queue(api), samuel)[0]
    patch(api, first, "sent")
    shares = [i for i in api.get(f"/api/contacts/{samuel['id']}/interactions").get_json()["interactions"]
              if i["kind"] == "article"]
    assert len(shares) == 1 and shares[0]["url"] == first["article"]["url"]


def test_not_relevant_from_the_popup_dismisses_the_waiting_suggestion(api, polled):
    priya = polled["priya"]
    medical = of(queue(api), priya)[0]
    r = api.post("/api/articles/dismiss", {"contact_id": priya["id"], "url": medical["article"]["url"],
                                           "title": medical["article"]["title"]})
    assert r.status_code == 201, r.get_json()
    assert medical["id"] not in {s["id"] for s in queue(api)}
    assert medical["id"] in {s["id"] for s in queue(api, "dismissed")}
    assert contact_of(api, priya)["followup"]["suggested_kind"] != "article"


def test_once_every_waiting_article_is_sent_no_article_is_suggested_as_the_next_step(api, polled):
    samuel = polled["samuel"]
    log(api, samuel, kind="linkedin", date=days_ago(100))  # connected: the next step is an article
    assert contact_of(api, samuel)["followup"]["suggested_kind"] == "article"
    for suggestion in of(queue(api), samuel):
        log(api, samuel, kind="article", date=dt.date.today().isoformat(), url=suggestion["article"]["url"])
    assert of(queue(api), samuel) == []
    assert contact_of(api, samuel)["followup"]["suggested_kind"] != "article"
