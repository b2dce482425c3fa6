"""Ansible jobs through ansible-runner: prepare, run, collect.

`prepare()` is pure: it returns exactly what will be handed to ansible-runner (the private
data dir layout, inventory, known_hosts built from the pins, extra vars, environment,
command line). Every value an operator gave reaches Ansible as data, never as a template:
the inventory (inventory/hosts.yml) and the extra variables (env/extravars, which
ansible-runner hands over as `-e @FILE`) are YAML whose strings carry Ansible's `!unsafe`
tag (app.core.ansible_values), and template syntax is refused before a job is made.
`run()` writes that into a fresh 0700 directory, starts `run_async` with the
management key passed through `ssh_key` (a FIFO read by ssh-agent, never a plain file)
and `suppress_env_files=True`, drains events from a queue the event handler only fills,
and always removes the directory and closes the SSH control masters. The runner's own
settings go in env/settings (beside env/extravars, the only files under env/): it looks at the cancel token every
0.2 s, and keeps no copy of Ansible's output beside the events.

ansible-runner's status data carries the whole environment: only its `status` field is
ever read here, and nothing from it is logged.
"""

from __future__ import annotations

import contextlib
import enum
import json
import os
import queue
import select
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Mapping, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from app.core.ansible_values import EXTRA_VARIABLE, Untrusted, refuse_templates, to_yaml
from app.core.errors import AirlockError, OperationFailed, UsageError
from app.core.inventory import Node, ansible_inventory, known_hosts
from app.core.job_output import MAX_EVENT_RESULT, JobOutput
from app.core.messages import say

DEFAULT_FORKS: Final = 25
DEFAULT_TIMEOUT_S: Final = 3600
CONTROL_PERSIST_S: Final = 60
SSH_CONNECT_TIMEOUT_S: Final = 10
# How often ansible-runner looks at the cancel token and the job timeout while Ansible runs.
# Its own default is 5 s, which left a cancelled job running for seconds.
RUNNER_POLL_S: Final = 0.2
# ansible-runner's own settings. They are also written to env/settings in the private dir:
# ansible-runner 2.4 drops the `settings` argument when that file is missing.
RUNNER_SETTINGS: Final = {
    "suppress_output_file": True,  # no stdout/stderr copy in the artifacts: events are enough
    "suppress_ansible_output": True,
    "pexpect_timeout": RUNNER_POLL_S,
}
# A unix socket path holds at most 107 bytes. ssh creates the master as
# PRIVATE_DIR/cp/<40 hex digits>.<16 random characters>, so the private dir gets 46.
_MAX_PRIVATE_DIR_LEN: Final = 107 - len("/cp/") - 40 - 17
# Airlock's Ansible plugins: loaded by ansible-playbook from here, never imported by Airlock.
CALLBACK_PLUGINS_DIR: Final = Path(__file__).resolve().parent / "ansible_plugins" / "callback"
PAYLOAD_CALLBACK: Final = "airlock_payload"
_PRIVATE_DIR_PREFIX: Final = "airlock-job-"
_PRIVATE_DIR_NAME_LEN: Final = len(_PRIVATE_DIR_PREFIX) + 8
_MAX_MESSAGE: Final = 500
_MAX_EXTRAVAR_VALUE: Final = 4096
# Both written as YAML whose every operator-given string is `!unsafe` (app.core.ansible_values).
# ansible-runner passes env/extravars to ansible-playbook as `-e @FILE` when it exists.
INVENTORY_FILE: Final = "inventory/hosts.yml"
EXTRAVARS_FILE: Final = "env/extravars"
HOSTKEY_MARKERS: Final = (
    "Host key verification failed",
    "REMOTE HOST IDENTIFICATION HAS CHANGED",
    "No ED25519 host key is known",
)
_EXTRAVAR_NAME_CHARS: Final = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
_RESERVED_PREFIXES: Final = ("ansible_", "airlock_node", "airlock_labels")

STATUS_RUNNING: Final = "running"
STATUS_SUCCESSFUL: Final = "successful"
STATUS_FAILED: Final = "failed"
STATUS_CANCELED: Final = "canceled"
STATUS_TIMEOUT: Final = "timeout"
STATUS_INTERRUPTED: Final = "interrupted"

EventCallback = Callable[["TaskResult"], None]


class JobError(OperationFailed):
    """A job could not be started or its run broke down."""


