"""Undo: a change a notice offers to take back (a deleted contact, thank-yous recorded in one go).

The page that makes the change keeps, under a random key, the function that takes it back; the notice's
Undo button posts that key here. Kept in memory, the last few only: a restart forgets them.
"""

import secrets
import threading
from collections.abc import Callable

from flask import current_app, request

from companion.web.dashboard.blueprint import bp
from companion.web.dashboard.common import done

UNDO_KEY = "companion.dashboard.undo"
KEEP_AT_MOST = 20


class UndoShelf:
    """The last few undo actions by key; each is taken (and so can run) once."""

    def __init__(self):
        self._lock = threading.Lock()
        self._actions: dict[str, Callable] = {}

    def keep(self, action: Callable) -> str:
        key = secrets.token_urlsafe(12)
        with self._lock:
            while len(self._actions) >= KEEP_AT_MOST:
                self._actions.pop(next(iter(self._actions)))
            self._actions[key] = action
        return key

    def take(self, key: str) -> Callable | None:
        with self._lock:
            return self._actions.pop(key, None)


def keep(action: Callable) -> str:
    """Keep `action` (no arguments; it answers like a view, e.g. with `done(...)`); returns the key a
    notice's Undo button sends back."""
    return current_app.extensions.setdefault(UNDO_KEY, UndoShelf()).keep(action)


@bp.post("undo", endpoint="undo")
def undo():
    """Run the undo action the notice's button names, once."""
    action = current_app.extensions.setdefault(UNDO_KEY, UndoShelf()).take(request.form.get("undo", ""))
    if action is None:
        return done("That can no longer be undone.", "dashboard.contacts", kind="error")
    return action()
