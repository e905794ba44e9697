"""Request bodies checked against pydantic models, with messages that name the field and the fix.

Every problem in a body is reported at once (`ValidationError.errors`), e.g.
"`interview_date` must be a date as YYYY-MM-DD, got '12/3'".
"""

import datetime as dt
import json
import re
from typing import Annotated

import pydantic
from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, StrictBool

from companion.errors import ValidationError
from companion.feeds.urls import is_http_url

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_EMAIL = re.compile(r"^[^@\s]{1,64}@[^@\s]{1,255}\.[^@\s]{1,63}$")
MAX_FUTURE_DAYS = 366


def _text(value):
    """Strings are stripped of control characters; null means empty."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValueError(f"must be text, got {_shown(value)}")
    return _CONTROL.sub("", value).strip()


def _shown(value) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    # A lone surrogate ("\ud800" in JSON) cannot be encoded in the answer: show it escaped.
    text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= 40 else text[:37] + "..."


def parse_date(value, *, field: str = "date", allow_empty: bool = True) -> str | None:
    """A YYYY-MM-DD string checked to be a real calendar date not far in the future."""
    if value in (None, "") and allow_empty:
        return None
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        raise ValueError(f"must be a date as YYYY-MM-DD, got {_shown(value)}")
    try:
        day = dt.date.fromisoformat(value.strip())
    except ValueError:
        raise ValueError(f"is not a real date: {_shown(value)}") from None
    if day > dt.date.today() + dt.timedelta(days=MAX_FUTURE_DAYS):
        raise ValueError(f"is too far in the future: {value}")
    if day.year < 1900:
        raise ValueError(f"is too far in the past: {value}")
    return day.isoformat()


def whole_number(value: str, *, minimum: int, maximum: int | None = None) -> int:
    """A query argument as a whole number in bounds (ASCII digits only); ValueError saying the fix."""
    bounds = f"from {minimum} to {maximum}" if maximum is not None else f"{minimum} or more"
    if not isinstance(value, str) or not re.fullmatch(r"[0-9]+", value):
        raise ValueError(f"must be a whole number {bounds}, got {_shown(value)}")
    if len(value) > 15:
        raise ValueError(f"must be a whole number {bounds}, got one of {len(value)} digits")
    number = int(value)
    if number < minimum or (maximum is not None and number > maximum):
        raise ValueError(f"must be a whole number {bounds}, got {number}")
    return number


def _date(value):
    return parse_date(value)


def http_url(value, *, allow_empty: bool = False) -> str:
    """An http(s) URL with a host, stripped; ValueError saying what is wrong otherwise."""
    if allow_empty and value in (None, ""):
        return ""
    if not isinstance(value, str) or len(value) > 2000 or not is_http_url(value.strip()):
        raise ValueError(f"must be an http:// or https:// address, got {_shown(value)}")
    return value.strip()


def _email(value: str) -> str:
    if value and not _EMAIL.match(value):
        raise ValueError(f"must be an email address like name@example.org, got {_shown(value)}")
    return value


def _tags(value):
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValueError(f'must be a list of words, like ["nursing", "mentor"], got {_shown(value)}')
    out = []
    for item in value:
        if not isinstance(item, str):
            raise ValueError(f"must hold only text, got {_shown(item)}")
        tag = _CONTROL.sub("", item).strip()
        if len(tag) > 60:
            raise ValueError(f"entries must be at most 60 characters, got {len(tag)}")
        if tag and tag.lower() not in (t.lower() for t in out):
            out.append(tag)
    if len(out) > 50:
        raise ValueError("must hold at most 50 tags")
    return out


MAX_PAST_COMPANIES = 10
MAX_COMPANY = 200


def _companies(value):
    """Past employers: a list of up to 10 names, each stripped, at most 200 characters, each once."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise ValueError(
            f'must be a list of company names, like ["Acme Corp", "Globex"], got {_shown(value)}'
        )
    out = []
    for item in value:
        if not isinstance(item, str):
            raise ValueError(f"must hold only company names as text, got {_shown(item)}")
        name = " ".join(_CONTROL.sub("", item).split())
        if len(name) > MAX_COMPANY:
            raise ValueError(f"entries must be at most {MAX_COMPANY} characters, got one of {len(name)}")
        if name and name.casefold() not in (n.casefold() for n in out):
            out.append(name)
    if len(out) > MAX_PAST_COMPANIES:
        raise ValueError(f"must hold at most {MAX_PAST_COMPANIES} companies, got {len(out)}")
    return out


def Text(max_length: int):  # noqa: N802 - reads as a type in the models below
    return Annotated[str, BeforeValidator(_text), Field(max_length=max_length)]


HttpUrl = Annotated[str, BeforeValidator(http_url)]
OptionalHttpUrl = Annotated[str, BeforeValidator(lambda v: http_url(v, allow_empty=True))]
Email = Annotated[str, BeforeValidator(_text), Field(max_length=254), AfterValidator(_email)]
Date = Annotated[str | None, BeforeValidator(_date)]
Tags = Annotated[list[str], BeforeValidator(_tags)]
Companies = Annotated[list[str], BeforeValidator(_companies)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class ContactFields(Strict):
    """Every field a contact takes; all optional (PATCH), `name` enforced on create."""

    name: Text(200) = ""
    email: Email = ""
    phone: Text(60) = ""
    headline: Text(400) = ""
    title: Text(200) = ""
    company: Text(200) = ""
    past_companies: Companies = []
    industry: Text(200) = ""
    location: Text(200) = ""
    linkedin_url: Text(500) = ""
    mailing_address: Text(1000) = ""
    tags: Tags = []
    notes: Text(20000) = ""
    how_met: Text(500) = ""
    interview_date: Date = None
    about: Text(5000) = ""
    connected: StrictBool = False
    snoozed_until: Date = None


class CaptureFields(Strict):
    """What the extension captures from a LinkedIn profile."""

    linkedin_url: Text(500)
    name: Text(200)
    headline: Text(400) = ""
    title: Text(200) = ""
    company: Text(200) = ""
    past_companies: Companies = []  # employers of the profile's earlier positions, current one apart
    location: Text(200) = ""
    about: Text(5000) = ""
    industry: Text(200) = ""
    link_to: Text(64) = ""  # an existing contact's id: link the profile to them instead of adding one


def _message(error: dict) -> str:
    field = ".".join(str(p) for p in error["loc"]) or "body"
    kind = error["type"]
    if kind == "missing":
        return f"`{field}` is required"
    if kind == "extra_forbidden":
        return f"`{field}` is not a field this route takes"
    if kind == "string_too_long":
        return f"`{field}` must be at most {error['ctx']['max_length']} characters"
    if kind.startswith("bool"):
        return f"`{field}` must be true or false, got {_shown(error.get('input'))}"
    msg = error["msg"].removeprefix("Value error, ")
    return f"`{field}` {msg}"


def validate(model: type[BaseModel], payload: dict) -> tuple[dict, set[str]]:
    """The payload checked against `model`: (clean values, fields the client sent)."""
    try:
        parsed = model.model_validate(payload)
    except pydantic.ValidationError as exc:
        raise ValidationError([_message(e) for e in exc.errors()]) from None
    return parsed.model_dump(), set(parsed.model_fields_set)
