"""The industry taxonomy: LinkedIn industry names, free-text normalisation and inference from a role.

Pure functions over the static data in `companion.data.industries` and `companion.data.industry_hints`.
An industry is a dict {id, name, sector, sector_name, code, aliases}; ids are stable slugs.
"""

import difflib
import re
from functools import lru_cache

from companion.data.industries import INDUSTRY_ROWS, SECTORS
from companion.data.industry_hints import ABBREVIATIONS, COMPANY_HINTS, COMPANY_WORD_HINTS, ROLE_HINTS

# Words that carry no industry meaning when someone types "the software industry".
_FILLER = {"the", "industry", "industries", "sector", "field", "business", "space", "area", "of", "in"}
_FUZZY_CUTOFF = 0.84


def _key(text: str) -> str:
    """Fold case, '&' and punctuation so 'Hospital & Health Care' and 'hospital and health-care' agree."""
    text = text.lower().replace("&", " and ").replace("/", " ").replace("-", " ")
    text = re.sub(r"[^a-z0-9+ ]+", " ", text)
    return " ".join(text.split())


def _slug(name: str) -> str:
    return _key(name).replace(" ", "-")


@lru_cache(maxsize=1)
def _taxonomy() -> tuple[dict, dict, dict]:
    """Build (by_id, by_name_key, alias_key -> id) once."""
    by_id: dict[str, dict] = {}
    aliases: dict[str, str] = {}
    for code, name, sector, old_names in INDUSTRY_ROWS:
        entry = {
            "id": _slug(name),
            "name": name,
            "sector": sector,
            "sector_name": SECTORS[sector],
            "code": str(code) if code else None,
            "aliases": list(old_names),
        }
        by_id[entry["id"]] = entry
    by_name = {_key(e["name"]): e["id"] for e in by_id.values()}
    for entry in by_id.values():
        for alias in entry["aliases"]:
            aliases.setdefault(_key(alias), entry["id"])
    for short, name in ABBREVIATIONS.items():
        aliases.setdefault(_key(short), by_name[_key(name)])
    return by_id, by_name, aliases


def _public(entry: dict | None) -> dict | None:
    return dict(entry, aliases=list(entry["aliases"])) if entry else None


def all_industries() -> list[dict]:
    """Every industry in the taxonomy, grouped by sector in a stable order."""
    by_id = _taxonomy()[0]
    return [_public(e) for e in by_id.values()]


def sectors() -> dict[str, str]:
    """Sector id -> sector display name."""
    return dict(SECTORS)


def get_industry(industry_id: str) -> dict | None:
    """The industry with this id (or LinkedIn numeric code), else None."""
    if not isinstance(industry_id, str):
        return None
    by_id = _taxonomy()[0]
    if industry_id in by_id:
        return _public(by_id[industry_id])
    for entry in by_id.values():
        if entry["code"] == industry_id:
            return _public(entry)
    return None


def _by_name(name: str) -> dict | None:
    by_id, by_name, _ = _taxonomy()
    return by_id.get(by_name.get(_key(name), ""))


def _exact(key: str) -> dict | None:
    by_id, by_name, aliases = _taxonomy()
    found = by_name.get(key) or aliases.get(key)
    return by_id[found] if found else None


def normalise(text: str) -> dict | None:
    """Map free text (a name, an older LinkedIn name, a synonym, a typo) to a taxonomy entry, or None."""
    if not isinstance(text, str) or not text.strip():
        return None
    key = _key(text)
    entry = _exact(key)
    if entry is None:
        stripped = " ".join(w for w in key.split() if w not in _FILLER)
        entry = _exact(stripped) if stripped else None
        key = stripped or key
    if entry is None and len(key) >= 4:
        entry = _fuzzy(key)
    if entry is None:
        entry = _part_match(key) or _best_hint(key, ROLE_HINTS)
    return _public(entry)


def _part_match(key: str) -> dict | None:
    """The longest run of words inside the text that is itself a name or alias ('Banking & Finance')."""
    words = key.split()
    for size in range(len(words) - 1, 0, -1):
        for start in range(len(words) - size + 1):
            entry = _exact(" ".join(words[start : start + size]))
            if entry is not None:
                return entry
    return None


def _fuzzy(key: str) -> dict | None:
    """Nearest name or alias by difflib ratio, for typos like 'Hosptial and Healthcare'."""
    by_id, by_name, aliases = _taxonomy()
    candidates = {**aliases, **by_name}
    close = difflib.get_close_matches(key, list(candidates), n=1, cutoff=_FUZZY_CUTOFF)
    return by_id[candidates[close[0]]] if close else None


def _phrases_in(text_key: str, table: dict) -> list[tuple[str, str]]:
    """(phrase, industry name) for every table phrase found on word boundaries, longest first."""
    padded = f" {text_key} "
    found = [(p, name) for p, name in table.items() if f" {_key(p)} " in padded]
    return sorted(found, key=lambda item: -len(item[0]))


def _best_hint(text_key: str, *tables: dict) -> dict | None:
    """The industry of the longest hint phrase found in the text, trying tables in order."""
    for table in tables:
        found = _phrases_in(text_key, table)
        if found:
            return _by_name(found[0][1])
    return None


def infer(headline: str = "", title: str = "", company: str = "") -> dict | None:
    """Guess an industry from a headline, job title and company when no industry was given."""
    headline, title, company = (v if isinstance(v, str) else "" for v in (headline, title, company))
    role_text, _, at_company = _split_at(headline)
    company_key = _key(company or at_company)
    role_key = _key(f"{title} {role_text}")
    known = _best_hint(company_key, COMPANY_HINTS) if company_key else None
    role = _best_hint(role_key, ROLE_HINTS)
    if role is not None and not _generic_role(role_key, role, known):
        return _public(role)
    if known is not None:
        return _public(known)
    by_words = _best_hint(company_key, COMPANY_WORD_HINTS) if company_key else None
    fallback = role or by_words or _best_hint(_key(headline), COMPANY_HINTS, COMPANY_WORD_HINTS)
    return _public(fallback or normalise_strict(headline))


_VAGUE_ROLES = {
    "consultant",
    "developer",
    "producer",
    "editor",
    "buyer",
    "coach",
    "minister",
    "principal",
    "controller",
    "scout",
    "artist",
    "author",
    "scientist",
    "logistics",
    "trader",
    "analyst",
}


def _generic_role(role_key: str, role: dict, known: dict | None) -> bool:
    """A vague role word ('consultant', 'producer', 'buyer') yields to a well-known employer."""
    if known is None or known["sector"] == role["sector"]:
        return False
    matched = _phrases_in(role_key, ROLE_HINTS)
    return bool(matched) and matched[0][0] in _VAGUE_ROLES


def normalise_strict(text: str) -> dict | None:
    """Exact name or alias only (no fuzzy, no hints), for short texts like a headline's tail."""
    if not isinstance(text, str) or not text.strip():
        return None
    return _exact(_key(text))


def _split_at(headline: str) -> tuple[str, str, str]:
    """Split 'Nurse at Mayo Clinic' / 'Nurse @ Mayo Clinic' / 'Nurse | Mayo Clinic' into role and company."""
    parts = re.split(r"\s+(?:at|@)\s+|\s*[|,]\s*", headline or "", maxsplit=1)
    if len(parts) == 2:
        return parts[0], "at", parts[1]
    return headline or "", "", ""
