"""The feed poller as a function (pruning, the suggestion cap over time) and as a background thread."""

import datetime as dt
import time

from companion import poller

pytest_plugins = ["tests.feedserver"]

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Grid Weekly</title>
<link>https://grid.example/</link>
<item><title>Utilities add record solar and wind capacity</title><link>https://grid.example/a</link>
<description>Renewable power outpaces coal as battery storage expands.</description></item>
</channel></rss>"""


def test_background_poller_polls_without_being_asked_and_stops(store, feed_server):
    store.contacts.insert(
        {"name": "Samuel Ortiz", "industry": "Renewable Energy Power Generation", "tags": []}
    )
    store.feeds.insert({"url": feed_server.add("/grid.xml", RSS), "title": "", "error_count": 0})
    background = poller.BackgroundPoller(store, allow_private=True, first_delay=0.1).start()
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not store.suggestions.count():
            time.sleep(0.05)
    finally:
        background.stop()
    assert store.suggestions.count() == 1
    assert store.feeds.all()[0]["last_polled"]
    background.thread.join(5)
    assert not background.thread.is_alive()


def test_prune_drops_old_articles_but_keeps_those_with_a_pending_suggestion(store):
    old, kept, fresh = store.articles.insert_many(
        [
            {"url": f"https://n.example/{n}", "title": n, "created_at": stamp}
            for n, stamp in (
                ("old", "2025-01-01T00:00:00Z"),
                ("kept", "2025-01-01T00:00:00Z"),
                ("fresh", dt.date.today().isoformat() + "T00:00:00Z"),
            )
        ]
    )
    store.suggestions.insert(
        {"article_id": kept["id"], "contact_id": "c1", "status": "pending", "score": 0.5}
    )
    assert poller.prune(store) == 1
    assert {a["title"] for a in store.articles.all()} == {"kept", "fresh"}
