"""Interactions: /api/contacts/<id>/interactions and /api/contacts/<id>/interactions/<iid>."""

from flask import Blueprint

from companion.contacts import interactions
from companion.contacts.records import get_contact, present_one
from companion.web.api import json_body, ok, store

bp = Blueprint("interactions", __name__, url_prefix="/api/contacts/<contact_id>/interactions")


def _contact(contact_id):
    return present_one(store(), get_contact(store(), contact_id))


@bp.post("")
def log_interaction(contact_id):
    item = interactions.log_interaction(store(), contact_id, json_body())
    return ok(201, interaction=item, contact=_contact(contact_id))


@bp.get("")
def list_interactions(contact_id):
    return ok(interactions=interactions.list_interactions(store(), contact_id))


@bp.patch("/<interaction_id>")
def patch_interaction(contact_id, interaction_id):
    item = interactions.update_interaction(store(), contact_id, interaction_id, json_body())
    return ok(interaction=item, contact=_contact(contact_id))


@bp.delete("/<interaction_id>")
def delete_interaction(contact_id, interaction_id):
    item = interactions.delete_interaction(store(), contact_id, interaction_id)
    return ok(deleted=item, contact=_contact(contact_id))
