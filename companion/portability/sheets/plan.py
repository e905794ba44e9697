"""The dry run of an import: what a parsed sheet would create, update, leave alone or reject.

Pure: it reads the parsed sheet and the contacts (and, when given, interactions) already
stored, and returns a plan the caller can show, then carry out. A row is matched to a stored
contact by ID, then canonical LinkedIn URL, then email (any case), then name + company (any
case or spacing). Rows naming the same person twice in one file are rejected as duplicates
of the first. Empty cells never erase stored values. Interactions the sheet implies (a thank-you
sent, a last contact) are planned only when the stored history does not already hold them.
"""

from companion.contacts.identity import Book, fold, identity_keys
from companion.contacts.linkedin import profile_url_or_none

RESULT_KINDS = ("create", "update", "unchanged", "reject")
_KEY_WORDS = {
    "id": "same ID",
    "linkedin": "same LinkedIn URL",
    "email": "same email",
    "name": "same name and organization",
    "contact": "same contact",
}


def plan_import(parsed: dict, existing_contacts: list[dict], *, existing_interactions=None) -> dict:
    """Dry-run plan: {create, update, unchanged, reject, ignored_columns, errors, summary}."""
    book = Book(existing_contacts, existing_interactions or [])
    plan = {kind: [] for kind in RESULT_KINDS}
    plan.update(
        ignored_columns=list(parsed.get("ignored_columns", [])),
        computed_columns=list(parsed.get("computed_columns", [])),
        errors=list(parsed.get("errors", [])),
    )
    seen: dict[tuple, int] = {}
    for row in parsed.get("rows", []):
        kind, entry = _plan_row(row, book, seen)
        plan[kind].append(entry)
    plan["summary"] = {kind: len(plan[kind]) for kind in RESULT_KINDS}
    return plan


def _reject(row: dict, reasons: list[str]) -> tuple[str, dict]:
    return "reject", {"row": row["row"], "name": row["contact"].get("name", ""), "reasons": reasons}


def _plan_row(row: dict, book: Book, seen: dict) -> tuple[str, dict]:
    if row["errors"]:
        return _reject(row, list(row["errors"]))
    incoming = row["contact"]
    if first := _seen_before(incoming, seen):
        key, first_row = first
        return _reject(row, [f"duplicate of row {first_row} ({_KEY_WORDS[key]})"])
    existing = book.match(incoming)
    warnings = _id_warnings(incoming, existing)
    if existing is not None and (earlier := seen.get(("contact", existing["id"]))):
        return _reject(row, [f"duplicate of row {earlier} (same contact: {existing.get('name', '')})"])
    if conflict := book.linkedin_conflict(incoming, existing):
        return _reject(row, [conflict])
    for key in identity_keys(incoming) + ([("contact", existing["id"])] if existing else []):
        seen.setdefault(key, row["row"])
    interactions = _implied_interactions(row, existing, book, warnings)
    if existing is None:
        contact = {field: value for field, value in incoming.items() if field != "id"}
        return "create", {
            "row": row["row"],
            "contact": contact,
            "interactions": interactions,
            "warnings": warnings + row["warnings"],
        }
    changes = _changes(incoming, existing)
    if not changes and not interactions:
        return "unchanged", {
            "row": row["row"],
            "contact_id": existing["id"],
            "name": existing.get("name", ""),
        }
    return "update", {
        "row": row["row"],
        "contact_id": existing["id"],
        "name": existing.get("name", ""),
        "changes": changes,
        "interactions": interactions,
        "warnings": warnings + row["warnings"],
    }


def _id_warnings(incoming: dict, existing: dict | None) -> list[str]:
    if not incoming.get("id") or (existing is not None and str(existing["id"]) == str(incoming["id"])):
        return []
    then = (
        "it will be added as a new contact"
        if existing is None
        else f"matched {existing.get('name', '')} instead"
    )
    return [f"ID {incoming['id']} matches no stored contact; {then}"]


def _seen_before(incoming: dict, seen: dict) -> tuple[str, int] | None:
    keys = identity_keys(incoming)
    # Name + organization only identifies a row that carries no stronger identity of its own.
    strong = [key for key in keys if key[0] != "name"]
    for key in strong or keys:
        if key in seen:
            return key[0], seen[key]
    return None


def _same(field: str, old, new) -> bool:
    if field == "tags":
        return {fold(tag) for tag in old or []} == {fold(tag) for tag in new}
    if field == "past_companies":  # in the profile's order; case and spacing aside
        return [fold(name) for name in old or []] == [fold(name) for name in new]
    if field == "email":
        return fold(old or "") == fold(new)
    if field == "name":  # the importer folds runs of spaces in names, so compare them folded too
        return " ".join(str(old or "").split()) == new
    if field == "linkedin_url":
        return (profile_url_or_none(old or "") or old) == new
    if field == "connected":
        return bool(old) == new
    if isinstance(new, str):
        return _text(old) == _text(new)
    return old == new


def _text(value) -> str:
    return str(value or "").replace("\r\n", "\n").strip()


def _changes(incoming: dict, existing: dict) -> dict:
    return {
        field: value
        for field, value in incoming.items()
        if field != "id" and not _same(field, existing.get(field), value)
    }


def _thank_you_to_log(row: dict, existing: dict | None, book: Book, warnings: list[str]) -> dict | None:
    """The thank_you interaction a 'thank-you sent' cell implies, unless it is already stored."""
    thank_you = row["thank_you"]
    if thank_you is None or book.has_thank_you(existing and existing["id"], thank_you["date"]):
        return None
    # "Yes" without a date: the thank-you is due right after the interview, so date it then.
    date = thank_you["date"] or row["contact"].get("interview_date") or (existing or {}).get("interview_date")
    if date is None:
        warnings.append(
            "thank-you marked as sent without a date (and no interview date): add the date it was sent "
            "to record it"
        )
        return None
    channel = thank_you["channel"] or "other"
    return {
        "kind": "thank_you",
        "date": date,
        "channel": channel,
        "note": "Thank-you, from an imported sheet",
    }


def _implied_interactions(row: dict, existing: dict | None, book: Book, warnings: list[str]) -> list[dict]:
    planned = [item for item in [_thank_you_to_log(row, existing, book, warnings)] if item]
    # A last-contact date is news only when no interaction or interview already covers that day.
    covered = {item["date"] for item in planned} | {row["contact"].get("interview_date")}
    for interaction in row["interactions"]:
        if interaction["date"] not in covered and not book.has_touch(
            existing and existing["id"], interaction["date"]
        ):
            planned.append(dict(interaction))
            covered.add(interaction["date"])
    return planned
