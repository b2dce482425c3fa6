"""Self-update refusals and recoveries: damaged journals, missing or half-written slots, odd links.

Each test leaves the installation the way a crash, a broken release or an operator would
leave it (on disk: real slots, real .deb packages, real links, a real vault), then runs the
engine (app/core/appliance/update.py), the service or the `airlock` command through the
installation's launcher, and checks the refusal's words and what is installed afterwards.
test_app_update.py covers the updates that work; tests/appliance_helpers.py builds the parts.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app import __version__
from app.core.appliance import slots
from app.core.appliance import update as engine
from app.core.appliance.errors import SelfCheckFailed, StepFailed
from app.core.appliance.package import AppRelease
from app.core.bundles.store import object_path
from app.core.service import appliance_status
from tests.appliance_helpers import Installation, app_bundle_files, make_package, make_slot
from tests.conftest import Vault
from tests.lab.bundle_factory import TrustLab

# -- the parts -------------------------------------------------------------------------------------------


@dataclass
class Site:
    """An installation root holding 1.0.0 as a package installs it, and a vault."""

    install: Installation
    vault: Vault
    work: Path

    @property
    def root(self) -> Path:
        return self.install.root

    @property
    def engine(self) -> slots.Installation:
        return slots.Installation(self.root)

    def airlock(self, *args: str) -> subprocess.CompletedProcess[str]:
        """`airlock ARGS` through the installation's launcher, unlocked as admin."""
        return self.install.run(*args, data_dir=self.vault.data_dir,
                                passphrase_file=self.vault.passphrase_file("admin"))

    def links(self) -> dict[str, str | None]:
        return {name: self.install.linked(name) for name in ("current", "previous", "fallback")}

    def audit(self, prefix: str = "app.") -> list[tuple[str, str, str]]:
        """(action, outcome, reason) of the audit entries whose action starts with `prefix`, oldest first."""
        done = self.vault.cli("audit", "list", "--json", "--limit", "1000")
        assert done.returncode == 0, done.stderr
        entries = sorted(json.loads(done.stdout), key=lambda e: int(e["seq"]))
        return [(str(e["action"]), str(e["outcome"]), str((e.get("details") or {}).get("reason", "")))
                for e in entries if str(e["action"]).startswith(prefix)]


@pytest.fixture
def site(tmp_path: Path, vault: Vault) -> Site:
    work = tmp_path / "work"
    work.mkdir()
    return Site(Installation.create(tmp_path / "opt-airlock", "1.0.0"), vault, work)


def _import_app(site: Site, lab: TrustLab, version: str) -> dict[str, bytes]:
    """Build and import the app bundle airlock@VERSION; returns its files."""
    files = app_bundle_files(make_package(site.work, version), version)
    bundle = lab.build("airlock", version, kind="app", files=files, split_size=8 << 20)
    done = site.vault.cli("bundle", "import", str(bundle))
    assert done.returncode == 0, done.stderr
    return files


@pytest.fixture
def with_app_bundle(site: Site, trusted_lab: TrustLab) -> Site:
    """`site` with the app bundle airlock@1.1.0 imported."""
    _import_app(site, trusted_lab, "1.1.0")
    return site


def _release(deb: Path, version: str) -> AppRelease:
    return AppRelease(version, deb.name, hashlib.sha256(deb.read_bytes()).hexdigest(), "dpkg")


def _origin(version: str) -> dict[str, str]:
    return {"version": version, "origin": "bundle", "detail": f"airlock@{version}", "installed_by": "admin"}


def _data_key(vault: Vault) -> bytes:
    session = vault.open()
    try:
        return bytes(session._data_key)  # type: ignore[attr-defined] # what an update hands its self-check
    finally:
        session.close()


@pytest.fixture
def updater(site: Site) -> Iterator[engine.Updater]:
    """An updater of `site` that holds the update lock, as `airlock app update` does."""
    with site.engine.update_lock() as fd:
        yield engine.Updater(site.engine, site.vault.data_dir, fd)


def _dies(updater: engine.Updater) -> None:
    """The updater process ends: the kernel releases its update lock."""
    fcntl.flock(updater.lock_fd, fcntl.LOCK_UN)


def _staged(site: Site, updater: engine.Updater, version: str = "1.1.0") -> dict[str, object]:
    """Begin an update to `version` and unpack its real package into slots/VERSION."""
    deb = make_package(site.work, version)
    journal = updater.begin("update", version, "admin")
    updater.stage(journal, lambda target: shutil.copyfile(deb, target), _release(deb, version), _origin(version))
    return journal


