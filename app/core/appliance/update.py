"""An update (or a rollback) as a journal of steps, each safe to crash after.

RAUC's contract, on a directory instead of a partition: install into a slot that nothing
runs, back the database up, switch the `current` link, let the new version prove itself
(`selfcheck`), then mark it good; otherwise fall back. The journal (update.json) says how
far it got, so whatever stops the process (kill -9, a power cut) the next start finishes
or undoes it (`recover`), and one version always works:

    phase        what is true                                   a crash is repaired by
    staging      a staging dir may exist; links unchanged        removing the staging dir
    staged       slots/NEW is complete; links unchanged          removing slots/NEW
    backed-up    the database was copied to the journal's backup the same (database unchanged)
    switched     current -> NEW, previous -> OLD; the new        restoring the database from
                 version may have migrated the database          the backup, current -> OLD
    checked      the new version passed its self-check           marking NEW good

`fallback` names the version the update started from while it runs, so the launcher can run
that version's `airlock app recover` before anything else.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.core.appliance.errors import SelfCheckFailed, StepFailed, UpdateBusy
from app.core.appliance.package import AppRelease, unpack
from app.core.appliance.slots import CURRENT, FALLBACK, PREVIOUS, SLOTS, Installation, Slot
from app.core.bundles.store import hash_object
from app.core.fsutil import atomic_write, atomic_writer, fsync_dir
from app.core.messages import say

PHASES = ("staging", "staged", "backed-up", "switched", "checked")
SELF_CHECK_TIMEOUT_S = 300
STAGING_PREFIX = ".staging-"
ORPHAN_WAIT_S = 60.0  # how long recovery waits for what a killed updater left running
BACKUP_SUFFIX = ".pre-update"
DB_COMPANIONS = ("-journal", "-wal", "-shm")
RECOVERY_NOTE = "app-update-recovered.json"
PARENT_ENV = "AIRLOCK_SELF_CHECK_PARENT"


def _sha256(path: Path) -> str:
    return hash_object(path)[1]


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


def _copy_durably(source: Path, target: Path) -> None:
    """Copy `source` over `target` atomically and durably (0600)."""
    with source.open("rb") as reader, atomic_writer(target) as writer:
        shutil.copyfileobj(reader, writer, 1 << 20)


class Updater:
    """One update or rollback of `installation`, for the vault in `data_dir`.

    The caller holds the installation's update lock (`lock_fd`) for the whole run and the
    vault's data directory exclusively, so no other session writes the database meanwhile.
    """

    def __init__(self, installation: Installation, data_dir: Path, lock_fd: int) -> None:
        self.installation = installation
        self.data_dir = Path(data_dir)
        self.lock_fd = lock_fd

    @property
    def database(self) -> Path:
        return self.data_dir / "airlock.db"

    def _save(self, journal: dict[str, Any], phase: str) -> None:
        journal["phase"] = phase
        self.installation.write_journal(journal)

    # -- the steps ----------------------------------------------------------------------------------

    def begin(self, kind: str, target: str, actor: str) -> dict[str, Any]:
        """Open the journal: what runs now, what is kept, and where the vault is."""
        inst = self.installation
        current, previous = inst.linked(CURRENT), inst.linked(PREVIOUS)
        if current is None:
            raise StepFailed(say("No installed version is current in {path}.", path=inst.root),
                             say("Install Airlock again from its release medium."))
        _sweep_staging(inst)  # from an interrupted update
        journal: dict[str, Any] = {
            "kind": kind,
            "from": current.version,
            "to": target,
            "old_current": current.version,
            "old_previous": previous.version if previous is not None else None,
            "data_dir": str(self.data_dir),
            "staging": f"{STAGING_PREFIX}{secrets.token_hex(6)}" if kind == "update" else None,
            "backup": None,
            "backup_sha256": None,
            "actor": actor,
            "pid": os.getpid(),
            "started_at": _now(),
        }
        self._save(journal, "staging")
        inst.relink(FALLBACK, current.version)
        return journal

    def stage(self, journal: dict[str, Any], write_package: Callable[[Path], object], release: AppRelease,
              origin: dict[str, Any]) -> Slot:
        """Unpack the package into slots/NEW (complete before it gets that name).

        The version kept as `previous` (a rollback went back from it) is already installed
        whole: a version's content never changes, so that slot is used as it is.
        """
        inst = self.installation
        kept = inst.linked(PREVIOUS)
        if kept is not None and kept.version == release.version:
            self._save(journal, "staged")
            return kept
        staging = inst.root / SLOTS / str(journal["staging"])
        staging.mkdir(mode=0o755)
        package = staging / release.package
        write_package(package)
        slot_dir = unpack(package, release.version, staging, self.lock_fd)
        target = inst.root / SLOTS / release.version
        if target.exists():
            # A slot of this version that no link keeps: what an earlier, undone update left.
            shutil.rmtree(target)
        inst.record_origin(release.version, origin)
        os.replace(slot_dir, target)
        fsync_dir(target.parent)
        shutil.rmtree(staging)
        self._save(journal, "staged")
        slot = inst.slot(release.version)
        if slot is None:
            raise StepFailed(say("The unpacked version {version} is incomplete.", version=release.version),
                             say("Check the installation's disk, then try again."))
        return slot

    def backup_database(self, journal: dict[str, Any]) -> Path:
        """Copy the vault's database before the new version may migrate it."""
        backup = self.database.with_name(f"{self.database.name}{BACKUP_SUFFIX}")
        try:
            _copy_durably(self.database, backup)
        except OSError as exc:
            raise StepFailed(
                say("The database could not be backed up: {error}.", error=exc.strerror or str(exc)),
                say("Free space in the data directory, then try again."),
            ) from exc
        journal["backup"] = str(backup)
        journal["backup_sha256"] = _sha256(backup)
        self._save(journal, "backed-up")
        return backup

    def switch(self, journal: dict[str, Any]) -> None:
        """Current -> the new version, previous -> the one that ran; journal first."""
        self._save(journal, "switched")
        self.installation.relink(PREVIOUS, str(journal["old_current"]))
        self.installation.relink(CURRENT, str(journal["to"]))

    def self_check(self, journal: dict[str, Any], data_key: bytes) -> dict[str, Any]:
        """Run the new version's `airlock app self-check` on the vault; its report, or `SelfCheckFailed`."""
        slot = self.installation.slot(str(journal["to"]))
        if slot is None:
            raise SelfCheckFailed(say("Version {version} is not installed completely.", version=journal["to"]),
                                  say("Try the update again."))
        report = run_self_check(slot, self.data_dir, data_key, self.lock_fd)
        self._save(journal, "checked")
        return report

    def confirm(self, journal: dict[str, Any]) -> list[str]:
        """Mark the new version good: drop the fallback, the backup and versions no link keeps."""
        inst = self.installation
        inst.relink(FALLBACK, None)
        kept = {s.version for s in (inst.linked(CURRENT), inst.linked(PREVIOUS)) if s is not None}
        removed = []
        for slot in inst.installed():
            if slot.version not in kept and not inst.is_packaged(slot.version):
                shutil.rmtree(slot.path, ignore_errors=True)
                removed.append(slot.version)
        _remove_backup(journal)
        inst.clear_journal()
        return removed

    def undo(self, journal: dict[str, Any]) -> dict[str, Any]:
        """Put back what ran before: the database, the links; remove what the update added."""
        return undo(self.installation, journal)


