"""The review queue: articles the feed poller matched to contacts, with reasons; send, dismiss, snooze.

One tab per status (`?status=`: to review, snoozed, sent, dismissed; "to review" by default), each
with its count, and one block per article listing the contacts it was suggested for, each with the
actions that fit the tab. After an action the page comes back to the tab it was sent from.
"""

from flask import render_template, request, url_for

from companion.errors import ApiError
from companion.sharing import suggestions as suggestion_service
from companion.web.dashboard.blueprint import bp
from companion.web.dashboard.common import done, store, today
from companion.web.dashboard.drafts import compose_draft

TABS = {"pending": "To review", "snoozed": "Snoozed", "sent": "Sent", "dismissed": "Dismissed"}
DEFAULT_TAB = "pending"
ACTIONS = {"sent": "Marked as sent and logged on their timeline.", "dismissed": "Dismissed.",
           "snoozed": "Snoozed; it will come back later.", "pending": "Back in the list to review."}
# What each tab offers for a contact's suggestion (the status each button sets).
TAB_ACTIONS = {"pending": ("sent", "snoozed", "dismissed"), "snoozed": ("sent", "pending", "dismissed"),
               "sent": (), "dismissed": ("pending",)}


def tab_from(raw: str | None) -> str:
    """The tab asked for; anything unknown is the default."""
    return raw if raw in TABS else DEFAULT_TAB


def suggestions_in(status: str) -> list[dict]:
    """The suggestions a tab lists, best first (a snooze that is over is to review again)."""
    return suggestion_service.list_suggestions(store(), status=status, on=today())


def by_article(items: list[dict]) -> list[dict]:
    """One group per article, in the order of each article's best suggestion: {article, items}."""
    groups: dict[str, dict] = {}
    for item in items:
        key = item.get("article_id") or (item.get("article") or {}).get("url") or item["id"]
        groups.setdefault(key, {"article": item.get("article") or {}, "items": []})["items"].append(item)
    return list(groups.values())


def _recent_first(items: list[dict]) -> list[dict]:
    return sorted(items, key=lambda s: s.get("updated_at") or s.get("created_at") or "", reverse=True)


@bp.get("suggestions", endpoint="suggestions")
def suggestions_page():
    tab = tab_from(request.args.get("status"))
    found = suggestions_in(tab)
    items = found if tab in ("pending", "snoozed") else _recent_first(found)
    if tab in ("pending", "snoozed"):  # a draft to copy only where there is still something to send
        items = [{**s, "draft": compose_draft(s["contact"], "article", "email", s.get("article"))}
                 for s in items]
    return render_template(
        "suggestions.html", tab=tab, tabs=TABS,
        counts=suggestion_service.count_by_status(store(), on=today()),
        groups=by_article(items), actions=TAB_ACTIONS[tab], feed_count=store().feeds.count(),
        tab_url=url_for("dashboard.suggestions", **({} if tab == DEFAULT_TAB else {"status": tab})))


@bp.post("suggestions/<suggestion_id>", endpoint="review_suggestion")
def review_suggestion(suggestion_id):
    """Send, dismiss, snooze or bring back one suggested share; then back to the tab it came from."""
    status = request.form.get("status", "")
    if status not in ACTIONS:
        return done("Choose send, dismiss or snooze.", "dashboard.suggestions", kind="error")
    try:
        suggestion_service.set_status(store(), suggestion_id, status)
    except ApiError as exc:
        return done(exc.message, "dashboard.suggestions", kind="error")
    return done(ACTIONS[status], "dashboard.suggestions")
