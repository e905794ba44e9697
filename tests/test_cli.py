"""The `companion` command as a user runs it: token, serve's refusals, due, version.

Most run the real console script in a subprocess; a few use click's runner on the same real files.
"""

import os
import re
import stat
import subprocess

from click.testing import CliRunner

from companion import cli
from companion.contacts import records
from companion.store import lockfile, tokens
from companion.store.storage import Store
from tests.support.live import companion_exe


def companion(*args, env=None, check=False):
    return subprocess.run(
        [companion_exe(), *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=check,
        env={**os.environ, **(env or {})},
    )


def test_token_prints_the_same_256_bit_token_each_time_from_a_private_file(tmp_path):
    folder = tmp_path / "data"
    first = companion("token", "--data-dir", str(folder), check=True).stdout.strip()
    second = companion("token", "--data-dir", str(folder), check=True).stdout.strip()
    assert re.fullmatch(r"[0-9a-f]{64}", first)
    assert first == second
    assert stat.S_IMODE(tokens.token_path(folder).stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_token_rotate_prints_a_new_token_and_says_to_re_pair(tmp_path):
    folder = tmp_path / "data"
    old = companion("token", "--data-dir", str(folder), check=True).stdout.strip()
    out = companion("token", "--rotate", "--data-dir", str(folder), check=True)
    new = out.stdout.strip()
    assert re.fullmatch(r"[0-9a-f]{64}", new) and new != old
    assert "re-pair" in out.stderr
    assert companion("token", "--data-dir", str(folder), check=True).stdout.strip() == new
    assert stat.S_IMODE(tokens.token_path(folder).stat().st_mode) == 0o600


def test_token_uses_the_data_folder_from_the_environment(tmp_path):
    folder = tmp_path / "from-env"
    printed = companion("token", env={"COMPANION_DATA_DIR": str(folder)}, check=True).stdout.strip()
    assert tokens.token_path(folder).read_text().strip() == printed


def test_an_empty_token_file_gets_a_fresh_token(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o700)
    tokens.token_path(folder).write_text("")
    printed = companion("token", "--data-dir", str(folder), check=True).stdout.strip()
    assert re.fullmatch(r"[0-9a-f]{64}", printed)


def test_serve_refuses_a_folder_another_companion_holds(tmp_path):
    folder = tmp_path / "data"
    fd = lockfile.acquire(folder)
    try:
        out = companion("serve", "--port", "5998", "--data-dir", str(folder))
    finally:
        os.close(fd)
    assert out.returncode != 0
    assert "already running" in out.stderr and "Traceback" not in out.stderr


def test_serve_refuses_non_loopback_hosts(tmp_path):
    for host in ("0.0.0.0", "::", "192.168.1.10"):
        out = companion("serve", "--host", host, "--port", "5997", "--data-dir", str(tmp_path / "d"))
        assert out.returncode != 0 and "only listens on 127.0.0.1" in out.stderr, host


def test_serve_refuses_an_impossible_port(tmp_path):
    result = CliRunner().invoke(cli.main, ["serve", "--port", "70000", "--data-dir", str(tmp_path / "d")])
    assert result.exit_code != 0 and "70000" in result.output


def test_due_lists_a_thank_you_after_an_interview(tmp_path):
    folder = tmp_path / "data"
    store = Store(folder)
    records.create_contact(store, {"name": "Ada Park", "interview_date": "2026-11-20"})
    store.close()
    out = companion("due", "--on", "2026-11-25", "--data-dir", str(folder), check=True).stdout
    assert "Due on 2026-11-25" in out and "Ada Park" in out


def test_due_with_a_bad_date_says_how_to_write_it(tmp_path):
    out = companion("due", "--on", "25/11/2026", "--data-dir", str(tmp_path / "d"))
    assert out.returncode != 0 and "YYYY-MM-DD" in out.stderr and "Traceback" not in out.stderr


def test_version_and_help_work_without_a_data_folder():
    assert "companion" in companion("--version", check=True).stdout
    help_text = companion("--help", check=True).stdout
    for command in ("serve", "token", "backup", "due"):
        assert command in help_text
