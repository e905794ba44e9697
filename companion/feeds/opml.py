"""OPML import and export of feed subscriptions.

Import reads untrusted XML, so it refuses any document type declaration outright (that is where
entity bombs such as "billion laughs" and external entities live), as defusedxml does, using the
standard library's expat directly. Exports from old readers are often not well-formed (an
unescaped ``&`` in a URL, unclosed outlines); those are read again with a forgiving HTML tokenizer,
which knows no custom entities at all.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from html.parser import HTMLParser
from xml.parsers import expat

from companion.feeds.text import cap_length, fold_whitespace, html_to_text
from companion.feeds.urls import canonical_url, is_http_url

MAX_OPML_BYTES = 5 * 1024 * 1024
MAX_FEEDS = 5000


class OpmlError(ValueError):
    """The file cannot be read as OPML; the message says why."""


def _refuse_dtd(*_args) -> None:
    raise OpmlError("refused: the OPML file declares a DTD or entities, which subscription lists never need")


def _check_doctype(_name, system_id, _public_id, has_internal_subset) -> None:
    """A bare <!DOCTYPE x> is harmless; an internal subset or an external DTD is not."""
    if has_internal_subset or system_id:
        _refuse_dtd()


def _outlines_strict(content: bytes) -> list[dict[str, str]]:
    """Attributes of every <outline>, from well-formed XML with no DTD."""
    outlines: list[dict[str, str]] = []
    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = _check_doctype
    parser.EntityDeclHandler = _refuse_dtd
    parser.ExternalEntityRefHandler = _refuse_dtd

    def start(name: str, attrs: dict[str, str]) -> None:
        if name.lower() == "outline":
            outlines.append({key.lower(): value for key, value in attrs.items()})

    parser.StartElementHandler = start
    parser.Parse(content, True)
    return outlines


class _OutlineCollector(HTMLParser):
    """Collects <outline> attributes from markup that is not well-formed XML."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.outlines: list[dict[str, str]] = []

    def handle_starttag(self, tag, attrs):
        if tag == "outline":
            self.outlines.append({name: value or "" for name, value in attrs})

    handle_startendtag = handle_starttag


def _outlines_forgiving(content: bytes) -> list[dict[str, str]]:
    collector = _OutlineCollector()
    collector.feed(content.decode("utf-8", "replace"))
    collector.close()
    return collector.outlines


def _dedupe_key(url: str) -> str | None:
    """The canonical form of an http(s) feed URL, or None for anything else."""
    if not is_http_url(url):
        return None
    try:
        return canonical_url(url)
    except ValueError:
        return None


def parse_opml(content: bytes) -> list[dict]:
    """The feeds in an OPML file as [{url, title}], nested folders flattened, duplicates and
    non-http(s) URLs dropped. Raises OpmlError when the file is refused or holds no outlines."""
    if isinstance(content, str):
        content = content.encode("utf-8")
    if len(content) > MAX_OPML_BYTES:
        raise OpmlError("the OPML file is larger than 5 MiB")
    try:
        outlines = _outlines_strict(content)
    except expat.ExpatError:
        outlines = _outlines_forgiving(content)
    if not outlines:
        raise OpmlError("not an OPML file: no <outline> entries found")
    feeds: list[dict] = []
    seen: set[str] = set()
    for attrs in outlines:
        url = (attrs.get("xmlurl") or "").strip()
        key = _dedupe_key(url)
        if key is None or key in seen:
            continue
        seen.add(key)
        title = html_to_text(attrs.get("title") or attrs.get("text") or "", 300)
        feeds.append({"url": url, "title": title})
        if len(feeds) >= MAX_FEEDS:
            break
    return feeds


def build_opml(feeds: list[dict], title: str = "Follow-Up Companion feeds") -> str:
    """An OPML 2.0 document listing ``feeds`` ([{url, title}]); non-http(s) URLs are left out."""
    root = ET.Element("opml", version="2.0")
    head = ET.SubElement(root, "head")
    ET.SubElement(head, "title").text = title
    ET.SubElement(head, "dateCreated").text = datetime.now(UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
    body = ET.SubElement(root, "body")
    for feed in feeds:
        url = str(feed.get("url") or "").strip()
        if not is_http_url(url):
            continue
        name = cap_length(fold_whitespace(str(feed.get("title") or "")), 300) or url
        ET.SubElement(body, "outline", type="rss", text=name, title=name, xmlUrl=url)
    ET.indent(root)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
