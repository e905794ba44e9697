"""Which contacts an article fits, for the API and the feed poller: the pure matcher fed with
stored contacts, their follow-up status, what was shared with them and what they dismissed.

The contact index is built once per process and caught up with the contacts that changed since
(`Collection.changed_since`), never rebuilt for every article.
"""

import datetime as dt
import threading

from companion import matching
from companion.contacts.interactions import settle_suggestions
from companion.contacts.records import Presenter, with_industry
from companion.feeds.urls import canonical_url
from companion.followups import drafts, rules
from companion.sharing import match_pool
from companion.store import preferences
from companion.store.storage import Store

CANDIDATE_FACTOR = 3


class _IndexCache:
    """The matching index and the sharing history, kept in step with the store."""

    def __init__(self):
        self.lock = threading.Lock()
        self.index = None
        self.contacts_rev = -1
        self.history = None
        self.history_revs = None

    def contact_index(self, store: Store):
        with self.lock:
            changed = store.contacts.changed_since(self.contacts_rev) if self.index is not None else None
            if changed is None:
                self.index = matching.build_index([with_industry(c) for c in store.contacts.all()])
            else:
                for contact_id in changed:
                    contact = store.contacts.get(contact_id)
                    if contact is None:
                        self.index.remove(contact_id)
                    else:
                        self.index.update(with_industry(contact))
            self.contacts_rev = store.contacts.revision
            return self.index

    def sharing_history(self, store: Store) -> dict:
        revs = (store.interactions.revision, store.suggestions.revision, store.dismissals.revision)
        with self.lock:
            if self.history is None or revs != self.history_revs:
                self.history = _build_history(store)
                self.history_revs = revs
            return self.history


def _build_history(store: Store) -> dict:
    history: dict[str, dict] = {}

    def entry(contact_id):
        return history.setdefault(contact_id, {"shared_urls": set(), "dismissed_topics": {}})

    for item in store.interactions.find(lambda i: i.get("url")):
        entry(item["contact_id"])["shared_urls"].add(canonical_url(item["url"]))
    # Pending feed suggestions do not count: the user may still share that article from its page.
    for dismissal in store.dismissals.find(lambda d: True):
        e = entry(dismissal["contact_id"])
        e["shared_urls"].add(dismissal["url"])
        e.update(matching.record_dismissal(e, dismissal.get("topics", [])))
    return history


_CACHES: dict[int, _IndexCache] = {}


def _cache(store: Store) -> _IndexCache:
    return _CACHES.setdefault(id(store), _IndexCache())


def warm_up(store: Store) -> None:
    """Build the contact index ahead of the first match (the server does this in a thread at start)."""
    _cache(store).contact_index(store)


def matching_state(store: Store) -> tuple:
    """(contact index, sharing history) as they are now, for matching a batch of articles."""
    cache = _cache(store)
    return cache.contact_index(store), cache.sharing_history(store)


def analyse(article: dict) -> dict:
    """The article's industries, topics and organisations (pure matcher)."""
    return match_pool.analyse(article, canonical_url(article.get("url", "")))


def rank_contacts(
    store: Store,
    analysis: dict,
    *,
    limit: int = 5,
    on: dt.date | None = None,
    presenter: Presenter | None = None,
    include_capped: bool = False,
    due_ids: set | None = None,
) -> list[dict]:
    """[{contact (as the API returns it), score, reasons, topics}] best first; capped contacts left out
    (unless include_capped: the review queue keeps theirs waiting until the cap lifts), due ones
    ranked up, contacts it was already shared with or dismissed for left out. A batch (the feed
    poller) passes `due_ids`, worked out once for all contacts, and saves a second ranking."""
    cache = _cache(store)
    index = cache.contact_index(store)
    history = cache.sharing_history(store)
    found = matching.rank(
        analysis, index, limit=limit * CANDIDATE_FACTOR, history=history, boost_ids=due_ids or ()
    )
    if not found:
        return []
    presenter = presenter or Presenter(store, on)
    shown = {m["contact_id"]: presenter.present_id(m["contact_id"]) for m in found}
    due = {cid for cid, c in shown.items() if c and c["followup"]["status"] in rules.DUE_STATUSES}
    if due and due_ids is None:
        # The matcher lifts due contacts before it spreads suggestions across fields; a boost added
        # afterwards could not beat that spreading, and two equal contacts would be ordered by chance.
        found = matching.rank(analysis, index, limit=limit * CANDIDATE_FACTOR, history=history, boost_ids=due)
    return present_matches(found, presenter, limit=limit, include_capped=include_capped)


