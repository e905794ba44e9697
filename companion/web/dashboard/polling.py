""""Poll now" from the dashboard: one background poll at a time, with progress the page can ask for.

The page's script starts a poll and then asks for its progress ("3 of 5 feeds") until it ends;
without script, the form post polls in the request and redirects with the summary.
"""

import threading

from flask import Flask

from companion.errors import ApiError
from companion.sharing import feedlist
from companion.web.dashboard.common import plural

JOB_KEY = "companion.dashboard.poll_job"


class PollJob:
    """The state of the dashboard's latest poll, shared between the worker thread and the page."""

    def __init__(self):
        self._lock = threading.Lock()
        self.state = {"running": False, "done": 0, "total": 0, "summary": None, "error": None}

    def snapshot(self) -> dict:
        with self._lock:
            return dict(self.state)

    def _set(self, **changes) -> None:
        with self._lock:
            self.state.update(changes)

    def start(self, app: Flask) -> bool:
        """Start a poll in the background; False when one is already running."""
        with self._lock:
            if self.state["running"]:
                return False
            total = app.extensions["companion.store"].feeds.count()
            self.state = {"running": True, "done": 0, "total": total, "summary": None, "error": None}
        threading.Thread(target=self._run, args=(app,), name="dashboard-poll", daemon=True).start()
        return True

    def _run(self, app: Flask) -> None:
        try:
            summary = run_poll(app, progress=lambda done, total: self._set(done=done, total=total))
            self._set(running=False, summary=summary)
        except ApiError as exc:
            self._set(running=False, error=exc.message)
        except Exception:  # noqa: BLE001 - the page must learn the poll ended, whatever happened
            self._set(running=False, error="The poll stopped unexpectedly; see the companion's log.")


def run_poll(app: Flask, progress=None) -> dict:
    """Poll every feed now through the feed service."""
    return feedlist.poll_now(app, progress=progress)


def job(app: Flask) -> PollJob:
    return app.extensions.setdefault(JOB_KEY, PollJob())


def describe(summary: dict) -> str:
    """One sentence a user can read about a finished poll."""
    errors = summary.get("errors") or []
    text = (f"Polled {plural(summary.get('feeds', 0), 'feed')}: "
            f"{plural(summary.get('new_articles', 0), 'new article')}, "
            f"{plural(summary.get('new_suggestions', 0), 'new suggestion')}.")
    if errors:
        text += f" {plural(errors, 'feed')} had problems; see the list below."
    return text


def notice_kind(summary: dict) -> str:
    """How the notice after a poll looks: a warning when any feed had a problem, else a success."""
    return "warn" if summary.get("errors") else "ok"
