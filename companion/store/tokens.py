"""The pairing token: 256 random bits in `<data dir>/token`, mode 0600, rotatable.

The server re-reads the file when it changes, so `companion token --rotate` takes effect at
once and the old token fails from then on.
"""

import hmac
import os
import pathlib
import secrets

from companion.store.files import write_atomic

TOKEN_FILE = "token"  # noqa: S105 - a file name, not a secret


def token_path(data_dir: pathlib.Path) -> pathlib.Path:
    return pathlib.Path(data_dir) / TOKEN_FILE


def read_or_create(data_dir: pathlib.Path) -> str:
    """The current token, creating the file (mode 0600) on first use."""
    path = token_path(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        token = path.read_text().strip()
        if token:
            return token
        return rotate(data_dir)
    with os.fdopen(fd, "w") as f:
        token = secrets.token_hex(32)
        f.write(token + "\n")
        f.flush()
        os.fsync(f.fileno())
    return token


def rotate(data_dir: pathlib.Path) -> str:
    """Replace the token with a new one; the old one stops working."""
    token = secrets.token_hex(32)
    write_atomic(token_path(data_dir), (token + "\n").encode(), mode=0o600)
    return token


class TokenChecker:
    """Checks bearer tokens against the token file, re-reading it only when it changes."""

    def __init__(self, data_dir: pathlib.Path):
        self.data_dir = pathlib.Path(data_dir)
        self._stat = None
        self._token = read_or_create(self.data_dir)

    def current(self) -> str:
        path = token_path(self.data_dir)
        try:
            st = path.stat()
        except FileNotFoundError:
            self._token = read_or_create(self.data_dir)
            return self._token
        key = (st.st_mtime_ns, st.st_size, st.st_ino)
        if key != self._stat:
            self._token = path.read_text().strip() or self._token
            self._stat = key
        return self._token

    def matches(self, candidate: str) -> bool:
        """Constant-time comparison with the current token."""
        return hmac.compare_digest(candidate.encode(), self.current().encode())
