"""Fetching feeds and pages against a real local HTTP server: bounds, conditional GET, and the SSRF guard.

The server runs on 127.0.0.1, which the guard refuses by default, so tests that need to reach it
pass allow_private=True (what COMPANION_ALLOW_PRIVATE_FEEDS=1 does), or use a guard whose policy
counts 127.0.0.1 as a "public" address while keeping the real policy for everything else. That
lets the redirect tests show the check running again on a later hop, against a second server on
127.0.0.2 standing in for an internal service.
"""

import gzip
import time

import pytest

from companion.feeds.fetch import USER_AGENT, fetch
from companion.feeds.guard import AddressGuard, FetchError, address_refusal_reason, allow_private_from_env
from tests.feedserver import FeedServer, fixture_bytes, gzip_bomb, self_signed_certificate

pytest_plugins = ["tests.feedserver"]

RSS = fixture_bytes("rss2.xml")
MIB = 1024 * 1024


class LoopbackOneIsPublic(AddressGuard):
    """The real policy, except that 127.0.0.1 (the test server) counts as a public address."""

    def refusal_reason(self, address):
        return None if address == "127.0.0.1" else super().refusal_reason(address)


class FakeDns:
    """A resolver that answers from a table and remembers every name it was asked."""

    def __init__(self, table):
        self.table = table
        self.asked = []

    def __call__(self, host, port):
        self.asked.append(host)
        answer = self.table[host]
        return answer.pop(0) if answer and isinstance(answer[0], list) else answer


@pytest.fixture
def internal_server():
    """A second server on 127.0.0.2: an internal service a redirect must never reach."""
    with FeedServer("127.0.0.2") as server:
        server.add("/secret", b"internal data", content_type="text/plain")
        yield server


# --- ordinary fetches ------------------------------------------------------------------------


def test_fetch_returns_the_served_bytes_and_validators(feed_server):
    url = feed_server.add("/feed.xml", RSS, etag='"v1"', last_modified="Tue, 24 Nov 2026 08:30:00 GMT")

    result = fetch(url, allow_private=True)

    assert result.status == 200
    assert result.content == RSS
    assert result.etag == '"v1"'
    assert result.last_modified == "Tue, 24 Nov 2026 08:30:00 GMT"
    assert result.not_modified is False
    assert result.final_url == url
    assert result.content_type.startswith("application/rss+xml")
    assert result.encoding == "utf-8"


def test_requests_name_the_app_and_ask_for_feeds(feed_server):
    url = feed_server.add("/feed.xml", RSS)

    fetch(url, allow_private=True)
    page_url = feed_server.add("/page", b"<html></html>", content_type="text/html")
    fetch(page_url, allow_private=True, accept="html")

    feed_request = feed_server.requests_for("/feed.xml")[0]
    assert feed_request["User-Agent"] == USER_AGENT and "FollowUpCompanion" in USER_AGENT
    assert "application/rss+xml" in feed_request["Accept"]
    assert feed_server.requests_for("/page")[0]["Accept"].startswith("text/html")
    assert "gzip" in feed_request["Accept-Encoding"]


def test_etag_round_trip_gets_304_without_a_body(feed_server):
    url = feed_server.add("/feed.xml", RSS, etag='"v1"')
    first = fetch(url, allow_private=True)

    second = fetch(url, allow_private=True, etag=first.etag)

    assert feed_server.requests_for("/feed.xml")[1]["If-None-Match"] == '"v1"'
    assert second.status == 304
    assert second.not_modified is True
    assert second.content == b""
    assert second.etag == '"v1"'


def test_last_modified_round_trip_gets_304_and_keeps_the_validator(feed_server):
    stamp = "Mon, 23 Nov 2026 10:00:00 GMT"
    url = feed_server.add("/feed.xml", RSS, last_modified=stamp)
    first = fetch(url, allow_private=True)

    second = fetch(url, allow_private=True, last_modified=first.last_modified)

    assert feed_server.requests_for("/feed.xml")[1]["If-Modified-Since"] == stamp
    assert second.not_modified is True
    assert second.last_modified == stamp