def _remove_backup(journal: dict[str, Any]) -> None:
    if journal.get("backup"):
        with contextlib.suppress(FileNotFoundError):
            Path(str(journal["backup"])).unlink()


def _restore_database(journal: dict[str, Any]) -> bool:
    """The database as the backup has it; True when it had changed. Call with no connection open."""
    if not journal.get("backup"):
        return False
    database = Path(str(journal["data_dir"])) / "airlock.db"
    backup = Path(str(journal["backup"]))
    changed = not database.exists() or _sha256(database) != journal.get("backup_sha256")
    if changed:
        if not backup.exists() or _sha256(backup) != journal.get("backup_sha256"):
            raise StepFailed(
                say("The database backup {path} is missing or damaged; the database was left as it is.", path=backup),
                say("Restore the data directory from your own backup."),
            )
        _copy_durably(backup, database)
    # A hot journal left by a killed migration belongs to the file just replaced.
    for suffix in DB_COMPANIONS:
        with contextlib.suppress(FileNotFoundError):
            database.with_name(database.name + suffix).unlink()
    fsync_dir(database.parent)
    return changed


def undo(installation: Installation, journal: dict[str, Any]) -> dict[str, Any]:
    """Return to the state before `journal`'s update; idempotent, so a crash in it is harmless."""
    inst = installation
    restored = _restore_database(journal)
    inst.relink(CURRENT, str(journal["old_current"]))
    inst.relink(PREVIOUS, journal.get("old_previous"))
    removed = None
    if journal.get("kind") == "update":
        target = str(journal["to"])
        kept = {journal.get("old_current"), journal.get("old_previous")}
        if target not in kept and not inst.is_packaged(target):
            shutil.rmtree(inst.root / SLOTS / target, ignore_errors=True)
            removed = target
        if journal.get("staging"):
            shutil.rmtree(inst.root / SLOTS / str(journal["staging"]), ignore_errors=True)
    inst.relink(FALLBACK, None)
    _remove_backup(journal)
    inst.clear_journal()
    return {"undone": journal.get("kind"), "phase": journal.get("phase"), "running": journal["old_current"],
            "removed": removed, "database_restored": restored}


def recover(installation: Installation) -> dict[str, Any] | None:
    """Finish or undo an update that a crash interrupted; None when there was none (or it still runs)."""
    inst = installation
    if not inst.writable() or (inst.journal() is None and not _staging_leftovers(inst)):
        return None
    try:
        # An updater killed mid-unpack leaves dpkg-deb's children holding the lock for moments.
        with inst.update_lock(wait_s=ORPHAN_WAIT_S if _updater_gone(inst.journal()) else 0.0):
            journal = inst.journal()
            if journal is None:
                _sweep_staging(inst)  # an unpack's child wrote on after its update was undone
                return None
            outcome = _repair(inst, journal)
            _sweep_staging(inst)
    except UpdateBusy:
        return None
    note = {**outcome, "journal": journal, "recovered_at": _now()}
    # An unreadable journal names no vault: the note waits in the installation, never in the
    # folder the launcher happened to be started from.
    data_dir = str(journal.get("data_dir") or "")
    _leave_note(Path(data_dir) if data_dir else inst.root, note)
    return note


