"""The storage module on real files: records, copies, separate files, atomic writes, backups, recovery."""

import os
import pathlib
import stat

import orjson
import pytest

from companion.store import backups
from companion.store.storage import FILES, StorageError, Store, write_atomic


@pytest.fixture
def folder(tmp_path) -> pathlib.Path:
    return tmp_path / "data"


def open_store(folder, **kw) -> Store:
    return Store(folder, **kw)


def snapshot_dirs(folder) -> list[pathlib.Path]:
    return sorted(p for p in (folder / "backups").iterdir() if p.is_dir())


def test_inserted_records_get_id_and_stamps_and_survive_a_reopen(folder):
    store = open_store(folder)
    ada = store.contacts.insert({"name": "Ada Park", "tags": ["nursing"]})
    assert ada["id"] and ada["created_at"].endswith("Z") and ada["updated_at"] == ada["created_at"]
    store.close()
    again = open_store(folder)
    assert again.contacts.get(ada["id"]) == ada
    assert again.contacts.count() == 1


def test_update_and_delete_change_what_is_stored(folder):
    store = open_store(folder)
    ada = store.contacts.insert({"name": "Ada Park"})
    updated = store.contacts.update(ada["id"], {"company": "Mayo Clinic"})
    assert updated["company"] == "Mayo Clinic" and updated["name"] == "Ada Park"
    assert store.contacts.update("no-such-id", {"company": "x"}) is None
    assert store.contacts.delete(ada["id"]) is True
    assert store.contacts.delete(ada["id"]) is False
    assert open_store(folder).contacts.all() == []


def test_callers_get_copies_that_cannot_change_stored_data(folder):
    store = open_store(folder)
    ada = store.contacts.insert({"name": "Ada Park", "tags": ["nursing"], "extra": {"k": "v"}})
    ada["tags"].append("changed")
    ada["name"] = "Changed"
    fetched = store.contacts.get(ada["id"])
    fetched["tags"].append("also changed")
    fetched["extra"]["k"] = "changed"
    listed = store.contacts.all()[0]
    assert listed["name"] == "Ada Park" and listed["tags"] == ["nursing"] and listed["extra"] == {"k": "v"}


def test_scan_reads_what_each_record_answers_and_skips_the_nones(folder):
    store = open_store(folder)
    ada = store.contacts.insert({"name": "Ada Park", "tags": ["nursing"]})
    store.contacts.insert({"name": "Bo Chen"})
    names = store.contacts.scan(lambda c: c["name"] if "nursing" in c.get("tags", []) else None)
    assert names == ["Ada Park"]
    assert sorted(store.contacts.scan(lambda c: c["id"])) == sorted(c["id"] for c in store.contacts.all())
    assert store.contacts.get(ada["id"]) == ada


@pytest.mark.parametrize("bad_id", [None, "", 5, ["x"]])
def test_lookups_with_junk_ids_find_nothing(folder, bad_id):
    store = open_store(folder)
    store.contacts.insert({"name": "Ada Park"})
    assert store.contacts.get(bad_id) is None


def test_each_kind_of_data_lives_in_its_own_file(folder):
    store = open_store(folder)
    store.articles.insert_many([{"url": f"https://example.org/{i}", "title": "t" * 200} for i in range(200)])
    articles_before = (folder / "articles.json").read_bytes()
    store.contacts.insert({"name": "Ada Park"})
    assert (folder / "articles.json").read_bytes() == articles_before
    assert (folder / "contacts.json").stat().st_size < 500
    assert set(FILES) >= {"contacts", "interactions", "articles", "suggestions", "settings", "feeds"}


def test_data_files_are_plain_json_readable_without_the_companion(folder):
    store = open_store(folder)
    ada = store.contacts.insert({"name": "Zoë Ångström"})
    on_disk = orjson.loads((folder / "contacts.json").read_bytes())
    assert on_disk["contacts"][ada["id"]]["name"] == "Zoë Ångström"


def test_data_files_and_backups_are_private(folder):
    store = open_store(folder, backup_every_seconds=0)
    store.contacts.insert({"name": "Ada Park"})
    store.contacts.insert({"name": "Bo Chen"})
    for path in folder.rglob("*"):
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path


def test_write_atomic_replaces_the_whole_file_and_leaves_no_temp_file(tmp_path):
    target = tmp_path / "x.json"
    write_atomic(target, b"old")
    write_atomic(target, b"new content")
    assert target.read_bytes() == b"new content"
    assert [p.name for p in tmp_path.iterdir()] == ["x.json"]


def test_write_atomic_that_cannot_replace_keeps_the_old_target_and_cleans_up(tmp_path):
    target = tmp_path / "x.json"
    target.mkdir()
    (target / "keep").write_text("old")
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    assert (target / "keep").read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["x.json"]


def test_unsaveable_record_is_refused_and_nothing_changes(folder):
    store = open_store(folder)
    store.contacts.insert({"name": "Ada Park"})
    before = (folder / "contacts.json").read_bytes()
    with pytest.raises(StorageError):
        store.contacts.insert({"name": "Bad", "when": object()})
    assert (folder / "contacts.json").read_bytes() == before
    assert [c["name"] for c in store.contacts.all()] == ["Ada Park"]
    store.contacts.insert({"name": "Bo Chen"})
    assert sorted(c["name"] for c in open_store(folder).contacts.all()) == ["Ada Park", "Bo Chen"]


