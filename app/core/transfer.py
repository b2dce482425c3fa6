"""Large files to nodes over SFTP with a pinned host key: progress, cancel, resume.

Each file is written to `PATH.partial` and renamed to `PATH` once all its bytes are there.
An interrupted transfer leaves the partial file; the next transfer compares its length and
the SHA-256 of that prefix (hashed on the node) with the same prefix of the local file and
continues from there when they agree, or starts the file again when they do not. A file
already complete at its full length is not sent again.

What this module proves is only that the bytes arrived; the node-side SHA-256 check of
every complete file (the deploy playbook) is what decides whether a deployment goes live.
"""

from __future__ import annotations

import hashlib
import posixpath
import shlex
import stat
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

import paramiko

from app.core.errors import AirlockError, Cancelled, OperationFailed, UsageError
from app.core.inventory import Node
from app.core.progress import Progress, check_cancel, no_progress
from app.core.ssh import connect_pinned

CHUNK: Final = 1024 * 1024
SFTP_WINDOW: Final = 64 * 1024 * 1024
PARTIAL_SUFFIX: Final = ".partial"
MAX_PARALLEL_NODES: Final = 16
_HASH_TIMEOUT_S: Final = 3600.0
_SHA256_HEX_LEN: Final = 64


class TransferFailed(OperationFailed):
    """Files could not be written to a node."""


@dataclass(frozen=True)
class FileToSend:
    """One local file (usually a content-store object) and where it goes on the node."""

    source: Path
    remote: str
    length: int
    sha256: str


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
    if not path.startswith("/") or posixpath.normpath(path) != path or "/../" in f"{path}/" or "\x00" in path:
        raise UsageError(f"Remote path {path[:200]!r} is not an absolute, normalised path.",
                         "Check the node's airlock_root variable.")
    return path


def _sha256_prefix(path: Path, length: int) -> str:
    digest = hashlib.sha256()
    remaining = length
    with path.open("rb") as handle:
        while remaining > 0:
            block = handle.read(min(CHUNK, remaining))
            if not block:
                break
            digest.update(block)
            remaining -= len(block)
    return digest.hexdigest()


def _remote_prefix_sha256(client: paramiko.SSHClient, path: str, length: int) -> str | None:
    """SHA-256 of the first `length` bytes of `path`, computed on the node."""
    command = f"head -c {int(length)} -- {shlex.quote(path)} | sha256sum"
    _stdin, stdout, _stderr = client.exec_command(command, timeout=_HASH_TIMEOUT_S)
    output = stdout.read().decode("ascii", "replace")
    if stdout.channel.recv_exit_status() != 0:
        return None
    digest = output.split(" ", 1)[0].strip()
    return digest if len(digest) == _SHA256_HEX_LEN else None


def _remote_size(sftp: paramiko.SFTPClient, path: str) -> int | None:
    try:
        attrs = sftp.stat(path)
    except FileNotFoundError:
        return None
    if attrs.st_mode is not None and not stat.S_ISREG(attrs.st_mode):
        raise TransferFailed(f"{path} on the node exists and is not a regular file.",
                             "Remove it on the node, then deploy again.")
    return attrs.st_size


def _makedirs(sftp: paramiko.SFTPClient, directory: str, made: set[str]) -> None:
    missing: list[str] = []
    current = directory
    while current not in made and current != "/":
        try:
            sftp.stat(current)
            break
        except FileNotFoundError:
            missing.append(current)
            current = posixpath.dirname(current)
    for path in reversed(missing):
        sftp.mkdir(path, mode=0o755)
    made.add(directory)


