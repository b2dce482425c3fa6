"""Replacing the appliance: a backup restored elsewhere reaches the nodes enrolled before it.

A real sshd node is enrolled (its host key pinned, the management key installed), a model
is deployed to it, the appliance is backed up with its store and restored into another data
directory, standing in for a new machine. The restored appliance has the same accounts,
nodes, pins, bundles, deployments, settings and log, and runs a job on the node with no
re-enrolment. The medium, searched byte by byte, names none of it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Vault, run_cli
from tests.lab import node_fixtures
from tests.lab.backup_factory import AUDITOR, OPERATOR, cli_json, medium_files, snapshot_of, stock
from tests.lab.bundle_factory import TrustLab
from tests.lab.node_fixtures import BootstrapKey, deploy_variables, enroll_in_session, needs_sshd
from tests.lab.nodes import Lab

pytestmark = [pytest.mark.lab, pytest.mark.slow, needs_sshd]
lab = node_fixtures.lab
bootstrap_key = node_fixtures.bootstrap_key
LABELS = ["clearance=internal", "site=northwind-depot", "rack=quokka-seven"]


def test_a_restored_appliance_reaches_the_enrolled_nodes_and_the_medium_names_nothing(
    vault: Vault, trusted_lab: TrustLab, tmp_path: Path, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    made = lab(["t4"])
    node = made.nodes[0]
    stocked = stock(vault, trusted_lab)
    with vault.open() as session:
        enroll_in_session(session, made, bootstrap_key, {node.name: LABELS}, extra_variables=deploy_variables)
    done = vault.cli("deploy", "llm@1.0.0", "--to", node.name)
    assert done.returncode == 0, done.stderr
    assert cli_json(vault, "deployments")

    medium = tmp_path / "usb"
    medium.mkdir()
    backup = stocked.backup(medium, "--with-store")
    manifest_size = int(cli_json(vault, "backup", "verify", str(backup))["audit_size"])
    expected = snapshot_of(vault, audit_entries=manifest_size)
    expected_node = cli_json(vault, "node", "show", node.name)
    expected_deployments = cli_json(vault, "deployments")

    # Nothing the vault holds can be read on the medium, and no file of it is an SQLite database.
    words = [node.name, node.address, f"{node.address}:{node.port}", node.user, "northwind-depot", "quokka-seven",
             OPERATOR, AUDITOR, node.host_key_fingerprint(), "BEGIN OPENSSH PRIVATE KEY", "llm"]
    for path in medium_files(medium):
        data = path.read_bytes()
        for word in words:
            if word == "llm" and "airlock-objects" in path.parts:
                continue  # payload bytes are the store's business (encrypted at rest there)
            assert word.encode() not in data, f"{word!r} is readable in {path}"
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            with pytest.raises(sqlite3.DatabaseError):
                connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()

    # The new machine: another data directory, restored from the medium alone.
    target = tmp_path / "new-appliance" / "data"
    done = run_cli("backup", "restore", str(backup), data_dir=target, passphrase_file=vault.passphrase_file("admin"),
                   account="admin")
    assert done.returncode == 0, done.stderr
    restored = snapshot_of(vault, target)
    for part in ("accounts", "bundles", "trust", "nodes"):
        assert restored[part] == expected[part], part
    assert restored["audit"][: len(expected["audit"])] == expected["audit"]
    assert restored["audit"][len(expected["audit"])]["action"] == "backup.restore"
    shown = cli_json(vault, "node", "show", node.name, data_dir=target)
    assert shown["host_keys"] == expected_node["host_keys"]
    assert node.host_key_fingerprint() in {pin["fingerprint"] for pin in shown["host_keys"]}
    assert shown["labels"] == expected_node["labels"]
    assert shown["deployments"] == expected_node["deployments"]
    assert cli_json(vault, "deployments", data_dir=target) == expected_deployments
    for check in (("audit", "verify"), ("bundle", "check-store")):
        done = run_cli(*check, data_dir=target, passphrase_file=vault.passphrase_file("admin"), account="admin")
        assert done.returncode == 0, (check, done.stdout, done.stderr)

    # It reaches the node with the pins and the management key that came along: no re-enrolment.
    done = run_cli("run", "facts", "--limit", node.name, data_dir=target,
                   passphrase_file=vault.passphrase_file("admin"), account="admin", timeout=300)
    assert done.returncode == 0, done.stderr
    jobs = cli_json(vault, "jobs", "list", data_dir=target)
    assert jobs[0]["playbook"] == "facts"
    assert jobs[0]["succeeded"] is True
