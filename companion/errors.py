"""The errors a domain raises: each carries its HTTP status and a message that says what to do.

`raise ValidationError([...])` or `NotFound("...")` anywhere below a route; `companion.web.errors`
turns every one into the API's one JSON error shape. Nothing here imports Flask.
"""


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
