"""Reading the tracking sheet people already keep (or one we exported) into plain rows.

`parse_sheet` never raises on bad input: sheet-level problems go to `errors`, row-level ones
to each row's `errors` (which make the plan reject that row) and `warnings` (which do not).
Row numbers are what the user sees in a spreadsheet: the header row is row 1 when it is the
first line; blank lines count, a multi-line cell does not add rows. `plan_import` (the dry run)
lives in `plan.py` and is re-exported here.
"""

import re
from typing import TypedDict

from companion.contacts.linkedin import profile_url_or_none
from companion.portability.sheets.csv_export import unprotect_cell
from companion.portability.sheets.decode import SheetError, decode, records, sniff_delimiter
from companion.portability.sheets.headers import column_letter, has_name, map_headers, normalise
from companion.portability.sheets.interactions_import import (
    parse_interactions_sheet,
    plan_interactions_import,
)
from companion.portability.sheets.plan import plan_import
from companion.portability.sheets.values import (
    CHANNELS,
    find_channel,
    parse_date,
    parse_thank_you,
    parse_yes_no,
    slash_order,
)

__all__ = [
    "ParsedSheet",
    "parse_interactions_sheet",
    "parse_sheet",
    "plan_import",
    "plan_interactions_import",
    "split_companies",
    "split_tags",
]

TEXT_FIELDS = (
    "title",
    "headline",
    "company",
    "phone",
    "location",
    "industry",
    "how_met",
    "notes",
    "mailing_address",
    "id",
)
DATE_FIELDS = ("interview_date", "thank_you", "last_touch")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
HEADER_SEARCH_ROWS = 10  # a sheet may have a title line or two above its header


class ParsedSheet(TypedDict):
    """What `parse_sheet` returns: plain, JSON-friendly data."""

    rows: list[dict]
    errors: list[str]
    ignored_columns: list[str]
    computed_columns: list[str]
    columns: dict[str, str]
    encoding: str
    delimiter: str


def _empty(errors: list[str] | None = None) -> ParsedSheet:
    return ParsedSheet(
        rows=[],
        errors=errors or [],
        ignored_columns=[],
        computed_columns=[],
        columns={},
        encoding="",
        delimiter="",
    )


def clean_cell(value: str) -> str:
    """A raw cell → text: formula protection undone, Windows line ends folded, ends trimmed."""
    text = unprotect_cell(value)
    if text is not value:  # a cell our export protected comes back exactly, leading tab and all
        return text.replace("\r\n", "\n")
    return text.replace("\r\n", "\n").strip()


def split_tags(text: str) -> list[str]:
    """'a; b' or 'a, b' → ['a', 'b']; semicolons win when present, duplicates dropped."""
    parts = text.split(";") if ";" in text else text.split(",")
    seen, tags = set(), []
    for part in (part.strip() for part in parts):
        if part and part.casefold() not in seen:
            seen.add(part.casefold())
            tags.append(part)
    return tags


# What may follow a company's name after a comma ("Acme, Inc."): part of that name, not another company.
_COMPANY_SUFFIX = re.compile(
    r"^(?:inc|llc|ltd|limited|corp|corporation|co|plc|gmbh|ag|sa|nv|lp|llp|spa|pty(?: ltd)?)\.?$",
    re.IGNORECASE,
)


def split_companies(text: str) -> list[str]:
    """'Acme; Globex' or 'Acme, Globex' → ['Acme', 'Globex'], as tags are split; with commas only, a
    company suffix stays with its name ('Northwind Devices, Inc., Globex' → two companies)."""
    if ";" in text:
        return split_tags(text)
    joined: list[str] = []
    for part in (part.strip() for part in text.split(",")):
        if joined and _COMPANY_SUFFIX.match(part):
            joined[-1] = f"{joined[-1]}, {part}"
        else:
            joined.append(part)
    return split_tags(";".join(joined) + ";")


def _read(data: bytes) -> tuple[list[list[str]], str, str]:
    text, encoding = decode(data)
    delimiter, text = sniff_delimiter(text)
    return records(text, delimiter), encoding, delimiter


def _find_header(recs: list[list[str]]) -> int | None:
    candidates = [index for index, rec in enumerate(recs) if any(cell.strip() for cell in rec)]
    for index in candidates[:HEADER_SEARCH_ROWS]:
        if has_name(map_headers(recs[index])["fields"]):
            return index
    return None


def _no_name_error(recs: list[list[str]]) -> str:
    first = next((rec for rec in recs if any(cell.strip() for cell in rec)), [])
    found = ", ".join(cell.strip() for cell in first if cell.strip())[:200]
    return "no Name column: expected a column called Name, Full name or First name + Last name" + (
        f" (found: {found})" if found else ""
    )


