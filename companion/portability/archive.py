"""Full JSON backups: everything the companion holds, exported and imported without loss.

An import is checked whole before anything is written: one bad record and nothing changes.
"""

from companion.config import APP_NAME, VERSION
from companion.contacts.interactions import InteractionFields
from companion.contacts.linkedin import NotAProfileUrl, canonical_profile_url
from companion.errors import ValidationError
from companion.store.files import now_iso
from companion.store.preferences import (
    PROFILE_KEY,
    SETTINGS_KEY,
    check_settings,
    current_settings,
    get_profile,
)
from companion.store.storage import Store
from companion.validation import ContactFields, validate

FORMAT = 1
COLLECTIONS = ("contacts", "interactions", "feeds", "articles", "suggestions", "dismissals")
STAMPS = ("id", "created_at", "updated_at")


class BadBackup(Exception):
    """The file is not a backup this companion can load; `errors` says every problem."""

    def __init__(self, errors: list[str]):
        super().__init__("; ".join(errors))
        self.errors = errors


def export_backup(store: Store) -> dict:
    """Every record of every kind, with settings and profile."""
    out = {
        "app": APP_NAME,
        "format": FORMAT,
        "version": VERSION,
        "exported_at": now_iso(),
        "settings": current_settings(store),
        "profile": get_profile(store),
    }
    for name in COLLECTIONS:
        out[name] = getattr(store, name).all()
    return out


def _check_records(payload: dict, errors: list[str]) -> None:
    for name in COLLECTIONS:
        records = payload.get(name, [])
        if not isinstance(records, list):
            errors.append(f"`{name}` must be a list")
            continue
        for n, record in enumerate(records, 1):
            if not isinstance(record, dict) or not isinstance(record.get("id"), str) or not record["id"]:
                errors.append(f"{name} #{n}: every record needs a text `id`")


def _check_contacts(payload: dict, errors: list[str]) -> set[str]:
    ids = set()
    for n, contact in enumerate(payload.get("contacts", []), 1):
        fields = {k: v for k, v in contact.items() if k in ContactFields.model_fields}
        try:
            values, _ = validate(ContactFields, fields)
            if not values["name"]:
                errors.append(f"contacts #{n}: `name` is required")
            if values["linkedin_url"]:
                canonical_profile_url(values["linkedin_url"])
        except ValidationError as exc:
            errors.extend(f"contacts #{n} ({contact.get('name', '?')}): {e}" for e in exc.errors)
        except NotAProfileUrl as exc:
            errors.append(f"contacts #{n}: `linkedin_url` {exc}")
        ids.add(contact["id"])
    return ids


def _check_interactions(payload: dict, contact_ids: set[str], errors: list[str]) -> None:
    for n, item in enumerate(payload.get("interactions", []), 1):
        fields = {k: v for k, v in item.items() if k in InteractionFields.model_fields}
        try:
            validate(InteractionFields, fields)
        except ValidationError as exc:
            errors.extend(f"interactions #{n}: {e}" for e in exc.errors)
        if item.get("contact_id") not in contact_ids:
            errors.append(
                f"interactions #{n}: refers to contact {item.get('contact_id')!r}, not in the backup"
            )


def check_backup(payload, store: Store, *, replace: bool = False) -> None:
    """Raise BadBackup listing every problem, or return when the whole backup can load."""
    if not isinstance(payload, dict) or payload.get("app") != APP_NAME:
        raise BadBackup([f'not a {APP_NAME} backup (no "app": "{APP_NAME}" field)'])
    if payload.get("format") != FORMAT:
        raise BadBackup([f"backup format {payload.get('format')!r} is not supported (expected {FORMAT})"])
    errors: list[str] = []
    _check_records(payload, errors)
    if errors:
        raise BadBackup(errors[:50])
    contact_ids = _check_contacts(payload, errors)
    if not replace:  # merged into the current data, interactions may refer to contacts already here
        contact_ids |= {c["id"] for c in store.contacts.all()}
    _check_interactions(payload, contact_ids, errors)
    try:
        check_settings(payload.get("settings") or {})
    except ValidationError as exc:
        errors.extend(exc.errors)
    if errors:
        raise BadBackup(errors[:50])


def import_backup(store: Store, payload, *, replace: bool = False) -> dict:
    """Load a checked backup: merge by id (imported records win) or replace everything."""
    with store.lock:
        check_backup(payload, store, replace=replace)
        summary = {}
        for name in COLLECTIONS:
            records = payload.get(name, [])
            collection = getattr(store, name)
            if replace:
                collection.replace_all(records)
            else:
                collection.put_many(records)
            summary[name] = len(records)
        store.put_doc(SETTINGS_KEY, {**current_settings(store), **(payload.get("settings") or {})})
        if isinstance(payload.get("profile"), dict):
            store.put_doc(PROFILE_KEY, {**get_profile(store), **payload["profile"]})
    return summary
