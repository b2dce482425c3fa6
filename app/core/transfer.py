"""Large files to nodes over pinned SSH: progress, cancel, resume, hashed by the node as they arrive.

Each node gets one OpenSSH client process (its own process, so nodes do not share a
Python interpreter's lock), which runs Airlock's node helper
(playbooks/roles/bundle_switch/files/airlock_node.py) with the node's python3: a one-line
loader on the command line reads the helper from the start of the stream, then the stream
carries the requests and the files' bytes. The client
accepts only the node's pinned host key (a known_hosts file made from the pins,
`StrictHostKeyChecking=yes`) and logs in with the management key, held for the transfer by
a private ssh-agent that this module starts and stops; the key is never written to disk.

The helper writes each file to `PATH.partial` and computes its SHA-256 from the bytes it
writes; only when that equals the expected SHA-256 is the file synced and renamed to
`PATH`, and the node notes the hash with the file's size, times and inode in a record file.
An interrupted transfer leaves the partial file: the next one compares its length and the
SHA-256 of that prefix (hashed on the node) with the same prefix of the local file and
continues from there when they agree, or starts the file again when they do not. A file
already at its full length is not sent again; the deploy playbook's node-side check
(record or full hash against the manifest) is what decides whether a deployment goes live.
"""

from __future__ import annotations

import collections
import contextlib
import fcntl
import hashlib
import json
import os
import posixpath
import shlex
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Final, Protocol, cast

from app.core.errors import AirlockError, Cancelled, OperationFailed, UsageError
from app.core.fsutil import atomic_write
from app.core.inventory import Node, known_hosts
from app.core.messages import say
from app.core.pipe_lending import Lent, lend, unread
from app.core.progress import Progress, check_cancel, no_progress
from app.core.ssh import HostKeyChanged, load_private_key

_SENDING: Final = say("Sending files")  # said for every chunk: made once

NODE_HELPER: Final = Path(__file__).resolve().parents[2] / "playbooks/roles/bundle_switch/files/airlock_node.py"
SSH: Final = "/usr/bin/ssh"
SSH_AGENT: Final = "/usr/bin/ssh-agent"
SSH_ADD: Final = "/usr/bin/ssh-add"
AES_FIRST: Final = "aes256-gcm@openssh.com,aes128-gcm@openssh.com,chacha20-poly1305@openssh.com"
CHACHA_FIRST: Final = "chacha20-poly1305@openssh.com,aes256-gcm@openssh.com,aes128-gcm@openssh.com"
CHUNK: Final = 4 * 1024 * 1024
PIPE_SIZE: Final = 1024 * 1024
"""The pipe into each ssh client: fewer, larger reads for ssh (Linux F_SETPIPE_SZ)."""
_F_SETPIPE_SZ: Final = 1031
PARTIAL_SUFFIX: Final = ".partial"
MAX_PARALLEL_NODES: Final = 16
CONNECT_TIMEOUT_S: Final = 15
_MAX_REPLY: Final = 16 * 1024 * 1024
_STOP_WAIT_S: Final = 60.0
_HOSTKEY_MARKERS: Final = ("Host key verification failed", "REMOTE HOST IDENTIFICATION HAS CHANGED")
_ENV_KEPT: Final = ("PATH", "HOME", "LANG", "LC_ALL", "TZ")


def _cpu_has_aes(cpuinfo: Path = Path("/proc/cpuinfo")) -> bool:
    """Whether the CPU has AES instructions (x86 `aes` flag, ARM `aes` feature)."""
    try:
        text = cpuinfo.read_text(errors="replace")
    except OSError:
        return True
    for line in text.splitlines():
        key, _sep, value = line.partition(":")
        if key.strip() in ("flags", "Features"):
            return "aes" in value.split()
    return True


CIPHERS: Final = AES_FIRST if _cpu_has_aes() else CHACHA_FIRST
"""Strong AEAD ciphers only, cheapest for this CPU first. With AES instructions AES-GCM costs
both ends about half the CPU of ChaCha20-Poly1305 (bench_deploy); without them ChaCha20 is
the faster. AES-256 before AES-128: classified payloads want the 256-bit key (CNSA), and the
difference is a few percent of ssh's own CPU, which goes mostly to copying and packets."""


