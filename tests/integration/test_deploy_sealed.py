"""Deploying from the encrypted store to real sshd nodes: plaintext only on the nodes, damage refused.

A deployment decrypts each object while it streams (never to a file on the appliance); an
object with a flipped byte or swapped chunks is refused before any node switches to it,
the refusal is audited and names the object, and nothing in the store changed.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.bundles import store
from app.core.bundles.objects import CHUNK_PLAIN, chunk_offset
from tests.conftest import Vault
from tests.lab import node_fixtures
from tests.lab.bundle_factory import TrustLab
from tests.lab.node_fixtures import BootstrapKey, enroll_with_clearances, needs_sshd
from tests.lab.nodes import Lab
from tests.lab.offline_repo import model_bundle
from tests.lab.sealed_store import plaintext_found

pytestmark = [pytest.mark.lab, needs_sshd]
lab = node_fixtures.lab
bootstrap_key = node_fixtures.bootstrap_key


def _model(base: Path) -> dict[str, bytes]:
    src = base / "src"
    files = {
        "README.md": b"# sealed model\n" * 8,
        "weights/model.safetensors": hashlib.sha256(b"w").digest() * (3 * CHUNK_PLAIN // 32 + 100),
    }
    for rel, data in files.items():
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        (src / rel).write_bytes(data)
    return files


def _deploy_audit(vault: Vault) -> list[dict[str, object]]:
    done = vault.cli("audit", "list", "--json", "--limit", "500")
    return [e for e in json.loads(done.stdout) if e["action"] == "deploy.model"]


@pytest.fixture
def sealed_model(vault: Vault, trusted_lab: TrustLab, tmp_path: Path) -> dict[str, bytes]:
    files = _model(tmp_path)
    bundle = model_bundle(trusted_lab, tmp_path / "src", "sealed", "1.0.0", split_size=2 * CHUNK_PLAIN)
    done = vault.cli("bundle", "import", str(bundle))
    assert done.returncode == 0, done.stderr
    return files


@pytest.mark.slow
def test_a_deploy_decrypts_while_streaming_and_the_nodes_get_the_signed_bytes(
    vault: Vault, sealed_model: dict[str, bytes], lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    made = lab(["t4", "t4"])
    enroll_with_clearances(vault, made, bootstrap_key, ["secret", "secret"])

    done = vault.cli("deploy", "sealed@1.0.0", "--to", "gpu-*", "--json")

    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["changed"] == ["gpu-00", "gpu-01"]
    for node in made.nodes:
        current = node.home / "airlock" / "models" / "sealed" / "current"
        for rel, data in sealed_model.items():
            assert (current / rel).read_bytes() == data
    assert plaintext_found(vault.data_dir, sealed_model) == []  # no plaintext copy left on the appliance


def _swap_chunks(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    first, second = slice(chunk_offset(1), chunk_offset(2)), slice(chunk_offset(2), chunk_offset(3))
    raw[first], raw[second] = bytes(raw[second]), bytes(raw[first])
    path.write_bytes(raw)


def _flip_byte(path: Path) -> None:
    raw = bytearray(path.read_bytes())
    raw[chunk_offset(2) + 1000] ^= 0x08
    path.write_bytes(raw)


@pytest.mark.slow
@pytest.mark.parametrize(("damage", "chunk"), [(_flip_byte, 2), (_swap_chunks, 1)])
def test_a_damaged_object_is_refused_at_deploy_and_no_node_switches(
    vault: Vault, sealed_model: dict[str, bytes], lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
    damage: Callable[[Path], None], chunk: int,
) -> None:
    made = lab(["t4", "t4"])
    enroll_with_clearances(vault, made, bootstrap_key, ["secret", "secret"])
    weights = store.object_path(vault.data_dir, hashlib.sha256(sealed_model["weights/model.safetensors"]).hexdigest())
    damage(weights)
    before = weights.read_bytes()

    done = vault.cli("deploy", "sealed@1.0.0", "--to", "gpu-*")

    assert done.returncode == 1
    assert f"Chunk {chunk} of stored object {weights.name} does not authenticate" in done.stderr
    for node in made.nodes:
        assert not (node.home / "airlock" / "models" / "sealed" / "current").exists()
    [refused] = _deploy_audit(vault)
    assert refused["outcome"] == "failed"
    assert weights.name in str(refused["details"]["reason"])
    assert weights.read_bytes() == before
    check = vault.cli("bundle", "check-store", "--json")
    assert check.returncode == 1
    assert json.loads(check.stdout)["problems"] == [
        f"Chunk {chunk} of stored object {weights.name} does not authenticate (altered, moved or from another object)."
    ]
