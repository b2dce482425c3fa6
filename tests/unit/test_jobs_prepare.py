"""`jobs.prepare` returns exactly what ansible-runner gets; events become results."""

from __future__ import annotations

import base64
import json
import os
import shutil
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from app.core import jobs
from app.core.errors import UsageError
from app.core.inventory import STATUS_HOSTKEY_CHANGED, HostKeyPin, Node

KEY = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + bytes(range(32))).decode()
PIN = HostKeyPin("ssh-ed25519", KEY)
PRIVATE = Path("/var/lib/airlock/jobs/airlock-job-abcdefgh")  # prepare() writes nothing


def _node(name: str, port: int = 22, **labels: str) -> Node:
    return Node(name, "10.0.0.1" if port == 22 else "127.0.0.1", port, "airlock", labels,
                {"airlock_root": f"/srv/{name}"}, (PIN,))


def test_prepare_returns_exactly_the_runner_inputs(tmp_path: Path) -> None:
    private = PRIVATE
    playbook = tmp_path / "facts.yml"
    playbook.write_text("---\n")
    nodes = [_node("gpu-a", site="north", roles="gpu+serving"), _node("gpu-b", port=2201)]
    prepared = jobs.prepare(private, playbook, nodes, {"airlock_extra": "1"}, jobs.JobSettings(forks=7, timeout_s=90))

    assert prepared.files["known_hosts"] == (
        f"10.0.0.1 ssh-ed25519 {KEY}\n"
        f"[127.0.0.1]:2201 ssh-ed25519 {KEY}\n"
    )
    assert prepared.files["ansible.cfg"] == "[defaults]\ninternal_poll_interval = 0.01\n"
    assert _ansible_yaml(prepared.files["inventory/hosts.yml"]) == prepared.inventory == {
        "all": {
            "hosts": {
                "gpu-a": {"ansible_host": "10.0.0.1", "ansible_port": 22, "ansible_user": "airlock", "airlock_node": "gpu-a",
                          "airlock_labels": {"site": "north", "roles": "gpu+serving"}, "airlock_root": "/srv/gpu-a"},
                "gpu-b": {"ansible_host": "127.0.0.1", "ansible_port": 2201, "ansible_user": "airlock", "airlock_node": "gpu-b",
                          "airlock_labels": {}, "airlock_root": "/srv/gpu-b"},
            },
            "children": {
                "roles_gpu": {"hosts": {"gpu-a": {}}},
                "roles_serving": {"hosts": {"gpu-a": {}}},
                "site_north": {"hosts": {"gpu-a": {}}},
            },
        },
    }
    assert prepared.envvars == {
        "ANSIBLE_CONFIG": f"{private}/ansible.cfg",
        "ANSIBLE_HOST_KEY_CHECKING": "True",
        "ANSIBLE_SSH_ARGS": (
            f"-o StrictHostKeyChecking=yes -o UserKnownHostsFile={private}/known_hosts -o GlobalKnownHostsFile=/dev/null"
            " -o UpdateHostKeys=no -o PasswordAuthentication=no -o KbdInteractiveAuthentication=no -o BatchMode=yes"
            " -o IdentityFile=none -o ConnectTimeout=10 -o ControlMaster=auto -o ControlPersist=60s"
        ),
        "ANSIBLE_SSH_CONTROL_PATH_DIR": f"{private}/cp",
        "ANSIBLE_SSH_CONTROL_PATH": "%(directory)s/%%C",
        "ANSIBLE_PIPELINING": "True",
        "ANSIBLE_LOCAL_TEMP": f"{private}/tmp",
        "ANSIBLE_TIMEOUT": "10",
        "ANSIBLE_INTERPRETER_PYTHON": "auto_silent",
        "ANSIBLE_NOCOLOR": "1",
        "ANSIBLE_RETRY_FILES_ENABLED": "False",
        "ANSIBLE_NO_TARGET_SYSLOG": "True",
        "MAX_EVENT_RES": str(1 << 30),
        "ANSIBLE_CALLBACK_PLUGINS": str(jobs.CALLBACK_PLUGINS_DIR),
        "ANSIBLE_CALLBACKS_ENABLED": "airlock_payload",
    }
    assert prepared.runner_arguments() == {
        "private_data_dir": str(private),
        "playbook": str(playbook.resolve()),
        "inventory": f"{private}/inventory/hosts.yml",
        "envvars": prepared.envvars,
        "cmdline": "--forks 7",
        "suppress_env_files": True,
        "timeout": 90,
        "quiet": True,
        "ident": "run",
        "settings": {"suppress_output_file": True, "suppress_ansible_output": True, "pexpect_timeout": 0.2},
    }
    assert json.loads(prepared.files["env/settings"]) == prepared.runner_arguments()["settings"]
    assert prepared.files["env/extravars"] == '--- !unsafe {"airlock_extra": "1"}\n'
    assert _ansible_yaml(prepared.files["env/extravars"]) == prepared.extravars == {"airlock_extra": "1"}
    assert prepared.hosts == ("gpu-a", "gpu-b")
    assert not private.exists(), "prepare touches no disk"
    assert len(str(private / "cp")) + 58 <= 107  # room for ssh's control socket name


