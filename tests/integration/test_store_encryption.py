"""Classified payloads encrypted at rest, end to end through the real `airlock` command line.

Import seals every object; no window of any payload is anywhere in the data directory;
check-store names an altered object; rotating the store key (or `rekey`) re-seals every
object and destroys the old key; a store from before encryption at rest is encrypted the
first time the command line opens it.
"""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import pytest

from app.core.bundles import store
from app.core.bundles.objects import CHUNK_PLAIN, chunk_offset, key_id_of
from tests.conftest import Vault
from tests.lab.bundle_factory import TrustLab
from tests.lab.sealed_store import as_before_encryption, plaintext_found


def payload(seed: int) -> dict[str, bytes]:
    rng = random.Random(seed)
    return {
        "README.md": f"# Model card {seed}: restricted weights\n".encode() * 3,
        "weights/model.safetensors": rng.randbytes(2 * CHUNK_PLAIN + 4321),
        "weights/small.bin": rng.randbytes(70_000),
        "config/params.json": json.dumps({"seed": seed, "layers": 32}).encode(),
    }


@pytest.fixture
def lab(tmp_path: Path, vault: Vault) -> TrustLab:
    trust = TrustLab(tmp_path / "lab")
    with vault.open() as session:
        session.trust_init(trust.root_json, trust.fingerprint)
    return trust


def imported(vault: Vault, lab: TrustLab, seed: int, name: str = "secret-model") -> dict[str, bytes]:
    files = payload(seed)
    bundle = lab.build(name, f"1.0.{seed}", files=files, split_size=CHUNK_PLAIN + 17)
    done = vault.cli("bundle", "import", str(bundle))
    assert done.returncode == 0, done.stderr
    return files


def object_of(data: bytes, vault: Vault) -> Path:
    return store.object_path(vault.data_dir, hashlib.sha256(data).hexdigest())


def check_store(vault: Vault) -> tuple[int, list[str]]:
    done = vault.cli("bundle", "check-store", "--json")
    return done.returncode, json.loads(done.stdout)["problems"]


