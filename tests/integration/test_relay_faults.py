"""Relays that break, refuse or lie: what the dispatcher and the service make of them.

What a relay sends is untrusted input. Where the real relay program cannot be made to
misbehave, a stand-in plays the relay: a small local program on a pipe (as LocalLink in
test_relay_program.py stands for the SSH hop) that speaks the relay protocol badly. The
relay's nodes are never contacted by a stand-in, so the dispatcher's tests need no lab;
`hello` and the service's relay actions run over real pinned SSH to lab nodes, whose
`sudo` (first on the node's PATH) answers as a relay would, or would not.
"""

from __future__ import annotations

import contextlib
import re
import secrets
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.core import jobs, relay_dispatch
from app.core.errors import AlreadyExists, NotFound, UsageError
from app.core.inventory import HostKeyPin, Node
from app.core.relays import RelayConflict
from app.core.ssh import HostKeyChanged, NodeUnreachable
from tests.conftest import ADMIN_PASSPHRASE, REPO, Vault
from tests.lab.node_fixtures import BootstrapKey, bootstrap_key_fixture, enroll_in_session, lab_fixture, needs_sshd  # noqa: F401 - fixtures
from tests.lab.nodes import Lab, LabNode

PIN = HostKeyPin("ssh-ed25519", "AAAAC3NzaC1lZDI1NTE5AAAAIPH8PWZAAQxc9DjzRXdY7TaOGOF3uTt6V1IbV6Xc4qnm")
RELAY = Node("gw-fake", "127.0.0.1", 22, "relay", pins=(PIN,))  # never contacted: the link is a local pipe
NODES = (Node("gpu-10", "127.0.0.1", 22, "airlock", pins=(PIN,)),
         Node("gpu-11", "127.0.0.1", 22, "airlock", pins=(PIN,)))
FACTS = REPO / "playbooks" / "facts.yml"

# A relay that speaks the protocol badly. It notes its pid, drains its input on a thread of its
# own (so that the dispatcher's writes never block on it), then says what its mode makes it say.
STANDIN = r"""
import json, os, sys, threading, time
mode, marks = sys.argv[1], sys.argv[2]
with open(os.path.join(marks, "pid"), "w") as handle:
    handle.write(str(os.getpid()))
out = sys.stdout.buffer

def send(obj):
    out.write(json.dumps(obj).encode() + b"\n")
    out.flush()

if mode == "deaf":  # never reads what it is sent
    time.sleep(60)
    sys.exit(0)

def drain():
    while sys.stdin.buffer.read(65536):
        pass

threading.Thread(target=drain, daemon=True).start()
READY = {"airlock_relay": 1, "ready": True, "job": "x"}
if mode == "not-a-relay":
    out.write(b"Welcome to Ubuntu 22.04.4 LTS\n")
    out.flush()
    sys.exit(0)
send(READY)
if mode == "long-line":
    out.write(b"{" + b"x" * 20000)
    out.flush()
    time.sleep(60)
elif mode == "huge-artifacts":
    send({"zipfile": 10 ** 12})
    time.sleep(60)
elif mode == "short-artifacts":
    send({"zipfile": 3000})
    out.write(b"UEsDBA==")
    out.flush()
elif mode == "not-an-object":
    out.write(b"5\n")
    out.flush()
    time.sleep(60)
elif mode == "worker-error":
    send({"airlock_relay": 1, "error": "ansible-runner worker exited with status 2"})
elif mode == "silent":
    time.sleep(60)
elif mode == "lingers":
    send({"event": "runner_on_ok", "counter": 1, "event_data": {"host": "gpu-10", "task": "Ping", "res": {}}})
    send({"event": "runner_on_ok", "counter": 2, "event_data": {"host": "gpu-99", "task": "Ping", "res": {}}})
    send({"event": "playbook_on_stats", "counter": 3,
          "event_data": {"ok": {"gpu-10": 1, "gpu-11": 1, "gpu-99": 1}, "dark": {}, "failures": {}}})
    send({"status": "successful"})
    send({"eof": True})
    time.sleep(60)
"""