def test_a_changed_feed_answers_200_with_its_new_etag(feed_server):
    url = feed_server.add("/feed.xml", RSS, etag='"v2"')

    result = fetch(url, allow_private=True, etag='"v1"')

    assert result.status == 200 and not result.not_modified
    assert result.content == RSS
    assert result.etag == '"v2"'


def test_gzipped_body_is_decompressed(feed_server):
    url = feed_server.add("/feed.xml", RSS, gzip=True)

    result = fetch(url, allow_private=True)

    assert result.content == RSS


def test_server_errors_are_reported_with_their_status(feed_server):
    feed_server.add("/gone", b"gone", status=410, content_type="text/plain")

    with pytest.raises(FetchError, match="server answered 410 Gone") as caught:
        fetch(feed_server.url("/gone"), allow_private=True)
    assert caught.value.status == 410
    with pytest.raises(FetchError, match="404"):
        fetch(feed_server.url("/never-added"), allow_private=True)


def test_connection_refused_is_a_clear_error():
    with FeedServer() as server:
        url = server.url("/feed.xml")
    # the server is closed now: nothing listens on that port

    with pytest.raises(FetchError, match="could not connect to 127.0.0.1: connection refused"):
        fetch(url, allow_private=True)


def test_unknown_content_encoding_is_refused(feed_server):
    url = feed_server.add("/feed.xml", b"\x00\x01", headers={"Content-Encoding": "br"})

    with pytest.raises(FetchError, match="unsupported content encoding: br"):
        fetch(url, allow_private=True)


def test_https_certificates_are_still_verified_on_pinned_connections(tmp_path):
    # Connecting to the checked address must not loosen TLS: an untrusted certificate is refused.
    with FeedServer(tls=self_signed_certificate(tmp_path)) as server:
        url = server.add("/feed.xml", RSS)

        with pytest.raises(FetchError, match="secure connection to 127.0.0.1 failed"):
            fetch(url, allow_private=True)
        assert server.hits("/feed.xml") == 0


# --- bounds: time and size -------------------------------------------------------------------


def test_a_one_byte_per_second_server_is_cut_off_at_the_deadline(feed_server):
    url = feed_server.add("/slow.xml", RSS, seconds_per_byte=0.5)  # would take ~11 minutes
    started = time.monotonic()

    with pytest.raises(FetchError, match=r"timed out after 1\.5 s"):
        fetch(url, allow_private=True, total_deadline=1.5)

    assert time.monotonic() - started < 10  # cut off near the deadline, not after the whole body


def test_a_server_trickling_its_headers_is_cut_off_at_the_deadline(feed_server):
    # Each byte comes well within any per-read timeout; only a total deadline stops this.
    url = feed_server.add("/slow-headers.xml", RSS, seconds_per_byte=0.2, trickle_headers=True)
    started = time.monotonic()

    with pytest.raises(FetchError, match=r"timed out after 1 s"):
        fetch(url, allow_private=True, total_deadline=1)

    assert time.monotonic() - started < 10


def test_a_server_that_never_answers_is_cut_off_at_the_deadline(feed_server):
    url = feed_server.add("/silent.xml", RSS, delay_before_headers=30)

    with pytest.raises(FetchError, match=r"timed out after 1 s"):
        fetch(url, allow_private=True, total_deadline=1)


def test_a_gzip_bomb_is_cut_off_at_the_decompressed_size_cap(feed_server):
    bomb = gzip_bomb(64 * MIB)
    assert len(bomb) < 200_000  # small on the wire: only the decompressed size can catch it
    url = feed_server.add("/bomb.xml", bomb, headers={"Content-Encoding": "gzip"})

    with pytest.raises(FetchError, match="response larger than 1 MiB"):
        fetch(url, allow_private=True, max_bytes=1 * MIB)


def test_a_gzipped_body_under_the_cap_still_arrives_whole(feed_server):
    body = b"<rss>" + b"a" * (900 * 1024) + b"</rss>"
    url = feed_server.add("/big.xml", gzip.compress(body), headers={"Content-Encoding": "gzip"})

    assert fetch(url, allow_private=True, max_bytes=1 * MIB).content == body


def test_a_huge_body_without_a_length_is_cut_off_at_the_cap(feed_server):
    url = feed_server.add("/huge.xml", b"<rss>", filler_bytes=50 * MIB, send_length=False)

    with pytest.raises(FetchError, match="response larger than 2 MiB"):
        fetch(url, allow_private=True, max_bytes=2 * MIB)


