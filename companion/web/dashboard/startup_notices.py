"""Start-up notices (a corrupt file set aside, a backup restored) as a banner the user can dismiss.

The banner says what happened and names the data folder that holds the set-aside file. Dismissing
hides a notice on the dashboard for the rest of this process's life, in memory only: the next
start shows nothing unless something went wrong again. `Store.notices` is left as it is, so
GET /api/status and the server log still report every notice.
"""

from urllib.parse import urlencode

from flask import current_app, request

from companion.web.dashboard.blueprint import bp
from companion.web.dashboard.common import done, store

DISMISSED_KEY = "companion.dashboard.dismissed_notices"


def _dismissed() -> set[int]:
    return current_app.extensions.setdefault(DISMISSED_KEY, set())


def shown() -> list[dict]:
    """The notices not dismissed yet, as {number, text}; a notice's number is its place in the list."""
    hidden = _dismissed()
    return [{"number": n, "text": text} for n, text in enumerate(store().notices) if n not in hidden]


def _here() -> str:
    """This page's path and query without its one-shot notice, to come back to; "" after a POST."""
    if request.method != "GET":
        return ""
    query = urlencode([(k, v) for k, v in request.args.items(multi=True) if k != "notice"])
    return request.path + (f"?{query}" if query else "")


@bp.context_processor
def banner():
    return {"startup_notices": shown(), "data_folder": str(store().data_dir), "here": _here()}


@bp.post("notices/<int:number>/dismiss", endpoint="dismiss_notice")
def dismiss_notice(number):
    """Hide one start-up notice until the companion restarts, then go back to the page it was on."""
    if number < len(store().notices):  # the list only grows at start-up, so a number stays put
        _dismissed().add(number)
    return done("Notice hidden until the companion restarts. Its file stays in your data folder.",
                "dashboard.today")
