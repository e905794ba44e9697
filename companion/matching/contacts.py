"""Contact profiles for matching and the inverted index over them.

A profile is what matching needs to know about a contact: industry and sector (normalised, or
inferred from headline/title/company; failing that, the sector the shipped model reads in the
profile's text), interests (tags and "interested in ..." phrases, as words and as embeddings),
current and past companies, and topics of articles shared before. The index maps sector, industry,
interest term, topic and organisation keys to contact ids, and keeps every interest's embedding in one
array, so an article only touches contacts it could fit.
"""

import itertools
import re
from collections.abc import Iterable

import numpy as np

from companion.industries import lookup
from companion.matching.article import sector_probabilities
from companion.matching.model import shipped_model
from companion.matching.orgs import matchable, org_key, past_employers
from companion.matching.text import term_key

_TITLES = {"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "rev", "rev.", "sir"}
_INTEREST_CUES = re.compile(
    r"\b(?:interested in|interests?:|passionate about|cares about|loves|focus(?:es|ed)? on|works on|"
    r"keen on|into)\s+([^.;\n]+)",
    re.IGNORECASE,
)
# The model's sector for a profile with no industry is taken when it is at least this likely.
MIN_READ_SECTOR = 0.35


def _text(contact: dict, field: str) -> str:
    """A text field of the contact, '' when missing or not text."""
    value = contact.get(field)
    return value if isinstance(value, str) else ""


def first_name(name: str) -> str:
    """The name to use in a reason: first word that is not a title like 'Dr.'."""
    words = [w for w in (name or "").split() if w.lower() not in _TITLES]
    return words[0] if words else (name or "this contact")


def resolve_industry(contact: dict) -> dict | None:
    """The contact's taxonomy entry: given id, else normalised `industry`, else inferred from the role."""
    given = contact.get("industry_id")
    entry = lookup.get_industry(given) if isinstance(given, str) and given else None
    entry = entry or lookup.normalise(_text(contact, "industry"))
    return entry or lookup.infer(
        _text(contact, "headline"), _text(contact, "title"), _text(contact, "company")
    )


def _interest_phrases(contact: dict) -> list[str]:
    tags = contact.get("tags") or []
    tags = tags.split(",") if isinstance(tags, str) else tags
    phrases = [t.strip() for t in tags if isinstance(t, str) and t.strip()]
    for field in ("notes", "about"):
        for match in _INTEREST_CUES.finditer(_text(contact, field)):
            parts = re.split(r",|\band\b|/|\bor\b", match.group(1))
            phrases += [p.strip(" '\"") for p in parts if 2 < len(p.strip()) <= 40]
    return list(dict.fromkeys(phrases))


def read_sector(contact: dict) -> str | None:
    """The sector the model reads in a profile's own words when no industry is known, if clear enough."""
    text = ". ".join(_text(contact, f) for f in ("headline", "title", "company", "about", "notes"))
    if not text.strip(". "):
        return None
    model = shipped_model()
    probs = sector_probabilities(model, model.embed([text]))[0]
    best = int(np.argmax(probs))
    return model.sectors[best] if probs[best] >= MIN_READ_SECTOR else None


def _past_companies(contact: dict) -> list[str]:
    """The past employers captured from the profile's experience (`past_companies`), as text."""
    names = contact.get("past_companies") or []
    names = names if isinstance(names, (list, tuple)) else []
    return [n.strip() for n in names if isinstance(n, str) and n.strip()]


def _orgs(contact: dict) -> list[tuple[str, str, bool]]:
    """(display name, key, is_current) for the company and the past employers of the profile: those
    captured from its experience, then those its notes, about and headline name. Each company once,
    the current one first: someone back at an earlier employer works there now."""
    found = []
    company = (_text(contact, "company")).strip()
    if company:
        found.append((company, org_key(company), True))
    text = "\n".join(_text(contact, f) for f in ("notes", "about", "headline"))
    for name in _past_companies(contact) + past_employers(text):
        found.append((name, org_key(name), False))
    seen: set[str] = set()
    kept = []
    for name, key, current in found:
        if matchable(key) and key not in seen:
            seen.add(key)
            kept.append((name, key, current))
    return kept


def build_profile(contact: dict) -> dict:
    """Everything matching needs about one contact, as plain data."""
    entry = resolve_industry(contact)
    phrases = [p for p in _interest_phrases(contact) if term_key(p)]
    shared = contact.get("shared_topics") or []
    shared = shared if isinstance(shared, (list, tuple, set)) else []
    return {
        "id": contact.get("id"),
        "name": _text(contact, "name"),
        "first_name": first_name(_text(contact, "name")),
        "industry_id": entry["id"] if entry else None,
        "industry_name": entry["name"] if entry else None,
        "sector": entry["sector"] if entry else read_sector(contact),
        "interests": [(p, term_key(p)) for p in phrases],
        "interest_vectors": shipped_model().embed(phrases),
        "orgs": _orgs(contact),
        "shared_topics": {t for t in shared if isinstance(t, str) and t},
    }


def group_key(profile: dict) -> str:
    """Contacts alike for ranking when nothing personal is in play: those of one industry, or of one
    sector when only the sector is known."""
    return profile["industry_id"] or f"sector:{profile['sector']}"


def group_sector(key: str) -> str | None:
    """The sector of a group_key."""
    return key[len("sector:") :] if key.startswith("sector:") else lookup.sector_of(key)


def _profile_keys(profile: dict) -> list[tuple[str, str]]:
    keys = []
    if profile["sector"]:
        keys.append(("sector", profile["sector"]))
    if profile["industry_id"]:
        keys.append(("industry", profile["industry_id"]))
    if profile["sector"]:
        keys.append(("group", group_key(profile)))
    keys += [("term", key) for _, key in profile["interests"]]
    keys += [("org", key) for _, key, _ in profile["orgs"]]
    keys += [("shared", name) for name in profile["shared_topics"]]
    return keys


class ContactIndex:
    """Profiles by id plus an inverted index (kind, key) -> contact ids; update/remove keep it in step."""

    def __init__(self):
        self.profiles: dict = {}
        self.postings: dict[tuple[str, str], set] = {}
        self._by_kind: dict[str, dict[str, set]] = {}  # kind -> key -> the same sets as in `postings`
        self._groups: dict[str, set] | None = None
        self._order: dict[str, list] = {}
        self._interests: tuple | None = None
        self._by_sector: dict | None = None

    def __len__(self) -> int:
        return len(self.profiles)

    def update(self, contact: dict) -> dict:
        """Add a contact or refresh it after an edit; returns its profile."""
        self.remove(contact.get("id"))
        self._forget_derived()
        profile = build_profile(contact)
        self.profiles[profile["id"]] = profile
        for key in _profile_keys(profile):
            ids = self.postings.get(key)
            if ids is None:
                ids = self.postings[key] = self._by_kind.setdefault(key[0], {})[key[1]] = set()
            ids.add(profile["id"])
        return profile

    def remove(self, contact_id) -> None:
        """Forget a contact (no error if it was never indexed)."""
        profile = self.profiles.pop(contact_id, None)
        if profile is None:
            return
        self._forget_derived()
        for key in _profile_keys(profile):
            ids = self.postings.get(key)
            if ids is not None:
                ids.discard(contact_id)
                if not ids:
                    del self.postings[key]
                    del self._by_kind[key[0]][key[1]]

    def _forget_derived(self) -> None:
        self._groups = None
        self._order = {}
        self._interests = None
        self._by_sector = None

    def interest_matrix(self) -> tuple[np.ndarray, list[list], list[str]]:
        """(the embedding of every distinct interest phrase as one array, the ids of the contacts who
        have it, the phrase), row by row: contacts sharing an interest share its row."""
        if self._interests is None:
            rows: dict[str, tuple[np.ndarray, list]] = {}
            for cid, profile in self.profiles.items():
                for (label, _), vector in zip(profile["interests"], profile["interest_vectors"], strict=True):
                    rows.setdefault(label, (vector, []))[1].append(cid)
            vectors = [vector for vector, _ in rows.values()]
            dim = shipped_model().dim
            matrix = np.array(vectors, dtype=np.float32) if vectors else np.zeros((0, dim), np.float32)
            self._interests = (matrix, [owners for _, owners in rows.values()], list(rows))
        return self._interests

    def keys_of(self, kind: str):
        """Every key posted under one kind (the interest terms, the companies, ...)."""
        return self._by_kind.get(kind, {}).keys()

    def group_order(self, industry_id: str, boost: set) -> Iterable:
        """The industry's contacts in a fixed order (by id), those in `boost` (due) first. The order by
        id is kept until the index changes; the due ones are picked out lazily, as far as the caller
        reads (the ranking takes the first few), looking at the smaller of the group and `boost`."""
        group = self.industry_groups().get(industry_id, set())
        order = self._order.get(industry_id)
        if order is None:
            order = self._order[industry_id] = sorted(group, key=str)
        if not boost:
            return order
        if len(boost) < len(group):
            first = sorted((c for c in boost if c in group), key=str)
        else:
            first = (c for c in order if c in boost)
        return itertools.chain(first, (c for c in order if c not in boost))

    def groups_of_sector(self, sector: str) -> list[str]:
        """The group keys (industries, or the sector alone) of contacts in this sector."""
        if self._by_sector is None:
            by_sector: dict[str, list[str]] = {}
            for key in self.industry_groups():
                by_sector.setdefault(group_sector(key), []).append(key)
            self._by_sector = by_sector
        return self._by_sector.get(sector, [])

    def industry_groups(self) -> dict[str, set]:
        """Group key (an industry id, or "sector:<id>") -> ids of the contacts in it."""
        if self._groups is None:
            self._groups = {key: ids for (kind, key), ids in self.postings.items() if kind == "group"}
        return self._groups

    def ids_for_any(self, kind: str, keys) -> set:
        """Contact ids posted under any of these keys of one kind: the keys an article has and the index
        holds are found by one set intersection, not a look-up per key of the article."""
        posted = self._by_kind.get(kind, {})
        found: set = set()
        for key in posted.keys() & keys:
            found |= posted[key]
        return found


def build_index(contacts: list[dict]) -> ContactIndex:
    """Index every contact once; keep it with `index.update(contact)` and `index.remove(id)`."""
    index = ContactIndex()
    for contact in contacts or []:
        if isinstance(contact, dict) and contact.get("id") is not None:
            index.update(contact)
    return index
