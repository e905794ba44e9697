"""GET /api/followups?on=DATE: thank-yous due, follow-ups due, contacts at the yearly cap."""

import datetime as dt

from flask import Blueprint, request

from companion.contacts import duelist
from companion.errors import ValidationError
from companion.validation import parse_date
from companion.web.api import ok, store

bp = Blueprint("followups", __name__, url_prefix="/api")


def day_arg(name: str = "on") -> dt.date:
    """A YYYY-MM-DD query argument (default today)."""
    raw = request.args.get(name, "")
    if not raw:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(parse_date(raw, allow_empty=False))
    except ValueError as exc:
        raise ValidationError([f"`{name}` {exc}"]) from None


@bp.get("/followups")
def list_due():
    on = day_arg()
    return ok(on=on.isoformat(), **duelist.due(store(), on))
