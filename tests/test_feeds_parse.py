"""Parsing feeds: the formats, the real-world breakage (encodings, not-a-feed, bad markup, payloads),
canonical URLs and plain text. Fixture files are in tests/fixtures/feeds (see make_fixtures.py);
the last tests serve them from the real local server and parse what fetch() brought back."""

import time

import pytest

from companion.feeds.fetch import fetch
from companion.feeds.parse import FeedParseError, discover_feed_links, parse_feed
from companion.feeds.text import html_to_text
from companion.feeds.urls import canonical_url, is_http_url
from tests.feedserver import fixture_bytes

pytest_plugins = ["tests.feedserver"]

NORTHWIND = "https://news.northwind.example/rss.xml"


def parse_fixture(name, url=NORTHWIND, content_type=None):
    return parse_feed(fixture_bytes(name), url=url, content_type=content_type)


def all_text(feed):
    """Every text value a user could be shown from a parsed feed."""
    values = [feed.title]
    for item in feed.items:
        values += [item["title"], item["summary"], item["author"], *item["categories"]]
    return values


# --- formats -----------------------------------------------------------------------------------


def test_rss2_items_come_out_as_plain_dicts():
    feed = parse_fixture("rss2.xml")

    assert feed.title == "Northwind Industry News"
    assert feed.link == "https://news.northwind.example/"
    assert feed.bozo is None
    assert [item["title"] for item in feed.items] == [
        "Blue Harbor Energy opens a 40 MW solar farm",
        "Kestrel Medical recalls a pediatric infusion pump",
        "Harbor City bank Lumen Trust reports record quarter",
    ]
    first = feed.items[0]
    assert first == {
        "url": "https://news.northwind.example/2026/11/blue-harbor-solar",
        "title": "Blue Harbor Energy opens a 40 MW solar farm",
        "summary": "The fictional utility says the farm will power 9,000 homes.",
        "published": "2026-11-24T08:30:00Z",
        "guid": "nw-1001",
        "author": "Jordan Vale",
        "categories": ["Renewable Energy", "Solar"],
    }


def test_publication_times_are_converted_to_utc():
    kestrel = parse_fixture("rss2.xml").items[1]

    assert kestrel["published"] == "2026-11-23T13:00:00Z"  # 14:00 +0100


def test_items_without_a_date_have_published_none():
    assert parse_fixture("rss2.xml").items[2]["published"] is None


def test_atom_entries_resolve_xml_base_and_reduce_html_titles_to_text():
    feed = parse_fixture("atom.xml", url="https://blog.quillfield.example/atom.xml")

    assert feed.title == "Quillfield Robotics Blog"
    robots, grippers = feed.items
    assert robots["url"] == "https://blog.quillfield.example/posts/warehouse-robots"
    assert robots["title"] == "Warehouse robots & the night shift"
    assert robots["summary"] == "Autonomous carts now move parts overnight."
    assert robots["published"] == "2026-11-19T14:15:00Z"
    assert robots["author"] == "Priya Okafor-Lind"
    assert robots["categories"] == ["Robotics", "Logistics"]
    assert grippers["url"] == "https://blog.quillfield.example/posts/soft-grippers"  # utm_* stripped
    assert grippers["summary"] == "Soft materials handle fruit without bruising."


def test_rss1_rdf_feeds_are_read():
    feed = parse_fixture("rss1_rdf.xml", url="https://journal.tallpine.example/rdf")

    assert feed.version == "rss10"
    (item,) = feed.items
    assert item["title"] == "Drones count seedlings after the fire"
    assert item["author"] == "Mateo Brennan"
    assert item["published"] == "2026-10-05T07:00:00Z"
    assert item["categories"] == ["Forestry"]


def test_a_gzipped_feed_body_is_read():
    assert [item["title"] for item in parse_fixture("rss2.xml.gz").items] == [
        item["title"] for item in parse_fixture("rss2.xml").items
    ]