@dataclass(frozen=True)
class JobSettings:
    """How Ansible runs. Airlock's defaults are tuned; `ansible_defaults()` is plain Ansible."""

    forks: int = DEFAULT_FORKS
    timeout_s: int = DEFAULT_TIMEOUT_S
    pipelining: bool = True
    control_persist_s: int = CONTROL_PERSIST_S
    compression: bool = False  # ssh -C costs CPU on both ends and saves little on a LAN
    # How often ansible-playbook's main process looks for finished tasks. Ansible's 1 ms
    # wakes it a thousand times a second for the whole run; 10 ms costs a task at most
    # 10 ms of latency and gives the machine 2-3 % of its CPU back (bench/bench_jobs.py).
    poll_interval_s: float = 0.01
    # Module payloads carry the bytecode of their Python files, so that a node with the
    # controller's Python does not compile ansible.module_utils on every task
    # (ansible_plugins/callback/airlock_payload.py).
    bytecode: bool = True

    @classmethod
    def ansible_defaults(cls, timeout_s: int = DEFAULT_TIMEOUT_S) -> JobSettings:
        """Ansible's own defaults, kept for comparison.

        5 forks, no pipelining, ssh -C, 1 ms polling, and payloads as Ansible builds them.
        """
        return cls(forks=5, timeout_s=timeout_s, pipelining=False, compression=True, poll_interval_s=0.001,
                   bytecode=False)


@dataclass(frozen=True)
class PreparedJob:
    """Everything ansible-runner will be given, before anything touches the disk."""

    private_data_dir: Path
    playbook: Path
    files: dict[str, str]
    inventory: dict[str, Any]
    extravars: dict[str, str]
    envvars: dict[str, str]
    cmdline: str
    timeout_s: int
    hosts: tuple[str, ...]
    # What it was prepared from, so that a job can be split by path (app.core.relay_dispatch).
    nodes: tuple[Node, ...] = ()
    settings: JobSettings = field(default_factory=JobSettings)

    @property
    def control_dir(self) -> Path:
        """Where ssh keeps its ControlPersist sockets for this job."""
        return self.private_data_dir / "cp"

    def runner_arguments(self) -> dict[str, Any]:
        """The keyword arguments for `ansible_runner.run_async`, the key and handlers aside."""
        return {
            "private_data_dir": str(self.private_data_dir),
            "playbook": str(self.playbook),
            "inventory": str(self.private_data_dir / INVENTORY_FILE),
            "envvars": dict(self.envvars),
            "cmdline": self.cmdline,
            "suppress_env_files": True,
            "timeout": self.timeout_s,
            "quiet": True,
            "ident": "run",
            "settings": dict(RUNNER_SETTINGS),
        }


@dataclass(frozen=True)
class TaskResult:
    """One task on one host."""

    host: str
    task: str
    status: str  # ok | changed | failed | unreachable | skipped
    message: str = ""
    duration_s: float | None = None


@dataclass
class JobOutcome:
    """What a finished job produced."""

    status: str
    results: list[TaskResult] = field(default_factory=list)
    host_summary: dict[str, dict[str, int]] = field(default_factory=dict)
    reports: dict[str, dict[str, Any]] = field(default_factory=dict)
    hostkey_failures: set[str] = field(default_factory=set)
    events: int = 0
    output: JobOutput = field(default_factory=JobOutput)  # the whole output, to take away (app.core.job_output)
    # Each relay that ran part of the job: its nodes, how its part ended and why (relay_dispatch).
    relays: dict[str, dict[str, Any]] = field(default_factory=dict)

    @property
    def reached_hosts(self) -> list[str]:
        """Hosts Ansible could talk to."""
        return [h for h, s in self.host_summary.items() if not s.get("unreachable")]

    @property
    def succeeded(self) -> bool:
        """True when it ran to the end and every reachable host succeeded (at least one)."""
        if self.status not in (STATUS_SUCCESSFUL, STATUS_FAILED):
            return False
        reached = self.reached_hosts
        return bool(reached) and all(not self.host_summary[h].get("failures") for h in reached)

    def summary(self) -> dict[str, Any]:
        """A JSON-ready summary stored with the job."""
        summary = {
            "status": self.status,
            "hosts": self.host_summary,
            "events": self.events,
            "hostkey_failures": sorted(self.hostkey_failures),
            "succeeded": self.succeeded,
        }
        if self.relays:
            summary["relays"] = self.relays
        return summary


