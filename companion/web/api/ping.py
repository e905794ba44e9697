"""GET /api/ping: is the companion there? Needs no token and tells nothing personal."""

from flask import Blueprint

from companion.config import APP_NAME, VERSION

bp = Blueprint("ping", __name__, url_prefix="/api")


@bp.get("/ping")
def ping():
    return {"ok": True, "app": APP_NAME, "version": VERSION}
