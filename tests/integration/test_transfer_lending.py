"""Store objects lent to the pipes into ssh, to real sshd nodes (app/core/transfer.py, pipe_lending.py).

Each decrypted chunk is lent to every node's pipe (vmsplice) and held until that node's ssh
has read it. With a window of two chunks, a chunk released too early would be filled again
with a later chunk while still in a pipe, and the node would refuse the file's hash: these
tests see every node get every byte, every chunk released at the end whatever way the
transfer ends (done, cancelled, a node's helper killed), and the same bytes where lending
is refused and the transfer writes instead.
"""

from __future__ import annotations

import hashlib
import os
import random
import signal
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core import pipe_lending, transfer
from app.core.bundles.objects import CHUNK_PLAIN, StoredObject
from app.core.bundles.shared_reads import SharedChunks
from app.core.errors import Cancelled
from app.core.transfer import FileToSend, TransferFailed, push_to_nodes
from tests.integration.test_transfer_failures import Enrolled, _enrol, _helper_pids
from tests.lab import node_fixtures
from tests.lab.node_fixtures import BootstrapKey, needs_sshd
from tests.lab.nodes import Lab
from tests.unit import test_pipe_lending
from tests.unit.test_store_objects import KEY, seal

pytestmark = [pytest.mark.lab, needs_sshd]
lab = node_fixtures.lab
refused = test_pipe_lending.refused  # lending refused, as the kernel's first refusal leaves it
bootstrap_key = node_fixtures.bootstrap_key


