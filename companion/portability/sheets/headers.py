"""Flexible header matching: which contact field each column of somebody's own sheet holds.

Headers are compared after folding case, accents, punctuation and whitespace ("E-mail",
"e mail", "EMAIL" are one header). Exact aliases win; a few keyword rules then catch headers
such as "Date of informational interview". Each field takes the first column that claims it.
"""

import re
import unicodedata

# Field → aliases (written naturally; normalised below). Order of fields matters for keyword rules.
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("ID", "Contact ID", "Companion ID"),
    "name": ("Name", "Full name", "Contact", "Contact name", "Person", "Who"),
    "first_name": ("First name", "Given name", "First", "Forename"),
    "last_name": ("Last name", "Surname", "Family name", "Last"),
    "title": ("Title", "Job title", "Position", "Role"),
    "headline": ("Headline", "LinkedIn headline"),
    "company": ("Organization", "Organisation", "Company", "Employer", "Firm", "Company name"),
    "past_companies": (
        "Past companies",
        "Previous companies",
        "Former companies",
        "Past employers",
        "Previous employers",
        "Former employers",
    ),
    "email": ("Email", "E-mail", "Email address", "E-mail address", "Mail"),
    "phone": ("Phone", "Phone number", "Telephone", "Tel", "Mobile", "Cell"),
    "linkedin_url": ("LinkedIn", "LinkedIn URL", "LinkedIn profile", "Profile", "Profile URL"),
    "location": ("Location", "City", "Based in"),
    "industry": ("Industry", "Field", "Sector"),
    "tags": ("Tags", "Labels", "Tag"),
    "how_met": ("How met", "How we met", "Source", "Introduced by", "Met through", "Referral"),
    "interview_date": ("Interview date", "Date of interview", "Met on", "Date met", "Interview"),
    "thank_you": (
        "Thank you sent",
        "Thank-you",
        "Thanked",
        "Thank you",
        "Thank-you sent (date)",
        "Thank you note sent",
        "Thank you date",
    ),
    "thank_you_channel": ("Thank-you channel", "Thank you how", "Thank you via", "Thank you method"),
    "connected": ("Connected on LinkedIn", "Connected", "LinkedIn connected"),
    "mailing_address": ("Mailing address", "Address", "Postal address", "Street address"),
    "notes": ("Notes", "Comments", "Note", "Comment", "Discussed"),
    "last_touch": ("Last contact", "Last touch", "Last contacted", "Last follow-up", "Last follow up"),
}
# Columns our own export writes that the companion computes: read-only, never imported.
COMPUTED: dict[str, tuple[str, ...]] = {
    "follow_ups": ("Follow-ups (last 12 months)", "Follow-ups", "Follow ups"),
    "next_due": ("Next due", "Next follow-up", "Next follow up"),
    "status": ("Status",),
}
# Keyword rules for headers no alias names, tried in order: (all words present, field).
_KEYWORDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("connected",), "connected"),
    (("thank", "channel"), "thank_you_channel"),
    (("thank", "via"), "thank_you_channel"),
    (("thank",), "thank_you"),
    (("interview",), "interview_date"),
    (("email",), "email"),
    (("linkedin",), "linkedin_url"),
    (("phone",), "phone"),
    (("note",), "notes"),
    (("comment",), "notes"),
    (("address",), "mailing_address"),
    (("lastcontact",), "last_touch"),
)


def normalise(header: str) -> str:
    """Fold a header to lower-case ASCII letters and digits only ("E-mail " → "email")."""
    text = unicodedata.normalize("NFKD", header or "").encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", text.lower())


_EXACT = {normalise(alias): field for field, aliases in ALIASES.items() for alias in aliases}
_EXACT_COMPUTED = {normalise(alias): field for field, aliases in COMPUTED.items() for alias in aliases}


def field_for(header: str) -> str | None:
    """The contact field a header names, 'computed:<name>' for our computed columns, or None."""
    key = normalise(header)
    if not key:
        return None
    if key in _EXACT:
        return _EXACT[key]
    if key in _EXACT_COMPUTED:
        return "computed:" + _EXACT_COMPUTED[key]
    for words, field in _KEYWORDS:
        if all(word in key for word in words):
            return field
    return None


def column_letter(index: int) -> str:
    """Spreadsheet column letter for a 0-based index (0 → A, 26 → AA)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def map_headers(headers: list[str]) -> dict:
    """A header row → {fields: {field: index}, ignored: [index], computed: [header]}."""
    fields: dict[str, int] = {}
    ignored: list[int] = []
    computed: list[str] = []
    for index, header in enumerate(headers):
        field = field_for(header)
        if field is None or field in fields:
            ignored.append(index)
        elif field.startswith("computed:"):
            computed.append(header.strip())
        else:
            fields[field] = index
    return {"fields": fields, "ignored": ignored, "computed": computed}


def has_name(fields: dict) -> bool:
    """True when the mapped columns can give every row a name."""
    return "name" in fields or "first_name" in fields or "last_name" in fields
