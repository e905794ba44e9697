"""The dashboard: server-rendered pages at `/` over the same services as the API.

`init_app(app)` registers one Blueprint whose views live in small modules, one per page group:
today, contacts, suggestions, feeds, transfer (import/export), settings, printing, insights, the
start-up notices banner, and undo.
Every page gets a strict Content-Security-Policy; every state-changing request must carry the
per-process CSRF secret embedded in the page and, when it sends an Origin, our own (SECURITY.md 9).
"""

from flask import Flask

from companion.web.dashboard import (  # noqa: F401 - importing a page module registers its routes
    contact_pages,
    contacts,
    feeds,
    insights,
    printing,
    security,
    settings,
    startup_notices,
    suggestions,
    today,
    transfer,
    undo,
)
from companion.web.dashboard.blueprint import bp


def init_app(app: Flask) -> None:
    """Register the dashboard blueprint with its CSRF secret, CSP and template helpers."""
    security.init_app(app)
    app.register_blueprint(bp)
