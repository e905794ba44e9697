"""A real `companion serve` subprocess on a free port with its own data folder."""

import os
import pathlib
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time

import requests

VENV_BIN = pathlib.Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def companion_exe() -> str:
    exe = VENV_BIN / "companion"
    return str(exe) if exe.exists() else shutil.which("companion") or "companion"


class LiveCompanion:
    """Start, stop, kill and talk to a real companion process."""

    def __init__(self, data_dir=None, port=None, env=None):
        self.data_dir = pathlib.Path(data_dir or tempfile.mkdtemp(prefix="companion-test-"))
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.env = {**os.environ, "COMPANION_ALLOW_PRIVATE_FEEDS": "1", **(env or {})}
        self.proc = None
        self.token = None
        self.log_path = self.data_dir.parent / f"companion-{self.port}.log"

    def start(self, timeout=30):
        self.log = open(self.log_path, "ab")
        self.proc = subprocess.Popen(
            [companion_exe(), "serve", "--port", str(self.port), "--data-dir", str(self.data_dir)],
            env=self.env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"companion exited with {self.proc.returncode}: {self.output()[-500:]}")
            try:
                if requests.get(self.url + "/api/ping", timeout=1).status_code == 200:
                    break
            except requests.RequestException:
                time.sleep(0.05)
        else:
            self.stop()
            raise RuntimeError("companion did not answer /api/ping in time")
        self.token = self.read_token()
        return self

    def read_token(self) -> str:
        out = subprocess.run([companion_exe(), "token", "--data-dir", str(self.data_dir)],
                             capture_output=True, text=True, env=self.env, timeout=30, check=True)
        return out.stdout.strip().splitlines()[-1]

    def output(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def stop(self, sig=signal.SIGTERM):
        if self.proc and self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, sig)
            except ProcessLookupError:
                pass
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(10)

    def kill(self):
        self.stop(signal.SIGKILL)

    def api(self, method, path, body=None, headers=None, timeout=30, **kw):
        h = {"Authorization": f"Bearer {self.token}", **(headers or {})}
        return requests.request(method, self.url + path, json=body, headers=h, timeout=timeout, **kw)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