# --- encodings ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("iso-8859-1.xml", "Café Müller: Überraschung in Zürich"),
        ("windows-1252.xml", "“Smart” grids – what’s next for Ærø Power"),
        ("windows-1251.xml", "Новости: Северный Ветер открывает завод в Тюмени"),
        ("koi8-r_declared_windows-1251.xml", "Новости: Северный Ветер открывает завод в Тюмени"),
        ("utf-8_declared_iso-8859-1.xml", "Café Müller: Überraschung in Zürich"),
    ],
)
def test_non_ascii_titles_are_decoded_right(name, title):
    (item,) = parse_fixture(name).items

    assert item["title"] == title


def test_a_wrong_charset_in_the_http_header_does_not_garble_the_text():
    # The server says UTF-8; the bytes are windows-1251 (and the XML declaration says so).
    feed = parse_fixture("windows-1251.xml", content_type="application/rss+xml; charset=utf-8")

    assert feed.items[0]["summary"] == "Компания Северный Ветер построит новый завод ветряных турбин."


# --- not a feed --------------------------------------------------------------------------------


def test_an_html_page_is_not_a_feed_and_its_feed_links_are_offered():
    with pytest.raises(FeedParseError, match="not a feed: looks like an HTML page") as caught:
        parse_fixture("html_page.html", url="https://news.northwind.example/")

    assert caught.value.feed_links == [
        "https://news.northwind.example/feeds/all.xml",
        "https://news.northwind.example/atom.xml",
    ]


@pytest.mark.parametrize("content", [b"", b"   \n\t  ", b"\n"])
def test_an_empty_document_is_not_a_feed(content):
    with pytest.raises(FeedParseError, match="not a feed: the document is empty"):
        parse_feed(content, url=NORTHWIND)


@pytest.mark.parametrize(
    "content",
    [b'{"items": [1, 2, 3]}', b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"<note><to>nobody</to></note>"],
)
def test_other_documents_are_not_feeds(content):
    with pytest.raises(FeedParseError, match="^not a feed"):
        parse_feed(content, url=NORTHWIND)


def test_a_body_that_is_a_local_path_is_never_read_from_disk(tmp_path):
    # feedparser reads a file when handed bytes that name one; parse_feed must never let it.
    local_feed = tmp_path / "feed.xml"
    local_feed.write_bytes(fixture_bytes("rss2.xml"))

    with pytest.raises(FeedParseError):
        parse_feed(str(local_feed).encode(), url=NORTHWIND)


@pytest.mark.parametrize("value", [NORTHWIND, "/etc/passwd"])
def test_parse_feed_refuses_anything_but_bytes(value):
    with pytest.raises(TypeError, match="never a URL or a path"):
        parse_feed(value, url=NORTHWIND)


# --- broken but readable -------------------------------------------------------------------------


def test_illegal_nesting_keeps_the_readable_items_and_says_what_was_wrong():
    feed = parse_fixture("illegal_nesting.xml", url="https://notes.copperline.example/feed.xml")

    assert [item["title"] for item in feed.items] == [
        "Copperline reopens the east shaft today",
        "Copperline hires 200 miners",
    ]
    assert "mismatched tag" in feed.bozo


def test_undeclared_namespaces_still_give_the_items_and_their_authors():
    feed = parse_fixture("undeclared_namespaces.xml", url="https://wire.saltmarsh.example/feed")

    (item,) = feed.items
    assert item["title"] == "Port of Saltmarsh adds cold storage"
    assert item["author"] == "Ines Halvorsen"
    assert feed.bozo  # recorded as a warning, not an error


def test_an_entity_bomb_in_a_feed_is_not_expanded():
    started = time.monotonic()

    feed = parse_fixture("billion_laughs.xml")

    assert "lollol" not in feed.title
    assert time.monotonic() - started < 10  # would take minutes and gigabytes if expanded