def test_a_declared_length_over_the_cap_is_refused_before_reading(feed_server):
    url = feed_server.add("/huge.xml", b"", filler_bytes=8 * MIB)

    with pytest.raises(FetchError, match="response larger than 5 MiB"):
        fetch(url, allow_private=True)


# --- redirects ---------------------------------------------------------------------------------


def test_a_redirect_chain_is_followed_to_the_final_url(feed_server):
    final = feed_server.add("/final.xml", RSS)
    feed_server.redirect("/moved", "/hop2", status=301)  # relative Location
    feed_server.redirect("/hop2", final, status=308)

    result = fetch(feed_server.url("/moved"), allow_private=True)

    assert result.content == RSS
    assert result.final_url == final
    assert result.url == feed_server.url("/moved")


def test_too_many_redirects_are_refused(feed_server):
    feed_server.redirect("/a", "/b")
    feed_server.redirect("/b", "/a")

    with pytest.raises(FetchError, match="too many redirects"):
        fetch(feed_server.url("/a"), allow_private=True, max_redirects=3)
    assert feed_server.hits("/a") + feed_server.hits("/b") == 4  # the first request and 3 redirects


@pytest.mark.parametrize(
    "target", ["file:///etc/passwd", "ftp://files.example/feed.xml", "javascript:alert(1)"]
)
def test_a_redirect_to_a_non_http_url_is_refused(feed_server, target):
    feed_server.redirect("/r", target)

    with pytest.raises(FetchError, match="only http and https URLs are allowed"):
        fetch(feed_server.url("/r"), allow_private=True)


def test_a_redirect_to_an_internal_address_is_refused_on_that_hop(feed_server, internal_server):
    feed_server.redirect("/r", internal_server.url("/secret"))

    with pytest.raises(FetchError, match=r"refused: 127\.0\.0\.2 is a loopback address"):
        fetch(feed_server.url("/r"), guard=LoopbackOneIsPublic())

    assert feed_server.hits("/r") == 1  # the first hop was allowed and answered the redirect
    assert internal_server.hits("/secret") == 0  # the internal service was never contacted


def test_the_same_redirect_reaches_the_internal_server_when_private_feeds_are_allowed(
    feed_server, internal_server
):
    # The control for the test above: the redirect itself works, so the refusal there is the guard.
    feed_server.redirect("/r", internal_server.url("/secret"))

    assert fetch(feed_server.url("/r"), allow_private=True).content == b"internal data"
    assert internal_server.hits("/secret") == 1


def test_a_redirect_to_a_name_that_resolves_to_metadata_is_refused(feed_server):
    dns = FakeDns({"feeds.example": ["127.0.0.1"], "metadata.example": ["169.254.169.254"]})
    feed_server.redirect("/r", "http://metadata.example/latest/meta-data/")
    url = f"http://feeds.example:{feed_server.port}/r"

    with pytest.raises(FetchError, match=r"refused: 169\.254\.169\.254 is a cloud metadata address"):
        fetch(url, guard=AddressGuard(allow_private=True, resolver=dns))

    assert dns.asked == ["feeds.example", "metadata.example"]  # each hop resolved and checked
    assert feed_server.hits("/r") == 1


def test_the_checked_address_is_the_one_connected_to(feed_server, internal_server):
    # DNS rebinding: the first answer passes the check, a second answer would point inside.
    # The guard resolves once per connection and connects to what it checked, so no second lookup.
    dns = FakeDns({"rebind.example": [["127.0.0.1"], ["127.0.0.2"]]})
    url = feed_server.add("/feed.xml", RSS)

    result = fetch(url.replace("127.0.0.1", "rebind.example"), guard=LoopbackOneIsPublic(resolver=dns))

    assert result.content == RSS
    assert dns.asked == ["rebind.example"]


def test_a_name_with_any_private_address_is_refused(feed_server):
    dns = FakeDns({"mixed.example": ["127.0.0.1", "10.1.2.3"]})
    feed_server.add("/feed.xml", RSS)

    with pytest.raises(FetchError, match=r"refused: 10\.1\.2\.3 is a private address"):
        fetch(f"http://mixed.example:{feed_server.port}/feed.xml", guard=LoopbackOneIsPublic(resolver=dns))
    assert feed_server.hits("/feed.xml") == 0