def _staging_leftovers(inst: Installation) -> list[Path]:
    return sorted((inst.root / SLOTS).glob(f"{STAGING_PREFIX}*"))


def _sweep_staging(inst: Installation) -> None:
    """Remove staging folders no update owns (the caller holds the update lock and no journal names one)."""
    for leftover in _staging_leftovers(inst):
        shutil.rmtree(leftover, ignore_errors=True)


def _updater_gone(journal: dict[str, Any] | None) -> bool:
    """Whether the process that wrote `journal` no longer runs (unknown: assume it runs)."""
    pid = journal.get("pid") if journal else None
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def _repair(inst: Installation, journal: dict[str, Any]) -> dict[str, Any]:
    if journal.get("phase") == "checked":
        # The new version passed its self-check: only marking it good was left.
        Updater(inst, Path(str(journal["data_dir"])), -1).confirm(journal)
        return {"finished": journal.get("kind"), "running": journal["to"], "database_restored": False}
    if journal.get("phase") == "unreadable" or "old_current" not in journal:
        inst.relink(FALLBACK, None)
        inst.clear_journal()
        running = inst.linked(CURRENT)
        return {"undone": "unreadable journal", "running": running.version if running else None}
    return undo(inst, journal)


def _leave_note(data_dir: Path, note: dict[str, Any]) -> None:
    """For the next session to put in the audit trail (recovery runs with no vault open)."""
    path = data_dir / RECOVERY_NOTE
    with contextlib.suppress(OSError):
        notes = json.loads(path.read_text()) if path.exists() else []
        notes = notes if isinstance(notes, list) else []
        notes.append(note)
        atomic_write(path, json.dumps(notes, sort_keys=True).encode())


def take_notes(data_dir: Path) -> list[dict[str, Any]]:
    """The recoveries since the last session, removed once read."""
    path = Path(data_dir) / RECOVERY_NOTE
    try:
        notes = json.loads(path.read_text())
    except (OSError, ValueError):
        return []
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    return [n for n in notes if isinstance(n, dict)] if isinstance(notes, list) else []


# -- the self-check, seen from the version being left ---------------------------------------------


def _child_environment() -> dict[str, str]:
    keep = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "USER", "LOGNAME", "AIRLOCK_KDF_SECONDS")
    env = {k: os.environ[k] for k in keep if k in os.environ}
    env.setdefault("PATH", "/usr/bin:/bin")
    env["QT_QPA_PLATFORM"] = "offscreen"
    env[PARENT_ENV] = str(os.getpid())
    return env


def run_self_check(slot: Slot, data_dir: Path, data_key: bytes, lock_fd: int) -> dict[str, Any]:
    """Start `slot`'s own `airlock app self-check`, hand it the data key on a pipe, read its verdict.

    The key never touches the disk or the environment; the child inherits the update lock, so
    no recovery starts while it runs, and it dies with this process (it asks the kernel to).
    """
    command = [*slot.command, "--data-dir", str(data_dir), "app", "self-check", "--expect-version", slot.version]
    try:
        result = subprocess.run(  # noqa: S603 - the slot's own launcher, fixed arguments
            command, input=data_key.hex() + "\n", capture_output=True, text=True, timeout=SELF_CHECK_TIMEOUT_S,
            env=_child_environment(), pass_fds=(lock_fd,) if lock_fd >= 0 else (), check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise SelfCheckFailed(
            say("Version {version} did not finish its self-check within {seconds} s.", version=slot.version,
                seconds=SELF_CHECK_TIMEOUT_S),
            say("The previous version was restored; report this to the publisher."),
        ) from exc
    except OSError as exc:
        raise SelfCheckFailed(
            say("Version {version} does not start: {error}.", version=slot.version, error=exc.strerror or str(exc)),
            say("The previous version was restored; report this to the publisher."),
        ) from exc
    report = _last_json(result.stdout)
    if result.returncode != 0 or not report.get("ok"):
        reason = report.get("reason") or _tail(result.stderr) or f"exit status {result.returncode}"
        if result.returncode < 0:
            reason = f"killed by signal {signal.Signals(-result.returncode).name}"
        raise SelfCheckFailed(
            say("Version {version} failed its self-check: {reason}", version=slot.version, reason=reason),
            say("The previous version was restored; report this to the publisher."),
        )
    return report


def _last_json(stdout: str) -> dict[str, Any]:
    for line in reversed(stdout.strip().splitlines()):
        with contextlib.suppress(ValueError):
            data = json.loads(line)
            if isinstance(data, dict):
                return data
    return {}


def _tail(text: str) -> str:
    lines = [line for line in text.strip().splitlines() if line.strip()]
    return lines[-1][:500] if lines else ""
