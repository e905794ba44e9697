"""The only module that touches TinyDB: durable, atomic, thread-safe storage of plain dicts.

TinyDB rewrites a whole file on every write and is not thread-safe, so:
- each kind of data has its own file (contacts never get slower because articles pile up);
- every operation runs under one process-wide lock;
- `DurableStorage` writes a temp file, flushes, fsyncs, `os.replace`s it over the old one and
  fsyncs the folder, so a crash leaves either the old or the new file, never half of one;
- a write that fails leaves the file and the in-memory copy as they were;
- a file that does not parse at start-up is moved aside, never overwritten, and the newest
  good backup is restored (`Store.notices` says what happened).

Callers get copies: nothing they do to a returned dict changes what is stored.
"""

import collections
import pathlib
import threading

import orjson
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Document, Table

from companion.store import backups
from companion.store.files import CorruptFile, new_id, now_iso, parse_file, write_atomic

# file name -> tables it holds
FILES = {
    "contacts": ["contacts"],
    "interactions": ["interactions"],
    "settings": ["settings", "meta"],
    "feeds": ["feeds"],
    "articles": ["articles"],
    "suggestions": ["suggestions", "dismissals"],
}


class StorageError(Exception):
    """A write could not be made durable; what was stored is unchanged."""


class DurableStorage(Storage):
    """TinyDB storage kept in memory and written durably on every change."""

    def __init__(self, path: pathlib.Path, read_only: bool = False):
        self.path = pathlib.Path(path)
        self.read_only = read_only
        self._data = self._from_disk()

    def _from_disk(self) -> dict:
        # After a failed write the file still holds the last good version (writes are atomic), so
        # it, not a second copy kept in memory, is what TinyDB's half-changed dict goes back to.
        return parse_file(self.path) if self.path.exists() else {}

    def read(self):
        return self._data

    def write(self, data) -> None:
        if self.read_only:
            self._data = self._from_disk()
            raise StorageError("this store was opened read-only")
        try:
            raw = orjson.dumps(data)
            write_atomic(self.path, raw)
        except (OSError, TypeError, orjson.JSONEncodeError) as exc:
            # TinyDB changed the dict we handed it; go back to what is on disk.
            self._data = self._from_disk()
            raise StorageError(f"could not save {self.path.name}: {exc}") from exc
        self._data = data

    def close(self) -> None:
        pass


class _StrIdTable(Table):
    document_id_class = str


class _Db(TinyDB):
    table_class = _StrIdTable


def _copy(doc) -> dict:
    """A copy deep enough that callers cannot change stored lists or dicts."""
    out = {}
    for key, value in doc.items():
        if isinstance(value, list):
            value = [dict(v) if isinstance(v, dict) else v for v in value]
        elif isinstance(value, dict):
            value = dict(value)
        out[key] = value
    return out


class Collection:
    """One table of records keyed by their string `id`."""

    def __init__(self, store: "Store", db: TinyDB, name: str):
        self._store = store
        self._table = db.table(name)
        # Counts writes, and remembers recent changed ids, so caches (the matching index) can
        # catch up with what changed instead of rebuilding.
        self.revision = 0
        self._recent: collections.deque = collections.deque(maxlen=2000)

    def _changed(self, ids) -> None:
        self.revision += 1
        self._recent.append((self.revision, tuple(ids)))
        self._store.after_write()

    def changed_since(self, revision: int) -> set[str] | None:
        """Ids written after `revision`, or None when too much changed to say (rebuild instead)."""
        with self._store.lock:
            if revision == self.revision:
                return set()
            if not self._recent or self._recent[0][0] > revision + 1:
                return None
            return {i for rev, ids in self._recent if rev > revision for i in ids}

    def all(self) -> list[dict]:
        with self._store.lock:
            return [_copy(doc) for doc in self._table.all()]

    def find(self, predicate) -> list[dict]:
        """Copies of the records for which `predicate(record)` is true (it sees the raw record)."""
        with self._store.lock:
            return [_copy(doc) for doc in self._table._read_table().values() if predicate(doc)]

    def scan(self, read) -> list:
        """`read(record)` for every record, keeping the answers that are not None, without copying
        the records (cheap for sort keys of a whole table). `read` sees the raw record: it must not
        change it, and must answer with values that do not hold on to it (text, numbers, tuples)."""
        with self._store.lock:
            answers = (read(doc) for doc in self._table._read_table().values())
            return [a for a in answers if a is not None]

    def get(self, record_id: str) -> dict | None:
        if not isinstance(record_id, str) or not record_id:
            return None
        with self._store.lock:
            doc = self._table.get(doc_id=record_id)
            return _copy(doc) if doc is not None else None

    def count(self) -> int:
        with self._store.lock:
            return len(self._table)

    def insert(self, record: dict) -> dict:
        return self.insert_many([record])[0]

    def insert_many(self, records: list[dict]) -> list[dict]:
        stamped = []
        with self._store.lock:
            for record in records:
                doc = _copy(record)
                doc.setdefault("id", new_id())
                doc.setdefault("created_at", now_iso())
                doc.setdefault("updated_at", doc["created_at"])
                stamped.append(doc)
            if stamped:
                self._table.insert_multiple(Document(_copy(d), doc_id=d["id"]) for d in stamped)
                self._changed(d["id"] for d in stamped)
        return stamped

    def update(self, record_id: str, changes: dict) -> dict | None:
        with self._store.lock:
            if self.get(record_id) is None:
                return None
            fields = {**_copy(changes), "updated_at": now_iso()}
            self._table.update(fields, doc_ids=[record_id])
            self._changed([record_id])
            return self.get(record_id)

    def update_many(self, changes_by_id: dict[str, dict]) -> None:
        """Apply several updates in one durable write."""
        stamp = now_iso()

        def apply(table):
            for record_id, changes in changes_by_id.items():
                if record_id in table:
                    table[record_id].update({**_copy(changes), "updated_at": stamp})

        with self._store.lock:
            if changes_by_id:
                self._table._update_table(apply)
                self._table.clear_cache()
                self._changed(changes_by_id)

    def put_many(self, records: list[dict]) -> None:
        """Store records exactly as given (ids and stamps kept), replacing any with the same id."""
        docs = {r["id"]: _copy(r) for r in records}

        def apply(table):
            for record_id, doc in docs.items():
                table[record_id] = doc

        with self._store.lock:
            if docs:
                self._table._update_table(apply)
                self._table.clear_cache()
                self._changed(docs)

    def delete(self, record_id: str) -> bool:
        return self.delete_many([record_id]) == 1

    def delete_many(self, record_ids) -> int:
        with self._store.lock:
            raw = self._table._read_table()
            present = [i for i in set(record_ids) if isinstance(i, str) and i in raw]
            if present:
                self._table.remove(doc_ids=present)
                self._changed(present)
            return len(present)

    def replace_all(self, records: list[dict]) -> None:
        """Swap the whole table for `records` in one durable write (backup restore, import)."""
        with self._store.lock:
            docs = {r["id"]: _copy(r) for r in records}

            def apply(table):
                table.clear()
                table.update(docs)

            self._table._update_table(apply)
            self._table.clear_cache()
            self.revision += 1
            self._recent.clear()
            self._store.after_write()


