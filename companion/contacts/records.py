"""Contacts: create, change, capture from LinkedIn, search, and present with their follow-up status.

A contact as the API returns it is the stored record plus `industry_id`, `industry_name`,
`industry_source` ("typed" or "inferred") and the computed `followup`.
"""

import datetime as dt
import functools
import unicodedata
from collections.abc import Callable, Iterable

from companion.contacts.identity import Book
from companion.contacts.linkedin import NotAProfileUrl, canonical_profile_url
from companion.errors import NotFound, ValidationError
from companion.followups import rules
from companion.industries import lookup
from companion.store import preferences
from companion.store.storage import Store
from companion.validation import CaptureFields, ContactFields, validate

STATUSES = ("thank_you_due", "due", "waiting", "capped")
SEARCH_FIELDS = ("name", "company", "title", "headline", "notes", "email", "how_met", "location")
# A text search also looks in the tags and the past companies (lists of names).


# Big enough for every contact of a large list (inferring takes ~0.5 ms): a cache smaller than the
# list misses on every pass over it. Keys share the stored strings, so an entry is small.
@functools.lru_cache(maxsize=16384)
def _industry_of(industry: str, headline: str, title: str, company: str) -> tuple[str, str, str]:
    entry = lookup.normalise(industry) if industry else None
    source = "typed"
    if entry is None:
        entry = lookup.infer(headline, title, company)
        source = "inferred"
    if entry is None:
        return "", "", ""
    return entry["id"], entry["name"], source


def with_industry(contact: dict) -> dict:
    """The contact with `industry_id`/`industry_name` normalised or inferred."""
    iid, name, source = _industry_of(
        contact.get("industry", ""),
        contact.get("headline", ""),
        contact.get("title", ""),
        contact.get("company", ""),
    )
    return {
        **contact,
        "industry_id": iid or None,
        "industry_name": name or None,
        "industry_source": source or None,
    }


class Presenter:
    """Turns stored contacts into API contacts, loading what the follow-up rules need once."""

    def __init__(self, store: Store, on: dt.date | None = None, *, only: str | Iterable[str] | None = None):
        """`only`: the id (or ids) of the contacts that will be presented, to load just their
        interactions and suggestions; None loads everyone's."""
        self.store = store
        self.on = on or dt.date.today()
        self.settings = preferences.current_settings(store)
        self.by_contact: dict[str, list[dict]] = {}
        if only is None:
            wanted = lambda r: True  # noqa: E731
        else:
            ids = {only} if isinstance(only, str) else set(only)
            wanted = lambda r: r["contact_id"] in ids  # noqa: E731
        for item in store.interactions.find(wanted):
            self.by_contact.setdefault(item["contact_id"], []).append(item)
        self.waiting_articles = {
            s["contact_id"] for s in store.suggestions.find(wanted) if s.get("status") == "pending"
        }
        self._by_id: dict[str, dict | None] = {}

    def present_id(self, contact_id: str) -> dict | None:
        """The stored contact with this id as the API returns it, or None; remembered, since a batch
        of articles (a feed poll) meets the same contacts again and again."""
        if contact_id not in self._by_id:
            contact = self.store.contacts.get(contact_id)
            self._by_id[contact_id] = self.present(contact) if contact is not None else None
        return self._by_id[contact_id]

    def due_ids(self) -> set[str]:
        """Ids of every contact with a thank-you or follow-up due (all contacts presented once)."""
        due = set()
        for contact in self.store.contacts.all():
            shown = self._by_id.get(contact["id"]) or self.present(contact)
            self._by_id[contact["id"]] = shown
            if shown["followup"]["status"] in rules.DUE_STATUSES:
                due.add(contact["id"])
        return due

    def present(self, contact: dict) -> dict:
        out = with_industry(contact)
        out.setdefault("past_companies", [])  # contacts stored before the field existed
        out["followup"] = rules.compute(
            contact,
            self.by_contact.get(contact["id"], []),
            self.settings,
            self.on,
            article_waiting=contact["id"] in self.waiting_articles,
        )
        return out


def present_one(store: Store, contact: dict, on: dt.date | None = None) -> dict:
    """One contact as the API returns it."""
    return Presenter(store, on, only=contact["id"]).present(contact)


def get_contact(store: Store, contact_id: str) -> dict:
    """The stored contact, or NotFound."""
    contact = store.contacts.get(contact_id)
    if contact is None:
        raise NotFound(f"No contact with id {contact_id!r}.")
    return contact


def _profile_url(value: str, field: str = "linkedin_url") -> str:
    if not value:
        return ""
    try:
        return canonical_profile_url(value)
    except NotAProfileUrl as exc:
        raise ValidationError([f"`{field}` {exc}"]) from None


def _find_by_profile(store: Store, url: str, *, other_than: str | None = None) -> dict | None:
    found = store.contacts.find(lambda c: c.get("linkedin_url") == url and c["id"] != other_than)
    return found[0] if found else None


