"""The industry taxonomy: LinkedIn industry names, free-text normalisation and inference from a role.

Pure functions over the static data in `companion.industries.taxonomy` and `companion.industries.hints`.
An industry is a dict {id, name, sector, sector_name, code, aliases}; ids are stable slugs.
"""

import difflib
import re
import unicodedata
from functools import cache, lru_cache

from companion.industries.hints import (
    ABBREVIATIONS,
    COMPANY_HINTS,
    COMPANY_WORD_HINTS,
    EMPLOYER_HINTS,
    FUNCTION_ROLES,
    ROLE_HINTS,
    STUDY_FIELDS,
    STUDY_ROLES,
    VAGUE_ROLES,
)
from companion.industries.taxonomy import INDUSTRY_ROWS, SECTORS

# Words that carry no industry meaning when someone types "the software industry".
_FILLER = {"the", "industry", "industries", "sector", "field", "business", "space", "area", "of", "in"}
_FUZZY_CUTOFF = 0.84


# Letters that Unicode does not decompose into a base letter and an accent.
_UNACCENTED = str.maketrans({"ø": "o", "æ": "ae", "œ": "oe", "ß": "ss", "ł": "l", "đ": "d"})


def _key(text: str) -> str:
    """Fold case, accents, '&' and punctuation so 'Hospital & Health Care' and 'hospital and health-care'
    agree, and 'Condé Nast' or 'Ørsted' match a hint written 'conde nast' or 'orsted'."""
    text = unicodedata.normalize("NFKD", text.lower().translate(_UNACCENTED))
    text = text.replace("&", " and ").replace("/", " ").replace("-", " ")
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


def _field_of(industry_id, field: str) -> str | None:
    entry = _taxonomy()[0].get(industry_id) if isinstance(industry_id, str) else None
    return entry[field] if entry else None


def sector_of(industry_id: str) -> str | None:
    """The sector id of the industry with this id, else None: a look-up without copying the entry, for
    the matcher's hot path."""
    return _field_of(industry_id, "sector")


def name_of(industry_id: str) -> str | None:
    """The display name of the industry with this id, else None; like `sector_of`, without a copy."""
    return _field_of(industry_id, "name")


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
        entry = _part_match(key) or _best_hint(key, "role")
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


_HINT_TABLES = {
    "role": ROLE_HINTS,
    "field": STUDY_FIELDS,
    "word": COMPANY_WORD_HINTS,
    "employer": {**EMPLOYER_HINTS, **COMPANY_HINTS},
}


@cache
def _keyed(table: str) -> tuple[dict[str, str], int]:
    """(phrase key -> industry name, most words in a phrase) for a hint table, folded once."""
    keyed = {_key(phrase): name for phrase, name in _HINT_TABLES[table].items()}
    return keyed, max(len(k.split()) for k in keyed)


def _matches(text_key: str, table: str) -> list[tuple[str, str, int]]:
    """(phrase, industry name, index of the word after it) for every table phrase in the text."""
    keyed, longest = _keyed(table)
    words = text_key.split()
    found = []
    for size in range(min(longest, len(words)), 0, -1):
        for start in range(len(words) - size + 1):
            phrase = " ".join(words[start : start + size])
            if phrase in keyed:
                found.append((phrase, keyed[phrase], start + size))
    return found


def _phrases_in(text_key: str, table: str) -> list[tuple[str, str]]:
    """(phrase, industry name) for every table phrase found on word boundaries, longest first."""
    found = sorted(_matches(text_key, table), key=lambda item: -len(item[0]))
    return [(phrase, name) for phrase, name, _ in found]


def _best_hint(text_key: str, *tables: str) -> dict | None:
    """The industry of the longest hint phrase found in the text, trying tables in order."""
    for table in tables:
        found = _phrases_in(text_key, table)
        if found:
            return _by_name(found[0][1])
    return None


def infer(headline: str = "", title: str = "", company: str = "") -> dict | None:
    """Guess an industry from a headline, job title and company when no industry was given.

    The headline's first part ('Nurse at Mercy Hospital' in 'Nurse at Mercy Hospital | Writer') is the
    current job; the other parts name an employer when the first does not, or a role when nothing else did.
    """
    headline, title, company = (v if isinstance(v, str) else "" for v in (headline, title, company))
    parts = _headline_parts(headline, keep_commas=bool(company))
    (first_role, first_employer), others = (parts[0] if parts else ("", "")), parts[1:]
    employer = company or first_employer or " ".join(role + " " + at for role, at in others)
    whole = _key(" ".join((title, headline, company)))
    guess = _decide(_key(f"{title} {first_role}"), _key(employer), whole)
    for role, at in others:
        guess = guess or _decide(_key(role), _key(at), whole)
    fallback = _best_hint(_key(_proper_names(headline)), "employer", "word") if guess is None else None
    return _public(guess or fallback or normalise_strict(headline))


