"""Who is due on a date: the thank-you and follow-up lists behind `/api/followups` and `companion due`."""

import datetime as dt

from companion.contacts.records import Presenter
from companion.followups import rules
from companion.store.storage import Store

KIND_WORDS = {
    "thank_you": "thank-you",
    "update": "career update",
    "article": "share an article",
    "linkedin": "connect on LinkedIn",
}


def due(store: Store, on: dt.date) -> dict:
    """{thank_you_due, follow_up_due, capped}, each item {contact, due_date, overdue, suggested_kind}."""
    presenter = Presenter(store, on)
    entries = []
    for contact in store.contacts.all():
        shown = presenter.present(contact)
        entries.append((shown, shown["followup"]))
    return rules.due_lists(entries, on)


def as_text(lists: dict, on: dt.date) -> str:
    """The due lists as lines for a terminal."""
    lines = [f"Due on {on.isoformat()}"]
    sections = (("Thank-yous", "thank_you_due"), ("Follow-ups", "follow_up_due"))
    for title, key in sections:
        items = lists[key]
        lines.append(f"\n{title} ({len(items)}):")
        if not items:
            lines.append("  nothing due")
        for item in items:
            contact = item["contact"]
            where = f" ({contact['company']})" if contact.get("company") else ""
            late = " OVERDUE" if item["overdue"] else ""
            kind = KIND_WORDS.get(item["suggested_kind"], item["suggested_kind"] or "")
            lines.append(f"  {item['due_date'] or '':10}  {contact['name']}{where}: {kind}{late}")
    if lists["capped"]:
        lines.append(
            f"\nAt the yearly limit ({len(lists['capped'])}): "
            + ", ".join(i["contact"]["name"] for i in lists["capped"])
        )
    return "\n".join(lines)
