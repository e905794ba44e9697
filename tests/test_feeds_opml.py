"""OPML import and export: nested folders, junk from old readers, entity bombs, and round trips."""

import time

import pytest

from companion.feeds.opml import OpmlError, build_opml, parse_opml
from tests.feedserver import fixture_bytes


def test_nested_outlines_are_flattened_and_only_http_feeds_kept():
    feeds = parse_opml(fixture_bytes("subscriptions.opml"))

    assert feeds == [
        {"url": "https://news.northwind.example/rss.xml", "title": "Northwind Industry News"},
        {
            "url": "https://blog.quillfield.example/atom.xml",
            "title": "Quillfield Robotics",
        },  # title over text
        {"url": "https://journal.tallpine.example/rdf", "title": "Tall Pine"},  # xmlurl in lower case
    ]  # the file:// outline, the empty folder and the duplicate are gone


def test_exports_that_are_not_well_formed_xml_are_still_read():
    # an unescaped & in a URL, single quotes, unclosed outlines and no closing </opml>
    feeds = parse_opml(fixture_bytes("junk.opml"))

    assert feeds == [
        {"url": "https://search.brightwater.example/rss?q=clinic&sort=new", "title": "Search feed"},
        {"url": "https://wire.saltmarsh.example/feed", "title": "Single quoted"},
        {"url": "https://notes.copperline.example/feed.xml", "title": "Unclosed"},
    ]


def test_a_billion_laughs_file_is_refused_at_once():
    started = time.monotonic()

    with pytest.raises(OpmlError, match="refused: the OPML file declares a DTD or entities"):
        parse_opml(fixture_bytes("billion_laughs.opml"))

    assert time.monotonic() - started < 5


def test_an_external_dtd_is_refused():
    content = b"""<?xml version="1.0"?>
    <!DOCTYPE opml SYSTEM "http://attacker.example/evil.dtd">
    <opml><body><outline xmlUrl="https://news.northwind.example/rss.xml"/></body></opml>"""

    with pytest.raises(OpmlError, match="refused"):
        parse_opml(content)


def test_an_external_entity_is_refused():
    content = b"""<?xml version="1.0"?>
    <!DOCTYPE opml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
    <opml><body><outline title="&xxe;" xmlUrl="https://news.northwind.example/rss.xml"/></body></opml>"""

    with pytest.raises(OpmlError, match="refused"):
        parse_opml(content)


def test_a_bare_doctype_is_harmless_and_accepted():
    content = (
        b'<!DOCTYPE opml><opml><body><outline text="N" xmlUrl="https://news.northwind.example/rss.xml"/>'
    )
    content += b"</body></opml>"

    assert parse_opml(content) == [{"url": "https://news.northwind.example/rss.xml", "title": "N"}]


@pytest.mark.parametrize("name", ["rss2.xml", "html_page.html", "empty.xml"])
def test_files_without_outlines_are_not_opml(name):
    with pytest.raises(OpmlError, match="not an OPML file"):
        parse_opml(fixture_bytes(name))


def test_titles_with_markup_are_imported_as_plain_text():
    content = b"""<opml><body><outline text="&lt;script&gt;alert(1)&lt;/script&gt;Ferro &amp; Co"
    xmlUrl="https://news.northwind.example/rss.xml"/></body></opml>"""

    assert parse_opml(content)[0]["title"] == "Ferro & Co"


def test_export_then_import_gives_the_same_feeds():
    feeds = [
        {
            "url": "https://news.northwind.example/rss.xml?a=1&b=2",
            "title": 'Northwind "Industry" News & more',
        },
        {"url": "http://blog.quillfield.example/atom.xml", "title": "Quillfield Robotics"},
        {"url": "https://journal.tallpine.example/rdf", "title": "Новости"},
    ]

    assert parse_opml(build_opml(feeds).encode("utf-8")) == feeds


def test_export_leaves_out_non_http_urls_and_escapes_attributes():
    document = build_opml(
        [
            {"url": "javascript:alert(1)", "title": "bad"},
            {"url": "file:///etc/passwd", "title": "bad"},
            {"url": "https://news.northwind.example/rss.xml", "title": 'A "quoted" <b> & title'},
        ]
    )

    assert document.startswith('<?xml version="1.0" encoding="utf-8"?>')
    assert "javascript:" not in document and "file:" not in document
    assert 'title="A &quot;quoted&quot; &lt;b&gt; &amp; title"' in document
    assert document.count("<outline") == 1


def test_an_untitled_feed_is_exported_under_its_url():
    document = build_opml([{"url": "https://news.northwind.example/rss.xml", "title": ""}])

    assert parse_opml(document.encode()) == [
        {"url": "https://news.northwind.example/rss.xml", "title": "https://news.northwind.example/rss.xml"}
    ]