def _ansible_yaml(text: str) -> object:
    """The document as Ansible's own YAML loader reads it."""
    from ansible.parsing.utils.yaml import from_yaml

    return from_yaml(text)


def test_a_job_without_extra_variables_has_no_extravars_file(tmp_path: Path) -> None:
    prepared = jobs.prepare(PRIVATE, tmp_path / "x.yml", [_node("a")])
    assert "env/extravars" not in prepared.files
    assert "extravars" not in prepared.runner_arguments()


def test_ansible_defaults_switch_off_the_tuning(tmp_path: Path) -> None:
    prepared = jobs.prepare(PRIVATE, tmp_path / "x.yml", [_node("a")], settings=jobs.JobSettings.ansible_defaults())
    assert prepared.envvars["ANSIBLE_PIPELINING"] == "False"
    assert prepared.cmdline == "--forks 5"
    assert prepared.envvars["ANSIBLE_SSH_ARGS"].startswith("-C -o StrictHostKeyChecking=yes")
    assert prepared.files["ansible.cfg"] == "[defaults]\ninternal_poll_interval = 0.001\n"
    assert "ANSIBLE_CALLBACKS_ENABLED" not in prepared.envvars, "payloads as Ansible builds them"
    assert "ANSIBLE_CALLBACK_PLUGINS" not in prepared.envvars


def test_tuned_jobs_ship_module_bytecode(tmp_path: Path) -> None:
    prepared = jobs.prepare(PRIVATE, tmp_path / "x.yml", [_node("a")])
    assert prepared.envvars["ANSIBLE_CALLBACKS_ENABLED"] == "airlock_payload"
    assert (Path(prepared.envvars["ANSIBLE_CALLBACK_PLUGINS"]) / "airlock_payload.py").is_file()


@pytest.mark.parametrize("poll", [0.0, -0.01, 1.5])
def test_a_poll_interval_out_of_range_is_refused(tmp_path: Path, poll: float) -> None:
    with pytest.raises(UsageError, match="poll interval"):
        jobs.prepare(PRIVATE, tmp_path / "x.yml", [_node("a")], settings=jobs.JobSettings(poll_interval_s=poll))


def test_ansible_reads_the_job_configuration(tmp_path: Path) -> None:
    """The private ansible.cfg is the one ansible-playbook loads, and its poll interval takes."""
    private = jobs.make_private_dir(jobs.job_base_dir(tmp_path))
    prepared = jobs.prepare(private, tmp_path / "x.yml", [_node("a")])
    jobs.materialize(prepared)
    bin_dir = Path(sys.executable).parent
    env = {"PATH": f"{bin_dir}:/usr/bin:/bin", "HOME": str(tmp_path), **prepared.envvars}
    dump = subprocess.run([str(bin_dir / "ansible-config"), "dump", "--only-changed", "-t", "base"],
                          env=env, capture_output=True, text=True, check=True).stdout
    assert f"DEFAULT_INTERNAL_POLL_INTERVAL({private}/ansible.cfg) = 0.01" in dump
    assert "ANSIBLE_PIPELINING(env: ANSIBLE_PIPELINING) = True" in dump


def test_without_control_persist_the_master_is_off(tmp_path: Path) -> None:
    prepared = jobs.prepare(PRIVATE, tmp_path / "x.yml", [_node("a")], settings=jobs.JobSettings(control_persist_s=0))
    assert prepared.envvars["ANSIBLE_SSH_ARGS"].endswith("-o ControlMaster=no")


