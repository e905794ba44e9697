#!/usr/bin/env python3
"""Only the feed poll of scripts/bench.py, measured the same way, for working on the poll.

    .venv/bin/python scripts/bench_poll.py          # 5,000 contacts; 200 feeds x 100 items
    .venv/bin/python scripts/bench_poll.py --quick  # 1,000 contacts; 20 feeds x 50 items

The poll's time runs from POST /api/feeds/poll to its answer, which comes once every new article
is stored, matched to contacts and the suggestions are stored. With many new articles the server
matches them in worker processes (one a core, started for the poll and stopped with it) while it is
still fetching and parsing, so the core count is printed with the result.
"""

import argparse
import pathlib
import sys
import tempfile

import psutil

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from bench import LiveCompanion, measure_poll, seed  # noqa: E402

WARM_UP_ARTICLE = {
    "url": "https://news.example/solar",
    "title": "Utilities add record solar and wind capacity",
    "description": "Grid operators report renewable power outpacing coal as storage expands.",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes, for a smoke test")
    args = parser.parse_args()
    contacts, feeds, items = (1000, 20, 50) if args.quick else (5000, 200, 100)
    data_dir = pathlib.Path(tempfile.mkdtemp(prefix="bench-data-")) / "data"
    server = LiveCompanion(data_dir=data_dir)
    seed(data_dir, contacts)
    server.start()
    try:
        # Steady state, as in bench.py: the first match waits for the index built at start.
        server.api("POST", "/api/articles/match", WARM_UP_ARTICLE)
        poll = measure_poll(server, feeds, items)
    finally:
        server.stop()
    print(
        f"poll of {feeds} feeds x {items} items at {contacts} contacts ({psutil.cpu_count()} cores): "
        f"{poll['poll_s']:.2f} s, feedparser alone {poll['feedparser_s']:.2f} s"
        f" -> {poll['poll_s'] / poll['feedparser_s']:.2f}x (target <= 3); {poll['new_articles']} articles, "
        f"{poll['new_suggestions']} suggestions, {poll['errors']} errors"
    )


if __name__ == "__main__":
    main()
