"""Installed versions of Airlock on disk, and the links that choose one.

    /opt/airlock/                  the installation root (root:airlock-update, 2775)
      slots/VERSION/               one version: release.json, bin/airlock, lib/, venv/
      current -> slots/VERSION     what /usr/bin/airlock runs
      previous -> slots/VERSION    the kept version, for `airlock app rollback`
      fallback -> slots/VERSION    only while an update runs: the version it started from
      origins/VERSION.json         where each version came from
      update.json                  the journal of an update in progress (update.py)
      .update.lock                 held by whichever process is updating

A link is switched by renaming a new link over it (one rename(2)), so a reader always sees
the old or the new target. A slot is complete before any link names it. The installation
root is found from the running code's own path, so a slot works wherever it is unpacked.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.appliance.errors import BadReference, NoWriteAccess, UpdateBusy
from app.core.fsutil import atomic_write, fsync_dir
from app.core.messages import say

SLOTS = "slots"
ORIGINS = "origins"
RELEASE_FILE = "release.json"
JOURNAL_FILE = "update.json"
LOCK_FILE = ".update.lock"
CURRENT, PREVIOUS, FALLBACK = "current", "previous", "fallback"
UPDATERS_GROUP = "airlock-update"
_VERSION = re.compile(r"(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})\.(0|[1-9][0-9]{0,5})")
MAX_RELEASE_FILE = 64 * 1024


def version_key(version: str) -> tuple[int, int, int]:
    """MAJOR.MINOR.PATCH as numbers; raise `BadReference` for anything else."""
    match = _VERSION.fullmatch(version)
    if match is None:
        raise BadReference(
            say("{version} is not an Airlock version.", version=repr(version)[:40]),
            say("Give a version as MAJOR.MINOR.PATCH, for example 1.2.0."),
        )
    return int(match.group(1)), int(match.group(2)), int(match.group(3))


def is_version(text: str) -> bool:
    return _VERSION.fullmatch(text) is not None


@dataclass(frozen=True)
class Slot:
    """One installed version and what its release.json says about it."""

    version: str
    path: Path
    release: dict[str, Any]

    @property
    def schema(self) -> dict[str, int]:
        """{area: number of migrations} this version expects of the database."""
        raw = self.release.get("schema", {})
        return {str(k): int(v) for k, v in raw.items()} if isinstance(raw, dict) else {}

    @property
    def command(self) -> list[str]:
        return [str(self.path / "bin" / "airlock")]


def read_release(slot_dir: Path) -> dict[str, Any] | None:
    """A slot's release.json, or None when the directory is not a complete slot."""
    try:
        with (slot_dir / RELEASE_FILE).open("rb") as handle:
            data = json.loads(handle.read(MAX_RELEASE_FILE))
    except (OSError, ValueError):
        return None
    complete = (slot_dir / "bin" / "airlock").is_file()
    if not isinstance(data, dict) or data.get("version") != slot_dir.name or not complete:
        return None
    return data


@dataclass(frozen=True)
class Installation:
    """The installation root and what is installed under it."""

    root: Path

    @classmethod
    def of_running_code(cls) -> Installation | None:
        """The installation this very code was started from; None from a source tree."""
        slot_dir = Path(__file__).resolve().parents[4]
        if slot_dir.parent.name == SLOTS and read_release(slot_dir) is not None:
            return cls(slot_dir.parent.parent)
        return None

    @staticmethod
    def running_version() -> str | None:
        slot_dir = Path(__file__).resolve().parents[4]
        return slot_dir.name if read_release(slot_dir) is not None else None

    # -- reading ----------------------------------------------------------------------------------

    def slot(self, version: str) -> Slot | None:
        if not is_version(version):
            return None
        path = self.root / SLOTS / version
        release = read_release(path)
        return Slot(version, path, release) if release is not None else None

    def linked(self, name: str) -> Slot | None:
        """The slot a link names, if it names a complete one."""
        try:
            target = (self.root / name).readlink()
        except OSError:
            return None
        parts = target.parts
        if len(parts) != 2 or parts[0] != SLOTS:  # noqa: PLR2004 - always "slots/VERSION"
            return None
        return self.slot(parts[1])

    def installed(self) -> list[Slot]:
        found = []
        directory = self.root / SLOTS
        if directory.is_dir():
            for path in directory.iterdir():
                slot = self.slot(path.name)
                if slot is not None:
                    found.append(slot)
        return sorted(found, key=lambda s: version_key(s.version))

    def origin(self, version: str) -> dict[str, Any]:
        try:
            data = json.loads((self.root / ORIGINS / f"{version}.json").read_text())
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def is_packaged(self, version: str) -> bool:
        """Whether dpkg installed this slot (dpkg owns its files; Airlock never removes it)."""
        return self.origin(version).get("origin") == "package"

    # -- changing ---------------------------------------------------------------------------------

    def writable(self) -> bool:
        return all(os.access(p, os.W_OK | os.X_OK) for p in (self.root, self.root / SLOTS))

    def require_writable(self) -> None:
        if not self.writable():
            raise NoWriteAccess(
                say("This account may not change Airlock's installation in {path}.", path=self.root),
                say("Run it as root, or as a member of the group {group} (usermod -aG {group} NAME).",
                    group=UPDATERS_GROUP),
            )

    def record_origin(self, version: str, origin: dict[str, Any]) -> None:
        directory = self.root / ORIGINS
        directory.mkdir(exist_ok=True)
        atomic_write(directory / f"{version}.json", json.dumps(origin, sort_keys=True).encode() + b"\n", mode=0o644)

    def relink(self, name: str, version: str | None) -> None:
        """Point link `name` at slots/VERSION in one rename, or remove it (None)."""
        link = self.root / name
        if version is None:
            with contextlib.suppress(FileNotFoundError):
                link.unlink()
        else:
            fresh = self.root / f".{name}.new"
            with contextlib.suppress(FileNotFoundError):
                fresh.unlink()
            fresh.symlink_to(f"{SLOTS}/{version}")
            os.replace(fresh, link)
        fsync_dir(self.root)

    # -- the journal and the lock -----------------------------------------------------------------

    def journal(self) -> dict[str, Any] | None:
        try:
            data = json.loads((self.root / JOURNAL_FILE).read_text())
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            return {"phase": "unreadable"}
        return data if isinstance(data, dict) else {"phase": "unreadable"}

    def write_journal(self, journal: dict[str, Any]) -> None:
        atomic_write(self.root / JOURNAL_FILE, json.dumps(journal, sort_keys=True).encode() + b"\n", mode=0o664)

    def clear_journal(self) -> None:
        with contextlib.suppress(FileNotFoundError):
            (self.root / JOURNAL_FILE).unlink()
        fsync_dir(self.root)

    @contextlib.contextmanager
    def update_lock(self, wait_s: float = 0.0) -> Iterator[int]:
        """Hold the update lock (yields its descriptor); `UpdateBusy` when another process has it.

        With `wait_s`, it tries again for that long first.
        """
        fd = os.open(self.root / LOCK_FILE, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o664)
        deadline = time.monotonic() + wait_s
        try:
            try:
                while True:
                    try:
                        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                        break
                    except BlockingIOError:
                        if time.monotonic() >= deadline:
                            raise
                        time.sleep(0.1)
            except BlockingIOError as exc:
                raise UpdateBusy(
                    say("Another process is updating Airlock right now."),
                    say("Wait for it to finish, then look at `airlock app status`."),
                ) from exc
            yield fd
        finally:
            os.close(fd)
