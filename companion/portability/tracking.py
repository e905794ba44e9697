"""The tracking sheet in and out of the store: CSV, vCard and iCalendar exports, and the CSV import
with its dry-run preview. The formats themselves are pure functions in `companion.portability.sheets`.

`apply_import` plans again under the store lock (so it does exactly what a fresh preview would
say), checks every row it would write, and writes all of it or nothing.
"""

import datetime as dt

from companion.contacts import duelist
from companion.contacts import interactions as interaction_service
from companion.contacts.interactions import InteractionFields
from companion.contacts.records import Presenter
from companion.errors import ValidationError
from companion.portability import sheets
from companion.store.storage import Store
from companion.validation import ContactFields, validate

MAX_ROWS = 20_000


def _presented(store: Store) -> list[dict]:
    presenter = Presenter(store)
    return sorted((presenter.present(c) for c in store.contacts.all()), key=lambda c: c["name"].casefold())


def export_contacts_csv(store: Store) -> str:
    """One row per contact, with thank-you and follow-up columns (UTF-8 with BOM, for Excel)."""
    return sheets.contacts_csv(_presented(store))


def export_interactions_csv(store: Store) -> str:
    """Every interaction, oldest first, with the contact's name."""
    contacts = {c["id"]: c for c in store.contacts.all()}
    return sheets.interactions_csv(store.interactions.all(), contacts)


def export_vcard(store: Store) -> str:
    """Every contact as vCard 3.0, for an address book."""
    return sheets.contacts_vcard(_presented(store))


def export_ics(store: Store, on: dt.date | None = None) -> str:
    """Due thank-yous and follow-ups as all-day calendar events."""
    on = on or dt.date.today()
    return sheets.due_calendar(duelist.due(store, on), on=on)


def _plan(store: Store, data: bytes) -> dict:
    parsed = sheets.parse_sheet(data)
    if len(parsed["rows"]) > MAX_ROWS:
        raise ValidationError(
            [f"The sheet has {len(parsed['rows'])} rows; import at most {MAX_ROWS} at a time"]
        )
    plan = sheets.plan_import(parsed, store.contacts.all(), existing_interactions=store.interactions.all())
    plan["encoding"], plan["delimiter"] = parsed.get("encoding"), parsed.get("delimiter")
    return plan


def preview_import(store: Store, data: bytes) -> dict:
    """What importing this CSV would do, row by row: {create, update, unchanged, reject, summary, ...}."""
    if not data or not data.strip():
        raise ValidationError(["The file is empty: export your tracking sheet as CSV and upload that file"])
    with store.lock:
        plan = _plan(store, data)
        _check_writes(plan)
    return plan


def _check_writes(plan: dict) -> None:
    """Move rows whose values the API would refuse from create/update to reject."""
    for kind in ("create", "update"):
        kept = []
        for entry in plan[kind]:
            problems = _problems(entry.get("contact") or entry.get("changes") or {}, entry["interactions"])
            if problems:
                plan["reject"].append(
                    {"row": entry["row"], "name": entry.get("name", ""), "reasons": problems}
                )
            else:
                kept.append(entry)
        plan[kind] = kept
    plan["reject"].sort(key=lambda e: e["row"])
    plan["summary"] = {k: len(plan[k]) for k in ("create", "update", "unchanged", "reject")}


def _problems(fields: dict, interactions: list[dict]) -> list[str]:
    problems = []
    try:
        validate(ContactFields, {k: v for k, v in fields.items() if k in ContactFields.model_fields})
    except ValidationError as exc:
        problems += exc.errors
    for item in interactions:
        try:
            validate(
                InteractionFields, {k: v for k, v in item.items() if k in InteractionFields.model_fields}
            )
        except ValidationError as exc:
            problems += exc.errors
    return problems


def apply_import(store: Store, data: bytes) -> dict:
    """Import the CSV as a fresh preview would plan it; returns the plan's summary."""
    with store.lock:
        plan = preview_import(store, data)
        if plan["errors"]:  # a sheet-level problem (no Name column, no rows): say so, never "0 imported"
            raise ValidationError(plan["errors"])
        created = store.contacts.insert_many([_contact_values(e["contact"]) for e in plan["create"]])
        store.contacts.update_many(
            {e["contact_id"]: _contact_values(e["changes"], only_given=True) for e in plan["update"]}
        )
        new_interactions = []
        for entry, contact in zip(plan["create"], created, strict=True):
            new_interactions += [{**i, "contact_id": contact["id"]} for i in entry["interactions"]]
        for entry in plan["update"]:
            new_interactions += [{**i, "contact_id": entry["contact_id"]} for i in entry["interactions"]]
        interaction_service.log_many(store, new_interactions)
    return {**plan["summary"], "interactions": len(new_interactions)}


def _contact_values(fields: dict, *, only_given: bool = False) -> dict:
    """Contact fields as the API would store them (already checked by the preview)."""
    values, given = validate(
        ContactFields, {k: v for k, v in fields.items() if k in ContactFields.model_fields}
    )
    return {k: values[k] for k in given} if only_given else values

