"""Nodes and jobs over time, on real sshd nodes with real ansible-playbook.

- A node's labels change in place (pins, facts and health history stay); raising its
  clearance is an admin's act under dual control; placement follows from the next
  deployment on.
- `airlock jobs cancel ID` stops a job running in another process: a shell, or the
  desktop application's worker thread, and says who asked.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.audit_helpers import audited
from tests.conftest import REPO, Vault
from tests.lab import node_fixtures
from tests.lab.bundle_factory import TrustLab
from tests.lab.node_fixtures import BootstrapKey, enroll_in_session, enroll_with_clearances, needs_sshd
from tests.lab.nodes import Lab
from tests.lab.offline_repo import model_bundle

pytestmark = [pytest.mark.lab, pytest.mark.slow, needs_sshd]
lab = node_fixtures.lab
bootstrap_key = node_fixtures.bootstrap_key



def _node(vault: Vault, name: str) -> dict[str, object]:
    done = vault.cli("node", "show", name, "--json")
    assert done.returncode == 0, done.stderr
    shown: dict[str, object] = json.loads(done.stdout)
    return shown


def _confidential_model(vault: Vault, trusted_lab: TrustLab, tmp_path: Path) -> None:
    src = tmp_path / "model"
    (src / "weights").mkdir(parents=True)
    (src / "README.md").write_text("# A confidential model\n")
    (src / "weights" / "model.safetensors").write_bytes(os.urandom(256 * 1024))
    bundle = model_bundle(trusted_lab, src, "llm", "1.0.0", "confidential")
    assert vault.cli("bundle", "import", str(bundle)).returncode == 0


def test_labels_change_in_place_and_placement_follows_them(
    vault: Vault, trusted_lab: TrustLab, tmp_path: Path, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    made = lab(["t4"])
    enroll_with_clearances(vault, made, bootstrap_key, ["internal"])
    assert vault.cli("run", "health", timeout=300).returncode == 0
    before = _node(vault, "gpu-00")
    _confidential_model(vault, trusted_lab, tmp_path)
    vault.add_account("olga", "operator")
    vault.add_account("carol", "admin")
    with vault.open() as session:
        session.set_dual_control({"node.clearance.raise"})

    refused = vault.cli("deploy", "llm", "--to", "gpu-00")
    assert refused.returncode == 1
    assert "gpu-00 (internal)" in refused.stderr

    # An operator changes ordinary labels, but may not raise a clearance.
    assert vault.cli("node", "label", "gpu-00", "site=north", "roles=gpu+serving", account="olga").returncode == 0
    denied = vault.cli("node", "label", "gpu-00", "clearance=confidential", account="olga")
    assert denied.returncode == 3
    assert "node.clearance.raise" in denied.stderr
    alone = vault.cli("node", "label", "gpu-00", "clearance=confidential")
    assert alone.returncode == 3
    assert "--approver" in alone.stderr
    raised = vault.cli("--approver", "carol", "--approver-passphrase-file", str(vault.passphrase_file("carol")),
                       "node", "label", "gpu-00", "clearance=confidential", "--json")
    assert raised.returncode == 0, raised.stderr
    entry = audited(vault, "node.clearance.raise")[-1]
    assert entry["outcome"] == "ok"
    assert entry["details"]["approved_by"] == "carol"  # type: ignore[index]
    assert entry["details"]["old"]["clearance"] == "internal"  # type: ignore[index]
    assert entry["details"]["new"]["clearance"] == "confidential"  # type: ignore[index]

    after = _node(vault, "gpu-00")
    assert after["labels"] == {"clearance": "confidential", "roles": "gpu+serving", "site": "north"}
    for kept in ("host_keys", "enrolled_at", "health", "facts"):
        assert after[kept] == before[kept], f"{kept} survives a label change"

    deployed = vault.cli("deploy", "llm", "--to", "site=north", "--json", timeout=300)
    assert deployed.returncode == 0, deployed.stderr
    assert json.loads(deployed.stdout)["changed"] == ["gpu-00"]

    # Lowering is an operator's call, and the next deployment is refused again.
    assert vault.cli("node", "label", "gpu-00", "--remove", "clearance", account="olga").returncode == 0
    assert audited(vault, "node.label")[-1]["details"]["changed"] == ["clearance"]  # type: ignore[index]
    again = vault.cli("deploy", "llm", "--to", "gpu-00")
    assert again.returncode == 1
    assert "no clearance label" in again.stderr


def test_a_template_in_a_label_is_refused_and_audited_and_nothing_changes(
    vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    made = lab(["t4"])
    with vault.open() as session:
        enroll_in_session(session, made, bootstrap_key, {"gpu-00": ["site=south"]})
    for value in ("site={{ lookup('pipe','id') }}", "site={% raw %}x", "zone={#c#}"):
        done = vault.cli("node", "label", "gpu-00", value)
        assert done.returncode == 2, done.stderr
    assert vault.cli("node", "label", "gpu-00", "--remove", "zone").returncode == 1
    assert vault.cli("node", "label", "gpu-00", "clearance=cosmic").returncode == 2
    assert _node(vault, "gpu-00")["labels"] == {"site": "south"}
    refusals = [e for e in audited(vault, "node.label") if e["outcome"] == "refused"]
    assert len(refusals) == 5


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIRLOCK_")}
    env.update(AIRLOCK_KDF_SECONDS="0", PYTHONPATH=str(REPO))
    return env


def _shell(vault: Vault, *args: str, start_new_session: bool = False) -> subprocess.Popen[str]:
    """`airlock ARGS` as admin in another process (another shell), its stderr readable."""
    argv = [sys.executable, "-m", "app", "--data-dir", str(vault.data_dir), "--passphrase-file",
            str(vault.passphrase_file("admin")), "--account", "admin", *args]
    return subprocess.Popen(argv, stderr=subprocess.PIPE, text=True, env=_env(), cwd=REPO,
                            start_new_session=start_new_session)


def _running_job(vault: Vault) -> int:
    with vault.open() as session:
        row = session.conn.execute("SELECT id FROM jobs WHERE status = 'running'").fetchone()
    assert row is not None
    return int(row[0])


def test_a_job_started_in_another_shell_is_cancelled_by_another_account(
    vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    made = lab(["t4", "hung"])
    with vault.open() as session:
        enroll_in_session(session, made, bootstrap_key)
    vault.add_account("olga", "operator")
    process = _shell(vault, "run", "health", "--timeout", "600")
    try:
        assert process.stderr is not None
        assert "gpu-00" in process.stderr.readline()  # the healthy node answered: the job runs
        job_id = _running_job(vault)
        done = vault.cli("jobs", "cancel", str(job_id), account="olga", timeout=180)
        assert done.returncode == 0, done.stderr
        assert f"Job {job_id} ended: canceled" in done.stderr
        assert process.wait(timeout=120) == 1
        tail = process.stderr.read()
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        if process.stderr is not None:
            process.stderr.close()
    assert f"job {job_id}: canceled" in tail
    job = json.loads(vault.cli("jobs", "show", str(job_id), "--json").stdout)
    assert job["status"] == "canceled"
    assert job["cancel_requested"]["requested_by"] == "olga"
    cancel = audited(vault, "job.cancel")[-1]
    assert cancel["actor"] == "olga"
    assert cancel["details"]["started_by"] == "admin"  # type: ignore[index]
    assert audited(vault, "job.finish")[-1]["details"]["status"] == "canceled"  # type: ignore[index]
    ended = vault.cli("jobs", "cancel", str(job_id))
    assert ended.returncode == 1
    assert "not running" in ended.stderr


def test_a_job_run_by_the_desktop_process_is_cancelled_from_a_shell(
    vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    made = lab(["t4", "hung"])
    with vault.open() as session:
        enroll_in_session(session, made, bootstrap_key)
    started = threading.Event()
    result: dict[str, object] = {}
    desktop = vault.open()  # the desktop application's session: its jobs run on a worker thread

    def worker() -> None:
        result["job"] = desktop.run_playbook("health", on_result=lambda _r: started.set())

    thread = threading.Thread(target=worker)
    thread.start()
    try:
        assert started.wait(120)
        job_id = _running_job(vault)
        done = vault.cli("jobs", "cancel", str(job_id), timeout=180)
        assert done.returncode == 0, done.stderr
        thread.join(120)
        assert not thread.is_alive()
    finally:
        thread.join(300)
        desktop.close()
    assert result["job"]["status"] == "canceled"  # type: ignore[index]


def test_cancelling_a_job_whose_process_died_reports_it_interrupted(
    vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    made = lab(["t4", "hung"])
    with vault.open() as session:
        enroll_in_session(session, made, bootstrap_key)
    process = _shell(vault, "run", "health", start_new_session=True)
    assert process.stderr is not None
    process.stderr.readline()
    job_id = _running_job(vault)
    os.killpg(process.pid, 9)
    process.wait(timeout=30)
    process.stderr.close()
    done = vault.cli("jobs", "cancel", str(job_id))
    assert done.returncode == 1
    assert "it ended interrupted" in done.stderr
    assert vault.cli("jobs", "cancel", "424242").returncode == 1
    assert vault.cli("jobs", "cancel", "0").returncode == 2