def test_materialize_writes_private_files(tmp_path: Path) -> None:
    private = jobs.make_private_dir(jobs.job_base_dir(tmp_path))
    prepared = jobs.prepare(private, tmp_path / "x.yml", [_node("a")])
    jobs.materialize(prepared)
    assert stat.S_IMODE(private.stat().st_mode) == 0o700
    for relative in prepared.files:
        path = private / relative
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert path.read_text() == prepared.files[relative]
    jobs.remove_private_dir(private)
    assert not private.exists()


def test_ansible_runner_takes_the_settings(tmp_path: Path) -> None:
    """The cancel token is looked at every 0.2 s and no stdout copy is written (runner's own
    default is 5 s, and it drops a `settings` argument when env/settings is missing)."""
    from ansible_runner.config.runner import RunnerConfig

    private = jobs.make_private_dir(jobs.job_base_dir(tmp_path))
    playbook = tmp_path / "x.yml"
    playbook.write_text("---\n")
    prepared = jobs.prepare(private, playbook, [_node("a")])
    jobs.materialize(prepared)
    try:
        config = RunnerConfig(**prepared.runner_arguments())
        config.prepare()
        assert config.pexpect_timeout == jobs.RUNNER_POLL_S == 0.2
        assert config.suppress_output_file is True
        assert config.suppress_ansible_output is True
    finally:
        jobs.remove_private_dir(private)


def test_blocked_or_unpinned_nodes_and_empty_selections_are_refused(tmp_path: Path) -> None:
    blocked = Node("a", "10.0.0.1", 22, "airlock", pins=(PIN,), status=STATUS_HOSTKEY_CHANGED)
    with pytest.raises(jobs.JobError, match="without a valid pin"):
        jobs.prepare(PRIVATE, tmp_path / "x.yml", [blocked])
    with pytest.raises(jobs.JobError, match="without a valid pin"):
        jobs.prepare(PRIVATE, tmp_path / "x.yml", [Node("b", "10.0.0.2", 22, "airlock")])
    with pytest.raises(UsageError, match="matches no node"):
        jobs.prepare(PRIVATE, tmp_path / "x.yml", [])


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        (["novalue"], "is not KEY=VALUE"),
        (["Bad=1"], "is not KEY=VALUE"),
        (["1abc=1"], "is not KEY=VALUE"),
        (["ansible_ssh_common_args=-o LogLevel=DEBUG3"], "is reserved"),
        (["airlock_node=x"], "is reserved"),
        (["big=" + "x" * 5000], "longer than"),
    ],
)
def test_extravars_are_checked(raw: list[str], words: str) -> None:
    with pytest.raises(UsageError, match=words):
        jobs.check_extravars(raw)


def test_extravars_accepted() -> None:
    assert jobs.check_extravars(["airlock_root=/srv/a", "model=llama=3"]) == {"airlock_root": "/srv/a", "model": "llama=3"}


def _event(kind: str, host: str, task: str = "t", **res: object) -> dict[str, object]:
    return {"event": kind, "event_data": {"host": host, "task": task, "res": res, "duration": 0.5}}


def test_events_become_results_reports_and_summaries() -> None:
    seen: list[jobs.TaskResult] = []
    collector = jobs.EventCollector(seen.append)
    collector.feed({"event": "playbook_on_start", "event_data": {}})
    collector.feed(_event("runner_on_ok", "a", "Query", changed=False))
    collector.feed(_event("runner_on_ok", "a", "Report", airlock_report={"kind": "facts", "os": {"kernel": "6.1"}}))
    collector.feed(_event("runner_on_ok", "b", "Touch", changed=True))
    collector.feed(_event("runner_on_failed", "b", "Break", msg="boom", stderr="trace"))
    collector.feed(_event("runner_on_unreachable", "c", "Query",
                          msg="Failed to connect to the host via ssh: Host key verification failed."))
    collector.feed(_event("runner_on_skipped", "a", "Maybe"))
    collector.feed({"event": "playbook_on_stats", "event_data": {
        "ok": {"a": 2, "b": 1}, "changed": {"b": 1}, "failures": {"b": 1}, "dark": {"c": 1}, "skipped": {"a": 1}}})
    outcome = collector.outcome
    assert [(r.host, r.task, r.status) for r in seen] == [
        ("a", "Query", "ok"), ("a", "Report", "ok"), ("b", "Touch", "changed"), ("b", "Break", "failed"),
        ("c", "Query", "unreachable"), ("a", "Maybe", "skipped")]
    assert seen[3].message == "boom"
    assert outcome.reports == {"a": {"kind": "facts", "os": {"kernel": "6.1"}}}
    assert outcome.hostkey_failures == {"c"}
    assert outcome.host_summary["b"] == {"ok": 1, "changed": 1, "failures": 1, "unreachable": 0, "skipped": 0,
                                         "rescued": 0, "ignored": 0}
    assert outcome.events == 8
    outcome.status = jobs.STATUS_FAILED
    assert outcome.reached_hosts == ["a", "b"]
    assert not outcome.succeeded  # b failed


