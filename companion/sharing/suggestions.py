"""The review queue: suggested shares the feed poller found, and what the user does with them.

`sent` logs an `article` interaction; `dismissed` teaches the matcher; `snoozed` hides the
suggestion for `suggestion_snooze_days`. A capped contact's suggestions wait until the cap lifts.
"""

import datetime as dt

from companion.contacts.interactions import log_interaction
from companion.contacts.records import Presenter
from companion.errors import NotFound, ValidationError
from companion.sharing import recommend
from companion.store import preferences
from companion.store.storage import Store

STATUSES = ("pending", "sent", "dismissed", "snoozed")
ARTICLE_FIELDS = ("id", "url", "title", "summary", "site_name", "published", "feed_id", "feed_title")


def _article(store: Store, article_id: str) -> dict:
    stored = store.articles.get(article_id) or {}
    return {k: stored.get(k) for k in ARTICLE_FIELDS}


def list_suggestions(store: Store, status: str = "pending", on: dt.date | None = None) -> list[dict]:
    """Suggestions in a status, best first. "pending" includes snoozed ones whose time is up (so
    "snoozed" lists only snoozes still running) and leaves out those of capped contacts until
    their cap lifts."""
    if status not in (*STATUSES, "all"):
        raise ValidationError([f"`status` must be one of {', '.join(STATUSES)} or all, got {status!r:.40}"])
    on = on or dt.date.today()
    today = on.isoformat()

    def wanted(s):
        if status == "all":
            return True
        if s["status"] == "snoozed":
            over = (s.get("snoozed_until") or "") <= today  # a snooze that is over is pending again
            return over if status == "pending" else status == "snoozed" and not over
        return s["status"] == status

    found = store.suggestions.find(wanted)
    presenter = Presenter(store, on)
    out = []
    for suggestion in found:
        contact = store.contacts.get(suggestion["contact_id"])
        if contact is None:
            continue
        shown = presenter.present(contact)
        if status == "pending" and shown["followup"]["status"] == "capped":
            continue
        out.append({**suggestion, "article": _article(store, suggestion["article_id"]), "contact": shown})
    return sorted(out, key=lambda s: (-s.get("score", 0), s["created_at"]))


def count_by_status(store: Store, on: dt.date | None = None) -> dict[str, int]:
    """How many suggestions `list_suggestions` lists in each status, without presenting them all: the
    counts of the review queue's tabs (thousands sent or dismissed stay cheap to count)."""
    on = on or dt.date.today()
    today = on.isoformat()
    known = set(store.contacts.scan(lambda c: c["id"]))
    counts = dict.fromkeys(STATUSES, 0)
    waiting: list[str] = []
    for status, until, contact_id in store.suggestions.scan(
        lambda s: (s["status"], s.get("snoozed_until") or "", s["contact_id"])
    ):
        if contact_id not in known or status not in counts:
            continue
        if status == "snoozed" and until <= today:
            status = "pending"
        if status == "pending":
            waiting.append(contact_id)
        else:
            counts[status] += 1
    presenter = Presenter(store, on, only=set(waiting))
    capped = {cid for cid in set(waiting) if presenter.present_id(cid)["followup"]["status"] == "capped"}
    counts["pending"] = sum(1 for cid in waiting if cid not in capped)
    return counts


def set_status(store: Store, suggestion_id: str, status: str, *, channel: str = "email") -> dict:
    """Mark a suggestion sent, dismissed, snoozed or pending again; returns it."""
    if status not in STATUSES:
        raise ValidationError([f"`status` must be one of {', '.join(STATUSES)}, got {status!r:.40}"])
    with store.lock:
        suggestion = store.suggestions.get(suggestion_id)
        if suggestion is None:
            raise NotFound(f"No suggestion with id {suggestion_id!r}.")
        changes = {"status": status, "snoozed_until": None}
        article = _article(store, suggestion["article_id"])
        if status == "snoozed":
            days = preferences.current_settings(store)["suggestion_snooze_days"]
            changes["snoozed_until"] = (dt.date.today() + dt.timedelta(days=days)).isoformat()
        if status == "sent" and suggestion["status"] != "sent":
            item = log_interaction(
                store,
                suggestion["contact_id"],
                {
                    "kind": "article",
                    "channel": channel,
                    "date": dt.date.today().isoformat(),
                    "url": article.get("url") or "",
                    "note": (article.get("title") or "")[:300],
                },
            )
            changes["interaction_id"] = item["id"]
        if status == "dismissed" and suggestion["status"] != "dismissed":
            recommend.dismiss(
                store,
                suggestion["contact_id"],
                article.get("url") or "",
                article.get("title") or "",
                topics=suggestion.get("topics", []),
            )
        if suggestion["status"] == "dismissed" and status != "dismissed":
            recommend.undo_dismissal(store, suggestion["contact_id"], article.get("url") or "")
        updated = store.suggestions.update(suggestion_id, changes)
    return {**updated, "article": article}