def present_matches(
    found: list[dict], presenter: Presenter, *, limit: int, include_capped: bool = False
) -> list[dict]:
    """The matcher's candidates with their contacts as the API shows them, in the matcher's order
    (best first; a contact whose employer the article names before a higher field-only fit):
    contacts gone since are left out, and capped ones unless `include_capped`."""
    shown = []
    for match in found:
        contact = presenter.present_id(match["contact_id"])
        if contact is None or (contact["followup"]["status"] == "capped" and not include_capped):
            continue
        shown.append((match, contact))
    return [{**match, "contact": contact} for match, contact in shown[:limit]]


def suggestions_for_article(store: Store, article: dict, *, limit: int = 5) -> dict:
    """The answer of POST /api/articles/match: the article's profile and who it fits, with drafts."""
    reading, matched_on = _reading(store, article)
    analysis = analyse(reading)
    profile = preferences.get_profile(store)
    today = dt.date.today()
    suggestions = []
    for match in rank_contacts(store, analysis, limit=limit, on=today):
        contact = match["contact"]
        # No matcher reason here: it speaks about the contact ("Samuel works in ..."); the draft
        # writes its own "because ..." clause to them from the article and the contact.
        share = {k: article.get(k, "") for k in ("url", "title", "description", "text")}
        draft = drafts.draft("article", "email", contact, profile, article=share, on=today)
        suggestions.append(
            {
                "contact": contact,
                "score": match["score"],
                "reasons": match["reasons"],
                "topics": match.get("topics", []),
                "followup": contact["followup"],
                "draft": {k: draft[k] for k in ("subject", "body", "mailto")},
            }
        )
    return {
        "article": {
            "url": article["url"],
            "title": article.get("title", ""),
            "industries": analysis.get("industries", [])[:5],
            "topics": analysis.get("topics", [])[:8],
            "organisations": analysis.get("organisations", [])[:8],
            "private_life": bool(analysis.get("private_life")),
            "matched_on": matched_on,
        },
        "suggestions": suggestions,
    }


def _reading(store: Store, article: dict) -> tuple[dict, str]:
    """The article as the matcher reads it, and on what: a feed item the poll read in full is read
    as the review queue read it (the same text, so the same fit in the popup and the queue);
    otherwise the text sent, "page" when there is some, "summary" when only a description."""
    try:
        key = canonical_url(article.get("url", ""))
    except ValueError:
        key = None
    read = store.articles.find(lambda a: key and a.get("url") == key and a.get("text_source") == "page")
    if read:
        fields = {k: read[0].get(k, "") for k in ("title", "summary", "text")}
        return {"url": article["url"], **fields}, "page"
    return article, "page" if article.get("text", "").strip() else "summary"


def dismiss(
    store: Store, contact_id: str, url: str, title: str = "", topics: list[str] | None = None
) -> dict:
    """Remember that the user found this article not relevant for the contact (teaches the matcher).
    `topics` are the suggestion's when it came from a feed; otherwise they are read from the title."""
    if topics is None:
        topics = list(analyse({"url": url, "title": title}).get("topics", []))
    record = {
        "contact_id": contact_id,
        "url": canonical_url(url) if url else "",
        "title": title,
        "topics": topics,
        "date": dt.date.today().isoformat(),
    }
    with store.lock:
        if url:
            settle_suggestions(store, contact_id, url, {"status": "dismissed"})
        return store.dismissals.insert(record)


def undo_dismissal(store: Store, contact_id: str, url: str) -> int:
    """Forget that this article was found not relevant for the contact (a dismissal taken back):
    the matcher no longer weighs its topics down for them. Returns how many were forgotten."""
    key = canonical_url(url) if url else ""
    with store.lock:
        found = store.dismissals.find(lambda d: d["contact_id"] == contact_id and d.get("url") == key)
        return store.dismissals.delete_many([d["id"] for d in found])
