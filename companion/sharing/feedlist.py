"""The user's feeds: add, remove, OPML in and out, and "poll now" (the polling is in poller.py)."""

from urllib.parse import urlsplit

from companion.errors import NotFound, ValidationError
from companion.feeds.guard import ALLOW_PRIVATE_ENV, address_refusal_reason
from companion.feeds.opml import OpmlError, build_opml, parse_opml
from companion.feeds.urls import canonical_url, is_http_url
from companion.sharing import poller
from companion.store.storage import Store

MAX_FEEDS = 500
PUBLIC_FIELDS = (
    "id",
    "url",
    "title",
    "site_url",
    "last_polled",
    "last_error",
    "error_count",
    "item_count",
    "created_at",
)


def public(feed: dict) -> dict:
    return {k: feed.get(k) for k in PUBLIC_FIELDS}


def list_feeds(store: Store) -> list[dict]:
    return sorted((public(f) for f in store.feeds.all()), key=lambda f: (f["title"] or f["url"]).casefold())


def private_address_refusal(url: str, allow_private: bool = False) -> str | None:
    """Why a feed URL whose host is written as a loopback, private or link-local address (or as
    localhost) is refused when it is added, with how to allow it; None for other hosts. Names that
    resolve to such addresses are checked when the feed is fetched."""
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost" or host.endswith(".localhost"):
        reason = None if allow_private else "a loopback address"
    else:
        reason = address_refusal_reason(host, allow_private=allow_private)
        if reason == "not an IP address":
            return None
    if reason is None:
        return None
    if reason == "a cloud metadata address":
        return f"`url` points to a cloud metadata address ({host}): it is never fetched, no feed lives there."
    return (
        f"`url` points to {reason} ({host}): feeds on loopback, private or link-local addresses are "
        f"refused so that a feed cannot reach into your own network. To allow feeds on your own "
        f"network, start the companion with {ALLOW_PRIVATE_ENV}=1."
    )


def add_feed(store: Store, url, title: str = "", *, allow_private: bool = False) -> dict:
    """Add a feed by its http(s) URL; a URL already added gives the existing feed back. A URL on a
    loopback, private or link-local address is refused unless `allow_private`."""
    if not isinstance(url, str) or not is_http_url(url.strip()):
        raise ValidationError([f"`url` must be an http:// or https:// feed address, got {str(url)[:60]!r}"])
    url = canonical_url(url.strip())
    refusal = private_address_refusal(url, allow_private)
    if refusal:
        raise ValidationError([refusal])
    with store.lock:
        existing = store.feeds.find(lambda f: f["url"] == url)
        if existing:
            return public(existing[0])
        if store.feeds.count() >= MAX_FEEDS:
            raise ValidationError([f"At most {MAX_FEEDS} feeds; remove some first"])
        feed = store.feeds.insert(
            {
                "url": url,
                "title": str(title or "")[:300],
                "site_url": "",
                "etag": None,
                "last_modified": None,
                "last_polled": None,
                "last_error": None,
                "error_count": 0,
                "item_count": 0,
            }
        )
    return public(feed)


def remove_feed(store: Store, feed_id: str) -> dict:
    with store.lock:
        feed = store.feeds.get(feed_id)
        if feed is None:
            raise NotFound(f"No feed with id {feed_id!r}.")
        store.feeds.delete(feed_id)
    return public(feed)


def import_opml(store: Store, data: bytes, *, allow_private: bool = False) -> dict:
    """Add every feed an OPML file lists; {added, already, rejected}."""
    try:
        entries = parse_opml(data)
    except OpmlError as exc:
        raise ValidationError([f"Not an OPML file: {exc}"]) from None
    before = {f["url"] for f in store.feeds.all()}
    added, rejected = [], []
    for entry in entries:
        try:
            feed = add_feed(store, entry.get("url"), entry.get("title", ""), allow_private=allow_private)
        except ValidationError as exc:
            rejected.append({"url": entry.get("url"), "reason": exc.errors[0]})
            continue
        if feed["url"] not in before:
            added.append(feed)
    return {"added": added, "already": len(entries) - len(added) - len(rejected), "rejected": rejected}


def export_opml(store: Store) -> str:
    return build_opml([{"url": f["url"], "title": f["title"] or f["url"]} for f in list_feeds(store)])


def poll_now(app, progress=None) -> dict:
    """Poll every feed now, for the API and the dashboard (PollInProgress if one is running)."""
    return poller.poll_all(
        app.extensions["companion.store"], allow_private=app.config["ALLOW_PRIVATE_FEEDS"], progress=progress
    )