# -- the engine: each step's refusal ------------------------------------------------------------------


def test_an_update_does_not_begin_when_current_names_a_slot_that_is_not_complete(
        site: Site, updater: engine.Updater) -> None:
    (site.root / "slots" / "1.0.0" / "release.json").unlink()  # a slot damaged by hand
    with pytest.raises(StepFailed) as raised:
        updater.begin("update", "1.1.0", "admin")
    assert str(raised.value) == (f"No installed version is current in {site.root}. "
                                 "Install Airlock again from its release medium.")
    assert site.engine.journal() is None
    assert site.links() == {"current": "1.0.0", "previous": None, "fallback": None}


def test_staging_replaces_a_half_written_slot_of_the_same_version_that_no_link_keeps(
        site: Site, updater: engine.Updater) -> None:
    leftover = site.root / "slots" / "1.1.0" / "lib"
    leftover.mkdir(parents=True)
    (leftover / "half-written.py").write_text("# an earlier, undone update left this\n")
    journal = _staged(site, updater)
    slot = site.engine.slot("1.1.0")
    assert slot is not None
    assert slot.release["version"] == "1.1.0"
    assert not (leftover / "half-written.py").exists()
    assert site.engine.origin("1.1.0")["detail"] == "airlock@1.1.0"
    assert site.engine.journal()["phase"] == "staged"  # type: ignore[index]
    assert site.links() == {"current": "1.0.0", "previous": None, "fallback": "1.0.0"}
    # Undone before the switch: the unpacked version goes, the one that ran stays.
    undone = updater.undo(journal)
    assert (undone["running"], undone["removed"], undone["database_restored"]) == ("1.0.0", "1.1.0", False)
    assert site.install.slot_dirs() == ["1.0.0"]
    assert site.links() == {"current": "1.0.0", "previous": None, "fallback": None}
    assert site.engine.journal() is None


def test_a_database_that_cannot_be_backed_up_stops_the_update_before_any_link_moves(
        site: Site, updater: engine.Updater) -> None:
    in_the_way = site.vault.data_dir / "airlock.db.pre-update"
    in_the_way.mkdir()  # a folder an operator put where the backup goes
    (in_the_way / "notes.txt").write_text("mine\n")
    database = site.vault.db_bytes()
    journal = _staged(site, updater)
    with pytest.raises(StepFailed) as raised:
        updater.backup_database(journal)
    assert str(raised.value) == ("The database could not be backed up: Is a directory. "
                                 "Free space in the data directory, then try again.")
    assert site.engine.journal()["phase"] == "staged"  # type: ignore[index]
    assert site.engine.journal()["backup"] is None  # type: ignore[index]
    assert site.vault.db_bytes() == database
    assert (in_the_way / "notes.txt").read_text() == "mine\n"
    assert not [p.name for p in site.vault.data_dir.iterdir() if ".tmp-" in p.name]
    assert site.links()["current"] == "1.0.0"


def test_the_self_check_refuses_a_target_version_whose_slot_is_gone(site: Site, updater: engine.Updater) -> None:
    journal = _staged(site, updater)
    shutil.rmtree(site.root / "slots" / "1.1.0")  # removed by hand while the update ran
    with pytest.raises(SelfCheckFailed) as raised:
        updater.self_check(journal, _data_key(site.vault))
    assert str(raised.value) == "Version 1.1.0 is not installed completely. Try the update again."
    assert site.engine.journal()["phase"] == "staged"  # type: ignore[index]


def _not_executable(slot: Path) -> None:
    (slot / "bin" / "airlock").chmod(0o644)  # an unpack cut short before the modes were set


def _killed(slot: Path) -> None:
    (slot / "bin" / "airlock").write_text("#!/bin/sh\n# the kernel's OOM killer, as it were\nkill -KILL $$\n")


def _no_venv(slot: Path) -> None:
    (slot / "venv").unlink()  # a slot whose Python environment was never written


@pytest.mark.parametrize(("damage", "reason"), [
    (_not_executable, "Version 1.1.0 does not start: Permission denied."),
    (_killed, "Version 1.1.0 failed its self-check: killed by signal SIGKILL"),
    (_no_venv, "Version 1.1.0 failed its self-check: "),
], ids=["not-executable", "killed", "no-venv"])
def test_a_new_version_that_cannot_run_its_self_check_fails_it_and_leaves_the_vault_as_it_was(
        site: Site, updater: engine.Updater, damage: object, reason: str) -> None:
    slot = make_slot(site.root / "slots" / "1.1.0", "1.1.0")
    damage(slot)  # type: ignore[operator]
    journal = updater.begin("update", "1.1.0", "admin")
    key = _data_key(site.vault)
    database = site.vault.db_bytes()
    with pytest.raises(SelfCheckFailed) as raised:
        updater.self_check(journal, key)
    message = str(raised.value)
    assert message.startswith(reason)
    assert message.endswith("The previous version was restored; report this to the publisher.")
    if damage is _no_venv:
        assert "venv/bin/python3" in message  # the last line the launcher wrote says what is missing
    assert site.vault.db_bytes() == database
    assert site.engine.journal()["phase"] == "staging"  # type: ignore[index]