class TransferFailed(OperationFailed):
    """Files could not be written to a node."""


class PlaintextSource(Protocol):
    """Bytes to send that are not a plain file, such as a content-store object decrypted as it streams.

    A source that also has `lent_pieces(offset)` (as `shared_reads.ObjectSource` does) yields
    `pipe_lending.Lent` pieces that stay valid until released: those are lent to the pipe
    into ssh rather than copied into it.
    """

    def pieces(self, offset: int) -> Generator[memoryview, None, None]:
        """The bytes from `offset` to the end; a piece is valid until the next is asked for."""
        ...


Source = Path | PlaintextSource
"""A plain local file, or a `PlaintextSource`."""


@dataclass(frozen=True)
class FileToSend:
    """One file and where it goes on the node: a plain local file, or a store object's plaintext.

    `record`: the node-side record file where the node notes the SHA-256 it computed while
    writing the file (None: no record).
    """

    source: Source
    remote: str
    length: int
    sha256: str
    record: str | None = None


@dataclass
class NodeReport:
    """What a transfer did on one node."""

    node: str
    sent_bytes: int = 0
    sent: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    resumed: dict[str, int] = field(default_factory=dict)
    restarted: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, object]:
        return {"node": self.node, "sent_bytes": self.sent_bytes, "sent": len(self.sent),
                "skipped": len(self.skipped), "resumed": dict(self.resumed), "restarted": list(self.restarted)}


def check_remote_path(path: str) -> str:
    """An absolute, normalised POSIX path with no `..`: the only kind written to."""
    if (not path.startswith("/") or path.startswith("//") or posixpath.normpath(path) != path
            or "/../" in f"{path}/" or "\x00" in path):
        raise UsageError(say("Remote path {path} is not an absolute, normalised path.", path=repr(path[:200])),
                         say("Check the node's airlock_root variable."))
    return path


def _sha256_prefix(source: Source, length: int) -> str:
    digest = hashlib.sha256()
    remaining = length
    if isinstance(source, Path):
        with source.open("rb") as handle:
            while remaining > 0:
                block = handle.read(min(CHUNK, remaining))
                if not block:
                    break
                digest.update(block)
                remaining -= len(block)
        return digest.hexdigest()
    pieces = source.pieces(0)
    with contextlib.closing(pieces):
        for piece in pieces:
            if remaining <= 0:
                break
            digest.update(piece[:remaining])
            remaining -= len(piece)
    return digest.hexdigest()


def _clean_env() -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if key in _ENV_KEPT}


