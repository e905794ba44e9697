"""Today: thank-yous due (overdue first), follow-ups due with the suggested kind, pending shares."""

from flask import render_template

from .. import duelist
from .. import suggestions as suggestion_service
from .blueprint import bp
from .common import store, today
from .drafts import compose_draft, default_channel

SUGGESTIONS_SHOWN = 5


def _article_for(contact_id: str, suggestions: list[dict]) -> dict | None:
    """The best pending article for the contact (suggestions come best first)."""
    for suggestion in suggestions:
        if (suggestion.get("contact") or {}).get("id") == contact_id:
            return suggestion.get("article")
    return None


def _with_draft(item: dict, suggestions) -> dict:
    contact = item["contact"]
    kind = item["suggested_kind"] or "update"
    article = _article_for(contact["id"], suggestions) if kind == "article" else None
    if kind == "article" and article is None:
        kind = "update"
    channel = default_channel(contact, kind)
    return {**item, "kind": kind, "channel": channel, "article": article,
            "draft": compose_draft(contact, kind, channel, article)}


@bp.get("", endpoint="today")
def today_page():
    """The to-do list for today."""
    lists = duelist.due(store(), today())
    suggestions = suggestion_service.list_suggestions(store(), status="pending")
    return render_template(
        "today.html",
        thank_yous=[_with_draft(i, suggestions) for i in lists["thank_you_due"]],
        follow_ups=[_with_draft(i, suggestions) for i in lists["follow_up_due"]],
        capped=lists["capped"],
        suggestions=suggestions[:SUGGESTIONS_SHOWN], suggestion_count=len(suggestions),
        contact_count=store().contacts.count(),
        feed_count=store().feeds.count(),
    )
