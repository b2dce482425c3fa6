"""Refusals of a damaged backup and of vault files that do not fit together, made as they happen.

A backup medium is hostile input: a file cut short by an interrupted copy, a symlink put in a
file's place (even one pointing at the genuine bytes), a file that changes while it is being
checked, a signature padded or re-made by someone else, a folder renamed, a medium whose files
another user wrote. The vault's own files meet crashes and operators: a rekey cut short before
or after the new database was swapped in, a database put back from an older copy, a disk that
fills during `init` or `rekey`. Every fault here is made on disk or by the operator, never by
patching Airlock; each refusal must name what is wrong, say what to do, and leave the backup
or the vault as it was.
"""

from __future__ import annotations

import base64
import contextlib
import gc
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.audit.note import format_checkpoint, sign_note, verifier_line
from app.core.backup.errors import MediumFailed
from app.core.backup.layout import Manifest, part_path, sha256_hex
from app.core.errors import AuthenticationError, VaultError
from app.core.messages import Message
from app.core.service import (
    BackupDamaged,
    Cancelled,
    find_backups,
    init_vault,
    open_session,
    open_with_recovery,
    rekey,
    verify_backup,
)
from app.core.service.unlock import REKEY_FILE
from tests.conftest import ADMIN_PASSPHRASE, REPO, Vault, run_cli
from tests.lab.backup_factory import SMALL_PARTS, fresh_copy, payload, tree_state
from tests.lab.bundle_factory import TrustLab

NOBODY = 65534
"""The user the medium's owner is not: `nobody`, as on every Linux system."""
USE_ANOTHER = "Use another backup, or make a new one from the appliance."
CHECK_MEDIUM = "Check that the medium is mounted and readable."
DATABASE_PART = "vault/airlock.db.000"


# -- a backup to break --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """One vault with a bundle in its store and one backup of it in small parts: (medium, backup)."""
    base = tmp_path_factory.mktemp("refusals")
    session, _recovery = init_vault(base / "data", "admin", ADMIN_PASSPHRASE.encode())
    try:
        trust = TrustLab(base / "publisher")
        session.trust_init(trust.root_json, trust.fingerprint)
        session.import_bundle(trust.build("llm", "1.0.0", files={
            "README.md": b"# model card\n",
            "weights/model.safetensors": payload("weights", 150_000),
        }, split_size=1 << 20))
        medium = base / "usb"
        medium.mkdir()
        backup = session.create_backup(medium, with_store=True, part_size=SMALL_PARTS).path
    finally:
        session.close()
    return medium, backup


@pytest.fixture
def copy(made: tuple[Path, Path], tmp_path: Path) -> Path:
    """A copy of the whole medium for one test to break; the backup's folder in it."""
    medium, backup = made
    return fresh_copy(medium, tmp_path / "medium") / backup.name


def _manifest(backup: Path) -> Manifest:
    return Manifest.from_bytes((backup / "manifest.json").read_bytes())


def _shared_part(backup: Path) -> tuple[Path, str]:
    """The first object part the backup needs on its medium, and how it is named to the operator."""
    sha = _manifest(backup).parts[0].sha256
    return part_path(backup.parent, sha), f"../airlock-objects/{sha[:2]}/{sha}"


def _refused(backup: Path, file: str) -> BackupDamaged:
    """`verify_backup` refuses `backup`, naming `file`, and writes nothing on the medium."""
    before = tree_state(backup.parent)
    with pytest.raises(BackupDamaged) as refused:
        verify_backup(backup)
    assert refused.value.file == file, str(refused.value)
    assert refused.value.hint == USE_ANOTHER
    assert tree_state(backup.parent) == before
    return refused.value


def _cut_short(path: Path, length: int) -> None:
    with path.open("r+b") as handle:
        handle.truncate(length)


def _symlink_to_genuine(path: Path, elsewhere: Path) -> None:
    """Move the genuine file out of the medium and leave a symlink to it in its place."""
    elsewhere.mkdir(parents=True, exist_ok=True)
    moved = elsewhere / path.name
    shutil.move(path, moved)
    path.symlink_to(moved)


# -- the backup's small files -------------------------------------------------------------------


def test_the_medium_given_instead_of_a_backup_folder_is_named_not_a_backup_and_the_hint_says_what_to_give(
    copy: Path,
) -> None:
    medium = copy.parent
    before = tree_state(medium)
    done = run_cli("backup", "verify", str(medium))
    assert done.returncode == 1
    assert f"{medium} holds no Airlock backup (no manifest.json)." in done.stderr
    assert "Give the folder of one backup (airlock-backup-...); `airlock backup list` shows them." in done.stderr
    assert "Traceback" not in done.stderr
    assert tree_state(medium) == before


