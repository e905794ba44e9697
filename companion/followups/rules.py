"""The follow-up rules: from a contact and its interactions, compute what is due and when.

Pure functions over plain dicts (no Flask, no storage, no clock: the caller passes `on`).

Decisions the rules leave open, taken here and tested in tests/test_followups.py:

- Only interactions dated on or before `on` count, so `compute(..., on=<a past date>)` shows the
  state as it was then. Undated or badly dated interactions are skipped.
- The interview is the latest of `contact["interview_date"]` and any `interview` interaction (both
  on or before `on`). A `thank_you` dated on or after that day clears it: a thank-you sent the
  same evening counts. The thank-you is on time through interview + `thank_you_overdue_days`
  (the deadline) and overdue from the day after.
- The 12-month window is calendar based: a follow-up counts until its first anniversary and drops
  out on that day (2025-03-10 counts through 2026-03-09). A follow-up on 29 February drops out on
  28 February of the next year. So the same three dates every year are always allowed.
- Any logged interaction is a touch, and so is the interview date. With no touch at all the clock
  starts on the day the contact was created (`created_at`, date part; `on` if that is missing).
- Next due = last touch + interval, never before last follow-up + minimum gap; when capped, never
  before the day enough follow-ups leave the window to go below the cap.
- A follow-up that has been due for more than FOLLOW_UP_GRACE_DAYS is `overdue`.
"""

import datetime as dt

from companion import config

FOLLOW_UP_KINDS = ("update", "article", "linkedin")
STATUSES = ("thank_you_due", "due", "waiting", "capped")
DUE_STATUSES = ("thank_you_due", "due")  # the statuses that put a contact on the to-do list
FOLLOW_UP_GRACE_DAYS = 14

# The follow-up settings; each is declared once, with bounds and help, in companion.config.
FOLLOW_UP_SETTINGS = ("thank_you_overdue_days", "max_follow_ups_per_year", "follow_up_interval_days",
                      "min_follow_up_gap_days")
DEFAULTS = {name: config.SETTINGS[name].default for name in FOLLOW_UP_SETTINGS}


