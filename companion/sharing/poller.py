"""Polling feeds: a function first (`poll_all`, which tests and the API call), a background thread
second (`start_background_poller`, started only by `companion serve`).

Each feed is fetched (bounded, guarded, conditional GET) and its bytes parsed by feedparser; new
articles are stored de-duplicated by canonical URL, matched to contacts on their summaries, the
pages of those that fit someone read in full and matched again (full_text.py), and each contact
keeps only its best few pending suggestions. A big poll (a first one of many feeds) parses and matches in
worker processes while it is still fetching (match_pool.py). One broken feed is recorded (last
error, error count) and never stops the others; a 304 or a broken feed never deletes stored items.
"""

import concurrent.futures
import datetime as dt
import itertools
import logging
import threading

from companion.contacts.records import Presenter
from companion.errors import Conflict
from companion.feeds.fetch import FetchResult, fetch
from companion.feeds.guard import FetchError
from companion.feeds.parse import ParsedFeed
from companion.sharing import full_text, match_pool, recommend
from companion.store import preferences
from companion.store.files import new_id, now_iso
from companion.store.storage import Store

log = logging.getLogger(__name__)
FETCH_WORKERS = 4
FETCH_AHEAD = 2 * FETCH_WORKERS  # feeds being fetched or waiting to be parsed, at most
SUGGESTIONS_PER_ARTICLE = 3
# Capped contacts keep their suggestions waiting, so the matcher's best few are what is kept: one more
# covers a contact deleted while the poll ran. Each candidate costs its reasons and topics.
CANDIDATES = SUGGESTIONS_PER_ARTICLE + 1
SUMMARY_CHARS = 800  # enough to match and to show; 20,000 stored articles stay small in memory
_poll_lock = threading.Lock()


class PollInProgress(Conflict):
    """Another poll is running; this one would only repeat it."""


def poll_all(store: Store, *, allow_private: bool = False, progress=None) -> dict:
    """Poll every feed once: {feeds, new_articles, new_suggestions, errors: [{feed_id, url, error}]}."""
    if not _poll_lock.acquire(blocking=False):
        raise PollInProgress("A poll is already running; its results will appear when it ends.")
    try:
        return _poll(store, allow_private, progress)
    finally:
        _poll_lock.release()