@pytest.mark.parametrize("name", ["manifest.json", "manifest.sig", "checkpoint.txt"])
def test_a_small_file_replaced_by_a_symlink_is_refused_even_when_it_points_at_the_genuine_bytes(
    copy: Path, tmp_path: Path, name: str,
) -> None:
    _symlink_to_genuine(copy / name, tmp_path / "elsewhere")
    refused = _refused(copy, name)
    assert refused.message == f"{name} in the backup is not a regular file."


def test_a_signature_padded_past_its_cap_is_refused_unread(copy: Path) -> None:
    with (copy / "manifest.sig").open("ab") as handle:
        handle.write(b"A" * (64 * 1024))
    refused = _refused(copy, "manifest.sig")
    assert refused.message == "manifest.sig is far larger than it can be in a backup."


def test_a_backup_folder_renamed_to_another_backups_name_is_refused_but_a_plainly_named_copy_verifies(
    copy: Path,
) -> None:
    name = copy.name
    renamed = copy.rename(copy.parent / "airlock-backup-20200101T000000Z")
    refused = _refused(renamed, "manifest.json")
    assert refused.message == (f"The folder airlock-backup-20200101T000000Z holds the manifest of another backup "
                               f"({name}).")
    kept = renamed.rename(copy.parent / "kept-for-the-auditors")
    assert verify_backup(kept).manifest.name == name


def _edit_manifest(backup: Path, change: Callable[[dict[str, object]], None]) -> None:
    body = json.loads((backup / "manifest.json").read_bytes())
    change(body)
    (backup / "manifest.json").write_bytes(json.dumps(body, sort_keys=True, separators=(",", ":")).encode() + b"\n")


def test_a_manifest_whose_signing_key_was_swapped_for_another_is_refused_as_altered(copy: Path) -> None:
    raw = Ed25519PrivateKey.generate().public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw
    )
    other = base64.b64encode(b"\x01" + raw).decode()

    def swap_key(body: dict[str, object]) -> None:
        name, key_id, _key = str(body["verifier"]).split("+", 2)
        body["verifier"] = f"{name}+{key_id}+{other}"

    _edit_manifest(copy, swap_key)
    refused = _refused(copy, "manifest.json")
    assert refused.message == "manifest.json names a malformed signing key: it was altered."


def test_a_manifest_claiming_another_origin_is_refused_as_not_signed_by_that_appliance(copy: Path) -> None:
    other = "airlock/" + "0" * 32
    _edit_manifest(copy, lambda body: body.update(origin=other))
    refused = _refused(copy, "manifest.json")
    assert refused.message == f"manifest.json names a signing key that is not the audit key of {other}."


