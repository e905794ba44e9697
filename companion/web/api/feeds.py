"""Feeds: GET/POST /api/feeds, DELETE /api/feeds/<id>, POST /api/feeds/poll,
GET /api/feeds/opml (export), POST /api/feeds/opml (import, an OPML upload)."""

from flask import Blueprint, Response, current_app, request

from companion.sharing import feedlist
from companion.web.api import json_body, ok, store
from companion.web.guard import upload_types

bp = Blueprint("feeds", __name__, url_prefix="/api/feeds")


@bp.get("")
def list_feeds():
    return ok(feeds=feedlist.list_feeds(store()))


@bp.post("")
def add_feed():
    body = json_body()
    allow = current_app.config["ALLOW_PRIVATE_FEEDS"]
    feed = feedlist.add_feed(store(), body.get("url"), body.get("title") or "", allow_private=allow)
    return ok(201, feed=feed)


@bp.delete("/<feed_id>")
def delete_feed(feed_id):
    return ok(deleted=feedlist.remove_feed(store(), feed_id))


@bp.post("/poll")
def poll():
    summary = feedlist.poll_now(current_app)
    summary["feeds_polled"] = summary.pop("feeds")
    return ok(feeds=feedlist.list_feeds(store()), **summary)


@bp.get("/opml")
def export_opml():
    return Response(
        feedlist.export_opml(store()),
        mimetype="text/x-opml",
        headers={"Content-Disposition": 'attachment; filename="followup-companion-feeds.opml"'},
    )


@bp.post("/opml")
@upload_types("text/x-opml", "text/xml", "application/xml")
def import_opml():
    allow = current_app.config["ALLOW_PRIVATE_FEEDS"]
    return ok(**feedlist.import_opml(store(), request.get_data(), allow_private=allow))
