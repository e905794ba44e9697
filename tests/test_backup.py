"""Full JSON backups (SECURITY.md 15): export and import round-trip without loss; a bad backup
changes nothing, whether it comes through the function, the CLI or the running server."""

import hashlib
import json
import os
import pathlib
import subprocess

import pytest

from companion.contacts import interactions, records
from companion.portability import archive
from companion.store import lockfile, preferences
from companion.store.storage import Store
from tests.support.live import companion_exe


def fingerprint(folder: pathlib.Path) -> dict:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != "companion.lock"
    }


def live_files(folder: pathlib.Path) -> dict:
    """The data files themselves (a start-up backup snapshot may be added beside them)."""
    return {k: v for k, v in fingerprint(folder).items() if not k.startswith("backups/")}


def fill(store: Store) -> None:
    """Made-up people with every kind of field, an interaction each, feeds, settings and a profile."""
    ada = records.create_contact(
        store,
        {
            "name": "Zoë Ångström-Park",
            "email": "zoe@example.org",
            "tags": ["nursing", "mentor"],
            "notes": "Line one\nLine two, with “quotes” and emoji 🎉",
            "interview_date": "2026-11-20",
            "linkedin_url": "https://uk.linkedin.com/in/zoe-example/",
            "industry": "Hospitals and Health Care",
            "mailing_address": "1 Main St\nRochester, MN",
            "connected": True,
        },
    )
    bo = records.create_contact(
        store,
        {"name": "Bo Chen", "company": "Acme Robotics", "past_companies": ["Initech Labs", "Globex Systems"]},
    )
    interactions.log_interaction(
        store, ada["id"], {"kind": "thank_you", "date": "2026-11-21", "channel": "mail"}
    )
    interactions.log_interaction(
        store,
        bo["id"],
        {"kind": "article", "date": "2026-10-01", "url": "https://example.org/robots", "note": "robots"},
    )
    store.feeds.insert({"url": "https://example.org/feed.xml", "title": "Example feed"})
    store.articles.insert({"url": "https://example.org/robots", "title": "Robots"})
    preferences.update_settings(store, {"follow_up_interval_days": 90})
    preferences.update_profile(store, {"name": "Sam Student", "school": "State University"})


def comparable(backup: dict) -> dict:
    return {k: v for k, v in backup.items() if k != "exported_at"}


def test_export_then_import_into_an_empty_folder_loses_nothing(tmp_path):
    source = Store(tmp_path / "a")
    fill(source)
    exported = json.loads(json.dumps(archive.export_backup(source), ensure_ascii=False))
    target = Store(tmp_path / "b")
    summary = archive.import_backup(target, exported, replace=True)
    assert summary["contacts"] == 2 and summary["interactions"] == 2
    assert comparable(archive.export_backup(target)) == comparable(exported)
    target.close()
    reopened = Store(tmp_path / "b")
    assert comparable(archive.export_backup(reopened)) == comparable(exported)
    assert preferences.current_settings(reopened)["follow_up_interval_days"] == 90


def test_merge_import_keeps_existing_records_and_imported_ones_win_by_id(tmp_path):
    source = Store(tmp_path / "a")
    fill(source)
    backup = archive.export_backup(source)
    target = Store(tmp_path / "b")
    mine = records.create_contact(target, {"name": "Cy Diaz"})
    archive.import_backup(target, backup)
    names = sorted(c["name"] for c in target.contacts.all())
    assert names == ["Bo Chen", "Cy Diaz", "Zoë Ångström-Park"]
    assert target.contacts.get(mine["id"])["name"] == "Cy Diaz"
    backup["contacts"][1]["company"] = "Changed Inc"
    archive.import_backup(target, backup)
    assert target.contacts.get(backup["contacts"][1]["id"])["company"] == "Changed Inc"
    assert target.contacts.count() == 3


def test_past_companies_survive_the_round_trip_and_an_older_backup_without_them_loads(tmp_path):
    source = Store(tmp_path / "a")
    fill(source)
    backup = json.loads(json.dumps(archive.export_backup(source)))
    [bo] = [c for c in backup["contacts"] if c["name"] == "Bo Chen"]
    assert bo["past_companies"] == ["Initech Labs", "Globex Systems"]
    target = Store(tmp_path / "b")
    archive.import_backup(target, backup, replace=True)
    assert target.contacts.get(bo["id"])["past_companies"] == ["Initech Labs", "Globex Systems"]
    for contact in backup["contacts"]:  # a backup made before the field existed
        del contact["past_companies"]
    older = Store(tmp_path / "c")
    archive.import_backup(older, backup, replace=True)
    assert records.present_one(older, older.contacts.get(bo["id"]))["past_companies"] == []


def good_backup(tmp_path) -> dict:
    store = Store(tmp_path / "src")
    fill(store)
    return archive.export_backup(store)


