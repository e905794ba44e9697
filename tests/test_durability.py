"""SECURITY.md 10-14 on real files and real processes: failed writes, concurrency, SIGKILL, one owner,
corrupt files at start-up.

A full disk is simulated for real with RLIMIT_FSIZE in a child process (as root, chmod stops nothing).
"""

import hashlib
import json
import os
import pathlib
import random
import subprocess
import sys
import threading
import time

import orjson
import pytest
import requests

from companion.contacts import records
from companion.store import lockfile
from companion.store.storage import Store
from companion.web.app import create_app
from tests.conftest import HOST, PORT
from tests.support.live import LiveCompanion, companion_exe

# Child script: open the data folder, write once, then cap the file size and try to write more.
DISK_FULL_STORE = """
import hashlib, json, resource, signal, sys
from companion.store.storage import Store, StorageError
store = Store(sys.argv[1])
ada = store.contacts.insert({"name": "Ada Park", "notes": "first"})
path = store.data_dir / "contacts.json"
before = store.contacts.all()
cap = path.stat().st_size + 20
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (cap, cap))
failures = 0
for attempt in (lambda: store.contacts.insert({"name": "Bo Chen", "notes": "x" * 500}),
                lambda: store.contacts.update(ada["id"], {"notes": "y" * 500}),
                lambda: store.contacts.insert_many([{"name": "C"}, {"name": "D", "notes": "z" * 500}])):
    try:
        attempt()
    except StorageError:
        failures += 1
print(json.dumps({"failures": failures, "unchanged": store.contacts.all() == before,
                  "sha": hashlib.sha256(path.read_bytes()).hexdigest()}))
"""

# Child script: the same through the API, as the extension would meet it.
DISK_FULL_API = """
import json, resource, signal, sys
from companion.web.app import create_app
app = create_app({"DATA_DIR": sys.argv[1], "PORT": 5757})
client = app.test_client()
h = {"Authorization": "Bearer " + app.extensions["companion.tokens"].current(), "Host": "127.0.0.1:5757"}
cid = client.post("/api/contacts", json={"name": "Ada Park"}, headers=h).get_json()["contact"]["id"]
before = client.get("/api/contacts", headers=h).get_json()["contacts"]
cap = (app.extensions["companion.store"].data_dir / "contacts.json").stat().st_size + 20
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (cap, cap))
answers = [client.post("/api/contacts", json={"name": "Bo Chen", "notes": "x" * 500}, headers=h),
           client.patch("/api/contacts/" + cid, json={"notes": "y" * 500}, headers=h),
           client.post("/api/contacts/" + cid + "/interactions",
                       json={"kind": "thank_you", "date": "2026-11-20", "note": "z" * 500}, headers=h)]
after = client.get("/api/contacts", headers=h).get_json()["contacts"]
print(json.dumps({"answers": [[r.status_code, r.get_json()] for r in answers], "unchanged": after == before}))
"""


