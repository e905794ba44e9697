"""Rotating backups of the data files, and recovery from a file that does not parse.

A snapshot copies every data file that parses into `backups/<stamp>/`; the newest `KEEP`
snapshots are kept. Backup files end in `.bak` so that nothing mistakes them for live data.
A corrupt file is renamed `<name>.json.corrupt-<stamp>` (never overwritten, never deleted) and
the newest backup of it that parses is put in its place.
"""

import os
import pathlib
import shutil
import time

import orjson

KEEP = 10


def _stamp() -> str:
    # Stamps sort in time order (newest = last), so the fraction must be the microseconds of the
    # same instant as the seconds, not an arbitrary remainder.
    ns = time.time_ns()
    return time.strftime("%Y%m%dT%H%M%S", time.gmtime(ns // 1_000_000_000)) + f"-{ns // 1000 % 1_000_000:06d}"


def _parses(path: pathlib.Path) -> bool:
    try:
        data = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return False
    return isinstance(data, dict)


class Backups:
    """The `backups/` folder beside the data files."""

    def __init__(self, data_dir: pathlib.Path, files: dict, *, every_seconds: int = 3600):
        self.data_dir = data_dir
        self.folder = data_dir / "backups"
        self.names = list(files)
        self.every_seconds = every_seconds
        self._last = 0.0

    def snapshot_all(self, *, force: bool = False) -> pathlib.Path | None:
        """Copy every parsing data file into a new snapshot folder; prune old snapshots."""
        sources = [self.data_dir / f"{n}.json" for n in self.names]
        sources = [p for p in sources if p.exists() and _parses(p)]
        if not sources:
            return None
        if not force and self._same_as_newest(sources):
            self._last = time.monotonic()
            return None
        self.folder.mkdir(mode=0o700, exist_ok=True)
        target = self.folder / _stamp()
        target.mkdir(mode=0o700)
        for src in sources:
            shutil.copyfile(src, target / f"{src.name}.bak")
            os.chmod(target / f"{src.name}.bak", 0o600)
        self._last = time.monotonic()
        self._prune()
        return target

    def maybe_snapshot(self) -> None:
        """Take a snapshot when the last one is older than the interval."""
        if time.monotonic() - self._last >= self.every_seconds:
            self.snapshot_all()

    def _same_as_newest(self, sources) -> bool:
        newest = self._snapshots()[:1]
        if not newest:
            return False
        for src in sources:
            copy = newest[0] / f"{src.name}.bak"
            if not copy.exists() or copy.stat().st_size != src.stat().st_size:
                return False
            if copy.read_bytes() != src.read_bytes():
                return False
        return True

    def _snapshots(self) -> list[pathlib.Path]:
        if not self.folder.exists():
            return []
        return sorted((p for p in self.folder.iterdir() if p.is_dir()), reverse=True)

    def _prune(self) -> None:
        for old in self._snapshots()[KEEP:]:
            shutil.rmtree(old, ignore_errors=True)

    def recover(self, path: pathlib.Path, reason: str) -> str:
        """Move a corrupt file aside and restore its newest good backup; say what was done."""
        aside = path.with_name(f"{path.name}.corrupt-{_stamp()}")
        os.replace(path, aside)
        for snapshot in self._snapshots():
            copy = snapshot / f"{path.name}.bak"
            if copy.exists() and _parses(copy):
                shutil.copyfile(copy, path)
                os.chmod(path, 0o600)
                return (
                    f"{reason}. It was kept as {aside.name} and the backup from {snapshot.name} was restored."
                )
        return f"{reason}. It was kept as {aside.name}; no good backup existed, so it starts empty."

    def list(self) -> list[dict]:
        """Snapshots newest first: {stamp, files, bytes}."""
        out = []
        for snapshot in self._snapshots():
            files = sorted(p.name.removesuffix(".bak") for p in snapshot.iterdir())
            size = sum(p.stat().st_size for p in snapshot.iterdir())
            out.append({"stamp": snapshot.name, "files": files, "bytes": size})
        return out

    def load(self, stamp: str) -> dict:
        """The parsed tables of one snapshot: {file name: {table: {id: record}}}."""
        snapshot = self.folder / stamp
        if "/" in stamp or stamp.startswith(".") or not snapshot.is_dir():
            raise KeyError(stamp)
        out = {}
        for name in self.names:
            copy = snapshot / f"{name}.json.bak"
            if copy.exists() and _parses(copy):
                out[name] = orjson.loads(copy.read_bytes())
        return out
