"""Mixin: Airlock's own versions. Status, update from an `app` bundle, rollback (issue 13).

Every step of an update is an audit entry: `app.update` (outcome "started", with the dual
control approval), `app.update.stage`, `app.update.backup`, then `app.update` again with the
outcome "ok" or "failed". The backup is taken after the entries before it were written, so
restoring it after a failed self-check keeps them, and the failure is appended after.
Recoveries made at start-up (no vault open then) are audited by the next session
(`app.update.recovered`). See app/core/appliance/update.py for the crash-safety journal.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import __version__
from app.core import db as dbmod
from app.core.appliance import update as engine
from app.core.appliance.errors import BadReference, NotInstalled, RollbackRefused, StepFailed, UpdateBusy, UpdateRefused
from app.core.appliance.package import (
    APP_NAME,
    MAX_RELEASE_MANIFEST,
    RELEASE_MANIFEST,
    AppRelease,
    parse_release_manifest,
    require_depends,
)
from app.core.appliance.slots import CURRENT, PREVIOUS, Installation, Slot, version_key
from app.core.bundles import store
from app.core.errors import AirlockError, VaultError
from app.core.messages import say
from app.core.progress import Progress, no_progress

if TYPE_CHECKING:
    from app.core.service.core import Approval, SessionCore

    _Base = SessionCore
else:
    _Base = object

STEPS = 5


def _slot_view(inst: Installation, slot: Slot | None) -> dict[str, Any] | None:
    if slot is None:
        return None
    return {"version": slot.version, "path": str(slot.path), "origin": inst.origin(slot.version),
            "schema": slot.schema, "commit": slot.release.get("commit", "")}


def appliance_status() -> dict[str, Any]:
    """What is installed and where it came from; needs no vault (anyone may look)."""
    inst = Installation.of_running_code()
    if inst is None:
        return {"installed": False, "running": __version__, "root": None, "current": None, "previous": None,
                "update_in_progress": None, "may_update": False}
    journal = inst.journal()
    return {
        "installed": True,
        "running": Installation.running_version(),
        "root": str(inst.root),
        "current": _slot_view(inst, inst.linked(CURRENT)),
        "previous": _slot_view(inst, inst.linked(PREVIOUS)),
        "update_in_progress": {"kind": journal.get("kind"), "to": journal.get("to"), "phase": journal.get("phase")}
        if journal else None,
        "may_update": inst.writable(),
    }


def recover_interrupted_update() -> dict[str, Any] | None:
    """Finish or undo an update a crash interrupted (the launcher runs this first); None: nothing to do."""
    inst = Installation.of_running_code()
    return engine.recover(inst) if inst is not None else None


def parse_reference(ref: str) -> tuple[str, str]:
    name, sep, version = ref.partition("@")
    if not sep or not name:
        raise BadReference(say("{ref} is not NAME@VERSION.", ref=repr(ref)[:80]),
                           say("Give the app bundle as NAME@VERSION, for example airlock@1.2.0."))
    version_key(version)
    return name, version


class ApplianceActions(_Base):
    """Status, update and rollback of the installed Airlock."""

    def _installation(self) -> Installation:
        inst = Installation.of_running_code()
        if inst is None:
            raise NotInstalled(
                say("This Airlock ({version}) runs from a source tree, not from an installation.", version=__version__),
                say("Updates apply to Airlock installed from a release medium (under /opt/airlock)."),
            )
        return inst

    def _app_release(self, name: str, version: str) -> AppRelease:
        with self.lock:
            row = self.db.execute("SELECT id, type FROM bundles WHERE name = ? AND version = ?",
                                  (name, version)).fetchone()
            files = {} if row is None else dict(
                self.db.execute("SELECT path, sha256 FROM bundle_files WHERE bundle_id = ?", (row[0],)).fetchall())
        if row is None:
            raise UpdateRefused(say("No bundle {name}@{version} has been imported.", name=name, version=version),
                                say("Import the app bundle first (`airlock bundle import PATH`)."))
        if row[1] != "app":
            raise UpdateRefused(say("{name}@{version} is a {type} bundle, not an app bundle.", name=name,
                                    version=version, type=row[1]),
                                say("Give the name and version of an imported app bundle."))
        raw = b""
        if RELEASE_MANIFEST in files:
            keys = self._store_key  # type: ignore[attr-defined]
            raw = store.read_object(self.data_dir, files[RELEASE_MANIFEST], MAX_RELEASE_MANIFEST, keys)
        return parse_release_manifest(raw, name, version, files)

    def _database_schema(self) -> dict[str, int]:
        with self.lock:
            return dict(self.db.execute("SELECT area, version FROM schema_versions").fetchall())

    def _require_idle(self, inst: Installation) -> None:
        if inst.journal() is not None and engine.recover(inst) is None:
            raise UpdateBusy(say("An update of Airlock is in progress."),
                             say("Wait for it to finish, then look at `airlock app status`."))

    # -- reading ------------------------------------------------------------------------------------

    def app_updates(self) -> list[dict[str, Any]]:
        """Imported app bundles, newest first, each with its notes and whether it is newer than current."""
        self.require("bundle.list", "bundle.list")
        inst = Installation.of_running_code()
        current = inst.linked(CURRENT) if inst is not None else None
        base = version_key(current.version if current is not None else __version__)
        with self.lock:
            rows = self.db.execute("SELECT name, version FROM bundles WHERE type = 'app'").fetchall()
        found = []
        for name, version in rows:
            try:
                release = self._app_release(name, version)
            except AirlockError as exc:
                found.append({"name": name, "version": version, "newer": False, "notes": "", "problem": str(exc)})
                continue
            found.append({"name": name, "version": version, "newer": version_key(version) > base,
                          "notes": release.notes, "problem": ""})
        return sorted(found, key=lambda f: version_key(f["version"]), reverse=True)

    # -- update -------------------------------------------------------------------------------------

    def app_update(self, ref: str, approval: Approval | None = None,
                   progress: Progress = no_progress) -> dict[str, Any]:
        """Install an imported app bundle, self-check it, keep the old version; or undo all of it."""
        details: dict[str, Any] = {"bundle": ref[:120]}
        with self.understanding("app.update", ref[:120], details):
            name, version = parse_reference(ref)
            inst = self._installation()
            release = self._app_release(name, version)
            current = inst.linked(CURRENT)
            if current is None:
                raise NotInstalled(say("No installed version is current in {path}.", path=inst.root),
                                   say("Install Airlock again from its release medium."))
            details.update({"from": current.version, "to": version})
            if version_key(version) <= version_key(current.version):
                raise UpdateRefused(
                    say("Airlock {version} is not newer than the installed {current}: a downgrade is refused.",
                        version=version, current=current.version),
                    say("`airlock app rollback` returns to the kept previous version."),
                )
            require_depends(release)
            inst.require_writable()
            self._require_idle(inst)
        with self.action("app.update", ref, "app.update", details, approval) as act:
            act.outcome = "started"
        started = time.monotonic()
        with self._update_run(inst, "app.update", ref, details) as updater:
            journal = updater.begin("update", version, self.account.name)
            progress(1, STEPS, say("Unpacking Airlock {version} from the content store", version=version))
            origin = {"version": version, "origin": "bundle", "detail": f"{name}@{version}",
                      "package_sha256": release.package_sha256, "installed_by": self.account.name,
                      "installed_at": engine._now()}  # noqa: SLF001 - the engine's one clock format
            keys, package = self._store_key, release.package_sha256  # type: ignore[attr-defined]
            updater.stage(journal, lambda target: store.copy_object(self.data_dir, package, target, keys),
                          release, origin)
            self._write(lambda: None, "app.update.stage", {**details, "package_sha256": release.package_sha256},
                        target=ref)
            report = self._switch_and_check(updater, journal, "app.update", details, ref, progress)
        result = {**details, "self_check": report, "seconds": round(time.monotonic() - started, 1),
                  "previous": current.version}
        self._write(lambda: None, "app.update", result, target=ref)
        progress(STEPS, STEPS, say("Airlock {version} is installed and checked", version=version))
        return result

    def _switch_and_check(self, updater: engine.Updater, journal: dict[str, Any], action: str,
                          details: dict[str, Any], target: str, progress: Progress) -> dict[str, Any]:
        backup = updater.database.with_name(updater.database.name + engine.BACKUP_SUFFIX)
        # Written before the copy, so the restored database still holds it.
        self._write(lambda: None, f"{action}.backup", {**details, "backup": backup.name}, target=target)
        progress(2, STEPS, say("Backing up the database"))
        updater.backup_database(journal)
        progress(3, STEPS, say("Switching to version {version}", version=journal["to"]))
        updater.switch(journal)
        progress(4, STEPS, say("Version {version} checks itself", version=journal["to"]))
        report = updater.self_check(journal, self._data_key_for_check())
        updater.confirm(journal)
        return report

    def _data_key_for_check(self) -> bytes:
        key = self._data_key
        if key is None:
            raise VaultError(say("The vault is locked."), say("Unlock it again with your passphrase."))
        return key

    @contextmanager
    def _update_run(self, inst: Installation, action: str, target: str,
                    details: dict[str, Any]) -> Iterator[engine.Updater]:
        """The exclusive vault, the update lock, and on any failure: undo, then audit why."""
        try:
            dir_lock = self.exclusive_data_dir()
        except VaultError as exc:
            error = UpdateBusy(say("Another Airlock session has this vault open."),
                               say("Close the desktop application and other airlock commands, then try again."))
            self.audit_refusal(action, target, str(error), details)
            raise error from exc
        try:
            with self._held_update_lock(inst, action, target, details) as fd:
                updater = engine.Updater(inst, self.data_dir, fd)
                try:
                    yield updater
                except BaseException as exc:
                    undone = self._undo(inst)
                    reason = str(exc) if isinstance(exc, AirlockError) else f"{type(exc).__name__}: {exc}"
                    self._write(lambda: None, action, {**details, "reason": reason, "undone": undone},
                                target=target, outcome="failed")
                    if isinstance(exc, OSError):
                        raise StepFailed(say("The update failed: {error}.", error=exc.strerror or str(exc)),
                                         say("The previous version runs, as before; try again.")) from exc
                    raise
        finally:
            dir_lock.downgrade()

    @contextmanager
    def _held_update_lock(self, inst: Installation, action: str, target: str,
                          details: dict[str, Any]) -> Iterator[int]:
        with ExitStack() as stack:
            try:
                fd = stack.enter_context(inst.update_lock())
            except UpdateBusy as exc:
                self.audit_refusal(action, target, str(exc), details)
                raise
            yield fd

    def _undo(self, inst: Installation) -> dict[str, Any] | None:
        """Put back the version and the database the update started from, reopening the database."""
        journal = inst.journal()
        if journal is None:
            return None
        with self.lock:
            key = self._data_key_for_check()
            self.conn.close()
            try:
                return engine.undo(inst, journal)
            finally:
                self.switch_connection(dbmod.connect(dbmod.database_path(self.data_dir), key), key)

    # -- rollback -----------------------------------------------------------------------------------

    def app_rollback(self, approval: Approval | None = None, progress: Progress = no_progress) -> dict[str, Any]:
        """Switch back to the kept previous version (which checks itself first)."""
        details: dict[str, Any] = {}
        with self.understanding("app.rollback", "", details):
            inst = self._installation()
            current, previous = inst.linked(CURRENT), inst.linked(PREVIOUS)
            if current is None or previous is None:
                raise RollbackRefused(say("There is no kept previous version to roll back to."),
                                      say("`airlock app status` shows what is installed."))
            details.update({"from": current.version, "to": previous.version})
            database = self._database_schema()
            ahead = {area: n for area, n in database.items() if n > previous.schema.get(area, n)}
            if ahead:
                raise RollbackRefused(
                    say("Version {version} cannot open the database as {current} left it (schema {areas}).",
                        version=previous.version, current=current.version, areas=", ".join(sorted(ahead))),
                    say("Rolling back would lose what was recorded since the update; stay on {current}.",
                        current=current.version),
                )
            inst.require_writable()
            self._require_idle(inst)
        target = f"{current.version}->{previous.version}"
        with self.action("app.rollback", target, "app.rollback", details, approval) as act:
            act.outcome = "started"
        started = time.monotonic()
        with self._update_run(inst, "app.rollback", target, details) as updater:
            journal = updater.begin("rollback", previous.version, self.account.name)
            progress(1, STEPS, say("Rolling back to Airlock {version}", version=previous.version))
            report = self._switch_and_check(updater, journal, "app.rollback", details, target, progress)
        result = {**details, "self_check": report, "seconds": round(time.monotonic() - started, 1)}
        self._write(lambda: None, "app.rollback", result, target=target)
        progress(STEPS, STEPS, say("Airlock {version} runs again", version=previous.version))
        return result

    # -- start-up -----------------------------------------------------------------------------------

    def record_app_recoveries_at_start(self) -> None:
        """Audit the updates that the launcher finished or undid while no vault was open."""
        installed = Installation.of_running_code()
        notes = engine.take_notes(Path(self.data_dir)) + (engine.take_notes(installed.root) if installed else [])
        for note in notes:
            journal = note.get("journal") or {}
            target = f"{journal.get('kind', 'update')} to {journal.get('to', '?')}"
            details = {k: note.get(k) for k in ("finished", "undone", "running", "database_restored", "recovered_at")}
            details["phase"] = journal.get("phase")
            self._write(lambda: None, "app.update.recovered", details, target=target)


__all__ = ["APP_NAME", "ApplianceActions", "appliance_status", "parse_reference", "recover_interrupted_update"]
