"""Jobs through relays: ansible-runner's streaming engine over the appliance's pinned SSH.

`run()` splits a prepared job by path. The appliance runs its direct nodes as any job
(`jobs.run`). For each relay's share it:

1. prepares the share like any job (`jobs.prepare`), naming the private data dir the share
   will have on the relay (RELAY_RUN_DIR/JOB/run, in the relay's tmpfs), so that the
   generated known_hosts of the pins (StrictHostKeyChecking=yes), ansible.cfg, control
   sockets and temporary files all live there; the inventory and extra variables are the
   same `!unsafe` YAML; with the playbook's project (its directory, roles included) and
   Airlock's payload plugin they make the zip that `ansible-runner transmit` would send
   (the project part zipped once per playbook directory, not once per relay and job);
2. starts `ssh RELAY sudo -n -u airlock-relay /opt/airlock-relay/bin/airlock-relay`, which
   accepts only the relay's pinned host key and logs in with the management key held by a
   private ssh-agent on the appliance (`transfer.PinnedSsh`);
3. writes the request, then the management key, which the relay program puts straight into
   an ssh-agent of the job's own (never a file), then the transmit stream (the kwargs line,
   the zip's length and its base64, eof: ansible-runner's own format, which its worker reads);
4. reads the relay's answer, then the worker's stream with `ansible-runner process`, whose
   event handler feeds the same `jobs.EventCollector` as a direct job: the same results,
   host summaries, reports and live updates, into one job with one result.

What a relay sends is input like any other: lines are bounded, events about hosts outside
its share are dropped, and the zip of artifacts a worker sends at its end is read and
discarded, never unpacked (a zip names its own paths).

Faults. A relay that cannot be reached, refuses, dies, or sends nothing for SILENCE_S marks
the nodes of its share that had not finished unreachable, "relay NAME unreachable" (with
why); the other parts finish. A relay whose host key changed is reported in
`hostkey_failures` (the service blocks it as it blocks a node). Cancel sends each relay a
cancel line (the relay program stops the whole tree of the job's processes) and closes the
connection if the relay does not end in time. The job's timeout runs across all parts: each
relay's worker gets what is left of it, and the appliance stops a relay still running
TIMEOUT_GRACE_S after it.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import io
import json
import secrets
import shutil
import subprocess
import tempfile
import threading
import time
import zipfile
from collections.abc import Callable, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from pathlib import Path, PurePosixPath
from typing import IO, Any, Final, Protocol

from app.core import jobs
from app.core.errors import AirlockError, OperationFailed
from app.core.inventory import Node
from app.core.messages import Message, say
from app.core.relays import PROTOCOL, RELAY_COMMAND, RELAY_RUN_DIR
from app.core.ssh import HostKeyChanged, NodeUnreachable
from app.core.transfer import PinnedSsh

KEEPALIVE_S: Final = 5
WATCH_S: Final = 0.1  # how often the dispatcher passes cancel on and looks at deadlines
SILENCE_S: Final = 45.0
STOP_GRACE_S: Final = 5.0
TIMEOUT_GRACE_S: Final = 10.0
MAX_LINE: Final = 64 * 1024 * 1024
MAX_ARTIFACTS: Final = 256 * 1024 * 1024
_JOB_PREFIX: Final = "airlock-job-"
_JOB_ALPHABET: Final = "abcdefghijklmnopqrstuvwxyz0123456789"
# The relay's link is watched more closely than a node's: a dead relay takes its whole share.
SSH_OPTIONS: Final = {"ServerAliveInterval": "5", "ServerAliveCountMax": "3", "ConnectTimeout": "10"}
_FINAL_STATUSES: Final = frozenset(
    {jobs.STATUS_SUCCESSFUL, jobs.STATUS_FAILED, jobs.STATUS_TIMEOUT, jobs.STATUS_CANCELED}
)
_STOP_CANCEL: Final = "cancel"
_STOP_TIMEOUT: Final = "timeout"
_STOP_SILENT: Final = "silent"


class Link(Protocol):
    """The links to the relays, as `transfer.PinnedSsh` (one connection per job) or `relay_links` (shared)."""

    def argv(self, node: Node, remote_command: str, overrides: Mapping[str, str] | None = None) -> list[str]: ...

    def env(self) -> dict[str, str]: ...


Connect = Callable[[list[Node], bytes, Path], AbstractContextManager[Link]]


class RelayRefused(OperationFailed):
    """A relay answered, but will not run jobs (not provisioned, another protocol)."""

    audit_outcome = "refused"


@dataclass(frozen=True)
class Share:
    """A relay and the nodes it runs this job for."""

    relay: Node
    nodes: tuple[Node, ...]


def job_name() -> str:
    """A fresh name for a job's directory on a relay (the relay program checks its form)."""
    return _JOB_PREFIX + "".join(secrets.choice(_JOB_ALPHABET) for _ in range(8))


