#!/usr/bin/env python3
"""Benchmarks of a real `companion serve`, printed as ratios measured in one run.

    .venv/bin/python scripts/bench.py          # 0, 1,000 and 5,000 contacts; 200 feeds x 100 items
    .venv/bin/python scripts/bench.py --quick  # smaller, for a smoke test
    .venv/bin/python scripts/bench.py --only poll  # only the poll, at the largest contact count

Prints, per contact count, the median latency of GET /api/ping, creating a contact, listing all
contacts, listing one page of 50 (`limit=50`, from the middle of the list), searching contacts,
and matching an article, each also as a ratio to ping; then, at the largest count, a poll of 200
local feeds (100 items each, 20,000 articles stored) against feedparser's own time to parse the
same bytes, the time from a restart to the first answer, and the server's resident memory.
Targets (issues 2 and 4): create <= 20x ping, match <= 10x ping, poll <= 3x feedparser, restart
<= 3 s, memory <= 200 MB. Never used as a timed assertion in a test.

The poll's time runs from POST /api/feeds/poll to its answer, which comes once every new article
is stored, matched to contacts and the suggestions are stored. With many new articles the server
matches them in worker processes (one a core, for the length of the poll) while it is still
fetching and parsing, so the poll's line says how many cores there are.
"""

import argparse
import functools
import http.server
import json
import pathlib
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time

import feedparser
import psutil
import requests

ROOT = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.support.live import LiveCompanion, companion_exe  # noqa: E402

SECTORS = [
    ("Renewable Energy Power Generation", "solar farm wind turbines grid storage renewable power"),
    ("Hospitals and Health Care", "hospital patients nurses clinical care physicians"),
    ("Software Development", "software engineers cloud platform developers code release"),
    ("Banking", "bank lending interest rates deposits credit"),
    ("Higher Education", "university students faculty tuition campus research"),
    ("Newspaper Publishing", "newsroom journalists editors newspaper subscribers"),
    ("Restaurants", "restaurant chefs menu diners kitchen"),
    ("Spectator Sports", "league season players coach championship"),
]


def median_ms(fn, n: int) -> float:
    times = []
    for _ in range(n):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


INTERESTS = [
    "mentoring",
    "public speaking",
    "marathons",
    "photography",
    "chess",
    "sailing",
    "jazz",
    "hiking",
    "volunteering",
    "board games",
    "cycling",
    "gardening",
    "cooking",
    "poetry",
    "film festivals",
]


def contact(i: int) -> dict:
    industry, _ = SECTORS[i % len(SECTORS)]
    return {
        "id": f"bench{i:06d}",
        "name": f"Person {i} Example",
        "email": f"person{i}@example.org",
        "company": f"Company {i % 700}",
        "title": "Manager",
        "industry": industry,
        "headline": f"Manager at Company {i % 700}",
        "tags": [INTERESTS[i % len(INTERESTS)]] if i % 3 == 0 else [],
        "notes": "Met at a fair. " * 5,
        "phone": "",
        "location": "",
        "linkedin_url": "",
        "mailing_address": "",
        "how_met": "",
        "interview_date": None,
        "about": "",
        "connected": False,
        "snoozed_until": None,
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-01T00:00:00Z",
    }


def seed(data_dir: pathlib.Path, count: int) -> None:
    """Load `count` contacts with the CLI's backup import (the server is stopped)."""
    backup = {"app": "followup-companion", "format": 1, "contacts": [contact(i) for i in range(count)]}
    path = data_dir.parent / f"seed-{count}.json"
    path.write_text(json.dumps(backup))
    subprocess.run(
        [companion_exe(), "backup", "import", str(path), "--data-dir", str(data_dir)],
        check=True,
        capture_output=True,
    )


ARTICLE = {
    "url": "https://news.example/solar",
    "title": "Utilities add record solar and wind capacity",
    "description": "Grid operators report renewable power outpacing coal as storage expands.",
}