def status(vault: Vault) -> dict:
    done = vault.cli("store", "status", "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def audit_actions(vault: Vault) -> list[tuple[str, str]]:
    done = vault.cli("audit", "list", "--json", "--limit", "200")
    return [(e["action"], e["outcome"]) for e in json.loads(done.stdout)]


def test_no_byte_of_a_payload_is_in_the_data_dir_after_import(vault: Vault, lab: TrustLab) -> None:
    files = imported(vault, lab, 1)
    assert plaintext_found(vault.data_dir, files) == []
    with vault.open() as session:  # and every object still reads back as exactly what was signed
        for data in files.values():
            assert session.read_object(hashlib.sha256(data).hexdigest()) == data
    assert check_store(vault) == (0, [])
    keys = status(vault)["keys"]
    assert [(k["id"], k["state"], k["objects"]) for k in keys] == [(1, "active", 4)]


def test_the_search_would_find_a_payload_left_in_clear(vault: Vault, lab: TrustLab) -> None:
    """The plaintext search itself can fail: a payload copied into the data dir is found."""
    files = imported(vault, lab, 2)
    (vault.data_dir / "stray.bin").write_bytes(files["weights/small.bin"])
    assert plaintext_found(vault.data_dir, files) == ["stray.bin: weights/small.bin"]


def test_check_store_names_a_flipped_byte_and_swapped_chunks(vault: Vault, lab: TrustLab) -> None:
    files = imported(vault, lab, 3)
    weights = object_of(files["weights/model.safetensors"], vault)
    card = object_of(files["README.md"], vault)
    raw = bytearray(weights.read_bytes())
    first, second = slice(chunk_offset(0), chunk_offset(1)), slice(chunk_offset(1), chunk_offset(2))
    raw[first], raw[second] = bytes(raw[second]), bytes(raw[first])
    weights.write_bytes(raw)
    flipped = bytearray(card.read_bytes())
    flipped[-3] ^= 0x40
    card.write_bytes(flipped)

    code, problems = check_store(vault)

    assert code == 1
    assert sorted(problems) == sorted([
        f"Chunk 0 of stored object {weights.name} does not authenticate (altered, moved or from another object).",
        f"Chunk 0 of stored object {card.name} does not authenticate (altered, moved or from another object).",
    ])


def test_rotating_the_store_key_reseals_every_object_and_destroys_the_old_key(vault: Vault, lab: TrustLab) -> None:
    files = {**imported(vault, lab, 4), **{f"b/{k}": v for k, v in imported(vault, lab, 5, "other").items()}}
    vault.add_account("olga", "operator")
    refused = vault.cli("store", "rotate-key", account="olga")
    assert refused.returncode == 3
    assert "may not store.key.rotate" in refused.stderr

    done = vault.cli("store", "rotate-key", "--json")

    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert (report["sealed"], report["encrypted"], report["damaged"]) == (8, 0, [])
    keys = {k["id"]: (k["state"], k["objects"]) for k in status(vault)["keys"]}
    assert keys == {1: ("destroyed", 0), 2: ("active", 8)}
    assert {key_id_of(object_of(data, vault)) for data in files.values()} == {2}
    assert check_store(vault) == (0, [])
    assert plaintext_found(vault.data_dir, files) == []
    actions = audit_actions(vault)
    assert ("store.key.rotate", "ok") in actions
    assert ("store.reseal", "ok") in actions
    assert ("store.key.rotate", "refused") in actions


def test_store_key_rotation_can_be_put_under_dual_control(vault: Vault, lab: TrustLab) -> None:
    imported(vault, lab, 6)
    vault.add_account("bea", "admin")
    with vault.open() as session:
        session.set_dual_control({"store.key.rotate"})
    alone = vault.cli("store", "rotate-key")
    assert alone.returncode == 3
    assert "dual control" in alone.stderr
    approved = vault.cli("--approver", "bea", "--approver-passphrase-file", str(vault.passphrase_file("bea")),
                         "store", "rotate-key")
    assert approved.returncode == 0, approved.stderr
    assert [k["state"] for k in status(vault)["keys"]] == ["destroyed", "active"]


def test_rekey_rotates_the_store_key_too(vault: Vault, lab: TrustLab) -> None:
    files = imported(vault, lab, 7)
    done = vault.cli("rekey")
    assert done.returncode == 0, done.stderr
    assert "Re-sealed 4 stored object(s) under a new store key" in done.stderr
    assert [(k["state"], k["objects"]) for k in status(vault)["keys"]] == [("destroyed", 0), ("active", 4)]
    with vault.open() as session:
        assert session.read_object(hashlib.sha256(files["README.md"]).hexdigest()) == files["README.md"]


# -- a store from before encryption at rest ------------------------------------------------------


def test_the_first_start_encrypts_a_plaintext_store(vault: Vault, lab: TrustLab) -> None:
    files = {**imported(vault, lab, 8), **{f"b/{k}": v for k, v in imported(vault, lab, 9, "other").items()}}
    as_before_encryption(vault)
    assert plaintext_found(vault.data_dir, files) != []

    done = vault.cli("bundle", "list", "--json")  # any command that unlocks the vault

    assert done.returncode == 0, done.stderr
    assert "Finishing the content store's encryption" in done.stderr
    assert "Sealed 8 object(s) under the active store key (8 were stored in plaintext)" in done.stderr
    assert len(json.loads(done.stdout)) == 2
    assert plaintext_found(vault.data_dir, files) == []
    assert check_store(vault) == (0, [])
    assert status(vault)["plaintext"] == 0
    again = vault.cli("bundle", "list")
    assert "Finishing" not in again.stderr
    assert ("store.reseal", "ok") in audit_actions(vault)


def test_an_auditor_leaves_the_migration_to_staff_and_a_damaged_plaintext_object_is_still_sealed(
    vault: Vault, lab: TrustLab
) -> None:
    files = imported(vault, lab, 10)
    plain = as_before_encryption(vault)
    vault.add_account("audrey", "auditor")
    looked = vault.cli("bundle", "list", account="audrey")
    assert looked.returncode == 0
    assert "an operator or admin finishes that" in looked.stderr
    assert plaintext_found(vault.data_dir, files) != []
    card = object_of(files["README.md"], vault)
    card.write_bytes(b"X" + plain[card.name][1:])  # damaged while it was plaintext

    done = vault.cli("store", "reseal", "--json")

    assert done.returncode == 1
    assert json.loads(done.stdout)["damaged"] == [card.name]
    assert plaintext_found(vault.data_dir, files) == []  # sealed all the same: no byte stays in clear
    code, problems = check_store(vault)
    assert (code, problems) == (1, [f"Stored object {card.name} does not hash to its name."])
