"""Backups through the real `airlock` command: round trip, incremental store, refusals.

Everything runs on real SQLCipher vaults, real bundles in a real content store, and a
folder standing in for the removable medium.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app.core.errors import Cancelled
from app.core.service import Credentials, restore_backup, verify_backup
from tests.conftest import REPO, Vault, run_cli
from tests.lab.backup_factory import (
    AUDITOR,
    MEDIA_ROOT,
    OPERATOR,
    SMALL_PARTS,
    Stocked,
    cli_json,
    medium_files,
    payload,
    snapshot_of,
    stock,
    tree_state,
)
from tests.lab.bundle_factory import TrustLab

pytestmark = pytest.mark.slow


@pytest.fixture
def stocked(vault: Vault, trusted_lab: TrustLab) -> Stocked:
    return stock(vault, trusted_lab)


def _restore(vault: Vault, backup: Path, target: Path, *args: str, account: str | None = "admin",
             passphrase_file: Path | None = None) -> subprocess.CompletedProcess[str]:
    return run_cli("backup", "restore", str(backup), *args, data_dir=target,
                   passphrase_file=passphrase_file or (vault.passphrase_file(account) if account else None),
                   account=account)


def test_round_trip_restores_everything_and_the_log_continues_from_the_backup(
    stocked: Stocked, tmp_path: Path,
) -> None:
    vault = stocked.vault
    before_export = tmp_path / "exports-before"
    before_export.mkdir()
    done = vault.cli("audit", "export", "--out", str(before_export))
    assert done.returncode == 0, done.stderr
    old_export = Path(done.stdout.strip())
    old_checkpoint = max((old_export / "checkpoints").iterdir())

    medium = tmp_path / "usb"
    medium.mkdir()
    backup = stocked.backup(medium, "--with-store")
    manifest = json.loads((backup / "manifest.json").read_text())
    expected = snapshot_of(vault, audit_entries=manifest["audit"]["size"])

    target = tmp_path / "elsewhere" / "data"
    done = _restore(vault, backup, target, "--last-checkpoint", str(old_checkpoint))
    assert done.returncode == 0, done.stderr
    assert "The audit log continues" in done.stderr

    restored = snapshot_of(vault, target)
    assert restored["accounts"] == expected["accounts"]
    assert restored["bundles"] == expected["bundles"]
    assert restored["trust"] == expected["trust"]
    assert restored["audit"][: len(expected["audit"])] == expected["audit"]
    first_new = restored["audit"][len(expected["audit"])]
    assert first_new["action"] == "backup.restore"
    assert first_new["actor"] == "admin"
    assert first_new["details"]["from"] == str(backup)
    assert first_new["details"]["backup"] == backup.name
    settings = run_cli("media", "roots", data_dir=target, passphrase_file=vault.passphrase_file("admin"),
                       account="admin")
    assert settings.stdout.strip() == MEDIA_ROOT

    for check in (("audit", "verify"), ("bundle", "check-store")):
        done = run_cli(*check, data_dir=target, passphrase_file=vault.passphrase_file("admin"), account="admin")
        assert done.returncode == 0, (check, done.stdout, done.stderr)

    # An export made after the restore extends the checkpoints an auditor saw before the backup.
    after = tmp_path / "exports-after"
    after.mkdir()
    done = run_cli("audit", "export", "--out", str(after), data_dir=target,
                   passphrase_file=vault.passphrase_file("admin"), account="admin")
    assert done.returncode == 0, done.stderr
    key = tmp_path / "pinned.key"
    key.write_text(vault.cli("audit", "key").stdout)
    checked = run_cli("verify-audit", done.stdout.strip(), "--key", str(key), "--last-checkpoint",
                      str(old_checkpoint), "--json")
    assert checked.returncode == 0, checked.stdout
    assert json.loads(checked.stdout)["last_checkpoint"]["consistent"] is True

    # The restored vault knows which backup it came from.
    status = cli_json(vault, "backup", "status", data_dir=target)
    assert status["last_name"] == backup.name
    assert status["overdue"] is False


def test_a_second_backup_copies_only_new_objects_and_each_backup_stands_alone(
    stocked: Stocked, tmp_path: Path,
) -> None:
    medium = tmp_path / "usb"
    medium.mkdir()
    first = stocked.backup(medium, "--with-store", "--split-size", "64K")
    parts_after_first = {p.name for p in (medium / "airlock-objects").rglob("*") if p.is_file()}
    assert all(p.stat().st_size <= SMALL_PARTS for p in medium_files(medium))  # split below the part size

    again = stocked.vault.cli("backup", "create", "--out", str(medium), "--with-store", "--split-size", "64K",
                              "--json")
    assert again.returncode == 0, again.stderr
    second = json.loads(again.stdout)
    assert second["new_parts"] == 0
    assert second["shared_parts"] == len(parts_after_first)
    part_bytes = sum(p.stat().st_size for p in (medium / "airlock-objects").rglob("*") if p.is_file())
    assert second["bytes_written"] == second["bytes"] - part_bytes  # the vault's files only, no object again

    stocked.import_bundle("llm", "1.1.0", {"README.md": b"# 1.1\n", "weights/model.safetensors":
                                           payload("weights", 600_000) + payload("more", 70_000)})
    third = json.loads(stocked.vault.cli("backup", "create", "--out", str(medium), "--with-store", "--split-size",
                                         "64K", "--json").stdout)
    assert 0 < third["new_parts"] <= 13
    parts_now = {p.name for p in (medium / "airlock-objects").rglob("*") if p.is_file()}
    assert parts_after_first < parts_now

    # Each backup is complete on its own: remove the others and it still verifies and restores.
    for folder in (first, Path(second["path"])):
        import shutil

        shutil.rmtree(folder)
    verified = verify_backup(Path(third["path"]))
    assert verified.manifest.objects == 7  # llm 1.0.0: 3, vision: 2, llm 1.1.0: 2 new
    target = tmp_path / "restored"
    done = _restore(stocked.vault, Path(third["path"]), target)
    assert done.returncode == 0, done.stderr
    check = run_cli("bundle", "check-store", data_dir=target, passphrase_file=stocked.vault.passphrase_file("admin"),
                    account="admin")
    assert check.returncode == 0, check.stdout + check.stderr
    assert {b["version"] for b in cli_json(stocked.vault, "bundle", "list", data_dir=target)} == {"1.0.0", "2.1.0",
                                                                                                   "1.1.0"}


def test_a_vault_only_backup_restores_the_vault_and_says_the_store_is_not_in_it(
    stocked: Stocked, tmp_path: Path,
) -> None:
    medium = tmp_path / "usb"
    medium.mkdir()
    done = stocked.vault.cli("backup", "create", "--out", str(medium))
    assert done.returncode == 0, done.stderr
    assert "no content store" in done.stderr
    assert not (medium / "airlock-objects").exists()
    target = tmp_path / "restored"
    done = _restore(stocked.vault, Path(done.stdout.strip()), target)
    assert done.returncode == 0, done.stderr
    assert cli_json(stocked.vault, "account", "list", data_dir=target) == cli_json(stocked.vault, "account", "list")


def test_restore_never_overwrites_and_refuses_a_target_another_process_holds(
    stocked: Stocked, tmp_path: Path,
) -> None:
    medium = tmp_path / "usb"
    medium.mkdir()
    backup = stocked.backup(medium, "--with-store")
    vault = stocked.vault

    before = tree_state(vault.data_dir)
    done = _restore(vault, backup, vault.data_dir)
    assert done.returncode == 1
    assert "holds an Airlock vault; a restore never overwrites one" in done.stderr
    assert tree_state(vault.data_dir) == before

    stray = tmp_path / "stray"
    stray.mkdir()
    (stray / "notes.txt").write_text("keep me")
    done = _restore(vault, backup, stray)
    assert done.returncode == 1
    assert "is not empty (it holds notes.txt)" in done.stderr
    assert tree_state(stray) == [("notes.txt", 7)]

    # Another Airlock process holds the (empty) target: the restore is refused and writes nothing.
    held = tmp_path / "held"
    held.mkdir()
    holder = subprocess.Popen(
        [sys.executable, "-c", ("import sys; from pathlib import Path; from app.core.service.core import DataDirLock;"
         f" lock = DataDirLock(Path({str(held)!r})); lock.shared(); print('held', flush=True); sys.stdin.read()")],
        cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        state = tree_state(held)
        done = _restore(vault, backup, held)
        assert done.returncode == 1
        assert f"Another Airlock process is using {held}" in done.stderr
        assert tree_state(held) == state
    finally:
        assert holder.stdin is not None
        assert holder.stdout is not None
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()
    done = _restore(vault, backup, held)
    assert done.returncode == 0, done.stderr


def test_only_an_admin_or_the_recovery_key_restores_and_a_refusal_writes_nothing(
    stocked: Stocked, tmp_path: Path,
) -> None:
    vault = stocked.vault
    medium = tmp_path / "usb"
    medium.mkdir()
    backup = stocked.backup(medium, "--with-store")
    target = tmp_path / "target"

    wrong = tmp_path / "wrong.pass"
    wrong.write_text("not the passphrase at all\n")
    done = _restore(vault, backup, target, passphrase_file=wrong)
    assert done.returncode == 3
    assert "Wrong passphrase" in done.stderr
    assert tree_state(target) is None

    done = _restore(vault, backup, target, account=OPERATOR)
    assert done.returncode == 3
    assert "Only an admin account or the recovery key may restore" in done.stderr
    assert tree_state(target) is None

    done = run_cli("backup", "restore", str(backup), "--recovery-key-file", str(vault.secrets_dir / "recovery.key"),
                   data_dir=target)
    assert done.returncode == 0, done.stderr
    entries = cli_json(vault, "audit", "list", "--limit", "3", data_dir=target)
    restore_entry = next(e for e in entries if e["action"] == "backup.restore")
    assert restore_entry["actor"] == "recovery-key"


def test_a_backup_older_than_the_operators_checkpoint_is_refused(stocked: Stocked, tmp_path: Path) -> None:
    vault = stocked.vault
    medium = tmp_path / "usb"
    medium.mkdir()
    old = stocked.backup(medium)
    stocked.import_bundle("late", "1.0.0", {"README.md": b"# late\n"})
    exports = tmp_path / "exports"
    exports.mkdir()
    done = vault.cli("audit", "export", "--out", str(exports))
    assert done.returncode == 0, done.stderr
    newest = max((Path(done.stdout.strip()) / "checkpoints").iterdir())
    target = tmp_path / "target"
    done = _restore(vault, old, target, "--last-checkpoint", str(newest))
    assert done.returncode == 1
    assert "The backup is older than the checkpoint you gave" in done.stderr
    assert "roll the audit history back" in done.stderr
    assert tree_state(target) is None

    # A checkpoint of another appliance's log does not vouch for anything here.
    other_dir = tmp_path / "other"
    from app.core.service import init_vault

    other, _key = init_vault(other_dir, "admin", b"another appliance passphrase")
    note = other.checkpoint_now()
    other.close()
    foreign = tmp_path / "foreign.txt"
    foreign.write_text(note or "")
    done = _restore(vault, stocked.backup(medium), target, "--last-checkpoint", str(foreign))
    assert done.returncode == 1
    assert "not signed by this backup's audit key" in done.stderr
    assert tree_state(target) is None


def test_a_cancelled_backup_leaves_the_medium_and_the_vault_as_they_were(stocked: Stocked, tmp_path: Path) -> None:
    medium = tmp_path / "usb"
    medium.mkdir()
    first = stocked.backup(medium, "--with-store", "--split-size", "64K")
    stocked.import_bundle("extra", "1.0.0", {"README.md": b"# extra\n", "big.bin": payload("extra", 2_000_000)})
    before = tree_state(medium)
    cancel = threading.Event()

    def progress(done: int, total: int, message: object) -> None:
        if str(message) == "Copying the content store" and done > 0:
            cancel.set()

    with stocked.vault.open() as session:
        with pytest.raises(Cancelled, match="The backup was cancelled"):
            session.create_backup(medium, with_store=True, part_size=SMALL_PARTS, progress=progress, cancel=cancel)
        cancelled = session.audit_entries(limit=1, action="backup.create")[0]
    assert cancelled.outcome == "cancelled"
    assert tree_state(medium) == before
    verify_backup(first)


def test_backup_create_is_for_admins_and_can_be_put_under_dual_control(stocked: Stocked, tmp_path: Path) -> None:
    vault = stocked.vault
    medium = tmp_path / "usb"
    medium.mkdir()
    done = vault.cli("backup", "create", "--out", str(medium), account=OPERATOR)
    assert done.returncode == 3
    assert "may not backup.create" in done.stderr
    # A malformed request is answered as such before any permission is checked.
    done = vault.cli("backup", "create", "--out", str(tmp_path / "no-such-medium"), account=AUDITOR)
    assert done.returncode == 1
    assert "is not a folder" in done.stderr
    status = vault.cli("backup", "status", account=AUDITOR)
    assert status.returncode == 0
    assert "No backup has been made" in status.stdout

    vault.add_account("second", "admin")
    assert vault.cli("settings", "dual-control", "--require", "backup.create").returncode == 0
    done = vault.cli("backup", "create", "--out", str(medium))
    assert done.returncode == 3
    assert "backup.create is under dual control" in done.stderr
    assert not any(p.name.startswith("airlock-backup-") for p in medium.iterdir())
    done = vault.cli("--approver", "second", "--approver-passphrase-file", str(vault.passphrase_file("second")),
                     "backup", "create", "--out", str(medium))
    assert done.returncode == 0, done.stderr
    made = [e for e in cli_json(vault, "audit", "list", "--action", "backup.create") if e["outcome"] == "ok"]
    assert made[0]["details"]["approved_by"] == "second"
    refused = [e for e in cli_json(vault, "audit", "list", "--action", "backup.create") if e["outcome"] == "refused"]
    assert len(refused) == 2  # the operator, and the first try without an approver


def test_the_reminder_days_are_a_setting_and_status_says_when_a_backup_is_overdue(
    vault: Vault, tmp_path: Path,
) -> None:
    status = cli_json(vault, "backup", "status")
    assert status["last_created"] is None
    assert status["overdue"] is True
    assert status["warn_after_days"] == 7
    done = vault.cli("backup", "warn-after", "-3")
    assert done.returncode == 2
    assert vault.cli("backup", "warn-after", "0").returncode == 0
    assert cli_json(vault, "backup", "status")["overdue"] is False
    assert vault.cli("backup", "warn-after", "2").returncode == 0
    medium = tmp_path / "usb"
    medium.mkdir()
    assert vault.cli("backup", "create", "--out", str(medium)).returncode == 0
    status = cli_json(vault, "backup", "status")
    assert (status["warn_after_days"], status["overdue"], status["last_medium"]) == (2, False, str(medium))
    changed = [e for e in cli_json(vault, "audit", "list", "--action", "settings.change")
               if e["target"] == "backup_warn_days"]
    assert [e["details"]["new"] for e in changed] == ["2", "0"]


def test_list_shows_every_backup_on_a_medium_and_verify_reports_json(stocked: Stocked, tmp_path: Path) -> None:
    medium = tmp_path / "usb"
    medium.mkdir()
    first = stocked.backup(medium, "--with-store")
    second = stocked.backup(medium)
    listed = json.loads(run_cli("backup", "list", str(medium), "--json").stdout)
    assert [row["name"] for row in listed] == [second.name, first.name]
    assert [row["with_store"] for row in listed] == [False, True]
    key = tmp_path / "pinned.key"
    key.write_text(stocked.vault.cli("audit", "key").stdout)
    report = run_cli("backup", "verify", str(first), "--key", str(key), "--json")
    assert report.returncode == 0, report.stderr
    body = json.loads(report.stdout)
    assert body["ok"] is True
    assert body["pinned"] is True
    assert body["objects"] == 5
    # The restore wizard and the CLI use the same library call.
    result = restore_backup(second, tmp_path / "lib-restore", Credentials("admin", b"correct horse battery staple"))
    assert result.objects == 0
