"""The companion the browser tests talk to: `python -m companion serve` on a free port with a fresh
data folder, its token read with `python -m companion token`, and a small JSON client, as the
extension calls it. Used by tests/e2e (Chromium) and tests/e2e_firefox (Firefox)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Companion:
    """A running companion: its base URL, token and a small JSON client."""

    def __init__(self, base: str, token: str, data_dir: Path, process: subprocess.Popen):
        self.base, self.token, self.data_dir, self.process = base, token, data_dir, process

    def api(self, method: str, path: str, body: dict | None = None, expect: int | None = None) -> dict:
        """Call the companion's API with the token; check the status when ``expect`` is given."""
        response = requests.request(
            method,
            self.base + path,
            json=body,
            timeout=20,
            headers={"Authorization": f"Bearer {self.token}"},
        )
        if expect is not None:
            assert response.status_code == expect, (method, path, response.status_code, response.text[:500])
        return response.json()


def _wait_for_ping(base: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"companion exited early:\n{log.read_text()[-3000:]}")
        try:
            if requests.get(base + "/api/ping", timeout=1).ok:
                return
        except requests.RequestException:
            time.sleep(0.2)
    pytest.fail(f"companion did not answer /api/ping:\n{log.read_text()[-3000:]}")


def serve(tmp_path_factory) -> Iterator[Companion]:
    """A running companion for the length of a test module (the `companion` fixtures yield from it)."""
    data_dir = tmp_path_factory.mktemp("companion-data")
    port = free_port()
    env = {**os.environ, "COMPANION_ALLOW_PRIVATE_FEEDS": "1", "COMPANION_DATA_DIR": str(data_dir)}
    log = data_dir.parent / "companion.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            [sys.executable, "-m", "companion", "serve", "--port", str(port), "--data-dir", str(data_dir)],
            cwd=ROOT,
            env=env,
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_for_ping(base, process, log)
        token = (
            subprocess.run(
                [sys.executable, "-m", "companion", "token", "--data-dir", str(data_dir)],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                check=True,
                timeout=30,
            )
            .stdout.strip()
            .splitlines()[-1]
            .strip()
        )
        yield Companion(base, token, data_dir, process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