class PinnedSsh:
    """OpenSSH client commands for a set of nodes: pinned host keys, the management key in a private agent.

    Use as a context manager; on exit the agent is stopped (by its pid) and its directory
    removed. `workdir` must be a private directory with a short path (unix socket limit).
    """

    def __init__(self, nodes: Sequence[Node], private_openssh: bytes, workdir: Path) -> None:
        blocked = [n.name for n in nodes if n.blocked or not n.pins]
        if blocked:
            raise HostKeyChanged(
                say("Nodes without a valid host key pin cannot receive files: {nodes}.", nodes=", ".join(blocked)),
                say("An admin must check them and run `airlock node repin`."),
            )
        workdir.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.directory = Path(tempfile.mkdtemp(prefix="airlock-ssh-", dir=workdir))
        self._agent: subprocess.Popen[bytes] | None = None
        try:
            self.known_hosts = self.directory / "known_hosts"
            atomic_write(self.known_hosts, known_hosts(list(nodes)).encode())
            key = load_private_key(private_openssh)
            self.public_key = self.directory / "management.pub"
            atomic_write(self.public_key, f"{key.get_name()} {key.get_base64()}\n".encode())
            self.socket = self.directory / "agent"
            self._start_agent(private_openssh)
        except BaseException:
            self.close()
            raise

    def _start_agent(self, private_openssh: bytes) -> None:
        self._agent = subprocess.Popen(  # noqa: S603 - fixed argument list
            [SSH_AGENT, "-D", "-a", str(self.socket)],
            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=_clean_env(),
        )
        # The agent prints its environment line once its socket is bound: that is the event.
        if self._agent.stdout is None or not self._agent.stdout.readline():
            raise TransferFailed(say("The private ssh-agent for the transfer did not start."),
                                 say("Check that openssh-client is installed."))
        added = subprocess.run(  # noqa: S603 - fixed argument list; the key goes through a pipe
            [SSH_ADD, "-q", "-"], input=private_openssh, capture_output=True, check=False,
            env={**_clean_env(), "SSH_AUTH_SOCK": str(self.socket)},
        )
        if added.returncode != 0:
            raise TransferFailed(say("The management key could not be loaded into the transfer's ssh-agent."),
                                 say("Check the vault's management key (`airlock node key`)."))

    def argv(self, node: Node, remote_command: str, overrides: Mapping[str, str] | None = None) -> list[str]:
        """The ssh command line that runs `remote_command` on `node`; `overrides` replace default options."""
        options = {
            "StrictHostKeyChecking": "yes",
            "UserKnownHostsFile": str(self.known_hosts),
            "GlobalKnownHostsFile": "/dev/null",
            "UpdateHostKeys": "no",
            "CheckHostIP": "no",
            "BatchMode": "yes",
            "PasswordAuthentication": "no",
            "KbdInteractiveAuthentication": "no",
            "IdentitiesOnly": "yes",
            "IdentityFile": str(self.public_key),
            "IdentityAgent": str(self.socket),
            "ForwardAgent": "no",
            "ForwardX11": "no",
            "ClearAllForwardings": "yes",
            "ControlMaster": "no",
            "ConnectTimeout": str(CONNECT_TIMEOUT_S),
            "ServerAliveInterval": "15",
            "ServerAliveCountMax": "4",
            "Ciphers": CIPHERS,
            "LogLevel": "ERROR",
            **(overrides or {}),
        }
        args = [SSH, "-F", "none", "-T", "-e", "none", "-p", str(node.port), "-l", node.user]
        for key, value in options.items():
            args += ["-o", f"{key}={value}"]
        return [*args, "--", node.address, remote_command]

    def env(self) -> dict[str, str]:
        return _clean_env()

    def close(self) -> None:
        if self._agent is not None:
            self._agent.terminate()
            try:
                self._agent.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._agent.kill()
                self._agent.wait()
            if self._agent.stdout is not None:
                self._agent.stdout.close()
            self._agent = None
        shutil.rmtree(self.directory, ignore_errors=True)

    def __enter__(self) -> PinnedSsh:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _helper_source() -> bytes:
    return NODE_HELPER.read_bytes()


def _helper_command(source: bytes) -> str:
    """A short command line that reads the helper itself from the stream, then runs it."""
    loader = f"import sys;exec(compile(sys.stdin.buffer.read({len(source)}),'airlock_node.py','exec'))"
    return f"python3 -c {shlex.quote(loader)} receive"


