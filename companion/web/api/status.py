"""GET /api/status: the paired client's check that its token works, with what the companion holds
and any start-up notice (e.g. a corrupt file that was set aside and restored from a backup)."""

from flask import Blueprint

from companion.config import APP_NAME, VERSION
from companion.web.api import ok, store

bp = Blueprint("status", __name__, url_prefix="/api")


@bp.get("/status")
def status():
    s = store()
    return ok(
        app=APP_NAME,
        version=VERSION,
        paired=True,
        contacts=s.contacts.count(),
        feeds=s.feeds.count(),
        notices=list(s.notices),
        data_dir=str(s.data_dir),
    )