def test_a_checkpoint_cut_short_is_refused_with_both_lengths(copy: Path) -> None:
    size = (copy / "checkpoint.txt").stat().st_size
    _cut_short(copy / "checkpoint.txt", size // 2)
    refused = _refused(copy, "checkpoint.txt")
    assert refused.message == f"checkpoint.txt has {size // 2} bytes; the manifest says {size}."


def _re_sign(backup: Path, forger: Ed25519PrivateKey, checkpoint: str | None = None) -> None:
    """Name `forger`'s key in the manifest and sign it with it; with `checkpoint`, put that one in too."""
    manifest = _manifest(backup)

    def around_key(body: dict[str, object]) -> None:
        body["verifier"] = verifier_line(manifest.origin, forger.public_key())
        if checkpoint is not None:
            for entry in body["files"]:  # type: ignore[attr-defined]
                if entry["path"] == "checkpoint.txt":
                    entry.update(size=len(checkpoint.encode()), sha256=sha256_hex(checkpoint.encode()))

    if checkpoint is not None:
        (backup / "checkpoint.txt").write_text(checkpoint)
    _edit_manifest(backup, around_key)
    raw = (backup / "manifest.json").read_bytes()
    (backup / "manifest.sig").write_text(sign_note(manifest.signed_text(sha256_hex(raw)), manifest.origin, forger))


def test_a_manifest_re_signed_by_a_forger_is_refused_because_the_appliances_checkpoint_does_not_verify(
    copy: Path,
) -> None:
    _re_sign(copy, Ed25519PrivateKey.generate())
    refused = _refused(copy, "checkpoint.txt")
    assert refused.message.startswith("checkpoint.txt does not verify: ")


def test_a_forgers_checkpoint_of_a_shorter_audit_log_is_refused_as_not_the_one_the_manifest_records(
    copy: Path,
) -> None:
    manifest = _manifest(copy)
    forger = Ed25519PrivateKey.generate()
    # An older, shorter log, signed by the forger: what rolling the appliance back would need.
    note = sign_note(format_checkpoint(manifest.origin, manifest.audit_size - 1, bytes(32)), manifest.origin, forger)
    _re_sign(copy, forger, note)
    refused = _refused(copy, "checkpoint.txt")
    assert refused.message == "checkpoint.txt is not the checkpoint the manifest records."


# -- the file set -------------------------------------------------------------------------------


def test_a_database_part_replaced_by_a_symlink_is_refused_even_when_it_points_at_the_genuine_bytes(
    copy: Path, tmp_path: Path,
) -> None:
    _symlink_to_genuine(copy / DATABASE_PART, tmp_path / "elsewhere")
    refused = _refused(copy, DATABASE_PART)
    assert refused.message == f"{DATABASE_PART} in the backup is not a regular file."


def test_a_database_part_cut_short_by_an_interrupted_copy_is_named_with_both_lengths(copy: Path) -> None:
    size = (copy / DATABASE_PART).stat().st_size
    _cut_short(copy / DATABASE_PART, 4096)
    before = tree_state(copy.parent)
    done = run_cli("backup", "verify", str(copy), "--json")
    assert done.returncode == 1
    said = json.loads(done.stdout)
    assert said["ok"] is False
    assert said["file"] == DATABASE_PART
    assert said["problem"] == f"{DATABASE_PART} has 4096 bytes; the manifest says {size}. {USE_ANOTHER}"
    assert f"airlock: backup {copy}: {DATABASE_PART} has 4096 bytes" in done.stderr
    assert tree_state(copy.parent) == before


def test_a_shared_part_replaced_by_a_symlink_is_refused(copy: Path, tmp_path: Path) -> None:
    part, label = _shared_part(copy)
    _symlink_to_genuine(part, tmp_path / "elsewhere")
    refused = _refused(copy, label)
    assert refused.message == f"{label} in the backup is not a regular file."


def test_a_shared_part_cut_short_is_refused_with_both_lengths(copy: Path) -> None:
    part, label = _shared_part(copy)
    size = part.stat().st_size
    _cut_short(part, size - 1)
    refused = _refused(copy, label)
    assert refused.message == f"{label} has {size - 1} bytes; the manifest says {size}."


# -- a medium that changes while every byte is checked ------------------------------------------


def _when_hashing_starts(fault: Callable[[], None]) -> Callable[[int, int, str | Message], None]:
    """A progress callback that injects `fault` at the first report: after the file set was checked."""
    fired: list[bool] = []

    def progress(_done: int, _total: int, _message: str | Message) -> None:
        if not fired:
            fired.append(True)
            fault()

    return progress


def test_a_shared_part_cut_short_after_the_file_set_was_checked_is_named_as_truncated(copy: Path) -> None:
    part, label = _shared_part(copy)
    with pytest.raises(BackupDamaged) as refused:
        verify_backup(copy, progress=_when_hashing_starts(lambda: _cut_short(part, 100)))
    assert refused.value.file == label
    assert str(refused.value) == f"{label} ends before the length the manifest gives: it was truncated. {USE_ANOTHER}"


def test_a_database_part_removed_after_the_file_set_was_checked_is_named_as_missing(copy: Path) -> None:
    with pytest.raises(BackupDamaged) as refused:
        verify_backup(copy, progress=_when_hashing_starts((copy / DATABASE_PART).unlink))
    assert refused.value.file == DATABASE_PART
    assert str(refused.value) == f"{DATABASE_PART} is missing from the backup. {USE_ANOTHER}"


def test_a_shared_part_swapped_for_a_symlink_after_the_file_set_was_checked_is_not_followed(
    copy: Path, tmp_path: Path,
) -> None:
    part, label = _shared_part(copy)
    with pytest.raises(MediumFailed) as refused:
        verify_backup(copy, progress=_when_hashing_starts(lambda: _symlink_to_genuine(part, tmp_path / "elsewhere")))
    assert refused.value.message == f"Cannot read {label} of the backup: Too many levels of symbolic links."
    assert refused.value.hint == CHECK_MEDIUM


# -- listing backups ----------------------------------------------------------------------------


def test_backup_list_given_one_backups_folder_lists_that_backup(copy: Path) -> None:
    done = run_cli("backup", "list", str(copy), "--json")
    assert done.returncode == 0, done.stderr
    [listed] = json.loads(done.stdout)
    assert listed["name"] == copy.name
    assert listed["backup"] == str(copy)
    assert listed["with_store"] is True
    assert listed["audit_size"] == _manifest(copy).audit_size
    assert "problem" not in listed


def test_backup_list_shows_a_backup_whose_manifest_is_damaged_beside_the_good_one(copy: Path) -> None:
    older = copy.parent / "airlock-backup-20200101T000000Z"
    shutil.copytree(copy, older)
    raw = (older / "manifest.json").read_bytes()
    (older / "manifest.json").write_bytes(raw[: len(raw) // 2])
    done = run_cli("backup", "list", str(copy.parent), "--json")
    assert done.returncode == 0, done.stderr
    good, damaged = json.loads(done.stdout)
    assert good["name"] == copy.name
    assert "problem" not in good
    assert damaged["name"] == older.name
    assert damaged["problem"] == f"manifest.json is not valid JSON: the backup is damaged. {USE_ANOTHER}"
    assert "created" not in damaged


# -- a medium written by another user ------------------------------------------------------------


@pytest.fixture
def open_dir() -> Iterator[Path]:
    """A folder every user may enter (pytest's own temporary folders are private to their owner)."""
    path = Path(tempfile.mkdtemp(prefix="airlock-medium-"))
    path.chmod(0o755)
    try:
        yield path
    finally:
        shutil.rmtree(path)


@contextlib.contextmanager
def _as_another_user(unreadable: Path) -> Iterator[None]:
    """Act as a user who may not read `unreadable`, which its owner wrote 0600 or 0700.

    Root, whom no mode stops, becomes `nobody` for the block; anyone else takes the mode away.
    """
    if os.geteuid() != 0:
        mode = unreadable.stat().st_mode
        unreadable.chmod(0o000)
        try:
            yield
        finally:
            unreadable.chmod(mode)
        return
    os.setegid(NOBODY)
    os.seteuid(NOBODY)
    try:
        yield
    finally:
        os.seteuid(0)
        os.setegid(0)


def test_a_backup_whose_files_the_user_may_not_read_is_refused_as_unreadable_and_listed_with_the_reason(
    made: tuple[Path, Path], open_dir: Path,
) -> None:
    medium, backup = made
    copy = fresh_copy(medium, open_dir / "usb") / backup.name
    copy.chmod(0o755)  # its folder may be listed, its files (0600) not read: a medium mounted with fmask=077
    before = tree_state(copy.parent)
    with _as_another_user(copy / "manifest.json"):
        with pytest.raises(MediumFailed) as refused:
            verify_backup(copy)
        listed = find_backups(copy.parent)
    assert refused.value.message == "Cannot read manifest.json of the backup: Permission denied."
    assert refused.value.hint == CHECK_MEDIUM
    assert [(row["name"], row["problem"]) for row in listed] == [
        (backup.name, f"Cannot read manifest.json of the backup: Permission denied. {CHECK_MEDIUM}")
    ]
    assert tree_state(copy.parent) == before


def test_verifying_a_backup_folder_another_user_wrote_says_it_cannot_be_read(
    made: tuple[Path, Path], open_dir: Path,
) -> None:
    medium, backup = made
    copy = fresh_copy(medium, open_dir / "usb") / backup.name
    assert copy.stat().st_mode & 0o777 == 0o700  # as `backup create` wrote it
    with _as_another_user(copy), pytest.raises(MediumFailed) as refused:
        verify_backup(copy)
    assert refused.value.hint == CHECK_MEDIUM


# -- unlocking: which account -------------------------------------------------------------------


def _slots(data_dir: Path) -> bytes:
    return (data_dir / "keyslots.json").read_bytes()


def test_unlocking_without_an_account_name_when_two_admins_exist_asks_which_one(vault: Vault) -> None:
    vault.add_account("deputy", "admin")
    before = (vault.db_bytes(), _slots(vault.data_dir))
    done = run_cli("account", "list", data_dir=vault.data_dir, passphrase_file=vault.passphrase_file("admin"))
    assert done.returncode == 3
    assert done.stderr == ("airlock: This vault has several accounts; say which one to unlock. "
                           "Give --account NAME (or set AIRLOCK_ACCOUNT).\n")
    assert (vault.db_bytes(), _slots(vault.data_dir)) == before
    # The hint works.
    done = run_cli("account", "list", "--json", data_dir=vault.data_dir,
                   passphrase_file=vault.passphrase_file("admin"), env={"AIRLOCK_ACCOUNT": "admin"})
    assert done.returncode == 0, done.stderr
    assert {a["name"] for a in json.loads(done.stdout)} == {"admin", "deputy"}


def test_an_account_missing_from_a_database_put_back_from_an_older_copy_cannot_unlock(vault: Vault) -> None:
    older = vault.db_bytes()  # a file copy of the database, taken before the account was added
    vault.add_account("latecomer", "operator")
    (vault.data_dir / "airlock.db").write_bytes(older)
    before = (vault.db_bytes(), _slots(vault.data_dir))
    done = vault.cli("account", "list", account="latecomer")
    assert done.returncode == 3
    assert done.stderr == "airlock: Wrong account name or passphrase. Check both and try again.\n"
    assert (vault.db_bytes(), _slots(vault.data_dir)) == before
    with pytest.raises(AuthenticationError, match="Wrong account name or passphrase"):
        vault.open("latecomer")
    # The admin, whom the older database knows, still unlocks it.
    done = vault.cli("account", "list", "--json")
    assert done.returncode == 0, done.stderr
    assert [a["name"] for a in json.loads(done.stdout)] == ["admin"]


# -- unlocking after a rekey a crash cut short --------------------------------------------------


def _rekeyed_with_a_copy_from_before(vault: Vault, before: Path) -> bytes:
    """Rekey `vault` for real, `before` holding a copy of its data folder from just before.

    Returns the key slot file a crash between the rekey's steps leaves: every slot holds the
    old data key, and the new one as pending.
    """
    shutil.copytree(vault.data_dir, before)
    with vault.open() as session:
        rekey(session)
    old = json.loads(_slots(before))
    new = json.loads(_slots(vault.data_dir))
    assert old["slots"].keys() == new["slots"].keys()
    for slot_id, slot in old["slots"].items():
        assert {k: v for k, v in slot.items() if k != "sealed"} == {
            k: v for k, v in new["slots"][slot_id].items() if k != "sealed"
        }
        slot["pending"] = new["slots"][slot_id]["sealed"]
    return json.dumps(old, indent=1, sort_keys=True).encode()


def test_unlocking_after_a_crash_once_the_rekeyed_database_was_swapped_in_finishes_the_rekey(
    vault: Vault, tmp_path: Path,
) -> None:
    crashed = _rekeyed_with_a_copy_from_before(vault, tmp_path / "before")
    finished = _slots(vault.data_dir)
    (vault.data_dir / "keyslots.json").write_bytes(crashed)  # the database holds the new key already

    with vault.open() as session:
        assert session.account.name == "admin"
    assert _slots(vault.data_dir) == finished  # the pending key became every slot's key
    assert "pending" not in _slots(vault.data_dir).decode()
    open_with_recovery(vault.data_dir, vault.recovery_key).close()
    done = vault.cli("audit", "verify")
    assert done.returncode == 0, done.stderr


def test_unlocking_after_a_crash_before_the_rekeyed_database_was_swapped_in_forgets_the_new_key(
    vault: Vault, tmp_path: Path,
) -> None:
    before = tmp_path / "before"
    crashed = _rekeyed_with_a_copy_from_before(vault, before)
    unchanged = _slots(before)
    (before / "keyslots.json").write_bytes(crashed)  # the database still holds the old key
    (before / REKEY_FILE).write_bytes(vault.db_bytes()[:4096])  # the new file, half written

    done = run_cli("account", "list", "--json", data_dir=before, passphrase_file=vault.passphrase_file("admin"),
                   account="admin")
    assert done.returncode == 0, done.stderr
    assert [a["name"] for a in json.loads(done.stdout)] == ["admin"]
    assert _slots(before) == unchanged  # the pending key is gone, the old one stays
    assert not (before / REKEY_FILE).exists()
    open_with_recovery(before, vault.recovery_key).close()


# -- a rekey that does not finish ---------------------------------------------------------------


def test_a_rekey_cancelled_after_re_encrypting_keeps_the_old_key_and_records_the_failure(vault: Vault) -> None:
    before = _slots(vault.data_dir)
    cancel = threading.Event()

    def progress(done: int, _total: int, _message: str | Message) -> None:
        if done == 1:  # "Re-encrypting the database": the operator presses Cancel
            cancel.set()

    with vault.open() as session:
        with pytest.raises(Cancelled) as refused:
            rekey(session, progress, cancel)
        assert str(refused.value) == "The rekey was cancelled; nothing was changed."
        assert _slots(vault.data_dir) == before
        assert not (vault.data_dir / REKEY_FILE).exists()
        [entry] = session.audit_entries(limit=1, action="vault.rekey")
    assert (entry.actor, entry.outcome, entry.details) == ("admin", "cancelled", {"reason": "Cancelled"})
    vault.open().close()
    open_with_recovery(vault.data_dir, vault.recovery_key).close()


@contextlib.contextmanager
def _disk_full_past(limit: int) -> Iterator[None]:
    """No file this process writes can grow past `limit` bytes, as on a disk that filled up."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))


def test_a_rekey_on_a_disk_that_fills_keeps_the_old_key_and_leaves_no_new_file(vault: Vault) -> None:
    before = _slots(vault.data_dir)
    session = vault.open()
    try:
        with pytest.raises(VaultError) as refused, _disk_full_past(64 * 1024):
            rekey(session)
        assert refused.value.message.startswith("The rekey could not write the re-encrypted vault: ")
        assert "the old key is still in force" in refused.value.hint
        assert _slots(vault.data_dir) == before
        assert not (vault.data_dir / REKEY_FILE).exists()
    finally:
        session.close()
    open_with_recovery(vault.data_dir, vault.recovery_key).close()
    done = vault.cli("audit", "verify")
    assert done.returncode == 0, done.stderr


# -- creating a vault on a disk that fills ------------------------------------------------------


def _init_on_a_full_disk(data_dir: Path) -> list[warnings.WarningMessage]:
    """`init_vault` on a disk that fills while the database is made; the warnings it leaves behind."""
    with warnings.catch_warnings(record=True) as left:
        warnings.simplefilter("always")
        with pytest.raises(VaultError) as refused, _disk_full_past(64 * 1024):
            init_vault(data_dir, "admin", ADMIN_PASSPHRASE.encode())
        assert refused.value.message.startswith(f"The vault could not be created in {data_dir}: ")
        gc.collect()
    return left


def test_init_on_a_disk_that_fills_leaves_no_vault_and_can_simply_be_run_again(
    tmp_path: Path, secrets_dir: Path,
) -> None:
    data_dir = tmp_path / "new"
    passphrase = secrets_dir / "admin.pass"
    passphrase.write_text(ADMIN_PASSPHRASE + "\n")
    _init_on_a_full_disk(data_dir)
    assert [p.name for p in data_dir.iterdir()] == [".airlock.lock"]  # no database, no key slots
    again = run_cli("init", data_dir=data_dir, passphrase_file=passphrase)
    assert again.returncode == 0, again.stderr
    assert "Created the Airlock vault" in again.stderr
    open_session(data_dir, "admin", ADMIN_PASSPHRASE.encode()).close()


def test_a_failed_init_releases_the_data_folders_lock(tmp_path: Path) -> None:
    left = _init_on_a_full_disk(tmp_path / "new")
    assert [str(w.message) for w in left if issubclass(w.category, ResourceWarning)] == []


def _cli_env() -> dict[str, str]:
    """The environment `run_cli` gives, without coverage (its data file could not grow on the full disk)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AIRLOCK_", "COVERAGE_"))}
    return {**env, "AIRLOCK_KDF_SECONDS": "0", "PYTHONPATH": str(REPO)}


def test_init_on_a_disk_that_fills_says_so_without_a_traceback(tmp_path: Path, secrets_dir: Path) -> None:
    passphrase = secrets_dir / "admin.pass"
    passphrase.write_text(ADMIN_PASSPHRASE + "\n")

    def full_disk() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, resource.getrlimit(resource.RLIMIT_FSIZE)[1]))

    done = subprocess.run(
        [sys.executable, "-m", "app", "--data-dir", str(tmp_path / "new"), "--passphrase-file", str(passphrase),
         "init"],
        capture_output=True, text=True, timeout=120, env=_cli_env(), cwd=REPO, check=False, preexec_fn=full_disk,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith(f"airlock: The vault could not be created in {tmp_path / 'new'}: ")
    assert "run init again: nothing was kept." in done.stderr
