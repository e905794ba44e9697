"""Settings: the profile drafts sign with, follow-up cadence, the pairing token, data folder, backups."""

from flask import current_app, render_template, request, url_for

from companion.errors import ApiError
from companion.store import preferences, tokens
from companion.web.dashboard.blueprint import bp
from companion.web.dashboard.common import done, store

PROFILE_FIELDS = ("name", "email", "school", "programme", "current_role", "signature")
SETTING_LABELS = {
    "thank_you_overdue_days": "Thank-you overdue after (days)",
    "max_follow_ups_per_year": "Follow-ups per person per year",
    "follow_up_interval_days": "Days between follow-ups",
    "min_follow_up_gap_days": "Shortest gap between follow-ups (days)",
    "feed_poll_interval_minutes": "Poll feeds every (minutes)",
    "suggestion_snooze_days": "Snooze a suggestion for (days)",
    "max_pending_suggestions_per_contact": "Suggestions kept per person",
    "article_retention_days": "Keep unused articles for (days)",
}


def _render(profile_errors=None, settings_errors=None, profile=None, settings=None, code=200):
    described = [{**s, "label": SETTING_LABELS.get(s["name"], s["name"].replace("_", " ").capitalize())}
                 for s in preferences.describe_settings(store())]
    if settings:
        described = [{**s, "value": settings.get(s["name"], s["value"])} for s in described]
    return render_template(
        "settings.html", profile=profile or preferences.get_profile(store()), settings=described,
        profile_errors=profile_errors or [], settings_errors=settings_errors or [],
        token=current_app.extensions["companion.tokens"].current(), data_dir=str(store().data_dir),
        backups=store().list_backups(), port=current_app.config["PORT"]), code


@bp.get("settings", endpoint="settings")
def settings_page():
    return _render()


@bp.post("settings/profile", endpoint="save_profile")
def save_profile():
    payload = {name: request.form.get(name, "").strip() for name in PROFILE_FIELDS}
    try:
        preferences.update_profile(store(), payload)
    except ApiError as exc:
        return _render(profile_errors=exc.errors, profile=payload, code=400)
    return done("Saved your profile. New drafts will use it.", "dashboard.settings")


def _settings_payload() -> tuple[dict, list[str]]:
    payload, errors = {}, []
    for setting in preferences.describe_settings(store()):
        raw = request.form.get(setting["name"], "").strip()
        if raw == "":
            continue
        try:
            payload[setting["name"]] = int(raw)
        except ValueError:
            label = setting["name"].replace("_", " ").capitalize()
            errors.append(f"{label} must be a whole number, got {raw[:20]!r}")
    return payload, errors


@bp.post("settings/cadence", endpoint="save_settings")
def save_settings():
    payload, errors = _settings_payload()
    if not errors:
        try:
            preferences.update_settings(store(), payload)
        except ApiError as exc:
            errors = exc.errors
    if errors:
        shown = {k: request.form.get(k, "") for k in request.form}
        return _render(settings_errors=errors, settings=shown, code=400)
    return done("Saved the follow-up settings.", "dashboard.settings")


@bp.get("settings/token/rotate", endpoint="confirm_rotate")
def confirm_rotate():
    return render_template("confirm.html", title="Make a new pairing token?",
                           message="The extension stops working until you paste the new token into its "
                                   "options page. Do this if the token may have leaked.",
                           action=url_for("dashboard.rotate_token"), button="Make a new token",
                           cancel=url_for("dashboard.settings"))


@bp.post("settings/token/rotate", endpoint="rotate_token")
def rotate_token():
    tokens.rotate(store().data_dir)
    return done("Made a new token. Paste it into the extension's options page to pair again.",
                "dashboard.settings")


def _backup(stamp: str) -> dict | None:
    return next((b for b in store().list_backups() if b["stamp"] == stamp), None)


@bp.get("settings/backups/<stamp>/restore", endpoint="confirm_restore")
def confirm_restore(stamp):
    if _backup(stamp) is None:
        return done("There is no such backup.", "dashboard.settings", kind="error")
    return render_template("confirm.html", title=f"Restore the backup from {stamp}?",
                           message="Everything goes back to how it was then. Your data as it is now is "
                                   "backed up first, so you can come back to it.",
                           action=url_for("dashboard.restore_backup", stamp=stamp),
                           button="Restore this backup",
                           cancel=url_for("dashboard.settings"))


@bp.post("settings/backups/<stamp>/restore", endpoint="restore_backup")
def restore_backup(stamp):
    if _backup(stamp) is None:
        return done("There is no such backup.", "dashboard.settings", kind="error")
    store().restore_backup(stamp)
    return done(f"Restored the backup from {stamp}.", "dashboard.settings")