def _ignored_columns(ignored: list[int], data_rows: list[list[str]], header: list[str]) -> list[str]:
    """Headers of the columns not imported; a column with no header only when something is in it."""
    filled = {index for rec in data_rows for index, cell in enumerate(rec) if cell.strip()}
    beyond_header = sorted(index for index in filled if index >= len(header))
    return [
        header[index].strip()
        if index < len(header) and header[index].strip()
        else f"column {column_letter(index)} (no header)"
        for index in ignored + beyond_header
        if (index < len(header) and header[index].strip()) or index in filled
    ]


def parse_sheet(data: bytes) -> ParsedSheet:
    """Bytes of a contacts sheet → ParsedSheet (rows with contact fields, errors, ignored columns)."""
    try:
        recs, encoding, delimiter = _read(data)
    except SheetError as error:
        return _empty([str(error)])
    header_at = _find_header(recs)
    if header_at is None:
        return _empty([_no_name_error(recs)])
    header = recs[header_at]
    if "interactionid" in {normalise(cell) for cell in header}:
        return _empty(["this is the interactions sheet, not the contacts sheet: import it as interactions"])
    mapping = map_headers(header)
    fields = mapping["fields"]
    data_recs = recs[header_at + 1 :]
    sheet = _empty()
    sheet.update(
        encoding=encoding,
        delimiter=delimiter,
        computed_columns=mapping["computed"],
        ignored_columns=_ignored_columns(mapping["ignored"], data_recs, header),
        columns={header[index].strip(): field for field, index in fields.items()},
    )
    labels = {field: header[index].strip() for field, index in fields.items()}
    # One day/month order for the whole sheet: people write every date column the same way.
    order = slash_order(
        [_at(rec, fields[field]) for rec in data_recs for field in DATE_FIELDS if field in fields]
    )
    for offset, rec in enumerate(data_recs):
        if any(cell.strip() for cell in rec):
            cells = {field: clean_cell(_at(rec, index)) for field, index in fields.items()}
            sheet["rows"].append(_parse_row(cells, header_at + offset + 2, labels, order))
    if not sheet["rows"]:
        sheet["errors"].append("the sheet has a header row but no data rows")
    return sheet


def _at(rec: list[str], index: int) -> str:
    return rec[index] if index < len(rec) else ""


def _parse_row(cells: dict, row_number: int, labels: dict, order: str) -> dict:
    row = {
        "row": row_number,
        "contact": {},
        "thank_you": None,
        "interactions": [],
        "errors": [],
        "warnings": [],
    }
    contact, errors = row["contact"], row["errors"]
    name = cells.get("name") or " ".join(filter(None, (cells.get("first_name"), cells.get("last_name"))))
    if name:
        contact["name"] = " ".join(name.split())
    else:
        errors.append(f"{labels.get('name', 'Name')} is empty")
    contact.update({field: cells[field] for field in TEXT_FIELDS if cells.get(field)})
    for field, parse in _FIELD_PARSERS.items():
        if cells.get(field):
            try:
                parse(row, cells[field], order)
            except ValueError as error:
                errors.append(f"{labels[field]}: {error}")
    if row["thank_you"] is not None and cells.get("thank_you_channel"):
        row["thank_you"]["channel"] = _channel(cells["thank_you_channel"], labels, row)
    return row


def _email(row: dict, text: str, _order: str) -> None:
    if not _EMAIL.match(text):
        raise ValueError(f"'{text}' is not an email address")
    row["contact"]["email"] = text


def _linkedin(row: dict, text: str, _order: str) -> None:
    url = profile_url_or_none(text)
    if url is None:
        raise ValueError(f"'{text}' is not a LinkedIn profile link (https://www.linkedin.com/in/…)")
    row["contact"]["linkedin_url"] = url


def _channel(text: str, labels: dict, row: dict) -> str | None:
    channel = find_channel(text)
    if channel is None:
        row["errors"].append(
            f"{labels['thank_you_channel']}: '{text}' is not a channel; use one of " + ", ".join(CHANNELS)
        )
    return channel


def _last_touch(row: dict, text: str, order: str) -> None:
    note = "Last contact, from an imported sheet"
    row["interactions"].append(
        {"kind": "other", "channel": "other", "date": parse_date(text, order), "note": note}
    )


def _tags(row: dict, text: str, _order: str) -> None:
    row["contact"]["tags"] = split_tags(text)


def _past_companies(row: dict, text: str, _order: str) -> None:
    row["contact"]["past_companies"] = split_companies(text)


def _interview_date(row: dict, text: str, order: str) -> None:
    row["contact"]["interview_date"] = parse_date(text, order)


def _connected(row: dict, text: str, _order: str) -> None:
    row["contact"]["connected"] = parse_yes_no(text)


def _thank_you(row: dict, text: str, order: str) -> None:
    row["thank_you"] = parse_thank_you(text, order)


# Fields that need more than copying the text; each parser raises ValueError with the fix.
_FIELD_PARSERS = {
    "email": _email,
    "linkedin_url": _linkedin,
    "tags": _tags,
    "past_companies": _past_companies,
    "interview_date": _interview_date,
    "connected": _connected,
    "thank_you": _thank_you,
    "last_touch": _last_touch,
}
