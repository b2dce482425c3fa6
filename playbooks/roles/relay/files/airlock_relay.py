#!/usr/bin/python3 -I
"""Airlock's relay program: runs ansible-runner's worker for the appliance, the key in memory only.

The relay playbook installs it as /opt/airlock-relay/bin/airlock-relay (root's, 0755). The
appliance starts it over its pinned SSH connection to the relay, as the relay's own
unprivileged account: `sudo -n -u airlock-relay /opt/airlock-relay/bin/airlock-relay`.
Standard library only; it runs `ansible-runner` and `ssh-agent` as programs.

Input (stdin), in order:

1. one JSON line, the request: {"airlock_relay": 1, "mode": "hello"} asks what the relay
   runs; {"airlock_relay": 1, "mode": "worker", "job": "airlock-job-XXXXXXXX",
   "key_length": N, "key_lifetime_s": L, "keepalive_s": S} runs a job; "mode": "fanout"
   (with "plan_length" and "helper_length") sends files from the relay's cache to its nodes
   (see `Fanout`, below: then the plan and the node helper follow the key);
2. (worker) N bytes: the management key, which goes straight into an ssh-agent started for
   this job (its socket in the job's directory) and is never written to a file;
3. (worker) the stream of `ansible-runner transmit` (kwargs, the private data dir as a zip,
   eof), handed to `ansible-runner worker`;
4. (worker) control lines: {"cancel": true}. The input ending while the worker still runs
   (the appliance gone, the connection dropped) cancels as well.

Output (stdout): one JSON line, {"airlock_relay": 1, "ready": true, ...} or
{"airlock_relay": 1, "error": "..."}; then (worker) the worker's own stream, which the
appliance reads with `ansible-runner process`.

Where a job lives: /run/airlock-relay/JOB, a tmpfs (the relay playbook mounts it, 0700, this
account's), which this program refuses to run without. It holds the runner's private data
dir, the agent's socket, HOME and TMPDIR of everything the job starts. It is removed when
the job ends, also when it fails or is cancelled. Cancelling stops the whole tree of
processes the job started (this program is their subreaper), SIGTERM then SIGKILL, within a
second. Should this program itself die (SIGKILL, the OOM killer), a keeper it forked first
wakes on the end of a pipe only this program writes to, stops every process of the job (they
name its directory) and removes the directory; the ssh-agent also drops the key by itself
once the job's time is over (`ssh-add -t`). A directory whose keeper died too (its lock free)
is removed by the next job.
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import hashlib
import json
import os
import re
import select
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

PROTOCOL = 1
HOME = Path("/opt/airlock-relay")
VENV = HOME / "venv"
RUN_DIR = Path("/run/airlock-relay")
JOB_NAME = re.compile(r"^airlock-job-[a-z0-9_]{8}$")
MAX_REQUEST = 64 * 1024
MAX_KEY = 16 * 1024
MAX_KEY_LIFETIME = 7 * 24 * 3600
MAX_KWARGS = 4 * 1024 * 1024
MAX_ZIP = 256 * 1024 * 1024
CHUNK = 1024 * 1024
STOP_GRACE_S = 0.3
PR_SET_PDEATHSIG = 1
PR_SET_CHILD_SUBREAPER = 36
SSH_AGENT = "/usr/bin/ssh-agent"
SSH_ADD = "/usr/bin/ssh-add"


class Refused(Exception):
    """A request this relay will not run; the message goes back to the appliance."""


def say(body: dict[str, object]) -> None:
    os.write(1, json.dumps({"airlock_relay": PROTOCOL, **body}, sort_keys=True).encode() + b"\n")


# -- input, unbuffered: what is not ours goes on to the worker byte for byte ------------------


class Input:
    """fd 0 with a small buffer of our own, so that reading lines never swallows stream bytes."""

    def __init__(self) -> None:
        self.buffer = bytearray()
        self.ended = False

    def _fill(self, timeout: float | None = None) -> bool:
        if self.ended:
            return False
        if timeout is not None and not select.select([0], [], [], timeout)[0]:
            return False
        chunk = os.read(0, CHUNK)
        if not chunk:
            self.ended = True
            return False
        self.buffer += chunk
        return True

    def line(self, limit: int, timeout: float | None = None) -> bytes | None:
        """One line (with its newline); None at the end of input or when `timeout` passes."""
        while b"\n" not in self.buffer:
            if len(self.buffer) > limit:
                raise Refused(f"a line of the request is longer than {limit} bytes")
            if not self._fill(timeout):
                return None
        end = self.buffer.index(b"\n") + 1
        if end > limit:
            raise Refused(f"a line of the request is longer than {limit} bytes")
        line = bytes(self.buffer[:end])
        del self.buffer[:end]
        return line

    def exactly(self, count: int) -> bytearray:
        while len(self.buffer) < count:
            if not self._fill():
                raise Refused("the request ended early")
        taken = self.buffer[:count]
        self.buffer[:count] = bytes(count)  # overwrite before dropping: it may be the key
        del self.buffer[:count]
        return taken

    def copy_to(self, fd: int, count: int) -> None:
        while count > 0:
            if not self.buffer and not self._fill():
                raise Refused("the job stream ended inside its zip")
            part = self.buffer[:count]
            _write_all(fd, part)
            del self.buffer[: len(part)]
            count -= len(part)


def _write_all(fd: int, data: bytes | bytearray) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


# -- the job's place: a tmpfs, 0700, ours ---------------------------------------------------------


def _mount_type(path: Path) -> str:
    """The file system type of the mount holding `path` (the longest mount point above it)."""
    best, kind = "", ""
    target = str(path)
    for line in Path("/proc/self/mountinfo").read_text().splitlines():
        fields = line.split()
        point = fields[4].replace("\\040", " ")
        fs_type = fields[fields.index("-") + 1]
        if (target == point or target.startswith(point.rstrip("/") + "/")) and len(point) >= len(best):
            best, kind = point, fs_type
    return kind


def check_place(base: Path, *, private: bool) -> None:
    """Refuse a place for jobs that is not a tmpfs; a `private` one must be this account's alone."""
    try:
        info = base.lstat()
    except FileNotFoundError:
        raise Refused(f"{base} does not exist; run the relay playbook on this relay") from None
    if not base.is_dir() or base.is_symlink():
        raise Refused(f"{base} is not a directory")
    if private and (info.st_uid != os.geteuid() or info.st_mode & 0o077):
        raise Refused(f"{base} must belong to this account alone (0700)")
    if not private and info.st_mode & 0o002 and not info.st_mode & 0o1000:
        raise Refused(f"{base} is writable by anyone and not sticky")
    if _mount_type(base) != "tmpfs":
        raise Refused(f"{base} is not a tmpfs: a job's private files must never reach a disk")


