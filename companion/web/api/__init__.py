"""The JSON API: one blueprint per resource, all under /api/."""

from flask import Flask, current_app

from companion.store.storage import Store


def store() -> Store:
    """The process's one Store."""
    return current_app.extensions["companion.store"]


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
