"""Jobs on real lab nodes: facts and health through the CLI, live events, cancel, timeout,
no private key on disk, crash reconciliation."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core import facts
from app.core.jobs import JobSettings, TaskResult
from app.core.messages import Message
from tests.conftest import REPO, Vault
from tests.lab.node_fixtures import BootstrapKey, bootstrap_key_fixture, enroll_in_session, lab_fixture, needs_sshd  # noqa: F401 - fixtures
from tests.lab.nodes import NVIDIA_DIR, Lab

pytestmark = [pytest.mark.lab, pytest.mark.slow, needs_sshd]


def _enrolled(vault: Vault, lab: Callable[..., Lab], key: BootstrapKey, profiles: list[str]) -> Lab:
    made = lab(profiles)
    with vault.open() as session:
        enroll_in_session(session, made, key, {n.name: ["site=north" if i % 2 else "site=south"]
                                              for i, n in enumerate(made.nodes)})
    return made


def _json(vault: Vault, *args: str) -> object:
    done = vault.cli(*args, "--json")
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_facts_and_health_on_four_nodes_through_the_cli(
    vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    profiles = ["h100-pair", "a100-mig", "none", "t4-ecc-retired"]
    made = _enrolled(vault, lab, bootstrap_key, profiles)
    done = vault.cli("run", "facts", timeout=300)
    assert done.returncode == 0, done.stderr
    assert "gpu-00: Query the GPUs as XML: ok" in done.stderr  # live lines, one per host and task
    for node, profile in zip(made.nodes, profiles, strict=True):
        shown = _json(vault, "node", "show", node.name)
        assert isinstance(shown, dict)
        if profile == "none":
            assert shown["gpu_state"] == facts.STATE_NO_GPU
            assert shown["gpus"] == []
            continue
        expected = facts.parse_xml((NVIDIA_DIR / profile / "q.xml").read_text())
        assert shown["gpu_state"] == facts.STATE_OK
        assert shown["driver_version"] == expected.driver_version
        assert [(g["uuid"], g["name"]) for g in shown["gpus"]] == [(g.uuid, g.name) for g in expected.gpus]
        assert shown["facts"]["os"]["kernel"] == os.uname().release
        assert int(shown["facts"]["memory_mib"]) > 0
    assert _json(vault, "node", "show", "gpu-01")["gpus"][0]["mig_mode"] == "Enabled"  # type: ignore[index]
    text = vault.cli("node", "show", "gpu-00")
    assert text.returncode == 0, text.stderr
    assert "driver 550.54.15  CUDA 12.4" in text.stdout
    assert "GPU 1: NVIDIA H100 80GB HBM3  GPU-a1c8f5e2-3b47-1d9e-88f0-62d7c4be0f51" in text.stdout
    table = vault.cli("node", "list")
    assert table.returncode == 0, table.stderr
    assert table.stdout.splitlines()[0].split() == ["NAME", "ADDRESS", "USER", "STATUS", "GPUS", "HEALTH", "LABELS"]

    health = vault.cli("run", "health", "--limit", "site=south", timeout=300)
    assert health.returncode == 0, health.stderr
    listed = {n["name"]: n for n in _json(vault, "node", "list")}  # type: ignore[union-attr]
    assert listed["gpu-00"]["gpu_models"] == {"NVIDIA H100 80GB HBM3": 2}
    assert listed["gpu-02"]["gpu_models"] == {}
    assert listed["gpu-00"]["health"] == "degraded"  # a remapped row waits for a reset
    assert listed["gpu-02"]["health"] == "healthy"  # no GPU is not a failure
    assert listed["gpu-01"]["health"] is None  # not selected
    jobs = _json(vault, "jobs", "list")
    assert [(j["playbook"], j["status"]) for j in jobs] == [("health", "successful"), ("facts", "successful")]  # type: ignore[index]
    for listed_job in jobs:  # type: ignore[union-attr]
        shown_job = _json(vault, "jobs", "show", str(listed_job["id"]))
        assert all(c["changed"] == 0 for c in shown_job["summary"]["hosts"].values()), "read-only, idempotent"  # type: ignore[index]
    job = _json(vault, "jobs", "show", str(jobs[0]["id"]))  # type: ignore[index]
    assert sorted(job["hosts"]) == ["gpu-00", "gpu-02"]  # type: ignore[index]
    assert {r["host"] for r in job["results"]} == {"gpu-00", "gpu-02"}  # type: ignore[index]


def test_health_verdicts_for_sick_nodes(vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey) -> None:
    _enrolled(vault, lab, bootstrap_key, ["t4-ecc-retired", "gpu-lost", "t4"])
    with vault.open() as session:
        job = session.run_playbook("health")
        assert job["succeeded"]
        verdicts = {n["name"]: n["health"] for n in session.list_nodes()}
        ecc = session.show_node("gpu-00")["health"][0]
        lost = session.show_node("gpu-01")["health"][0]
    assert verdicts == {"gpu-00": "unhealthy", "gpu-01": "unhealthy", "gpu-02": "healthy"}
    assert any("uncorrectable ECC" in r for r in ecc["reasons"])
    assert any("XID 48" in r for r in ecc["reasons"])
    assert any("does not respond" in r for r in lost["reasons"])
    assert "XID 79 (PCI 0000:3b:00): the GPU has fallen off the bus." in lost["reasons"]
    assert lost["actions"] == ["Drain the node and have the GPU at PCI 0000:3b:00 serviced; it needs a reboot at least."]


def _plain_files_with_keys(root: Path) -> list[Path]:
    found = []
    for path in root.rglob("*"):
        mode = path.lstat().st_mode
        if stat.S_ISREG(mode) and b"PRIVATE KEY" in path.read_bytes():
            found.append(path)
    return found


def _processes_mentioning(text: str) -> list[str]:
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            args = cmdline.read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        if text in args:
            found.append(args)
    return found


def test_live_events_and_no_private_key_on_disk_during_a_run(
    vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    _enrolled(vault, lab, bootstrap_key, ["t4", "a100-mig", "h100-pair"])
    seen: list[tuple[TaskResult, bool]] = []
    inspected: dict[str, object] = {}

    with vault.open() as session:

        def on_result(result: TaskResult) -> None:
            running = session.conn.execute("SELECT private_dir FROM jobs WHERE status = 'running'").fetchone()
            private = Path(running[0]) if running and running[0] else None
            seen.append((result, private is not None and private.exists()))
            if private is not None and "dir" not in inspected:
                inspected["dir"] = private
                inspected["mode"] = stat.S_IMODE(private.stat().st_mode)
                inspected["keys"] = _plain_files_with_keys(private)
                inspected["env"] = sorted(p.name for p in (private / "env").glob("*")) if (private / "env").exists() else []
                inspected["fifo"] = [p for p in private.rglob("ssh_key_data") if not stat.S_ISFIFO(p.lstat().st_mode)]
                inspected["artifacts"] = sorted(p.name for p in (private / "artifacts").rglob("*"))

        steps: list[object] = []
        job = session.run_playbook("health", on_result=on_result, progress=lambda _d, _t, step: steps.append(step))
    assert job["succeeded"]
    assert len(seen) >= 3 * 6
    # One progress step per result, a message the GUI translates ("gpu-01: Measure disk space ok").
    assert [str(step) for step in steps] == [f"{r.host}: {r.task} {r.status}" for r, _ in seen]
    assert all(isinstance(step, Message) and "{status}" not in step.template for step in steps)
    assert all(live for _, live in seen), "every result arrived while the job was still running"
    assert inspected["mode"] == 0o700
    assert inspected["keys"] == []
    assert inspected["env"] == ["settings"], "only the runner's settings: no envvars, extravars or key files"
    assert "stdout" not in inspected["artifacts"], "no copy of Ansible's output beside the events"
    assert inspected["fifo"] == []
    assert not Path(str(inspected["dir"])).exists(), "the private dir is removed afterwards"
    assert _processes_mentioning(str(inspected["dir"])) == [], "ControlPersist masters are closed"
    assert "ANSIBLE_" not in json.dumps(job), "nothing of the runner's environment is stored"
    assert not list(Path(str(inspected["dir"])).parent.glob(Path(str(inspected["dir"])).name + "*"))


def test_cancel_mid_run_stops_the_job(vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey) -> None:
    _enrolled(vault, lab, bootstrap_key, ["t4", "hung", "hung"])
    cancel = threading.Event()

    def on_result(result: TaskResult) -> None:
        cancel.set()  # the healthy node answered its first task; the hung ones never will

    with vault.open() as session:
        job = session.run_playbook("health", cancel=cancel, on_result=on_result)
    assert job["status"] == "canceled"
    assert not job["succeeded"]
    finish = [e for e in _json(vault, "audit", "list") if e["action"] == "job.finish"]  # type: ignore[union-attr]
    assert finish[-1]["details"]["status"] == "canceled"


def test_a_job_timeout_stops_the_job(vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey) -> None:
    _enrolled(vault, lab, bootstrap_key, ["hung", "hung", "hung"])
    done = vault.cli("run", "health", "--timeout", "5", timeout=120)
    assert done.returncode == 1
    assert ": timeout" in done.stderr
    jobs = _json(vault, "jobs", "list")
    assert jobs[0]["status"] == "timeout"  # type: ignore[index]


def test_a_crashed_job_is_reconciled_at_the_next_start(
    vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey,
) -> None:
    _enrolled(vault, lab, bootstrap_key, ["t4", "hung"])
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIRLOCK_")}
    env.update(AIRLOCK_KDF_SECONDS="0", PYTHONPATH=str(REPO))
    argv = [sys.executable, "-m", "app", "--data-dir", str(vault.data_dir), "--passphrase-file",
            str(vault.passphrase_file("admin")), "--account", "admin", "run", "health"]
    process = subprocess.Popen(argv, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO, start_new_session=True)
    assert process.stderr is not None
    first = process.stderr.readline()  # the healthy node's first result: the job is running
    assert "gpu-00" in first
    with vault.open() as session:
        running = session.conn.execute("SELECT id, private_dir FROM jobs WHERE status = 'running'").fetchone()
    assert running is not None
    private = Path(running[1])
    assert private.exists()
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    process.stderr.close()
    with vault.open() as session:
        job = session.show_job(int(running[0]))
        entries = [e for e in _json(vault, "audit", "list") if e["action"] == "job.reconcile"]  # type: ignore[union-attr]
    assert job["status"] == "interrupted"
    assert not private.exists()
    assert _processes_mentioning(str(private) + "/") == [], "what the crashed job left running is stopped"
    assert entries
    assert entries[-1]["target"] == f"job {running[0]}"


def test_forks_and_limit_reach_ansible(vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey) -> None:
    _enrolled(vault, lab, bootstrap_key, ["t4", "t4", "t4"])
    with vault.open() as session:
        job = session.run_playbook("health", "gpu-0*,!gpu-01", settings=JobSettings(forks=1))
    assert job["succeeded"]
    assert sorted(job["hosts"]) == ["gpu-00", "gpu-02"]


_PROBE_PLAYBOOK = """\
- name: Probe how the node imports the module payloads
  hosts: all
  gather_facts: false
  environment:
    PYTHONPATH: "{probe}"
  tasks:
    - name: Run a command
      ansible.builtin.command: "true"
      changed_when: false
    - name: Look at a directory
      ansible.builtin.stat:
        path: /