class StandInLink:
    """A link whose 'relay' is the stand-in program in `mode` (where PinnedSsh would give `ssh RELAY ...`)."""

    def __init__(self, mode: str, marks: Path) -> None:
        self.mode = mode
        self.marks = marks

    def argv(self, _relay: Node, _command: str, _overrides: object = None) -> list[str]:
        return [sys.executable, "-I", "-c", STANDIN, self.mode, str(self.marks)]

    def env(self) -> dict[str, str]:
        return {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}


class MissingSshLink(StandInLink):
    """A link whose ssh program is not there."""

    def argv(self, _relay: Node, _command: str, _overrides: object = None) -> list[str]:
        return [str(self.marks / "no-such-ssh"), "relay"]


@pytest.fixture
def marks(tmp_path: Path) -> Path:
    path = tmp_path / "marks"
    path.mkdir()
    return path


@pytest.fixture
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    """The dispatcher's grace periods, shortened for tests."""
    monkeypatch.setattr(relay_dispatch, "STOP_GRACE_S", 0.5)
    monkeypatch.setattr(relay_dispatch, "TIMEOUT_GRACE_S", 0.5)


def _big_project(tmp_path: Path) -> Path:
    """A playbook whose project is megabytes (zipping it takes a while; it fills any pipe)."""
    project = tmp_path / "big-project"
    project.mkdir()
    (project / "blob.bin").write_bytes(secrets.token_bytes(12 * 1024 * 1024))
    playbook = project / "facts.yml"
    shutil.copy(FACTS, playbook)
    return playbook


def _dispatch(tmp_path: Path, link: StandInLink, *, playbook: Path = FACTS, timeout_s: int = 600,
              cancel: threading.Event | None = None, direct: tuple[Node, ...] = (), key: str = "not a real key",
              results: list[jobs.TaskResult] | None = None) -> jobs.JobOutcome:
    base = jobs.job_base_dir(tmp_path)
    prepared = jobs.prepare(jobs.make_private_dir(base), playbook, [*direct, *NODES], {},
                            jobs.JobSettings(timeout_s=timeout_s))
    workdir = relay_dispatch.ensure_workdir(base, 1)
    try:
        return relay_dispatch.run(
            prepared, list(direct), [relay_dispatch.Share(RELAY, NODES)], key, workdir, cancel=cancel,
            on_result=(results.append if results is not None else None),
            connect=lambda _relays, _key, _workdir: contextlib.nullcontext(link),
        )
    finally:
        assert not workdir.exists(), "the relays' working directory goes whatever happens"
        if not direct:
            assert not prepared.private_data_dir.exists()


def _standin_gone(marks: Path) -> bool:
    """Whether the stand-in that ran (if one did) is no longer running."""
    pid_file = marks / "pid"
    if not pid_file.exists():
        return True
    cmdline = Path(f"/proc/{pid_file.read_text()}/cmdline")
    with contextlib.suppress(OSError):
        return str(marks).encode() not in cmdline.read_bytes()
    return True


