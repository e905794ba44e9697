"""One contact: timeline, drafts, log or edit an interaction, snooze, delete with confirmation and undo."""

import datetime as dt
import functools

from flask import render_template, request, url_for

from companion.contacts import interactions as interaction_service
from companion.contacts import records as contact_service
from companion.errors import ApiError, NotFound
from companion.web.dashboard import undo
from companion.web.dashboard.blueprint import bp
from companion.web.dashboard.common import (
    KIND_LABELS,
    STATUS_LABELS,
    done,
    field_errors,
    form_dict,
    plural,
    store,
    today,
)
from companion.web.dashboard.contacts import _get
from companion.web.dashboard.drafts import compose_draft, default_channel

DRAFT_KINDS = ("thank_you", "update", "linkedin")  # "article" drafts live on Suggestions
INTERACTION_FIELDS = ("kind", "channel", "date", "note", "url")


@bp.get("contacts/<contact_id>", endpoint="contact")
def contact_page(contact_id):
    """The contact with follow-up status, timeline and drafts; `?edit=<id>` opens one entry's form."""
    return _render(contact_id, editing=_editing(contact_id, request.args.get("edit", "")))


def _editing(contact_id: str, interaction_id: str) -> dict | None:
    """The edit form for a timeline entry, filled with what is stored."""
    if not interaction_id:
        return None
    try:
        item = interaction_service.get_interaction(store(), contact_id, interaction_id)
    except NotFound:
        return None
    return {"id": interaction_id, **_form(item)}


def _form(values: dict, errors: list[str] | None = None) -> dict:
    """An interaction form's state: what it shows, and each problem by its field (the rest apart)."""
    problems, other = field_errors(errors or [], INTERACTION_FIELDS)
    return {"values": values, "problems": problems, "other": other}


def _render(contact_id: str, *, logging: dict | None = None, editing: dict | None = None, code: int = 200):
    """The contact page; `logging` / `editing` carry a form sent back with its problems."""
    contact = contact_service.present_one(store(), _get(contact_id), today())
    due_thanks = contact["followup"]["status"] == "thank_you_due"
    suggested = "thank_you" if due_thanks else contact["followup"].get("suggested_kind")
    kind = request.args.get("kind") or suggested
    kind = kind if kind in DRAFT_KINDS else "update"
    channel = request.args.get("channel") or default_channel(contact, kind)
    channel = channel if channel in interaction_service.CHANNELS else "email"
    logging = logging or _form({"date": today().isoformat(), "kind": kind, "channel": channel})
    return render_template(
        "contact.html", contact=contact, timeline=interaction_service.list_interactions(store(), contact_id),
        draft=compose_draft(contact, kind, channel), draft_kind=kind, draft_channel=channel,
        draft_kinds=DRAFT_KINDS, kinds=interaction_service.KINDS, channels=interaction_service.CHANNELS,
        logging=logging, editing=editing), code


@bp.post("contacts/<contact_id>/interactions", endpoint="log_interaction")
def log_interaction(contact_id):
    """Log what the user did (one click from Today, or the full form on the contact page)."""
    _get(contact_id)
    payload = {k: request.form.get(k, "").strip() for k in INTERACTION_FIELDS}
    payload = {k: v for k, v in payload.items() if v or k in ("kind", "date")}
    payload["date"] = payload.get("date") or today().isoformat()
    try:
        interaction_service.log_interaction(store(), contact_id, payload)
    except ApiError as exc:
        return _render(contact_id, logging=_form(payload, exc.errors), code=400)
    name = store().contacts.get(contact_id)["name"]
    return done(f"Logged for {name}.", "dashboard.contact", contact_id=contact_id)


