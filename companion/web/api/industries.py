"""GET /api/industries: the taxonomy that contacts' industries are normalised to."""

from flask import Blueprint

from companion.industries import lookup
from companion.web.api import ok

bp = Blueprint("industries", __name__, url_prefix="/api")


@bp.get("/industries")
def list_industries():
    return ok(industries=lookup.all_industries(), sectors=lookup.sectors())