def _poll(store: Store, allow_private: bool, progress) -> dict:
    feeds = store.feeds.all()
    outcomes, fresh = [], []
    articles_rev = store.articles.revision
    known = _stored_urls(store)
    suggester = _Suggester(store)
    with suggester.matcher() as matcher:
        for outcome in _fetched_and_parsed(feeds, allow_private, matcher):
            articles = _new_articles(outcome, known)
            outcomes.append(_without_items(outcome))  # the new ones are in `fresh`
            fresh += articles
            # Matched while the other feeds are fetched and parsed; as many new articles are likely
            # to come from each feed still to read, so a big first poll starts its workers at once.
            matcher.add(articles, expected=len(fresh) * len(feeds) // len(outcomes))
            suggester.consider(matcher.finished())  # what the workers have matched so far
            if progress:
                progress(len(outcomes), len(feeds))
        matcher.all_added()  # the workers match what is left while the articles are stored
        # One durable write per kind of data, however many feeds: a poll of 200 feeds must not
        # rewrite the articles file 200 times.
        store.feeds.update_many({o["feed"]["id"]: _feed_changes(o) for o in outcomes})
        new_articles = _store_articles(store, fresh, articles_rev)
        suggester.consider(matcher.results())
    _read_in_full(store, suggester, new_articles, allow_private)
    new_suggestions = suggester.keep_best({a["id"] for a in new_articles})
    prune(store)
    errors = [
        {"feed_id": o["feed"]["id"], "url": o["feed"]["url"], "error": o["error"]}
        for o in outcomes
        if o["error"]
    ]
    return {
        "feeds": len(feeds),
        "new_articles": len(new_articles),
        "new_suggestions": new_suggestions,
        "errors": errors,
    }


def _read_in_full(store: Store, suggester: "_Suggester", articles: list[dict], allow_private: bool) -> None:
    """The pages of the new articles are read, kept on the articles, and matched again on their
    text: at most the `pages_read_per_poll` setting's, within full_text's time, first those that fit
    someone on their summary (the best first), then the others (a teaser can say nothing)."""
    best = suggester.best_scores()
    pages = preferences.current_settings(store)["pages_read_per_poll"]
    chosen = sorted(articles, key=lambda a: -best.get(a["id"], -1.0))[:pages]
    if not chosen:
        return
    changes = full_text.read_pages(chosen, allow_private=allow_private)
    if changes:
        store.articles.update_many(changes)
    read = [{**a, **changes[a["id"]]} for a in chosen if a["id"] in changes]
    suggester.rematch([a for a in read if a["text_source"] == "page"])


def _fetched_and_parsed(feeds: list[dict], allow_private: bool, matcher: match_pool.BatchMatcher):
    """Each feed's outcome as soon as it is fetched and parsed: {feed, items|None, error, etag,
    last_modified, title, site_url}. Threads only wait on the network; parsing is done in this
    thread (threads parsing side by side only take turns), or by the matcher's worker processes
    once a big poll has started them. At most FETCH_AHEAD feeds are being fetched or parsed at a
    time, so fetched bodies never pile up."""
    waiting = iter(feeds)
    parsing: dict[concurrent.futures.Future, tuple[dict, FetchResult]] = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=FETCH_WORKERS) as pool:
        busy = {
            pool.submit(_fetch_one, feed, allow_private) for feed in itertools.islice(waiting, FETCH_AHEAD)
        }
        while busy:
            done, busy = concurrent.futures.wait(busy, return_when=concurrent.futures.FIRST_COMPLETED)
            for future in done:
                if future in parsing:  # parsed by a worker (or, if it failed, here)
                    out, result = parsing.pop(future)
                    parsed = matcher.parsed(future)
                    outcome = _with_items(out, match_pool.read_feed(result) if parsed is None else parsed)
                else:
                    out, result = future.result()
                    in_worker = matcher.parse(result) if result is not None else None
                    if in_worker is not None:
                        parsing[in_worker] = out, result
                        busy.add(in_worker)
                        continue
                    outcome = _with_items(out, match_pool.read_feed(result) if result is not None else None)
                busy |= {
                    pool.submit(_fetch_one, feed, allow_private) for feed in itertools.islice(waiting, 1)
                }
                yield outcome


def _fetch_one(feed: dict, allow_private: bool) -> tuple[dict, FetchResult | None]:
    """Fetch one feed; never raises. ({feed, items: None, error, etag, last_modified}, the response
    to parse or None: an error or not modified)."""
    out = {"feed": feed, "items": None, "error": None}
    try:
        result = fetch(
            feed["url"],
            etag=feed.get("etag"),
            last_modified=feed.get("last_modified"),
            allow_private=allow_private,
        )
    except FetchError as exc:
        out["error"] = str(exc)
        return out, None
    except Exception as exc:  # noqa: BLE001 - one broken feed must never stop the others
        out["error"] = f"could not read the feed ({type(exc).__name__})"
        return out, None
    out.update(etag=result.etag, last_modified=result.last_modified)
    return out, None if result.not_modified else result


def _with_items(out: dict, parsed: ParsedFeed | str | None) -> dict:
    """The fetch's outcome with the feed's items, title and site, or the reason they could not be
    read (None: nothing was parsed, the fetch failed or the feed had not changed)."""
    if isinstance(parsed, str):
        out["error"] = parsed
    elif parsed is not None:
        out.update(items=parsed.items, title=parsed.title, site_url=parsed.link)
    return out


def _stored_urls(store: Store) -> set[str]:
    return set(store.articles.scan(lambda a: a["url"]))


