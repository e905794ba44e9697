"""Helpers every dashboard page uses: the store, labels, one-shot notices, safe links, redirects."""

import datetime as dt
import re
import secrets
import threading
from urllib.parse import urlsplit

from flask import current_app, redirect, request, url_for

from companion.store.storage import Store

NOTICES_KEY = "companion.dashboard.notices"
STATUS_LABELS = {"thank_you_due": "Thank-you due", "due": "Follow-up due", "waiting": "Waiting",
                 "capped": "At yearly limit"}
KIND_LABELS = {"interview": "Interview", "thank_you": "Thank-you", "update": "Career update",
               "article": "Shared an article", "linkedin": "Connected on LinkedIn", "meeting": "Meeting",
               "other": "Other"}
SUGGESTED_LABELS = {"thank_you": "Send a thank-you", "update": "Send a career update",
                    "article": "Share an article", "linkedin": "Connect on LinkedIn"}
CHANNEL_LABELS = {"email": "Email", "mail": "Mailed card", "linkedin": "LinkedIn", "phone": "Phone",
                  "in_person": "In person", "other": "Other"}


def store() -> Store:
    """The process's one Store."""
    return current_app.extensions["companion.store"]


def today() -> dt.date:
    return dt.date.today()


def plural(count, one: str, many: str | None = None, *, number: bool = True) -> str:
    """A count with its noun: plural(1, "feed") is "1 feed", plural(2, "feed") "2 feeds",
    plural(1200, "entry", "entries") "1,200 entries". `many` is the plural when it is not `one` + "s";
    number=False gives the noun alone ("field" or "fields"), for a sentence that says the count elsewhere.
    The one helper for every count the dashboard says (templates as `plural(...)`, messages in Python)."""
    try:
        amount = int(count)
    except (TypeError, ValueError):
        amount = len(count) if hasattr(count, "__len__") else 0
    word = one if amount == 1 else (many or f"{one}s")
    return f"{amount:,} {word}" if number else word


def http_url(value) -> str | None:
    """The URL when it is http(s) with a host; anything else (javascript:, data:...) is not a link."""
    if not isinstance(value, str):
        return None
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return None
    return value.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


class Notices:
    """One-shot messages shown after a redirect, kept in memory (no cookie: other local apps share it)."""

    def __init__(self):
        self._lock = threading.Lock()
        self._items: dict[str, dict] = {}

    def add(self, text: str, *, kind: str = "ok", undo: str | None = None) -> str:
        key = secrets.token_urlsafe(8)
        with self._lock:
            if len(self._items) > 200:  # a forgotten tab must not make this grow for ever
                self._items.pop(next(iter(self._items)))
            self._items[key] = {"text": text, "kind": kind, "undo": undo}
        return key

    def pop(self, key: str | None) -> dict | None:
        with self._lock:
            return self._items.pop(key, None) if key else None


def notices() -> Notices:
    return current_app.extensions.setdefault(NOTICES_KEY, Notices())


def safe_next(default_endpoint: str, **values) -> str:
    """Where to go after a form: the page's own `next` path if it is local, else the default."""
    target = request.form.get("next", "")
    if target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return url_for(default_endpoint, **values)


def done(message: str, endpoint: str, *, kind: str = "ok", undo: str | None = None, **values):
    """Redirect (303) to a page that will show `message` once."""
    key = notices().add(message, kind=kind, undo=undo)
    target = safe_next(endpoint, **values)
    joiner = "&" if "?" in target else "?"
    return redirect(f"{target}{joiner}notice={key}", code=303)


def form_dict(names) -> dict:
    """The posted text fields among `names`, trimmed."""
    return {name: request.form.get(name, "").strip() for name in names if name in request.form}


def field_errors(errors: list[str], fields) -> tuple[dict[str, list[str]], list[str]]:
    """Validation messages split into {field: [what is wrong]} and the rest, to show each by its field.

    The services' messages start with the field in backticks ("`date` must be a date as YYYY-MM-DD,
    got '12/3'", see companion/validation.py); by a field, the form shows its label before the rest.
    """
    by_field: dict[str, list[str]] = {}
    other = []
    for message in errors:
        found = re.match(r"`([^`.]+)[^`]*`\s*", message)
        if found and found.group(1) in fields:
            by_field.setdefault(found.group(1), []).append(message[found.end():])
        else:
            other.append(message)
    return by_field, other