def remote_private_dir(name: str) -> PurePosixPath:
    """The share's private data dir on the relay: in its tmpfs, short enough for control sockets."""
    return PurePosixPath(RELAY_RUN_DIR) / name / "run"


def prepare_share(prepared: jobs.PreparedJob, nodes: list[Node], name: str) -> jobs.PreparedJob:
    """The job for one relay's nodes, its paths on the relay."""
    remote = remote_private_dir(name)
    share = jobs.prepare(Path(remote), prepared.playbook, nodes, prepared.extravars, prepared.settings)
    if "ANSIBLE_CALLBACK_PLUGINS" in share.envvars:
        envvars = {**share.envvars, "ANSIBLE_CALLBACK_PLUGINS": str(remote / "plugins" / "callback")}
        share = replace(share, envvars=envvars)
    return share


def _project_files(share: jobs.PreparedJob) -> list[tuple[str, Path]]:
    """What every share of this playbook carries: its directory (roles too) as `project/`, the plugin."""
    root = share.playbook.parent
    files = [(f"project/{path.relative_to(root)}", path) for path in sorted(root.rglob("*"))
             if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".pyc"]
    if "ANSIBLE_CALLBACK_PLUGINS" in share.envvars:
        plugin = jobs.CALLBACK_PLUGINS_DIR / f"{jobs.PAYLOAD_CALLBACK}.py"
        files.append((f"plugins/callback/{plugin.name}", plugin))
    return files


@functools.lru_cache(maxsize=16)
def _project_zip(files: tuple[tuple[str, str, int, int], ...]) -> bytes:
    """The project part of a share's zip, made once per set of files (name, path, size, mtime)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, path, _size, _mtime in files:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o100600 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, Path(path).read_bytes())
    return buffer.getvalue()


def share_zip(share: jobs.PreparedJob) -> bytes:
    """The share's private data dir as the zip `ansible-runner transmit` sends (the worker unpacks it).

    The project part is zipped once and reused by every relay and job that runs the same
    playbook directory; only the share's own files (inventory, known_hosts, settings) are added.
    """
    project = tuple((name, str(path), path.stat().st_size, path.stat().st_mtime_ns)
                    for name, path in _project_files(share))
    buffer = io.BytesIO(_project_zip(project))
    with zipfile.ZipFile(buffer, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        for directory in ("cp/", "tmp/"):
            info = zipfile.ZipInfo(directory, date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o40700 << 16
            archive.writestr(info, b"")
        for name, content in sorted(share.files.items()):
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = 0o100600 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, content.encode("utf-8"))
    return buffer.getvalue()


def transmit_stream(kwargs: dict[str, Any], archive: bytes) -> bytes:
    """`ansible-runner transmit`'s stream: the kwargs line, the zip (its length, then base64), eof."""
    return b"".join((json.dumps({"kwargs": kwargs}).encode(), b"\n", json.dumps({"zipfile": len(archive)}).encode(),
                     b"\n", base64.b64encode(archive), json.dumps({"eof": True}).encode(), b"\n"))


def worker_kwargs(share: jobs.PreparedJob, timeout_s: int) -> dict[str, Any]:
    """What `ansible-runner transmit` sends: the run's arguments, with paths the worker resolves."""
    arguments = share.runner_arguments()
    del arguments["private_data_dir"]
    arguments["playbook"] = share.playbook.name  # in the transmitted project/
    arguments["inventory"] = jobs.INVENTORY_FILE  # the worker joins it to its private data dir
    arguments["timeout"] = max(1, timeout_s)
    return arguments