def test_read_only_store_never_writes(folder):
    open_store(folder).contacts.insert({"name": "Ada Park"})
    before = (folder / "contacts.json").read_bytes()
    reader = Store(folder, read_only=True)
    with pytest.raises(StorageError):
        reader.contacts.insert({"name": "Bo Chen"})
    assert [c["name"] for c in reader.contacts.all()] == ["Ada Park"]
    assert (folder / "contacts.json").read_bytes() == before


def test_settings_documents_and_meta_round_trip(folder):
    store = open_store(folder)
    assert store.get_doc("profile") == {}
    store.put_doc("profile", {"name": "Sam Student"})
    store.put_doc("profile", {"school": "State U"})
    store.set_meta("paired_origins", ["chrome-extension://abc"])
    again = open_store(folder)
    assert again.get_doc("profile") == {"name": "Sam Student", "school": "State U"}
    assert again.get_meta("paired_origins") == ["chrome-extension://abc"]
    assert again.get_meta("missing", "default") == "default"


# Backups and recovery ----------------------------------------------------------------------------


def test_rotating_backups_keep_at_most_ten_and_the_newest_holds_the_latest_data(folder):
    store = open_store(folder, backup_every_seconds=0)
    for n in range(15):
        store.contacts.insert({"name": f"Person {n:02d}"})
    snapshots = snapshot_dirs(folder)
    assert len(snapshots) == backups.KEEP == 10
    newest = store.list_backups()[0]
    assert newest["stamp"] == snapshots[-1].name
    saved = orjson.loads((snapshots[-1] / "contacts.json.bak").read_bytes())["contacts"]
    assert len(saved) == 15


def test_an_unchanged_folder_makes_no_new_backup(folder):
    store = open_store(folder)
    store.contacts.insert({"name": "Ada Park"})
    store.close()
    open_store(folder).close()
    open_store(folder).close()
    assert len(snapshot_dirs(folder)) == 1


def corrupt_and_reopen(folder, garbage: bytes) -> tuple[Store, list[pathlib.Path]]:
    (folder / "contacts.json").write_bytes(garbage)
    store = open_store(folder)
    aside = sorted(folder.glob("contacts.json.corrupt-*"))
    return store, aside


@pytest.mark.parametrize(
    "garbage",
    [
        b'{"contacts": {"1": {"name": "trunc',
        b"",
        b"   \n",
        b"\x00" * 64,
        b"[1, 2, 3]",
        b'{"contacts": [1, 2]}',
        b'"just a string"',
    ],
)
def test_corrupt_file_is_moved_aside_and_the_last_good_backup_restored(folder, garbage):
    store = open_store(folder)
    store.contacts.insert_many([{"name": "Ada Park"}, {"name": "Bo Chen"}])
    store.close()
    open_store(folder).close()  # start-up snapshot of the good file
    store, aside = corrupt_and_reopen(folder, garbage)
    assert len(aside) == 1 and aside[0].read_bytes() == garbage
    assert sorted(c["name"] for c in store.contacts.all()) == ["Ada Park", "Bo Chen"]
    assert len(store.notices) == 1
    assert aside[0].name in store.notices[0] and "restored" in store.notices[0]


def test_recovery_skips_a_bad_backup_for_an_older_good_one(folder):
    store = open_store(folder, backup_every_seconds=0)
    store.contacts.insert({"name": "Ada Park"})
    store.contacts.insert({"name": "Bo Chen"})
    store.close()
    newest = snapshot_dirs(folder)[-1]
    (newest / "contacts.json.bak").write_bytes(b"{broken")
    store, aside = corrupt_and_reopen(folder, b"{also broken")
    assert [c["name"] for c in store.contacts.all()] == ["Ada Park"]
    assert aside[0].read_bytes() == b"{also broken"


def test_corrupt_file_without_any_backup_starts_empty_but_is_kept(folder):
    folder.mkdir(parents=True)
    store, aside = corrupt_and_reopen(folder, b"{not json")
    assert store.contacts.all() == []
    assert aside[0].read_bytes() == b"{not json"
    assert "no good backup" in store.notices[0]
    store.contacts.insert({"name": "Ada Park"})
    assert aside[0].read_bytes() == b"{not json"


def test_other_files_are_untouched_when_one_is_corrupt(folder):
    store = open_store(folder)
    store.contacts.insert({"name": "Ada Park"})
    store.feeds.insert({"url": "https://example.org/feed"})
    store.close()
    open_store(folder).close()
    feeds_before = (folder / "feeds.json").read_bytes()
    store, _ = corrupt_and_reopen(folder, b"")
    assert (folder / "feeds.json").read_bytes() == feeds_before
    assert len(store.notices) == 1


def test_restore_backup_brings_back_old_data_and_backs_up_the_current(folder):
    store = open_store(folder, backup_every_seconds=0)
    store.contacts.insert({"name": "Ada Park"})
    stamp = store.list_backups()[0]["stamp"]
    store.contacts.insert({"name": "Bo Chen"})
    store.restore_backup(stamp)
    assert [c["name"] for c in store.contacts.all()] == ["Ada Park"]
    saved = [
        sorted(c["name"] for c in orjson.loads((d / "contacts.json.bak").read_bytes())["contacts"].values())
        for d in snapshot_dirs(folder)
    ]
    assert ["Ada Park", "Bo Chen"] in saved
    with pytest.raises(KeyError):
        store.restore_backup("../../etc")


def test_no_stray_temp_files_after_many_writes(folder):
    store = open_store(folder)
    for n in range(30):
        store.contacts.insert({"name": f"P{n}"})
    assert not [p for p in folder.iterdir() if p.name.endswith(".tmp")]
    assert os.listdir(folder)