def job_base_dir(data_dir: Path) -> Path:
    """Where private data dirs are made: under the data dir when its path is short enough."""
    preferred = data_dir / "jobs"
    if len(str(preferred)) + 1 + _PRIVATE_DIR_NAME_LEN <= _MAX_PRIVATE_DIR_LEN:
        return preferred
    return Path(tempfile.gettempdir())


def make_private_dir(base: Path) -> Path:
    """A fresh 0700 directory with an unguessable name."""
    base.mkdir(mode=0o700, parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=_PRIVATE_DIR_PREFIX, dir=base))


def check_extravars(raw: list[str]) -> dict[str, str]:
    """`KEY=VALUE` extra variables from the command line, checked."""
    extravars: dict[str, str] = {}
    for item in raw:
        key, sep, value = item.partition("=")
        if not sep or not key or not set(key) <= _EXTRAVAR_NAME_CHARS or key[0].isdigit():
            raise UsageError(
                say("Extra variable {variable} is not KEY=VALUE with a lowercase name.", variable=repr(item)),
                say("For example -e airlock_root=/srv/airlock."),
            )
        if key.startswith(_RESERVED_PREFIXES):
            raise UsageError(
                say("Extra variable {variable} is reserved: Airlock sets it from the inventory.", variable=key),
                say("Change the node instead (airlock node enroll ... --var)."),
            )
        if len(value) > _MAX_EXTRAVAR_VALUE:
            raise UsageError(
                say(
                    "Extra variable {variable} is longer than {limit} characters.",
                    variable=key,
                    limit=_MAX_EXTRAVAR_VALUE,
                )
            )
        refuse_templates(value, EXTRA_VARIABLE, key)
        extravars[key] = value
    return extravars


def _ssh_args(private_dir: Path, settings: JobSettings) -> str:
    options = [
        "-o StrictHostKeyChecking=yes",
        f"-o UserKnownHostsFile={private_dir / 'known_hosts'}",
        "-o GlobalKnownHostsFile=/dev/null",
        "-o UpdateHostKeys=no",
        "-o PasswordAuthentication=no",
        "-o KbdInteractiveAuthentication=no",
        "-o BatchMode=yes",
        "-o IdentityFile=none",
        f"-o ConnectTimeout={SSH_CONNECT_TIMEOUT_S}",
    ]
    if settings.compression:
        options.insert(0, "-C")
    if settings.control_persist_s > 0:
        options += ["-o ControlMaster=auto", f"-o ControlPersist={settings.control_persist_s}s"]
    else:
        options += ["-o ControlMaster=no"]
    return " ".join(options)


def _untrusted_host_variables(inventory: dict[str, Any]) -> dict[str, Any]:
    """The inventory with every host's variables marked `Untrusted` (the structure stays plain)."""
    everyone = inventory["all"]
    hosts = {name: Untrusted(variables) for name, variables in everyone["hosts"].items()}
    return {"all": {**everyone, "hosts": hosts}}


def check_reachable(nodes: list[Node]) -> None:
    """Refuse a job whose selection leaves no node to run on."""
    if not nodes:
        raise UsageError(
            say("The selection matches no node that can be reached."),
            say("Check `airlock node list` and the --limit pattern."),
        )


