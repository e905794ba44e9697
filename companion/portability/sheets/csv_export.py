"""The tracking sheet as CSV: one row per contact, and a second sheet of every interaction.

Encoding decision: the text starts with a UTF-8 byte-order mark (U+FEFF) and uses CRLF line
ends (RFC 4180). Excel needs the BOM to read UTF-8 (without it "José" opens as "JosÃ©");
Google Sheets, LibreOffice and Numbers ignore it. Callers encode the string as UTF-8. The
importer accepts files with or without the BOM.

Formula injection (OWASP "CSV Injection"): a cell that starts with = + - @ tab or CR could run
as a formula when the sheet is opened, so it gets a leading apostrophe; a cell that already
starts with an apostrophe followed by one of those (or by another apostrophe) gets one more, so
the importer can always strip exactly one and the round trip is lossless.
"""

import csv
import io

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"

CONTACT_COLUMNS = (
    "Name",
    "Title",
    "Headline",
    "Organization",
    "Past companies",
    "Email",
    "Phone",
    "LinkedIn",
    "Connected on LinkedIn",
    "Location",
    "Industry",
    "Tags",
    "How met",
    "Interview date",
    "Thank-you sent (date)",
    "Thank-you channel",
    "Follow-ups (last 12 months)",
    "Last touch",
    "Next due",
    "Status",
    "Mailing address",
    "Notes",
    "ID",
)
INTERACTION_COLUMNS = (
    "Contact ID",
    "Contact name",
    "Date",
    "Kind",
    "Channel",
    "Note",
    "URL",
    "Interaction ID",
)


def protect_cell(value) -> str:
    """A cell value made safe to open in a spreadsheet (see the module docstring)."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS) or (text[:1] == "'" and text[1:2] in (*FORMULA_STARTS, "'")):
        return "'" + text
    return text


def unprotect_cell(text: str) -> str:
    """Undo `protect_cell`: drop the one apostrophe it added, and only that."""
    if text[:1] == "'" and text[1:2] in (*FORMULA_STARTS, "'"):
        return text[1:]
    return text


def _write(header: tuple[str, ...], rows: list[list], bom: bool) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([protect_cell(cell) for cell in row] for row in rows)
    return (BOM if bom else "") + out.getvalue()


def join_tags(tags) -> str:
    """Tags (or past companies) as one cell, '; '-separated; a lone one with a comma gets a trailing ';'
    to stay whole."""
    tags = [str(tag).strip() for tag in tags or [] if str(tag).strip()]
    text = "; ".join(tags)
    return text + ";" if len(tags) == 1 and "," in text else text


def _thank_you_cells(followup: dict) -> tuple[str, str]:
    thank_you = followup.get("thank_you") or {}
    if thank_you.get("state") != "sent":
        return "", ""
    return thank_you.get("date") or "", thank_you.get("channel") or ""


def contact_row(contact: dict) -> list:
    """One contact (as the API returns it) → the cells of its tracking-sheet row."""
    followup = contact.get("followup") or {}
    thanked_on, thanked_by = _thank_you_cells(followup)
    connected = contact.get("connected")
    return [
        contact.get("name"),
        contact.get("title"),
        contact.get("headline"),
        contact.get("company"),
        join_tags(contact.get("past_companies")),
        contact.get("email"),
        contact.get("phone"),
        contact.get("linkedin_url"),
        "" if connected is None else ("Yes" if connected else "No"),
        contact.get("location"),
        contact.get("industry"),
        join_tags(contact.get("tags")),
        contact.get("how_met"),
        contact.get("interview_date"),
        thanked_on,
        thanked_by,
        followup.get("follow_ups_last_12_months", ""),
        followup.get("last_touch"),
        followup.get("next_due"),
        followup.get("status"),
        contact.get("mailing_address"),
        contact.get("notes"),
        contact.get("id"),
    ]


def contacts_csv(contacts: list[dict], *, bom: bool = True) -> str:
    """The tracking sheet: a header row and one row per contact, as CSV text."""
    return _write(CONTACT_COLUMNS, [contact_row(contact) for contact in contacts], bom)


def interactions_csv(interactions: list[dict], contacts_by_id: dict, *, bom: bool = True) -> str:
    """Every interaction, oldest first, with its contact's id and name, as CSV text."""
    ordered = sorted(interactions, key=lambda item: (item.get("date") or "", item.get("created_at") or ""))
    rows = [
        [
            item.get("contact_id"),
            (contacts_by_id.get(item.get("contact_id")) or {}).get("name"),
            item.get("date"),
            item.get("kind"),
            item.get("channel"),
            item.get("note"),
            item.get("url"),
            item.get("id"),
        ]
        for item in ordered
    ]
    return _write(INTERACTION_COLUMNS, rows, bom)