class Store:
    """Sealed objects in a folder, as the content store keeps them."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.plain: dict[str, bytes] = {}

    def add(self, size: int, seed: int) -> str:
        data = random.Random(seed).randbytes(size)
        sha = seal(self.folder / f"{seed}", data)
        (self.folder / f"{seed}").rename(self.folder / sha)
        self.plain[sha] = data
        return sha

    def chunks(self) -> SharedChunks:
        """Shared reads with a window of two chunks: a buffer is filled again as soon as the rule allows."""
        return SharedChunks(lambda sha: StoredObject(self.folder / sha, sha, KEY.lookup), window=2, lead=1)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    folder = tmp_path / "objects"
    folder.mkdir()
    return Store(folder)


@pytest.fixture
def lent_bytes(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """What the transfer lent (real vmsplice calls, counted)."""
    counted: list[int] = []
    real = transfer.lend

    def counting(fd: int, address: int, length: int) -> int | None:
        count = real(fd, address, length)
        if count is not None:
            counted.append(count)
        return count

    monkeypatch.setattr(transfer, "lend", counting)
    return counted


def _targets(enrolled: Enrolled, store: Store, shared: SharedChunks, names: list[str],
             shas: list[str]) -> list[tuple[object, list[FileToSend]]]:
    targets = []
    for name in names:
        home = enrolled.lab_node(name).home
        files = [FileToSend(shared.source(sha), f"{home}/airlock/incoming/{sha[:12]}", len(store.plain[sha]), sha)
                 for sha in shas]
        targets.append((enrolled.nodes[name], files))
    return targets


def _arrived(enrolled: Enrolled, name: str, sha: str) -> str:
    path = enrolled.lab_node(name).home / "airlock" / "incoming" / sha[:12]
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else ""


def _nothing_pinned(shared: SharedChunks) -> bool:
    return all(chunk.pins == 0 for chunk in shared._chunks.values())


needs_vmsplice = pytest.mark.skipif(not pipe_lending.available(), reason="this kernel or libc refuses vmsplice")


@needs_vmsplice
def test_three_nodes_get_every_byte_of_objects_lent_chunk_by_chunk_through_a_two_chunk_window(
    session: object, lab: Callable[..., Lab], bootstrap_key: BootstrapKey, tmp_path: Path, store: Store,
    lent_bytes: list[int],
) -> None:
    enrolled = _enrol(session, lab, bootstrap_key, tmp_path, 3)
    shas = [store.add(9 * CHUNK_PLAIN + 12345, seed=1), store.add(70_000, seed=2)]
    names = ["gpu-00", "gpu-01", "gpu-02"]
    with store.chunks() as shared:
        reports = push_to_nodes(_targets(enrolled, store, shared, names, shas), enrolled.key, enrolled.workdir)
        assert _nothing_pinned(shared)
        assert shared.decrypted < 3 * 11  # shared between the nodes, not decrypted once per node
    total = sum(len(store.plain[sha]) for sha in shas)
    assert {name: report.sent_bytes for name, report in reports.items()} == dict.fromkeys(names, total)
    assert sum(lent_bytes) == 3 * total  # every byte was lent, none copied into a pipe
    assert all(_arrived(enrolled, name, sha) == sha for name in names for sha in shas)


@pytest.mark.usefixtures("refused")
def test_where_lending_is_refused_the_same_objects_are_written_and_arrive_the_same(
    session: object, lab: Callable[..., Lab], bootstrap_key: BootstrapKey, tmp_path: Path, store: Store,
    lent_bytes: list[int],
) -> None:
    enrolled = _enrol(session, lab, bootstrap_key, tmp_path, 2)
    shas = [store.add(5 * CHUNK_PLAIN + 1, seed=3)]
    with store.chunks() as shared:
        push_to_nodes(_targets(enrolled, store, shared, ["gpu-00", "gpu-01"], shas), enrolled.key, enrolled.workdir)
        assert _nothing_pinned(shared)
    assert lent_bytes == []
    assert _arrived(enrolled, "gpu-00", shas[0]) == _arrived(enrolled, "gpu-01", shas[0]) == shas[0]


def test_a_cancelled_transfer_releases_every_lent_chunk_and_the_next_one_resumes(
    session: object, lab: Callable[..., Lab], bootstrap_key: BootstrapKey, tmp_path: Path, store: Store,
) -> None:
    enrolled = _enrol(session, lab, bootstrap_key, tmp_path, 2)
    shas = [store.add(24 * CHUNK_PLAIN, seed=4)]
    names = ["gpu-00", "gpu-01"]
    cancel = threading.Event()

    def progress(done: int, _total: int, _message: object) -> None:
        if done >= 8 * CHUNK_PLAIN:
            cancel.set()

    with store.chunks() as shared:
        targets = _targets(enrolled, store, shared, names, shas)
        with pytest.raises(Cancelled):
            push_to_nodes(targets, enrolled.key, enrolled.workdir, progress, cancel)
        assert _nothing_pinned(shared)
        assert all(_arrived(enrolled, name, shas[0]) == "" for name in names)  # only partial files
        reports = push_to_nodes(targets, enrolled.key, enrolled.workdir)
        assert _nothing_pinned(shared)
    assert any(report.resumed for report in reports.values())
    assert all(_arrived(enrolled, name, shas[0]) == shas[0] for name in names)


def test_a_node_helper_killed_while_chunks_are_lent_to_its_pipe_fails_that_transfer_and_releases_them(
    session: object, lab: Callable[..., Lab], bootstrap_key: BootstrapKey, tmp_path: Path, store: Store,
) -> None:
    enrolled = _enrol(session, lab, bootstrap_key, tmp_path)
    node = enrolled.lab_node("gpu-00")
    shas = [store.add(24 * CHUNK_PLAIN, seed=5)]
    killed: list[int] = []

    def progress(done: int, _total: int, _message: object) -> None:
        if done >= 6 * CHUNK_PLAIN and not killed:
            for pid in _helper_pids(node):
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)

    with store.chunks() as shared:
        targets = _targets(enrolled, store, shared, ["gpu-00"], shas)
        with pytest.raises(TransferFailed):
            push_to_nodes(targets, enrolled.key, enrolled.workdir, progress)
        assert killed
        assert _nothing_pinned(shared)
        push_to_nodes(targets, enrolled.key, enrolled.workdir)
    assert _arrived(enrolled, "gpu-00", shas[0]) == shas[0]
