"""The bundle commands end to end through the real `airlock` CLI in subprocesses."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from tests.conftest import Vault, run_cli
from tests.lab.bundle_factory import KEY_PASSPHRASE, TrustLab


def _pass_file(tmp_path: Path) -> Path:
    path = tmp_path / "keypass"
    path.write_text(KEY_PASSPHRASE + "\n")
    path.chmod(0o600)
    return path


def _trust_init(vault: Vault, lab: TrustLab) -> None:
    done = vault.cli("trust", "init", str(lab.root_json), "--fingerprint", lab.fingerprint)
    assert done.returncode == 0, done.stderr


def test_publisher_tooling_end_to_end(vault: Vault, tmp_path: Path) -> None:
    """keygen, init-trust, build, two signers in turn, trust init, verify, import, list."""
    keypass = _pass_file(tmp_path)
    keys = tmp_path / "keys"
    keys.mkdir()
    for name in ("root", "m1", "m2", "u1"):
        done = run_cli("--passphrase-file", str(keypass), "publisher", "keygen", "--out", str(keys / name))
        assert done.returncode == 0, done.stderr
    private = keys / "root"
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    assert b"ENCRYPTED PRIVATE KEY" in private.read_bytes()
    done = run_cli("--passphrase-file", str(keypass), "publisher", "init-trust", "--out", str(tmp_path / "trust"),
                   "--root-key", str(keys / "root.pub"),
                   "--role", f"models={keys / 'm1.pub'},{keys / 'm2.pub'}:2",
                   "--role", f"updates={keys / 'u1.pub'}",
                   "--sign-with", str(keys / "root"))
    assert done.returncode == 0, done.stderr
    fingerprint = done.stdout.strip()
    assert fingerprint.startswith("SHA256:")

    src = tmp_path / "src"
    (src / "weights").mkdir(parents=True)
    (src / "README.md").write_text("# card\n")
    (src / "weights" / "w.bin").write_bytes(os.urandom(300_000))
    args = ["bundle", "build", str(src), "--type", "model", "--name", "tiny", "--version", "1.0.0",
            "--license", "apache-2.0", "--model-card", "README.md", "--format", "safetensors",
            "--split-size", "100K", "--out", str(tmp_path / "out")]
    done = run_cli(*args)
    assert done.returncode == 0, done.stderr
    bundle = Path(done.stdout.strip())
    assert sorted(p.name for p in (bundle / "payload" / "weights").iterdir()) == [
        "w.bin.part000", "w.bin.part001", "w.bin.part002"]

    vault_trust = vault.cli("trust", "init", str(tmp_path / "trust" / "root.json"), "--fingerprint", fingerprint)
    assert vault_trust.returncode == 0, vault_trust.stderr

    run_cli("--passphrase-file", str(keypass), "bundle", "sign", str(bundle), "--key", str(keys / "m1"))
    below = vault.cli("bundle", "verify", str(bundle))
    assert below.returncode == 1
    assert "1 of the 2" in below.stderr
    run_cli("--passphrase-file", str(keypass), "bundle", "sign", str(bundle), "--key", str(keys / "m2"))

    verified = vault.cli("bundle", "verify", str(bundle), "--json")
    assert verified.returncode == 0, verified.stderr
    assert json.loads(verified.stdout)[0]["signers"].__len__() == 2

    imported = vault.cli("bundle", "import", str(bundle))
    assert imported.returncode == 0, imported.stderr
    assert "imported model tiny 1.0.0" in imported.stdout

    listed = vault.cli("bundle", "list", "--json")
    rows = json.loads(listed.stdout)
    assert [(r["name"], r["version"], r["role"], r["imported_by"]) for r in rows] == [("tiny", "1.0.0", "models", "admin")]
    assert vault.cli("bundle", "check-store").returncode == 0

    shown = json.loads(vault.cli("trust", "show", "--json").stdout)
    assert shown["fingerprint"] == fingerprint
    assert shown["publishers"]["models"]["threshold"] == 2


def test_same_input_gives_same_manifest_apart_from_dates(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("a")
    (src / "b.bin").write_bytes(bytes(range(256)) * 100)
    manifests = []
    for out in ("one", "two"):
        done = run_cli("bundle", "build", str(src), "--type", "update", "--name", "u", "--version", "2.0.0",
                       "--split-size", "8K", "--out", str(tmp_path / out))
        assert done.returncode == 0, done.stderr
        data = json.loads((Path(done.stdout.strip()) / "bundle.json").read_text())
        data["signed"].pop("expires")
        data["signed"]["custom"].pop("created")
        manifests.append(data)
    assert manifests[0] == manifests[1]


def test_import_of_a_medium_with_many_bundles(vault: Vault, tmp_path: Path) -> None:
    lab = TrustLab(tmp_path / "lab")
    _trust_init(vault, lab)
    medium = tmp_path / "medium"
    lab.build("alpha", out=medium)
    lab.build("beta", kind="update", out=medium)
    done = vault.cli("bundle", "import", str(medium), "--json")
    assert done.returncode == 0, done.stderr
    assert sorted(r["name"] for r in json.loads(done.stdout)) == ["alpha", "beta"]
    again = vault.cli("bundle", "import", str(medium))
    assert again.returncode == 0
    assert "imported already" in again.stderr


def test_auditor_may_verify_and_list_but_not_import(vault: Vault, tmp_path: Path) -> None:
    lab = TrustLab(tmp_path / "lab")
    _trust_init(vault, lab)
    vault.add_account("audrey", "auditor")
    bundle = lab.build()
    assert vault.cli("bundle", "verify", str(bundle), account="audrey").returncode == 0
    refused = vault.cli("bundle", "import", str(bundle), account="audrey")
    assert refused.returncode == 3
    assert "Permission denied" in refused.stderr
    assert vault.cli("bundle", "list", account="audrey").returncode == 0


@pytest.mark.parametrize("bad", ["SHA256:" + "0" * 64, "not-a-fingerprint"])
def test_trust_init_refuses_a_wrong_fingerprint(vault: Vault, tmp_path: Path, bad: str) -> None:
    lab = TrustLab(tmp_path / "lab")
    done = vault.cli("trust", "init", str(lab.root_json), "--fingerprint", bad)
    assert done.returncode == 1
    assert "fingerprint" in done.stderr
    shown = vault.cli("trust", "show")
    assert shown.returncode == 1
    assert "No trust root is pinned" in shown.stderr