# --- the address guard -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "a loopback address"),
        ("::1", "a loopback address"),
        ("10.0.0.1", "a private address"),
        ("172.16.5.4", "a private address"),
        ("192.168.1.20", "a private address"),
        ("fd12:3456::1", "a private address"),
        ("169.254.10.10", "a link-local address"),
        ("fe80::1", "a link-local address"),
        ("169.254.169.254", "a cloud metadata address"),
        ("fd00:ec2::254", "a cloud metadata address"),
        ("0.0.0.0", "an unspecified address"),
        ("224.0.0.1", "a multicast address"),
        ("240.0.0.1", "a reserved address"),
        ("100.64.0.1", "not a public address"),
        ("::ffff:127.0.0.1", "a loopback address"),
        ("::ffff:10.0.0.1", "a private address"),
        ("64:ff9b::a9fe:a9fe", "a cloud metadata address"),
        ("8.8.8.8", None),
        ("2606:4700:4700::1111", None),
    ],
)
def test_address_refusal_reasons(address, reason):
    assert address_refusal_reason(address) == reason


def test_private_addresses_pass_only_when_allowed_but_metadata_never():
    assert address_refusal_reason("10.0.0.1", allow_private=True) is None
    assert address_refusal_reason("127.0.0.1", allow_private=True) is None
    assert address_refusal_reason("169.254.169.254", allow_private=True) == "a cloud metadata address"


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("http://10.0.0.1/feed.xml", r"refused: 10\.0\.0\.1 is a private address"),
        ("http://169.254.169.254/latest/meta-data/", "cloud metadata address"),
        ("http://[::1]:9/feed.xml", r"refused: ::1 is a loopback address"),
        ("http://[fd00:ec2::254]/", "cloud metadata address"),
        ("http://0.0.0.0:9/", "unspecified address"),
    ],
)
def test_literal_internal_addresses_are_refused_without_connecting(url, message):
    with pytest.raises(FetchError, match=message):
        fetch(url, connect_timeout=1, total_deadline=2)


@pytest.mark.parametrize(
    "url",
    [
        "http://2130706433/",
        "http://0x7f000001/",
        "http://017700000001/",
        "http://127.1/",
        "http://0/",
        "http://[::ffff:7f00:1]/",
        "http://[0:0:0:0:0:0:0:1]/",
        "http://localhost./",
        "http://LOCALHOST/",
    ],
)
def test_odd_spellings_of_loopback_are_refused_too(url):
    with pytest.raises(FetchError, match=r"^refused: .* is an? (loopback|unspecified) address$"):
        fetch(url, connect_timeout=1, total_deadline=2)


def test_the_local_test_server_is_refused_by_default(feed_server):
    url = feed_server.add("/feed.xml", RSS)

    with pytest.raises(FetchError, match=r"refused: 127\.0\.0\.1 is a loopback address"):
        fetch(url)
    with pytest.raises(FetchError, match="loopback address"):
        fetch(url.replace("127.0.0.1", "localhost"))  # a name is resolved, then checked

    assert feed_server.hits("/feed.xml") == 0


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "/etc/passwd",
        "etc/passwd",
        "ftp://files.example/feed.xml",
        "javascript:alert(1)",
        "data:text/xml,<rss/>",
        "",
        "http://",
        "gopher://old.example/",
    ],
)
def test_only_http_and_https_urls_are_fetched(url):
    with pytest.raises(FetchError, match="only http and https URLs are allowed"):
        fetch(url, allow_private=True)


@pytest.mark.parametrize(("value", "allowed"), [("1", True), ("true", True), ("0", False), ("", False)])
def test_private_feeds_are_allowed_only_by_the_environment_switch(monkeypatch, value, allowed):
    monkeypatch.setenv("COMPANION_ALLOW_PRIVATE_FEEDS", value)

    assert allow_private_from_env() is allowed


def test_private_feeds_are_refused_when_the_switch_is_unset(monkeypatch):
    monkeypatch.delenv("COMPANION_ALLOW_PRIVATE_FEEDS", raising=False)

    assert allow_private_from_env() is False
