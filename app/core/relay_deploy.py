"""Large files through relays: appliance -> relay once, relay -> its nodes in parallel.

`push()` is `transfer.push_to_nodes` for a deployment some of whose nodes are behind relays.
The direct nodes get their files as before. For each relay:

1. the files its nodes need, each once, go to the relay's cache with `transfer.push` over
   the relay's pinned SSH connection: `{airlock_root}/relay-cache/sha256/XX/SHA256` on the
   relay, named by content, so a file already there (or partly there) is not sent again and
   versions share what they have in common. The node helper on the relay hashes each file
   as it arrives and keeps it only when the hash is the manifest's;
2. the relay program's fan-out (`airlock-relay`, mode "fanout", as the management account:
   it runs no playbook) sends each node its files from the cache, several nodes at once,
   through the same node helper protocol as the appliance's own transfer: over ssh with the
   nodes' pins (a known_hosts made from them, StrictHostKeyChecking=yes), the management key
   in an ssh-agent of the fan-out's own (the key goes in on stdin, never to a file), partial
   files resumed, each file hashed by the node as it arrives and recorded. The deploy
   playbook then verifies every node's copy on the node, as for any deployment.

A file that arrives on a node with another hash than the manifest's is removed by the node,
and the relay drops its cached copy, so the next deployment fetches it from the appliance
again. A relay that cannot be reached fails its nodes' transfers; as with direct nodes, the
first error is raised once every node has stopped.
"""

from __future__ import annotations

import json
import posixpath
import select
import subprocess
import tempfile
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import IO, Any, Final

from app.core import jobs
from app.core.deploy import node_root
from app.core.errors import AirlockError, Cancelled
from app.core.inventory import Node, known_hosts
from app.core.messages import say
from app.core.progress import Progress, check_cancel, no_progress
from app.core.relay_dispatch import SSH_OPTIONS, job_name, request_line
from app.core.relays import RELAY_PROGRAM
from app.core.ssh import HostKeyChanged
from app.core.transfer import (
    MAX_PARALLEL_NODES,
    NODE_HELPER,
    FileToSend,
    NodeReport,
    PinnedSsh,
    TransferFailed,
    check_remote_path,
    push,
    push_to_nodes,
)

CACHE_DIR: Final = "relay-cache"
KEY_LIFETIME_S: Final = 24 * 3600
_MAX_LINE: Final = 16 * 1024 * 1024
_STOP_WAIT_S: Final = 60.0

Targets = Sequence[tuple[Node, Sequence[FileToSend]]]


def cache_root(relay: Node) -> str:
    """The relay's cache of deployed files, under its airlock_root."""
    return check_remote_path(posixpath.join(node_root(relay), CACHE_DIR))


def cache_path(relay: Node, sha256: str) -> str:
    """Where a file of this content lives in the relay's cache."""
    return check_remote_path(posixpath.join(cache_root(relay), "sha256", sha256[:2], sha256))


def uploads(relay: Node, targets: Targets) -> list[FileToSend]:
    """What the relay must hold for these nodes: each distinct content once, largest first."""
    unique: dict[str, FileToSend] = {}
    for _node, files in targets:
        for item in files:
            unique.setdefault(item.sha256, FileToSend(item.source, cache_path(relay, item.sha256), item.length,
                                                      item.sha256))
    return sorted(unique.values(), key=lambda f: -f.length)


def fanout_plan(relay: Node, targets: Targets, parallel: int = MAX_PARALLEL_NODES) -> dict[str, Any]:
    """What the relay program's fan-out is told: each node, its pins, its files from the cache."""
    return {
        "cache": cache_root(relay),
        "parallel": max(1, min(parallel, len(targets))),
        "known_hosts": known_hosts([node for node, _files in targets]),
        "nodes": [
            {"name": node.name, "address": node.address, "port": node.port, "user": node.user,
             "files": [{"source": cache_path(relay, f.sha256), "remote": f.remote, "length": f.length,
                        "sha256": f.sha256, "record": f.record} for f in files]}
            for node, files in targets
        ],
    }


