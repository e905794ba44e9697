"""Feed items read in full (issue 15.3): the poll reads the page of each new item that fits someone on
its summary, matches it again on the page's text, and the popup, asked about the same article, gives
the same contacts with the same fit. Pages and feeds are served by a local HTTP server; the articles
are synthetic teasers whose pages say what they are about (tests/fixtures/full_text/articles.json)."""

import json
from html import escape
from pathlib import Path

from companion.feeds.extract import extract_article
from tests.test_feeds_api import rss

pytest_plugins = ["tests.feedserver"]

DATA = json.loads((Path(__file__).parent / "fixtures" / "full_text" / "articles.json").read_text())
HTML = "text/html; charset=utf-8"


def page(article: dict) -> bytes:
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in article["text"])
    return (
        f"<html><head><title>{escape(article['title'])}</title></head><body><nav>Home | News</nav>"
        f"<article><h1>{escape(article['title'])}</h1>{paragraphs}</article><footer>About us</footer>"
        "</body></html>"
    ).encode()


def serve(feed_server, articles, *, broken=()) -> str:
    items = []
    for a in articles:
        path = f"/news/{a['slug']}"
        if a["slug"] in broken:
            feed_server.add(path, b"gone", status=404, content_type=HTML)
        else:
            feed_server.add(path, page(a), content_type=HTML)
        items.append((feed_server.url(path), a["title"], a["summary"]))
    return feed_server.add("/teasers.xml", rss("Teasers", items))


def seed(api) -> dict[str, dict]:
    people = {}
    for contact in DATA["contacts"]:
        people[contact["key"]] = api.create_contact(**{k: v for k, v in contact.items() if k != "key"})
    return people


def poll(api) -> dict:
    r = api.post("/api/feeds/poll")
    assert r.status_code == 200, r.get_json()
    return r.get_json()


def queue_by_url(api) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for s in api.get("/api/suggestions").get_json()["suggestions"]:
        found.setdefault(s["article"]["url"], []).append(s)
    return found


def popup_match(api, feed_server, article) -> dict:
    """What the popup asks: the page's own title, description and text, as the extension reads them."""
    read = extract_article(page(article), feed_server.url(f"/news/{article['slug']}"))
    body = {k: read[k] for k in ("url", "title", "description", "text")}
    r = api.post("/api/articles/match", body)
    assert r.status_code == 200, r.get_json()
    return r.get_json()


def _top(suggestions: list[dict]) -> tuple:
    best = max(suggestions, key=lambda s: s["score"], default=None)
    return (best["contact"]["id"], round(best["score"], 2)) if best else (None, 0.0)


def test_items_are_read_in_full_and_the_queue_agrees_with_the_popup(api, feed_server, store):
    people = seed(api)
    assert api.post("/api/feeds", {"url": serve(feed_server, DATA["articles"])}).status_code == 201
    poll(api)
    assert {a["text_source"] for a in store.articles.all()} == {"page"}
    queue = queue_by_url(api)
    fits = 0
    for article in DATA["articles"]:
        waiting = queue.get(feed_server.url(f"/news/{article['slug']}"), [])
        assert {s["matched_on"] for s in waiting} <= {"page"}
        answer = popup_match(api, feed_server, article)
        assert answer["article"]["matched_on"] == "page"
        # The same person first, with the same fit, in the popup and in the review queue (or nobody in both).
        assert _top(answer["suggestions"]) == _top(waiting), article["title"]
        fits += _top(waiting)[0] == people[article["fits"]]["id"]
    assert fits >= len(DATA["articles"]) // 2  # the page says whom it is for; the teaser did not


def test_on_summaries_alone_the_queue_and_the_popup_disagree(api, feed_server, store):
    """Why pages are read: with none read (the setting at 0), the queue's fit comes from a teaser."""
    assert api.put("/api/settings", {"pages_read_per_poll": 0}).status_code == 200
    seed(api)
    api.post("/api/feeds", {"url": serve(feed_server, DATA["articles"])})
    poll(api)
    queue = queue_by_url(api)
    differ = 0
    for article in DATA["articles"]:
        url = feed_server.url(f"/news/{article['slug']}")
        waiting = sorted(queue.get(url, []), key=lambda s: -s["score"])
        assert {s["matched_on"] for s in waiting} <= {"summary"}
        differ += _top(popup_match(api, feed_server, article)["suggestions"]) != _top(waiting)
    assert differ >= len(DATA["articles"]) // 2
    assert "text" not in {k for a in store.articles.all() for k in a}  # no page was fetched


def test_a_page_that_cannot_be_read_keeps_the_summary_and_says_so(api, feed_server, store):
    seed(api)
    broken = DATA["articles"][0]["slug"]
    api.post("/api/feeds", {"url": serve(feed_server, DATA["articles"][:2], broken={broken})})
    poll(api)
    stored = {a["url"].rsplit("/", 1)[-1]: a for a in store.articles.all()}
    assert stored[broken]["text_source"] == "summary" and "404" in stored[broken]["text_error"]
    assert stored[DATA["articles"][1]["slug"]]["text_source"] == "page"
    on_summary = [s for s in api.get("/api/suggestions").get_json()["suggestions"]
                  if s["article"]["url"].endswith(broken)]
    assert on_summary and {s["matched_on"] for s in on_summary} == {"summary"}


def test_pages_read_are_bounded_per_poll_and_read_once(api, feed_server):
    assert api.put("/api/settings", {"pages_read_per_poll": 3}).status_code == 200
    seed(api)
    api.post("/api/feeds", {"url": serve(feed_server, DATA["articles"])})
    poll(api)
    paths = [f"/news/{a['slug']}" for a in DATA["articles"]]
    assert sum(feed_server.hits(p) for p in paths) == 3
    poll(api)  # nothing new: no page is read again
    assert sum(feed_server.hits(p) for p in paths) == 3
