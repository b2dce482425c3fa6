"""The relay program and the dispatcher, end to end on this machine: real sshd nodes, the real
relay program (playbooks/roles/relay/files/airlock_relay.py), a real `ansible-runner worker`,
real ansible-playbook, and `ansible-runner transmit`/`process` on the appliance's side.

The one part left out is the SSH hop from the appliance to the relay: the relay program runs
here, as a local process on a pipe, with its jobs in a tmpfs directory of /dev/shm and this
venv's ansible-runner (tests/lab/test_relays_lab.py runs it on real relays, over pinned SSH).
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.core import jobs, relay_dispatch, ssh
from app.core.inventory import HostKeyPin, Node
from tests.conftest import REPO, Vault
from tests.lab.node_fixtures import BootstrapKey, bootstrap_key_fixture, enroll_in_session, lab_fixture, needs_sshd  # noqa: F401 - fixtures
from tests.lab.nodes import Lab
from tests.lab.relay_lab import SLEEPY_PLAYBOOK

pytestmark = [pytest.mark.lab, pytest.mark.slow, needs_sshd]

PROGRAM = REPO / "playbooks" / "roles" / "relay" / "files" / "airlock_relay.py"
LAUNCHER = """
import importlib.util, sys
from pathlib import Path
spec = importlib.util.spec_from_file_location("airlock_relay", sys.argv[1])
relay = importlib.util.module_from_spec(spec)
spec.loader.exec_module(relay)
relay.RUN_DIR, relay.VENV = Path(sys.argv[2]), Path(sys.argv[3])
sys.exit(relay.main())
"""
# Never contacted: the link is a local pipe (its pin only says it is not blocked).
RELAY = Node("gw-local", "127.0.0.1", 22, "relay",
             pins=(HostKeyPin("ssh-ed25519", "AAAAC3NzaC1lZDI1NTE5AAAAIPH8PWZAAQxc9DjzRXdY7TaOGOF3uTt6V1IbV6Xc4qnm"),))


class LocalLink:
    """The relay program on a local pipe, where PinnedSsh would give `ssh RELAY ...`."""

    def __init__(self, run_dir: Path) -> None:
        self.run_dir = run_dir

    def argv(self, _relay: Node, _command: str, _overrides: object = None) -> list[str]:
        return [sys.executable, "-I", "-c", LAUNCHER, str(PROGRAM), str(self.run_dir), str(Path(sys.executable).parent.parent)]

    def env(self) -> dict[str, str]:
        return {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}


@pytest.fixture
def run_dir(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The relay's tmpfs for jobs: a 0700 directory in /dev/shm, short enough for control sockets."""
    path = Path("/dev/shm") / f"alrt-{os.getpid() % 100000}"
    path.mkdir(mode=0o700)
    monkeypatch.setattr(relay_dispatch, "RELAY_RUN_DIR", str(path))
    yield path
    subprocess.run(["rm", "-rf", str(path)], check=False)


@pytest.fixture
def rack(vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey) -> tuple[list[Node], bytes]:
    """Two enrolled lab nodes and the management key."""
    made = lab(["t4", "a100-mig"])
    with vault.open() as session:
        enroll_in_session(session, made, bootstrap_key)
        nodes = session._nodes_rows()
        key = session._nodes_management_key().private_openssh
    return nodes, key


def _run(tmp_path: Path, run_dir: Path, nodes: list[Node], key: bytes, playbook: Path, *,
         cancel: threading.Event | None = None, timeout_s: int = 600,
         results: list[jobs.TaskResult] | None = None) -> jobs.JobOutcome:
    base = jobs.job_base_dir(tmp_path)
    prepared = jobs.prepare(jobs.make_private_dir(base), playbook, nodes, {"airlock_sleep_s": "317.5"},
                            jobs.JobSettings(timeout_s=timeout_s))
    workdir = relay_dispatch.ensure_workdir(base, 1)
    outcome = relay_dispatch.run(
        prepared, [], [relay_dispatch.Share(RELAY, tuple(nodes))], key.decode(), workdir, cancel=cancel,
        on_result=(results.append if results is not None else None),
        connect=lambda _relays, _key, _workdir: contextlib.nullcontext(LocalLink(run_dir)),
    )
    assert not prepared.private_data_dir.exists(), "nothing of the job is left on the appliance"
    assert not workdir.exists()
    return outcome