class _NodeStream:
    """One helper process on one node, over one ssh client process."""

    def __init__(self, ssh: PinnedSsh, node: Node) -> None:
        self.node = node
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 - closed in close()
        source = _helper_source()
        self.proc = subprocess.Popen(  # noqa: S603 - fixed argument list
            ssh.argv(node, _helper_command(source)), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=self._stderr, env=ssh.env(), bufsize=0,
        )
        if self.proc.stdin is None or self.proc.stdout is None:
            raise TransferFailed(say("Could not start ssh to {node}.", node=node.name))
        self.stdin: IO[bytes] = self.proc.stdin
        self.stdout: IO[bytes] = self.proc.stdout
        self.written = 0
        """Bytes put into the pipe to ssh so far: with FIONREAD, how far ssh has read."""
        self._lent: collections.deque[tuple[int, Lent]] = collections.deque()  # (pipe position past it, piece)
        with contextlib.suppress(OSError):
            fcntl.fcntl(self.stdin.fileno(), _F_SETPIPE_SZ, PIPE_SIZE)
        try:
            self._write(source)
        except BaseException:
            self.close()  # the caller never gets this stream to close
            raise

    def _write(self, data: bytes) -> None:
        try:
            self.stdin.write(data)
        except BrokenPipeError:
            raise self.failure() from None
        self.written += len(data)

    def hold(self, piece: Lent) -> None:
        """Keep a piece lent to the pipe until ssh has read past it (or the pipe is gone)."""
        self._lent.append((self.written, piece))
        self.settle()

    def settle(self) -> None:
        """Release the lent pieces that ssh has read."""
        if not self._lent:
            return
        read = self.written - unread(self.stdin.fileno())
        while self._lent and self._lent[0][0] <= read:
            self._lent.popleft()[1].release()

    def _release_all(self) -> None:
        """Release every lent piece: only once the pipe is gone (both of its ends closed)."""
        while self._lent:
            self._lent.popleft()[1].release()

    def request(self, body: dict[str, Any]) -> None:
        self._write(json.dumps(body, sort_keys=True).encode() + b"\n")

    def reply(self) -> dict[str, Any]:
        line = self.stdout.readline(_MAX_REPLY)
        if not line:
            raise self.failure()
        try:
            body = json.loads(line)
        except ValueError as exc:
            raise TransferFailed(say("{node} answered the transfer with something unreadable.", node=self.node.name),
                                 say("Check that python3 is installed on the node.")) from exc
        if not isinstance(body, dict):
            raise TransferFailed(say("{node} answered the transfer with something unreadable.", node=self.node.name))
        if "error" in body:
            raise TransferFailed(
                say("{node} refused the transfer: {error}.", node=self.node.name, error=str(body["error"])[:300]),
                say("Check the node's free space and airlock_root; deploy again to resume."),
            )
        return body

    def failure(self) -> AirlockError:
        """What went wrong, once the ssh process has ended or hung up."""
        self.finish(wait_s=_STOP_WAIT_S)
        self._stderr.seek(0)
        text = self._stderr.read(8192).decode("utf-8", "replace").strip()
        said = text[-300:].rstrip(".")  # ssh's last words, without a full stop of their own
        if any(marker in text for marker in _HOSTKEY_MARKERS):
            return HostKeyChanged(
                say("Node {node} did not offer its pinned host key; nothing was sent.", node=self.node.name),
                say("Connections to it are stopped; an admin must check the node and run `airlock node repin`."),
            )
        node, address, port, status = self.node.name, self.node.address, self.node.port, self.proc.returncode
        if status == 255:  # noqa: PLR2004 - ssh's own failure status
            reach_hint = say("Check the node and that it accepts the management key; deploy again to resume.")
            if text:
                return TransferFailed(
                    say("Could not reach {node} at {address}:{port}: {error}.",
                        node=node, address=address, port=port, error=said),
                    reach_hint,
                )
            return TransferFailed(
                say("Could not reach {node} at {address}:{port}: ssh failed.", node=node, address=address, port=port),
                reach_hint,
            )
        stop_hint = say("Check that python3 is installed on the node and its free space; deploy again.")
        if text:
            return TransferFailed(
                say("The transfer to {node} stopped (status {status}): {error}.",
                    node=node, status=status, error=said),
                stop_hint,
            )
        return TransferFailed(say("The transfer to {node} stopped (status {status}): no message.",
                                  node=node, status=status), stop_hint)

    def finish(self, wait_s: float) -> None:
        with contextlib.suppress(OSError):
            self.stdin.close()
        try:
            self.proc.wait(timeout=wait_s)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        with contextlib.suppress(OSError):  # closed already by `finish`, or a pipe ssh left broken
            self.stdin.close()
        self._release_all()  # ssh has ended and our end is closed: nothing can read the lent pages
        self.stdout.close()
        self._stderr.close()


def _shorter(item: FileToSend) -> TransferFailed:
    return TransferFailed(
        say("{path} is shorter than its recorded {length} bytes.", path=item.remote, length=item.length),
        say("Check the content store (`airlock bundle check-store`)."),
    )


