"""Refusals of damaged key slots, bad bootstrap keys, misbehaving nodes and a damaged content store.

Each fault is made for real: a key slot file edited or cut short on disk, a bootstrap key of
the wrong kind, a lab node whose account cannot run commands or whose host key changed, a
store object swapped for a symlink or with a flipped byte, a store fan-out folder that is a
file. Each test checks the refusal's words (what was wrong, what to do) and that nothing changed.
"""

from __future__ import annotations

import base64
import hashlib
import json
import socket
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.core import ssh
from app.core.bundles import store
from app.core.bundles.errors import StoreWriteFailed
from app.core.bundles.objects import ObjectDamaged, chunk_offset
from app.core.errors import UsageError
from app.core.inventory import STATUS_HOSTKEY_CHANGED, HostKeyPin, Node
from app.core.service import open_session, open_with_recovery
from tests.conftest import Vault, run_cli
from tests.lab.bundle_factory import TrustLab
from tests.lab.node_fixtures import BootstrapKey, bootstrap_key_fixture, enroll_args, lab_fixture, needs_sshd  # noqa: F401 - fixtures
from tests.lab.nodes import Lab

RESTORE_HINT = "Restore keyslots.json from a backup of this data directory."
lab_test = [pytest.mark.lab, needs_sshd]


# -- key slots: a key slot file edited, damaged or cut short ---------------------------------------


def _slots_path(vault: Vault) -> Path:
    return vault.data_dir / "keyslots.json"


def _admin_slot(raw: dict[str, Any]) -> dict[str, Any]:
    [slot] = [body for sid, body in raw["slots"].items() if sid != "recovery"]
    return slot


def _edit_slots(vault: Vault, change: Callable[[dict[str, Any]], None]) -> bytes:
    """Apply `change` to the parsed key slot file and write it back; the bytes written."""
    raw = json.loads(_slots_path(vault).read_bytes())
    change(raw)
    body = json.dumps(raw, indent=1, sort_keys=True).encode()
    _slots_path(vault).write_bytes(body)
    return body


def _unknown_kdf(raw: dict[str, Any]) -> None:
    _admin_slot(raw)["kdf"]["alg"] = "scrypt"


def _kdf_memory_not_a_number(raw: dict[str, Any]) -> None:
    _admin_slot(raw)["kdf"]["memory_kib"] = "a lot"


def _kdf_weakened(raw: dict[str, Any]) -> None:
    _admin_slot(raw)["kdf"]["memory_kib"] = 1024
    _admin_slot(raw)["kdf"]["iterations"] = 1


def _public_key_a_number(raw: dict[str, Any]) -> None:
    _admin_slot(raw)["public"] = 12345


def _wrapped_key_not_base64(raw: dict[str, Any]) -> None:
    _admin_slot(raw)["wrapped_private"] = "not base64 at all!"


def _recovery_slot_a_list(raw: dict[str, Any]) -> None:
    raw["slots"]["recovery"] = ["kdf", "sealed"]


def _newer_format(raw: dict[str, Any]) -> None:
    raw["format"] = 2


def _install_id_removed(raw: dict[str, Any]) -> None:
    del raw["install_id"]


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (_unknown_kdf, "The key slot file names an unknown key derivation."),
        (_kdf_memory_not_a_number, "The key slot file is damaged (KDF parameters)."),
        (_kdf_weakened, "A key slot uses Argon2id parameters below the safe minimum; refusing it."),
        (_public_key_a_number, "The key slot file is damaged (public key is missing)."),
        (_wrapped_key_not_base64, "The key slot file is damaged (wrapped key)."),
        (_recovery_slot_a_list, "The key slot file is damaged (a slot is malformed)."),
        (_newer_format, "keyslots.json has an unknown format."),
        (_install_id_removed, "keyslots.json is damaged."),
    ],
    ids=["unknown-kdf", "kdf-not-a-number", "kdf-below-floor", "public-key-a-number", "wrapped-key-not-base64",
         "slot-a-list", "newer-format", "install-id-removed"],
)
def test_a_key_slot_file_edited_by_hand_is_refused_at_unlock_with_what_is_wrong_and_to_restore_it(
    vault: Vault, change: Callable[[dict[str, Any]], None], said: str,
) -> None:
    edited = _edit_slots(vault, change)
    database = vault.db_bytes()

    done = vault.cli("account", "list", "--json")

    assert done.returncode == 1, done.stderr
    assert said in done.stderr
    assert RESTORE_HINT in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""
    assert _slots_path(vault).read_bytes() == edited  # the refusal wrote nothing
    assert vault.db_bytes() == database


