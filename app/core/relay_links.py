"""Connections to relays that outlive one job: OpenSSH connection sharing, held by a session.

A job through a relay opens an SSH connection to it, and that connection's key exchange
(OpenSSH's hybrid post-quantum sntrup761x25519, which Airlock keeps) is most of what the
appliance's CPU spends on a relay's share: about 65 ms of about 90 ms in the lab, for a
share of any size. A session (the desktop application with its schedules, one CLI command)
therefore keeps one connection per relay, a master that the next jobs open their sessions
over (`ssh -O` multiplexing: about 6 ms each):

- the first job that needs a relay makes the master, as any connection: the relay's pinned
  host key (`StrictHostKeyChecking=yes`), the management key from that job's private agent.
  Once logged in, the master needs neither; later jobs' clients only reach its socket;
- the control sockets live in a private directory (0700, short path for unix sockets) of
  this session's; a socket's name is a hash of what its connection was checked against and
  logged in with: the relay's address, port, user, pinned host keys and the management
  key's public half. A re-pin, a changed key or an address change never reuses a master;
- a master exits after IDLE_S without a session (`ControlPersist`), and `close()` (the
  session's lock or end) asks every master to stop: one that still carries a job's session
  lets it finish, then exits. A session that crashed leaves masters that exit by IDLE_S;
  the next session sweeps their directory (`sweep`).

Blocked relays never reach this module: the dispatcher gives their shares no link.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
import threading
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Final

from app.core import jobs
from app.core.inventory import Node, known_hosts
from app.core.transfer import PinnedSsh

IDLE_S: Final = 60
PREFIX: Final = "airlock-links-"
_NAME_LEN: Final = 16
# A unix socket's path: ssh adds a 17-character suffix while it makes the socket; the directory's
# name is the prefix, a pid (7 digits at most) and mkdtemp's 8 characters.
_MAX_BASE_LEN: Final = 107 - 17 - _NAME_LEN - 1 - (len(PREFIX) + 7 + 1 + 8) - 1


class SharedLink:
    """`PinnedSsh`'s commands, over this session's master connection to each relay."""

    def __init__(self, ssh: PinnedSsh, directory: Path) -> None:
        self._ssh = ssh
        self._directory = directory
        self._identity = ssh.public_key.read_bytes()

    def control_path(self, node: Node) -> Path:
        """The socket of `node`'s master: named after everything its connection was checked with."""
        checked = "\0".join((node.address, str(node.port), node.user, known_hosts([node]))).encode()
        return self._directory / hashlib.sha256(checked + b"\0" + self._identity).hexdigest()[:_NAME_LEN]

    def argv(self, node: Node, remote_command: str, overrides: Mapping[str, str] | None = None) -> list[str]:
        shared = {"ControlMaster": "auto", "ControlPath": str(self.control_path(node)),
                  "ControlPersist": f"{IDLE_S}s"}
        return self._ssh.argv(node, remote_command, {**(overrides or {}), **shared})

    def env(self) -> dict[str, str]:
        return self._ssh.env()


class RelayLinks:
    """The master connections of one session to its relays; `connect` is `relay_dispatch.run`'s."""

    def __init__(self, base: Path) -> None:
        self._base = base
        self._directory: Path | None = None
        self._lock = threading.Lock()
        self._closed = False

    def _ensure_directory(self) -> Path:
        with self._lock:
            if self._directory is None:
                base = self._base if len(str(self._base)) <= _MAX_BASE_LEN else Path(tempfile.gettempdir())
                base.mkdir(mode=0o700, parents=True, exist_ok=True)
                self._directory = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=base))
            return self._directory

    @contextlib.contextmanager
    def connect(self, relays: Sequence[Node], private_openssh: bytes,
                workdir: Path) -> Iterator[SharedLink | PinnedSsh]:
        """Links to `relays` for one job: shared while this session is open, one of the job's own after."""
        with PinnedSsh(relays, private_openssh, workdir) as ssh:
            if self._closed:
                yield ssh
            else:
                yield SharedLink(ssh, self._ensure_directory())

    def masters(self) -> list[Path]:
        """The control sockets of masters made so far that still listen."""
        directory = self._directory
        if directory is None or not directory.is_dir():
            return []
        return sorted(path for path in directory.iterdir() if path.is_socket())

    def close(self) -> None:
        """Ask every master to stop (a running job's session finishes first); remove the directory."""
        with self._lock:
            self._closed = True
            directory, self._directory = self._directory, None
        if directory is not None:
            _stop_and_remove(directory)


def _stop_and_remove(directory: Path) -> None:
    """`ssh -O stop` to every master under `directory` (a busy one exits when its sessions end), then remove it."""
    jobs.close_control_masters(directory, "stop")
    shutil.rmtree(directory, ignore_errors=True)


def _owner_alive(directory: Path) -> bool:
    pid = directory.name.removeprefix(PREFIX).split("-", 1)[0]
    if not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)  # PermissionError: alive, another user's
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    return True


def sweep(base: Path) -> int:
    """Stop the masters and remove the directories that sessions which ended without closing left."""
    swept = 0
    for directory in sorted(base.glob(PREFIX + "*")) if base.is_dir() else []:
        if directory.is_dir() and not _owner_alive(directory):
            _stop_and_remove(directory)
            swept += 1
    return swept
