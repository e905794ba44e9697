"""The `companion` command: serve, token, backup, due, export, import. Thin wrappers over functions."""

import datetime as dt
import ipaddress
import json
import logging
import pathlib
import sys

import click

from companion import config
from companion.store import lockfile, tokens

DATA_DIR_OPTION = click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=pathlib.Path),
    default=None,
    help="Data folder (default: $COMPANION_DATA_DIR or the platform's user data folder).",
)


def _data_dir(value: pathlib.Path | None) -> pathlib.Path:
    return (value or config.default_data_dir()).expanduser().resolve()


def _refuse_while_running(data_dir: pathlib.Path) -> None:
    """Writes from the CLI would race the server's own: refuse them while it holds the folder."""
    if lockfile.is_held(data_dir):
        raise click.ClickException(
            "The companion is running on this folder; stop it first, or import from the dashboard."
        )


def _write_out(text: str, file: pathlib.Path, done: str) -> None:
    """Write `text` to FILE, or to standard output when FILE is -."""
    if str(file) == "-":
        click.echo(text, nl=False)
    else:
        file.write_text(text, encoding="utf-8", newline="")
        click.echo(f"{done} {file}", err=True)


def check_loopback(host: str) -> str:
    """The host if it is a loopback address; anything else is refused (SECURITY.md 1)."""
    try:
        if ipaddress.ip_address(host).is_loopback:
            return host
    except ValueError:
        pass
    raise click.ClickException(f"Refusing to listen on {host}: the companion only listens on 127.0.0.1.")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(config.VERSION, prog_name="companion")
def main():
    """Follow-Up Companion: keep in touch with the people you met in informational interviews."""


@main.command()
@click.option(
    "--port",
    type=click.IntRange(1, 65535),
    default=None,
    help=f"Port on 127.0.0.1 (default: $COMPANION_PORT or {config.DEFAULT_PORT}).",
)
@click.option(
    "--host",
    default=config.LOOPBACK_HOST,
    show_default=True,
    hidden=True,
    help="Only loopback addresses are accepted.",
)
@DATA_DIR_OPTION
def serve(port, host, data_dir):
    """Run the companion on 127.0.0.1 until stopped."""
    from companion.web.server import run

    check_loopback(host)
    data_dir = _data_dir(data_dir)
    try:
        lock = lockfile.acquire(data_dir)
    except lockfile.AlreadyRunning as exc:
        raise click.ClickException(str(exc)) from None
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    run(data_dir=data_dir, port=port or config.default_port(), host=host, lock=lock)


@main.command()
@click.option("--rotate", is_flag=True, help="Make a new token; the old one stops working at once.")
@DATA_DIR_OPTION
def token(rotate, data_dir):
    """Print the pairing token (created on first use) for the extension's options page."""
    data_dir = _data_dir(data_dir)
    value = tokens.rotate(data_dir) if rotate else tokens.read_or_create(data_dir)
    if rotate:
        click.echo("New token (re-pair the extension with it):", err=True)
    click.echo(value)


@main.group()
def backup():
    """Full JSON backups of everything the companion holds."""


@backup.command("export")
@click.argument("file", type=click.Path(dir_okay=False, path_type=pathlib.Path))
@DATA_DIR_OPTION
def backup_export(file, data_dir):
    """Write a full JSON backup to FILE (use - for standard output)."""
    from companion.portability import archive
    from companion.store.storage import Store

    store = Store(_data_dir(data_dir), read_only=True)
    text = json.dumps(archive.export_backup(store), ensure_ascii=False, indent=1) + "\n"
    _write_out(text, file, "Backup written to")


@backup.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=pathlib.Path))
@click.option("--replace", is_flag=True, help="Replace all current data instead of merging.")
@DATA_DIR_OPTION
def backup_import(file, replace, data_dir):
    """Check FILE as a whole, then load it (merging by id, or replacing with --replace)."""
    from companion.portability import archive
    from companion.store.storage import Store

    data_dir = _data_dir(data_dir)
    _refuse_while_running(data_dir)
    try:
        payload = json.loads(file.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"{file} is not a JSON backup: {exc}") from None
    store = Store(data_dir)
    try:
        summary = archive.import_backup(store, payload, replace=replace)
    except archive.BadBackup as exc:
        raise click.ClickException("Nothing was imported: " + "; ".join(exc.errors)) from None
    click.echo(", ".join(f"{n} {k}" for k, n in summary.items()) + " imported.")


@main.command()
@click.option("--on", "on", default=None, help="Date to look at (YYYY-MM-DD, default today).")
@DATA_DIR_OPTION
def due(on, data_dir):
    """Print the thank-yous and follow-ups due."""
    from companion.contacts import duelist
    from companion.store.storage import Store

    day = _parse_day(on)
    lists = duelist.due(Store(_data_dir(data_dir), read_only=True), day)
    click.echo(duelist.as_text(lists, day))


EXPORTS = {
    "contacts": ("export_contacts_csv", "the tracking sheet as CSV (one row per contact)"),
    "interactions": ("export_interactions_csv", "every interaction as CSV"),
    "vcard": ("export_vcard", "contacts as vCard for an address book"),
    "ics": ("export_ics", "due thank-yous and follow-ups as an iCalendar file"),
}


@main.command("export")
@click.argument("what", type=click.Choice(list(EXPORTS)))
@click.argument("file", type=click.Path(dir_okay=False, path_type=pathlib.Path))
@DATA_DIR_OPTION
def export_command(what, file, data_dir):
    """Export WHAT (contacts, interactions, vcard, ics) to FILE (- for standard output)."""
    from companion.portability import tracking
    from companion.store.storage import Store

    text = getattr(tracking, EXPORTS[what][0])(Store(_data_dir(data_dir), read_only=True))
    _write_out(text, file, f"Wrote {EXPORTS[what][1]} to")


@main.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=pathlib.Path))
@click.option("--dry-run", is_flag=True, help="Only show what would be created, updated or rejected.")
@DATA_DIR_OPTION
def import_command(file, dry_run, data_dir):
    """Import a tracking sheet CSV (your own spreadsheet or one exported here); no duplicates."""
    from companion.errors import ApiError
    from companion.portability import tracking
    from companion.store.storage import Store

    data_dir = _data_dir(data_dir)
    if not dry_run:
        _refuse_while_running(data_dir)
    store = Store(data_dir, read_only=dry_run)
    data = file.read_bytes()
    try:
        plan = tracking.preview_import(store, data)
        if plan["errors"]:  # the sheet as a whole cannot be read (no Name column, no rows)
            raise click.ClickException("Nothing imported: " + "; ".join(plan["errors"]))
        for entry in plan["reject"]:
            click.echo(f"  row {entry['row']}: rejected: {'; '.join(entry['reasons'])}")
        if not dry_run:
            plan["summary"] = tracking.apply_import(store, data)
    except ApiError as exc:
        raise click.ClickException("; ".join(exc.errors)) from None
    summary = plan["summary"]
    verb = "Would import" if dry_run else "Imported"
    click.echo(
        f"{verb}: {summary['create']} new, {summary['update']} updated, "
        f"{summary['unchanged']} unchanged, {summary['reject']} rejected."
    )


def _parse_day(value: str | None) -> dt.date:
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.ClickException(f"--on must be a date as YYYY-MM-DD, got {value!r}") from None


def run_main():
    """Entry point that never shows a Python traceback for user mistakes."""
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
