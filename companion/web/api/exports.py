"""The tracking sheet and backups as files:
GET /api/export/contacts.csv, /api/export/interactions.csv, /api/export/contacts.vcf,
/api/export/due.ics, /api/export/backup.json; POST /api/import/preview and /api/import (a CSV
upload, `text/csv`), POST /api/import/backup (a JSON backup)."""

import datetime as dt
import json

from flask import Blueprint, Response, request

from companion.errors import ValidationError
from companion.portability import archive, tracking
from companion.web.api import json_body, ok, store
from companion.web.api.followups import day_arg
from companion.web.guard import large_uploads, upload_types

bp = Blueprint("exports", __name__, url_prefix="/api")


def _download(text: str, mimetype: str, name: str) -> Response:
    stamp = dt.date.today().isoformat()
    return Response(
        text.encode("utf-8"),
        mimetype=mimetype,
        headers={"Content-Disposition": f'attachment; filename="{name}-{stamp}.{mimetype_ext(mimetype)}"'},
    )


def mimetype_ext(mimetype: str) -> str:
    return {"text/csv": "csv", "text/vcard": "vcf", "text/calendar": "ics", "application/json": "json"}[
        mimetype
    ]


@bp.get("/export/contacts.csv")
def contacts_csv():
    return _download(tracking.export_contacts_csv(store()), "text/csv", "tracking-sheet")


@bp.get("/export/interactions.csv")
def interactions_csv():
    return _download(tracking.export_interactions_csv(store()), "text/csv", "interactions")


@bp.get("/export/contacts.vcf")
def contacts_vcard():
    return _download(tracking.export_vcard(store()), "text/vcard", "contacts")


@bp.get("/export/due.ics")
def due_calendar():
    return _download(tracking.export_ics(store(), day_arg()), "text/calendar", "follow-ups-due")


@bp.get("/export/backup.json")
def backup_json():
    text = json.dumps(archive.export_backup(store()), ensure_ascii=False, indent=1)
    return _download(text, "application/json", "followup-companion-backup")


def _csv_upload() -> bytes:
    data = request.get_data()
    if not data.strip():
        raise ValidationError(["Send the CSV file as the request body with Content-Type: text/csv"])
    return data


@bp.post("/import/preview")
@upload_types("text/csv")
@large_uploads
def import_preview():
    return ok(plan=tracking.preview_import(store(), _csv_upload()))


@bp.post("/import")
@upload_types("text/csv")
@large_uploads
def import_csv():
    return ok(imported=tracking.apply_import(store(), _csv_upload()))


@bp.post("/import/backup")
def import_backup():
    body = json_body()
    replace = request.args.get("replace") == "1"
    try:
        summary = archive.import_backup(store(), body, replace=replace)
    except archive.BadBackup as exc:
        raise ValidationError(exc.errors) from None
    return ok(imported=summary)
