"""Print: a thank-you card and its envelope for one contact, and mailing labels for everyone."""

from flask import render_template

from companion.followups import drafts
from companion.store import preferences
from companion.web.dashboard.blueprint import bp
from companion.web.dashboard.common import store
from companion.web.dashboard.contacts import _get
from companion.web.dashboard.drafts import compose_draft


@bp.get("contacts/<contact_id>/print", endpoint="print_card")
def print_card(contact_id):
    """The card text and the envelope, laid out for paper."""
    contact = _get(contact_id)
    draft = compose_draft(contact, "thank_you", "mail")
    return render_template("print_card.html", contact=contact, draft=draft,
                           address=drafts.address_block(contact),
                           profile_name=preferences.get_profile(store())["name"])


@bp.get("print/labels", endpoint="print_labels")
def print_labels():
    """A sheet of mailing labels: everyone with a mailing address."""
    people = sorted(store().contacts.find(lambda c: bool((c.get("mailing_address") or "").strip())),
                    key=lambda c: c["name"].casefold())
    labels = [{"contact": c, "address": drafts.address_block(c)} for c in people]
    return render_template("print_labels.html", labels=labels)