"""

# Loaded by the node's Python at start (PYTHONPATH): logs its start, and each file zipimport
# compiles from source.
_PROBE_SITECUSTOMIZE = """\
import os
import zipimport

_LOG = os.path.join(os.path.dirname(os.path.abspath(__file__)), "compiled.log")
_compile_source = zipimport._compile_source


def _log(line):
    with open(_LOG, "a") as log:
        log.write(line + "\\n")


def _logged(pathname, source):
    _log("compiled " + pathname)
    return _compile_source(pathname, source)


_log("started")


zipimport._compile_source = _logged
"""


def test_nodes_run_modules_from_bytecode_not_from_source(
    vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey, tmp_path: Path,
) -> None:
    made = _enrolled(vault, lab, bootstrap_key, ["t4"])
    node = made.nodes[0]
    probe = node.home / "probe"
    probe.mkdir()
    (probe / "sitecustomize.py").write_text(_PROBE_SITECUSTOMIZE)
    owner = node.home.stat()
    os.chown(probe, owner.st_uid, owner.st_gid)
    (tmp_path / "probe.yml").write_text(_PROBE_PLAYBOOK.format(probe=probe))
    log = probe / "compiled.log"

    def compiled_from_source(settings: JobSettings) -> list[str]:
        log.unlink(missing_ok=True)
        with vault.open() as session:
            session.playbooks_dir = tmp_path
            job = session.run_playbook("probe", settings=settings)
        assert job["succeeded"], job
        lines = log.read_text().splitlines()
        assert lines.count("started") >= 2, "the probe ran in the node's Python for each task"
        return [line.split(".zip/", 1)[1] for line in lines if line.startswith("compiled ")]

    # Ansible's own payloads: each task compiles module_utils from source on the node.
    plain = compiled_from_source(JobSettings(bytecode=False))
    assert plain.count("ansible/module_utils/basic.py") >= 2, "at least once per task"
    assert "ansible/modules/stat.py" in plain
    # Airlock's payloads: the node imports the bytecode shipped beside each source.
    assert compiled_from_source(JobSettings()) == []


def test_a_shell_s_ansible_settings_never_reach_a_job(
    vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey, tmp_path: Path,
) -> None:
    """ANSIBLE_LOG_PATH in the operator's shell would make Ansible log every job in plaintext, and
    any other ANSIBLE_* would be a setting Airlock never chose: they are dropped, and said so."""
    _enrolled(vault, lab, bootstrap_key, ["t4"])
    log = tmp_path / "ansible.log"
    done = vault.cli("run", "facts", timeout=300,
                     env={"ANSIBLE_LOG_PATH": str(log), "ANSIBLE_DISPLAY_ARGS_TO_STDOUT": "True"})
    assert done.returncode == 0, done.stderr
    assert not log.exists(), "Ansible wrote the job's log where the shell said"
    assert "ignoring ANSIBLE_DISPLAY_ARGS_TO_STDOUT, ANSIBLE_LOG_PATH from the environment" in done.stderr
