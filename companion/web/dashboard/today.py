"""Today: thank-yous due (overdue first), follow-ups due with the suggested kind, pending shares."""

import datetime as dt
import functools

from flask import render_template

from companion.contacts import duelist
from companion.contacts import interactions as interaction_service
from companion.sharing import suggestions as suggestion_service
from companion.web.dashboard import undo
from companion.web.dashboard.blueprint import bp
from companion.web.dashboard.common import done, plural, store, today
from companion.web.dashboard.drafts import compose_draft, default_channel

SUGGESTIONS_SHOWN = 5
# Thank-yous for interviews this long ago are likely sent but never logged (an address book brought in
# from elsewhere); from this many on, Today offers to record them in one go.
STALE_AFTER_DAYS, STALE_OFFER_FROM = 14, 2
PAST_THANKS_NOTE = "Recorded later: thanked before it was logged here."


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
    stale = _stale(lists["thank_you_due"], today())
    return render_template(
        "today.html",
        stale_count=len(stale) if len(stale) >= STALE_OFFER_FROM else 0,
        thank_yous=[_with_draft(i, suggestions) for i in lists["thank_you_due"]],
        follow_ups=[_with_draft(i, suggestions) for i in lists["follow_up_due"]],
        capped=lists["capped"],
        suggestions=suggestions[:SUGGESTIONS_SHOWN], suggestion_count=len(suggestions),
        contact_count=store().contacts.count(),
        feed_count=store().feeds.count(),
    )


def _stale(thank_yous: list[dict], on: dt.date) -> dict[str, str]:
    """Contact id -> the day after the interview, for thank-yous due since more than STALE_AFTER_DAYS."""
    oldest = on - dt.timedelta(days=STALE_AFTER_DAYS)
    stale = {}
    for item in thank_yous:
        interview = dt.date.fromisoformat(item["due_date"])
        if interview < oldest:
            stale[item["contact"]["id"]] = (interview + dt.timedelta(days=1)).isoformat()
    return stale


@bp.post("today/past-thank-yous", endpoint="record_past_thank_yous")
def record_past_thank_yous():
    """Record the old thank-yous as sent (dated the day after each interview), with an undo."""
    stale = _stale(duelist.due(store(), today())["thank_you_due"], today())
    if not stale:
        return done("There were no old thank-yous left to record.", "dashboard.today")
    thanks = [{"contact_id": cid, "kind": "thank_you", "date": day, "note": PAST_THANKS_NOTE}
              for cid, day in stale.items()]
    recorded = interaction_service.log_many(store(), thanks)
    key = undo.keep(functools.partial(_take_back, [r["id"] for r in recorded]))
    return done(f"Recorded {plural(recorded, 'thank-you')} as sent before.", "dashboard.today", undo=key)


def _take_back(interaction_ids: list[str]):
    count = store().interactions.delete_many(interaction_ids)
    return done(f"Took back {plural(count, 'recorded thank-you')}.", "dashboard.today")