def test_success_means_every_reached_host_succeeded() -> None:
    outcome = jobs.JobOutcome(status=jobs.STATUS_FAILED, host_summary={
        "a": {"ok": 3, "failures": 0, "unreachable": 0}, "c": {"ok": 0, "failures": 0, "unreachable": 1}})
    assert outcome.succeeded
    outcome.host_summary = {"c": {"unreachable": 1}}
    assert not outcome.succeeded  # nothing was reached
    outcome.host_summary = {"a": {"ok": 1}}
    outcome.status = jobs.STATUS_CANCELED
    assert not outcome.succeeded


@pytest.mark.parametrize(
    "event",
    [
        {},
        {"event": "runner_on_ok"},
        {"event": "runner_on_ok", "event_data": {"host": "a", "res": "not a mapping"}},
        {"event": "runner_on_ok", "event_data": {"host": "a", "res": {"airlock_report": "not a mapping"}}},
        {"event": "playbook_on_stats", "event_data": {"ok": "garbage"}},
        {"event": "runner_on_failed", "event_data": {"host": "a", "res": {"msg": 42}, "duration": "x"}},
    ],
)
def test_garbage_events_do_not_break_the_collector(event: dict[str, object]) -> None:
    collector = jobs.EventCollector()
    collector.feed(event)
    assert collector.outcome.reports == {}
    assert collector.outcome.events == 1


def test_private_dirs_stay_short_enough_for_control_sockets(tmp_path: Path) -> None:
    assert jobs.job_base_dir(Path("/var/lib/airlock")) == Path("/var/lib/airlock/jobs")
    deep = tmp_path / ("x" * 80)
    base = jobs.job_base_dir(deep)
    made = jobs.make_private_dir(base)
    jobs.remove_private_dir(made)
    assert len(str(made)) <= 46
    with pytest.raises(jobs.JobError, match="too long for SSH control sockets"):
        jobs.prepare(deep, deep / "x.yml", [_node("a")])


def test_a_key_fifo_nobody_read_is_released(tmp_path: Path) -> None:
    private = jobs.make_private_dir(jobs.job_base_dir(tmp_path))
    (private / "artifacts" / "run").mkdir(parents=True)
    fifo = private / "artifacts" / "run" / "ssh_key_data"
    os.mkfifo(fifo, 0o600)
    about_to_open = threading.Event()

    def writer() -> None:  # what ansible-runner's key writer does
        about_to_open.set()
        with fifo.open("wb") as handle:
            handle.write(b"-----BEGIN OPENSSH PRIVATE KEY-----\n")

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    about_to_open.wait()
    jobs.remove_private_dir(private)
    thread.join(timeout=10)
    assert not thread.is_alive()
    assert not private.exists()


def test_leftover_job_dirs_of_this_vault_are_swept(tmp_path: Path) -> None:
    data_dir = Path("/tmp") / f"al-{os.getpid()}"  # short enough for DATA_DIR/jobs
    try:
        base = jobs.job_base_dir(data_dir)
        assert base == data_dir / "jobs"
        live, stale = jobs.make_private_dir(base), jobs.make_private_dir(base)
        (stale / "cp").mkdir()
        assert jobs.sweep_private_dirs(data_dir, {live}) == 1
        assert live.exists()
        assert not stale.exists()
        assert jobs.sweep_private_dirs(tmp_path / ("x" * 80), set()) == 0  # the shared temp dir is never swept
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
