"""Feeds and pages from the web: guarded, bounded fetching (fetch, guard), parsing (parse, opml),
article extraction (extract), and the URL and text hygiene they share (urls, text).

Plain functions only: no Flask, no storage. The poller and the API build on these.

May import: nothing else of companion.
"""

from companion.feeds.fetch import FetchResult, fetch
from companion.feeds.guard import AddressGuard, FetchError, allow_private_from_env
from companion.feeds.opml import OpmlError, build_opml, parse_opml
from companion.feeds.parse import FeedParseError, ParsedFeed, discover_feed_links, parse_feed
from companion.feeds.urls import canonical_url, is_http_url

__all__ = [
    "AddressGuard",
    "FeedParseError",
    "FetchError",
    "FetchResult",
    "OpmlError",
    "ParsedFeed",
    "allow_private_from_env",
    "build_opml",
    "canonical_url",
    "discover_feed_links",
    "extract_article",
    "fetch",
    "is_http_url",
    "parse_feed",
    "parse_opml",
]


def __getattr__(name: str):
    # extract_article brings in trafilatura (~0.1 s to import): only when it is asked for, so the
    # poll's worker processes, which parse feeds, start without it.
    if name == "extract_article":
        from companion.feeds.extract import extract_article

        return extract_article
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
