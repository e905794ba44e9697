"""The tracking sheet in the formats people keep it in: CSV (export, import with a dry-run
plan), vCard for address books and iCalendar for due reminders. Pure functions over plain dicts;
no Flask, no storage.
"""

from companion.portability.sheets.csv_export import contacts_csv, interactions_csv
from companion.portability.sheets.csv_import import (
    ParsedSheet,
    parse_interactions_sheet,
    parse_sheet,
    plan_import,
    plan_interactions_import,
)
from companion.portability.sheets.ical import due_calendar
from companion.portability.sheets.vcard import contacts_vcard

__all__ = [
    "ParsedSheet",
    "contacts_csv",
    "contacts_vcard",
    "due_calendar",
    "interactions_csv",
    "parse_interactions_sheet",
    "parse_sheet",
    "plan_import",
    "plan_interactions_import",
]
