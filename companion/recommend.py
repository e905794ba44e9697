"""Which contacts an article fits, for the API and the feed poller: the pure matcher fed with
stored contacts, their follow-up status, what was shared with them and what they dismissed.

The contact index is built once per process and caught up with the contacts that changed since
(`Collection.changed_since`), never rebuilt for every article.
"""

import datetime as dt
import threading

from . import drafts, matching, preferences
from .contacts import Presenter, with_industry
from .feeds.urls import canonical_url
from .storage import Store

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
    urls = {a["id"]: a["url"] for a in store.articles.find(lambda a: True)}
    for suggestion in store.suggestions.find(lambda s: True):
        if suggestion["article_id"] in urls:
            entry(suggestion["contact_id"])["shared_urls"].add(urls[suggestion["article_id"]])
    for dismissal in store.dismissals.find(lambda d: True):
        e = entry(dismissal["contact_id"])
        e["shared_urls"].add(dismissal["url"])
        e.update(matching.record_dismissal(e, dismissal.get("topics", [])))
    return history


_CACHES: dict[int, _IndexCache] = {}


def _cache(store: Store) -> _IndexCache:
    return _CACHES.setdefault(id(store), _IndexCache())


def analyse(article: dict) -> dict:
    """The article's industries, topics and organisations (pure matcher)."""
    return matching.analyse_article({**article, "url": canonical_url(article.get("url", ""))})


def rank_contacts(store: Store, analysis: dict, *, limit: int = 5, on: dt.date | None = None,
                  presenter: Presenter | None = None) -> list[dict]:
    """[{contact (as the API returns it), score, reasons, topics}] best first; capped contacts left out,
    due ones ranked up, contacts it was already shared with or dismissed for left out."""
    cache = _cache(store)
    index = cache.contact_index(store)
    history = cache.sharing_history(store)
    found = matching.rank(analysis, index, limit=limit * CANDIDATE_FACTOR, history=history)
    if not found:
        return []
    presenter = presenter or Presenter(store, on)
    out = []
    for match in found:
        contact = presenter.present_id(match["contact_id"])
        if contact is None:
            continue
        status = contact["followup"]["status"]
        if status == "capped":
            continue
        boost = 0.06 if status in ("due", "thank_you_due") else 0.0
        out.append({**match, "contact": contact, "score": round(min(1.0, match["score"] + boost), 3)})
    out.sort(key=lambda m: (-m["score"], m["contact"]["name"]))
    return out[:limit]


def suggestions_for_article(store: Store, article: dict, *, limit: int = 5) -> dict:
    """The answer of POST /api/articles/match: the article's profile and who it fits, with drafts."""
    analysis = analyse(article)
    profile = preferences.get_profile(store)
    today = dt.date.today()
    suggestions = []
    for match in rank_contacts(store, analysis, limit=limit, on=today):
        contact = match["contact"]
        reason = match["reasons"][0] if match["reasons"] else ""
        share = {"url": article["url"], "title": article.get("title", ""), "reason": reason}
        draft = drafts.draft("article", "email", contact, profile, article=share, on=today)
        suggestions.append({"contact": contact, "score": match["score"], "reasons": match["reasons"],
                            "topics": match.get("topics", []), "followup": contact["followup"],
                            "draft": {k: draft[k] for k in ("subject", "body", "mailto")}})
    return {"article": {"url": article["url"], "title": article.get("title", ""),
                        "industries": analysis.get("industries", [])[:5],
                        "topics": analysis.get("topics", [])[:8],
                        "organisations": analysis.get("organisations", [])[:8],
                        "private_life": bool(analysis.get("private_life"))},
            "suggestions": suggestions}


def dismiss(store: Store, contact_id: str, url: str, title: str = "") -> dict:
    """Remember that the user found this article not relevant for the contact (teaches the matcher)."""
    analysis = analyse({"url": url, "title": title})
    topics = [t for t in analysis.get("topics", [])]
    return store.dismissals.insert({"contact_id": contact_id, "url": canonical_url(url), "title": title,
                                    "topics": topics, "date": dt.date.today().isoformat()})
