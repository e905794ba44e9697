"""GET /api/contacts/<id>/draft?kind=&channel=[&url=&title=]: a ready message, never sent."""

from flask import Blueprint, request

from companion.contacts.compose import compose
from companion.errors import ValidationError
from companion.validation import http_url
from companion.web.api import ok, store

bp = Blueprint("drafts", __name__, url_prefix="/api/contacts/<contact_id>")


@bp.get("/draft")
def draft(contact_id):
    args = request.args
    article = None
    if args.get("url"):
        try:
            url = http_url(args["url"])
        except ValueError as exc:
            raise ValidationError([f"`url` {exc}"]) from None
        article = {"url": url, "title": args.get("title", "")[:300], "reason": args.get("reason", "")[:300]}
    kind = args.get("kind", "update")
    message = compose(store(), contact_id, kind, args.get("channel") or None, article=article)
    return ok(draft=message, **message)