@bp.post("contacts/<contact_id>/interactions/<interaction_id>/edit", endpoint="edit_interaction")
def edit_interaction(contact_id, interaction_id):
    """Save an edited timeline entry through the API's own checks; say how the follow-up status moved."""
    before = _followup(contact_id)
    payload = form_dict(INTERACTION_FIELDS)
    try:
        # Gone first, then bad input: an entry deleted meanwhile gets no form sent back.
        interaction_service.get_interaction(store(), contact_id, interaction_id)
        item = interaction_service.update_interaction(store(), contact_id, interaction_id, payload)
    except NotFound:
        return done("That entry is no longer in the timeline.", "dashboard.contact", kind="error",
                    contact_id=contact_id)
    except ApiError as exc:
        return _render(contact_id, editing={"id": interaction_id, **_form(payload, exc.errors)}, code=400)
    saved = f"Saved the {KIND_LABELS.get(item['kind'], item['kind']).lower()} of {item['date']}."
    return done(f"{saved} {_status_change(before, _followup(contact_id))}", "dashboard.contact",
                contact_id=contact_id)


def _followup(contact_id: str) -> dict:
    return contact_service.present_one(store(), _get(contact_id), today())["followup"]


def _status_change(before: dict, after: dict) -> str:
    """'Follow-up status: Waiting (was Thank-you due), next follow-up 2027-03-20.'"""
    label = STATUS_LABELS.get(after["status"], after["status"])
    was = STATUS_LABELS.get(before["status"], before["status"])
    sentence = f"Follow-up status: {label}" + (f" (was {was})" if was != label else ", as before")
    if after.get("overdue"):
        sentence += ", overdue"
    if after["status"] != "thank_you_due" and after.get("next_due"):
        sentence += f"; next follow-up {after['next_due']}"
    return sentence + "."


@bp.post("contacts/<contact_id>/interactions/<interaction_id>/delete", endpoint="delete_interaction")
def delete_interaction(contact_id, interaction_id):
    try:
        interaction_service.delete_interaction(store(), contact_id, interaction_id)
    except ApiError as exc:
        return done(exc.message, "dashboard.contact", kind="error", contact_id=contact_id)
    return done("Removed that entry from the timeline.", "dashboard.contact", contact_id=contact_id)


@bp.post("contacts/<contact_id>/snooze", endpoint="snooze_contact")
def snooze_contact(contact_id):
    """Hide the contact from Today until a date (or wake them up with an empty date)."""
    _get(contact_id)
    until = request.form.get("until", "").strip()
    if request.form.get("days", "").isdigit():
        until = (today() + dt.timedelta(days=int(request.form["days"]))).isoformat()
    try:
        contact_service.update_contact(store(), contact_id, {"snoozed_until": until or None})
    except ApiError as exc:
        return done(exc.message, "dashboard.contact", kind="error", contact_id=contact_id)
    message = f"Snoozed until {until}." if until else "No longer snoozed."
    return done(message, "dashboard.contact", contact_id=contact_id)


@bp.get("contacts/<contact_id>/delete", endpoint="confirm_delete")
def confirm_delete(contact_id):
    contact = _get(contact_id)
    count = len(interaction_service.list_interactions(store(), contact_id))
    timeline = (f"the {plural(count, 'entry', 'entries')} of their timeline" if count
                else "nothing else: their timeline is empty")
    message = f"This deletes {contact['name']} and {timeline}. You can undo it right after."
    return render_template("confirm.html", title=f"Delete {contact['name']}?", message=message,
                           action=url_for("dashboard.delete_contact", contact_id=contact_id),
                           button="Delete contact",
                           cancel=url_for("dashboard.contact", contact_id=contact_id))


@bp.post("contacts/<contact_id>/delete", endpoint="delete_contact")
def delete_contact(contact_id):
    _get(contact_id)
    deleted = contact_service.delete_contact(store(), contact_id)
    key = undo.keep(functools.partial(_restore, deleted))
    return done(f"Deleted {deleted['contact']['name']}.", "dashboard.contacts", undo=key)


def _restore(deleted: dict):
    """Put back a contact deleted a moment ago, with its timeline, exactly as it was."""
    with store().lock:
        store().contacts.put_many([deleted["contact"]])
        store().interactions.put_many(deleted["interactions"])
    contact = deleted["contact"]
    return done(f"Restored {contact['name']}.", "dashboard.contact", contact_id=contact["id"])