def _new_articles(outcome: dict, known: set[str]) -> list[dict]:
    """Article records (with their ids) for a feed's items not seen before; `known` learns their URLs.
    parse_feed gives canonical URLs already, which is what articles are de-duplicated by."""
    feed = outcome["feed"]
    fresh = []
    for item in outcome["items"] or ():
        url = item["url"]
        if url in known:
            continue
        known.add(url)
        fresh.append(
            {
                "id": new_id(),
                "url": url,
                "title": item.get("title", ""),
                "summary": item.get("summary", "")[:SUMMARY_CHARS],
                "published": item.get("published"),
                "feed_id": feed["id"],
                "feed_title": outcome.get("title") or feed.get("title") or "",
                "categories": item.get("categories", []),
            }
        )
    return fresh


def _store_articles(store: Store, fresh: list[dict], revision: int) -> list[dict]:
    """Store the new articles; any that something else stored while the poll ran are left out."""
    with store.lock:
        if store.articles.revision != revision:
            stored = _stored_urls(store)
            fresh = [a for a in fresh if a["url"] not in stored]
        return store.articles.insert_many(fresh)


def _without_items(outcome: dict) -> dict:
    """The outcome with how many items the feed had instead of the items (held until the poll ends)."""
    items = outcome.pop("items")
    return {**outcome, "item_count": None if items is None else len(items)}


def _feed_changes(outcome: dict) -> dict:
    """What a poll learnt about one feed: when, its error or its validators and title."""
    feed = outcome["feed"]
    changes = {"last_polled": now_iso()}
    if outcome["error"]:
        changes.update(last_error=outcome["error"], error_count=int(feed.get("error_count") or 0) + 1)
    else:
        changes.update(
            last_error=None,
            error_count=0,
            etag=outcome.get("etag"),
            last_modified=outcome.get("last_modified"),
        )
        if outcome.get("title") and not feed.get("title"):
            changes["title"] = outcome["title"][:300]
        if outcome.get("site_url"):
            changes["site_url"] = outcome["site_url"]
        if outcome.get("item_count") is not None:
            changes["item_count"] = outcome["item_count"]
    return changes


def suggest(store: Store, articles: list[dict]) -> int:
    """Match stored articles to contacts and keep each contact's best few pending suggestions."""
    suggester = _Suggester(store)
    with suggester.matcher() as matcher:
        matcher.add(articles)
        suggester.consider(matcher.results())
    return suggester.keep_best({a["id"] for a in articles})