def create_contact(store: Store, payload: dict) -> dict:
    """Store a new contact from an API body; returns the stored record."""
    name_required = '`name` is required: the person\'s full name, e.g. "Ada Park"'
    try:
        values, _ = validate(ContactFields, payload)
    except ValidationError as exc:
        # Report a missing name together with the other problems, not on the next try.
        name = payload.get("name") if isinstance(payload, dict) else None
        if not (isinstance(name, str) and name.strip()) and not any("`name`" in e for e in exc.errors):
            raise ValidationError([name_required, *exc.errors]) from None
        raise
    if not values["name"]:
        raise ValidationError([name_required])
    values["linkedin_url"] = _profile_url(values["linkedin_url"])
    with store.lock:
        if values["linkedin_url"]:
            existing = _find_by_profile(store, values["linkedin_url"])
            if existing:
                raise ValidationError(
                    [
                        f"`linkedin_url` already belongs to {existing['name']} "
                        f"(id {existing['id']}); edit that contact instead"
                    ]
                )
        return store.contacts.insert(values)


# How the dashboard and the extension say why a contact is probably the one meant (sheets.book's key kinds).
_SAME_BECAUSE = {
    "linkedin": "same LinkedIn profile",
    "email": "same email",
    "name": "same name and company",
    "name_only": "same name",
}


def likely_same_person(store: Store, payload: dict) -> tuple[dict, str] | None:
    """A stored contact that the one about to be added probably is, and why ("same email", "same name
    and company"), or None: the identity rules of the sheet import (`sheets.book.Book`), which ignore
    case and spacing and take a unique name when one side names no organization."""
    fields = {k: payload.get(k) or "" for k in ("name", "email", "company", "linkedin_url")}
    return _why(Book(store.contacts.all(), []).match_why(fields))


def likely_profile_owner(store: Store, name: str, company: str = "") -> tuple[dict, str] | None:
    """The stored contact without a LinkedIn profile that a captured profile probably belongs to, and
    why, or None: same name, and the same organization or none on one side (a unique name then), by the
    sheet import's rules. People entered by hand or from a sheet are found this way, so that capturing
    their profile links it to them rather than making a second contact."""
    unlinked = store.contacts.find(lambda c: not c.get("linkedin_url"))
    return _why(Book(unlinked, []).match_why({"name": name or "", "company": company or ""}))


def _why(found: tuple[dict, str] | None) -> tuple[dict, str] | None:
    return (found[0], _SAME_BECAUSE[found[1]]) if found else None


def update_contact(store: Store, contact_id: str, payload: dict) -> dict:
    """Apply the fields the client sent; returns the stored record."""
    values, sent = validate(ContactFields, payload)
    changes = {k: values[k] for k in sent}
    if "name" in changes and not changes["name"]:
        raise ValidationError(["`name` cannot be empty"])
    if "linkedin_url" in changes:
        changes["linkedin_url"] = _profile_url(changes["linkedin_url"])
    with store.lock:
        get_contact(store, contact_id)
        if changes.get("linkedin_url"):
            existing = _find_by_profile(store, changes["linkedin_url"], other_than=contact_id)
            if existing:
                raise ValidationError([f"`linkedin_url` already belongs to {existing['name']}"])
        return store.contacts.update(contact_id, changes) if changes else get_contact(store, contact_id)


def delete_contact(store: Store, contact_id: str) -> dict:
    """Delete a contact with its interactions and suggestions; returns what was deleted."""
    with store.lock:
        contact = get_contact(store, contact_id)
        interactions = store.interactions.find(lambda i: i["contact_id"] == contact_id)
        store.contacts.delete(contact_id)
        store.interactions.delete_many([i["id"] for i in interactions])
        store.suggestions.delete_many(
            [s["id"] for s in store.suggestions.find(lambda s: s["contact_id"] == contact_id)]
        )
    return {"contact": contact, "interactions": interactions}


def capture(store: Store, payload: dict) -> tuple[bool, dict]:
    """Create or update the contact for a LinkedIn profile: (created, stored record).

    With `link_to` (a contact's id) and no contact holding this profile yet, the profile is linked to that
    contact instead of making a new one: its URL is set, and the captured fields fill only what the contact
    lacks, so what the user typed stays."""
    values, sent = validate(CaptureFields, payload)
    link_to = values.pop("link_to")
    if not values["name"]:
        raise ValidationError(["`name` is required"])
    url = _profile_url(values["linkedin_url"])
    if not url:
        raise ValidationError(["`linkedin_url` is required"])
    values["linkedin_url"] = url
    with store.lock:
        existing = _find_by_profile(store, url)
        if existing is None and link_to:
            return False, _link_profile(store, link_to, values)
        if existing is None:
            return True, store.contacts.insert({**ContactFields().model_dump(), **values})
        changes = {k: values[k] for k in sent if k != "link_to" and (values[k] or k == "name")}
        return False, store.contacts.update(existing["id"], changes)