def prepare(
    private_dir: Path,
    playbook: Path,
    nodes: list[Node],
    extravars: Mapping[str, str] | None = None,
    settings: JobSettings | None = None,
) -> PreparedJob:
    """Exactly what ansible-runner will be given for this playbook on these nodes.

    Blocked nodes (changed host key) must have been filtered out by the caller; passing
    one is a programming error and raises `JobError`.
    """
    settings = settings or JobSettings()
    check_reachable(nodes)
    blocked = [n.name for n in nodes if n.blocked or not n.pins]
    if blocked:
        raise JobError(
            say("Nodes without a valid pin cannot run jobs: {nodes}.", nodes=", ".join(blocked)),
            say("An admin must re-pin them with `airlock node repin`."),
        )
    if len(str(private_dir)) > _MAX_PRIVATE_DIR_LEN:
        raise JobError(
            say("The job directory {path} is too long for SSH control sockets.", path=private_dir),
            say("Use jobs.job_base_dir() to place it."),
        )
    if settings.forks < 1 or settings.timeout_s < 1 or not 0 < settings.poll_interval_s <= 1:
        raise UsageError(say("Forks and timeout must be positive, and the poll interval between 0 and 1 s."))
    inventory = ansible_inventory(nodes)
    envvars = {
        "ANSIBLE_CONFIG": str(private_dir / "ansible.cfg"),
        "ANSIBLE_HOST_KEY_CHECKING": "True",
        "ANSIBLE_SSH_ARGS": _ssh_args(private_dir, settings),
        "ANSIBLE_SSH_CONTROL_PATH_DIR": str(private_dir / "cp"),
        "ANSIBLE_SSH_CONTROL_PATH": "%(directory)s/%%C",
        "ANSIBLE_PIPELINING": str(settings.pipelining),
        "ANSIBLE_LOCAL_TEMP": str(private_dir / "tmp"),
        "ANSIBLE_TIMEOUT": str(SSH_CONNECT_TIMEOUT_S),
        "ANSIBLE_INTERPRETER_PYTHON": "auto_silent",
        "ANSIBLE_NOCOLOR": "1",
        "ANSIBLE_RETRY_FILES_ENABLED": "False",
        "ANSIBLE_NO_TARGET_SYSLOG": "True",
        "MAX_EVENT_RES": str(MAX_EVENT_RESULT),  # ansible-runner's own cap is 700,000 characters
    }
    if settings.bytecode:
        # ansible-runner puts its own event callback's directory after this one.
        envvars["ANSIBLE_CALLBACK_PLUGINS"] = str(CALLBACK_PLUGINS_DIR)
        envvars["ANSIBLE_CALLBACKS_ENABLED"] = PAYLOAD_CALLBACK
    files = {
        "ansible.cfg": f"[defaults]\ninternal_poll_interval = {settings.poll_interval_s}\n",
        "env/settings": json.dumps(RUNNER_SETTINGS, sort_keys=True) + "\n",
        "known_hosts": known_hosts(nodes),
        INVENTORY_FILE: to_yaml(_untrusted_host_variables(inventory)),
    }
    if extravars:
        files[EXTRAVARS_FILE] = to_yaml(Untrusted(dict(sorted(extravars.items()))))
    return PreparedJob(
        private_data_dir=private_dir,
        playbook=playbook.resolve(),
        files=files,
        inventory=inventory,
        extravars=dict(extravars or {}),
        envvars=envvars,
        cmdline=f"--forks {settings.forks}",
        timeout_s=settings.timeout_s,
        hosts=tuple(n.name for n in nodes),
        nodes=tuple(nodes),
        settings=settings,
    )


def drop_foreign_ansible_settings(environ: MutableMapping[str, str]) -> list[str]:
    """Remove every `ANSIBLE_*` variable from `environ` (the process's own environment); return their names.

    ansible-runner starts ansible-playbook with the whole environment of the process, and
    Ansible reads any `ANSIBLE_*` variable as configuration: a plugin path, a become program,
    SSH arguments, a vault password file. A job must run with Airlock's settings alone (its
    `envvars` and ansible.cfg), whatever the shell that started the appliance had set.
    """
    names = sorted(name for name in environ if name.startswith("ANSIBLE_"))
    for name in names:
        del environ[name]
    return names


def materialize(prepared: PreparedJob) -> None:
    """Write the prepared files into the (already 0700) private data dir, 0600 each."""
    root = prepared.private_data_dir
    for sub in ("inventory", "env", "cp", "tmp"):
        (root / sub).mkdir(mode=0o700, exist_ok=True)
    for relative, content in prepared.files.items():
        path = root / relative
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(content)


def close_control_masters(control_dir: Path, request: str = "exit") -> int:
    """Ask every ControlPersist master under `control_dir` to exit; returns how many.

    `request="stop"`: to stop listening instead; an idle master exits at once, a busy one when
    its sessions end.
    """
    if not control_dir.is_dir():
        return 0
    closed = 0
    for socket_path in sorted(control_dir.iterdir()):
        if not socket_path.is_socket():
            continue
        subprocess.run(  # noqa: S603 - fixed argument list
            ["/usr/bin/ssh", "-F", "none", "-O", request, "-o", f"ControlPath={socket_path}", "airlock-control-master"],
            check=False,
            capture_output=True,
            timeout=10,
        )
        closed += 1
    return closed


def job_processes(private_dir: Path) -> list[int]:
    """Pids whose command line names this job's private dir (its random name is unique).

    After a run that is the ssh-agent ansible-runner started, which otherwise lingers with
    the key loaded until it notices its parent is gone; after a crash, the whole job.
    """
    marker = (str(private_dir) + "/").encode()
    pids = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            text = cmdline.read_bytes()
        except OSError:
            continue
        pid = int(cmdline.parent.name)
        if marker in text and pid != os.getpid():
            pids.append(pid)
    return pids