def _send_file(stream: _NodeStream, item: FileToSend, offset: int, advance: Callable[[int], None],
               cancel: threading.Event | None) -> None:
    if not isinstance(item.source, Path):
        _send_pieces(stream, item, offset, advance, cancel)
        return
    out_fd = stream.stdin.fileno()
    with item.source.open("rb") as handle:
        position, end = offset, item.length
        while position < end:
            check_cancel(cancel, "The transfer")
            count = os.sendfile(out_fd, handle.fileno(), position, min(CHUNK, end - position))
            if count == 0:
                raise _shorter(item)
            position += count
            stream.written += count
            advance(count)


def _lent_pieces(source: PlaintextSource, offset: int) -> Generator[Lent, None, None]:
    """The source's pieces as `Lent` ones: its own where it lends them, else its plain pieces (written, never lent)."""
    lending = getattr(source, "lent_pieces", None)
    if lending is not None:
        yield from cast("Callable[[int], Generator[Lent, None, None]]", lending)(offset)
        return
    pieces = source.pieces(offset)
    with contextlib.closing(pieces):
        for piece in pieces:
            yield Lent(piece, 0, None)  # address 0: never lent, only written before the next piece


def _send_pieces(stream: _NodeStream, item: FileToSend, offset: int, advance: Callable[[int], None],
                 cancel: threading.Event | None) -> None:
    """Send a source's pieces: lent to the pipe where they can be (see pipe_lending), else written."""
    out_fd = stream.stdin.fileno()
    position = offset
    pieces = _lent_pieces(cast("PlaintextSource", item.source), offset)
    with contextlib.closing(pieces):
        for piece in pieces:
            view = piece.view[: item.length - position]
            done = 0
            try:
                while done < len(view):
                    check_cancel(cancel, "The transfer")
                    count = lend(out_fd, piece.address + done, len(view) - done) if piece.address else None
                    if count is None:
                        count = os.write(out_fd, view[done:])
                    done += count
                    position += count
                    stream.written += count
                    advance(count)
            finally:
                stream.hold(piece)
            if position >= item.length:
                break
    if position < item.length:
        raise _shorter(item)


def _plan(report: NodeReport, files: Sequence[FileToSend], states: list[Any],
          advance: Callable[[int], None]) -> list[tuple[FileToSend, int]]:
    """Which files to send and from which offset, from what the node already has."""
    if len(states) != len(files):
        raise TransferFailed(say("{node} answered about {count} files, not {expected}.",
                                 node=report.node, count=len(states), expected=len(files)))
    steps: list[tuple[FileToSend, int]] = []
    for item, state in zip(files, states, strict=True):
        kind = state.get("state") if isinstance(state, dict) else None
        if kind == "complete":
            report.skipped.append(item.remote)
            advance(item.length)
            continue
        offset = 0
        if kind == "partial":
            size = state.get("size")
            if isinstance(size, int) and 0 < size <= item.length and state.get("prefix_sha256") == _sha256_prefix(
                item.source, size
            ):
                offset = size
                report.resumed[item.remote] = size
                advance(size)
            else:
                report.restarted.append(item.remote)
        steps.append((item, offset))
    return steps


def _outcomes(report: NodeReport, done: Any) -> None:
    for outcome in done if isinstance(done, list) else []:
        error = outcome.get("error") if isinstance(outcome, dict) else "unreadable"
        if error == "mismatch":
            raise TransferFailed(
                say("{path} arrived on {node} with SHA-256 {sha256}, not the one recorded; the node removed it.",
                    path=outcome["path"], node=report.node, sha256=str(outcome.get("sha256"))[:64]),
                say("Check the content store (`airlock bundle check-store`), then deploy again."),
            )
        if error is not None:
            raise TransferFailed(say("{path} on {node} is incomplete.", path=str(outcome.get("path"))[:200],
                                     node=report.node),
                                 say("Deploy again; the transfer resumes."))
        report.sent.append(str(outcome["path"]))
        report.sent_bytes += int(outcome["sent"])


