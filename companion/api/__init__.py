"""The JSON API: one blueprint per resource, all under /api/."""

from flask import Flask, current_app

from ..storage import Store


def store() -> Store:
    """The process's one Store."""
    return current_app.extensions["companion.store"]


def ok(status: int = 200, **payload):
    """A success answer: {"ok": true, ...payload}."""
    return {"ok": True, **payload}, status


def init_app(app: Flask) -> None:
    """Register every API blueprint."""
    from . import contacts, industries, ping, settings, status

    for module in (ping, status, contacts, industries, settings):
        app.register_blueprint(module.bp)
    for optional in ("interactions", "followups", "drafts", "articles", "feeds", "suggestions", "exports"):
        try:
            module = __import__(f"{__name__}.{optional}", fromlist=["bp"])
        except ImportError:
            continue
        app.register_blueprint(module.bp)