class Store:
    """All the companion's data in one folder; one instance per process."""

    def __init__(self, data_dir: pathlib.Path, *, backup_every_seconds: int = 3600, read_only: bool = False):
        """Open (creating) the data folder. `read_only` stores never write, back up or recover."""
        self.data_dir = pathlib.Path(data_dir)
        self.read_only = read_only
        self.data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.lock = threading.RLock()
        self.notices: list[str] = []
        self._backups = backups.Backups(self.data_dir, FILES, every_seconds=backup_every_seconds)
        self._dbs = {name: self._open(name) for name in FILES}
        if not read_only:
            self._backups.snapshot_all()
        self.contacts = Collection(self, self._dbs["contacts"], "contacts")
        self.interactions = Collection(self, self._dbs["interactions"], "interactions")
        self.feeds = Collection(self, self._dbs["feeds"], "feeds")
        self.articles = Collection(self, self._dbs["articles"], "articles")
        self.suggestions = Collection(self, self._dbs["suggestions"], "suggestions")
        self.dismissals = Collection(self, self._dbs["suggestions"], "dismissals")
        self._settings = Collection(self, self._dbs["settings"], "settings")
        self._meta = Collection(self, self._dbs["settings"], "meta")

    def _open(self, name: str) -> TinyDB:
        path = self.data_dir / f"{name}.json"
        try:
            return _Db(path, storage=DurableStorage, read_only=self.read_only)
        except CorruptFile as exc:
            if self.read_only:
                raise
            self.notices.append(self._backups.recover(path, str(exc)))
            return _Db(path, storage=DurableStorage, read_only=False)

    def after_write(self) -> None:
        """Called under the lock after each durable write: take a periodic backup."""
        if not self.read_only:
            self._backups.maybe_snapshot()

    # Small key-value documents: settings, the user's profile, pairing metadata.
    def get_doc(self, key: str) -> dict:
        """A stored settings-like document, or {} when never saved."""
        doc = self._settings.get(key)
        if doc is None:
            return {}
        return {k: v for k, v in doc.items() if k not in ("id", "created_at", "updated_at")}

    def put_doc(self, key: str, values: dict) -> dict:
        """Store a settings-like document whole."""
        with self.lock:
            if self._settings.get(key) is None:
                self._settings.insert({**values, "id": key})
            else:
                self._settings.update(key, values)
            return self.get_doc(key)

    def get_meta(self, key: str, default=None):
        """A value the companion keeps for itself (paired origins, last poll...)."""
        doc = self._meta.get(key)
        return doc["value"] if doc else default

    def set_meta(self, key: str, value) -> None:
        with self.lock:
            if self._meta.get(key) is None:
                self._meta.insert({"id": key, "value": value})
            else:
                self._meta.update(key, {"value": value})

    def list_backups(self) -> list[dict]:
        """Backups on disk, newest first."""
        return self._backups.list()

    def restore_backup(self, stamp: str) -> None:
        """Replace the data with the backup taken at `stamp` (current data is backed up first)."""
        with self.lock:
            self._backups.snapshot_all(force=True)
            tables = self._backups.load(stamp)
            for name, file_tables in FILES.items():
                if name not in tables:
                    continue
                for table in file_tables:
                    records = list(tables[name].get(table, {}).values())
                    collection = Collection(self, self._dbs[name], table)
                    collection.replace_all(records)

    def close(self) -> None:
        for db in self._dbs.values():
            db.close()
