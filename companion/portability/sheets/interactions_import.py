"""Reading the interactions sheet (as `interactions_csv` writes it) back, and planning its import.

Each row names its contact by Contact ID (or, failing that, by a name that is unique in the
book). An interaction already stored (same Interaction ID, or same contact + kind + date) is
left alone, so importing the same file twice adds nothing.
"""

from companion.contacts.identity import fold
from companion.portability.sheets.csv_export import unprotect_cell
from companion.portability.sheets.decode import SheetError, decode, records, sniff_delimiter
from companion.portability.sheets.headers import normalise
from companion.portability.sheets.values import CHANNELS, parse_date, slash_order

KINDS = ("interview", "thank_you", "update", "article", "linkedin", "meeting", "other")
COLUMNS = {
    "contact_id": ("Contact ID",),
    "contact_name": ("Contact name", "Contact", "Name"),
    "date": ("Date",),
    "kind": ("Kind", "Type"),
    "channel": ("Channel", "Via"),
    "note": ("Note", "Notes"),
    "url": ("URL", "Link"),
    "id": ("Interaction ID", "ID"),
}
_BY_HEADER = {normalise(alias): field for field, aliases in COLUMNS.items() for alias in aliases}


def _cell(rec: list[str], index: int | None) -> str:
    value = rec[index] if index is not None and index < len(rec) else ""
    return unprotect_cell(value).replace("\r\n", "\n").strip()


def parse_interactions_sheet(data: bytes) -> dict:
    """Bytes of an interactions sheet → {rows: [{row, interaction, contact_name, errors}], errors}."""
    try:
        text, _encoding = decode(data)
        delimiter, text = sniff_delimiter(text)
        recs = records(text, delimiter)
    except SheetError as error:
        return {"rows": [], "errors": [str(error)], "ignored_columns": []}
    header = recs[0] if recs else []
    columns: dict[str, int] = {}
    ignored = []
    for index, title in enumerate(header):
        field = _BY_HEADER.get(normalise(title))
        if field and field not in columns:
            columns[field] = index
        elif title.strip():
            ignored.append(title.strip())
    missing = [COLUMNS[field][0] for field in ("date", "kind") if field not in columns]
    if missing or not ({"contact_id", "contact_name"} & set(columns)):
        needed = ", ".join(
            missing + ([] if {"contact_id", "contact_name"} & set(columns) else ["Contact ID"])
        )
        return {
            "rows": [],
            "errors": [f"not an interactions sheet: missing column(s) {needed}"],
            "ignored_columns": ignored,
        }
    order = slash_order([_cell(rec, columns["date"]) for rec in recs[1:]])
    rows = [
        _parse_row(rec, number + 2, columns, order)
        for number, rec in enumerate(recs[1:])
        if any(cell.strip() for cell in rec)
    ]
    return {"rows": rows, "errors": [], "ignored_columns": ignored}


def _parse_row(rec: list[str], row_number: int, columns: dict, order: str) -> dict:
    values = {field: _cell(rec, index) for field, index in columns.items()}
    errors = []
    interaction = {
        field: values.get(field, "") for field in ("contact_id", "kind", "channel", "note", "url", "id")
    }
    try:
        interaction["date"] = parse_date(values.get("date", ""), order)
    except ValueError as error:
        errors.append(f"Date: {error}")
    if interaction["kind"] not in KINDS:
        errors.append(f"Kind: '{interaction['kind']}' is not one of {', '.join(KINDS)}")
    interaction["channel"] = interaction["channel"] or "other"
    if interaction["channel"] not in CHANNELS:
        errors.append(f"Channel: '{interaction['channel']}' is not one of {', '.join(CHANNELS)}")
    return {
        "row": row_number,
        "interaction": interaction,
        "contact_name": values.get("contact_name", ""),
        "errors": errors,
    }


def plan_interactions_import(
    parsed: dict, existing_contacts: list[dict], existing_interactions: list[dict]
) -> dict:
    """Dry run: {create: [{row, contact_id, interaction}], unchanged, reject, summary}."""
    contacts = {str(contact["id"]): contact for contact in existing_contacts}
    by_name: dict[str, list[dict]] = {}
    for contact in existing_contacts:
        by_name.setdefault(fold(contact.get("name", "")), []).append(contact)
    stored_ids = {str(item.get("id")) for item in existing_interactions}
    stored_keys = {
        (str(item.get("contact_id")), item.get("kind"), item.get("date")) for item in existing_interactions
    }
    plan = {"create": [], "unchanged": [], "reject": [], "errors": list(parsed.get("errors", []))}
    for row in parsed.get("rows", []):
        interaction = row["interaction"]
        contact = contacts.get(interaction["contact_id"])
        named = by_name.get(fold(row["contact_name"]), [])
        contact = contact or (named[0] if len(named) == 1 else None)
        reasons = list(row["errors"]) or (
            []
            if contact
            else [
                f"no contact with ID '{interaction['contact_id']}' or the unique name '{row['contact_name']}'"
            ]
        )
        if reasons:
            plan["reject"].append({"row": row["row"], "reasons": reasons})
            continue
        key = (str(contact["id"]), interaction["kind"], interaction["date"])
        if interaction["id"] in stored_ids or key in stored_keys:
            plan["unchanged"].append({"row": row["row"], "contact_id": contact["id"]})
            continue
        stored_keys.add(key)
        new = {field: interaction[field] for field in ("kind", "channel", "date", "note", "url")}
        plan["create"].append({"row": row["row"], "contact_id": contact["id"], "interaction": new})
    plan["summary"] = {kind: len(plan[kind]) for kind in ("create", "unchanged", "reject")}
    return plan
