"""Import and export: CSV tracking-sheet import with a dry-run preview first; every export as a download.

The preview page carries the uploaded sheet (base64, in a hidden field) to the confirm step, so
nothing is kept on the server between the two; the import plans the sheet again before writing.
"""

import base64
import binascii
import json

from flask import Response, render_template, request

from companion.errors import ApiError
from companion.portability import archive, tracking
from companion.web.dashboard.blueprint import bp
from companion.web.dashboard.common import done, plural, store, today
from companion.web.guard import large_uploads

MAX_UPLOAD_BYTES = 6 * 1024 * 1024  # base64 of this still fits the 8 MiB upload limit when confirmed
SUMMARY_WORDS = {"create": "added", "update": "updated", "unchanged": "unchanged", "reject": "skipped"}
EXPORTS = {
    "contacts.csv": (tracking.export_contacts_csv, "text/csv", "companion-contacts.csv"),
    "interactions.csv": (tracking.export_interactions_csv, "text/csv", "companion-interactions.csv"),
    "contacts.vcf": (tracking.export_vcard, "text/vcard", "companion-contacts.vcf"),
}


@bp.get("transfer", endpoint="transfer")
def transfer_page():
    return render_template("transfer.html", errors=[])


def _upload_problem(data: bytes) -> str | None:
    if not data:
        return "Choose a CSV file to import."
    if len(data) > MAX_UPLOAD_BYTES:
        return "That file is too large to import here (6 MB at most)."
    return None


@bp.post("transfer/preview", endpoint="preview_import")
@large_uploads
def preview_import():
    """The dry run: what the sheet would create, update or reject. Nothing is written."""
    upload = request.files.get("sheet")
    data = upload.read(MAX_UPLOAD_BYTES + 1) if upload else b""
    if problem := _upload_problem(data):
        return render_template("transfer.html", errors=[problem]), 400
    try:
        plan = tracking.preview_import(store(), data)
    except ApiError as exc:
        return render_template("transfer.html", errors=exc.errors), 400
    if plan.get("errors") and not (plan["create"] or plan["update"]):  # e.g. not a CSV at all
        return render_template("transfer.html", errors=plan["errors"]), 400
    return render_template("transfer_preview.html", plan=plan, filename=upload.filename or "sheet.csv",
                           payload=base64.b64encode(data).decode("ascii"))


@bp.post("transfer/apply", endpoint="apply_import")
@large_uploads
def apply_import():
    """Carry out the import the user confirmed (the service plans the sheet again)."""
    try:
        data = base64.b64decode(request.form.get("payload", ""), validate=True)
    except (binascii.Error, ValueError):
        data = b""
    if not data:
        return done("Nothing to import: upload the sheet again.", "dashboard.transfer", kind="error")
    try:
        summary = tracking.apply_import(store(), data)
    except ApiError as exc:
        return done(f"Nothing was imported: {exc.message}", "dashboard.transfer", kind="error")
    return done(f"Imported: {describe_summary(summary)}.", "dashboard.contacts")


def describe_summary(summary: dict) -> str:
    """'2 added, 1 updated, ..., 1 interaction logged' from an import summary."""
    parts = [f"{summary[k]:,} {word}" for k, word in SUMMARY_WORDS.items() if isinstance(summary.get(k), int)]
    if isinstance(summary.get("interactions"), int):
        parts.append(f"{plural(summary['interactions'], 'interaction')} logged")
    return ", ".join(parts) or "done"


def _download(text: str, filename: str, mimetype: str) -> Response:
    return Response(text, mimetype=mimetype,
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@bp.get("export/<name>", endpoint="export")
def export(name):
    """One export as a download: CSV sheets, vCard, the due calendar or a full JSON backup."""
    stamp = today().isoformat()
    if name == "backup.json":
        body = json.dumps(archive.export_backup(store()), ensure_ascii=False, indent=1)
        return _download(body, f"companion-backup-{stamp}.json", "application/json")
    if name == "due.ics":
        return _download(tracking.export_ics(store(), today()), "companion-due.ics", "text/calendar")
    if name not in EXPORTS:
        return done("There is no such export.", "dashboard.transfer", kind="error")
    function, mimetype, filename = EXPORTS[name]
    return _download(function(store()), filename, mimetype)