def sweep_stale(base: Path) -> None:
    """Remove this account's job directories whose program and keeper died (nobody holds their lock)."""
    for job_dir in base.iterdir():
        with contextlib.suppress(OSError):
            if not JOB_NAME.match(job_dir.name) or job_dir.lstat().st_uid != os.geteuid() or not job_dir.is_dir():
                continue
        try:
            fd = os.open(job_dir / "lock", os.O_RDWR | os.O_NOFOLLOW)
        except OSError:
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            continue
        kill_naming(job_dir)
        shutil.rmtree(job_dir, ignore_errors=True)
        os.close(fd)


# -- processes --------------------------------------------------------------------------------------


def _prctl(option: int, value: int) -> None:
    ctypes.CDLL(None, use_errno=True).prctl(option, value, 0, 0, 0)


def _die_with_parent() -> None:
    """In a child before exec: the kernel stops it if this program dies, even by SIGKILL."""
    _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def descendants() -> list[int]:
    """Every process below this one (orphans come back to us: we are their subreaper)."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            text = stat.read_text()
        except OSError:
            continue
        ppid = int(text[text.rindex(")") + 2 :].split()[1])
        children.setdefault(ppid, []).append(int(stat.parent.name))
    found: list[int] = []
    todo = [os.getpid()]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def stop_tree(keep: set[int]) -> None:
    """SIGTERM every descendant but `keep`, then SIGKILL what is left; reap them all."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        pids = [p for p in descendants() if p not in keep]
        if not pids:
            return
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, sig)
        deadline = time.monotonic() + STOP_GRACE_S
        while time.monotonic() < deadline and any(p not in keep for p in descendants()):
            _reap()
            time.sleep(0.02)
    _reap()