def parse_date(value):
    """Return the date in a 'YYYY-MM-DD' (or ISO timestamp) string, or None when absent or invalid."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def anniversary(day: dt.date) -> dt.date:
    """The same day one year later; 29 February maps to 28 February."""
    try:
        return day.replace(year=day.year + 1)
    except ValueError:
        return day.replace(year=day.year + 1, day=28)


def _iso(day):
    return day.isoformat() if day else None


def _history(interactions, on):
    """Interactions dated on or before `on`, oldest first, as (date, interaction) pairs."""
    dated = []
    for position, item in enumerate(interactions or ()):
        day = parse_date(item.get("date"))
        if day is not None and day <= on:
            # Same-day ties break on creation time, then id, so list order never changes the result.
            dated.append((day, str(item.get("created_at") or ""), str(item.get("id") or ""), position, item))
    dated.sort(key=lambda entry: entry[:4])
    return [(day, item) for day, *_, item in dated]


def _effective_interview(contact, history, on):
    days = [day for day, item in history if item.get("kind") == "interview"]
    planned = parse_date(contact.get("interview_date"))
    if planned is not None and planned <= on:
        days.append(planned)
    return max(days) if days else None


def _thank_you(interview, history, on, cfg):
    thanks = [(day, item) for day, item in history if item.get("kind") == "thank_you"]
    state = {
        "state": "not_needed",
        "due_date": _iso(interview),
        "deadline": None,
        "date": None,
        "channel": None,
    }
    if interview is not None:
        thanks = [(day, item) for day, item in thanks if day >= interview]
        deadline = interview + dt.timedelta(days=cfg["thank_you_overdue_days"])
        state["deadline"] = deadline.isoformat()
        state["state"] = "overdue" if on > deadline else "due"
        if thanks:
            day, item = thanks[0]  # the first thank-you after the interview is the one that cleared it
            state.update(state="sent", date=day.isoformat(), channel=item.get("channel"))
    elif thanks:
        day, item = thanks[-1]
        state.update(state="sent", date=day.isoformat(), channel=item.get("channel"))
    return state


def _cap_lifts_on(window_days, cap):
    """The day the count in the window falls below the cap, or None when it is already below."""
    if len(window_days) < cap:
        return None
    return anniversary(sorted(window_days)[len(window_days) - cap])


def _next_due(clock_start, follow_up_days, cap_lift, cfg):
    due = clock_start + dt.timedelta(days=cfg["follow_up_interval_days"])
    if follow_up_days:
        due = max(due, follow_up_days[-1] + dt.timedelta(days=cfg["min_follow_up_gap_days"]))
    if cap_lift is not None:
        due = max(due, cap_lift)
    return due


def suggest_kind(contact, history, *, article_waiting=False):
    """The kind of the next follow-up: LinkedIn until connected, an article if one fits, else an update."""
    kinds = [item.get("kind") for _, item in history]
    if not contact.get("connected") and "linkedin" not in kinds:
        choice = "linkedin"
    elif article_waiting:
        choice = "article"
    else:
        choice = "update"
    last_two = [kind for kind in kinds if kind in FOLLOW_UP_KINDS][-2:]
    if last_two == [choice, choice]:
        # Never three of a kind running: take the next kind in a fixed order.
        choice = next(kind for kind in ("update", "article", "linkedin") if kind != choice)
    return choice


def _status(thank_you, capped, next_due, on):
    if thank_you["state"] in ("due", "overdue"):
        return "thank_you_due"
    if capped:
        return "capped"
    return "due" if next_due <= on else "waiting"


def compute(contact, interactions, settings, on, *, article_waiting=False):
    """The contact's computed `followup` object as of the date `on`."""
    cfg = {**DEFAULTS, **{k: v for k, v in (settings or {}).items() if k in DEFAULTS}}
    history = _history(interactions, on)
    interview = _effective_interview(contact, history, on)
    thank_you = _thank_you(interview, history, on, cfg)
    follow_up_days = [day for day, item in history if item.get("kind") in FOLLOW_UP_KINDS]
    in_window = [day for day in follow_up_days if on < anniversary(day)]
    cap_lift = _cap_lifts_on(in_window, cfg["max_follow_ups_per_year"])
    touches = [day for day, _ in history] + ([interview] if interview else [])
    last_touch = max(touches) if touches else None
    clock_start = last_touch or parse_date(contact.get("created_at")) or on
    next_due = _next_due(clock_start, follow_up_days, cap_lift, cfg)
    status = _status(thank_you, cap_lift is not None, next_due, on)
    if status == "thank_you_due":
        due_date, overdue = interview, thank_you["state"] == "overdue"
    elif status == "due":
        due_date, overdue = next_due, (on - next_due).days > FOLLOW_UP_GRACE_DAYS
    else:
        due_date, overdue = None, False
    snooze = parse_date(contact.get("snoozed_until"))
    snoozed_until = snooze if snooze is not None and snooze > on else None
    return {
        "status": status,
        "thank_you": thank_you,
        "follow_ups_last_12_months": len(in_window),
        "last_touch": _iso(last_touch),
        "next_due": _iso(next_due),
        "suggested_kind": suggest_kind(contact, history, article_waiting=article_waiting),
        "due_date": _iso(due_date),
        "overdue": overdue,
        "cap_lifts_on": _iso(cap_lift),
        "snoozed": snoozed_until is not None,
        "snoozed_until": _iso(snoozed_until),
        "interview_date": _iso(interview),
    }


_LIST_OF_STATUS = {"thank_you_due": "thank_you_due", "due": "follow_up_due", "capped": "capped"}


def _item(contact, followup):
    """A due-list entry; a capped contact's date is the day its next follow-up is allowed."""
    status = followup["status"]
    return {
        "contact": {**contact, "followup": followup},
        "due_date": followup["next_due"] if status == "capped" else followup["due_date"],
        "overdue": followup["overdue"] if status != "capped" else False,
        "suggested_kind": "thank_you" if status == "thank_you_due" else followup["suggested_kind"],
    }


def _sort_key(item):
    return (not item["overdue"], item["due_date"] or "", str(item["contact"].get("name") or "").casefold())


def due_lists(entries, on):
    """Group (contact, followup) pairs into the thank-you, follow-up and capped lists, most urgent first.

    Thank-yous: overdue first, then by due date. Follow-ups and capped: by due date. A contact snoozed
    past `on` is left out of the two due lists, not of `capped` (an overview, not a to-do list).
    """
    lists = {"thank_you_due": [], "follow_up_due": [], "capped": []}
    for contact, followup in entries:
        name = _LIST_OF_STATUS.get(followup["status"])
        snoozed = (followup.get("snoozed_until") or "") > on.isoformat()
        if name and not (snoozed and name != "capped"):
            lists[name].append(_item(contact, followup))
    lists["thank_you_due"].sort(key=_sort_key)
    for name in ("follow_up_due", "capped"):
        lists[name].sort(key=lambda item: _sort_key(item)[1:])
    return lists
