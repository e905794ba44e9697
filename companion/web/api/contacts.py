"""Contacts: /api/contacts (the whole list, or a page with `limit`/`offset`), /api/contacts/<id>,
/api/contacts/capture, /api/contacts/likely-match, /api/contacts/<id>/snooze."""

from flask import Blueprint, request

from companion.contacts import records
from companion.errors import ValidationError
from companion.validation import parse_date, whole_number
from companion.web.api import json_body, ok, store

bp = Blueprint("contacts", __name__, url_prefix="/api/contacts")


MAX_PAGE = 500  # contacts in one page at most
DEFAULT_PAGE = 50  # a page's size when only `offset` is given


def page_args(args) -> tuple[int, int] | None:
    """(offset, limit) when the client asks for a page, None for the whole list (no `limit` or
    `offset`, or both empty); a ValidationError naming every bad one and the fix."""
    raw_limit, raw_offset = args.get("limit", ""), args.get("offset", "")
    if not raw_limit and not raw_offset:
        return None
    limit, offset, errors = DEFAULT_PAGE, 0, []
    if raw_limit:
        try:
            limit = whole_number(raw_limit, minimum=1, maximum=MAX_PAGE)
        except ValueError as exc:
            errors.append(f"`limit` {exc}: contacts per page; for more, ask for the next page with `offset`")
    if raw_offset:
        try:
            offset = whole_number(raw_offset, minimum=0)
        except ValueError as exc:
            errors.append(
                f"`offset` {exc}: how many contacts to skip, e.g. the `next_offset` of the last page"
            )
    if errors:
        raise ValidationError(errors)
    return offset, limit


@bp.get("")
def list_contacts():
    args = request.args
    page = page_args(args)
    offset, limit = page or (0, None)
    found, total = records.search_page(
        store(),
        q=args.get("q", ""),
        industry=args.get("industry", ""),
        status=args.get("status", ""),
        tag=args.get("tag", ""),
        linkedin_url=args.get("linkedin_url", ""),
        offset=offset,
        limit=limit,
    )
    if page is None:
        return ok(contacts=found, count=len(found))
    more = offset + len(found) < total
    return ok(
        contacts=found,
        count=len(found),
        total=total,
        offset=offset,
        limit=limit,
        has_more=more,
        next_offset=offset + len(found) if more else None,
    )


@bp.post("")
def create_contact():
    contact = records.create_contact(store(), json_body())
    return ok(201, contact=records.present_one(store(), contact))


@bp.post("/capture")
def capture_contact():
    created, contact = records.capture(store(), json_body())
    return ok(201 if created else 200, created=created, contact=records.present_one(store(), contact))


@bp.get("/likely-match")
def likely_match():
    """The contact a LinkedIn profile not yet linked to anyone probably belongs to (same name; same or
    unknown company), so the extension can offer to link it rather than add a second contact."""
    args = request.args
    found = records.likely_profile_owner(store(), args.get("name", ""), args.get("company", ""))
    if found is None:
        return ok(contact=None, reason=None)
    contact, reason = found
    return ok(contact=records.present_one(store(), contact), reason=reason)


@bp.get("/<contact_id>")
def get_contact(contact_id):
    return ok(contact=records.present_one(store(), records.get_contact(store(), contact_id)))


@bp.patch("/<contact_id>")
def patch_contact(contact_id):
    contact = records.update_contact(store(), contact_id, json_body())
    return ok(contact=records.present_one(store(), contact))


@bp.delete("/<contact_id>")
def delete_contact(contact_id):
    deleted = records.delete_contact(store(), contact_id)
    return ok(deleted=deleted["contact"], deleted_interactions=len(deleted["interactions"]))


@bp.post("/<contact_id>/snooze")
def snooze_contact(contact_id):
    body = json_body()
    try:
        until = parse_date(body.get("until"), allow_empty=True)
    except ValueError as exc:
        raise ValidationError([f"`until` {exc}"]) from None
    contact = records.update_contact(store(), contact_id, {"snoozed_until": until})
    return ok(contact=records.present_one(store(), contact))