def _reap() -> None:
    with contextlib.suppress(ChildProcessError):
        while os.waitpid(-1, os.WNOHANG)[0]:
            pass


def kill_naming(directory: Path) -> None:
    """SIGKILL every process (of this account) whose command line names `directory`."""
    marker = str(directory).encode() + b"/"
    for _ in range(20):
        found = []
        for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
            with contextlib.suppress(OSError):
                if marker in cmdline.read_bytes() and int(cmdline.parent.name) != os.getpid():
                    found.append(int(cmdline.parent.name))
        if not found:
            return
        for pid in found:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)
        time.sleep(0.05)


class Keeper:
    """A child that cleans up after a job whose program died before it could.

    It waits for the end of a pipe only this program holds open (Python's pipes are not
    inherited by the programs it starts); when the program ends, however it ends, the keeper
    stops whatever still names the job's directory and removes the directory.
    """

    def __init__(self, directory: Path) -> None:
        read_end, self._write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the keeper
            try:
                os.close(self._write_end)
                devnull = os.open(os.devnull, os.O_RDWR)
                for fd in (0, 1, 2):  # never hold the appliance's channel open
                    os.dup2(devnull, fd)
                while os.read(read_end, 1):
                    pass
                kill_naming(directory)
                shutil.rmtree(directory, ignore_errors=True)
            finally:
                os._exit(0)
        os.close(read_end)
        self.pid = pid

    def release(self) -> None:
        """The job was cleaned up: let the keeper go."""
        os.close(self._write_end)
        with contextlib.suppress(ChildProcessError):
            os.waitpid(self.pid, 0)