# -- recovery after a crash ----------------------------------------------------------------------------


def test_recovery_finishes_an_update_that_crashed_after_passing_its_self_check(
        site: Site, updater: engine.Updater) -> None:
    # 0.9.0 came from a bundle and is kept as previous; 0.8.0 is dpkg's, linked by nothing.
    for version, origin in (("0.9.0", "bundle"), ("0.8.0", "package")):
        make_slot(site.root / "slots" / version, version)
        site.engine.record_origin(version, {"version": version, "origin": origin})
    site.engine.relink("previous", "0.9.0")
    journal = _staged(site, updater)
    backup = updater.backup_database(journal)
    updater.switch(journal)
    report = updater.self_check(journal, _data_key(site.vault))  # the real 1.1.0 checks the real vault
    assert report["ok"] is True
    # ... and the updater dies here, before it marks 1.1.0 good.
    _dies(updater)
    note = engine.recover(site.engine)
    assert note is not None
    assert (note["finished"], note["running"], note["database_restored"]) == ("update", "1.1.0", False)
    assert note["journal"]["phase"] == "checked"
    assert site.links() == {"current": "1.1.0", "previous": "1.0.0", "fallback": None}
    assert site.install.slot_dirs() == ["0.8.0", "1.0.0", "1.1.0"]  # 0.9.0 was no longer kept
    assert not backup.exists()
    assert site.engine.journal() is None
    assert [n["finished"] for n in engine.take_notes(site.vault.data_dir)] == ["update"]


@pytest.mark.parametrize("backup_state", ["missing", "damaged"])
def test_recovery_refuses_to_restore_the_database_from_a_missing_or_damaged_backup(
        site: Site, updater: engine.Updater, backup_state: str) -> None:
    journal = _staged(site, updater)
    backup = updater.backup_database(journal)
    updater.switch(journal)
    _dies(updater)  # after the switch
    with site.vault.open():
        pass  # the new version wrote to the database (an unlock is audited)
    if backup_state == "missing":
        backup.unlink()  # an operator tidied the data directory
    else:
        backup.write_bytes(backup.read_bytes()[:-1] + b"\0")
    database = site.vault.db_bytes()
    with pytest.raises(StepFailed) as raised:
        engine.recover(site.engine)
    assert str(raised.value) == (f"The database backup {backup} is missing or damaged; the database was left as it "
                                 "is. Restore the data directory from your own backup.")
    assert site.vault.db_bytes() == database
    assert site.engine.journal()["phase"] == "switched"  # type: ignore[index] # nothing is forgotten
    assert site.links() == {"current": "1.1.0", "previous": "1.0.0", "fallback": "1.0.0"}


def test_recovery_leaves_an_update_alone_while_its_updater_holds_the_lock(
        site: Site, updater: engine.Updater) -> None:
    journal = _staged(site, updater)
    assert engine.recover(site.engine) is None  # the updater (this process) still runs and holds the lock
    assert site.engine.journal() == journal
    assert site.install.slot_dirs() == ["1.0.0", "1.1.0"]
    _dies(updater)
    note = engine.recover(site.engine)
    assert note is not None
    assert (note["undone"], note["running"], note["removed"]) == ("update", "1.0.0", "1.1.0")
    assert site.install.slot_dirs() == ["1.0.0"]
    assert site.links() == {"current": "1.0.0", "previous": None, "fallback": None}


@pytest.mark.parametrize("journal_text", ['{"kind": "update", "phase": "swi', '{"kind": "update", "phase": "staged"}',
                                          "[]"], ids=["torn", "no-old-current", "not-an-object"])
def test_recovery_discards_a_journal_it_cannot_read_and_keeps_the_current_version(
        site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, journal_text: str) -> None:
    monkeypatch.chdir(tmp_path)  # the working directory stays clean (the test below)
    site.engine.relink("fallback", "1.0.0")
    (site.root / "update.json").write_text(journal_text)
    note = engine.recover(site.engine)
    assert note is not None
    assert (note["undone"], note["running"]) == ("unreadable journal", "1.0.0")
    assert site.engine.journal() is None
    assert site.links() == {"current": "1.0.0", "previous": None, "fallback": None}
    assert site.install.slot_dirs() == ["1.0.0"]


