"""Untrusted text from feeds and pages: reduce HTML to plain text, and repair wrongly declared encodings.

Everything a feed or page says is untrusted (SECURITY.md 19): it leaves this package as plain text,
whitespace folded and length-capped, with no markup left in it.
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

from charset_normalizer.md import mess_ratio

# Elements whose content is never readable text.
INVISIBLE_TAGS = frozenset(
    "script style iframe object embed applet noscript template svg math head title".split()
)
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "tr",
        "td",
        "th",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "section",
        "article",
        "header",
        "footer",
        "table",
        "hr",
        "figcaption",
    }
)
CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u2028\u2029\ufeff]")
WHITESPACE = re.compile(r"\s+")
LEFTOVER_TAG = re.compile(r"</?[A-Za-z!?][^>]*>")
XML_DECLARATION = re.compile(rb"^(\s*<\?xml[^>]*?encoding\s*=\s*[\"'])([A-Za-z0-9._:-]+)([\"'])", re.I)
# The single-byte encodings real feeds use without saying so, tried when the declared one is wrong.
FALLBACK_ENCODINGS = ("utf-8", "windows-1252", "windows-1251", "koi8-r", "iso-8859-2")


class _TextCollector(HTMLParser):
    """Collects the visible text of an HTML fragment, skipping scripts, styles and frames."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in INVISIBLE_TAGS:
            self.hidden_depth += 1
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in INVISIBLE_TAGS and self.hidden_depth:
            self.hidden_depth -= 1
        elif tag in BLOCK_TAGS:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden_depth:
            self.parts.append(data)


def _strip_once(text: str) -> str:
    collector = _TextCollector()
    collector.feed(text)
    collector.close()
    return "".join(collector.parts)


def fold_whitespace(text: str) -> str:
    """Collapse runs of whitespace and drop control characters."""
    return WHITESPACE.sub(" ", CONTROL_CHARS.sub(" ", text)).strip()


def cap_length(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` characters, at a word boundary when one is near, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.8:
        cut = cut[:space]
    return cut.rstrip() + "…"


def html_to_text(value: object, limit: int = 2000) -> str:
    """Plain text of an untrusted HTML (or text) fragment: no tags, scripts dropped, whitespace folded."""
    if value is None:
        return ""
    text = str(value)
    if "<" not in text and "&" not in text:  # plain text already: nothing for the HTML parser to do
        return cap_length(fold_whitespace(text), limit)
    # Feeds double-escape markup (&amp;lt;script&amp;gt;): each pass unescapes one level, so strip
    # until the text stops changing; whatever tag-like text is still left after that is cut out.
    for _ in range(4):
        stripped = _strip_once(text)
        if stripped == text:
            break
        text = stripped
    text = LEFTOVER_TAG.sub(" ", text)
    return cap_length(fold_whitespace(text), limit)


def declared_xml_encoding(content: bytes) -> str | None:
    """The encoding named in an XML declaration, if any."""
    match = XML_DECLARATION.match(content[:200])
    return match.group(2).decode("ascii").lower() if match else None


def _normalise(encoding: str | None) -> str | None:
    if not encoding:
        return None
    try:
        return codecs.lookup(encoding).name
    except LookupError:
        return None


def _decode(content: bytes, encoding: str) -> str | None:
    try:
        return content.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def _non_ascii_sample(text: str, size: int = 4000) -> str:
    """The stretch of text around its first non-ASCII characters, where mojibake shows."""
    first = next((i for i, ch in enumerate(text) if ord(ch) > 127), 0)
    return text[max(0, first - 200) : first + size]


def guess_encoding(content: bytes, declared: list[str | None]) -> str | None:
    """Pick the encoding that really decodes ``content``: the declared one unless it fails or reads as
    mojibake next to another candidate (e.g. KOI8-R declared as windows-1251). None for pure ASCII or BOMs."""
    if content.isascii() or content.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    candidates: list[str] = []
    for name in [*declared, *FALLBACK_ENCODINGS]:
        normal = _normalise(name)
        if normal and normal not in candidates:
            candidates.append(normal)
    decoded = {name: text for name in candidates if (text := _decode(content, name)) is not None}
    if "utf-8" in decoded:  # non-ASCII bytes that are valid UTF-8 are almost never anything else
        return "utf-8"
    if not decoded:
        return None
    scores = {name: mess_ratio(_non_ascii_sample(text), 1.0) for name, text in decoded.items()}
    first_declared = next((name for name in candidates if name in decoded), None)
    best = min(scores, key=lambda name: (scores[name], candidates.index(name)))
    if first_declared and scores[first_declared] <= max(0.05, scores[best] * 1.5):
        return first_declared
    return best


def to_utf8_xml(content: bytes, encoding: str) -> bytes:
    """Re-encode an XML document from ``encoding`` to UTF-8 and make its declaration say so."""
    text = content.decode(encoding)
    data = text.encode("utf-8")
    if XML_DECLARATION.match(data[:200]):
        data = XML_DECLARATION.sub(rb"\1utf-8\3", data, count=1)
    return data
