"""The single-owner lock on a data folder: one companion per folder at a time."""

import fcntl
import os
import pathlib

LOCK_FILE = "companion.lock"


class AlreadyRunning(Exception):
    """Another companion holds the data folder."""


def acquire(data_dir: pathlib.Path):
    """Hold the folder's lock for the life of the process; AlreadyRunning if it is taken.

    flock is released by the kernel when the process dies, even by SIGKILL, so a crash never
    leaves a stale lock behind.
    """
    data_dir = pathlib.Path(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(data_dir / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.read(fd, 32).decode(errors="replace").strip() or "another process"
        os.close(fd)
        raise AlreadyRunning(
            f"A companion is already running on {data_dir} (pid {holder}). "
            "Stop it first, or use another --data-dir."
        ) from None
    os.ftruncate(fd, 0)
    os.write(fd, str(os.getpid()).encode())
    return fd


def is_held(data_dir: pathlib.Path) -> bool:
    """Whether a running companion holds the folder (without taking it)."""
    path = pathlib.Path(data_dir) / LOCK_FILE
    if not path.exists():
        return False
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False
