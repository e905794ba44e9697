"""Due thank-yous and follow-ups as an iCalendar file, so reminders land in the user's calendar.

Each due item is an all-day VEVENT with a 9:00 VALARM: Google Calendar, Apple Calendar and
Outlook all import these, while VTODO support is patchy (Google ignores it). The UID is built
from contact id + kind + original due date, so importing a newer file updates the same event
instead of adding a second. An overdue item is placed on the `on` date; its SEQUENCE is the
number of days it has slipped, which rises on every later export so calendars take the move.
"""

import datetime as dt

from icalendar import Alarm, Calendar, Event

FOLLOW_UP_WORDS = {
    "update": "career update",
    "article": "share an article",
    "linkedin": "connect on LinkedIn",
}
ALARM_AT = dt.timedelta(hours=9)  # relative to the start of the all-day event: 9:00 local time


def _as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _summary(kind: str, name: str, suggested: str | None) -> str:
    if kind == "thank_you":
        return f"Send a thank-you to {name}"
    words = FOLLOW_UP_WORDS.get(suggested or "", "")
    return f"Follow up with {name}" + (f" ({words})" if words else "")


def _description(contact: dict, kind: str, due: dt.date, overdue: bool) -> str:
    lines = [f"{'Overdue since' if overdue else 'Due'} {due.isoformat()}."]
    where = ", ".join(part for part in (contact.get("title"), contact.get("company")) if part)
    lines += [
        line
        for line in (where, contact.get("email"), contact.get("phone"), contact.get("linkedin_url"))
        if line
    ]
    if kind == "thank_you" and contact.get("mailing_address"):
        lines.append("Mailing address (for a card):\n" + contact["mailing_address"])
    lines.append("Open Follow-Up Companion for a ready draft.")
    return "\n".join(lines)


def due_event(item: dict, kind: str, on: dt.date, stamp: dt.datetime) -> Event:
    """One due item {contact, due_date, overdue, suggested_kind} → an all-day VEVENT with an alarm."""
    contact = item.get("contact") or {}
    due = _as_date(item.get("due_date") or on)
    day = on if item.get("overdue") or due < on else due
    name = contact.get("name") or "a contact"
    event = Event()
    event.add("uid", f"{contact.get('id', 'unknown')}-{kind}-{due.isoformat()}@followup-companion")
    event.add("dtstamp", stamp)
    event.add("dtstart", day)
    event.add("dtend", day + dt.timedelta(days=1))
    event.add("sequence", max((day - due).days, 0))
    event.add("summary", _summary(kind, name, item.get("suggested_kind")))
    event.add("description", _description(contact, kind, due, day > due))
    event.add("transp", "TRANSPARENT")  # a reminder, not a meeting: never shows the user as busy
    event.add("categories", ["Follow-Up Companion"])
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", event["summary"])
    alarm.add("trigger", ALARM_AT)
    event.add_component(alarm)
    return event


def due_calendar(
    due: dict, *, on: dt.date, product_name: str = "Follow-Up Companion", now: dt.datetime | None = None
) -> str:
    """Thank-yous and follow-ups due (as GET /api/followups returns them) → .ics text."""
    calendar = Calendar()
    calendar.add("prodid", f"-//{product_name}//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", f"{product_name}: due")
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    for kind, key in (("thank_you", "thank_you_due"), ("follow_up", "follow_up_due")):
        for item in due.get(key) or []:
            calendar.add_component(due_event(item, kind, _as_date(on), stamp))
    return calendar.to_ical().decode("utf-8")
