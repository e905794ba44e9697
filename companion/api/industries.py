"""GET /api/industries: the taxonomy that contacts' industries are normalised to."""

from flask import Blueprint

from .. import industries
from . import ok

bp = Blueprint("industries", __name__, url_prefix="/api")


@bp.get("/industries")
def list_industries():
    return ok(industries=industries.all_industries(), sectors=industries.sectors())
