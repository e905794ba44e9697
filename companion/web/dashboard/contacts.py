"""The tracking sheet (sortable, filterable, searchable) and the add / edit contact forms."""

from flask import abort, redirect, render_template, request, url_for

from companion.contacts import records as contact_service
from companion.errors import ApiError, NotFound
from companion.industries import lookup
from companion.web.dashboard import paging
from companion.web.dashboard.blueprint import bp
from companion.web.dashboard.common import STATUS_LABELS, done, field_errors, store

TEXT_FIELDS = ("name", "email", "phone", "title", "company", "industry", "headline", "location",
               "linkedin_url", "mailing_address", "notes", "how_met", "about")
# Fields whose problems the contact form shows under the field itself; the others' are listed above it.
FIELDS_WITH_PROBLEMS = ("past_companies",)
# The name order is the service's own (name ignoring case and accents, then id); the others sort
# that list again, stably, so contacts that tie stay in name order.
SORTS = {
    "name": None,
    "company": lambda c: (c.get("company") or "~").casefold(),
    "industry": lambda c: (c.get("industry_name") or c.get("industry") or "~").casefold(),
    "status": lambda c: list(STATUS_LABELS).index(c["followup"]["status"]),
    "last_touch": lambda c: c["followup"].get("last_touch") or "",
    "next_due": lambda c: c["followup"].get("due_date") or c["followup"].get("next_due") or "9999",
}
# Orders (and filters) that need every contact's follow-up status; the others read stored fields, so
# only the rows of the page shown are given a status.
NEEDS_STATUS = {"status", "last_touch", "next_due"}
# What a link leaves out of the query string because it is what the page assumes anyway.
DEFAULTS = {"q": "", "status": "", "industry": "", "tag": "", "sort": "name", "dir": "asc",
            "per_page": paging.DEFAULT_PER_PAGE, "page": 1}


def _filters() -> dict:
    args = request.args
    status = args.get("status", "")
    return {"q": args.get("q", "").strip(), "status": status if status in STATUS_LABELS else "",
            "industry": args.get("industry", "").strip(), "tag": args.get("tag", "").strip()}


def _ordered(found: list[dict], sort: str, descending: bool) -> list[dict]:
    if SORTS[sort] is None:
        return found[::-1] if descending else found
    return sorted(found, key=SORTS[sort], reverse=descending)


def _page_of_sheet(filters: dict, sort: str, descending: bool, asked: int, per_page: int):
    """The rows of the page asked for (or of the last page, when asked past the end), with its Page.
    Filters and the sort apply to every contact before the page is cut."""
    if SORTS[sort] is None and not descending and not filters["status"]:
        # The service's order as it is: only the page's contacts need a follow-up status.
        rows, total = contact_service.search_page(store(), **filters, offset=(asked - 1) * per_page,
                                                  limit=per_page)
        page = paging.Page.of(asked, per_page, total)
        if page.number != asked:  # past the end: show the last page
            rows, _ = contact_service.search_page(store(), **filters, offset=page.offset, limit=per_page)
        return rows, page
    if sort in NEEDS_STATUS or filters["status"]:
        found = _ordered(contact_service.search(store(), **filters), sort, descending)
        page = paging.Page.of(asked, per_page, len(found))
        return page.cut(found), page
    text_filters = {k: filters[k] for k in ("q", "industry", "tag")}
    found = _ordered(contact_service.search_stored(store(), **text_filters), sort, descending)
    page = paging.Page.of(asked, per_page, len(found))
    return contact_service.present_many(store(), page.cut(found)), page


def _sheet_link(state: dict):
    """A function for the template: the sheet's URL with `state` changed by its arguments, leaving
    out what is the default anyway."""

    def link(**changes) -> str:
        values = {**state, **changes}
        return url_for("dashboard.contacts", **{k: v for k, v in values.items() if v != DEFAULTS[k]})

    return link


@bp.get("contacts", endpoint="contacts")
def contacts_page():
    """The tracking sheet, a page at a time."""
    filters = _filters()
    sort = request.args.get("sort", "name")
    sort = sort if sort in SORTS else "name"
    descending = request.args.get("dir") == "desc"
    per_page = paging.per_page_from(request.args.get("per_page"))
    asked = paging.page_number_from(request.args.get("page"))
    rows, page = _page_of_sheet(filters, sort, descending, asked, per_page)
    state = {**filters, "sort": sort, "dir": "desc" if descending else "asc", "per_page": per_page,
             "page": page.number}
    tagged = store().contacts.scan(lambda c: tuple(c.get("tags") or ()) or None)  # no copies
    tags = {t for some in tagged for t in some}
    return render_template("contacts.html", contacts=rows, page=page, link=_sheet_link(state),
                           per_page_choices=paging.PER_PAGE_CHOICES,
                           default_per_page=paging.DEFAULT_PER_PAGE, filters=filters, sort=sort,
                           descending=descending, tags=sorted(tags, key=str.casefold),
                           total=store().contacts.count(),
                           industry_names=sorted({i["name"] for i in lookup.all_industries()}))


def contact_payload(form) -> dict:
    """A contact body for the services from the posted form (tags comma-separated, dates or None)."""
    payload = {name: form.get(name, "").strip() for name in TEXT_FIELDS if name in form}
    if "notes" in form:
        payload["notes"] = form.get("notes", "")
    payload["tags"] = [t.strip() for t in form.get("tags", "").split(",") if t.strip()]
    payload["interview_date"] = form.get("interview_date", "").strip() or None
    payload["connected"] = form.get("connected") == "yes"
    if "past_companies" in form:  # a form without the box leaves the stored list as it is
        payload["past_companies"] = parse_companies(form["past_companies"])
    return payload


def parse_companies(text: str) -> list[str]:
    """The "Past companies" box: one company a line, blank lines skipped. Not split on commas or
    semicolons, which company names hold ("Tailspin Devices, Inc."); the service checks the rest
    (at most 10, each at most 200 characters, each once)."""
    return [line.strip() for line in text.splitlines() if line.strip()]


def companies_text(companies) -> str:
    """Stored past companies as the box shows them: one a line, so that sending it back unchanged
    gives the same list."""
    return "\n".join(str(c) for c in companies) if isinstance(companies, list) else ""


def _form(contact: dict | None, errors: list[str] | None = None, values: dict | None = None, code: int = 200,
          twin: tuple[dict, str] | None = None):
    shown = values if values is not None else (contact or {})
    problems, other = field_errors(errors or [], FIELDS_WITH_PROBLEMS)
    # A form sent back shows the box as it was typed; a fresh one, what is stored.
    past_text = request.form.get("past_companies")
    if past_text is None:
        past_text = companies_text(shown.get("past_companies"))
    return render_template("contact_form.html", contact=contact, values=shown, errors=other,
                           problems=problems, past_companies_text=past_text, twin=twin,
                           industry_names=sorted({i["name"] for i in lookup.all_industries()})), code


@bp.get("contacts/new", endpoint="new_contact")
def new_contact_form():
    return _form(None)


@bp.post("contacts/new")
def create_contact():
    """Store a contact typed by hand; on a mistake, show the form again with every problem. Someone
    who looks already stored (same email, or same name and company) is asked about first: the form
    comes back filled in, with a link to that contact and a button to add this one anyway."""
    payload = contact_payload(request.form)
    if request.form.get("add_anyway") != "yes":
        twin = contact_service.likely_same_person(store(), payload)
        if twin:
            return _form(None, values=payload, twin=twin)
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
    if payload.get("past_companies") == (contact.get("past_companies") or []):
        del payload["past_companies"]  # untouched: nothing to check or change
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
