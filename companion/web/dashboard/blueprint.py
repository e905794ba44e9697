"""The dashboard's one Blueprint, its checks, template helpers and error pages."""

from flask import Blueprint, render_template, request
from werkzeug.exceptions import HTTPException

from companion.web.dashboard import common, security

bp = Blueprint("dashboard", __name__, url_prefix="/", template_folder="templates",
               static_folder="static", static_url_path="/dashboard-static")
bp.before_request(security.check_state_change)
bp.after_request(security.add_headers)

NAV = [("dashboard.today", "Today"), ("dashboard.contacts", "Contacts"),
       ("dashboard.suggestions", "Suggestions"), ("dashboard.feeds", "Feeds"),
       ("dashboard.transfer", "Import & export"), ("dashboard.insights", "Insights"),
       ("dashboard.settings", "Settings")]
FAVICON = "icon-32.png"  # a copy of extension/icons/icon-32.png


@bp.app_template_filter("http_url")
def http_url_filter(value):
    return common.http_url(value)


bp.add_app_template_global(common.plural, "plural")


@bp.app_template_filter("when")
def when_filter(value):
    """'2026-11-26T11:32:39Z' as '2026-11-26 11:32 UTC'; dates and empty values as they are."""
    text = str(value or "")
    return f"{text[:10]} {text[11:16]} UTC" if len(text) >= 16 and text[10] == "T" else text


@bp.context_processor
def page_helpers():
    return {
        "csrf_token": security.csrf_secret(),
        "nav": NAV,
        "notice": common.notices().pop(request.args.get("notice")),
        "status_labels": common.STATUS_LABELS,
        "kind_labels": common.KIND_LABELS,
        "channel_labels": common.CHANNEL_LABELS,
        "suggested_labels": common.SUGGESTED_LABELS,
        "today_iso": common.today().isoformat(),
    }


@bp.get("favicon.ico", endpoint="favicon")
def favicon():
    """The extension's icon, for browsers that ask for /favicon.ico whatever the page links."""
    return bp.send_static_file(FAVICON)


@bp.errorhandler(HTTPException)
def error_page(exc: HTTPException):
    code = exc.code or 500
    return render_template("error.html", code=code, title=exc.name, message=exc.description), code
