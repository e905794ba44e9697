"""Article extraction from saved pages (tests/fixtures/feeds/articles), offline, to plain text."""

import sys

import pytest

from companion.feeds.extract import extract_article
from companion.feeds.fetch import fetch
from tests.feedserver import fixture_bytes

pytest_plugins = ["tests.feedserver"]

PAGE_URL = "https://health.northwind.example/2026/11/kestrel-pump"
NETWORK_EVENTS = ("socket.connect", "socket.getaddrinfo", "urllib.Request")
_network_calls: list[tuple] = []
_recording = False


def _audit(event, args):
    if _recording and event in NETWORK_EVENTS:
        _network_calls.append((event, args))


sys.addaudithook(_audit)  # audit hooks cannot be removed; this one only records while _recording


def extract_offline(html, url=PAGE_URL):
    """extract_article, failing the test if it tried to reach the network in any way."""
    global _recording
    _network_calls.clear()
    _recording = True
    try:
        article = extract_article(html, url)
    finally:
        _recording = False
    assert _network_calls == []
    return article


def page(name):
    return fixture_bytes(f"articles/{name}")


def test_a_news_article_gives_title_description_text_keywords_and_site():
    article = extract_offline(page("news_article.html"))

    assert article["url"] == PAGE_URL
    assert article["title"] == "Kestrel Medical wins approval for a smaller infusion pump"
    assert article["description"] == "Regulators cleared the pump after a two-year review."
    assert article["site_name"] == "Northwind Health Desk"
    assert article["published"] == "2026-11-12"
    assert "approved its new infusion pump for use in children's wards" in article["text"]
    assert "plant in Eastvale" in article["text"]
    assert {"medical devices", "pediatrics", "Kestrel Medical", "Regulation", "Infusion pumps"} <= set(
        article["keywords"]
    )


def test_scripts_navigation_and_footer_stay_out_of_the_text():
    text = extract_offline(page("news_article.html"))["text"]

    for noise in ("tracker", "document.write", "iframe", "Privacy", "© 2026", "<"):
        assert noise not in text


def test_a_page_without_an_article_body_still_gives_its_title():
    article = extract_offline(page("landing_page.html"), "https://careers.quillfield.example/")

    assert article["title"] == "Quillfield Robotics – Careers"
    assert article["description"] == "Join the team building gentle warehouse robots."
    assert article["text"] == ""
    assert article["site_name"] == "careers.quillfield.example"


def test_json_ld_fills_in_what_the_meta_tags_lack():
    article = extract_offline(page("jsonld_only.html"), "https://blog.quillfield.example/soft-grippers")

    assert article["title"] == "Soft grippers & ripe fruit"
    assert article["description"] == "How silicone fingers pick peaches."
    assert article["keywords"] == ["robotics", "agriculture"]
    assert article["site_name"] == "Quillfield Robotics Blog"


def test_a_windows_1252_page_is_decoded_right():
    article = extract_offline(page("windows-1252.html"), "https://power.aero.example/grids")

    assert article["title"] == "“Smart” grids – what’s next for Ærø Power"
    assert "“smart” meters cut peak demand by 8% – more than expected" in article["text"]


def test_a_page_whose_body_is_a_url_is_never_downloaded():
    # htmldate's loader downloads a string that looks like a URL; extraction must not.
    article = extract_offline(page("url_as_body.html"))

    assert article["text"] in ("", "http://169.254.169.254/latest/meta-data/")


@pytest.mark.parametrize("html", [b"", "", b"   ", b"\x00\x01\x02"])
def test_empty_or_binary_input_gives_an_empty_article(html):
    article = extract_offline(html)

    assert article["url"] == PAGE_URL
    assert article["title"] == "" and article["text"] == "" and article["keywords"] == []


def test_text_input_works_like_bytes():
    html = page("news_article.html")

    assert extract_offline(html.decode("utf-8")) == extract_offline(html)


def test_markup_in_metadata_is_reduced_to_text():
    html = b"""<html><head><title>x</title>
    <meta property="og:title" content="&lt;img src=x onerror=alert(1)&gt;Ferro Labs &lt;b&gt;raises&lt;/b&gt;"
    >
    <meta name="description" content="&lt;script&gt;alert(2)&lt;/script&gt;Batteries for buses">
    </head><body><p>Short.</p></body></html>"""

    article = extract_offline(html)

    assert article["title"] == "Ferro Labs raises"
    assert article["description"] == "Batteries for buses"


def test_a_page_fetched_from_the_local_server_is_extracted(feed_server):
    url = feed_server.add("/story", page("news_article.html"), content_type="text/html; charset=utf-8")

    result = fetch(url, allow_private=True, accept="html")
    article = extract_offline(result.content, result.final_url)

    assert article["title"] == "Kestrel Medical wins approval for a smaller infusion pump"
    assert article["url"] == url