def _pids(marker: str, word: str) -> list[int]:
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        with contextlib.suppress(OSError):
            text = cmdline.read_bytes().decode(errors="replace")
            if marker in text and word in text:
                found.append(int(cmdline.parent.name))
    return found


def _wait_for(condition: Callable[[], object], timeout: float = 120, what: Callable[[], object] = lambda: "") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting {what()}"
        time.sleep(0.05)


def _key_markers(key: bytes) -> list[bytes]:
    """What would give the key away in a file: its PEM lines (but the first, which every
    unencrypted Ed25519 key shares) and its raw 32-byte seed."""
    lines = [line for line in key.splitlines() if line and not line.startswith(b"-----")]
    seed = ssh.load_private_key(key)._signing_key.encode()
    return [*lines[1:], seed]


def _files_holding(root: Path, markers: list[bytes]) -> list[str]:
    found = []
    for path in root.rglob("*"):
        with contextlib.suppress(OSError):
            if path.is_file() and not path.is_symlink() and any(m in path.read_bytes() for m in markers):
                found.append(str(path))
    return found


def test_facts_through_the_relay_program_give_what_a_direct_run_gives(
    tmp_path: Path, run_dir: Path, rack: tuple[list[Node], bytes],
) -> None:
    nodes, key = rack
    playbook = REPO / "playbooks" / "facts.yml"
    live: list[jobs.TaskResult] = []
    relayed = _run(tmp_path, run_dir, nodes, key, playbook, results=live)
    direct = jobs.run(jobs.prepare(jobs.make_private_dir(jobs.job_base_dir(tmp_path)), playbook, nodes), key.decode())
    assert relayed.status == direct.status == jobs.STATUS_SUCCESSFUL, (relayed.summary(), [r for r in relayed.results if r.status != "ok"])
    assert relayed.succeeded
    assert relayed.host_summary == direct.host_summary
    assert relayed.reports.keys() == direct.reports.keys() == {n.name for n in nodes}
    for host, report in relayed.reports.items():
        assert report["kind"] == "facts"
        assert report["nvidia_smi_xml"] == direct.reports[host]["nvidia_smi_xml"]
    assert [(r.host, r.task, r.status) for r in live] == [(r.host, r.task, r.status) for r in relayed.results]
    assert sorted((r.host, r.task, r.status) for r in relayed.results) == \
        sorted((r.host, r.task, r.status) for r in direct.results)
    assert relayed.relays == {"gw-local": {"nodes": sorted(n.name for n in nodes), "status": "successful",
                                           "reason": "", "reason_said": None, "foreign_events": 0}}
    assert list(run_dir.iterdir()) == [], "the job's directory goes when the job ends"


def test_cancel_stops_the_workers_ansible_playbook_within_a_second_and_no_file_ever_holds_the_key(
    tmp_path: Path, run_dir: Path, rack: tuple[list[Node], bytes],
) -> None:
    nodes, key = rack
    playbook = _sleepy(tmp_path)
    cancel = threading.Event()
    done: list[jobs.JobOutcome] = []
    runner = threading.Thread(target=lambda: done.append(_run(tmp_path, run_dir, nodes, key, playbook, cancel=cancel)))
    runner.start()
    _wait_for(lambda: len(_pids("sleep", "317.5")) >= 2)  # both nodes' tasks are running
    assert _pids(str(run_dir), "ansible-playbook")
    markers = _key_markers(key)
    assert _files_holding(run_dir, markers) == [], "the key reached a file on the relay"
    assert _files_holding(tmp_path, markers) == []
    cancel.set()
    started = time.monotonic()
    _wait_for(lambda: not _pids(str(run_dir), "ansible-playbook"), timeout=5)
    assert time.monotonic() - started < 1.0
    runner.join(timeout=60)
    assert done[0].status == jobs.STATUS_CANCELED
    assert list(run_dir.iterdir()) == []
    assert not _pids(str(run_dir), "ssh-agent")


