"""Backups of a content store sealed at rest: what a restore gives back opens, and no payload is on the medium.

A backup copies object files byte for byte (ciphertext) beside a snapshot of the vault,
which holds the store keys. Rotating the store key between two backups to one medium makes
the re-sealed objects new parts; each backup restores into a store whose every object
opens and hashes to its name. While a backup holds the objects still, a re-sealing walk is
skipped (it resumes at the next unlock), so no object is copied under a key the vault's
snapshot lacks.
"""

from __future__ import annotations

import hashlib
import json
import threading
from pathlib import Path

import pytest

from app.core.bundles import reseal
from app.core.service import open_session
from tests.conftest import Vault, run_cli
from tests.lab.backup_factory import Stocked, payload, stock
from tests.lab.bundle_factory import TrustLab
from tests.lab.sealed_store import plaintext_found

pytestmark = pytest.mark.slow

WEIGHTS = payload("sealed weights", 300_000)


@pytest.fixture
def stocked(vault: Vault, trusted_lab: TrustLab) -> Stocked:
    made = stock(vault, trusted_lab)
    made.import_bundle("classified", "1.0.0", {"README.md": b"# restricted\n", "weights/w.bin": WEIGHTS})
    return made


def _restored_store_opens(vault: Vault, backup: Path, target: Path) -> None:
    done = run_cli("backup", "restore", str(backup), data_dir=target, passphrase_file=vault.passphrase_file("admin"),
                   account="admin")
    assert done.returncode == 0, done.stderr
    check = run_cli("bundle", "check-store", "--json", data_dir=target,
                    passphrase_file=vault.passphrase_file("admin"), account="admin")
    assert check.returncode == 0, check.stdout + check.stderr
    assert json.loads(check.stdout)["problems"] == []
    address = hashlib.sha256(WEIGHTS).hexdigest()
    with open_session(target, "admin", vault.passphrases["admin"].encode()) as session:
        assert session.read_object(address, len(WEIGHTS)) == WEIGHTS


def test_backups_before_and_after_a_key_rotation_each_restore_a_store_that_opens(
    stocked: Stocked, tmp_path: Path,
) -> None:
    (medium := tmp_path / "usb").mkdir()
    before, vault = stocked.backup(medium, "--with-store"), stocked.vault
    rotated = vault.cli("store", "rotate-key", "--json")
    assert rotated.returncode == 0, rotated.stderr
    after = json.loads(vault.cli("backup", "create", "--out", str(medium), "--with-store", "--json").stdout)
    assert after["new_parts"] > 0  # every object was re-sealed: new ciphertext, new parts

    assert plaintext_found(medium, {"weights/w.bin": WEIGHTS}) == []
    _restored_store_opens(vault, Path(after["path"]), tmp_path / "restored-after")
    _restored_store_opens(vault, before, tmp_path / "restored-before")


def test_a_reseal_waits_while_a_backup_holds_the_objects_still(stocked: Stocked) -> None:
    vault = stocked.vault
    with vault.open() as session:
        session.rotate_store_key()
        result: list[dict] = []
        with reseal.objects_held_still(vault.data_dir):
            # In a thread: were the backup's hold not to keep the walk out, it would re-seal,
            # then wait for the store lock held here; the join's bound turns that into a failure.
            walk = threading.Thread(target=lambda: result.append(session.reseal_store()), daemon=True)
            walk.start()
            walk.join(timeout=120)
            assert not walk.is_alive(), "the re-sealing walk ran under a backup's hold"
        assert result[0]["skipped"] is True
        assert result[0]["held_by"] == "backup"  # the operator is told why
        assert session.store_status()["to_reseal"] > 0  # nothing was re-sealed under the backup
        with reseal.reseal_lock(vault.data_dir) as held:  # another process's walk
            assert held
            assert session.reseal_store()["held_by"] == "reseal"
        done = session.reseal_store()
    assert done["skipped"] is False
    assert done["held_by"] is None
    assert done["sealed"] > 0