def test_a_key_slot_file_cut_short_by_an_interrupted_copy_is_named_as_not_a_key_slot_file(vault: Vault) -> None:
    whole = _slots_path(vault).read_bytes()
    _slots_path(vault).write_bytes(whole[: len(whole) // 2])

    done = vault.cli("account", "list", "--json")

    assert done.returncode == 1
    assert f"{_slots_path(vault)} is not a valid key slot file." in done.stderr
    assert RESTORE_HINT in done.stderr
    assert _slots_path(vault).read_bytes() == whole[: len(whole) // 2]
    _slots_path(vault).write_bytes(whole)  # restored from the backup: the vault opens again
    assert vault.cli("account", "list", "--json").returncode == 0


def test_a_sealed_data_key_altered_on_disk_is_refused_as_damaged_even_with_the_right_passphrase(vault: Vault) -> None:
    def flip(raw: dict[str, Any]) -> None:
        sealed = _admin_slot(raw)["sealed"]
        ciphertext = bytearray(base64.b64decode(sealed["ciphertext"]))
        ciphertext[0] ^= 0x01
        sealed["ciphertext"] = base64.b64encode(bytes(ciphertext)).decode()

    edited = _edit_slots(vault, flip)
    database = vault.db_bytes()

    done = vault.cli("account", "list")

    assert done.returncode == 1
    assert "A key slot is damaged: its sealed data key does not open." in done.stderr
    assert RESTORE_HINT in done.stderr
    assert "Wrong passphrase" not in done.stderr  # the passphrase was right; the slot is not
    assert _slots_path(vault).read_bytes() == edited
    assert vault.db_bytes() == database
    # The recovery slot is intact and still opens the vault.
    open_with_recovery(vault.data_dir, vault.recovery_key).close()


def test_init_with_a_kdf_time_target_calibrates_argon2id_above_the_floor_and_the_vault_opens(
    tmp_path: Path, secrets_dir: Path,
) -> None:
    data_dir = tmp_path / "calibrated"
    passphrase = secrets_dir / "admin.pass"
    passphrase.write_text("calibrated passphrase 42\n")
    passphrase.chmod(0o600)

    done = run_cli("init", data_dir=data_dir, passphrase_file=passphrase, env={"AIRLOCK_KDF_SECONDS": "0.05"})

    assert done.returncode == 0, done.stderr
    slots = json.loads((data_dir / "keyslots.json").read_bytes())["slots"]
    for slot in slots.values():
        kdf = slot["kdf"]
        assert (kdf["alg"], kdf["memory_kib"], kdf["lanes"]) == ("argon2id", 128 * 1024, 2)
        assert 2 <= kdf["iterations"] <= 64
    with open_session(data_dir, "admin", b"calibrated passphrase 42") as session:
        assert session.account.name == "admin"


# -- ssh: bootstrap keys of the wrong kind, blocked nodes ------------------------------------------


def _keygen(path: Path, passphrase: str = "") -> Path:
    path.parent.mkdir(mode=0o700, exist_ok=True)
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", passphrase, "-C", "test", "-f", str(path)], check=True)
    return path


def _enroll_closed_port(vault: Vault, key: Path) -> subprocess.CompletedProcess[str]:
    """`airlock node enroll` towards a port where nothing listens: only a refusal before connecting passes."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return vault.cli("node", "enroll", "gpu-01", "--address", "127.0.0.1", "--port", str(port), "--user", "ops",
                     "--bootstrap-key", str(key), "--fingerprint", "SHA256:" + "Q" * 43)


def _node_names(vault: Vault) -> list[str]:
    done = vault.cli("node", "list", "--json")
    assert done.returncode == 0, done.stderr
    return [n["name"] for n in json.loads(done.stdout)]


def test_a_passphrase_protected_bootstrap_key_is_refused_before_any_connection_with_what_to_give(
    vault: Vault, tmp_path: Path,
) -> None:
    key = _keygen(tmp_path / "keys" / "protected", passphrase="a passphrase on the key")

    done = _enroll_closed_port(vault, key)

    assert done.returncode == 2, done.stderr
    assert f"The bootstrap key {key} is protected by a passphrase." in done.stderr
    assert "give an unprotected copy for enrolment, then delete it" in done.stderr
    assert "Could not reach" not in done.stderr  # refused before connecting
    assert _node_names(vault) == []


def test_a_public_key_given_as_the_bootstrap_key_is_refused_as_unreadable_with_what_to_give(
    vault: Vault, tmp_path: Path,
) -> None:
    public = Path(str(_keygen(tmp_path / "keys" / "bootstrap")) + ".pub")  # the operator took the wrong file

    done = _enroll_closed_port(vault, public)

    assert done.returncode == 2, done.stderr
    assert f"Could not read the bootstrap key {public}: " in done.stderr
    assert "Give an OpenSSH private key file." in done.stderr
    assert "Could not reach" not in done.stderr
    assert _node_names(vault) == []


def test_enrolment_with_neither_a_bootstrap_key_nor_a_password_is_refused_with_both_options(session: Any) -> None:
    with pytest.raises(UsageError) as refused:
        session.enroll_node("gpu-01", "127.0.0.1", "ops", ssh.Bootstrap(), port=22,
                            fingerprint="SHA256:" + "Q" * 43)

    assert refused.value.message == "Enrolment needs a bootstrap key or a bootstrap password."
    assert refused.value.hint == "Pass --bootstrap-key FILE or --bootstrap-password-file FILE."
    assert session.list_nodes() == []


def test_a_blocked_node_is_refused_without_opening_a_connection_to_it() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        listener.setblocking(False)  # noqa: FBT003 - the socket API
        port = listener.getsockname()[1]
        node = Node("gpu-07", "127.0.0.1", port, "ops", pins=(HostKeyPin("ssh-ed25519", "AAAA"),),
                    status=STATUS_HOSTKEY_CHANGED)
        key = ssh.load_private_key(ssh.generate_management_key().private_openssh)

        with pytest.raises(ssh.HostKeyChanged) as refused:
            ssh.connect_pinned(node, key)

        assert refused.value.message == "Node gpu-07 is blocked: its host key changed."
        assert "`airlock node repin`" in refused.value.hint
        with pytest.raises(BlockingIOError):  # nobody knocked: the node was never contacted
            listener.accept()


def test_port_open_tells_a_listening_port_from_a_closed_one() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]
        assert ssh.port_open("127.0.0.1", port) is True
    assert ssh.port_open("127.0.0.1", port) is False


# -- the content store: objects missing, swapped or damaged; a fan-out folder that is a file -------


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _import(session: Any, trusted_lab: TrustLab, files: dict[str, bytes], kind: str = "model",
            name: str = "demo") -> None:
    session.import_bundle(trusted_lab.build(name, "1.0.0", kind=kind, files=files))


MODEL_FILES = {
    "README.md": b"# Model card\nA model for the refusal tests.\n",
    "weights/model.safetensors": b"w" * 50_000,
    "config/params.json": b'{"layers": 2}',
}


def test_reading_an_object_by_a_name_that_is_not_a_sha256_is_refused_before_any_path_is_made(session: Any) -> None:
    with pytest.raises(ValueError, match=r"not a sha256: '\.\./\.\./keyslots\.json'"):
        session.read_object("../../keyslots.json")


def test_a_small_read_of_an_object_larger_than_its_limit_is_refused_and_says_where_to_read_it(
    session: Any, trusted_lab: TrustLab,
) -> None:
    _import(session, trusted_lab, MODEL_FILES)
    weights = _sha(MODEL_FILES["weights/model.safetensors"])

    with pytest.raises(store.StoreObjectUnreadable) as refused:
        session.read_object(weights, limit=1000)

    assert refused.value.message == f"The stored object {weights[:16]} is larger than 1000 bytes."
    assert refused.value.hint == "It is not shown; read it on the node it was deployed to."
    assert session.read_object(weights, limit=50_000) == MODEL_FILES["weights/model.safetensors"]


def test_an_object_swapped_for_a_symlink_is_not_followed_even_to_its_genuine_bytes(
    session: Any, trusted_lab: TrustLab, tmp_path: Path,
) -> None:
    _import(session, trusted_lab, MODEL_FILES)
    readme = _sha(MODEL_FILES["README.md"])
    path = store.object_path(session.data_dir, readme)
    genuine = tmp_path / "genuine-object"
    genuine.write_bytes(path.read_bytes())
    path.unlink()
    path.symlink_to(genuine)

    with pytest.raises(store.StoreObjectUnreadable) as refused:
        session.read_object(readme)

    assert refused.value.message == (
        f"The stored object {readme[:16]} cannot be read: Too many levels of symbolic links."
    )
    assert refused.value.hint == "Run `airlock bundle check-store`; import the bundle again if it is damaged."
    assert path.is_symlink()  # nothing was repaired behind the operator's back


PLAYBOOK_FILES = {
    "greet.yml": b"- hosts: all\n  gather_facts: false\n  tasks:\n    - ansible.builtin.ping:\n",
    "README.md": b"# Operations\n",
}


def test_a_playbook_whose_stored_object_is_a_symlink_is_not_copied_into_the_job(
    session: Any, trusted_lab: TrustLab, tmp_path: Path,
) -> None:
    _import(session, trusted_lab, PLAYBOOK_FILES, kind="playbooks", name="ops")
    greet = _sha(PLAYBOOK_FILES["greet.yml"])
    path = store.object_path(session.data_dir, greet)
    genuine = tmp_path / "genuine-object"
    genuine.write_bytes(path.read_bytes())
    path.unlink()
    path.symlink_to(genuine)
    job_dir = tmp_path / "job"

    with pytest.raises(store.StoreObjectUnreadable) as refused:
        session.job_playbook(session.bundle_playbook("ops/greet"), job_dir, {})

    assert refused.value.message == (
        f"The stored object {greet[:16]} cannot be read: Too many levels of symbolic links."
    )
    assert "`airlock bundle check-store`" in refused.value.hint
    assert not (job_dir / "project" / "greet.yml").exists()


def test_a_playbook_object_with_an_altered_byte_leaves_no_partial_copy_in_the_job(
    session: Any, trusted_lab: TrustLab, tmp_path: Path,
) -> None:
    _import(session, trusted_lab, PLAYBOOK_FILES, kind="playbooks", name="ops")
    greet = _sha(PLAYBOOK_FILES["greet.yml"])
    path = store.object_path(session.data_dir, greet)
    path.chmod(0o600)
    with path.open("r+b") as handle:  # one bit of the first chunk's ciphertext, as a failing disk does
        handle.seek(chunk_offset(0) + 3)
        byte = handle.read(1)
        handle.seek(chunk_offset(0) + 3)
        handle.write(bytes([byte[0] ^ 0x10]))
    job_dir = tmp_path / "job"

    with pytest.raises(ObjectDamaged) as refused:
        session.job_playbook(session.bundle_playbook("ops/greet"), job_dir, {})

    assert refused.value.message.startswith(f"Chunk 0 of stored object {greet} does not authenticate")
    assert "`airlock bundle check-store`" in refused.value.hint
    project = job_dir / "project"
    assert (project / "README.md").read_bytes() == PLAYBOOK_FILES["README.md"]  # copied before the damaged one
    assert not (project / "greet.yml").exists()  # the partial copy was removed


def test_an_import_whose_object_folder_is_blocked_by_a_file_fails_whole_and_imports_after_it_is_removed(
    session: Any, trusted_lab: TrustLab,
) -> None:
    readme = _sha(MODEL_FILES["README.md"])
    objects = session.data_dir / "store" / "objects"
    objects.mkdir(parents=True, exist_ok=True)
    blocker = objects / readme[:2]
    blocker.write_bytes(b"left here by hand\n")
    bundle = trusted_lab.build("demo", "1.0.0", files=MODEL_FILES)

    with pytest.raises(StoreWriteFailed) as refused:
        session.import_bundle(bundle)

    assert refused.value.message == "Writing the content store to disk failed: File exists; nothing was imported."
    assert refused.value.hint == "Check the data disk (dmesg), then retry."
    assert session.list_bundles() == []
    assert not list((session.data_dir / "store").glob(".staging-*"))
    blocker.unlink()
    session.import_bundle(bundle)
    assert [b.name for b in session.list_bundles()] == ["demo"]
    assert session.read_object(readme) == MODEL_FILES["README.md"]


# -- ssh against real lab nodes --------------------------------------------------------------------


def _authorized_keys(node: Any) -> str:
    path = node.home / ".ssh" / "authorized_keys"
    return path.read_text() if path.exists() else ""


@pytest.mark.lab
@needs_sshd
def test_enrolment_with_a_bootstrap_key_the_node_does_not_accept_is_refused_as_a_login_refusal(
    vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    node = lab(["t4"]).nodes[0]  # the bootstrap key was never put on the node

    done = vault.cli(*enroll_args(node, bootstrap_key))

    assert done.returncode == 3, done.stderr
    assert f"Node {node.name} refused the login as {node.user}." in done.stderr
    assert "Check the account and the credential given." in done.stderr
    assert _node_names(vault) == []
    assert _authorized_keys(node) == ""  # no management key went anywhere


@pytest.mark.lab
@needs_sshd
def test_enrolment_of_an_account_whose_shell_runs_nothing_fails_at_the_proof_and_records_no_node(
    vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    made = lab(["t4"])
    node = made.nodes[0]
    made.authorize(node, bootstrap_key.public_line)
    subprocess.run(["usermod", "-s", "/bin/false", node.user], check=True, capture_output=True)

    done = vault.cli(*enroll_args(node, bootstrap_key))

    assert done.returncode == 1, done.stderr
    assert f"A command over the management key failed on {node.name}" in done.stderr
    assert "Check the account's shell on the node." in done.stderr
    assert _node_names(vault) == []
    audit = vault.cli("audit", "list", "--json", "--limit", "50")
    [refusal] = [e for e in json.loads(audit.stdout) if e["action"] == "node.enroll"]
    assert refusal["outcome"] == "failed"
    assert "A command over the management key failed" in refusal["details"]["reason"]


@pytest.mark.lab
@needs_sshd
def test_enrolling_twice_installs_the_management_key_once_and_a_probe_refuses_a_changed_host_key(
    lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    made = lab(["t4"])
    lab_node = made.nodes[0]
    made.authorize(lab_node, bootstrap_key.public_line)
    node = Node(lab_node.name, lab_node.address, lab_node.port, lab_node.user)
    management = ssh.generate_management_key()

    def enroll() -> ssh.EnrolmentResult:
        return ssh.enroll(node, ssh.Bootstrap(key_path=bootstrap_key.private), management,
                          expected_fingerprint=lab_node.host_key_fingerprint(), confirm=None)

    first, again = enroll(), enroll()

    assert (first.key_installed, again.key_installed) == (True, False)
    key_part = " ".join(management.public_line.split()[:2])
    assert _authorized_keys(lab_node).count(key_part) == 1
    pinned = Node(node.name, node.address, node.port, node.user, pins=(again.pin,))
    private = ssh.load_private_key(management.private_openssh)
    ssh.probe(pinned, private)  # the pin and the management key hold: no error

    lab_node.regenerate_host_key()  # the node was rebuilt, or someone sits in its place

    with pytest.raises(ssh.HostKeyChanged) as refused:
        ssh.probe(pinned, private)
    assert refused.value.message == (
        f"Node {node.name} offered host key {lab_node.host_key_fingerprint()}, not the pinned one."
    )
    assert "`airlock node repin`" in refused.value.hint
