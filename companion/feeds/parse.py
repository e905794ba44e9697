"""Feed parsing: feedparser on bytes, reduced to plain, bounded, JSON-friendly data.

feedparser is only ever handed a stream of the fetched bytes. Handed a ``str`` it fetches URLs
(with no timeout or size limit) and handed ``bytes`` it first tries them as a *file path*, so a feed
whose body is ``/etc/passwd`` would make it read that file (feedparser 6.0 ``_open_resource``).
Encodings are settled here before feedparser sees the bytes (text.guess_encoding), since real feeds
declare the wrong one. Every text field comes out as plain text (SECURITY.md 19).
"""

from __future__ import annotations

import io
import time
import zlib
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urljoin

import feedparser

from companion.feeds.text import (
    cap_length,
    declared_xml_encoding,
    fold_whitespace,
    guess_encoding,
    html_to_text,
    to_utf8_xml,
)
from companion.feeds.urls import canonical_url, is_http_url

MAX_ITEMS = 500
MAX_UNZIPPED_BYTES = 20 * 1024 * 1024
TITLE_LIMIT = 300
SUMMARY_LIMIT = 2000
AUTHOR_LIMIT = 200
CATEGORY_LIMIT = 100
MAX_CATEGORIES = 20
# "xml:base" as it is spelt in UTF-8 (and ASCII), UTF-16 and UTF-32 documents.
XML_BASE_SPELLINGS = tuple(
    "xml:base".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be")
)
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")


