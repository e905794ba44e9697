"""Drafts for the dashboard pages: `companion.contacts.compose`, with no draft rather than a broken page."""

from companion.contacts import compose
from companion.errors import ApiError
from companion.web.dashboard.common import store


def compose_draft(contact: dict, kind: str, channel: str, article: dict | None = None) -> dict | None:
    """{subject, body, mailto, address_block?} for one contact, or None when no draft can be made.

    A LinkedIn connection note, and any message sent on LinkedIn, has no subject line and is not an
    email: the draft shown then has neither a subject nor a mailto link (`linkedin_note` is true)."""
    try:
        draft = compose.compose(store(), contact["id"], kind, channel, article=article)
    except ApiError:  # e.g. an article draft with no article waiting
        return None
    if is_linkedin_note(kind, channel):
        draft = {**draft, "subject": "", "mailto": None, "linkedin_note": True}
    return draft


def is_linkedin_note(kind: str, channel: str) -> bool:
    """A connection request or a message on LinkedIn: typed into LinkedIn, with no subject."""
    return kind == "linkedin" or channel == "linkedin"


def default_channel(contact: dict, kind: str) -> str:
    """LinkedIn for connecting; email when we have an address; else a mailed card for thank-yous."""
    if kind == "linkedin":
        return "linkedin"
    if not contact.get("email") and kind == "thank_you" and contact.get("mailing_address"):
        return "mail"
    return "email"
