"""Organisation names worth showing for an article ("Federal Reserve", "Medtronic", "NASA").

Matching against contacts' companies uses every capitalised run (see `orgs.org_mentions`); this
picks the runs a reader would call organisations: ones carrying an organisation word ("Bank",
"University", "Ministry"), well-known companies, and acronyms. Headlines in title case capitalise
every word, so from a title only known companies and acronyms are taken.
"""

import re

from companion.industries.hints import COMPANY_HINTS
from companion.matching.orgs import org_key

MAX_NAMES = 10
_RUN = re.compile(r"(?:[A-Z][\w&'.\-]*|&)(?:[ \t]+(?:of|for|&|the|de|on)?[ \t]*[A-Z][\w&'.\-]*){0,6}")
_ACRONYM = re.compile(r"\b[A-Z][A-Z&]{1,5}\b")
_NOT_NAMES = frozenset(
    "US UK CEO CFO COO AI TV PM AM OK DIY FAQ COVID LGBTQ PHOTOS PHOTO VIDEO WATCH NSFW II III IV USA NYC "
    "LA DC ET PT GMT UTC IPO GDP EV EVS MW GW RSS PDF Q1 Q2 Q3 Q4 ".split()
)
_ORG_WORDS = frozenset(
    "inc inc. corp corp. corporation company co. llc ltd plc group holdings bank capital partners fund "
    "reserve exchange university college institute school academy hospital clinic foundation association "
    "society council committee commission department ministry agency authority bureau office "
    "administration service services court senate congress parliament assembly party union organization "
    "organisation league federation church museum airlines airways motors energy pharmaceuticals "
    "therapeutics labs laboratories technologies systems media news times post studios records network "
    "press journal police army navy nations coalition board trust center ".split()
)


def _add(found: dict, name: str) -> None:
    name = re.sub(r"^(?:The|A|An)\s+", "", name.strip(" .,'&"))
    key = org_key(name)
    if key and key not in found and name.upper() not in _NOT_NAMES:
        found[key] = name


# Well-known companies by folded key -> display name, folded once rather than per article, and the most
# words any of them has: an article's word runs up to that length are looked up, not every company tried.
_KNOWN_COMPANIES = {
    key: company.title() if company.islower() else company
    for company in COMPANY_HINTS
    if len(key := org_key(company)) > 3
}
_LONGEST_KNOWN = max(len(key.split()) for key in _KNOWN_COMPANIES)


def _known(text: str, found: dict) -> None:
    words = org_key(text).split()
    hits = []
    for size in range(1, _LONGEST_KNOWN + 1):
        for start in range(len(words) - size + 1):
            key = " ".join(words[start : start + size])
            if key in _KNOWN_COMPANIES:
                hits.append((start, -size, key))
    for _, _, key in sorted(hits):  # in order of appearance, as the other names are
        found.setdefault(key, _KNOWN_COMPANIES[key])


def named_organisations(title: str, description: str, text: str) -> list[str]:
    """Organisation names in an article, in order of appearance, at most MAX_NAMES."""
    found: dict[str, str] = {}
    for source in (title, description, text):
        for acronym in _ACRONYM.findall(source or ""):
            _add(found, acronym)
    for source in (description, text):
        for run in _RUN.findall(source or ""):
            words = {w.lower().strip(",") for w in run.split()}
            if len(run.split()) > 1 and words & _ORG_WORDS:
                _add(found, run)
    _known(" ".join((title or "", description or "", text or "")), found)
    return list(found.values())[:MAX_NAMES]
