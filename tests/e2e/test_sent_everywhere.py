"""One truth for "sent" (issue 15.1), through the real popup: an article that is both the page and a
suggested share waiting in the queue. "Mark as sent" on the page's card settles the waiting suggestion,
and the card, "To review", the badge and the companion's queue all say so at once; "Not relevant"
does the same for a dismissal."""

import pytest
from playwright.sync_api import expect

from tests.e2e.test_badge import badge_text
from tests.feedserver import FeedServer

ARTICLE_URL = "https://news.prairieledger.example/energy/hybrid-solar-wind-plants"
TITLE = "Hybrid plants pair solar farms with wind turbines behind one grid connection"


def feed_bytes(url: str = ARTICLE_URL) -> bytes:
    # The feed links the article with a tracking parameter: the same article as the page.
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Prairie Energy Wire</title><link>https://wire.example/</link>
<description>Energy news</description>
<item><title>{TITLE}</title><link>{url}?utm_source=rss</link>
<description>Renewable energy developers build solar photovoltaic farms and wind turbines next to one
grid connection; utilities and power generation companies sign contracts.</description>
<pubDate>Wed, 25 Nov 2026 06:00:00 GMT</pubDate></item></channel></rss>""".encode()


def seed(companion, name, company) -> dict:
    fields = {"name": name, "company": company, "title": "Solar Farm Engineer",
              "industry": "Solar Electric Power Generation"}
    return companion.api("POST", "/api/contacts", fields, expect=201)["contact"]


def poll(companion, url: str = ARTICLE_URL) -> list[dict]:
    with FeedServer() as server:
        feed = server.add("/energy.xml", body=feed_bytes(url))
        added = companion.api("POST", "/api/feeds", {"url": feed}, expect=201)["feed"]
        assert companion.api("POST", "/api/feeds/poll", expect=200)["errors"] == []
    companion.api("DELETE", f"/api/feeds/{added['id']}", expect=200)  # its server is gone now
    return companion.api("GET", "/api/suggestions", expect=200)["suggestions"]


def open_article(ext, fixture_html, url: str = ARTICLE_URL):
    html = fixture_html("article-news")
    ext.context.route(url, lambda route: route.fulfill(status=200, body=html, content_type="text/html"))
    page = ext.context.new_page()
    page.goto(url)
    return page


def pending_for(companion, contact) -> list[dict]:
    return [s for s in companion.api("GET", "/api/suggestions", expect=200)["suggestions"]
            if s["contact"]["id"] == contact["id"]]


@pytest.fixture(scope="module")
def waiting(companion):
    """Odalys and Signe, each with the page's article waiting in the queue."""
    people = {"odalys": seed(companion, "Odalys Brennan-Reyes", "SunVolt Farms"),
              "signe": seed(companion, "Signe Halvorsen-Abiodun", "Gale Ridge Wind")}
    queued = poll(companion)
    assert sorted(s["contact"]["id"] for s in queued) == sorted(p["id"] for p in people.values()), queued
    return people


def test_mark_as_sent_in_the_popup_settles_the_waiting_suggestion_everywhere(ext, companion, waiting,
                                                                             fixture_html):
    ext.pair(companion)
    odalys = waiting["odalys"]
    [mine] = pending_for(companion, odalys)
    popup = ext.popup_for(open_article(ext, fixture_html))
    review = popup.locator('[data-panel="review"]')
    expect(review.get_by_role("heading", level=2)).to_have_text("To review 2 suggested shares")
    assert badge_text(ext, "2") == "2"

    card = popup.locator(f'[data-panel="article"] [data-contact-id="{odalys["id"]}"]')
    expect(card.locator("[data-followup]")).to_contain_text("0 of 3 follow-ups this year")
    card.get_by_role("button", name="Mark as sent").click()
    expect(card).to_contain_text("Logged as sent today.")
    # The card counts the share as the companion does, at once; the queue and the badge follow.
    expect(card.locator("[data-followup]")).to_contain_text("1 of 3 follow-ups this year")
    shown = companion.api("GET", f"/api/contacts/{odalys['id']}", expect=200)["contact"]
    assert shown["followup"]["follow_ups_last_12_months"] == 1
    expect(review.get_by_role("heading", level=2)).to_have_text("To review 1 suggested share")
    assert pending_for(companion, odalys) == []
    assert badge_text(ext, "1") == "1"
    [sent] = companion.api("GET", "/api/suggestions?status=sent", expect=200)["suggestions"]
    assert sent["id"] == mine["id"]


def test_not_relevant_in_the_popup_dismisses_the_waiting_suggestion(ext, companion, waiting, fixture_html):
    ext.pair(companion)
    signe = waiting["signe"]
    [mine] = pending_for(companion, signe)
    popup = ext.popup_for(open_article(ext, fixture_html))
    review = popup.locator('[data-panel="review"]')
    expect(review.locator(f'[data-suggestion-id="{mine["id"]}"]')).to_be_visible()
    card = popup.locator(f'[data-panel="article"] [data-contact-id="{signe["id"]}"]')
    card.get_by_role("button", name="Not relevant").click()
    expect(popup.locator('[data-panel="article"]')).to_contain_text("Noted: not relevant for Signe")
    expect(review.locator(f'[data-suggestion-id="{mine["id"]}"]')).to_have_count(0)
    expect(review).to_contain_text("No suggested shares to review.")
    assert pending_for(companion, signe) == []
    dismissed = companion.api("GET", "/api/suggestions?status=dismissed", expect=200)["suggestions"]
    assert [s["id"] for s in dismissed] == [mine["id"]]
    assert badge_text(ext, "") == ""