def _link_profile(store: Store, contact_id: str, values: dict) -> dict:
    target = get_contact(store, contact_id)
    if target.get("linkedin_url"):
        raise ValidationError(
            [f"`link_to`: {target['name']} already has a LinkedIn profile ({target['linkedin_url']}); "
             "capture this one as a new contact instead"]
        )
    filled = {k: v for k, v in values.items() if v and (k == "linkedin_url" or not target.get(k))}
    return store.contacts.update(contact_id, filled)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _matches_query(contact: dict, words: list[str]) -> bool:
    haystack = _fold(" ".join([*(str(contact.get(f, "")) for f in SEARCH_FIELDS), *contact.get("tags", []),
                               *_names(contact.get("past_companies"))]))
    return all(w in haystack for w in words)


def _names(value) -> list[str]:
    """A stored list of names (past companies) as text to search; none when absent (contacts stored
    before the field existed) or not a list."""
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _sort_key(contact: dict) -> tuple[str, str]:
    """The list order: name ignoring case and accents, then id, so the order is total and stable."""
    return _folded_name(contact["name"]), contact["id"]


@functools.lru_cache(maxsize=65536)
def _folded_name(name: str) -> str:
    return _fold(name)


def _in_industry(contact: dict, wanted: str) -> bool:
    shown = with_industry(contact)
    named = (_fold(shown["industry_id"] or ""), _fold(shown["industry_name"] or ""))
    return wanted in named or wanted in _fold(contact.get("industry", ""))


def _filter(*, q: str, industry: str, tag: str) -> Callable[[dict], bool] | None:
    """One test of a contact for the text and industry filters, or None when none is asked for."""
    tests = []
    if q.strip():
        words = _fold(q).split()
        tests.append(lambda c: _matches_query(c, words))
    if tag:
        folded = _fold(tag)
        tests.append(lambda c: folded in (_fold(t) for t in c.get("tags", [])))
    if industry:
        wanted = _fold(industry)
        tests.append(lambda c: _in_industry(c, wanted))
    return (lambda c: all(test(c) for test in tests)) if tests else None


def present_many(store: Store, contacts: list[dict], on: dt.date | None = None) -> list[dict]:
    """These stored contacts as the API returns them, with their follow-up status."""
    presenter = Presenter(store, on, only=[c["id"] for c in contacts])
    return [presenter.present(c) for c in contacts]


def search_page(
    store: Store,
    *,
    q: str = "",
    industry: str = "",
    status: str = "",
    tag: str = "",
    linkedin_url: str = "",
    on: dt.date | None = None,
    offset: int = 0,
    limit: int | None = None,
) -> tuple[list[dict], int]:
    """One page of the filtered, sorted list as the API returns it, and how many match in all.

    Pages are cut after every filter and the sort (name, then id), so consecutive pages of an
    unchanged list join up with no contact skipped or repeated. Only a `status` filter needs
    every match's follow-up status; otherwise just the page's contacts are presented.
    """
    if status and status not in STATUSES:
        raise ValidationError([f"`status` must be one of {', '.join(STATUSES)}, got {status!r}"])
    url = _profile_url(linkedin_url)
    same_profile = (lambda c: c.get("linkedin_url") == url) if url else (lambda c: True)
    passes = _filter(q=q, industry=industry, tag=tag)
    end = None if limit is None else offset + limit
    if passes is None and not status:
        # Only the page is copied out of the store; the order comes from sort keys read in place.
        with store.lock:
            order = sorted(store.contacts.scan(lambda c: _sort_key(c) if same_profile(c) else None))
            window = [store.contacts.get(contact_id) for _, contact_id in order[offset:end]]
        return present_many(store, window, on), len(order)
    found = _stored_matches(store, same_profile, passes)
    if not status:
        return present_many(store, found[offset:end], on), len(found)
    shown = [c for c in present_many(store, found, on) if c["followup"]["status"] == status]
    return shown[offset:end], len(shown)


def _stored_matches(store: Store, same_profile: Callable, passes: Callable | None) -> list[dict]:
    # Text filters and inferred industries can be slow: they run on copies, outside the store lock.
    found = store.contacts.find(same_profile)
    return sorted(found if passes is None else filter(passes, found), key=_sort_key)


def search(store: Store, **filters) -> list[dict]:
    """Every contact as the API returns it that passes the filters (those of `search_page`),
    sorted by name (then id)."""
    return search_page(store, **filters)[0]


def search_stored(store: Store, *, q: str = "", industry: str = "", tag: str = "") -> list[dict]:
    """The stored contacts (with their industry, not yet their follow-up status) that pass the text,
    industry and tag filters, sorted by name (then id): for a caller that orders them by something
    else and presents only a page of them with `present_many`."""
    return [with_industry(c) for c in _stored_matches(store, lambda c: True, _filter(q=q, industry=industry,
                                                                                      tag=tag))]

