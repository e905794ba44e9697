"""Settings and the user's own profile: GET/PUT /api/settings, GET/PUT /api/settings/profile."""

from flask import Blueprint

from companion.store import preferences
from companion.web.api import json_body, ok, store

bp = Blueprint("settings", __name__, url_prefix="/api/settings")


@bp.get("")
def get_settings():
    current = preferences.current_settings(store())
    return ok(settings=current, described=preferences.describe_settings(store()))


@bp.put("")
def put_settings():
    return ok(settings=preferences.update_settings(store(), json_body()))


@bp.get("/profile")
def get_profile():
    return ok(profile=preferences.get_profile(store()))


@bp.put("/profile")
def put_profile():
    return ok(profile=preferences.update_profile(store(), json_body()))
