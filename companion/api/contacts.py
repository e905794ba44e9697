"""Contacts: /api/contacts, /api/contacts/<id>, /api/contacts/capture, /api/contacts/<id>/snooze."""

from flask import Blueprint, request

from .. import contacts
from ..errors import ValidationError
from ..validation import json_body, parse_date
from . import ok, store

bp = Blueprint("contacts", __name__, url_prefix="/api/contacts")


@bp.get("")
def list_contacts():
    args = request.args
    found = contacts.search(
        store(),
        q=args.get("q", ""),
        industry=args.get("industry", ""),
        status=args.get("status", ""),
        tag=args.get("tag", ""),
        linkedin_url=args.get("linkedin_url", ""),
    )
    return ok(contacts=found, count=len(found))


@bp.post("")
def create_contact():
    contact = contacts.create_contact(store(), json_body())
    return ok(201, contact=contacts.present_one(store(), contact))


@bp.post("/capture")
def capture_contact():
    created, contact = contacts.capture(store(), json_body())
    return ok(201 if created else 200, created=created, contact=contacts.present_one(store(), contact))


@bp.get("/<contact_id>")
def get_contact(contact_id):
    return ok(contact=contacts.present_one(store(), contacts.get_contact(store(), contact_id)))


@bp.patch("/<contact_id>")
def patch_contact(contact_id):
    contact = contacts.update_contact(store(), contact_id, json_body())
    return ok(contact=contacts.present_one(store(), contact))


@bp.delete("/<contact_id>")
def delete_contact(contact_id):
    deleted = contacts.delete_contact(store(), contact_id)
    return ok(deleted=deleted["contact"], deleted_interactions=len(deleted["interactions"]))


@bp.post("/<contact_id>/snooze")
def snooze_contact(contact_id):
    body = json_body()
    try:
        until = parse_date(body.get("until"), allow_empty=True)
    except ValueError as exc:
        raise ValidationError([f"`until` {exc}"]) from None
    contact = contacts.update_contact(store(), contact_id, {"snoozed_until": until})
    return ok(contact=contacts.present_one(store(), contact))
