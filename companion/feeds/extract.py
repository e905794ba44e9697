"""Article extraction from a fetched page: title, description, main text, keywords, site name.

trafilatura finds the main text; page metadata (Open Graph, <meta>, JSON-LD) fills what it misses,
so a page with no article body still gives its title. Offline by construction: trafilatura and
htmldate are only ever handed an lxml tree built here from the given bytes (htmldate's loader
*downloads* a string that looks like a URL; a tree never is one). All output is plain text.
"""

from __future__ import annotations

import copy
import json
import logging
from urllib.parse import urlsplit

import trafilatura
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from companion.feeds.text import cap_length, html_to_text

TITLE_LIMIT = 300
DESCRIPTION_LIMIT = 1000
TEXT_LIMIT = 50_000
MAX_KEYWORDS = 30
MAX_HTML_BYTES = 5 * 1024 * 1024
ARTICLE_TYPES = {
    "article",
    "newsarticle",
    "blogposting",
    "report",
    "webpage",
    "scholarlyarticle",
    "techarticle",
}

logging.getLogger("trafilatura").setLevel(logging.ERROR)  # it logs every odd page at WARNING
logging.getLogger("htmldate").setLevel(logging.ERROR)


def _meta(tree: HtmlElement, *names: str) -> str:
    """The first non-empty <meta name|property=...> content among ``names``."""
    for name in names:
        for element in tree.xpath("//meta[@property=$n or @name=$n or @itemprop=$n]", n=name):
            content = (element.get("content") or "").strip()
            if content:
                return content
    return ""


def _json_ld_objects(tree: HtmlElement) -> list[dict]:
    """Every JSON-LD object on the page (top level, lists and @graph flattened)."""
    found: list[dict] = []
    for script in tree.xpath('//script[@type="application/ld+json"]')[:20]:
        try:
            data = json.loads((script.text or "")[:500_000])
        except ValueError:
            continue  # broken JSON-LD is common; the other sources still count
        stack = [data]
        while stack and len(found) < 100:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                found.append(item)
                stack.extend(v for v in (item.get("@graph"),) if v)
    return found


def _article_ld(tree: HtmlElement) -> dict:
    for item in _json_ld_objects(tree):
        kinds = item.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if any(isinstance(kind, str) and kind.lower() in ARTICLE_TYPES for kind in kinds):
            return item
    return {}


def _ld_text(value: object) -> str:
    if isinstance(value, dict):
        value = value.get("name") or ""
    return value if isinstance(value, str) else ""


def _keywords(tree: HtmlElement, ld: dict, doc) -> list[str]:
    raw: list[str] = []
    for name in ("keywords", "news_keywords"):
        raw += _meta(tree, name).split(",")
    raw += [el.get("content") or "" for el in tree.xpath('//meta[@property="article:tag"]')]
    ld_keywords = ld.get("keywords")
    raw += ld_keywords.split(",") if isinstance(ld_keywords, str) else [k for k in ld_keywords or [] if k]
    raw += list(getattr(doc, "tags", None) or []) + list(getattr(doc, "categories", None) or [])
    keywords: list[str] = []
    for word in (part for entry in raw for part in str(entry).split(",")):
        clean = html_to_text(word, 100)
        if clean and clean.lower() not in (k.lower() for k in keywords):
            keywords.append(clean)
    return keywords[:MAX_KEYWORDS]


def _first_text(limit: int, *candidates: object) -> str:
    return next((text for c in candidates if (text := html_to_text(c, limit))), "")


def _run_trafilatura(tree: HtmlElement, url: str):
    try:
        return trafilatura.bare_extraction(
            copy.deepcopy(tree), url=url, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception:  # noqa: BLE001 - a page that breaks the extractor still has its metadata
        logging.getLogger(__name__).info("trafilatura failed on a page; using metadata only")
        return None


def _plain_paragraphs(text: str) -> str:
    """The extracted text as plain paragraphs, one per line, capped."""
    paragraphs = (html_to_text(line, TEXT_LIMIT) for line in text.splitlines())
    return cap_length("\n".join(p for p in paragraphs if p), TEXT_LIMIT)


def _empty(url: str) -> dict:
    return {
        "url": url,
        "title": "",
        "description": "",
        "text": "",
        "keywords": [],
        "site_name": "",
        "published": None,
    }


def extract_article(html: bytes | str, url: str) -> dict:
    """{url, title, description, text, keywords, site_name, published} of a page, all plain text."""
    if isinstance(html, str):
        html = html.encode("utf-8")
    tree = load_html(html[:MAX_HTML_BYTES]) if html and html.strip() else None
    if tree is None:
        return _empty(url)
    doc = _run_trafilatura(tree, url)
    ld = _article_ld(tree)
    heading = tree.xpath("string(//h1)")
    return {
        "url": url,
        "title": _first_text(
            TITLE_LIMIT,
            _meta(tree, "og:title", "twitter:title"),
            ld.get("headline"),
            getattr(doc, "title", None),
            tree.findtext(".//title"),
            heading,
        ),
        "description": _first_text(
            DESCRIPTION_LIMIT,
            _meta(tree, "og:description", "description", "twitter:description"),
            ld.get("description"),
            getattr(doc, "description", None),
        ),
        "text": _plain_paragraphs(getattr(doc, "text", None) or ""),
        "keywords": _keywords(tree, ld, doc),
        "site_name": _first_text(
            200,
            _meta(tree, "og:site_name", "application-name"),
            _ld_text(ld.get("publisher")),
            getattr(doc, "sitename", None),
            urlsplit(url).hostname or "",
        ),
        "published": getattr(doc, "date", None) or None,
    }
