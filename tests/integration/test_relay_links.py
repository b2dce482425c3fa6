"""A session's shared connections to relays (app/core/relay_links.py) on a real sshd.

A lab node stands for the relay: what is shared is the SSH connection, whatever runs at its
other end. Each connection the node's sshd accepts leaves an "Accepted publickey" line in
its log; a session over an existing master leaves none.
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from app.core import relay_links
from app.core.inventory import HostKeyPin, Node
from tests.conftest import Vault
from tests.lab.node_fixtures import BootstrapKey, bootstrap_key_fixture, enroll_in_session, lab_fixture, needs_sshd  # noqa: F401 - fixtures
from tests.lab.nodes import Lab, LabNode

pytestmark = [pytest.mark.lab, needs_sshd]


def _logins(node: LabNode) -> int:
    return (node.directory / "sshd.log").read_text(errors="replace").count("Accepted publickey")


def _masters(directory: Path) -> list[int]:
    """Pids of ssh masters whose control socket is under `directory`."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            text = cmdline.read_bytes()
        except OSError:
            continue
        if text.startswith(b"ssh") and str(directory).encode() in text and b"[mux]" in text:
            found.append(int(cmdline.parent.name))
    return found


def _wait_for(condition: Callable[[], object], timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


def _run(link: object, node: Node, command: str) -> str:
    done = subprocess.run(link.argv(node, command), env=link.env(), capture_output=True, text=True,  # type: ignore[attr-defined]
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pytest.fixture
def relay(vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey) -> tuple[LabNode, Node, bytes]:
    """An enrolled lab node (its pins), standing for a relay, and the management key."""
    made = lab(["t4"])
    with vault.open() as session:
        enroll_in_session(session, made, bootstrap_key)
        node = session._nodes_rows()[0]
        key = session._nodes_management_key().private_openssh
    return made.nodes[0], node, key


def test_jobs_of_one_session_share_one_checked_connection_that_ends_with_the_session(
    relay: tuple[LabNode, Node, bytes], tmp_path: Path,
) -> None:
    lab_node, node, key = relay
    links = relay_links.RelayLinks(tmp_path / "jobs")
    before = _logins(lab_node)
    for job in range(3):  # three jobs, each with its own private agent and known_hosts
        with links.connect([node], key, tmp_path / f"job-{job}") as link:
            assert _run(link, node, f"echo job {job}") == f"job {job}\n"
    assert _logins(lab_node) - before == 1, "one login for three jobs"
    [socket_path] = links.masters()
    assert socket_path.parent.stat().st_mode & 0o777 == 0o700
    masters = _masters(socket_path.parent)
    assert len(masters) == 1
    # What the job's own files were is gone: the master needs neither agent nor known_hosts now.
    assert [path for job in range(3) for path in (tmp_path / f"job-{job}").glob("airlock-ssh-*")] == []

    links.close()
    _wait_for(lambda: not _masters(socket_path.parent))
    assert not socket_path.parent.exists()
    # After the session: each job connects on its own again, checked and logged in anew.
    with links.connect([node], key, tmp_path / "after") as link:
        assert "ControlMaster=no" in link.argv(node, "true")
        _run(link, node, "true")
    assert _logins(lab_node) - before == 2


def test_a_new_pin_or_a_new_key_never_reuses_a_master(relay: tuple[LabNode, Node, bytes], tmp_path: Path) -> None:
    _lab_node, node, key = relay
    links = relay_links.RelayLinks(tmp_path / "jobs")
    with links.connect([node], key, tmp_path / "a") as link:
        assert isinstance(link, relay_links.SharedLink)
        path = link.control_path(node)
        other_pin = replace(node, pins=(HostKeyPin("ssh-ed25519", "AAAAC3NzaC1lZDI1NTE5AAAAIBmNq5Rfb3Gl4Yv2W0nXrJ0Q"
                                                                 "Pq7qG3b1gfGd6Tq0Jk2p"),))
        moved = replace(node, address="10.0.0.99")
        assert len({path, link.control_path(other_pin), link.control_path(moved),
                    link.control_path(replace(node, user="other"))}) == 4
    other_key = tmp_path / "other"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(other_key)], check=True)
    with links.connect([node], other_key.read_bytes(), tmp_path / "b") as link:
        assert isinstance(link, relay_links.SharedLink)
        assert link.control_path(node) != path
    links.close()


def test_closing_lets_a_running_job_finish_and_then_stops_its_master(
    relay: tuple[LabNode, Node, bytes], tmp_path: Path,
) -> None:
    _lab_node, node, key = relay
    links = relay_links.RelayLinks(tmp_path / "jobs")
    with links.connect([node], key, tmp_path / "first") as link:
        _run(link, node, "true")
    [socket_path] = links.masters()
    with links.connect([node], key, tmp_path / "second") as link:
        running = subprocess.Popen(link.argv(node, "sleep 1.5; echo finished"), env=link.env(),
                                   stdout=subprocess.PIPE, text=True)
        time.sleep(0.5)
        closer = threading.Thread(target=links.close)
        closer.start()
        out, _ = running.communicate(timeout=60)
        closer.join(timeout=30)
    assert out == "finished\n"
    assert running.returncode == 0
    _wait_for(lambda: not _masters(socket_path.parent))


def test_the_links_of_a_session_that_ended_without_closing_are_swept(tmp_path: Path) -> None:
    base = tmp_path / "jobs"
    base.mkdir(mode=0o700)
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    dead = base / f"{relay_links.PREFIX}{gone.pid}-abc"
    live = base / f"{relay_links.PREFIX}{os.getpid()}-def"
    for directory in (dead, live):
        directory.mkdir(mode=0o700)
        (directory / "note").write_text("x")
    assert relay_links.sweep(base) == 1
    assert not dead.exists()
    assert live.exists()


def test_a_link_to_a_node_without_pins_is_refused_as_any_connection(tmp_path: Path) -> None:
    from app.core.ssh import HostKeyChanged

    links = relay_links.RelayLinks(tmp_path / "jobs")
    unpinned = Node("r1", "127.0.0.1", 22, "relay")
    with pytest.raises(HostKeyChanged), links.connect([unpinned], b"", tmp_path / "w"):
        pass
    assert links.masters() == []
