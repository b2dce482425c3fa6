"""Model deployment through the real CLI against real sshd nodes and ansible-runner.

Policy refusal with nothing sent; deploy with node-side verification; a second deploy that
changes nothing; a corrupted file detected on the node; rollback; an interrupted transfer
that resumes.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.transfer import TransferFailed
from tests.conftest import Vault
from tests.lab import node_fixtures
from tests.lab.bundle_factory import TrustLab
from tests.lab.node_fixtures import BootstrapKey, enroll_with_clearances, needs_sshd
from tests.lab.nodes import Lab, LabNode
from tests.lab.offline_repo import model_bundle

pytestmark = [pytest.mark.lab, needs_sshd]
lab = node_fixtures.lab
bootstrap_key = node_fixtures.bootstrap_key


def _audit(vault: Vault, action: str) -> list[dict[str, object]]:
    done = vault.cli("audit", "list", "--json", "--limit", "500")
    assert done.returncode == 0, done.stderr
    return sorted((e for e in json.loads(done.stdout) if e["action"] == action), key=lambda e: e["seq"])


def _model_src(base: Path, seed: str, size: int = 3 * 1024 * 1024) -> Path:
    src = base / f"src-{seed}"
    (src / "weights").mkdir(parents=True)
    (src / "README.md").write_text(f"# test model {seed}\n")
    (src / "config.json").write_text(json.dumps({"seed": seed}))
    block = hashlib.sha256(seed.encode()).digest() * 1024
    (src / "weights" / "model.safetensors").write_bytes((block * (size // len(block) + 1))[:size])
    return src


def _import_model(vault: Vault, trust: TrustLab, tmp: Path, version: str, classification: str = "internal") -> None:
    bundle = model_bundle(trust, _model_src(tmp, version), "llm", version, classification, split_size=1024 * 1024)
    done = vault.cli("bundle", "import", str(bundle))
    assert done.returncode == 0, done.stderr


@pytest.fixture
def trust(trusted_lab: TrustLab) -> TrustLab:
    return trusted_lab


def _model_dir(node: LabNode) -> Path:
    return node.home / "airlock" / "models" / "llm"


@pytest.mark.slow
def test_classification_above_clearance_is_refused_names_the_nodes_and_sends_nothing(
    vault: Vault, trust: TrustLab, tmp_path: Path, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    made = lab(["t4", "t4"])
    enroll_with_clearances(vault, made, bootstrap_key, ["internal", "secret"])
    _import_model(vault, trust, tmp_path, "1.0.0", classification="confidential")
    done = vault.cli("deploy", "llm@1.0.0", "--to", "gpu-*")
    assert done.returncode == 1
    assert "gpu-00 (internal)" in done.stderr
    assert "gpu-01" not in done.stderr
    assert "confidential" in done.stderr
    for node in made.nodes:
        assert not (node.home / "airlock" / "models").exists()
    refused = _audit(vault, "deploy.model")
    assert [e["outcome"] for e in refused] == ["refused"]
    assert "gpu-00 (internal)" in str(refused[0]["details"]["reason"])
    assert json.loads(vault.cli("deployments", "--json").stdout) == []
    # The node cleared for secret alone may take it.
    done = vault.cli("deploy", "llm@1.0.0", "--to", "gpu-01", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["changed"] == ["gpu-01"]


@pytest.mark.slow
def test_deploy_verifies_on_the_node_is_idempotent_detects_corruption_and_rolls_back(
    vault: Vault, trust: TrustLab, tmp_path: Path, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    made = lab(["t4", "t4"])
    enroll_with_clearances(vault, made, bootstrap_key, ["secret", "internal"])
    vault.add_account("olga", "operator")
    _import_model(vault, trust, tmp_path, "1.0.0")
    src = tmp_path / "src-1.0.0"

    done = vault.cli("deploy", "llm", "--to", "gpu-*", "--json", account="olga")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["changed"] == ["gpu-00", "gpu-01"]
    for node in made.nodes:
        current = _model_dir(node) / "current"
        assert current.is_symlink()
        assert current.readlink() == Path("versions/1.0.0")
        assert (current / "weights" / "model.safetensors").read_bytes() == (src / "weights" / "model.safetensors").read_bytes()
        assert (node.home / "airlock" / "serving-restarted").exists()
        (node.home / "airlock" / "serving-restarted").unlink()
    shown = json.loads(vault.cli("deployments", "--node", "gpu-00", "--json").stdout)
    assert [(d["name"], d["version"], d["deployed_by"]) for d in shown] == [("llm", "1.0.0", "olga")]

    # A second run changes nothing: nothing sent again, no task changed, no new record.
    again = vault.cli("deploy", "llm@1.0.0", "--to", "gpu-*", "--json")
    assert again.returncode == 0, again.stderr
    second = json.loads(again.stdout)
    assert second["changed"] == []
    assert second["unchanged"] == ["gpu-00", "gpu-01"]
    assert all(t["sent_bytes"] == 0 for t in second["transfer"].values())
    job = json.loads(vault.cli("jobs", "show", str(second["job"]), "--json").stdout)
    assert {h: c["changed"] for h, c in job["summary"]["hosts"].items()} == {"gpu-00": 0, "gpu-01": 0}
    assert not any((node.home / "airlock" / "serving-restarted").exists() for node in made.nodes)

    _import_model(vault, trust, tmp_path, "2.0.0")
    done = vault.cli("deploy", "llm@2.0.0", "--to", "gpu-*")
    assert done.returncode == 0, done.stderr
    node = made.nodes[0]
    assert (_model_dir(node) / "current").readlink() == Path("versions/2.0.0")
    assert (_model_dir(node) / "previous").readlink() == Path("versions/1.0.0")

    # A file altered on the node (same length) is caught by the node-side check.
    weights = _model_dir(node) / "versions" / "2.0.0" / "weights" / "model.safetensors"
    data = bytearray(weights.read_bytes())
    data[1000] ^= 0xFF
    weights.write_bytes(bytes(data))
    (_model_dir(node) / "current").unlink()
    (_model_dir(node) / "current").symlink_to("versions/1.0.0")
    failed = vault.cli("deploy", "llm@2.0.0", "--to", "gpu-00")
    assert failed.returncode == 1
    assert "SHA-256 mismatch" in failed.stderr
    assert "weights/model.safetensors" in failed.stderr
    assert (_model_dir(node) / "current").readlink() == Path("versions/1.0.0")
    assert not weights.exists()
    assert _audit(vault, "deploy.model")[-1]["outcome"] == "failed"
    # Deploying again sends the removed file and goes live.
    repaired = vault.cli("deploy", "llm@2.0.0", "--to", "gpu-00", "--json")
    assert repaired.returncode == 0, repaired.stderr
    assert (_model_dir(node) / "current").readlink() == Path("versions/2.0.0")

    rolled = vault.cli("rollback", "llm", "--on", "gpu-*", "--json")
    assert rolled.returncode == 0, rolled.stderr
    assert sorted(json.loads(rolled.stdout)["changed"]) == ["gpu-00", "gpu-01"]
    for each in made.nodes:
        assert (_model_dir(each) / "current").readlink() == Path("versions/1.0.0")
    rows = json.loads(vault.cli("deployments", "--json").stdout)
    assert {(r["node"], r["version"], r["kind"]) for r in rows} == {("gpu-00", "1.0.0", "rollback"),
                                                                    ("gpu-01", "1.0.0", "rollback")}
    assert [e["outcome"] for e in _audit(vault, "deploy.rollback")] == ["ok"]


@pytest.mark.slow
def test_verify_full_rehashes_what_the_record_vouches_for(
    vault: Vault, trust: TrustLab, tmp_path: Path, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    made = lab(["t4"])
    enroll_with_clearances(vault, made, bootstrap_key, ["secret"])
    _import_model(vault, trust, tmp_path, "1.0.0")
    assert vault.cli("deploy", "llm@1.0.0", "--to", "gpu-00").returncode == 0
    versions = _model_dir(made.nodes[0]) / "versions"
    weights = versions / "1.0.0" / "weights" / "model.safetensors"
    record = versions / "1.0.0.received.json"
    # Bytes that rot under an unchanged record: the record is rewritten to match the file's
    # new identity, as if the change had left size, times and inode alone.
    data = bytearray(weights.read_bytes())
    data[7] ^= 0x01
    weights.write_bytes(bytes(data))
    body = json.loads(record.read_text())
    info = weights.stat()
    body["files"]["1.0.0/weights/model.safetensors"].update(
        size=info.st_size, mtime_ns=info.st_mtime_ns, ctime_ns=info.st_ctime_ns, ino=info.st_ino, dev=info.st_dev)
    record.write_text(json.dumps(body))
    assert vault.cli("deploy", "llm@1.0.0", "--to", "gpu-00").returncode == 0  # the cheap guard trusts the record
    full = vault.cli("deploy", "llm@1.0.0", "--to", "gpu-00", "--verify-full")
    assert full.returncode == 1
    assert "SHA-256 mismatch" in full.stderr
    assert "weights/model.safetensors" in full.stderr
    assert not weights.exists()
    assert _audit(vault, "deploy.model")[-1]["details"]["verify_full"] is True
    assert vault.cli("deploy", "llm@1.0.0", "--to", "gpu-00").returncode == 0
    assert hashlib.sha256(weights.read_bytes()).hexdigest() == hashlib.sha256(
        (tmp_path / "src-1.0.0" / "weights" / "model.safetensors").read_bytes()).hexdigest()


def test_an_auditor_may_not_deploy(
    vault: Vault, trust: TrustLab, tmp_path: Path, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    vault.add_account("ada", "auditor")
    _import_model(vault, trust, tmp_path, "1.0.0")
    # A request that cannot be carried out says why, whoever asks (issue 18: honest refusals).
    nowhere = vault.cli("deploy", "llm", "--to", "all", account="ada")
    assert nowhere.returncode == 2
    assert "matches no node" in nowhere.stderr
    enroll_with_clearances(vault, lab(["t4"]), bootstrap_key, ["internal"])
    done = vault.cli("deploy", "llm", "--to", "all", account="ada")
    assert done.returncode == 3
    assert "may not" in done.stderr


@pytest.mark.slow
def test_an_interrupted_transfer_resumes_and_the_node_hash_matches(
    vault: Vault, trust: TrustLab, tmp_path: Path, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    from app.core.errors import Cancelled
    from app.core.transfer import FileToSend, PinnedSsh, push

    made = lab(["t4"])
    enroll_with_clearances(vault, made, bootstrap_key, ["secret"])
    node_dir = made.nodes[0].home / "airlock" / "incoming"
    source = tmp_path / "big.bin"
    source.write_bytes(hashlib.sha256(b"x").digest() * (12 * 1024 * 1024 // 32))
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    record = node_dir / "received.json"
    item = FileToSend(source, f"{node_dir}/big.bin", source.stat().st_size, digest, str(record))
    with vault.open() as session:
        node = session._nodes_rows()[0]
        key = session._nodes_management_key().private_openssh
    cancel = threading.Event()
    sent = {"bytes": 0}

    def advance(count: int) -> None:
        sent["bytes"] += count
        if sent["bytes"] >= 3 * 1024 * 1024:
            cancel.set()

    def node_sha256(path: Path) -> str:
        return hashlib.sha256(path.read_bytes()).hexdigest()

    with PinnedSsh([node], key, tmp_path / "s") as ssh:
        with pytest.raises(Cancelled):
            push(ssh, node, [item], advance, cancel)
        partial = node_dir / "big.bin.partial"
        kept = partial.stat().st_size
        assert 0 < kept < item.length
        assert not (node_dir / "big.bin").exists()
        assert not record.exists()
        report = push(ssh, node, [item])
        assert report.resumed == {item.remote: kept}
        assert report.sent_bytes == item.length - kept
        assert node_sha256(node_dir / "big.bin") == digest
        assert not partial.exists()
        # The node noted the hash it computed from the stream, with the file's identity.
        noted = json.loads(record.read_text())["files"]["big.bin"]
        info = (node_dir / "big.bin").stat()
        assert noted == {"sha256": digest, "size": info.st_size, "mtime_ns": info.st_mtime_ns,
                         "ctime_ns": info.st_ctime_ns, "ino": info.st_ino, "dev": info.st_dev}
        # Complete at its length: not sent again.
        again = push(ssh, node, [item])
        assert (again.sent_bytes, again.skipped) == (0, [item.remote])
        # A partial file whose prefix differs is started again, not continued.
        (node_dir / "big.bin").rename(partial)
        with partial.open("r+b") as handle:
            handle.truncate(1024 * 1024)
            handle.seek(10)
            handle.write(b"garbage")
        report = push(ssh, node, [item])
        assert report.restarted == [item.remote]
        assert report.sent_bytes == item.length
        assert node_sha256(node_dir / "big.bin") == digest
        # Bytes that do not hash as expected never become the file.
        (node_dir / "big.bin").unlink()
        wrong = FileToSend(source, item.remote, item.length, "0" * 64, str(record))
        with pytest.raises(TransferFailed, match="SHA-256"):
            push(ssh, node, [wrong])
        assert not (node_dir / "big.bin").exists()
        assert not partial.exists()


@pytest.mark.slow
def test_a_changed_host_key_stops_the_transfer_before_any_byte(
    vault: Vault, trust: TrustLab, tmp_path: Path, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    from app.core.ssh import HostKeyChanged
    from app.core.transfer import FileToSend, PinnedSsh, push

    made = lab(["t4"])
    enroll_with_clearances(vault, made, bootstrap_key, ["secret"])
    with vault.open() as session:
        node = session._nodes_rows()[0]
        key = session._nodes_management_key().private_openssh
    made.nodes[0].regenerate_host_key()
    source = tmp_path / "small.bin"
    source.write_bytes(b"x" * 4096)
    target = made.nodes[0].home / "airlock" / "incoming" / "small.bin"
    item = FileToSend(source, str(target), 4096, hashlib.sha256(b"x" * 4096).hexdigest())
    with PinnedSsh([node], key, tmp_path / "s") as ssh, pytest.raises(HostKeyChanged, match="pinned host key"):
        push(ssh, node, [item])
    assert not target.parent.exists()