BREAKERS = {
    "not an object": lambda b: ["contacts"],
    "another app": lambda b: {**b, "app": "someone-else"},
    "unknown format": lambda b: {**b, "format": 99},
    "contacts not a list": lambda b: {**b, "contacts": {"a": 1}},
    "record without id": lambda b: {**b, "contacts": b["contacts"] + [{"name": "No Id"}]},
    "contact without name": lambda b: {**b, "contacts": b["contacts"] + [{"id": "x1", "name": ""}]},
    "contact with bad email": lambda b: {
        **b,
        "contacts": b["contacts"] + [{"id": "x2", "name": "E", "email": "nope"}],
    },
    "contact with bad profile url": lambda b: {
        **b,
        "contacts": b["contacts"] + [{"id": "x3", "name": "L", "linkedin_url": "https://evil.example/in/l"}],
    },
    "contact with past companies not a list": lambda b: {
        **b,
        "contacts": b["contacts"] + [{"id": "x4", "name": "P", "past_companies": "Initech Labs"}],
    },
    "contact with too many past companies": lambda b: {
        **b,
        "contacts": b["contacts"]
        + [{"id": "x5", "name": "P", "past_companies": [f"C{n}" for n in range(11)]}],
    },
    "interaction of an unknown contact": lambda b: {
        **b,
        "interactions": b["interactions"]
        + [{"id": "i9", "contact_id": "ghost", "kind": "update", "date": "2026-01-01"}],
    },
    "interaction with a bad kind": lambda b: {
        **b,
        "interactions": b["interactions"]
        + [{"id": "i8", "contact_id": b["contacts"][0]["id"], "kind": "telepathy", "date": "2026-01-01"}],
    },
    "setting out of bounds": lambda b: {**b, "settings": {**b["settings"], "max_follow_ups_per_year": 500}},
}


@pytest.mark.parametrize("breaker", BREAKERS.values(), ids=BREAKERS.keys())
def test_a_bad_backup_is_refused_whole_and_changes_nothing(tmp_path, breaker):
    bad = breaker(good_backup(tmp_path))
    store = Store(tmp_path / "target")
    records.create_contact(store, {"name": "Cy Diaz"})
    before_files = fingerprint(tmp_path / "target")
    before = archive.export_backup(store)
    with pytest.raises(archive.BadBackup) as err:
        archive.import_backup(store, bad, replace=True)
    assert err.value.errors and all(isinstance(e, str) for e in err.value.errors)
    assert fingerprint(tmp_path / "target") == before_files
    assert comparable(archive.export_backup(store)) == comparable(before)


def test_every_problem_in_a_backup_is_reported_at_once(tmp_path):
    backup = good_backup(tmp_path)
    backup["contacts"].append({"id": "x1", "name": "", "email": "bad"})
    backup["interactions"].append({"id": "i9", "contact_id": "ghost", "kind": "nope", "date": "soon"})
    with pytest.raises(archive.BadBackup) as err:
        archive.import_backup(Store(tmp_path / "t"), backup)
    text = " | ".join(err.value.errors)
    for hint in ("name", "email", "ghost", "kind", "date"):
        assert hint in text, (hint, text)


# Through the real command ------------------------------------------------------------------------


def companion(*args, check=True):
    return subprocess.run([companion_exe(), *args], capture_output=True, text=True, timeout=60, check=check)


def test_cli_export_and_import_round_trip_without_loss(tmp_path):
    source = Store(tmp_path / "a")
    fill(source)
    source.close()
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    companion("backup", "export", str(first), "--data-dir", str(tmp_path / "a"))
    out = companion("backup", "import", str(first), "--replace", "--data-dir", str(tmp_path / "b"))
    assert "2 contacts" in out.stdout and "imported" in out.stdout
    companion("backup", "export", str(second), "--data-dir", str(tmp_path / "b"))
    assert comparable(json.loads(first.read_text())) == comparable(json.loads(second.read_text()))
    printed = companion("backup", "export", "-", "--data-dir", str(tmp_path / "b")).stdout
    assert comparable(json.loads(printed)) == comparable(json.loads(first.read_text()))


@pytest.mark.parametrize(
    "content",
    [
        '{"app": "followup-companion", "format": 1, "contacts": [{"id": "x"}]}',
        "not json at all",
        '{"app": "other"}',
    ],
)
def test_cli_import_of_a_bad_backup_says_why_and_changes_nothing(tmp_path, content):
    folder = tmp_path / "data"
    store = Store(folder)
    records.create_contact(store, {"name": "Cy Diaz"})
    store.close()
    before = live_files(folder)
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    out = companion("backup", "import", str(bad), "--replace", "--data-dir", str(folder), check=False)
    assert out.returncode != 0
    assert "Error:" in out.stderr and "Traceback" not in out.stderr
    assert live_files(folder) == before


def test_cli_import_refuses_while_a_companion_holds_the_folder(tmp_path):
    source = Store(tmp_path / "a")
    fill(source)
    backup = tmp_path / "b.json"
    backup.write_text(json.dumps(archive.export_backup(source)))
    folder = tmp_path / "running"
    fd = lockfile.acquire(folder)
    try:
        before = fingerprint(folder)
        out = companion("backup", "import", str(backup), "--data-dir", str(folder), check=False)
    finally:
        os.close(fd)
    assert out.returncode != 0 and "running" in out.stderr
    assert fingerprint(folder) == before


def test_api_backup_round_trip_and_bad_backup_refused(api, data_dir, tmp_path):
    api.create_contact(name="Zoë Ångström", tags=["mentor"], notes="🎉")
    exported = api.get("/api/export/backup.json")
    assert exported.status_code == 200
    backup = json.loads(exported.get_data(as_text=True))
    before = live_files(data_dir)
    bad = {**backup, "contacts": backup["contacts"] + [{"id": "x1", "name": ""}]}
    r = api.post("/api/import/backup?replace=1", bad)
    assert r.status_code == 400 and any("name" in e for e in r.get_json()["errors"])
    assert live_files(data_dir) == before
    r = api.post("/api/import/backup?replace=1", backup)
    assert r.status_code == 200
    again = json.loads(api.get("/api/export/backup.json").get_data(as_text=True))
    assert comparable(again)["contacts"] == comparable(backup)["contacts"]
