"""The review queue: articles the feed poller matched to contacts, with reasons; send, dismiss, snooze."""

from flask import render_template, request

from companion.errors import ApiError
from companion.sharing import suggestions as suggestion_service
from companion.web.dashboard.blueprint import bp
from companion.web.dashboard.common import done, store
from companion.web.dashboard.drafts import compose_draft

ACTIONS = {"sent": "Marked as sent and logged on their timeline.", "dismissed": "Dismissed.",
           "snoozed": "Snoozed; it will come back later."}


@bp.get("suggestions", endpoint="suggestions")
def suggestions_page():
    items = [{**s, "draft": compose_draft(s["contact"], "article", "email", s.get("article"))}
             for s in suggestion_service.list_suggestions(store(), status="pending")]
    return render_template("suggestions.html", suggestions=items, feed_count=store().feeds.count())


@bp.post("suggestions/<suggestion_id>", endpoint="review_suggestion")
def review_suggestion(suggestion_id):
    """Send, dismiss or snooze one suggested share."""
    status = request.form.get("status", "")
    if status not in ACTIONS:
        return done("Choose send, dismiss or snooze.", "dashboard.suggestions", kind="error")
    try:
        suggestion_service.set_status(store(), suggestion_id, status)
    except ApiError as exc:
        return done(exc.message, "dashboard.suggestions", kind="error")
    return done(ACTIONS[status], "dashboard.suggestions")