def _proper_names(text: str) -> str:
    """The capitalised words of a headline: an employer named in passing is a proper name ('Stanford GSB'),
    so 'Passionate about unity' does not read as the company Unity."""
    return " ".join(w for w in text.split() if w[:1].isupper() or w[:1].isdigit())


def _decide(role_key: str, employer_key: str, whole_key: str) -> dict | None:
    """One job's industry: a telling role, unless it is a role every employer has and the employer is known.

    A student or researcher belongs to the field they name ('PhD Candidate in Neuroscience').
    """
    phrase, role = _role(role_key)
    known = _best_hint(employer_key, "employer") if employer_key else None
    by_words = _best_hint(employer_key, "word") if employer_key else None
    if phrase in STUDY_ROLES:
        field = _best_hint(whole_key, "field")
        return field or known or by_words or role
    employer = known or (by_words if phrase in FUNCTION_ROLES else None)
    if role is not None and not _yields(phrase, role, employer):
        return role
    return known or by_words or role


# Words after which a title names a subject rather than the job: 'Professor of History', 'Journalist
# covering climate', 'Counsel for the Senate'.
_CONNECTORS = frozenset("of for in on to with covering focused focusing specializing specialising".split())


def _role(role_key: str) -> tuple[str | None, dict | None]:
    """The telling role phrase in a title and its industry: a specific one ('dancer') before a vague one
    ('principal', 'consultant'); of those, one starting before any connector word, and the last of them,
    as the head of the title ('Environmental Lawyer', 'Travel Nurse'), the longest where several end
    together ('Registered Nurse')."""
    found = _matches(role_key, "role")
    if not found:
        return None, None
    specific = [item for item in found if item[0] not in VAGUE_ROLES and item[0] not in FUNCTION_ROLES]
    candidates = specific or found
    words = role_key.split()
    cut = next((i for i, word in enumerate(words) if word in _CONNECTORS and i > 0), len(words))
    head = [item for item in candidates if item[2] - len(item[0].split()) < cut]
    phrase, name, _ = max(head or candidates, key=lambda item: (item[2], len(item[0])))
    return phrase, _by_name(name)


def _yields(phrase: str, role: dict, employer: dict | None) -> bool:
    """A vague role ('consultant', 'producer') yields to a well-known employer of another sector, and a
    business function found everywhere ('recruiter', 'marketing manager') to any employer naming its trade."""
    if employer is None or employer["sector"] == role["sector"]:
        return False
    return phrase in VAGUE_ROLES or phrase in FUNCTION_ROLES


def normalise_strict(text: str) -> dict | None:
    """Exact name or alias only (no fuzzy, no hints), for short texts like a headline's tail."""
    if not isinstance(text, str) or not text.strip():
        return None
    return _exact(_key(text))


_PART_BREAK = re.compile(r"\s*[|•·;]\s*|\s+[-–—]\s+")
_AT = re.compile(r"\s+(?:at|@)\s+|\s*@\s*", re.IGNORECASE)
_FORMER = re.compile(r"^(?:ex|former(?:ly)?|previously|prev)\b[\s:.-]*", re.IGNORECASE)


def _headline_parts(headline: str, keep_commas: bool = False) -> list[tuple[str, str]]:
    """(role, employer) for each part of 'Nurse at Mayo Clinic | Writer | ex-Google', past jobs last.

    A part splits at 'at'/'@', else at its first comma ('Partner, Kirkland & Ellis') unless the company is
    known from elsewhere, when 'CPA, Audit Senior' is all role.
    """
    current, former = [], []
    for part in _PART_BREAK.split(headline or ""):
        part = part.strip()
        if not part:
            continue
        stripped = _FORMER.sub("", part)
        pieces = _AT.split(stripped, maxsplit=1)
        if len(pieces) == 1 and not keep_commas:
            pieces = re.split(r"\s*,\s*", stripped, maxsplit=1)
        role, employer = (pieces + [""])[:2]
        (former if stripped != part else current).append((role, employer))
    return current + former