class _Suggester:
    """What a batch of articles needs to become suggestions: the matching state, taken once when the
    first new article arrives, each article's best contacts, and each contact's cap on pending ones."""

    def __init__(self, store: Store):
        self.store = store
        self.presenter = None
        self.state = None
        self.candidates: dict[str, list[dict]] = {}  # contact id -> suggestions, in article order

    def _state(self):
        if self.state is None:
            self.presenter = Presenter(self.store)
            index, history = recommend.matching_state(self.store)
            self.state = index, history, self.presenter.due_ids()
        return self.state

    def matcher(self) -> match_pool.BatchMatcher:
        return match_pool.BatchMatcher(self._state, limit=CANDIDATES)

    def best_scores(self) -> dict[str, float]:
        """Each article that fits someone so far, with its best candidate's score."""
        best: dict[str, float] = {}
        for suggestions in self.candidates.values():
            for s in suggestions:
                best[s["article_id"]] = max(best.get(s["article_id"], 0.0), s["score"])
        return best

    def rematch(self, articles: list[dict]) -> None:
        """Match these articles again (now read in full), in place of what their summaries gave."""
        if not articles:
            return
        again = {a["id"] for a in articles}
        for contact_id, suggestions in list(self.candidates.items()):
            self.candidates[contact_id] = [s for s in suggestions if s["article_id"] not in again]
        index, history, due_ids = self._state()
        found = match_pool.match_articles(articles, index, history, due_ids, CANDIDATES)
        self.consider(list(zip(articles, found, strict=True)))

    def consider(self, matches: list[tuple[dict, list[dict]]]) -> None:
        """Take each article's best contacts from (article, the matcher's candidates) pairs."""
        for article, found in matches:
            shown = recommend.present_matches(
                found, self.presenter, limit=SUGGESTIONS_PER_ARTICLE, include_capped=True
            )
            for match in shown:
                self.candidates.setdefault(match["contact"]["id"], []).append(
                    {
                        "article_id": article["id"],
                        "contact_id": match["contact"]["id"],
                        "score": match["score"],
                        "reasons": match["reasons"],
                        "topics": match.get("topics", []),
                        "status": "pending",
                        "snoozed_until": None,
                        "matched_on": "page" if article.get("text_source") == "page" else "summary",
                    }
                )

    def keep_best(self, stored_ids: set[str]) -> int:
        """Store the suggestions, for articles in `stored_ids`, that beat each contact's pending ones."""
        candidates = {}
        for contact_id, fresh in self.candidates.items():
            fresh = [s for s in fresh if s["article_id"] in stored_ids]
            if fresh:
                candidates[contact_id] = fresh
        if not candidates:
            return 0
        store = self.store
        limit = preferences.current_settings(store)["max_pending_suggestions_per_contact"]
        with store.lock:
            pending = store.suggestions.find(lambda s: s["status"] == "pending")
            by_contact: dict[str, list[dict]] = {}
            for s in pending:
                by_contact.setdefault(s["contact_id"], []).append(s)
            keep_new, drop_old = [], []
            for contact_id, fresh in candidates.items():
                pool = sorted(by_contact.get(contact_id, []) + fresh, key=lambda s: -s["score"])
                kept = pool[:limit]
                keep_new += [s for s in kept if "id" not in s]
                drop_old += [s["id"] for s in pool[limit:] if "id" in s]
            store.suggestions.insert_many(keep_new)
            if drop_old:
                store.suggestions.update_many({i: {"status": "superseded"} for i in drop_old})
        return len(keep_new)


def prune(store: Store, on: dt.date | None = None) -> int:
    """Delete articles older than the retention with no pending suggestion; returns how many."""
    days = preferences.current_settings(store)["article_retention_days"]
    cutoff = ((on or dt.date.today()) - dt.timedelta(days=days)).isoformat()
    with store.lock:
        waiting = store.suggestions.find(lambda s: s["status"] in ("pending", "snoozed"))
        live = {s["article_id"] for s in waiting}
        old = store.articles.find(lambda a: a["created_at"][:10] < cutoff and a["id"] not in live)
        return store.articles.delete_many([a["id"] for a in old])


class BackgroundPoller:
    """Polls every `feed_poll_interval_minutes` in a daemon thread until stopped."""

    def __init__(self, store: Store, allow_private: bool, first_delay: float = 30.0):
        self.store = store
        self.allow_private = allow_private
        self.first_delay = first_delay
        self._stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="feed-poller", daemon=True)

    def _run(self):
        wait = self.first_delay
        while not self._stop.wait(wait):
            if self.store.feeds.count():
                try:
                    summary = poll_all(self.store, allow_private=self.allow_private)
                    log.info(
                        "polled %s feeds: %s new articles, %s new suggestions, %s errors",
                        summary["feeds"],
                        summary["new_articles"],
                        summary["new_suggestions"],
                        len(summary["errors"]),
                    )
                except PollInProgress:
                    pass
                except Exception as exc:  # noqa: BLE001 - the poller must outlive any one bad poll
                    log.error("feed poll failed: %s", type(exc).__name__)
            wait = preferences.current_settings(self.store)["feed_poll_interval_minutes"] * 60

    def start(self):
        self.thread.start()
        return self

    def stop(self):
        self._stop.set()


def start_background_poller(app) -> BackgroundPoller:
    """Start polling beside the server (called by `companion serve`, never by create_app)."""
    store = app.extensions["companion.store"]
    return BackgroundPoller(store, app.config["ALLOW_PRIVATE_FEEDS"]).start()
