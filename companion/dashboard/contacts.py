"""The tracking sheet (sortable, filterable, searchable) and the add / edit contact forms."""

from flask import abort, redirect, render_template, request, url_for

from .. import contacts as contact_service
from .. import industries
from ..errors import ApiError, NotFound
from .blueprint import bp
from .common import STATUS_LABELS, done, store

TEXT_FIELDS = ("name", "email", "phone", "title", "company", "industry", "headline", "location",
               "linkedin_url", "mailing_address", "notes", "how_met", "about")
SORTS = {
    "name": lambda c: c["name"].casefold(),
    "company": lambda c: (c.get("company") or "~").casefold(),
    "industry": lambda c: (c.get("industry_name") or c.get("industry") or "~").casefold(),
    "status": lambda c: list(STATUS_LABELS).index(c["followup"]["status"]),
    "last_touch": lambda c: c["followup"].get("last_touch") or "",
    "next_due": lambda c: c["followup"].get("due_date") or c["followup"].get("next_due") or "9999",
}


def _filters() -> dict:
    args = request.args
    return {"q": args.get("q", "").strip(), "status": args.get("status", ""),
            "industry": args.get("industry", "").strip(), "tag": args.get("tag", "").strip()}


def _sorted(found: list[dict], sort: str, descending: bool) -> list[dict]:
    return sorted(found, key=SORTS.get(sort, SORTS["name"]), reverse=descending)


@bp.get("contacts", endpoint="contacts")
def contacts_page():
    """The tracking sheet."""
    filters = _filters()
    if filters["status"] not in STATUS_LABELS:
        filters["status"] = ""
    sort = request.args.get("sort", "name")
    sort = sort if sort in SORTS else "name"
    descending = request.args.get("dir") == "desc"
    found = _sorted(contact_service.search(store(), **filters), sort, descending)
    everyone = store().contacts.all()
    tags = sorted({t for c in everyone for t in c.get("tags", [])}, key=str.casefold)
    return render_template("contacts.html", contacts=found, filters=filters, sort=sort,
                           descending=descending, tags=tags, total=len(everyone),
                           industry_names=sorted({i["name"] for i in industries.all_industries()}))


def contact_payload(form) -> dict:
    """A contact body for the services from the posted form (tags comma-separated, dates or None)."""
    payload = {name: form.get(name, "").strip() for name in TEXT_FIELDS if name in form}
    if "notes" in form:
        payload["notes"] = form.get("notes", "")
    payload["tags"] = [t.strip() for t in form.get("tags", "").split(",") if t.strip()]
    payload["interview_date"] = form.get("interview_date", "").strip() or None
    payload["connected"] = form.get("connected") == "yes"
    return payload


def _form(contact: dict | None, errors: list[str] | None = None, values: dict | None = None, code: int = 200):
    shown = values if values is not None else (contact or {})
    return render_template("contact_form.html", contact=contact, values=shown, errors=errors or [],
                           industry_names=sorted({i["name"] for i in industries.all_industries()})), code


@bp.get("contacts/new", endpoint="new_contact")
def new_contact_form():
    return _form(None)


@bp.post("contacts/new")
def create_contact():
    """Store a contact typed by hand; on a mistake, show the form again with every problem."""
    payload = contact_payload(request.form)
    try:
        contact = contact_service.create_contact(store(), payload)
    except ApiError as exc:
        return _form(None, exc.errors, {**payload, "tags": payload["tags"]}, 400)
    return done(f"Added {contact['name']}.", "dashboard.contact", contact_id=contact["id"])


@bp.get("contacts/<contact_id>/edit", endpoint="edit_contact")
def edit_contact_form(contact_id):
    return _form(_get(contact_id))


@bp.post("contacts/<contact_id>/edit")
def update_contact(contact_id):
    contact = _get(contact_id)
    payload = contact_payload(request.form)
    try:
        contact_service.update_contact(store(), contact_id, payload)
    except ApiError as exc:
        return _form(contact, exc.errors, {**contact, **payload}, 400)
    return done("Saved your changes.", "dashboard.contact", contact_id=contact_id)


def _get(contact_id: str) -> dict:
    try:
        return contact_service.get_contact(store(), contact_id)
    except NotFound:
        abort(404, "There is no such contact. It may have been deleted.")


@bp.get("contacts/", endpoint="contacts_slash")
def contacts_slash():
    return redirect(url_for("dashboard.contacts"))
