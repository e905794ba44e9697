"""The one JSON error shape of the API, and the handlers that make every error use it.

`{"ok": false, "error": "<message>", "errors": ["..."], "status": <code>}`: raised as `ApiError`
(or a subclass, companion/errors.py) anywhere below a route, and produced for Flask's own
404/405/413/500 on `/api/`. A stack trace never reaches a client; it goes to the server log
without request bodies.
"""

import logging

from flask import Flask, jsonify, request
from werkzeug.exceptions import HTTPException

from companion.errors import ApiError, StorageFailure
from companion.matching import ModelError
from companion.store.storage import StorageError

log = logging.getLogger(__name__)


def error_body(message: str, status: int, errors: list[str] | None = None) -> dict:
    """The error envelope as a plain dict."""
    return {"ok": False, "error": message, "errors": errors or [message], "status": status}


def error_response(message: str, status: int, errors: list[str] | None = None):
    """A JSON response in the error envelope."""
    response = jsonify(error_body(message, status, errors))
    response.status_code = status
    return response


_HTTP_MESSAGES = {
    400: "The request could not be read.",
    404: "No such API route. See docs/api.md for the routes.",
    405: "This route does not take that method.",
    413: "The request body is too large (2 MiB at most).",
    415: "Send the body as application/json.",
}


def _wants_json() -> bool:
    return request.path.startswith("/api/") or request.path == "/api"


def init_app(app: Flask) -> None:
    """Register the handlers that turn every API error into the envelope."""

    @app.errorhandler(ApiError)
    def handle_api_error(exc: ApiError):
        return error_response(exc.message, exc.status, exc.errors)

    @app.errorhandler(StorageError)
    def handle_storage_error(exc: StorageError):
        # Disk full or not writable: the client can retry later; the stored data is unchanged.
        log.error("could not save: %s", exc)
        message = "The change could not be saved (is the disk full or read-only?); nothing was changed."
        if _wants_json():
            return error_response(message, StorageFailure.status)
        return message, StorageFailure.status

    @app.errorhandler(ModelError)
    def handle_model_error(exc: ModelError):
        # The shipped matching model is damaged or missing: matching cannot answer, the rest works on.
        log.error("matching model unavailable: %s", exc)
        message = f"Article matching is unavailable: {exc}."
        if _wants_json():
            return error_response(message, 503)
        return message, 503

    @app.errorhandler(HTTPException)
    def handle_http_error(exc: HTTPException):
        if not _wants_json():
            return exc
        code = exc.code or 500
        return error_response(_HTTP_MESSAGES.get(code, exc.name), code)

    @app.errorhandler(Exception)
    def handle_unexpected(exc: Exception):
        # Log the type and place only: request bodies can hold contacts' notes and emails.
        log.error(
            "unexpected error on %s %s: %s", request.method, request.path, type(exc).__name__, exc_info=exc
        )
        if _wants_json():
            return error_response("Something went wrong inside the companion; nothing was changed.", 500)
        return "Something went wrong inside the companion.", 500
