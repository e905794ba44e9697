"""Who may talk to the companion: the checks every request passes before it reaches a route.

In order (SECURITY.md 2-8):
1. `Host` must name this server on loopback (DNS rebinding) -> 400, on every route.
2. On `/api/`: a body over the limit -> 413; a web `Origin` other than our own -> 403;
   a missing or wrong bearer token -> 401 (`GET /api/ping` and CORS preflights excepted);
   a state-changing body that is not JSON (or a type the route declares) -> 415.
3. Answers: `nosniff`, `no-store` on the API, `frame-ancestors 'none'` everywhere.

CORS (flask-cors) answers only for extension origins that have paired: an origin is recorded the
first time it presents a valid token, since a preflight carries none. Never `*`, never a
reflected unknown origin, never credentials.
"""

import re

from flask import Flask, current_app, g, request
from flask_cors import CORS

from companion.config import MAX_BODY_BYTES
from companion.errors import Forbidden, PayloadTooLarge, Unauthorized, UnsupportedMediaType
from companion.web.errors import error_response

EXTENSION_ORIGIN = re.compile(
    r"^(chrome-extension|moz-extension|safari-web-extension)://[A-Za-z0-9.-]{1,64}$"
)
PAIRED_ORIGINS_KEY = "paired_origins"
STATE_CHANGING = {"POST", "PUT", "PATCH", "DELETE"}
PUBLIC_API = {("GET", "/api/ping"), ("HEAD", "/api/ping")}


def allowed_hosts(port: int) -> set[str]:
    """The Host values a browser sends when it really means this server."""
    return {f"127.0.0.1:{port}", f"localhost:{port}", f"[::1]:{port}"}


def own_origins(port: int) -> set[str]:
    return {f"http://{h}" for h in allowed_hosts(port)}


UPLOAD_MAX_BYTES = 8 * 1024 * 1024


def large_uploads(view):
    """Decorator: a route that takes an uploaded file (an imported sheet) up to 8 MiB, not 2 MiB."""
    view.max_body_bytes = UPLOAD_MAX_BYTES
    return view


def _body_limit() -> int:
    view = current_app.view_functions.get(request.endpoint)
    return getattr(view, "max_body_bytes", MAX_BODY_BYTES)


def upload_types(*mimetypes: str):
    """Decorator: a route that also takes these body types (e.g. text/csv) besides JSON."""

    def mark(view):
        view.upload_types = frozenset(mimetypes)
        return view

    return mark


def _bearer() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    return value.strip() if scheme.lower() == "bearer" and value.strip() else None


def _check_body_type() -> None:
    if request.method not in STATE_CHANGING:
        return
    mimetype = request.mimetype
    has_body = bool(request.content_length) or request.headers.get("Transfer-Encoding")
    if not has_body and not mimetype:
        return
    view = current_app.view_functions.get(request.endpoint)
    allowed = {"application/json"} | set(getattr(view, "upload_types", ()))
    if mimetype not in allowed:
        shown = mimetype or "no content type"
        raise UnsupportedMediaType(
            f"Send the body as application/json (got {shown}).",
            [f"Content-Type must be one of {', '.join(sorted(allowed))}, got {shown}"],
        )


def _check_body_size() -> None:
    limit = _body_limit()
    request.max_content_length = limit  # also bounds chunked bodies as they are read
    if request.content_length and request.content_length > limit:
        raise PayloadTooLarge(f"The request body is too large ({limit // 2**20} MiB at most).")


def _check_api_request(checker) -> None:
    origin = request.headers.get("Origin")
    port = current_app.config["PORT"]
    is_extension = bool(origin and EXTENSION_ORIGIN.match(origin))
    if origin and origin not in own_origins(port) and not is_extension:
        raise Forbidden("Requests from web pages are not allowed; use the extension or the dashboard.")
    if request.method == "OPTIONS" or (request.method, request.path) in PUBLIC_API:
        return
    token = _bearer()
    if token is None or not checker.matches(token):
        raise Unauthorized("Missing or wrong token. Pair with the token that `companion token` prints.")
    g.authenticated = True
    if is_extension:
        _remember_origin(origin)
    _check_body_type()


def _remember_origin(origin: str) -> None:
    store = current_app.extensions["companion.store"]
    paired = store.get_meta(PAIRED_ORIGINS_KEY, [])
    if origin not in paired:
        store.set_meta(PAIRED_ORIGINS_KEY, sorted({*paired, origin})[-20:])


def _drop_unpaired_cors(response):
    origin = request.headers.get("Origin")
    if origin and response.headers.get("Access-Control-Allow-Origin"):
        store = current_app.extensions["companion.store"]
        if origin not in store.get_meta(PAIRED_ORIGINS_KEY, []):
            for header in [h for h in response.headers.keys() if h.lower().startswith("access-control-")]:
                del response.headers[header]
    return response


def _secure_headers(response):
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("X-Frame-Options", "DENY")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    if "Content-Security-Policy" not in response.headers:
        response.headers["Content-Security-Policy"] = "frame-ancestors 'none'"
    if request.path.startswith("/api/"):
        response.headers["Cache-Control"] = "no-store"
    return response


def init_app(app: Flask, checker) -> None:
    """Install the request checks, the response headers and the narrow CORS."""

    @app.before_request
    def check_request():
        if request.host not in allowed_hosts(app.config["PORT"]):
            return error_response("This server answers only to 127.0.0.1, localhost or [::1].", 400)
        _check_body_size()
        if request.path.startswith("/api/") or request.path == "/api":
            _check_api_request(checker)
        return None

    # Registered before CORS so that it runs after flask-cors has added its headers.
    app.after_request(_secure_headers)
    app.after_request(_drop_unpaired_cors)
    CORS(
        app,
        resources={r"/api/*": {"origins": [EXTENSION_ORIGIN]}},
        supports_credentials=False,
        allow_headers=["Authorization", "Content-Type"],
        methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
        max_age=600,
        send_wildcard=False,
        always_send=False,
    )
