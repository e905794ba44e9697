"""The JSON API: one blueprint per resource, all under /api/."""

import json

from flask import Flask, current_app, request

from companion.errors import ValidationError
from companion.store.storage import Store


def store() -> Store:
    """The process's one Store."""
    return current_app.extensions["companion.store"]


def json_body() -> dict:
    """The request body as a JSON object ({} when empty), or a ValidationError saying why not."""
    raw = request.get_data(cache=True)
    if not raw.strip():
        return {}
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise ValidationError([f"The body is not valid JSON: {str(exc)[:120]}"]) from None
    if not isinstance(body, dict):
        raise ValidationError([f"The body must be a JSON object, got {type(body).__name__}"])
    return body


def ok(status: int = 200, **payload):
    """A success answer: {"ok": true, ...payload}."""
    return {"ok": True, **payload}, status


def init_app(app: Flask) -> None:
    """Register every API blueprint."""
    from companion.web.api import (
        articles,
        contacts,
        drafts,
        exports,
        feeds,
        followups,
        industries,
        interactions,
        ping,
        settings,
        status,
        suggestions,
    )

    modules = (ping, status, contacts, interactions, drafts, followups, articles, feeds, suggestions,
               industries, settings, exports)
    for module in modules:
        app.register_blueprint(module.bp)
