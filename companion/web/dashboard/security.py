"""What keeps other web pages from acting through the dashboard (SECURITY.md 9, 19).

- A per-process CSRF secret, made at start-up, is embedded in every page (hidden form field and
  a meta tag for fetches). Every POST must echo it; compared in constant time.
- A POST that carries an `Origin` must carry our own; browsers send it on cross-site POSTs.
- Pages get a strict CSP: no inline script, no framing, forms only to ourselves.
"""

import hmac
import secrets

from flask import Flask, abort, current_app, request

from companion.web.guard import own_origins

SECRET_KEY = "companion.dashboard.csrf"  # noqa: S105 - the extensions key, not a secret
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def csrf_secret() -> str:
    """The secret this process embeds in its pages."""
    return current_app.extensions[SECRET_KEY]


def _presented() -> str:
    return request.headers.get(CSRF_HEADER) or request.form.get(CSRF_FIELD, "")


def check_state_change() -> None:
    """403 unless a state-changing request carries our secret and (if any) our own Origin."""
    if request.method in ("GET", "HEAD", "OPTIONS"):
        return
    origin = request.headers.get("Origin")
    if origin is not None and origin not in own_origins(current_app.config["PORT"]):
        abort(403, "This form must be sent from the companion's own dashboard.")
    if request.headers.get("Sec-Fetch-Site") == "cross-site":
        abort(403, "This form must be sent from the companion's own dashboard.")
    if not hmac.compare_digest(_presented().encode(), csrf_secret().encode()):
        abort(403, "The page was out of date or not ours. Reload it and try again.")


def add_headers(response):
    """Strict CSP and no caching of pages that hold contacts' data."""
    response.headers["Content-Security-Policy"] = CSP
    # "no-referrer" would make Chromium send `Origin: null` on our own form posts; same-origin
    # keeps the Origin check meaningful and still tells other sites nothing.
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers.setdefault("Cache-Control", "no-store")
    return response


def init_app(app: Flask) -> None:
    """Make this process's secret (a new one each start: old open pages must reload)."""
    app.extensions[SECRET_KEY] = secrets.token_urlsafe(32)