def _sleepy(tmp_path: Path) -> Path:
    playbook = tmp_path / "project" / "sleepy.yml"
    playbook.parent.mkdir(exist_ok=True)
    playbook.write_text(SLEEPY_PLAYBOOK)
    return playbook


def _program_and_keeper(run_dir: Path) -> tuple[int, int]:
    """The relay program's pid and its keeper's (a fork: the same command line)."""
    pids = [p for p in _pids(str(PROGRAM), str(run_dir)) if p != os.getpid()]
    parents = {p: int(Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()[1]) for p in pids}
    program = next(p for p in pids if parents[p] not in pids)
    keeper = next(p for p in pids if parents[p] == program)
    return program, keeper


@pytest.mark.parametrize("keeper_dies_too", [False, True])
def test_a_relay_that_dies_marks_its_nodes_unreachable_and_leaves_nothing_running(
    tmp_path: Path, run_dir: Path, rack: tuple[list[Node], bytes], keeper_dies_too: bool,
) -> None:
    nodes, key = rack
    done: list[jobs.JobOutcome] = []
    results: list[jobs.TaskResult] = []
    runner = threading.Thread(target=lambda: done.append(
        _run(tmp_path, run_dir, nodes, key, _sleepy(tmp_path), results=results)))
    runner.start()
    _wait_for(lambda: len(_pids("sleep", "317.5")) >= 2)
    program, keeper = _program_and_keeper(run_dir)
    if keeper_dies_too:
        os.kill(keeper, signal.SIGKILL)
    os.kill(program, signal.SIGKILL)  # the relay program dies mid-job (the OOM killer, an operator)
    runner.join(timeout=60)
    assert done[0].status == jobs.STATUS_FAILED
    assert {(r.host, r.status, r.message) for r in results} == {
        (n.name, "unreachable", "relay gw-local unreachable") for n in nodes}
    if keeper_dies_too:  # left for the next job: its directory, and an agent that forgets the key in time
        assert len(list(run_dir.iterdir())) == 1
        assert _run(tmp_path, run_dir, nodes, key, REPO / "playbooks" / "health.yml").succeeded
    _wait_for(lambda: not _pids(str(run_dir), ""), timeout=10,
              what=lambda: [Path(f"/proc/{p}/cmdline").read_bytes()[:200] for p in _pids(str(run_dir), "")])
    assert list(run_dir.iterdir()) == []


def test_the_jobs_timeout_applies_through_the_relay(
    tmp_path: Path, run_dir: Path, rack: tuple[list[Node], bytes],
) -> None:
    nodes, key = rack
    playbook = _sleepy(tmp_path)
    started = time.monotonic()
    outcome = _run(tmp_path, run_dir, nodes, key, playbook, timeout_s=5)
    assert outcome.status == jobs.STATUS_TIMEOUT
    assert time.monotonic() - started < 5 + relay_dispatch.TIMEOUT_GRACE_S + 15
    assert not _pids(str(run_dir), "ansible-playbook")
    assert list(run_dir.iterdir()) == []


def test_a_relay_refuses_a_job_outside_a_tmpfs(tmp_path: Path, rack: tuple[list[Node], bytes],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    nodes, key = rack
    on_disk = Path("/var/tmp") / f"alrd-{os.getpid() % 100000}"  # a disk, and a path as short as the relay's
    on_disk.mkdir(mode=0o700)
    monkeypatch.setattr(relay_dispatch, "RELAY_RUN_DIR", str(on_disk))
    results: list[jobs.TaskResult] = []
    outcome = _run(tmp_path, on_disk, nodes, key, REPO / "playbooks" / "facts.yml", results=results)
    assert outcome.status == jobs.STATUS_FAILED
    reason = outcome.relays["gw-local"]["reason"]
    assert re.fullmatch(r"relay gw-local unreachable: .* is not a tmpfs: a job's private files must never reach a disk",
                        reason), reason
    assert {r.message for r in results} == {reason}
    assert list(on_disk.iterdir()) == []
    on_disk.rmdir()