def test_an_external_entity_in_a_feed_never_reads_a_local_file(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-TOKEN-123")
    content = f"""<?xml version="1.0"?>
    <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>
    <rss version="2.0"><channel><title>News &xxe;</title>
    <item><title>Item &xxe;</title><link>https://news.northwind.example/x</link>
    <description>&xxe;</description></item></channel></rss>""".encode()

    feed = parse_feed(content, url=NORTHWIND)

    assert not any("SECRET" in text for text in all_text(feed))


# --- untrusted content ---------------------------------------------------------------------------


def test_script_and_iframe_payloads_are_reduced_to_text():
    feed = parse_fixture("payloads.xml")

    assert feed.title == "Payload Weekly"
    assert [item["title"] for item in feed.items] == ["Ferro Labs raises seed round", "Double escaped title"]
    assert feed.items[0]["summary"] == "Ferro Labs builds batteries. Funding: $4M."
    assert feed.items[1]["summary"] == "Plain words stay."
    for text in all_text(feed):
        assert "<" not in text and ">" not in text
        assert "alert" not in text and "script" not in text and "cookie" not in text


def test_scripts_feedparser_leaves_in_place_come_out_as_text_without_their_code():
    # feedparser hands markup over unsanitised; the reduction to text alone must make it inert.
    body = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Grid</title>
    <entry><title type="html">&lt;applet&gt;run()&lt;/applet&gt;Solar deal</title>
    <link href="https://grid.example/a"/><id>a</id>
    <summary type="html">&lt;script&gt;alert(document.cookie)&lt;/script&gt;</summary>
    <content type="html">&lt;p onclick="steal()"&gt;Storage expands.&lt;/p&gt;&lt;script&gt;alert(1)</content>
    </entry></feed>"""

    (item,) = parse_feed(body, url="https://grid.example/atom.xml").items

    assert item["title"] == "Solar deal"
    assert item["summary"] == "Storage expands."  # a summary that was only a script gives way to the content


def test_items_whose_link_is_javascript_or_data_are_dropped():
    urls = [item["url"] for item in parse_fixture("payloads.xml").items]

    assert urls == [
        "https://news.northwind.example/ferro-labs-seed",
        "https://news.northwind.example/double-escaped",
    ]


def test_relative_links_are_made_absolute_and_items_without_links_dropped():
    feed = parse_fixture("relative_links.xml", url="https://briefs.brightwater.example/feed/rss.xml")

    assert [item["url"] for item in feed.items] == [
        "https://briefs.brightwater.example/2026/11/eastvale-clinic",
        "https://briefs.brightwater.example/feed/reports/staffing.html",
    ]


def test_nested_relative_xml_base_is_resolved_against_the_feed_url():
    body = b"""<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="blog/">
    <title>Notes</title><entry xml:base="posts/"><title>One</title><link href="one"/><id>1</id></entry>
    <entry><title>Two</title><link href="../two"/><id>2</id></entry></feed>"""

    feed = parse_feed(body, url="https://notes.example/feeds/atom.xml")

    assert [item["url"] for item in feed.items] == [
        "https://notes.example/feeds/blog/posts/one",
        "https://notes.example/feeds/two",
    ]


def test_duplicate_items_are_merged_by_canonical_url():
    feed = parse_fixture("duplicates_tracking.xml")

    assert [(item["url"], item["title"]) for item in feed.items] == [
        ("https://news.northwind.example/2026/11/orchard-juice", "Orchard Foods buys a juice maker"),
        (
            "https://news.northwind.example/2026/11/orchard-analysts?id=7&page=2",
            "Orchard Foods: the analyst view",
        ),
    ]


def test_long_titles_and_summaries_are_capped():
    title = "Pump " * 2000
    body = f"""<rss version="2.0"><channel><title>{title}</title><item><title>{title}</title>
    <link>https://news.northwind.example/long</link><description>{"word " * 5000}</description></item>
    </channel></rss>""".encode()

    feed = parse_feed(body, url=NORTHWIND)

    assert len(feed.title) <= 300 and feed.title.endswith("…")
    assert len(feed.items[0]["title"]) <= 300
    assert len(feed.items[0]["summary"]) <= 2000


# --- text and URL hygiene ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        ("<p>Fish &amp; Chips</p><script>steal()</script>", "Fish & Chips"),
        ("&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;Hello", "Hello"),
        ('<iframe src="https://attacker.example"></iframe>Kept', "Kept"),
        ("<style>p { color: red }</style>Styled", "Styled"),
        ("x &lt; y and 5 < 6", "x < y and 5 < 6"),
        ("  many\n\n spaces\tand\x00controls  ", "many spaces and controls"),
        (None, ""),
    ],
)
def test_html_fragments_become_plain_text(fragment, text):
    assert html_to_text(fragment) == text


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        (
            "HTTPS://News.Northwind.EXAMPLE:443/a?utm_source=x&b=2&a=1#frag",
            "https://news.northwind.example/a?a=1&b=2",
        ),
        ("http://news.northwind.example:80", "http://news.northwind.example/"),
        ("http://news.northwind.example:8080/x", "http://news.northwind.example:8080/x"),
        (
            "https://n.example/p?fbclid=1&gclid=2&mc_cid=3&mc_eid=4&ref=5&cmpid=6&trk=7&utm_medium=8",
            "https://n.example/p",
        ),
        ("https://n.example/p?id=7&ID=8", "https://n.example/p?ID=8&id=7"),
        ("https://user:secret@n.example/p", "https://n.example/p"),
        ("https://n.example/search?q=", "https://n.example/search?q="),
    ],
)
def test_canonical_urls_drop_tracking_and_noise(url, canonical):
    assert canonical_url(url) == canonical


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "file:///etc/passwd", "/relative", "", "mailto:a@b.example"]
)
def test_only_http_urls_have_a_canonical_form(url):
    assert not is_http_url(url)
    with pytest.raises(ValueError, match="not an http"):
        canonical_url(url)


def test_feed_links_are_discovered_in_an_html_page():
    page = b'<html><head><link rel="alternate" type="application/atom+xml" href="/atom">'
    page += b'<link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">'
    page += b'<link rel="stylesheet" href="/style.css"></head></html>'

    assert discover_feed_links(page, "https://blog.quillfield.example/post/1") == [
        "https://blog.quillfield.example/atom"
    ]


# --- served by the real local server, then parsed ------------------------------------------------


@pytest.mark.parametrize(
    ("name", "options", "title"),
    [
        ("rss2.xml", {"gzip": True}, "Blue Harbor Energy opens a 40 MW solar farm"),
        (
            "iso-8859-1.xml",
            {"content_type": "text/xml; charset=ISO-8859-1"},
            "Café Müller: Überraschung in Zürich",
        ),
        ("windows-1252.xml", {"content_type": "text/xml"}, "“Smart” grids – what’s next for Ærø Power"),
        (
            "koi8-r_declared_windows-1251.xml",
            {"content_type": "application/rss+xml; charset=windows-1251"},
            "Новости: Северный Ветер открывает завод в Тюмени",
        ),
        (
            "rss2.xml.gz",
            {"content_type": "application/x-gzip"},
            "Blue Harbor Energy opens a 40 MW solar farm",
        ),
    ],
)
def test_served_feeds_parse_after_fetching(feed_server, name, options, title):
    url = feed_server.add_fixture("/feed", name, **options)

    result = fetch(url, allow_private=True)
    feed = parse_feed(result.content, url=result.final_url, content_type=result.content_type)

    assert feed.items[0]["title"] == title


def test_an_html_page_served_as_a_feed_is_reported_as_not_a_feed(feed_server):
    url = feed_server.add_fixture("/feed.xml", "html_page.html", content_type="application/rss+xml")

    result = fetch(url, allow_private=True)
    with pytest.raises(FeedParseError, match="looks like an HTML page") as caught:
        parse_feed(result.content, url=result.final_url, content_type=result.content_type)
    assert caught.value.feed_links[0] == feed_server.url("/feeds/all.xml")


def test_a_served_empty_body_is_reported_as_empty(feed_server):
    url = feed_server.add("/feed.xml", b"")

    result = fetch(url, allow_private=True)
    with pytest.raises(FeedParseError, match="empty"):
        parse_feed(result.content, url=result.final_url)
