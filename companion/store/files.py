"""Durable files: atomic replacement (temp file, flush, fsync, rename, fsync the folder), strict
parsing of data files, and the id and time stamps records carry. No TinyDB here."""

import contextlib
import datetime as dt
import os
import pathlib
import threading
import uuid

import orjson


class CorruptFile(Exception):
    """A data file exists but does not parse."""


def now_iso() -> str:
    """The current UTC time as an ISO-8601 string with seconds."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def new_id() -> str:
    """A fresh random id, short enough for URLs."""
    return uuid.uuid4().hex[:16]


def fsync_dir(path: pathlib.Path) -> None:
    """Make a rename inside `path` durable."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_atomic(path: pathlib.Path, data: bytes, mode: int = 0o600) -> None:
    """Replace `path` with `data` so that a crash leaves the old or the new content, never a mix."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def parse_file(path: pathlib.Path) -> dict:
    """The data in a file, or CorruptFile if it is empty or not a JSON object."""
    raw = path.read_bytes()
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise CorruptFile(f"{path.name} is not valid JSON ({exc})") from None
    if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
        raise CorruptFile(f"{path.name} does not hold tables of records")
    return data