def test_recovering_an_unreadable_journal_leaves_its_note_in_the_installation_not_the_working_directory(
        site: Site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    elsewhere = tmp_path / "where-the-operator-stood"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    (site.root / "update.json").write_text('{"kind": "update", "phase": "swi')
    assert engine.recover(site.engine) is not None
    assert sorted(os.listdir(elsewhere)) == []
    [note] = engine.take_notes(site.root)  # what the next session of that installation audits
    assert note["undone"] == "unreadable journal"
    assert engine.take_notes(site.root) == []  # taken once


# -- the service, without an installation ------------------------------------------------------------


def test_status_from_a_source_tree_says_airlock_is_not_installed() -> None:
    status = appliance_status()
    assert status == {"installed": False, "running": __version__, "root": None, "current": None,
                      "previous": None, "update_in_progress": None, "may_update": False}


@pytest.mark.slow  # builds and imports three app bundles
def test_the_list_of_app_updates_marks_newer_versions_and_names_an_unreadable_one(
        site: Site, trusted_lab: TrustLab) -> None:
    assert __version__ == "0.1.0"  # the versions below are around it
    for version in ("0.0.5", "0.2.0"):
        _import_app(site, trusted_lab, version)
    damaged = _import_app(site, trusted_lab, "0.3.0")
    object_path(site.vault.data_dir, hashlib.sha256(damaged["release.json"]).hexdigest()).unlink()
    with site.vault.open() as session:
        found = session.app_updates()
    assert [(f["version"], f["newer"]) for f in found] == [("0.3.0", False), ("0.2.0", True), ("0.0.5", False)]
    assert [f["notes"] for f in found] == ["", "* Tests.", "* Tests."]
    assert found[0]["problem"]
    assert "check-store" in found[0]["problem"]  # it says what to do
    assert found[1]["problem"] == found[2]["problem"] == ""


# -- the service through the launcher: `airlock app update|rollback` refused --------------------------


def test_rollback_with_no_kept_version_is_refused_and_changes_nothing(site: Site) -> None:
    done = site.airlock("app", "rollback")
    assert done.returncode == 1
    assert "There is no kept previous version to roll back to. `airlock app status` shows what is installed." \
        in done.stderr
    assert site.links() == {"current": "1.0.0", "previous": None, "fallback": None}
    assert site.audit() == [("app.rollback", "refused", ("There is no kept previous version to roll back to. "
                                                        "`airlock app status` shows what is installed."))]


def test_rollback_is_refused_when_the_kept_version_cannot_open_the_database_as_it_is_now(site: Site) -> None:
    old = make_slot(site.root / "slots" / "0.9.0", "0.9.0")
    release = json.loads((old / "release.json").read_text())
    release["schema"]["core"] -= 1  # 0.9.0 knew one migration fewer
    (old / "release.json").write_text(json.dumps(release))
    site.engine.relink("previous", "0.9.0")
    done = site.airlock("app", "rollback")
    assert done.returncode == 1
    assert ("Version 0.9.0 cannot open the database as 1.0.0 left it (schema core). Rolling back would lose "
            "what was recorded since the update; stay on 1.0.0.") in done.stderr
    assert site.links() == {"current": "1.0.0", "previous": "0.9.0", "fallback": None}
    assert site.install.slot_dirs() == ["0.9.0", "1.0.0"]
    assert [a[:2] for a in site.audit()] == [("app.rollback", "refused")]


def test_updating_to_a_bundle_that_is_not_an_app_bundle_is_refused(site: Site, trusted_lab: TrustLab) -> None:
    bundle = trusted_lab.build("airlock", "1.1.0")  # a model bundle that happens to share the name
    assert site.vault.cli("bundle", "import", str(bundle)).returncode == 0
    done = site.airlock("app", "update", "airlock@1.1.0")
    assert done.returncode == 1
    assert ("airlock@1.1.0 is a model bundle, not an app bundle. Give the name and version of an imported app "
            "bundle.") in done.stderr
    assert site.links() == {"current": "1.0.0", "previous": None, "fallback": None}
    assert site.install.slot_dirs() == ["1.0.0"]


@pytest.mark.slow  # builds, imports and updates through the launcher
def test_an_update_is_refused_while_another_process_holds_the_update_lock(with_app_bundle: Site) -> None:
    site = with_app_bundle
    with site.engine.update_lock():
        done = site.airlock("app", "update", "airlock@1.1.0")
    assert done.returncode == 1
    assert ("Another process is updating Airlock right now. Wait for it to finish, then look at "
            "`airlock app status`.") in done.stderr
    assert site.links() == {"current": "1.0.0", "previous": None, "fallback": None}
    assert site.install.slot_dirs() == ["1.0.0"]
    assert site.engine.journal() is None
    assert [a[:2] for a in site.audit()] == [("app.update", "started"), ("app.update", "refused")]
    assert site.audit()[-1][2].startswith("Another process is updating Airlock right now.")


@pytest.mark.slow  # builds, imports and updates through the launcher
def test_an_update_is_refused_while_an_interrupted_update_still_runs_and_the_next_start_undoes_it(
        with_app_bundle: Site) -> None:
    site = with_app_bundle
    with site.engine.update_lock() as fd:
        engine.Updater(site.engine, site.vault.data_dir, fd).begin("update", "1.1.0", "admin")
        done = site.airlock("app", "update", "airlock@1.1.0")
        assert done.returncode == 1
        assert ("An update of Airlock is in progress. Wait for it to finish, then look at `airlock app status`."
                in done.stderr)
        status = site.install.status()
        assert status["update_in_progress"] == {"kind": "update", "to": "1.1.0", "phase": "staging"}
    # The updater is gone (its lock with it): the next start undoes what it began.
    assert site.airlock("--version").stdout.strip() == "airlock 1.0.0"
    assert site.engine.journal() is None
    assert site.links() == {"current": "1.0.0", "previous": None, "fallback": None}
    assert ("app.update", "refused", ("An update of Airlock is in progress. Wait for it to finish, then look at "
                                     "`airlock app status`.")) in site.audit()
    assert ("app.update.recovered", "ok", "") in site.audit()


@pytest.mark.slow  # builds, imports and updates through the launcher
def test_an_update_is_refused_while_another_session_has_the_vault_open(with_app_bundle: Site) -> None:
    site = with_app_bundle
    with site.vault.open():  # the desktop application, say
        done = site.airlock("app", "update", "airlock@1.1.0")
    assert done.returncode == 1
    assert ("Another Airlock session has this vault open. Close the desktop application and other airlock "
            "commands, then try again.") in done.stderr
    assert site.links() == {"current": "1.0.0", "previous": None, "fallback": None}
    assert site.install.slot_dirs() == ["1.0.0"]
    assert site.engine.journal() is None
    assert [a[:2] for a in site.audit()] == [("app.update", "started"), ("app.update", "refused")]


@pytest.mark.slow  # builds, imports and updates through the launcher
def test_a_step_that_fails_on_the_file_system_is_undone_and_audited_as_a_failed_update(
        with_app_bundle: Site) -> None:
    site = with_app_bundle
    shutil.rmtree(site.root / "origins")
    (site.root / "origins").write_text("a file where the origins folder belongs\n")
    done = site.airlock("app", "update", "airlock@1.1.0")
    assert done.returncode == 1
    assert "The update failed: File exists. The previous version runs, as before; try again." in done.stderr
    assert site.airlock("--version").stdout.strip() == "airlock 1.0.0"
    assert site.links() == {"current": "1.0.0", "previous": None, "fallback": None}
    assert site.install.slot_dirs() == ["1.0.0"]  # no slot, no staging folder left
    assert site.engine.journal() is None
    failed = [a for a in site.audit() if a[1] == "failed"]
    assert failed == [("app.update", "failed", ("FileExistsError: [Errno 17] File exists: "
                                               f"'{site.root / 'origins'}'"))]


@pytest.mark.slow  # builds, imports and updates through the launcher
def test_update_is_refused_when_current_is_not_a_link_into_slots(with_app_bundle: Site) -> None:
    site = with_app_bundle
    current = site.root / "current"
    current.unlink()
    current.symlink_to(site.root / "slots" / "1.0.0")  # made by hand: absolute, not slots/VERSION
    assert site.airlock("--version").stdout.strip() == "airlock 1.0.0"  # the launcher still runs it
    done = site.airlock("app", "update", "airlock@1.1.0")
    assert done.returncode == 1
    assert (f"No installed version is current in {site.root}. Install Airlock again from its release medium."
            in done.stderr)
    assert site.install.status()["current"] is None
    assert current.readlink() == site.root / "slots" / "1.0.0"
    assert site.install.slot_dirs() == ["1.0.0"]
    assert [a[:2] for a in site.audit()] == [("app.update", "refused")]