def run_child(script: str, data_dir: pathlib.Path) -> dict:
    out = subprocess.run(
        [sys.executable, "-c", script, str(data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=pathlib.Path(__file__).parent.parent,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_write_that_fails_midway_leaves_file_and_memory_as_they_were(tmp_path):
    data = tmp_path / "data"
    result = run_child(DISK_FULL_STORE, data)
    assert result["failures"] == 3
    assert result["unchanged"] is True
    contacts_file = data / "contacts.json"
    assert hashlib.sha256(contacts_file.read_bytes()).hexdigest() == result["sha"]
    stored = orjson.loads(contacts_file.read_bytes())["contacts"]
    assert [c["name"] for c in stored.values()] == ["Ada Park"]
    assert not list(data.glob(".*.tmp"))


def test_api_answers_a_clear_error_when_the_disk_is_full_and_nothing_changes(tmp_path):
    data = tmp_path / "data"
    result = run_child(DISK_FULL_API, data)
    for status, body in result["answers"]:
        assert status == 503
        assert body["ok"] is False and body["status"] == 503 and "nothing was changed" in body["error"]
        assert "Traceback" not in json.dumps(body) and "Errno" not in json.dumps(body)
    assert result["unchanged"] is True
    stored = orjson.loads((data / "contacts.json").read_bytes())["contacts"]
    assert [c["name"] for c in stored.values()] == ["Ada Park"]
    assert (
        not (data / "interactions.json").exists()
        or orjson.loads((data / "interactions.json").read_bytes()).get("interactions", {}) == {}
    )


def names_in_file(data_dir: pathlib.Path) -> list[str]:
    return [c["name"] for c in orjson.loads((data_dir / "contacts.json").read_bytes())["contacts"].values()]


def test_eight_threads_times_fifty_creates_store_exactly_400(tmp_path):
    store = Store(tmp_path / "data")
    errors = []

    def writer(t):
        for i in range(50):
            try:
                records.create_contact(store, {"name": f"T{t}-{i}", "tags": [f"t{t}"]})
            except Exception as exc:  # noqa: BLE001 - any failure is what this test looks for
                errors.append(repr(exc))

    threads = [threading.Thread(target=writer, args=(t,)) for t in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert store.contacts.count() == 400
    store.close()
    names = names_in_file(tmp_path / "data")
    assert len(names) == 400 and len(set(names)) == 400


def test_eight_api_clients_writing_at_once_lose_no_contact(tmp_path):
    app = create_app({"DATA_DIR": str(tmp_path / "data"), "PORT": PORT})
    token = app.extensions["companion.tokens"].current()
    statuses = []

    def writer(t):
        client = app.test_client()
        headers = {"Authorization": f"Bearer {token}", "Host": HOST}
        for i in range(15):
            statuses.append(
                client.post("/api/contacts", json={"name": f"A{t}-{i}"}, headers=headers).status_code
            )

    threads = [threading.Thread(target=writer, args=(t,)) for t in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    app.extensions["companion.store"].close()
    assert statuses == [201] * 120
    assert len(set(names_in_file(tmp_path / "data"))) == 120


@pytest.mark.slow
def test_eight_threads_times_fifty_creates_against_a_live_server(live_companion):
    errors = []

    def writer(t):
        with requests.Session() as session:
            for i in range(50):
                r = session.post(
                    live_companion.url + "/api/contacts",
                    json={"name": f"L{t}-{i}"},
                    timeout=30,
                    headers={"Authorization": f"Bearer {live_companion.token}"},
                )
                if r.status_code != 201:
                    errors.append(r.status_code)

    threads = [threading.Thread(target=writer, args=(t,)) for t in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    listed = live_companion.api("GET", "/api/contacts").json()["contacts"]
    assert len({c["name"] for c in listed}) == 400 and len({c["id"] for c in listed}) == 400
    live_companion.stop()
    assert len(names_in_file(live_companion.data_dir)) == 400


def every_json_file_parses(data_dir: pathlib.Path) -> list[str]:
    broken = []
    for path in data_dir.rglob("*"):
        if path.is_file() and (path.suffix in (".json", ".bak")) and ".corrupt-" not in path.name:
            try:
                assert isinstance(orjson.loads(path.read_bytes()), dict)
            except (orjson.JSONDecodeError, AssertionError):
                broken.append(str(path))
    return broken


def stream_writes(server: LiveCompanion, label: str, acked: list, stop: threading.Event) -> None:
    """Create contacts until told to stop or the server dies; remember every acknowledged one."""
    rng = random.Random(label)
    i = 0
    with requests.Session() as session:
        while not stop.is_set():
            name = f"{label}-{i}"
            try:
                r = session.post(
                    server.url + "/api/contacts",
                    timeout=5,
                    json={"name": name, "notes": "n" * rng.randint(0, 4000)},
                    headers={"Authorization": f"Bearer {server.token}"},
                )
            except requests.RequestException:
                return
            if r.status_code == 201:
                acked.append(name)
            i += 1


@pytest.mark.slow
def test_sigkill_during_a_stream_of_writes_loses_no_acknowledged_write(tmp_path):
    data = tmp_path / "data"
    rng = random.Random(2026)
    acked: list[str] = []
    for round_no in range(6):
        server = LiveCompanion(data_dir=data).start()
        have = {c["name"] for c in server.api("GET", "/api/contacts").json()["contacts"]}
        assert set(acked) <= have, f"round {round_no}: lost {sorted(set(acked) - have)[:5]}"
        stop = threading.Event()
        writers = [
            threading.Thread(target=stream_writes, args=(server, f"R{round_no}W{w}", acked, stop))
            for w in range(2)
        ]
        for w in writers:
            w.start()
        time.sleep(rng.uniform(0.3, 0.9))
        server.kill()
        stop.set()
        for w in writers:
            w.join()
        assert every_json_file_parses(data) == []
        assert set(acked) <= set(names_in_file(data))
    assert len(acked) > 50  # the kills really landed during a stream of writes
    with LiveCompanion(data_dir=data) as server:
        have = {c["name"] for c in server.api("GET", "/api/contacts").json()["contacts"]}
    assert set(acked) <= have


@pytest.mark.slow
def test_second_companion_on_the_same_folder_exits_saying_already_running(live_companion):
    out = subprocess.run(
        [
            companion_exe(),
            "serve",
            "--port",
            str(live_companion.port + 1),
            "--data-dir",
            str(live_companion.data_dir),
        ],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert out.returncode != 0
    assert "already running" in (out.stdout + out.stderr)
    with pytest.raises(lockfile.AlreadyRunning):
        lockfile.acquire(live_companion.data_dir)
    assert lockfile.is_held(live_companion.data_dir)
    assert live_companion.api("GET", "/api/ping").status_code == 200


def test_folder_lock_is_released_when_its_holder_lets_go(tmp_path):
    fd = lockfile.acquire(tmp_path)
    assert lockfile.is_held(tmp_path)
    os.close(fd)
    assert not lockfile.is_held(tmp_path)
    os.close(lockfile.acquire(tmp_path))


@pytest.mark.slow
def test_server_started_on_a_corrupt_file_keeps_it_restores_the_backup_and_says_so(tmp_path):
    data = tmp_path / "data"
    store = Store(data)
    for name in ("Ada Park", "Bo Chen", "Cy Diaz"):
        records.create_contact(store, {"name": name})
    store.close()
    Store(data).close()  # every start-up takes a backup of the good files
    garbage = b'{"contacts": {"1": {"name": "trunc'
    (data / "contacts.json").write_bytes(garbage)
    server = LiveCompanion(data_dir=data).start()
    try:
        names = sorted(c["name"] for c in server.api("GET", "/api/contacts").json()["contacts"])
    finally:
        server.stop()
    assert names == ["Ada Park", "Bo Chen", "Cy Diaz"]
    aside = list(data.glob("contacts.json.corrupt-*"))
    assert len(aside) == 1 and aside[0].read_bytes() == garbage
    log = server.output()
    assert "Warning:" in log and aside[0].name in log and "restored" in log


@pytest.mark.slow
def test_server_started_on_an_empty_file_keeps_it_aside(tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    (data / "contacts.json").write_bytes(b"")
    with LiveCompanion(data_dir=data) as server:
        assert server.api("GET", "/api/contacts").json()["contacts"] == []
        assert server.api("POST", "/api/contacts", {"name": "Ada Park"}).status_code == 201
    assert [p.read_bytes() for p in data.glob("contacts.json.corrupt-*")] == [b""]
    assert "no good backup" in server.output()