class Agent:
    """An ssh-agent for one job, its socket in the job's directory, the key loaded from a pipe.

    The key is given a lifetime (`ssh-add -t`): an agent that outlived its job forgets it.
    """

    def __init__(self, socket_path: Path, key: bytearray, lifetime_s: int) -> None:
        self.socket = socket_path
        self.process = subprocess.Popen(  # noqa: S603 - fixed argument list
            # ssh-agent is set-group-ID: the kernel drops a parent-death signal at its exec, so
            # the keeper, not the kernel, stops an agent this program leaves behind.
            [SSH_AGENT, "-D", "-a", str(socket_path)], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, env={"PATH": "/usr/bin:/bin"},
        )
        assert self.process.stdout is not None  # noqa: S101
        if not self.process.stdout.readline():  # printed once the socket is bound
            raise Refused("ssh-agent did not start on the relay")
        adder = subprocess.Popen(  # noqa: S603 - fixed argument list; the key goes through a pipe
            [SSH_ADD, "-q", "-t", str(lifetime_s), "-"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE, env={"PATH": "/usr/bin:/bin", "SSH_AUTH_SOCK": str(socket_path)},
        )
        assert adder.stdin is not None  # noqa: S101
        assert adder.stderr is not None  # noqa: S101
        with contextlib.suppress(BrokenPipeError):
            _write_all(adder.stdin.fileno(), key)
        adder.stdin.close()
        key[:] = bytes(len(key))
        errors = adder.stderr.read(4096)
        adder.stderr.close()
        if adder.wait(timeout=30) != 0:
            raise Refused(f"the management key could not be loaded: {errors.decode(errors='replace').strip()[:200]}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


# -- the modes ------------------------------------------------------------------------------------------


def versions() -> dict[str, str]:
    found = {"python": ".".join(map(str, sys.version_info[:3]))}
    for site in VENV.glob("lib/python3*/site-packages"):
        for name in ("ansible-core", "ansible-runner"):
            with contextlib.suppress(metadata.PackageNotFoundError):
                dist = next(iter(metadata.distributions(name=name, path=[str(site)])), None)
                if dist is not None:
                    found[name] = dist.version
    return found


def hello() -> int:
    check_place(RUN_DIR, private=True)
    found = versions()
    missing = [n for n in ("ansible-core", "ansible-runner") if n not in found]
    if missing:
        raise Refused(f"{', '.join(missing)} not installed in {VENV}; run the relay playbook on this relay")
    say({"ready": True, "versions": found, "run_dir": str(RUN_DIR)})
    return 0


class Job:
    """One job on this relay: its directory in a tmpfs, its lock, its keeper, its agent."""

    def __init__(self, request: dict[str, object], stdin: Input, base: Path, *, private: bool) -> None:
        name = str(request.get("job", ""))
        key_length = request.get("key_length")
        lifetime = request.get("key_lifetime_s")
        if not JOB_NAME.match(name):
            raise Refused("the job name is not one Airlock makes")
        if not isinstance(key_length, int) or not 0 < key_length <= MAX_KEY:
            raise Refused("the key length is missing or out of range")
        if not isinstance(lifetime, int) or not 0 < lifetime <= MAX_KEY_LIFETIME:
            raise Refused("the key lifetime is missing or out of range")
        key = stdin.exactly(key_length)
        check_place(base, private=private)
        sweep_stale(base)
        self.stdin = stdin
        self.directory = base / name
        try:
            self.directory.mkdir(mode=0o700)
        except FileExistsError:
            key[:] = bytes(len(key))
            raise Refused(f"job {name} exists on this relay already") from None
        self.lock = os.open(self.directory / "lock", os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        fcntl.flock(self.lock, fcntl.LOCK_EX)
        self.keeper = Keeper(self.directory)
        self.agent: Agent | None = None
        for sub in ("home", "tmp"):
            (self.directory / sub).mkdir(mode=0o700)
        self.agent = Agent(self.directory / "agent", key, lifetime)

    def environment(self) -> dict[str, str]:
        return {
            "PATH": f"{VENV / 'bin'}:/usr/bin:/bin",
            "HOME": str(self.directory / "home"),
            "TMPDIR": str(self.directory / "tmp"),
            "LANG": "C.UTF-8",
            "SSH_AUTH_SOCK": str(self.directory / "agent"),
        }

    def cancelled(self, finished: Callable[[], bool]) -> bool:
        """Wait until `finished()`; True when a cancel line, the end of input or a signal came first."""
        while not finished():
            if STOPPING:
                return True
            try:
                line = self.stdin.line(MAX_REQUEST, timeout=0.1)
            except Refused:
                return True
            if line is None and not self.stdin.ended:
                continue
            if line is None or json.loads(line).get("cancel"):
                return True
        return False

    def _ours(self) -> set[int]:
        """The processes the job's end must leave to last: the agent and the keeper."""
        return {self.keeper.pid} | ({self.agent.process.pid} if self.agent is not None else set())

    def close(self) -> None:
        stop_tree(keep=self._ours())  # what the job left: ControlPersist masters, strays
        if self.agent is not None:
            self.agent.stop()
        shutil.rmtree(self.directory, ignore_errors=True)
        os.close(self.lock)
        self.keeper.release()


class WorkerJob(Job):
    """A job of ansible-runner's worker, in the relay's own tmpfs, as the relay's account."""

    def __init__(self, request: dict[str, object], stdin: Input) -> None:
        keepalive = request.get("keepalive_s", 0)
        if not isinstance(keepalive, int) or not 0 <= keepalive <= 3600:  # noqa: PLR2004
            raise Refused("the keepalive interval is out of range")
        super().__init__(request, stdin, RUN_DIR, private=True)
        self.keepalive = keepalive
        self.worker: subprocess.Popen[bytes] | None = None

    def start_worker(self) -> None:
        argv = [str(VENV / "bin" / "ansible-runner"), "worker", "--private-data-dir", str(self.directory / "run")]
        if self.keepalive:
            argv += ["--keepalive-seconds", str(self.keepalive)]
        self.worker = subprocess.Popen(  # noqa: S603 - fixed argument list
            argv, stdin=subprocess.PIPE, stdout=1, stderr=2, env=self.environment(), cwd=self.directory,
            preexec_fn=_die_with_parent,  # noqa: PLW1509 - no threads here
        )

    def pump_transmit(self) -> None:
        """The transmit stream, line by line and zip by zip, to the worker, up to its eof."""
        assert self.worker is not None  # noqa: S101
        assert self.worker.stdin is not None  # noqa: S101
        out = self.worker.stdin.fileno()
        while True:
            line = self.stdin.line(MAX_KWARGS)
            if line is None:
                raise Refused("the job stream ended before its eof")
            data = json.loads(line)
            if not isinstance(data, dict):
                raise Refused("the job stream holds something other than JSON objects")
            _write_all(out, line)
            if "zipfile" in data:
                size = data["zipfile"]
                if not isinstance(size, int) or not 0 <= size <= MAX_ZIP:
                    raise Refused("the job's zip is larger than a job may be")
                self.stdin.copy_to(out, 4 * ((size + 2) // 3))  # its base64, with no line breaks
            elif data.get("eof"):
                break
        self.worker.stdin.close()

    def watch(self) -> int:
        """Until the worker ends: a cancel line or the end of input stops it. Its status."""
        worker = self.worker
        assert worker is not None  # noqa: S101
        if self.cancelled(lambda: worker.poll() is not None) and worker.poll() is None:
            stop_tree(keep=self._ours())
        worker.wait()
        return worker.returncode


# -- fan-out: files from the relay's cache to its nodes ----------------------------------------------

SHARED_TMPFS = Path("/dev/shm")  # noqa: S108 - a tmpfs on every Linux; the job makes its own 0700 directory
MAX_PLAN = 64 * 1024 * 1024
MAX_HELPER = 1024 * 1024
MAX_PARALLEL = 64
MAX_REPLY = 16 * 1024 * 1024
PROGRESS_EVERY = 4 * 1024 * 1024
CACHE_NAME = "relay-cache"
SSH = "/usr/bin/ssh"
CIPHERS = "aes256-gcm@openssh.com,aes128-gcm@openssh.com,chacha20-poly1305@openssh.com"
HOSTKEY_MARKERS = ("Host key verification failed", "REMOTE HOST IDENTIFICATION HAS CHANGED")
_NODE_NAME = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
_USER = re.compile(r"^[a-z_][a-z0-9_.-]{0,31}$")
_ADDRESS = re.compile(r"^[A-Za-z0-9.:-]{1,253}$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")


def _clean_path(value: object, under: str | None = None) -> str:
    """An absolute, normalised path (under `under`, if given); anything else is refused."""
    if not isinstance(value, str) or not value.startswith("/") or value.startswith("//") or "\x00" in value \
            or os.path.normpath(value) != value:
        raise Refused(f"the plan holds a path that is not absolute and normalised: {str(value)[:200]!r}")
    if under is not None and not value.startswith(under.rstrip("/") + "/"):
        raise Refused(f"the plan sends a file from outside the relay's cache: {value[:200]!r}")
    return value


def check_plan(plan: object) -> dict[str, object]:
    """The fan-out plan, checked: nodes, the files each gets from the cache, the pins."""
    if not isinstance(plan, dict):
        raise Refused("the fan-out plan is not a JSON object")
    cache = _clean_path(plan.get("cache"))
    if Path(cache).name != CACHE_NAME:
        raise Refused(f"the relay's cache must be a directory named {CACHE_NAME}")
    nodes = plan.get("nodes")
    parallel = plan.get("parallel")
    if not isinstance(nodes, list) or not nodes or not isinstance(parallel, int) or not 0 < parallel <= MAX_PARALLEL:
        raise Refused("the fan-out plan names no node, or an out-of-range parallelism")
    if not isinstance(plan.get("known_hosts"), str):
        raise Refused("the fan-out plan has no known_hosts")
    for node in nodes:
        _check_node(node, cache)
    return plan


def _check_node(node: object, cache: str) -> None:
    if not isinstance(node, dict) or not _NODE_NAME.match(str(node.get("name"))) \
            or not _USER.match(str(node.get("user"))) or not _ADDRESS.match(str(node.get("address"))) \
            or not isinstance(node.get("port"), int) or not 0 < node["port"] < 65536:  # noqa: PLR2004
        raise Refused("the fan-out plan names a node it cannot be about")
    files = node.get("files")
    if not isinstance(files, list):
        raise Refused("the fan-out plan gives a node no file list")
    for item in files:
        if not isinstance(item, dict) or not isinstance(item.get("length"), int) or item["length"] < 0 \
                or not _SHA256.match(str(item.get("sha256"))):
            raise Refused("the fan-out plan holds a file it cannot describe")
        _clean_path(item.get("source"), cache)
        _clean_path(item.get("remote"))
        if item.get("record") is not None:
            _clean_path(item.get("record"))


class Output:
    """Lines to the appliance, one writer at a time."""

    def __init__(self) -> None:
        self.lock = threading.Lock()

    def line(self, body: dict[str, object]) -> None:
        with self.lock:
            say(body)


def _prefix_sha256(path: str, length: int) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:  # noqa: PTH123 - a plain path string from the plan
        left = length
        while left > 0:
            block = handle.read(min(CHUNK, left))
            if not block:
                break
            digest.update(block)
            left -= len(block)
    return digest.hexdigest()


class NodePush:
    """The files of one node, from the cache over ssh to the node helper, resuming partial files."""

    def __init__(self, fanout: Fanout, node: dict[str, Any]) -> None:
        self.fanout = fanout
        self.node = node
        self.name = str(node["name"])
        self.report: dict[str, Any] = {"node": self.name, "sent_bytes": 0, "sent": [], "skipped": [],
                                       "resumed": {}, "restarted": []}
        self.unsent = 0

    def argv(self) -> list[str]:
        options = {
            "StrictHostKeyChecking": "yes", "UserKnownHostsFile": str(self.fanout.known_hosts),
            "GlobalKnownHostsFile": "/dev/null", "UpdateHostKeys": "no", "CheckHostIP": "no", "BatchMode": "yes",
            "PasswordAuthentication": "no", "KbdInteractiveAuthentication": "no", "IdentityFile": "none",
            "ForwardAgent": "no", "ForwardX11": "no", "ClearAllForwardings": "yes", "ControlMaster": "no",
            "ConnectTimeout": "15", "ServerAliveInterval": "15", "ServerAliveCountMax": "4", "Ciphers": CIPHERS,
            "LogLevel": "ERROR",
        }
        argv = [SSH, "-F", "none", "-T", "-e", "none", "-p", str(self.node["port"]), "-l", str(self.node["user"])]
        for key, value in options.items():
            argv += ["-o", f"{key}={value}"]
        return [*argv, "--", str(self.node["address"]), self.fanout.loader]

    def sent(self, count: int) -> None:
        self.unsent += count
        if self.unsent >= PROGRESS_EVERY:
            self.fanout.out.line({"node": self.name, "sent": self.unsent})
            self.unsent = 0

    def run(self) -> None:
        try:
            self._push()
        except (OSError, ValueError, Refused) as exc:
            self.fanout.out.line({"node": self.name, "error": str(exc)[:500]})
            return
        if self.unsent:
            self.fanout.out.line({"node": self.name, "sent": self.unsent})
        self.fanout.out.line({"node": self.name, "report": self.report})

    def _push(self) -> None:
        files = self.node["files"]
        errors = tempfile.TemporaryFile(dir=self.fanout.directory / "tmp")  # noqa: SIM115 - closed below
        process = subprocess.Popen(  # noqa: S603 - fixed argument list
            self.argv(), stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors,
            env=self.fanout.environment(), bufsize=0,
        )
        self.fanout.processes.append(process)
        assert process.stdin is not None  # noqa: S101
        assert process.stdout is not None  # noqa: S101
        try:
            try:
                _write_all(process.stdin.fileno(), self.fanout.helper)
                self._request(process, {"files": [{k: f[k] for k in ("length", "sha256", "record")} |
                                                   {"path": f["remote"]} for f in files]})
                states = self._reply(process).get("files", [])
                steps = self._plan(files, states)
                self._request(process, {"send": [{"path": f["remote"], "offset": offset} for f, offset in steps]})
                for item, offset in steps:
                    self._send(process, item, offset)
            except BrokenPipeError:
                pass  # the helper stopped early: its reply or ssh says why
            process.stdin.close()
            done = self._reply(process).get("done")
            self._outcomes(files, done)
        finally:
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=60)
            errors.seek(0)
            said = errors.read(4096).decode("utf-8", "replace").strip()
            errors.close()
        if process.returncode not in (0, None):
            if any(marker in said for marker in HOSTKEY_MARKERS):
                self.fanout.out.line({"node": self.name, "hostkey_changed": True})
                raise Refused(f"{self.name} did not offer its pinned host key; nothing was sent")
            raise Refused(said[-300:] or f"ssh to {self.name} ended with status {process.returncode}")

    def _request(self, process: subprocess.Popen[bytes], body: dict[str, object]) -> None:
        assert process.stdin is not None  # noqa: S101
        _write_all(process.stdin.fileno(), json.dumps(body, sort_keys=True).encode() + b"\n")

    def _reply(self, process: subprocess.Popen[bytes]) -> dict[str, Any]:
        assert process.stdout is not None  # noqa: S101
        line = process.stdout.readline(MAX_REPLY)
        if not line:
            return {}
        body = json.loads(line)
        if not isinstance(body, dict):
            raise Refused(f"{self.name} answered with something unreadable")
        if "error" in body:
            raise Refused(f"{self.name} refused the transfer: {str(body['error'])[:300]}")
        return body

    def _plan(self, files: list[dict[str, Any]], states: list[Any]) -> list[tuple[dict[str, Any], int]]:
        if len(states) != len(files):
            raise Refused(f"{self.name} answered about {len(states)} files, not {len(files)}")
        steps = []
        for item, state in zip(files, states, strict=True):
            kind = state.get("state") if isinstance(state, dict) else None
            if kind == "complete":
                self.report["skipped"].append(item["remote"])
                continue
            offset = 0
            size = state.get("size") if kind == "partial" else None
            if isinstance(size, int) and 0 < size <= item["length"]:
                if state.get("prefix_sha256") == _prefix_sha256(item["source"], size):
                    offset = size
                    self.report["resumed"][item["remote"]] = size
                else:
                    self.report["restarted"].append(item["remote"])
            steps.append((item, offset))
        return steps

    def _send(self, process: subprocess.Popen[bytes], item: dict[str, Any], offset: int) -> None:
        assert process.stdin is not None  # noqa: S101
        out = process.stdin.fileno()
        with open(item["source"], "rb") as handle:  # noqa: PTH123 - a plain path string from the plan
            position, end = offset, item["length"]
            while position < end:
                if self.fanout.stop.is_set():
                    raise Refused("cancelled")
                count = os.sendfile(out, handle.fileno(), position, min(CHUNK, end - position))
                if count == 0:
                    raise Refused(f"the relay's copy of {item['remote']} is shorter than {end} bytes")
                position += count
                self.sent(count)

    def _outcomes(self, files: list[dict[str, Any]], done: object) -> None:
        by_remote = {f["remote"]: f for f in files}
        for outcome in done if isinstance(done, list) else []:
            error = outcome.get("error") if isinstance(outcome, dict) else "unreadable"
            path = str(outcome.get("path")) if isinstance(outcome, dict) else ""
            if error == "mismatch":
                # The relay's own copy is what was sent: drop it, so that the next deployment fetches it again.
                with contextlib.suppress(OSError, KeyError):
                    Path(by_remote[path]["source"]).unlink()
                raise Refused(f"{path} arrived on {self.name} with SHA-256 {str(outcome.get('sha256'))[:64]}, not "
                              "the one recorded; the node removed it and the relay dropped its copy")
            if error is not None:
                raise Refused(f"{path[:200]} on {self.name} is incomplete")
            self.report["sent"].append(path)
            self.report["sent_bytes"] += int(outcome["sent"])


class Fanout(Job):
    """Files the relay holds in its cache, sent to its nodes in parallel, as the management account.

    It runs no playbook: the account that owns the cache (the one Airlock logs in as) runs it,
    its job directory in the shared tmpfs /dev/shm (0700, its own).
    """

    def __init__(self, request: dict[str, object], stdin: Input) -> None:
        plan_length, helper_length = request.get("plan_length"), request.get("helper_length")
        if not isinstance(plan_length, int) or not 0 < plan_length <= MAX_PLAN \
                or not isinstance(helper_length, int) or not 0 < helper_length <= MAX_HELPER:
            raise Refused("the fan-out plan or node helper is missing or too large")
        super().__init__(request, stdin, SHARED_TMPFS, private=False)
        self.plan = check_plan(json.loads(bytes(stdin.exactly(plan_length))))
        self.helper = bytes(stdin.exactly(helper_length))
        self.loader = ("python3 -c " + shlex.quote(
            f"import sys;exec(compile(sys.stdin.buffer.read({len(self.helper)}),'airlock_node.py','exec'))")
            + " receive")
        self.known_hosts = self.directory / "known_hosts"
        self.known_hosts.write_text(str(self.plan["known_hosts"]))
        self.out = Output()
        self.stop = threading.Event()
        self.processes: list[subprocess.Popen[bytes]] = []

    def run(self) -> int:
        self.out.line({"ready": True, "job": self.directory.name})
        nodes = [NodePush(self, node) for node in self.plan["nodes"]]  # type: ignore[union-attr]
        pending = list(nodes)
        running: list[threading.Thread] = []
        limit = int(self.plan["parallel"])  # type: ignore[call-overload]

        def finished() -> bool:
            running[:] = [t for t in running if t.is_alive()]
            while pending and len(running) < limit:
                thread = threading.Thread(target=pending.pop(0).run, daemon=True)
                thread.start()
                running.append(thread)
            return not pending and not running

        cancelled = self.cancelled(finished)
        if cancelled:
            self.stop.set()
            for process in self.processes:
                with contextlib.suppress(ProcessLookupError):
                    process.kill()
            for thread in running:
                thread.join(timeout=10)
        self.out.line({"done": True, "cancelled": cancelled})
        return 1 if cancelled else 0


def fanout(request: dict[str, object], stdin: Input) -> int:
    job = Fanout(request, stdin)
    try:
        return job.run()
    finally:
        job.close()


STOPPING = False


def _stop(_signum: int, _frame: object) -> None:
    global STOPPING  # noqa: PLW0603 - a signal handler sets a flag
    STOPPING = True


def worker(request: dict[str, object], stdin: Input) -> int:
    job = WorkerJob(request, stdin)
    try:
        say({"ready": True, "job": job.directory.name})
        job.start_worker()
        with contextlib.suppress(BrokenPipeError, Refused):  # the worker says why, or the appliance went away
            job.pump_transmit()
        return job.watch()
    finally:
        job.close()


def main() -> int:
    for sig in (signal.SIGTERM, signal.SIGHUP, signal.SIGINT):
        signal.signal(sig, _stop)
    _prctl(PR_SET_CHILD_SUBREAPER, 1)
    os.umask(0o077)
    stdin = Input()
    try:
        line = stdin.line(MAX_REQUEST)
        request = json.loads(line) if line else None
        if not isinstance(request, dict) or request.get("airlock_relay") != PROTOCOL:
            raise Refused(f"this relay speaks protocol {PROTOCOL}; update the relay (the relay playbook)")
        mode = request.get("mode")
        if mode == "hello":
            return hello()
        if mode == "worker":
            return worker(request, stdin)
        if mode == "fanout":
            return fanout(request, stdin)
        raise Refused(f"unknown mode {str(mode)[:40]!r}")
    except (Refused, ValueError, OSError) as exc:
        say({"error": str(exc)[:500]})
        return 2


if __name__ == "__main__":
    sys.exit(main())