def _wait_for(condition: Callable[[], object], timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def _assert_share_unreachable(outcome: jobs.JobOutcome, results: list[jobs.TaskResult], reason: str) -> None:
    assert outcome.status == jobs.STATUS_FAILED
    assert outcome.relays["gw-fake"]["reason"] == reason
    assert outcome.relays["gw-fake"]["status"] == jobs.STATUS_FAILED
    assert {(r.host, r.task, r.status, r.message) for r in outcome.results} == {
        (n.name, "relay gw-fake", "unreachable", reason) for n in NODES}
    assert [(r.host, r.message) for r in results] == [(n.name, reason) for n in NODES]  # the live feed too
    assert all(outcome.host_summary[n.name]["unreachable"] == 1 for n in NODES)


# -- the dispatcher and relays that misbehave ----------------------------------------------------------------


@pytest.mark.parametrize(("mode", "reason"), [
    ("not-a-relay", "relay gw-fake unreachable: it does not answer as an Airlock relay; run the relay playbook on it"),
    ("worker-error", "relay gw-fake unreachable: ansible-runner worker exited with status 2"),
    ("huge-artifacts", "relay gw-fake unreachable: artifacts larger than the limit"),
    ("short-artifacts", "relay gw-fake unreachable: the stream ended inside its artifacts"),
    ("not-an-object", "relay gw-fake unreachable: TypeError: argument of type 'int' is not iterable"),
])
def test_a_relay_that_breaks_the_protocol_marks_its_share_unreachable_with_why(
    tmp_path: Path, marks: Path, quick: None, mode: str, reason: str,
) -> None:
    results: list[jobs.TaskResult] = []
    outcome = _dispatch(tmp_path, StandInLink(mode, marks), results=results)
    _assert_share_unreachable(outcome, results, reason)
    assert (marks / "pid").exists(), "the stand-in did run"
    assert _standin_gone(marks)


def test_a_line_longer_than_the_limit_ends_the_relays_part(
    tmp_path: Path, marks: Path, quick: None, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(relay_dispatch, "MAX_LINE", 4096)
    results: list[jobs.TaskResult] = []
    started = time.monotonic()
    outcome = _dispatch(tmp_path, StandInLink("long-line", marks), results=results)
    assert time.monotonic() - started < 15, "the stand-in's 60 s sleep is not waited for"
    _assert_share_unreachable(outcome, results, "relay gw-fake unreachable: Failed to read from worker stream. "
                                                "Error: a line longer than the limit")
    assert _standin_gone(marks)


def test_a_relay_that_goes_silent_is_stopped_and_its_share_marked_unreachable(
    tmp_path: Path, marks: Path, quick: None, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(relay_dispatch, "SILENCE_S", 1.0)
    results: list[jobs.TaskResult] = []
    started = time.monotonic()
    outcome = _dispatch(tmp_path, StandInLink("silent", marks), results=results)
    assert time.monotonic() - started < 15, "the silent relay's link is closed, not waited for"
    _assert_share_unreachable(outcome, results, "relay gw-fake unreachable: it sent nothing for 1 s")
    assert _standin_gone(marks)


def test_the_jobs_timeout_stops_a_relay_that_does_not_end_and_says_timeout(
    tmp_path: Path, marks: Path, quick: None,
) -> None:
    results: list[jobs.TaskResult] = []
    started = time.monotonic()
    outcome = _dispatch(tmp_path, StandInLink("silent", marks), timeout_s=1, results=results)
    assert time.monotonic() - started < 15
    assert outcome.status == jobs.STATUS_TIMEOUT
    assert outcome.relays["gw-fake"]["status"] == jobs.STATUS_TIMEOUT
    assert outcome.relays["gw-fake"]["reason"] == ""  # Airlock stopped it: the relay is not blamed
    assert outcome.results == results == []
    assert _standin_gone(marks)


def test_a_relay_that_lingers_after_its_stream_ended_is_closed_and_only_its_own_hosts_count(
    tmp_path: Path, marks: Path, quick: None,
) -> None:
    results: list[jobs.TaskResult] = []
    started = time.monotonic()
    outcome = _dispatch(tmp_path, StandInLink("lingers", marks), results=results)
    assert time.monotonic() - started < 15
    assert outcome.status == jobs.STATUS_SUCCESSFUL
    assert outcome.relays["gw-fake"] == {"nodes": ["gpu-10", "gpu-11"], "status": "successful", "reason": "",
                                         "reason_said": None, "foreign_events": 1}
    assert [(r.host, r.task, r.status) for r in results] == [("gpu-10", "Ping", "ok")]
    assert set(outcome.host_summary) == {"gpu-10", "gpu-11"}  # gpu-99 is not the relay's to report
    assert _standin_gone(marks)


def test_a_cancel_before_the_relay_was_started_starts_nothing(tmp_path: Path, marks: Path, quick: None) -> None:
    cancel = threading.Event()
    cancel.set()
    results: list[jobs.TaskResult] = []
    outcome = _dispatch(tmp_path, StandInLink("silent", marks), playbook=_big_project(tmp_path), cancel=cancel,
                        results=results)
    assert outcome.status == jobs.STATUS_CANCELED
    assert outcome.relays["gw-fake"]["status"] == jobs.STATUS_CANCELED
    assert outcome.relays["gw-fake"]["reason"] == ""
    assert results == []
    assert not (marks / "pid").exists(), "no link to the relay was opened"


def test_a_cancel_while_the_job_is_still_being_sent_closes_the_link(
    tmp_path: Path, marks: Path, quick: None,
) -> None:
    cancel = threading.Event()
    done: list[jobs.JobOutcome] = []
    runner = threading.Thread(target=lambda: done.append(
        _dispatch(tmp_path, StandInLink("deaf", marks), playbook=_big_project(tmp_path), cancel=cancel)))
    runner.start()
    _wait_for((marks / "pid").exists)
    cancel.set()
    runner.join(timeout=15)
    assert not runner.is_alive(), "the relay that reads nothing does not hold the job"
    assert done[0].status == jobs.STATUS_CANCELED
    assert done[0].relays["gw-fake"]["reason"] == ""
    assert done[0].results == []
    assert _standin_gone(marks)


def test_a_relay_whose_link_cannot_start_marks_its_share_unreachable(
    tmp_path: Path, marks: Path, quick: None,
) -> None:
    results: list[jobs.TaskResult] = []
    outcome = _dispatch(tmp_path, MissingSshLink("silent", marks), results=results)
    missing = marks / "no-such-ssh"
    _assert_share_unreachable(
        outcome, results,
        f"relay gw-fake unreachable: FileNotFoundError: [Errno 2] No such file or directory: '{missing}'")


def test_a_share_that_cannot_be_prepared_for_the_relay_is_that_relays_failure(
    tmp_path: Path, marks: Path, quick: None, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(relay_dispatch, "RELAY_RUN_DIR", "/run/" + "r" * 80)
    results: list[jobs.TaskResult] = []
    outcome = _dispatch(tmp_path, StandInLink("lingers", marks), results=results)
    reason = outcome.relays["gw-fake"]["reason"]
    assert re.fullmatch(r"relay gw-fake unreachable: The job directory /run/r{80}/airlock-job-[a-z0-9]{8}/run is "
                        r"too long for SSH control sockets\..*", reason), reason
    _assert_share_unreachable(outcome, results, reason)
    assert not (marks / "pid").exists(), "nothing was sent to the relay"


def test_an_error_of_the_direct_part_is_raised_once_the_relays_part_ended(
    tmp_path: Path, marks: Path, quick: None,
) -> None:
    direct = Node("gpu-12", "127.0.0.1", 22, "airlock", pins=(PIN,))
    with pytest.raises(jobs.JobError, match="The management key is empty"):
        _dispatch(tmp_path, StandInLink("lingers", marks), direct=(direct,), key="  ")
    assert (marks / "pid").exists(), "the relay's part ran"
    assert _standin_gone(marks)


def test_a_relay_workdir_names_its_job() -> None:
    assert relay_dispatch.workdir_job(Path("/x") / f"{relay_dispatch.WORKDIR_PREFIX}42-abc") == 42
    assert relay_dispatch.workdir_job(Path("/x") / f"{relay_dispatch.WORKDIR_PREFIX}x42-abc") is None
    assert relay_dispatch.workdir_job(Path("/x/airlock-job-42-abc")) is None


def test_relay_workdirs_a_crash_left_are_swept_when_a_session_starts() -> None:
    from app.core.service import init_vault, open_session

    short = Path(tempfile.mkdtemp(prefix="alsw", dir="/tmp"))  # short: jobs go under the data dir
    try:
        data_dir = short / "d"
        init_vault(data_dir, "admin", ADMIN_PASSPHRASE.encode())[0].close()
        base = jobs.job_base_dir(data_dir)
        assert base == data_dir / "jobs"
        orphan = relay_dispatch.ensure_workdir(base, 7)
        (orphan / "gw" / "artifacts").mkdir(parents=True)
        unrelated = base / "notes"
        unrelated.mkdir()
        open_session(data_dir, "admin", ADMIN_PASSPHRASE.encode()).close()
        assert not orphan.exists()
        assert unrelated.is_dir()
    finally:
        shutil.rmtree(short)


# -- hello and the service's relay actions, over pinned SSH to lab nodes -------------------------------------

_SUDO = {
    "ready": 'echo \'{"airlock_relay": 1, "ready": true, "versions": {"python": "3.12.3", "ansible-runner": "2.4.1"}}\'',
    "not-json": "echo 'sudo: a terminal is required to read the password'; echo 'no relay here' >&2; exit 1",
    "refuses": 'echo \'{"airlock_relay": 1, "ready": false, "error": "ansible-runner is not installed"}\'; exit 1',
}


def _fake_sudo(node: LabNode, mode: str) -> None:
    """The node's `sudo` (first on its PATH) answers as a relay in `mode` would."""
    path = node.home / "bin" / "sudo"
    path.write_text(f"#!/bin/sh\ncat >/dev/null\n{_SUDO[mode]}\n")
    path.chmod(0o755)


@pytest.fixture
def relay_rack(vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey) -> Iterator[tuple[Lab, object]]:
    """Three enrolled lab nodes: gpu-00 (no labels), gpu-01 (rack=r1), gpu-02 (row=a); an admin session."""
    made = lab(["t4", "t4", "t4"])
    session = vault.open()
    try:
        enroll_in_session(session, made, bootstrap_key, {"gpu-01": ["rack=r1"], "gpu-02": ["row=a"]})
        yield made, session
    finally:
        session.close()


def _hello(session: object, name: str, tmp_path: Path) -> dict[str, str]:
    relay = next(n for n in session._nodes_rows() if n.name == name)  # type: ignore[attr-defined]
    key = session._nodes_management_key().private_openssh  # type: ignore[attr-defined]
    return relay_dispatch.hello(relay, key, tmp_path / "hello")


@pytest.mark.lab
@needs_sshd
def test_hello_says_why_a_node_cannot_be_a_relay(relay_rack: tuple[Lab, object], tmp_path: Path) -> None:
    made, session = relay_rack
    node = made.nodes[0]
    _fake_sudo(node, "ready")
    assert _hello(session, node.name, tmp_path) == {"python": "3.12.3", "ansible-runner": "2.4.1"}
    _fake_sudo(node, "not-json")
    with pytest.raises(relay_dispatch.RelayRefused, match=r"Relay gpu-00 cannot run jobs: no relay here\."):
        _hello(session, node.name, tmp_path)
    _fake_sudo(node, "refuses")
    with pytest.raises(relay_dispatch.RelayRefused,
                       match=r"Relay gpu-00 cannot run jobs: ansible-runner is not installed\."):
        _hello(session, node.name, tmp_path)
    node.regenerate_host_key()
    with pytest.raises(HostKeyChanged, match="Relay gpu-00 did not offer its pinned host key"):
        _hello(session, node.name, tmp_path)
    node.stop()
    with pytest.raises(NodeUnreachable, match=rf"Could not reach relay gpu-00 at 127\.0\.0\.1:{node.port}: "):
        _hello(session, node.name, tmp_path)


@pytest.mark.lab
@needs_sshd
def test_relays_are_added_refused_when_they_clash_and_removed(relay_rack: tuple[Lab, object]) -> None:
    made, session = relay_rack
    for node in made.nodes:
        _fake_sudo(node, "ready")
    added = session.add_relay("gpu-00", "rack=r1")  # type: ignore[attr-defined]
    assert added["nodes"] == ["gpu-01"]
    assert added["versions"] == {"python": "3.12.3", "ansible-runner": "2.4.1"}
    assert session.relay_candidates("rack=r1,row=a") == ["gpu-01", "gpu-02"]  # type: ignore[attr-defined]
    with pytest.raises(UsageError):
        session.relay_candidates("all")  # type: ignore[attr-defined]

    with pytest.raises(AlreadyExists, match="gpu-00 is a relay already, serving rack=r1"):
        session.add_relay("gpu-00", "row=a")  # type: ignore[attr-defined]
    with pytest.raises(UsageError, match="gpu-01 is reached through relay gpu-00; a relay must be reached directly"):
        session.add_relay("gpu-01", "row=a")  # type: ignore[attr-defined]
    with pytest.raises(RelayConflict, match=r"rack=r1 selects nodes another relay serves: gpu-01 \(gpu-00\)"):
        session.add_relay("gpu-02", "rack=r1")  # type: ignore[attr-defined]
    with pytest.raises(NotFound, match="gpu-02 is not a relay"):
        session.remove_relay("gpu-02")  # type: ignore[attr-defined]
    assert [(r["name"], r["nodes"]) for r in session.list_relays()] == [("gpu-00", ["gpu-01"])]  # type: ignore[attr-defined]
    assert session.relay_of_nodes() == {"gpu-01": "gpu-00"}  # type: ignore[attr-defined]

    session.remove_relay("gpu-00")  # type: ignore[attr-defined]
    assert session.list_relays() == []  # type: ignore[attr-defined]
    assert session.relay_of_nodes() == {}  # type: ignore[attr-defined]
    assert session.add_relay("gpu-02", "rack=r1")["nodes"] == ["gpu-01"]  # type: ignore[attr-defined]
    removals = [(e.outcome, e.details.get("nodes")) for e in session.audit_entries(limit=200)  # type: ignore[attr-defined]
                if e.action == "relay.remove"]
    assert sorted(removals, key=str) == [("ok", ["gpu-01"]), ("refused", None)]


@pytest.mark.lab
@needs_sshd
def test_a_relay_whose_host_key_changed_is_blocked_and_neither_added_nor_used_to_pass_files_on(
    relay_rack: tuple[Lab, object], tmp_path: Path,
) -> None:
    from app.core.progress import no_progress

    made, session = relay_rack
    for node in made.nodes:
        _fake_sudo(node, "ready")
    session.add_relay("gpu-00", "rack=r1")  # type: ignore[attr-defined]
    for node in made.nodes[0], made.nodes[2]:
        node.regenerate_host_key()  # rebuilt, or someone in their place
    session.run_playbook("health", "gpu-00,gpu-02")  # type: ignore[attr-defined] # the job finds them changed
    assert [n.name for n in session._nodes_rows() if n.blocked] == ["gpu-00", "gpu-02"]  # type: ignore[attr-defined]

    with pytest.raises(HostKeyChanged, match="gpu-02 is blocked: its host key changed"):
        session.add_relay("gpu-02", "row=a")  # type: ignore[attr-defined]
    behind = next(n for n in session._nodes_rows() if n.name == "gpu-01")  # type: ignore[attr-defined]
    key = session._nodes_management_key().private_openssh  # type: ignore[attr-defined]
    with pytest.raises(HostKeyChanged, match="Relays whose host key changed cannot pass files on: gpu-00"):
        session.relay_push([(behind, [])], key, tmp_path / "push", no_progress, None)  # type: ignore[attr-defined]
    assert [r["name"] for r in session.list_relays()] == ["gpu-00"]  # type: ignore[attr-defined]


def test_the_direct_parts_private_dir_is_removed_even_when_the_direct_part_raises(
    tmp_path: Path, marks: Path, quick: None,
) -> None:
    base = jobs.job_base_dir(tmp_path)
    direct = Node("gpu-12", "127.0.0.1", 22, "airlock", pins=(PIN,))
    prepared = jobs.prepare(jobs.make_private_dir(base), FACTS, [direct, *NODES], {}, jobs.JobSettings())
    workdir = relay_dispatch.ensure_workdir(base, 1)
    with pytest.raises(jobs.JobError):
        relay_dispatch.run(prepared, [direct], [relay_dispatch.Share(RELAY, NODES)], "  ", workdir,
                           connect=lambda _relays, _key, _workdir: contextlib.nullcontext(StandInLink("lingers", marks)))
    assert not workdir.exists()
    assert not prepared.private_data_dir.exists(), "relay_dispatch.run: removed whatever happens"