class FeedParseError(ValueError):
    """The bytes hold no feed at all; ``feed_links`` lists feeds an HTML page points to, if any."""

    def __init__(self, message: str, feed_links: list[str] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.feed_links = feed_links or []


@dataclass
class ParsedFeed:
    """A parsed feed: its title and link, its items (plain dicts), and a warning if it was malformed."""

    title: str
    link: str
    items: list[dict] = field(default_factory=list)
    bozo: str | None = None  # what was wrong with a feed that could still be read
    version: str = ""


def _gunzip(content: bytes) -> bytes:
    """Undo a gzip layer a server left on the body (feed.xml.gz), within a size cap."""
    if not content.startswith(b"\x1f\x8b"):
        return content
    try:
        data = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(content, MAX_UNZIPPED_BYTES + 1)
    except zlib.error as error:
        raise FeedParseError("not a feed: corrupt gzip data") from error
    if len(data) > MAX_UNZIPPED_BYTES:
        raise FeedParseError("not a feed: the compressed document is too large")
    return data


def _charset(content_type: str | None) -> str | None:
    for param in (content_type or "").split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


def _uses_xml_base(data: bytes) -> bool:
    """Whether the document sets xml:base anywhere."""
    return any(spelling in data for spelling in XML_BASE_SPELLINGS)


def _run_feedparser(data: bytes, url: str, content_type: str | None):
    """feedparser over a stream of ``data``, with the encoding settled beforehand."""
    encoding = guess_encoding(data, [_charset(content_type), declared_xml_encoding(data)])
    headers = {"content-type": "application/xml"}
    # Links are made absolute against the feed's URL here (_absolute_http); feedparser needs the URL
    # only to resolve a chain of relative xml:base attributes, and resolving every link costs time.
    if _uses_xml_base(data):
        headers["content-location"] = url
    if encoding:
        data = to_utf8_xml(data, encoding)
        headers["content-type"] = "application/xml; charset=utf-8"
    # No HTML sanitising or URI rewriting inside feedparser: every field is reduced to plain text
    # below (html_to_text drops scripts, styles, frames and all markup), so that work would be thrown away.
    return feedparser.parse(
        io.BytesIO(data), response_headers=headers, sanitize_html=False, resolve_relative_uris=False
    )


def _describe(error: object) -> str:
    """A short message for a feedparser bozo exception, with the line when XML parsing said where."""
    text = fold_whitespace(str(getattr(error, "getMessage", lambda: error)()))
    line = getattr(error, "getLineNumber", lambda: None)()
    if line:
        text = f"{text} (line {line})"
    return cap_length(text or type(error).__name__, 200)


def _refuse_non_feed(result, data: bytes, url: str) -> None:
    """Raise FeedParseError when feedparser found no feed in ``data``."""
    if result.get("version") or result.entries:
        return
    head = data[:4096].lower()
    if b"<html" in head or b"<!doctype html" in head:
        raise FeedParseError("not a feed: looks like an HTML page", discover_feed_links(data, url))
    if result.get("bozo"):
        raise FeedParseError(f"not a feed: {_describe(result.get('bozo_exception'))}")
    raise FeedParseError("not a feed: no RSS, Atom or RDF content found")


def _absolute_http(link: object, base_url: str) -> str | None:
    """The canonical absolute form of ``link`` when it is an http(s) URL, else None."""
    if not isinstance(link, str) or not link.strip():
        return None
    try:
        return canonical_url(urljoin(base_url, link.strip()))
    except ValueError:  # not http(s), or no host
        return None


def _entry_url(entry, base_url: str) -> str | None:
    """The entry's link, else its first alternate link that is an http(s) URL."""
    url = _absolute_http(entry.get("link"), base_url)
    alternates = (link.get("href") for link in entry.get("links", []) if link.get("rel") == "alternate")
    return url or next((url for url in (_absolute_http(href, base_url) for href in alternates) if url), None)


def _published(entry) -> str | None:
    moment = entry.get("published_parsed") or entry.get("updated_parsed")
    if not moment or not 1990 <= moment.tm_year <= 2100:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", moment)


def _summary(entry) -> str:
    """The entry's summary as text, else its content's (a summary that was only a script is empty)."""
    text = html_to_text(entry.get("summary"), SUMMARY_LIMIT)
    contents = entry.get("content") or []
    if not text and contents:
        text = html_to_text(contents[0].get("value"), SUMMARY_LIMIT)
    return text


def _categories(entry) -> list[str]:
    names: list[str] = []
    for tag in entry.get("tags") or []:
        name = html_to_text(tag.get("term") or tag.get("label"), CATEGORY_LIMIT)
        if name and name not in names:
            names.append(name)
    return names[:MAX_CATEGORIES]


def _item(entry, base_url: str) -> dict | None:
    """One feed entry as a plain dict, or None when it has no http(s) link."""
    url = _entry_url(entry, base_url)
    if not url:
        return None
    summary = _summary(entry)
    title = html_to_text(entry.get("title"), TITLE_LIMIT) or cap_length(summary, 120)
    return {
        "url": url,
        "title": title,
        "summary": summary,
        "published": _published(entry),
        "guid": cap_length(fold_whitespace(str(entry.get("id") or url)), 500),
        "author": html_to_text(entry.get("author"), AUTHOR_LIMIT),
        "categories": _categories(entry),
    }


def parse_feed(content: bytes, *, url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse RSS 2.0/1.0 or Atom ``content`` fetched from ``url``; FeedParseError when it holds no feed."""
    if not isinstance(content, bytes | bytearray):
        raise TypeError("parse_feed takes the fetched bytes, never a URL or a path")
    data = _gunzip(bytes(content))
    if not data.strip():
        raise FeedParseError("not a feed: the document is empty")
    result = _run_feedparser(data, url, content_type)
    _refuse_non_feed(result, data, url)
    link = _absolute_http(result.feed.get("link"), url) or ""
    items: list[dict] = []
    seen: set[str] = set()
    for entry in result.entries:
        item = _item(entry, url)
        if item and item["url"] not in seen:
            seen.add(item["url"])
            items.append(item)
        if len(items) >= MAX_ITEMS:
            break
    bozo = _describe(result.get("bozo_exception")) if result.get("bozo") else None
    title = html_to_text(result.feed.get("title"), TITLE_LIMIT)
    return ParsedFeed(title=title, link=link, items=items, bozo=bozo, version=result.get("version", ""))


class _FeedLinkCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = {name: (value or "") for name, value in attrs}
        rel = values.get("rel", "").lower().split()
        kind = values.get("type", "").lower().split(";")[0].strip()
        if tag == "link" and "alternate" in rel and kind in FEED_TYPES and values.get("href"):
            self.hrefs.append(values["href"])


def discover_feed_links(html: bytes | str, url: str) -> list[str]:
    """The feed URLs an HTML page advertises with <link rel="alternate" type="application/rss+xml">."""
    text = html.decode("utf-8", "replace") if isinstance(html, bytes | bytearray) else html
    collector = _FeedLinkCollector()
    collector.feed(text[:500_000])
    links: list[str] = []
    for href in collector.hrefs:
        absolute = urljoin(url, href.strip())
        if is_http_url(absolute) and absolute not in links:
            links.append(absolute)
    return links
