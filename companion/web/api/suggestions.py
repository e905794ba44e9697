"""The review queue: GET /api/suggestions?status=, PATCH /api/suggestions/<id> {status}."""

from flask import Blueprint, request

from companion.sharing import suggestions
from companion.web.api import json_body, ok, store

bp = Blueprint("suggestions", __name__, url_prefix="/api/suggestions")


@bp.get("")
def list_suggestions():
    found = suggestions.list_suggestions(store(), request.args.get("status", "pending"))
    return ok(suggestions=found, count=len(found))


@bp.patch("/<suggestion_id>")
def patch_suggestion(suggestion_id):
    body = json_body()
    channel = body.get("channel", "email")
    if channel not in ("email", "mail", "linkedin", "phone", "in_person", "other"):
        channel = "email"
    return ok(suggestion=suggestions.set_status(store(), suggestion_id, body.get("status"), channel=channel))
