"""Interactions: the interview, thank-you and every follow-up logged for a contact."""

from typing import Annotated, Literal

from pydantic import BeforeValidator

from companion.contacts.records import get_contact
from companion.errors import NotFound
from companion.feeds.urls import canonical_url
from companion.store.storage import Store
from companion.validation import OptionalHttpUrl, Strict, Text, parse_date, validate

KINDS = ("interview", "thank_you", "update", "article", "linkedin", "meeting", "other")
CHANNELS = ("email", "mail", "linkedin", "phone", "in_person", "other")
DEFAULT_CHANNEL = {"linkedin": "linkedin", "interview": "in_person", "meeting": "in_person"}


def _required_date(value):
    return parse_date(value, allow_empty=False)


def _choice(options):
    def check(value):
        if value not in options:
            raise ValueError(f"must be one of {', '.join(options)}, got {value!r:.40}")
        return value

    return check


class InteractionFields(Strict):
    kind: Annotated[Literal[KINDS], BeforeValidator(_choice(KINDS))]
    date: Annotated[str, BeforeValidator(_required_date)]
    channel: Annotated[Literal[CHANNELS], BeforeValidator(_choice(CHANNELS))] = "other"
    note: Text(5000) = ""
    url: OptionalHttpUrl = ""


class InteractionChanges(Strict):
    kind: Annotated[Literal[KINDS], BeforeValidator(_choice(KINDS))] = "other"
    date: Annotated[str, BeforeValidator(_required_date)] = ""
    channel: Annotated[Literal[CHANNELS], BeforeValidator(_choice(CHANNELS))] = "other"
    note: Text(5000) = ""
    url: OptionalHttpUrl = ""


def log_interaction(store: Store, contact_id: str, payload: dict) -> dict:
    """Store a new interaction for the contact; returns it."""
    values, sent = validate(InteractionFields, payload)
    if "channel" not in sent:
        values["channel"] = DEFAULT_CHANNEL.get(values["kind"], "email")
    with store.lock:
        get_contact(store, contact_id)
        record = store.interactions.insert({**values, "contact_id": contact_id})
        if values["kind"] == "linkedin":
            store.contacts.update(contact_id, {"connected": True})
        if values["kind"] == "article" and values.get("url"):
            sent = {"status": "sent", "interaction_id": record["id"]}
            settle_suggestions(store, contact_id, values["url"], sent)
    return record


def settle_suggestions(store: Store, contact_id: str, url: str, changes: dict) -> int:
    """Apply `changes` to every suggestion still waiting (pending or snoozed) of the article at `url`
    for this contact; returns how many. One rule for a share, wherever it is logged (popup, dashboard,
    API, review queue): the same article is never left waiting for the person it was sent to."""
    try:
        key = canonical_url(url)
    except ValueError:
        return 0
    article_ids = set(store.articles.scan(lambda a: a["id"] if a.get("url") == key else None))
    if not article_ids:
        return 0
    waiting = store.suggestions.find(
        lambda s: s["contact_id"] == contact_id
        and s["article_id"] in article_ids
        and s.get("status") in ("pending", "snoozed")
    )
    if waiting:
        store.suggestions.update_many({s["id"]: {**changes, "snoozed_until": None} for s in waiting})
    return len(waiting)


def log_many(store: Store, items: list[dict]) -> list[dict]:
    """Several interactions, each {contact_id, kind, date, ...} checked as one logged through the API is,
    stored in one durable write (all or none): an imported sheet's history, thank-yous recorded in one go.
    A ValidationError or NotFound (an unknown contact) stores nothing."""
    records = []
    for item in items:
        fields = {k: v for k, v in item.items() if k in InteractionFields.model_fields}
        values, _ = validate(InteractionFields, fields)
        records.append({**values, "contact_id": item["contact_id"]})
    with store.lock:
        known = set(store.contacts.scan(lambda c: c["id"]))
        for record in records:
            if record["contact_id"] not in known:
                get_contact(store, record["contact_id"])  # raises NotFound, naming it
        return store.interactions.insert_many(records)


def list_interactions(store: Store, contact_id: str) -> list[dict]:
    """The contact's interactions, newest first."""
    get_contact(store, contact_id)
    found = store.interactions.find(lambda i: i["contact_id"] == contact_id)
    return sorted(found, key=lambda i: (i["date"], i["created_at"]), reverse=True)


def get_interaction(store: Store, contact_id: str, interaction_id: str) -> dict:
    item = store.interactions.get(interaction_id)
    if item is None or item["contact_id"] != contact_id:
        raise NotFound(f"No interaction {interaction_id!r} for this contact.")
    return item


def update_interaction(store: Store, contact_id: str, interaction_id: str, payload: dict) -> dict:
    values, sent = validate(InteractionChanges, payload)
    changes = {k: values[k] for k in sent}
    with store.lock:
        get_interaction(store, contact_id, interaction_id)
        if not changes:
            return store.interactions.get(interaction_id)
        record = store.interactions.update(interaction_id, changes)
        if changes.get("kind") == "linkedin":
            # Re-filed as a LinkedIn connection: the contact is connected, as when one is logged.
            store.contacts.update(contact_id, {"connected": True})
        return record


def delete_interaction(store: Store, contact_id: str, interaction_id: str) -> dict:
    with store.lock:
        item = get_interaction(store, contact_id, interaction_id)
        store.interactions.delete(interaction_id)
    return item