class _Counter:
    """Progress over every part: bytes to direct nodes, to relays, and from relays to nodes."""

    def __init__(self, progress: Progress, total: int) -> None:
        self._progress = progress
        self._total = total
        self._done = 0
        self._direct = 0
        self._lock = threading.Lock()
        progress(0, total, say("Sending files"))

    def advance(self, count: int) -> None:
        with self._lock:
            self._done += count
            self._progress(self._done + self._direct, self._total, say("Sending files"))

    def direct(self, done: int, _total: int, _message: object) -> None:
        with self._lock:
            self._direct = done
            self._progress(self._done + self._direct, self._total, say("Sending files"))


def _write_all(stream: IO[bytes], data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[stream.write(view) or 0 :]


class _Fanout:
    """One relay program's fan-out, read line by line: progress, each node's report or error."""

    def __init__(self, ssh: PinnedSsh, relay: Node, key: bytes, targets: Targets, advance: Callable[[int], None],
                 stop: threading.Event) -> None:
        self.relay = relay
        self.reports: dict[str, NodeReport] = {}
        self.errors: dict[str, AirlockError] = {}
        self._advance = advance
        self._stop = stop
        self._names = {node.name for node, _files in targets}
        plan = json.dumps(fanout_plan(relay, targets), sort_keys=True).encode()
        helper = NODE_HELPER.read_bytes()
        self._stderr = tempfile.TemporaryFile()  # noqa: SIM115 - closed in run()
        # Unbuffered: select() then says exactly when a line can be read.
        self._process = subprocess.Popen(  # noqa: S603 - fixed argument list
            ssh.argv(relay, RELAY_PROGRAM, SSH_OPTIONS), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=self._stderr, env=ssh.env(), bufsize=0,
        )
        stdin = self._process.stdin
        assert stdin is not None  # noqa: S101
        self._stdin: IO[bytes] = stdin
        header = {"mode": "fanout", "job": job_name(), "key_length": len(key), "key_lifetime_s": KEY_LIFETIME_S,
                  "plan_length": len(plan), "helper_length": len(helper)}
        try:
            for part in (request_line(header), key, plan, helper):
                _write_all(stdin, part)
        except BrokenPipeError:
            pass  # the relay refused or went away: its answer or ssh says why

    def run(self) -> None:
        stdout = self._process.stdout
        assert stdout is not None  # noqa: S101
        cancel_sent = False
        finished = False
        try:
            while True:
                if self._stop.is_set() and not cancel_sent:
                    cancel_sent = self._send_cancel()
                if not select.select([stdout], [], [], 0.2)[0]:
                    continue
                line = stdout.readline(_MAX_LINE)
                if not line:
                    break
                finished = self._take(line) or finished
        finally:
            self._close()
        if not finished and not self._stop.is_set():
            self._fail_all(self._why())

    def _send_cancel(self) -> bool:
        try:
            _write_all(self._stdin, request_line({"cancel": True}))
        except (OSError, ValueError):
            self._process.kill()
        return True

    def _take(self, line: bytes) -> bool:
        """One line of the relay; True at its last."""
        try:
            body = json.loads(line)
        except ValueError:
            return False
        if not isinstance(body, dict):
            return False
        node = str(body.get("node", ""))
        if "error" in body and not node:
            self._fail_all(TransferFailed(
                say("Relay {relay} refused to send the files: {error}.", relay=self.relay.name,
                    error=str(body["error"])[:300]),
                say("Deploy the relay wheelhouse with the relay playbook first: airlock deploy NAME --to {relay} "
                    "--playbook relay.", relay=self.relay.name)))
        elif node in self._names:
            self._node_line(node, body)
        return bool(body.get("done"))

    def _node_line(self, node: str, body: dict[str, Any]) -> None:
        sent = body.get("sent")
        if isinstance(sent, int) and sent > 0:
            self._advance(sent)
        report = body.get("report")
        if isinstance(report, dict):
            self.reports[node] = NodeReport(
                node, int(report.get("sent_bytes", 0)), [str(p) for p in report.get("sent", [])],
                [str(p) for p in report.get("skipped", [])],
                {str(k): int(v) for k, v in dict(report.get("resumed", {})).items()},
                [str(p) for p in report.get("restarted", [])])
        if body.get("hostkey_changed"):
            self.errors[node] = HostKeyChanged(
                say("Node {node} did not offer its pinned host key to relay {relay}; nothing was sent.", node=node,
                    relay=self.relay.name),
                say("Connections to it are stopped; an admin must check the node and run `airlock node repin`."))
        elif "error" in body and node not in self.errors:
            self.errors[node] = TransferFailed(
                say("Relay {relay} could not send the files to {node}: {error}.", relay=self.relay.name, node=node,
                    error=str(body["error"])[:300]),
                say("Check the node's free space and airlock_root; deploy again to resume."))

    def _why(self) -> AirlockError:
        self._stderr.seek(0)
        text = self._stderr.read(8192).decode("utf-8", "replace").strip()
        if any(marker in text for marker in jobs.HOSTKEY_MARKERS):
            return HostKeyChanged(
                say("Relay {relay} did not offer its pinned host key.", relay=self.relay.name),
                say("Connections to it are stopped; an admin must check the node and run `airlock node repin`."))
        return TransferFailed(say("relay {relay} unreachable", relay=self.relay.name),
                              say("Check the relay (`airlock relay list`); deploy again to resume."))

    def _fail_all(self, error: AirlockError) -> None:
        for node in self._names:
            if node not in self.reports:
                self.errors.setdefault(node, error)

    def _close(self) -> None:
        for stream in (self._stdin, self._process.stdout):
            try:
                if stream is not None:
                    stream.close()
            except OSError:
                pass
        try:
            self._process.wait(timeout=_STOP_WAIT_S)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()


def _through_relay(ssh: PinnedSsh, relay: Node, key: bytes, targets: Targets, advance: Callable[[int], None],
                   stop: threading.Event) -> tuple[NodeReport | None, dict[str, NodeReport], dict[str, AirlockError]]:
    """One relay's part: its cache filled once, then its nodes from the cache."""
    names = [node.name for node, _files in targets]
    try:
        cached = push(ssh, relay, uploads(relay, targets), advance, stop)
        check_cancel(stop, "The transfer")
    except AirlockError as exc:
        return None, {}, dict.fromkeys(names, exc)
    fanout = _Fanout(ssh, relay, key, targets, advance, stop)
    fanout.run()
    return cached, fanout.reports, fanout.errors


def push_through_relays(
    direct: Targets,
    relayed: dict[str, tuple[Node, Targets]],
    private_openssh: bytes,
    workdir: Path,
    progress: Progress = no_progress,
    cancel: threading.Event | None = None,
) -> dict[str, NodeReport]:
    """Send files to direct nodes and, through each relay, to the nodes behind it, at once.

    Returns a report per node, and per relay under `relay:NAME` (what its cache received).
    Raises the first node's error after every part has stopped.
    """
    stop = cancel or threading.Event()
    total = sum(f.length for _n, files in direct for f in files)
    for relay, targets in relayed.values():
        total += sum(f.length for f in uploads(relay, targets))
        total += sum(f.length for _n, files in targets for f in files)
    counter = _Counter(progress, total)
    reports: dict[str, NodeReport] = {}
    errors: list[AirlockError] = []
    with PinnedSsh([relay for relay, _targets in relayed.values()], private_openssh, workdir) as ssh, \
            ThreadPoolExecutor(max_workers=len(relayed) + 1) as pool:
        direct_part = pool.submit(push_to_nodes, direct, private_openssh, workdir, counter.direct, stop) \
            if direct else None
        parts = {name: pool.submit(_through_relay, ssh, relay, private_openssh, targets, counter.advance, stop)
                 for name, (relay, targets) in relayed.items()}
        for name, future in parts.items():
            cached, delivered, failed = future.result()
            if cached is not None:
                reports[f"relay:{name}"] = cached
            reports.update(delivered)
            errors += list(failed.values())
        if direct_part is not None:
            try:
                reports.update(direct_part.result())
            except AirlockError as exc:
                errors.append(exc)
    if errors:
        real = [e for e in errors if not isinstance(e, Cancelled)]
        raise (real or errors)[0]
    check_cancel(stop, "The transfer")
    return reports