def push(ssh: PinnedSsh, node: Node, files: Sequence[FileToSend], advance: Callable[[int], None] | None = None,
         cancel: threading.Event | None = None) -> NodeReport:
    """Send `files` to one node; resumes partial files, skips complete ones.

    On cancel the stream is closed cleanly: what arrived stays in the partial files.
    """
    advance = advance or (lambda _n: None)
    for item in files:
        check_remote_path(item.remote)
        if item.record is not None:
            check_remote_path(item.record)
    report = NodeReport(node.name)
    stream = _NodeStream(ssh, node)
    try:
        stream.request({"files": [{"path": f.remote, "length": f.length, "sha256": f.sha256, "record": f.record}
                                  for f in files]})
        steps = _plan(report, files, stream.reply().get("files", []), advance)
        stream.request({"send": [{"path": item.remote, "offset": offset} for item, offset in steps]})
        try:
            for item, offset in steps:
                _send_file(stream, item, offset, advance, cancel)
        except Cancelled:
            stream.finish(wait_s=_STOP_WAIT_S)
            raise
        except BrokenPipeError:
            pass  # the helper stopped early: its reply says why
        stream.finish(wait_s=_STOP_WAIT_S)
        _outcomes(report, stream.reply().get("done"))
        if stream.proc.returncode != 0:
            raise stream.failure()
    except OSError as exc:
        raise TransferFailed(say("Writing to {node} failed: {error}.", node=node.name, error=exc),
                             say("Check the node's free space and airlock_root; deploy again to resume.")) from exc
    finally:
        stream.close()
    return report


@contextlib.contextmanager
def _counting(progress: Progress, total: int) -> Iterator[Callable[[int], None]]:
    done = 0
    lock = threading.Lock()
    progress(0, total, _SENDING)

    def advance(count: int) -> None:
        nonlocal done
        with lock:
            done += count
            progress(done, total, _SENDING)

    yield advance


def push_to_nodes(
    targets: Sequence[tuple[Node, Sequence[FileToSend]]],
    private_openssh: bytes,
    workdir: Path,
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
    max_parallel: int = MAX_PARALLEL_NODES,
) -> dict[str, NodeReport]:
    """Send files to several nodes at once, each over its own ssh process.

    Progress counts bytes over all nodes. Raises the first node's error after every node
    has stopped (the others keep their partial files for the next attempt).
    """
    total = sum(item.length for _node, files in targets for item in files)
    stop = cancel or threading.Event()
    failed = threading.Event()
    with PinnedSsh([node for node, _files in targets], private_openssh, workdir) as ssh, \
            _counting(progress, total) as advance:

        def one(node: Node, files: Sequence[FileToSend]) -> NodeReport:
            try:
                return push(ssh, node, files, advance, _Either(stop, failed))
            except BaseException:
                failed.set()
                raise

        with ThreadPoolExecutor(max_workers=max(1, min(max_parallel, len(targets)))) as pool:
            futures = {node.name: pool.submit(one, node, files) for node, files in targets}
    reports: dict[str, NodeReport] = {}
    errors: list[AirlockError] = []
    for name, future in futures.items():
        exc = future.exception()
        if exc is None:
            reports[name] = future.result()
        elif isinstance(exc, AirlockError):
            errors.append(exc)
        else:
            errors.append(TransferFailed(say("Sending to {node} failed: {error_type}: {error}.",
                                             node=name, error_type=type(exc).__name__, error=exc)))
    if errors:
        cancelled = [e for e in errors if isinstance(e, Cancelled)]
        real = [e for e in errors if not isinstance(e, Cancelled)]
        raise (real or cancelled)[0]
    return reports


class _Either(threading.Event):
    """Set when either of two events is set (the operator's cancel, or another node failing)."""

    def __init__(self, first: threading.Event, second: threading.Event) -> None:
        super().__init__()
        self._first = first
        self._second = second

    def is_set(self) -> bool:
        return self._first.is_set() or self._second.is_set()
