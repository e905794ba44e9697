"""The feed poller as a function (pruning, the suggestion cap over time) and as a background thread."""

import datetime as dt
import multiprocessing
import time

from companion import matching
from companion.feeds.fetch import fetch
from companion.sharing import match_pool, poller
from companion.store.storage import Store

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


SECTOR_NEWS = [
    (
        "Renewable Energy Power Generation",
        "Utilities add record solar and wind capacity",
        "Grid storage expands.",
    ),
    ("Hospitals and Health Care", "Hospital hires nurses for new clinic", "Patients wait less for care."),
    ("Banking", "Bank raises interest rates on deposits", "Lending slows as credit tightens."),
    ("Restaurants", "Chef opens a restaurant with a seasonal menu", "Diners queue for the kitchen."),
]


def wire(items: int, desk: str = "news") -> bytes:
    entries = "".join(
        f"<item><title>{title} ({n})</title><link>https://wire.example/{desk}/{n}</link>"
        f"<description>{summary}</description></item>"
        for n in range(items)
        for _, title, summary in [SECTOR_NEWS[n % len(SECTOR_NEWS)]]
    )
    channel = f"<channel><title>Wire</title>{entries}</channel>"
    return f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'.encode()


def poll_into_new_store(path, feed_urls) -> tuple[int, list]:
    store = Store(path)
    try:
        store.contacts.insert_many(
            [
                {
                    "id": f"c{n}",
                    "name": f"Person {n}",
                    "industry": SECTOR_NEWS[n % len(SECTOR_NEWS)][0],
                    "tags": [],
                }
                for n in range(24)
            ]
        )
        store.feeds.insert_many([{"url": url, "title": "", "error_count": 0} for url in feed_urls])
        summary = poller.poll_all(store, allow_private=True)
        urls = {a["id"]: a["url"] for a in store.articles.all()}
        kept = sorted(
            (urls[s["article_id"]], s["contact_id"], s["score"], s["reasons"], s["topics"])
            for s in store.suggestions.all()
        )
        return summary["new_suggestions"], kept
    finally:
        store.close()


def test_a_poll_matched_in_worker_processes_suggests_what_one_matched_in_the_server_does(
    tmp_path, feed_server, monkeypatch
):
    urls = [feed_server.add(f"/{desk}.xml", wire(30, desk)) for desk in ("a", "b", "c", "d", "e", "f")]
    monkeypatch.setattr(
        poller, "FETCH_AHEAD", 1
    )  # feeds read in a fixed order: ties between equal scores too
    monkeypatch.setattr(match_pool, "POOL_MIN_ARTICLES", 10**9)
    here = poll_into_new_store(tmp_path / "here", urls)
    monkeypatch.setattr(match_pool, "POOL_MIN_ARTICLES", 1)
    monkeypatch.setattr(match_pool, "WORKERS", 2)
    pooled = poll_into_new_store(tmp_path / "pooled", urls)

    assert here[0] > 0
    assert pooled == here
    assert multiprocessing.active_children() == []  # the workers stop with the poll


def batch(workers: int, state) -> tuple[bool, list]:
    with match_pool.BatchMatcher(state, limit=3, workers=workers, min_for_pool=1) as matcher:
        articles = [
            {"id": f"a{n}", "url": f"https://wire.example/{n}", "title": title, "summary": summary}
            for n, (_, title, summary) in enumerate(SECTOR_NEWS * 5)
        ]
        matcher.add(articles[:7])
        matcher.add(articles[7:])
        found = list(matcher.results())
        return matcher.used_pool, found


def test_matching_falls_back_to_the_server_process_when_the_workers_cannot_start():
    contacts = [
        {"id": f"c{n}", "name": f"P {n}", "industry": industry}
        for n, (industry, *_) in enumerate(SECTOR_NEWS)
    ]
    index = matching.build_index(contacts)
    in_process = batch(1, lambda: (index, {}, {"c1"}))
    pooled = batch(2, lambda: (index, {}, {"c1"}))
    # A history entry that cannot be sent to another process: the pool cannot start its workers.
    unsendable = batch(2, lambda: (index, {"someone": {"shared_urls": set(), "hook": lambda: None}}, {"c1"}))

    assert in_process[0] is False and pooled[0] is True
    assert in_process[1] and pooled[1] == in_process[1] == unsendable[1]
    assert multiprocessing.active_children() == []


def test_a_feed_parsed_in_a_worker_reads_as_one_parsed_in_the_server(feed_server):
    fetched = fetch(feed_server.add("/wire.xml", wire(12)), allow_private=True)
    contacts = [{"id": "c0", "name": "P 0", "industry": "Banking"}]
    index = matching.build_index(contacts)
    with match_pool.BatchMatcher(lambda: (index, {}, set()), limit=3, workers=2, min_for_pool=1) as matcher:
        assert matcher.parse(fetched) is None  # no workers yet: the server parses
        matcher.add([{"id": "a", "url": "https://wire.example/a", "title": "Bank raises rates"}])
        list(matcher.results())  # the workers are up
        in_worker = matcher.parse(fetched)

        assert in_worker is not None
        assert matcher.parsed(in_worker) == match_pool.read_feed(fetched)
    assert multiprocessing.active_children() == []