def measure_api(server: LiveCompanion, n: int, contacts: int) -> dict:
    session = requests.Session()
    headers = {"Authorization": f"Bearer {server.token}"}
    url = server.url
    counter = iter(range(10**6))
    article = ARTICLE
    # Steady state: the first match waits for the index the server builds in a thread at start.
    session.post(url + "/api/articles/match", headers=headers, json=article)
    ping = median_ms(lambda: session.get(url + "/api/ping"), n)
    create = median_ms(
        lambda: session.post(
            url + "/api/contacts",
            headers=headers,
            json={"name": f"Bench New {next(counter)}", "company": "Acme"},
        ),
        n,
    )
    listing = median_ms(lambda: session.get(url + "/api/contacts", headers=headers), max(3, n // 10))
    middle = {"limit": 50, "offset": contacts // 100 * 50}
    page = median_ms(lambda: session.get(url + "/api/contacts", headers=headers, params=middle), n)
    search = median_ms(
        lambda: session.get(url + "/api/contacts", headers=headers, params={"q": "company 42"}),
        max(3, n // 10),
    )
    match = median_ms(lambda: session.post(url + "/api/articles/match", headers=headers, json=article), n)
    return {"ping": ping, "create": create, "list": listing, "page": page, "search": search, "match": match}


def item_words(feed: int, items: int) -> list[list[str]]:
    """Each item's words: a sector's vocabulary, shuffled (the same for the feed and the page)."""
    rng = random.Random(feed)
    found = []
    for _ in range(items):
        _, words = SECTORS[rng.randrange(len(SECTORS))]
        w = words.split()
        rng.shuffle(w)
        found.append(w)
    return found


def feed_bytes(feed: int, items: int, site: str = "https://news.example") -> bytes:
    parts = [
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed {feed}</title>'
        f"<link>https://feeds.example/{feed}</link>"
    ]
    for i, w in enumerate(item_words(feed, items)):
        parts.append(
            f"<item><title>{' '.join(w[:4]).capitalize()} news {feed}-{i}</title>"
            f"<link>{site}/pages/{feed}-{i}.html?utm_source=rss</link>"
            f"<description>{' '.join(w)} and more on {' '.join(w[:3])}.</description>"
            f"<pubDate>Mon, 02 Nov 2026 10:{i % 60:02d}:00 GMT</pubDate></item>"
        )
    parts.append("</channel></rss>")
    return "".join(parts).encode()


def page_bytes(words: list[str]) -> bytes:
    """The article page behind a feed item, which a poll reads in full for the items that fit someone."""
    body = "".join(f"<p>{' '.join(words[n:] + words[:n])}.</p>" for n in range(len(words)))
    return f"<html><body><article><h1>{' '.join(words[:4])}</h1>{body}</article></body></html>".encode()


def serve_feeds(folder: pathlib.Path, feeds: int, items: int):
    """The feeds, and their items' pages, on a local HTTP server."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    site = f"http://127.0.0.1:{server.server_port}"
    (folder / "pages").mkdir(exist_ok=True)
    for f in range(feeds):
        (folder / f"feed{f}.xml").write_bytes(feed_bytes(f, items, site))
        for i, words in enumerate(item_words(f, items)):
            (folder / "pages" / f"{f}-{i}.html").write_bytes(page_bytes(words))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def measure_poll(server: LiveCompanion, feeds: int, items: int) -> dict:
    folder = pathlib.Path(tempfile.mkdtemp(prefix="bench-feeds-"))
    http_server = serve_feeds(folder, feeds, items)
    for f in range(feeds):
        server.api("POST", "/api/feeds", {"url": f"http://127.0.0.1:{http_server.server_port}/feed{f}.xml"})
    t0 = time.perf_counter()
    r = server.api("POST", "/api/feeds/poll", timeout=600)
    poll_s = time.perf_counter() - t0
    body = r.json()
    t0 = time.perf_counter()
    for f in range(feeds):
        feedparser.parse((folder / f"feed{f}.xml").read_bytes())
    parse_s = time.perf_counter() - t0
    http_server.shutdown()
    return {
        "poll_s": poll_s,
        "feedparser_s": parse_s,
        "new_articles": body.get("new_articles"),
        "new_suggestions": body.get("new_suggestions"),
        "errors": len(body.get("errors", [])),
    }


def print_poll(poll: dict, feeds: int, items: int) -> None:
    print(
        f"poll of {feeds} feeds x {items} items: {poll['poll_s']:.2f} s, "
        f"feedparser alone {poll['feedparser_s']:.2f} s"
        f" -> {poll['poll_s'] / poll['feedparser_s']:.2f}x (target <= 2, issue 12); "
        f"{poll['new_articles']} articles, "
        f"{poll['new_suggestions']} suggestions, {poll['errors']} errors ({psutil.cpu_count()} cores)",
        flush=True,
    )


def sheet_csv(rows: int) -> bytes:
    """A tracking sheet as people keep it, with `rows` made-up people."""
    lines = ["Full name,Organization,Job title,Email,Date of interview,Thank you sent,Notes"]
    for i in range(rows):
        lines.append(f"Sheet Person {i},Org {i % 900},Analyst,sheet{i}@example.org,3/{i % 28 + 1}/2026,"
                     f"Yes,\"Met at the spring fair, talked about internships\"")
    return ("\n".join(lines) + "\n").encode()


def measure_import(server: LiveCompanion, rows: int) -> dict:
    data = sheet_csv(rows)
    headers = {"Content-Type": "text/csv"}
    t0 = time.perf_counter()
    preview = server.api("POST", "/api/import/preview", data=data, headers=headers, timeout=600).json()
    preview_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    done = server.api("POST", "/api/import", data=data, headers=headers, timeout=600).json()
    return {"preview_s": preview_s, "import_s": time.perf_counter() - t0, "bytes": len(data),
            "planned": preview["plan"]["summary"], "imported": done["imported"]}


def restart_to_first_answer(server: LiveCompanion) -> float:
    server.stop()
    t0 = time.perf_counter()
    server.start()
    return time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke test")
    parser.add_argument("--only", choices=["poll"], help="only the poll, at the largest contact count")
    args = parser.parse_args()
    sizes = [0, 200, 1000] if args.quick else [0, 1000, 5000]
    feeds, items, n = (20, 50, 15) if args.quick else (200, 100, 40)
    data_dir = pathlib.Path(tempfile.mkdtemp(prefix="bench-data-")) / "data"
    server = LiveCompanion(data_dir=data_dir)
    if args.only == "poll":
        seed(data_dir, sizes[-1])
        server.start()
        server.api("POST", "/api/articles/match", ARTICLE)  # waits for the index, as the full run does
        print(f"at {sizes[-1]} contacts:")
        print_poll(measure_poll(server, feeds, items), feeds, items)
        server.stop()
        return
    columns = ("create", "list", "page", "search", "match")
    labels = {"page": "page of 50"}
    print(f"{'contacts':>8} {'ping ms':>8} " + " ".join(f"{labels.get(c, c):>16}" for c in columns))
    seeded = 0
    for size in sizes:
        if size > seeded:
            server.stop()
            seed(data_dir, size)
            seeded = size
        server.start()
        m = measure_api(server, n, size)
        row = [f"{size:>8}", f"{m['ping']:>8.2f}"]
        row += [f"{m[k]:>7.1f} ({m[k] / m['ping']:>5.1f}x)" for k in columns]
        print(" ".join(row), flush=True)
    print(
        f"\nat {sizes[-1]} contacts: create {m['create'] / m['ping']:.1f}x ping (target <= 20), "
        f"match {m['match'] / m['ping']:.1f}x ping (target <= 10); "
        f"a page of 50 contacts {m['page'] / m['ping']:.1f}x ping (all {m['list'] / m['ping']:.1f}x)"
    )
    poll = measure_poll(server, feeds, items)
    print_poll(poll, feeds, items)
    m = measure_api(server, n, sizes[-1])
    print(
        f"with {poll['new_articles']} articles stored: create {m['create'] / m['ping']:.1f}x ping, "
        f"match {m['match'] / m['ping']:.1f}x ping (ping {m['ping']:.2f} ms)"
    )
    sheet = measure_import(server, 2000 if args.quick else 10_000)
    print(f"import of a {sheet['planned']['create']}-row sheet ({sheet['bytes'] / 2**20:.1f} MiB): "
          f"preview {sheet['preview_s']:.2f} s, import {sheet['import_s']:.2f} s "
          f"({sheet['imported']['create']} created, {sheet['imported']['interactions']} thank-yous logged)")
    restart = restart_to_first_answer(server)
    rss = psutil.Process(server.proc.pid).memory_info().rss / 2**20
    print(
        f"restart to first answer: {restart:.2f} s (target <= 3); "
        f"resident memory {rss:.0f} MB (target <= 200)"
    )
    server.stop()


if __name__ == "__main__":
    main()
