"""Drafts for one stored contact: gathers the contact, their history, the user's profile and,
for an article share, the article, then asks the pure `drafts` module for the words."""

import datetime as dt

from companion.contacts.records import get_contact, present_one
from companion.errors import ValidationError
from companion.followups import drafts
from companion.store import preferences
from companion.store.storage import Store

DEFAULT_CHANNEL = {"thank_you": "email", "update": "email", "article": "email", "linkedin": "linkedin"}


def best_waiting_article(store: Store, contact_id: str) -> dict | None:
    """The article of the contact's best pending suggestion."""
    pending = store.suggestions.find(lambda s: s["contact_id"] == contact_id and s.get("status") == "pending")
    if not pending:
        return None
    best = max(pending, key=lambda s: s.get("score", 0))
    article = store.articles.get(best["article_id"]) or {}
    # The matcher's reasons speak about the contact; the draft words its own reason to them.
    return {**article, "description": article.get("summary", "")} if article else None


def compose(
    store: Store,
    contact_id: str,
    kind: str,
    channel: str | None = None,
    *,
    article: dict | None = None,
    on: dt.date | None = None,
) -> dict:
    """{subject, body, mailto, ...} for the contact; ValidationError for a kind or channel it cannot do."""
    if kind not in drafts.KINDS:
        raise ValidationError([f"`kind` must be one of {', '.join(drafts.KINDS)}, got {kind!r:.40}"])
    channel = channel or DEFAULT_CHANNEL[kind]
    if channel not in drafts.CHANNELS:
        raise ValidationError([f"`channel` must be one of {', '.join(drafts.CHANNELS)}, got {channel!r:.40}"])
    contact = present_one(store, get_contact(store, contact_id), on)
    if kind == "article" and not article:
        article = best_waiting_article(store, contact_id)
        if article is None:
            raise ValidationError(
                ["No article is waiting for this contact: pass `url` and `title`, or draft an update instead"]
            )
    history = store.interactions.find(lambda i: i["contact_id"] == contact_id)
    try:
        return drafts.draft(
            kind,
            channel,
            contact,
            preferences.get_profile(store),
            interactions=history,
            article=article,
            on=on or dt.date.today(),
        )
    except ValueError as exc:
        raise ValidationError([str(exc)]) from None
