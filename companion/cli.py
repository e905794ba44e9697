"""The `companion` command: serve, token, backup, due, export, import. Thin wrappers over functions."""

import datetime as dt
import ipaddress
import json
import logging
import pathlib
import sys

import click

from . import config, lockfile, tokens

DATA_DIR_OPTION = click.option(
    "--data-dir", type=click.Path(file_okay=False, path_type=pathlib.Path), default=None,
    help="Data folder (default: $COMPANION_DATA_DIR or the platform's user data folder).")


def _data_dir(value: pathlib.Path | None) -> pathlib.Path:
    return (value or config.default_data_dir()).expanduser().resolve()


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
@click.option("--port", type=click.IntRange(1, 65535), default=None,
              help=f"Port on 127.0.0.1 (default: $COMPANION_PORT or {config.DEFAULT_PORT}).")
@click.option("--host", default=config.LOOPBACK_HOST, show_default=True, hidden=True,
              help="Only loopback addresses are accepted.")
@DATA_DIR_OPTION
def serve(port, host, data_dir):
    """Run the companion on 127.0.0.1 until stopped."""
    from .server import run

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
    from . import portability
    from .storage import Store

    store = Store(_data_dir(data_dir))
    text = json.dumps(portability.export_backup(store), ensure_ascii=False, indent=1)
    if str(file) == "-":
        click.echo(text)
    else:
        file.write_text(text, encoding="utf-8")
        click.echo(f"Backup written to {file}", err=True)


@backup.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=pathlib.Path))
@click.option("--replace", is_flag=True, help="Replace all current data instead of merging.")
@DATA_DIR_OPTION
def backup_import(file, replace, data_dir):
    """Check FILE as a whole, then load it (merging by id, or replacing with --replace)."""
    from . import portability
    from .storage import Store

    data_dir = _data_dir(data_dir)
    if lockfile.is_held(data_dir):
        raise click.ClickException("The companion is running on this folder; stop it first, "
                                   "or import from the dashboard.")
    try:
        payload = json.loads(file.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise click.ClickException(f"{file} is not a JSON backup: {exc}") from None
    store = Store(data_dir)
    try:
        summary = portability.import_backup(store, payload, replace=replace)
    except portability.BadBackup as exc:
        raise click.ClickException("Nothing was imported: " + "; ".join(exc.errors)) from None
    click.echo(", ".join(f"{n} {k}" for k, n in summary.items()) + " imported.")


@main.command()
@click.option("--on", "on", default=None, help="Date to look at (YYYY-MM-DD, default today).")
@DATA_DIR_OPTION
def due(on, data_dir):
    """Print the thank-yous and follow-ups due."""
    from . import duelist
    from .storage import Store

    day = _parse_day(on)
    lists = duelist.due(Store(_data_dir(data_dir)), day)
    click.echo(duelist.as_text(lists, day))


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
