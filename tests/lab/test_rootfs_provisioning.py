"""Offline provisioning on nodes with real Debian root file systems (lab.md, issue 5).

An offline repository is built in the test (dummy driver, toolkit and tool .debs made with
dpkg-deb, indexed with dpkg-scanpackages and apt-ftparchive), wrapped in signed update
bundles, imported, and baseline, gpu_driver and apply_update really install from it with
apt, on nodes whose network namespace has no route anywhere but the appliance.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Vault
from tests.lab.bundle_factory import TrustLab
from tests.lab.node_fixtures import BootstrapKey, needs_sshd
from tests.lab.offline_repo import (
    DRIVER,
    TOOL,
    TOOLKIT,
    build_repo,
    driver_package,
    tool_package,
    toolkit_package,
    update_bundle,
)
from tests.lab.rootfs import RootfsLab, RootfsNode

pytest_plugins = ["tests.lab.rootfs_conftest"]
pytestmark = [pytest.mark.lab, pytest.mark.slow, needs_sshd]

NTP_SERVER = "10.200.0.1"


def _ok(done: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert done.returncode == 0, done.stderr[-3000:]
    return done


def _import(vault: Vault, bundle: Path) -> None:
    _ok(vault.cli("bundle", "import", str(bundle)))


def _job_changes(vault: Vault, job_id: int) -> dict[str, int]:
    job = json.loads(_ok(vault.cli("jobs", "show", str(job_id), "--json")).stdout)
    return {host: counts["changed"] for host, counts in job["summary"]["hosts"].items()}


def _installed(node: RootfsNode, package: str) -> str:
    done = subprocess.run(["chroot", str(node.root), "dpkg-query", "-W", "-f=${Status} ${Version}", package],
                          capture_output=True, text=True, check=False)
    return done.stdout if done.returncode == 0 else ""


def _enroll(vault: Vault, made: RootfsLab, key: BootstrapKey) -> None:
    for node in made.nodes:
        node.authorize(key.public_line)
        _ok(vault.cli("node", "enroll", node.name, "--address", node.address, "--user", node.user,
                      "--bootstrap-key", str(key.private), "--fingerprint", node.host_key_fingerprint(),
                      "--label", "clearance=secret", "--var", "airlock_service_manager=none",
                      "--var", "airlock_reboot_allowed=false"))


def test_baseline_gpu_driver_and_updates_install_from_imported_bundles(
    vault: Vault, tmp_path: Path, rootfs_lab: Callable[[int], RootfsLab], bootstrap_key: BootstrapKey,
) -> None:
    made = rootfs_lab(2)
    trust = TrustLab(tmp_path / "publisher")
    _ok(vault.cli("trust", "init", str(trust.root_json), "--fingerprint", trust.fingerprint))
    _enroll(vault, made, bootstrap_key)
    _import(vault, update_bundle(trust, build_repo(tmp_path / "base-1.0", [tool_package("1.0")]), "enclave-base", "1.0.0"))
    stack = build_repo(tmp_path / "nvidia", [driver_package(), toolkit_package()])
    _import(vault, update_bundle(trust, stack, "nvidia-stack", "535.104.5"))

    # Baseline: the imported repository becomes the only source; sshd and time hardened.
    first = json.loads(_ok(vault.cli("deploy", "enclave-base@1.0.0", "--to", "rgpu-*", "--playbook", "baseline",
                                     "-e", f"airlock_ntp_server={NTP_SERVER}", "--json")).stdout)
    assert sorted(first["changed"]) == ["rgpu-00", "rgpu-01"]
    for node in made.nodes:
        assert "deb.debian.org" not in node.path("/etc/apt/sources.list").read_text()
        sources = sorted(p.name for p in node.path("/etc/apt/sources.list.d").iterdir())
        assert sources == ["airlock-enclave-base.list"]
        assert "file:/srv/airlock/repos/enclave-base/current" in node.path(
            "/etc/apt/sources.list.d/airlock-enclave-base.list").read_text()
        assert f"server {NTP_SERVER} iburst" in node.path("/etc/chrony/sources.d/airlock.sources").read_text()
        assert not any(line.startswith("pool ") for line in node.path("/etc/chrony/chrony.conf").read_text().splitlines())
        assert "PermitRootLogin no" in node.path("/etc/ssh/sshd_config.d/10-airlock-hardening.conf").read_text()
    again = json.loads(_ok(vault.cli("deploy", "enclave-base@1.0.0", "--to", "rgpu-*", "--playbook", "baseline",
                                     "-e", f"airlock_ntp_server={NTP_SERVER}", "--json")).stdout)
    assert _job_changes(vault, again["job"]) == {"rgpu-00": 0, "rgpu-01": 0}

    # GPU driver and toolkit from the offline repository, verified with nvidia-smi.
    driver = json.loads(_ok(vault.cli("deploy", "nvidia-stack", "--to", "rgpu-*", "--playbook", "gpu_driver",
                                      "--json")).stdout)
    for node in made.nodes:
        assert _installed(node, DRIVER) == "install ok installed 535.104.05"
        assert _installed(node, TOOLKIT) == "install ok installed 1.14.3"
    job = json.loads(_ok(vault.cli("jobs", "show", str(driver["job"]), "--json")).stdout)
    assert {r["host"] for r in job["results"] if r["task"] == "Ask the driver for the GPUs" and r["status"] == "ok"} \
        == {"rgpu-00", "rgpu-01"}
    again = json.loads(_ok(vault.cli("deploy", "nvidia-stack", "--to", "rgpu-*", "--playbook", "gpu_driver",
                                     "--json")).stdout)
    assert _job_changes(vault, again["job"]) == {"rgpu-00": 0, "rgpu-01": 0}

    # Updates under dual control: refused without a second account, applied with one.
    vault.add_account("olga", "operator")
    with vault.open() as session:
        session.set_setting("dual_control", "deploy.update")
    refused = vault.cli("deploy", "enclave-base@1.0.0", "--to", "rgpu-*")
    assert refused.returncode == 3
    assert "dual control" in refused.stderr
    approver = ["--approver", "olga", "--approver-passphrase-file", str(vault.passphrase_file("olga"))]
    _ok(vault.cli(*approver, "deploy", "enclave-base@1.0.0", "--to", "rgpu-*"))
    assert all(_installed(node, TOOL) == "install ok installed 1.0" for node in made.nodes)
    _import(vault, update_bundle(trust, build_repo(tmp_path / "base-1.1", [tool_package("1.1")]), "enclave-base", "1.1.0"))
    update = json.loads(_ok(vault.cli(*approver, "deploy", "enclave-base", "--to", "rgpu-*", "--json")).stdout)
    assert sorted(update["changed"]) == ["rgpu-00", "rgpu-01"]
    for node in made.nodes:
        assert _installed(node, TOOL) == "install ok installed 1.1"
        done = subprocess.run(["chroot", str(node.root), "airlock-test-tool"], capture_output=True, text=True, check=True)
        assert done.stdout.strip() == "airlock-test-tool 1.1"
    again = json.loads(_ok(vault.cli(*approver, "deploy", "enclave-base", "--to", "rgpu-*", "--json")).stdout)
    assert _job_changes(vault, again["job"]) == {"rgpu-00": 0, "rgpu-01": 0}
    audit = json.loads(_ok(vault.cli("audit", "list", "--json", "--limit", "500")).stdout)
    updates = sorted((e for e in audit if e["action"] == "deploy.update" and e["outcome"] == "ok"), key=lambda e: e["seq"])
    assert updates
    assert all(e["details"]["approved_by"] == "olga" for e in updates[-3:])
    shown = json.loads(_ok(vault.cli("node", "show", "rgpu-00", "--json")).stdout)
    assert {(d["name"], d["version"]) for d in shown["deployments"]} == {("enclave-base", "1.1.0"),
                                                                        ("nvidia-stack", "535.104.5")}