class _NodeSender:
    """Sends a list of files over one pinned connection."""

    def __init__(self, client: paramiko.SSHClient, report: NodeReport, advance: Callable[[int], None],
                 cancel: threading.Event | None) -> None:
        self.client = client
        self.report = report
        self.advance = advance
        self.cancel = cancel
        transport = client.get_transport()
        if transport is None:
            raise TransferFailed(f"The connection to {report.node} closed.", "Check the node and retry.")
        sftp = paramiko.SFTPClient.from_transport(transport, window_size=SFTP_WINDOW)
        if sftp is None:
            raise TransferFailed(f"{report.node} offers no SFTP subsystem.", "Enable sftp in the node's sshd.")
        self.sftp = sftp
        self._made: set[str] = set()

    def close(self) -> None:
        self.sftp.close()

    def _start_offset(self, item: FileToSend, partial: str) -> int:
        size = _remote_size(self.sftp, partial)
        if size is None or size == 0:
            return 0
        if size <= item.length and _remote_prefix_sha256(self.client, partial, size) == _sha256_prefix(
            item.source, size
        ):
            self.report.resumed[item.remote] = size
            return size
        self.report.restarted.append(item.remote)
        return 0

    def send(self, item: FileToSend) -> None:
        remote = check_remote_path(item.remote)
        _makedirs(self.sftp, posixpath.dirname(remote), self._made)
        if _remote_size(self.sftp, remote) == item.length:
            self.report.skipped.append(remote)
            self.advance(item.length)
            return
        partial = remote + PARTIAL_SUFFIX
        offset = self._start_offset(item, partial)
        self.advance(offset)
        mode = "r+b" if offset else "wb"
        with item.source.open("rb") as local, self.sftp.open(partial, mode) as handle:
            handle.set_pipelined(pipelined=True)
            if offset:
                handle.seek(offset)
                local.seek(offset)
            else:
                handle.chmod(0o644)
            while block := local.read(CHUNK):
                check_cancel(self.cancel, "The transfer")
                handle.write(block)
                self.report.sent_bytes += len(block)
                self.advance(len(block))
        if _remote_size(self.sftp, partial) != item.length:
            raise TransferFailed(f"{remote} on {self.report.node} did not reach its length of {item.length} bytes.",
                                 "Check free space on the node, then deploy again (the transfer resumes).")
        self.sftp.posix_rename(partial, remote)
        self.report.sent.append(remote)


def push(client: paramiko.SSHClient, node: str, files: Sequence[FileToSend],
         advance: Callable[[int], None] | None = None, cancel: threading.Event | None = None) -> NodeReport:
    """Send `files` over one logged-in client; resumes partial files, skips complete ones."""
    report = NodeReport(node)
    sender = _NodeSender(client, report, advance or (lambda _n: None), cancel)
    try:
        for item in files:
            check_cancel(cancel, "The transfer")
            sender.send(item)
    except (OSError, paramiko.SSHException) as exc:
        raise TransferFailed(f"Writing to {node} failed: {exc}.",
                             "Check the node's free space and airlock_root; deploy again to resume.") from exc
    finally:
        sender.close()
    return report


def push_to_nodes(
    targets: Sequence[tuple[Node, Sequence[FileToSend]]],
    private_key: paramiko.PKey,
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
    max_parallel: int = MAX_PARALLEL_NODES,
) -> dict[str, NodeReport]:
    """Send files to several nodes at once, each over its own pinned connection.

    Progress counts bytes over all nodes. Raises the first node's error after every node
    has stopped (the others keep their partial files for the next attempt).
    """
    total = sum(item.length for _node, files in targets for item in files)
    done = 0
    lock = threading.Lock()
    stop = cancel or threading.Event()
    failed = threading.Event()
    progress(0, total, "Sending files")

    def advance(count: int) -> None:
        nonlocal done
        with lock:
            done += count
            progress(done, total, "Sending files")

    def one(node: Node, files: Sequence[FileToSend]) -> NodeReport:
        client = connect_pinned(node, private_key)
        try:
            return push(client, node.name, files, advance, _Either(stop, failed))
        except BaseException:
            failed.set()
            raise
        finally:
            client.close()

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
            errors.append(TransferFailed(f"Sending to {name} failed: {type(exc).__name__}: {exc}."))
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