def remove_private_dir(private_dir: Path) -> None:
    """Close control masters, stop the job's leftover processes, remove its private dir."""
    close_control_masters(private_dir / "cp")
    for pid in job_processes(private_dir):
        _terminate(pid)
    _release_key_fifos(private_dir)
    shutil.rmtree(private_dir, ignore_errors=True)
    if private_dir.exists():  # something of the job still wrote while it was removed
        for pid in job_processes(private_dir):
            _terminate(pid)
        shutil.rmtree(private_dir, ignore_errors=True)


def sweep_private_dirs(data_dir: Path, keep: set[Path]) -> int:
    """Remove job dirs under DATA_DIR/jobs that no running job owns; returns how many.

    Only the vault's own jobs directory is swept: the shared temporary directory may hold
    other installations' live jobs.
    """
    base = job_base_dir(data_dir)
    if base != data_dir / "jobs" or not base.is_dir():
        return 0
    removed = 0
    for candidate in base.glob(_PRIVATE_DIR_PREFIX + "*"):
        if candidate.is_dir() and candidate not in keep:
            remove_private_dir(candidate)
            removed += 1
    return removed


def _release_key_fifos(private_dir: Path) -> None:
    """Unblock ansible-runner's key writer if ssh-add never read its FIFO (a job killed early).

    The writer thread blocks in open() until a reader comes; left alone it would keep the
    process from exiting. What it writes is read and dropped here, never stored.
    """
    if not private_dir.is_dir():
        return
    for fifo in private_dir.glob("artifacts/*/ssh_key_data"):
        if not stat.S_ISFIFO(fifo.lstat().st_mode):
            continue
        fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
        try:
            while select.select([fd], [], [], 1.0)[0] and os.read(fd, 65536):
                pass
        finally:
            os.close(fd)


def _terminate(pid: int, wait_s: float = 5.0) -> None:
    """SIGTERM a process through a pidfd (no pid-reuse race) and wait for it to end."""
    try:
        pidfd = os.pidfd_open(pid)
    except (ProcessLookupError, PermissionError):
        return
    try:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            signal.pidfd_send_signal(pidfd, signal.SIGTERM)
        select.select([pidfd], [], [], wait_s)  # readable once the process has exited
    finally:
        os.close(pidfd)


def _message(res: Mapping[str, Any]) -> str:
    for key in ("msg", "stderr", "reason"):
        value = res.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()[-_MAX_MESSAGE:]
    return ""


_STATUS_OF_EVENT: Final = {
    "runner_on_ok": "ok",
    "runner_on_failed": "failed",
    "runner_on_unreachable": "unreachable",
    "runner_on_skipped": "skipped",
}


class EventCollector:
    """Turns ansible-runner events into task results, host summaries and node reports.

    Events are fed in from one thread (`run()`'s); the event handler itself only enqueues.
    """

    def __init__(self, on_result: EventCallback | None = None) -> None:
        self.outcome = JobOutcome(status=STATUS_RUNNING)
        self._on_result = on_result

    def feed(self, event: Mapping[str, Any]) -> None:
        """Take one event."""
        self.outcome.events += 1
        self.outcome.output.add(event)
        kind = event.get("event")
        data = event.get("event_data") or {}
        if kind == "playbook_on_stats":
            self._stats(data)
            return
        status = _STATUS_OF_EVENT.get(str(kind))
        if status is None:
            return
        host = str(data.get("host", ""))
        res = data.get("res") or {}
        if not isinstance(res, Mapping):
            res = {}
        if status == "ok" and res.get("changed"):
            status = "changed"
        message = _message(res)
        if status == "unreachable" and any(marker in message for marker in HOSTKEY_MARKERS):
            self.outcome.hostkey_failures.add(host)
        report = res.get("airlock_report")
        if status in ("ok", "changed") and isinstance(report, Mapping):
            self.outcome.reports.setdefault(host, {}).update(report)
        duration = data.get("duration")
        result = TaskResult(
            host,
            str(data.get("task", "")),
            status,
            message,
            float(duration) if isinstance(duration, (int, float)) else None,
        )
        self.outcome.results.append(result)
        if self._on_result is not None:
            self._on_result(result)

    def _stats(self, data: Mapping[str, Any]) -> None:
        names = {
            "ok": "ok",
            "changed": "changed",
            "failures": "failures",
            "dark": "unreachable",
            "skipped": "skipped",
            "rescued": "rescued",
            "ignored": "ignored",
        }
        summary: dict[str, dict[str, int]] = {}
        for source, target in names.items():
            counts = data.get(source) or {}
            if isinstance(counts, Mapping):
                for host, count in counts.items():
                    summary.setdefault(str(host), dict.fromkeys(names.values(), 0))[target] = int(count)
        self.outcome.host_summary.update(summary)


