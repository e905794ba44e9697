"""Hints that tie job titles, company words and well-known companies to industry names.

Used by `companion.industries.lookup.infer` when a contact has no `industry`. The tables are data,
kept in hints.txt beside this module (one `phrase = Industry name` or bare phrase a line, under a
[SECTION] header, with comments saying why an entry is there); this module reads them once.
Keys are lower-case phrases matched on word boundaries; values are V2 industry names from
`companion.industries.taxonomy`. Role phrases are strong evidence of a person's field; company
words ("Clinic", "Bank") weaker.
"""

import pathlib

HINTS_FILE = pathlib.Path(__file__).with_name("hints.txt")


def read_sections(text: str) -> dict[str, list[str]]:
    """The lines of each [SECTION] of a hints file, without comments and blank lines."""
    sections: dict[str, list[str]] = {}
    current = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is None:
            raise ValueError(f"{HINTS_FILE.name} line {number}: an entry before any [SECTION]")
        else:
            current.append(line)
    return sections


def _mapping(lines: list[str]) -> dict[str, str]:
    pairs = (line.split(" = ", 1) for line in lines)
    return {phrase.strip(): name.strip() for phrase, name in pairs}


_SECTIONS = read_sections(HINTS_FILE.read_text(encoding="utf-8"))

ROLE_HINTS = _mapping(_SECTIONS["ROLE_HINTS"])
# Major professional teams by full name, and nicknames no one uses for anything else, place a person
# in sport ("Ticket Sales at the Dallas Cowboys").
COMPANY_WORD_HINTS = _mapping(_SECTIONS["COMPANY_WORD_HINTS"]) | {
    team: "Spectator Sports" for team in (*_SECTIONS["SPORTS_TEAMS"], *_SECTIONS["TEAM_NICKNAMES"])
}
COMPANY_HINTS = _mapping(_SECTIONS["COMPANY_HINTS"])
EMPLOYER_HINTS = _mapping(_SECTIONS["EMPLOYER_HINTS"])
STUDY_FIELDS = _mapping(_SECTIONS["STUDY_FIELDS"])
VAGUE_ROLES = frozenset(_SECTIONS["VAGUE_ROLES"])
FUNCTION_ROLES = frozenset(_SECTIONS["FUNCTION_ROLES"])
STUDY_ROLES = frozenset(_SECTIONS["STUDY_ROLES"])
ABBREVIATIONS = _mapping(_SECTIONS["ABBREVIATIONS"])
