"""POST /api/articles/match: who an article fits, with reasons and drafts.
POST /api/articles/dismiss: "not relevant" for one contact, which teaches the matcher."""

from typing import Annotated

from flask import Blueprint, current_app
from pydantic import BeforeValidator, Field, StrictInt

from companion.contacts.records import get_contact
from companion.errors import ApiError
from companion.feeds.extract import extract_article
from companion.feeds.fetch import fetch
from companion.feeds.guard import FetchError
from companion.sharing import recommend
from companion.validation import HttpUrl, Strict, Text, validate
from companion.web.api import json_body, ok, store

bp = Blueprint("articles", __name__, url_prefix="/api/articles")


def _keywords(value):
    if value is None:
        return ""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return ", ".join(value)[:2000]
    if isinstance(value, str):
        return value[:2000]
    raise ValueError("must be text or a list of words")


class ArticleFields(Strict):
    url: HttpUrl
    title: Text(500) = ""
    description: Text(5000) = ""
    text: Text(200_000) = ""
    keywords: Annotated[str, BeforeValidator(_keywords)] = ""
    site_name: Text(200) = ""
    limit: Annotated[StrictInt, Field(ge=1, le=20)] = 5


class DismissFields(Strict):
    url: HttpUrl
    contact_id: Text(64)
    title: Text(500) = ""
    description: Text(5000) = ""


def _fetched(url: str) -> dict:
    """The article behind a bare URL, fetched with the same guarded fetch as feeds."""
    try:
        result = fetch(
            url, accept="html", allow_private=current_app.config["ALLOW_PRIVATE_FEEDS"], total_deadline=15
        )
    except FetchError as exc:
        raise ApiError(f"Could not fetch the page: {exc}", status=422) from None
    return extract_article(result.content, result.final_url or url)


@bp.post("/match")
def match():
    article, _ = validate(ArticleFields, json_body())
    limit = article.pop("limit")
    if not (article["title"] or article["text"] or article["description"]):
        article = {**_fetched(article["url"]), "url": article["url"]}
    return ok(**recommend.suggestions_for_article(store(), article, limit=limit))


@bp.post("/dismiss")
def dismiss():
    values, _ = validate(DismissFields, json_body())
    get_contact(store(), values["contact_id"])
    dismissal = recommend.dismiss(
        store(),
        values["contact_id"],
        values["url"],
        " ".join(filter(None, [values["title"], values["description"]])),
    )
    return ok(201, dismissal=dismissal)