class RunEnd(enum.Enum):
    """What the event queue holds besides events: the end of the run."""

    FINISHED = "finished"


FINISHED: Final = RunEnd.FINISHED
"""Put in the event queue after the last event of a run (ansible-runner's finished_callback).

Its own type, not an (empty, shared, mutable) event: it can never be fed as an event or
changed by whoever holds it, and the type checker makes every reader of the queue tell
the two apart.
"""

EventQueue = queue.SimpleQueue[dict[str, Any] | RunEnd]


def event_handler(events: EventQueue) -> Callable[[dict[str, Any]], bool]:
    """ansible-runner's event handler: it only enqueues (never blocks, never writes)."""

    def enqueue(event: dict[str, Any]) -> bool:
        events.put(event)
        return False  # nothing written to the artifacts directory

    return enqueue


def drain(
    events: EventQueue,
    collector: EventCollector,
    producing: Callable[[], bool],
    poll_s: float = 0.1,
) -> None:
    """Feed queued events to the collector until the producer is done and the queue empty.

    A `FINISHED` item in the queue wakes the loop as soon as the producer ends (it is not
    fed); `poll_s` bounds the wait where the producer ends without one.
    """
    while producing() or not events.empty():
        try:
            event = events.get(timeout=poll_s)
        except queue.Empty:
            continue
        if event is not RunEnd.FINISHED:
            collector.feed(event)


def _search_path() -> str:
    """PATH for the job: Ansible's own bin directory first (the one this Python runs from)."""
    own_bin = Path(sys.executable).parent
    current = os.environ.get("PATH", "/usr/bin:/bin")
    if (own_bin / "ansible-playbook").exists():
        return f"{own_bin}{os.pathsep}{current}"
    return current


def _final_status(runner_status: str, cancelled: bool) -> str:
    if cancelled or runner_status == STATUS_CANCELED:
        return STATUS_CANCELED
    if runner_status in (STATUS_SUCCESSFUL, STATUS_FAILED, STATUS_TIMEOUT):
        return runner_status
    return STATUS_FAILED


def run(
    prepared: PreparedJob,
    ssh_key: str,
    *,
    cancel: threading.Event | None = None,
    on_result: EventCallback | None = None,
    on_started: Callable[[], None] | None = None,
    poll_s: float = 0.1,
) -> JobOutcome:
    """Run a prepared job to its end and return what it produced.

    The private data dir must exist (0700) and be empty; it is removed when this returns,
    whatever happened. Cancelling (setting `cancel`) stops Ansible and returns status
    `canceled`; the job timeout returns status `timeout`.
    """
    import ansible_runner

    if not ssh_key.strip():
        raise JobError(say("The management key is empty."))
    events: EventQueue = queue.SimpleQueue()
    statuses: list[str] = []
    cancel = cancel or threading.Event()
    enqueue = event_handler(events)

    def record_status(status_data: dict[str, Any], **_: Any) -> None:
        statuses.append(str(status_data.get("status", "")))  # only the status: the rest carries the environment

    collector = EventCollector(on_result)
    finished = threading.Event()

    def record_finish(_runner: object) -> None:
        # Called by the runner's thread after its last event: wake the drain at once.
        finished.set()
        events.put(FINISHED)

    try:
        materialize(prepared)
        arguments = prepared.runner_arguments()
        arguments["envvars"]["PATH"] = _search_path()
        thread, runner = ansible_runner.run_async(
            **arguments,
            ssh_key=ssh_key,
            event_handler=enqueue,
            status_handler=record_status,
            cancel_callback=cancel.is_set,
            finished_callback=record_finish,
        )
        if on_started is not None:
            on_started()
        drain(events, collector, lambda: thread.is_alive() and not finished.is_set(), poll_s)
        thread.join()
        collector.outcome.status = _final_status(str(runner.status), cancel.is_set())
    except AirlockError:
        raise
    except Exception as exc:
        raise JobError(
            say("The job could not run: {error_type}: {error}.", error_type=type(exc).__name__, error=exc),
            say("Check that ansible-playbook, ssh-agent and ssh are installed."),
        ) from exc
    finally:
        remove_private_dir(prepared.private_data_dir)
    return collector.outcome
