"""The one JSON error shape of the API, and the handlers that make every error use it.

`{"ok": false, "error": "<message>", "errors": ["..."], "status": <code>}`: raised as `ApiError`
(or a subclass) anywhere below a route, and produced for Flask's own 404/405/413/500 on `/api/`.
A stack trace never reaches a client; it goes to the server log without request bodies.
"""

import logging

from flask import Flask, jsonify, request
from werkzeug.exceptions import HTTPException

log = logging.getLogger(__name__)


class ApiError(Exception):
    """An error the client can act on; `errors` lists every problem found."""

    status = 400

    def __init__(self, message: str, errors: list[str] | None = None, status: int | None = None):
        super().__init__(message)
        self.message = message
        self.errors = list(errors) if errors else [message]
        if status is not None:
            self.status = status


class ValidationError(ApiError):
    """The request body or query is not what the route takes."""

    status = 400

    def __init__(self, errors: list[str]):
        summary = errors[0] if len(errors) == 1 else f"{len(errors)} problems: " + "; ".join(errors)
        super().__init__(summary, errors)


class NotFound(ApiError):
    status = 404


class Conflict(ApiError):
    status = 409


class Unauthorized(ApiError):
    status = 401


class Forbidden(ApiError):
    status = 403


class UnsupportedMediaType(ApiError):
    status = 415


class PayloadTooLarge(ApiError):
    status = 413


class StorageFailure(ApiError):
    """A write could not be made durable; nothing was changed."""

    status = 503


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

    from companion.store.storage import StorageError

    @app.errorhandler(StorageError)
    def handle_storage_error(exc: StorageError):
        # Disk full or not writable: the client can retry later; the stored data is unchanged.
        log.error("could not save: %s", exc)
        message = "The change could not be saved (is the disk full or read-only?); nothing was changed."
        if _wants_json():
            return error_response(message, StorageFailure.status)
        return message, StorageFailure.status

    from companion.matching import ModelError

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
