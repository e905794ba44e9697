"""Drafts for the dashboard pages: `companion.contacts.compose`, with no draft rather than a broken page."""

from companion.contacts import compose
from companion.errors import ApiError
from companion.web.dashboard.common import store


def compose_draft(contact: dict, kind: str, channel: str, article: dict | None = None) -> dict | None:
    """{subject, body, mailto, address_block?} for one contact, or None when no draft can be made."""
    try:
        return compose.compose(store(), contact["id"], kind, channel, article=article)
    except ApiError:  # e.g. an article draft with no article waiting
        return None


def default_channel(contact: dict, kind: str) -> str:
    """LinkedIn for connecting; email when we have an address; else a mailed card for thank-yous."""
    if kind == "linkedin":
        return "linkedin"
    if not contact.get("email") and kind == "thank_you" and contact.get("mailing_address"):
        return "mail"
    return "email"