def request_line(body: Mapping[str, object]) -> bytes:
    return json.dumps({"airlock_relay": PROTOCOL, **body}, sort_keys=True).encode() + b"\n"


# -- reading a relay -------------------------------------------------------------------------------------


class _LineTooLong(OSError):
    """A relay sent a line longer than MAX_LINE (ansible-runner's Processor stops on OSError)."""


class RelayInput:
    """A relay's stdout, read one bounded line at a time; notes when data last came."""

    def __init__(self, raw: IO[bytes]) -> None:
        self.raw = raw
        self.last_data = time.monotonic()
        self.ended = False  # the stream ended (rather than the worker saying it was done)

    def readline(self, _size: int = -1) -> bytes:
        line = self.raw.readline(MAX_LINE)
        self.last_data = time.monotonic()
        self.ended = self.ended or not line
        if len(line) >= MAX_LINE and not line.endswith(b"\n"):
            raise _LineTooLong("a line longer than the limit")
        return line

    def discard(self, count: int) -> None:
        while count > 0:
            block = self.raw.read(min(count, 1024 * 1024))
            if not block:
                raise _LineTooLong("the stream ended inside its artifacts")
            self.last_data = time.monotonic()
            count -= len(block)


@functools.cache
def processor_class() -> type[Any]:
    from ansible_runner.streaming import Processor

    class WorkerStream(Processor):  # type: ignore[misc]
        """ansible-runner's `process`, minus two things a relay must not be trusted with."""

        def artifacts_callback(self, artifacts_data: dict[str, Any]) -> None:
            # The worker's artifacts zip is read and dropped: unpacking it would let a relay
            # name paths on the appliance. Everything Airlock keeps came as events.
            size = artifacts_data.get("zipfile")
            if not isinstance(size, int) or not 0 <= size <= MAX_ARTIFACTS:
                raise _LineTooLong("artifacts larger than the limit")
            self._input.discard(4 * ((size + 2) // 3))

        def event_callback(self, event_data: dict[str, Any]) -> None:
            # No event file is written on the appliance; the handler takes every event.
            self.event_handler(event_data)

    return WorkerStream


class ShareEvents:
    """The event handler of one relay's stream: only its own hosts reach the collector."""

    def __init__(self, hosts: frozenset[str], collector: jobs.EventCollector) -> None:
        self.hosts = hosts
        self.collector = collector
        self.foreign = 0
        self.relay_error = ""

    def __call__(self, event: dict[str, Any]) -> bool:
        if "airlock_relay" in event:  # the relay program speaking after its answer
            self.relay_error = str(event.get("error", ""))[:500]
            return False
        data = event.get("event_data")
        if not isinstance(data, dict):
            data = {}
        if event.get("event") == "playbook_on_stats":
            kept = {key: {h: c for h, c in value.items() if h in self.hosts}
                    for key, value in data.items() if isinstance(value, dict)}
            event = {**event, "event_data": kept}
        elif data.get("host") and data.get("host") not in self.hosts:
            self.foreign += 1
            return False
        self.collector.feed(event)
        return False


# -- one relay's part --------------------------------------------------------------------------------------


class RelayRun:
    """One relay's part of a job, run on a thread of its own."""

    def __init__(self, share: Share, prepared: jobs.PreparedJob, ssh: Link | None, key: bytes, local: Path,
                 deadline: float, on_result: jobs.EventCallback) -> None:
        self.share = share
        self.name = share.relay.name
        self.hosts = frozenset(n.name for n in share.nodes)
        self._prepared = prepared
        self._ssh = ssh
        self._key = key
        self._local = local
        self._deadline = deadline
        self._on_result = on_result
        self._name = ""
        self._kwargs: dict[str, Any] = {}
        self._stream = b""
        self._errors: list[str] = []
        self.collector = jobs.EventCollector(on_result)
        self._events = ShareEvents(self.hosts, self.collector)
        self._statuses: list[str] = []
        self._process: subprocess.Popen[bytes] | None = None
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 - closed when the run ends
        self._input: RelayInput | None = None
        self._write_lock = threading.Lock()
        self._transmitted = False
        self.stop_reason = ""
        self._stop_requested_at: float | None = None
        self.failure: Message | None = None
        self.hostkey_changed = False
        self.thread = threading.Thread(target=self._run, name=f"relay {self.name}", daemon=True)

    # -- control, from the dispatcher's thread

    def start(self) -> None:
        self.thread.start()

    def idle_s(self) -> float:
        return 0.0 if self._input is None else time.monotonic() - self._input.last_data

    def request_stop(self, reason: str) -> None:
        """Ask the relay to stop the job (cancel line); closes the link if it has not been sent."""
        if self.stop_reason:
            return
        self.stop_reason = reason
        self._stop_requested_at = time.monotonic()
        with self._write_lock:
            process = self._process
            if process is None:
                return
            if not self._transmitted:
                process.kill()  # the relay sees its input end before the job started: it cleans up
                return
            with contextlib.suppress(OSError, ValueError):
                assert process.stdin is not None  # noqa: S101
                process.stdin.write(request_line({"cancel": True}))
                process.stdin.flush()

    def enforce_stop(self) -> None:
        """Close the link of a relay that did not end STOP_GRACE_S after it was asked to stop."""
        if self._stop_requested_at is not None and time.monotonic() - self._stop_requested_at > STOP_GRACE_S:
            process = self._process
            if process is not None and process.poll() is None:
                process.kill()

    # -- the thread

    def _run(self) -> None:
        try:
            self._start_ssh()
            self._send()
            self._read_answer()
            self._read_stream()
        except _RelayDown as exc:
            self.failure = exc.reason
        except AirlockError as exc:
            self.failure = say("relay {relay} unreachable: {error}", relay=self.name, error=str(exc)[:300])
        except Exception as exc:  # noqa: BLE001 - any breakdown of one relay is that relay's failure
            self.failure = say("relay {relay} unreachable: {error}", relay=self.name,
                               error=f"{type(exc).__name__}: {exc}"[:300])
        finally:
            self._finish()

    def _start_ssh(self) -> None:
        if self._ssh is None:  # the relay is blocked: nothing is sent to it
            self.hostkey_changed = True
            raise _RelayDown(say("relay {relay} unreachable: its host key changed", relay=self.name))
        name = job_name()
        share = prepare_share(self._prepared, list(self.share.nodes), name)
        self._local.mkdir(mode=0o700)  # the artifacts dir ansible-runner's Processor insists on
        self._name = name
        self._kwargs = worker_kwargs(share, int(self._deadline - time.monotonic()))
        self._stream = transmit_stream(self._kwargs, share_zip(share))
        with self._write_lock:
            if self.stop_reason:
                raise _RelayDown(None)
            self._process = subprocess.Popen(  # noqa: S603 - fixed argument list
                self._ssh.argv(self.share.relay, RELAY_COMMAND, SSH_OPTIONS), stdin=subprocess.PIPE,
                stdout=subprocess.PIPE, stderr=self._stderr, env=self._ssh.env(),
            )

    def _send(self) -> None:
        process = self._process
        assert process is not None  # noqa: S101
        assert process.stdin is not None  # noqa: S101
        header = {"mode": "worker", "job": self._name, "key_length": len(self._key), "keepalive_s": KEEPALIVE_S,
                  "key_lifetime_s": int(self._kwargs["timeout"] + TIMEOUT_GRACE_S + 60)}
        try:
            process.stdin.write(request_line(header))
            process.stdin.write(self._key)
            process.stdin.write(self._stream)
            process.stdin.flush()
        except (BrokenPipeError, ValueError):
            return  # the relay went away or refused: its answer or ssh says why
        with self._write_lock:
            self._transmitted = True

    def _read_answer(self) -> None:
        assert self._process is not None  # noqa: S101
        assert self._process.stdout is not None  # noqa: S101
        self._input = RelayInput(self._process.stdout)
        line = self._input.readline()
        if not line:
            raise _RelayDown(self._unreachable())
        try:
            answer = json.loads(line)
        except ValueError:
            answer = None
        if not isinstance(answer, dict) or answer.get("airlock_relay") != PROTOCOL:
            raise _RelayDown(say("relay {relay} unreachable: it does not answer as an Airlock relay; run the "
                                 "relay playbook on it", relay=self.name))
        if not answer.get("ready"):
            raise _RelayDown(say("relay {relay} unreachable: {error}", relay=self.name,
                                 error=str(answer.get("error", ""))[:300]))

    def _read_stream(self) -> None:
        assert self._input is not None  # noqa: S101
        processor = processor_class()(
            _input=self._input, event_handler=self._events, status_handler=self._status,
            private_data_dir=str(self._local), settings=dict(jobs.RUNNER_SETTINGS), ident="run", quiet=True,
        )
        try:
            processor.run()
        except _LineTooLong as exc:
            raise _RelayDown(say("relay {relay} unreachable: {error}", relay=self.name, error=str(exc))) from exc
        if self.status in _FINAL_STATUSES:
            return
        # At the end of the stream ansible-runner's Processor adds an error of its own: not the relay's word.
        said = self._errors[:-1] if self._input.ended else self._errors
        raise _RelayDown(self._unreachable(self._events.relay_error or next(iter(said), "")))

    def _status(self, status_data: dict[str, Any], **_: Any) -> None:
        # Only the status and why it failed: a worker's status data carries the relay's environment.
        status = str(status_data.get("status", ""))
        self._statuses.append(status)
        if status == "error":
            self._errors.append(str(status_data.get("job_explanation", ""))[:300])

    @property
    def status(self) -> str:
        return self._statuses[-1] if self._statuses else ""

    def _unreachable(self, detail: str = "") -> Message | None:
        """Why the link ended, from ssh and the relay; None when it ended because Airlock stopped it.

        `detail`: what the relay program or its worker said before the stream ended.
        """
        if self.stop_reason in (_STOP_CANCEL, _STOP_TIMEOUT):
            return None
        if self._process is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._process.wait(timeout=STOP_GRACE_S)
        self._stderr.seek(0)
        text = self._stderr.read(8192).decode("utf-8", "replace")
        if any(marker in text for marker in jobs.HOSTKEY_MARKERS):
            self.hostkey_changed = True
            return say("relay {relay} unreachable: its host key changed", relay=self.name)
        if self.stop_reason == _STOP_SILENT:
            return say("relay {relay} unreachable: it sent nothing for {seconds} s", relay=self.name,
                       seconds=int(SILENCE_S))
        if detail:
            return say("relay {relay} unreachable: {error}", relay=self.name, error=detail)
        return say("relay {relay} unreachable", relay=self.name)

    def _finish(self) -> None:
        process = self._process
        if process is not None:
            with contextlib.suppress(OSError, ValueError):
                assert process.stdin is not None  # noqa: S101
                process.stdin.close()
            try:
                process.wait(timeout=STOP_GRACE_S)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            if process.stdout is not None:
                process.stdout.close()
        self._stderr.close()
        shutil.rmtree(self._local, ignore_errors=True)

    # -- the result

    def outcome(self) -> jobs.JobOutcome:
        """The outcome of this relay's part; unfinished hosts of a broken relay are unreachable, with why."""
        outcome = self.collector.outcome
        outcome.status = self._final_status()
        reason = self.failure
        if reason is not None:
            for host in sorted(self.hosts - set(outcome.host_summary)):
                result = jobs.TaskResult(host, f"relay {self.name}", "unreachable", reason.text)
                outcome.results.append(result)
                outcome.host_summary[host] = {"ok": 0, "changed": 0, "failures": 0, "unreachable": 1,
                                              "skipped": 0, "rescued": 0, "ignored": 0}
                self._on_result(result)  # the same live feed as the events
        if self.hostkey_changed and not self.share.relay.blocked:
            outcome.hostkey_failures.add(self.name)  # the service blocks the relay, as it blocks a node
        outcome.relays[self.name] = {
            "nodes": sorted(self.hosts),
            "status": outcome.status,
            "reason": reason.text if reason is not None else "",
            "reason_said": reason.as_dict() if reason is not None else None,
            "foreign_events": self._events.foreign,
        }
        return outcome

    def _final_status(self) -> str:
        if self.stop_reason == _STOP_CANCEL:
            return jobs.STATUS_CANCELED
        if self.stop_reason == _STOP_TIMEOUT or self.status == jobs.STATUS_TIMEOUT:
            return jobs.STATUS_TIMEOUT
        if self.failure is not None:
            return jobs.STATUS_FAILED
        return self.status if self.status in _FINAL_STATUSES else jobs.STATUS_FAILED


class _RelayDown(Exception):
    """The relay's part ended early; `reason` says why (None: because Airlock stopped it)."""

    def __init__(self, reason: Message | None) -> None:
        super().__init__(reason.text if reason is not None else "stopped")
        self.reason = reason


# -- the whole job ----------------------------------------------------------------------------------------


def merge(parts: list[jobs.JobOutcome], cancelled: bool) -> jobs.JobOutcome:
    """One outcome of the direct part and every relay's part."""
    merged = jobs.JobOutcome(status=jobs.STATUS_SUCCESSFUL)
    for part in parts:
        merged.results += part.results
        merged.host_summary.update(part.host_summary)
        for host, report in part.reports.items():
            merged.reports.setdefault(host, {}).update(report)
        merged.hostkey_failures |= part.hostkey_failures
        merged.events += part.events
        merged.relays.update(part.relays)
    statuses = {part.status for part in parts}
    if cancelled or jobs.STATUS_CANCELED in statuses:
        merged.status = jobs.STATUS_CANCELED
    elif jobs.STATUS_TIMEOUT in statuses:
        merged.status = jobs.STATUS_TIMEOUT
    elif statuses and statuses != {jobs.STATUS_SUCCESSFUL}:
        merged.status = jobs.STATUS_FAILED
    return merged


def _serialised(on_result: jobs.EventCallback | None) -> jobs.EventCallback:
    lock = threading.Lock()

    def deliver(result: jobs.TaskResult) -> None:
        if on_result is not None:
            with lock:
                on_result(result)

    return deliver


def run(
    prepared: jobs.PreparedJob,
    direct: list[Node],
    shares: list[Share],
    ssh_key: str,
    workdir: Path,
    *,
    cancel: threading.Event | None = None,
    on_result: jobs.EventCallback | None = None,
    connect: Connect = PinnedSsh,
) -> jobs.JobOutcome:
    """Run a job: the direct nodes on the appliance, each share through its relay, at once.

    `prepared` is the whole job (its private data dir is the direct part's, and is removed
    whatever happens); `workdir` a private directory for the relays' parts (removed too).
    `connect(relays, key, workdir)` gives the links to the relays: pinned OpenSSH.
    """
    import ansible_runner.streaming  # noqa: F401 - imported once here: the relays' threads would race to import it

    cancel = cancel or threading.Event()
    deliver = _serialised(on_result)
    deadline = time.monotonic() + prepared.timeout_s
    parts: list[jobs.JobOutcome] = []
    direct_error: list[BaseException] = []

    def run_direct() -> None:
        try:
            job = jobs.prepare(prepared.private_data_dir, prepared.playbook, direct, prepared.extravars,
                               prepared.settings)
            parts.append(jobs.run(job, ssh_key, cancel=cancel, on_result=deliver))
        except BaseException as exc:  # noqa: BLE001 - raised again once the relays have stopped
            direct_error.append(exc)

    direct_thread = threading.Thread(target=run_direct, name="direct nodes", daemon=True)
    usable = [s.relay for s in shares if not s.relay.blocked and s.relay.pins]
    try:
        with connect(usable, ssh_key.encode(), workdir) as ssh:
            runs = [RelayRun(share, prepared, ssh if share.relay in usable else None, ssh_key.encode(),
                             workdir / share.relay.name, deadline, deliver) for share in shares]
            if direct:
                direct_thread.start()
            for relay_run in runs:
                relay_run.start()
            _watch(runs, direct_thread, cancel, deadline)
            parts += [relay_run.outcome() for relay_run in runs]
    finally:
        if not direct_thread.is_alive():  # the direct part removes it too, unless it failed before it could
            jobs.remove_private_dir(prepared.private_data_dir)
        shutil.rmtree(workdir, ignore_errors=True)
    if direct_error:
        raise direct_error[0]
    return merge(parts, cancel.is_set())


def _watch(runs: list[RelayRun], direct: threading.Thread, cancel: threading.Event, deadline: float) -> None:
    """Until every part ended: pass cancel on, apply the job's timeout, notice silent relays."""
    while direct.is_alive() or any(r.thread.is_alive() for r in runs):
        for relay_run in runs:
            if not relay_run.thread.is_alive():
                continue
            if cancel.is_set():
                relay_run.request_stop(_STOP_CANCEL)
            elif time.monotonic() > deadline + TIMEOUT_GRACE_S:
                relay_run.request_stop(_STOP_TIMEOUT)
            elif relay_run.idle_s() > SILENCE_S:
                relay_run.request_stop(_STOP_SILENT)
            relay_run.enforce_stop()
        time.sleep(WATCH_S)


def hello(relay: Node, ssh_key: bytes, workdir: Path) -> dict[str, str]:
    """What a relay runs (its Python, ansible-core and ansible-runner), or why it cannot run jobs."""
    with PinnedSsh([relay], ssh_key, workdir) as ssh:
        done = subprocess.run(  # noqa: S603 - fixed argument list
            ssh.argv(relay, RELAY_COMMAND, SSH_OPTIONS), input=request_line({"mode": "hello"}),
            capture_output=True, timeout=120, env=ssh.env(), check=False,
        )
    first = done.stdout.split(b"\n", 1)[0]
    try:
        answer = json.loads(first) if first else None
    except ValueError:
        answer = None
    if isinstance(answer, dict) and answer.get("ready"):
        versions = answer.get("versions")
        return {str(k): str(v) for k, v in versions.items()} if isinstance(versions, dict) else {}
    errors = done.stderr.decode("utf-8", "replace")
    if any(marker in errors for marker in jobs.HOSTKEY_MARKERS):
        raise HostKeyChanged(
            say("Relay {relay} did not offer its pinned host key.", relay=relay.name),
            say("Connections to it are stopped; an admin must check the node and run `airlock node repin`."),
        )
    if isinstance(answer, dict) and answer.get("error"):
        raise RelayRefused(
            say("Relay {relay} cannot run jobs: {error}.", relay=relay.name, error=str(answer["error"])[:300]),
            say("Deploy the relay wheelhouse with the relay playbook first: airlock deploy NAME --to {relay} "
                "--playbook relay.", relay=relay.name),
        )
    if done.returncode == 255:  # noqa: PLR2004 - ssh's own failure status
        raise NodeUnreachable(
            say("Could not reach relay {relay} at {address}:{port}: {error}.", relay=relay.name,
                address=relay.address, port=relay.port, error=errors.strip()[-300:] or "ssh failed"),
            say("Check the relay and that it accepts the management key."),
        )
    raise RelayRefused(
        say("Relay {relay} cannot run jobs: {error}.", relay=relay.name,
            error=(errors.strip() or f"exit status {done.returncode}")[-300:]),
        say("Deploy the relay wheelhouse with the relay playbook first: airlock deploy NAME --to {relay} "
            "--playbook relay.", relay=relay.name),
    )


def ensure_workdir(base: Path, job_id: int) -> Path:
    """A private directory for a job's relay parts (swept at start when its job is gone)."""
    base.mkdir(mode=0o700, parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f"{WORKDIR_PREFIX}{job_id}-", dir=base))


WORKDIR_PREFIX: Final = "airlock-relays-"


def workdir_job(path: Path) -> int | None:
    """The job a relay workdir belongs to, from its name."""
    rest = path.name.removeprefix(WORKDIR_PREFIX)
    number = rest.split("-", 1)[0]
    return int(number) if path.name.startswith(WORKDIR_PREFIX) and number.isdigit() else None

