"""Feeds: add, remove, OPML import/export, last poll and errors per feed, and "poll now"."""

from flask import Response, current_app, jsonify, render_template, request, url_for

from companion.errors import ApiError
from companion.sharing import feedlist
from companion.web.dashboard import polling
from companion.web.dashboard.blueprint import bp
from companion.web.dashboard.common import done, notices, plural, store

MAX_OPML_BYTES = 2 * 1024 * 1024


@bp.get("feeds", endpoint="feeds")
def feeds_page():
    feeds = feedlist.list_feeds(store())
    polled = [f["last_polled"] for f in feeds if f.get("last_polled")]
    return render_template("feeds.html", feeds=feeds, last_poll=max(polled) if polled else None)


@bp.post("feeds", endpoint="add_feed")
def add_feed():
    try:
        feed = feedlist.add_feed(store(), request.form.get("url", "").strip(),
                                 title=request.form.get("title", "").strip(),
                                 allow_private=current_app.config["ALLOW_PRIVATE_FEEDS"])
    except ApiError as exc:
        return done(f"Could not add that feed: {'; '.join(exc.errors)}", "dashboard.feeds", kind="error")
    return done(f"Added {feed.get('title') or feed.get('url')}. Poll now to fetch its articles.",
                "dashboard.feeds")


@bp.post("feeds/<feed_id>/delete", endpoint="remove_feed")
def remove_feed(feed_id):
    try:
        feedlist.remove_feed(store(), feed_id)
    except ApiError as exc:
        return done(exc.message, "dashboard.feeds", kind="error")
    return done("Removed the feed. Suggestions already made stay in your review queue.", "dashboard.feeds")


@bp.post("feeds/poll", endpoint="poll_feeds")
def poll_feeds():
    """Poll every feed. The page's script starts it in the background; a plain form waits for it."""
    app = current_app._get_current_object()
    if request.accept_mimetypes.best == "application/json":
        started = polling.job(app).start(app)
        return jsonify(ok=True, started=started, status_url=url_for("dashboard.poll_status"))
    try:
        summary = polling.run_poll(app)
    except ApiError as exc:
        return done(exc.message, "dashboard.feeds", kind="error")
    return done(polling.describe(summary), "dashboard.feeds", kind=polling.notice_kind(summary))


@bp.get("feeds/poll/status", endpoint="poll_status")
def poll_status():
    """How far the background poll is; when it has ended, the sentence to show and where to go."""
    state = polling.job(current_app).snapshot()
    answer = {"ok": True, "running": state["running"], "done": state["done"], "total": state["total"]}
    if not state["running"]:
        summary = state["summary"]
        message = state["error"] or (polling.describe(summary) if summary else "")
        answer["message"] = message
        if message:
            kind = "error" if state["error"] else polling.notice_kind(summary)
            answer["kind"] = kind
            key = notices().add(message, kind=kind)
            answer["next"] = url_for("dashboard.feeds", notice=key)
    return jsonify(answer)


@bp.post("feeds/import", endpoint="import_opml")
def import_opml():
    upload = request.files.get("opml")
    data = upload.read(MAX_OPML_BYTES + 1) if upload else b""
    if not data:
        return done("Choose an OPML file to import.", "dashboard.feeds", kind="error")
    try:
        summary = feedlist.import_opml(store(), data, allow_private=current_app.config["ALLOW_PRIVATE_FEEDS"])
    except ApiError as exc:
        return done(f"Could not import that file: {exc.message}", "dashboard.feeds", kind="error")
    return done(f"Imported the OPML file: {describe_import(summary)}.", "dashboard.feeds")


def describe_import(summary: dict) -> str:
    """'2 feeds added, 1 already here, 0 refused' from an OPML import summary."""
    def count(value):
        return len(value) if isinstance(value, list) else int(value or 0)

    return (f"{plural(count(summary.get('added')), 'feed')} added, "
            f"{count(summary.get('already')):,} already here, {count(summary.get('rejected')):,} refused")


@bp.get("feeds/export.opml", endpoint="export_opml")
def export_opml():
    return Response(feedlist.export_opml(store()), mimetype="text/x-opml",
                    headers={"Content-Disposition": 'attachment; filename="companion-feeds.opml"'})
