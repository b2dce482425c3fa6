"""How a transfer to real sshd nodes fails, and what it tells the operator (app/core/transfer.py).

Every fault is made for real on a lab node: its sshd stopped, the management key taken out
of its authorized_keys, a directory its account cannot write, a full file system (a small
tmpfs), a node helper killed by pid, a login shell that runs no command, a host key that
changed. Where the node's python3 itself has to misbehave, a stand-in `python3` goes first
on the node's PATH (its `~/bin`, where the lab keeps its nvidia-smi stand-in).
"""

from __future__ import annotations

import gc
import hashlib
import os
import pwd
import signal
import subprocess
import warnings
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.core.bundles.shared_reads import SharedChunks
from app.core.errors import AirlockError
from app.core.inventory import Node
from app.core.progress import Progress, no_progress
from app.core.ssh import HostKeyChanged
from app.core.transfer import FileToSend, NodeReport, PlaintextSource, TransferFailed, _cpu_has_aes, push_to_nodes
from tests.conftest import Vault
from tests.lab import node_fixtures
from tests.lab.bundle_factory import TrustLab
from tests.lab.node_fixtures import BootstrapKey, deploy_variables, enroll_in_session, needs_sshd
from tests.lab.nodes import Lab, LabNode
from tests.lab.offline_repo import model_bundle

pytestmark = [pytest.mark.lab, needs_sshd]
lab = node_fixtures.lab
bootstrap_key = node_fixtures.bootstrap_key

UNREACHABLE_HINT = "Check the node and that it accepts the management key; deploy again to resume."
REFUSED_HINT = "Check the node's free space and airlock_root; deploy again to resume."
STOPPED_HINT = "Check that python3 is installed on the node and its free space; deploy again."
SHORTER_HINT = "Check the content store (`airlock bundle check-store`)."


@dataclass(frozen=True)
class Failure:
    """What a failed push raised, kept as plain values."""

    kind: type[AirlockError]
    message: str
    hint: str


@dataclass
class Enrolled:
    """Lab nodes enrolled in a vault, and what a transfer to them needs."""

    lab: Lab
    nodes: dict[str, Node]
    key: bytes
    workdir: Path

    def lab_node(self, name: str) -> LabNode:
        return next(n for n in self.lab.nodes if n.name == name)

    def push(self, targets: Sequence[tuple[str, Sequence[FileToSend]]],
             progress: Progress = no_progress) -> dict[str, NodeReport]:
        return push_to_nodes([(self.nodes[name], files) for name, files in targets], self.key, self.workdir, progress)

    def push_failing(self, targets: Sequence[tuple[str, Sequence[FileToSend]]],
                     progress: Progress = no_progress) -> Failure:
        """Push, expecting it to fail; the error as plain values.

        A failed push closes everything it opened: a pipe or file left to the garbage
        collector would warn (ResourceWarning), which fails the test here.
        """
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", ResourceWarning)
            try:
                self.push(targets, progress)
            except AirlockError as exc:
                failure = Failure(type(exc), exc.message, exc.hint)
            else:
                pytest.fail("the push succeeded")
            gc.collect()
        assert [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)] == []
        return failure


def _enrol(session: object, lab: Callable[..., Lab], key: BootstrapKey, tmp_path: Path, count: int = 1) -> Enrolled:
    made = lab(["t4"] * count)
    enroll_in_session(session, made, key, extra_variables=deploy_variables)
    nodes = {node.name: node for node in session._nodes_rows()}  # type: ignore[attr-defined]
    private = session._nodes_management_key().private_openssh  # type: ignore[attr-defined]
    return Enrolled(made, nodes, private, tmp_path / "s")


def _data(tmp_path: Path, name: str, size: int) -> Path:
    """A local file of `size` bytes: a 4 KiB pattern made from its name, repeated."""
    path = tmp_path / name
    block = b"".join(hashlib.sha256(f"{name}{i}".encode()).digest() for i in range(128))  # 4 KiB
    path.write_bytes((block * (size // len(block) + 1))[:size])
    return path


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _to(node: LabNode, source: Path, rel: str) -> FileToSend:
    """`source` to the node's airlock/incoming/`rel`, with its length and SHA-256."""
    data = source.read_bytes()
    return FileToSend(source, f"{node.home}/airlock/incoming/{rel}", len(data), _sha(data))


def _own(node: LabNode, *paths: Path) -> None:
    account = pwd.getpwnam(node.user)
    for path in paths:
        os.chown(path, account.pw_uid, account.pw_gid)


def _stand_in_python3(node: LabNode, script: str) -> None:
    """Put a `python3` first on the node account's PATH."""
    path = node.home / "bin" / "python3"
    path.write_text(script)
    path.chmod(0o755)
    _own(node, path)


def _whole_or_absent(item: FileToSend) -> bool:
    """Nothing partial became the file: it is absent, or every byte is there."""
    final = Path(item.remote)
    return not final.exists() or _sha(final.read_bytes()) == item.sha256


def _helper_pids(node: LabNode) -> list[int]:
    """The node helper processes the node account runs now (the python3 that receives)."""
    uid = pwd.getpwnam(node.user).pw_uid
    found = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            if status.parent.stat().st_uid != uid or (status.parent / "comm").read_text().strip() != "python3":
                continue
            if b"airlock_node.py" in (status.parent / "cmdline").read_bytes():
                found.append(int(status.parent.name))
        except OSError:
            continue  # the process ended while we looked
    return found


# -- unreachable nodes ----------------------------------------------------------------------


def test_a_node_whose_sshd_is_down_is_named_with_its_address_and_a_later_push_completes_every_node(
    session: object, lab: Callable[..., Lab], bootstrap_key: BootstrapKey, tmp_path: Path,
) -> None:
    enrolled = _enrol(session, lab, bootstrap_key, tmp_path, 2)
    up, down = enrolled.lab_node("gpu-00"), enrolled.lab_node("gpu-01")
    source = _data(tmp_path, "w.bin", 256 * 1024)
    targets = [("gpu-00", [_to(up, source, "w.bin")]), ("gpu-01", [_to(down, source, "w.bin")])]
    down.stop()

    failure = enrolled.push_failing(targets)
    assert failure.kind is TransferFailed
    assert failure.message == (f"Could not reach gpu-01 at 127.0.0.1:{down.port}: "
                               f"ssh: connect to host 127.0.0.1 port {down.port}: Connection refused.")
    assert failure.hint == UNREACHABLE_HINT
    assert not (down.home / "airlock" / "incoming").exists()
    # gpu-00 may have been stopped part way when gpu-01 failed: never with a partial file as the file.
    assert _whole_or_absent(targets[0][1][0])

    down.start()
    reports = enrolled.push(targets)
    assert sorted(reports) == ["gpu-00", "gpu-01"]
    assert reports["gpu-01"].sent == [targets[1][1][0].remote]
    for name, (item,) in targets:
        assert _sha(Path(item.remote).read_bytes()) == item.sha256, name
        assert not Path(item.remote + ".partial").exists()


def test_a_node_that_no_longer_accepts_the_management_key_is_named_and_nothing_reaches_it(
    session: object, lab: Callable[..., Lab], bootstrap_key: BootstrapKey, tmp_path: Path,
) -> None:
    enrolled = _enrol(session, lab, bootstrap_key, tmp_path)
    node = enrolled.lab_node("gpu-00")
    (node.home / ".ssh" / "authorized_keys").write_text("")  # the management key taken off the node

    failure = enrolled.push_failing([("gpu-00", [_to(node, _data(tmp_path, "w.bin", 4096), "w.bin")])])
    assert failure.kind is TransferFailed
    assert failure.message.startswith(f"Could not reach gpu-00 at 127.0.0.1:{node.port}: ")
    assert f"{node.user}@127.0.0.1: Permission denied (publickey)" in failure.message
    assert failure.hint == UNREACHABLE_HINT
    assert not (node.home / "airlock" / "incoming").exists()


def test_an_unreachable_node_is_named_even_when_the_request_is_larger_than_the_pipe_to_ssh(
    session: object, lab: Callable[..., Lab], bootstrap_key: BootstrapKey, tmp_path: Path,
) -> None:
    enrolled = _enrol(session, lab, bootstrap_key, tmp_path)
    node = enrolled.lab_node("gpu-00")
    source = _data(tmp_path, "tiny.bin", 16)
    one = _to(node, source, "x")
    # Thousands of small files (a wheelhouse, a tokenizer's shards): a request of some MiB,
    # more than the pipe to ssh holds, so writing it meets the ssh that already gave up.
    deep = "/".join(["shard"] * 30)
    files = [FileToSend(source, f"{node.home}/airlock/incoming/{deep}/{i:05d}.bin", one.length, one.sha256)
             for i in range(8000)]
    node.stop()

    failure = enrolled.push_failing([("gpu-00", files)])
    assert failure.kind is TransferFailed
    assert failure.message == (f"Could not reach gpu-00 at 127.0.0.1:{node.port}: "
                               f"ssh: connect to host 127.0.0.1 port {node.port}: Connection refused.")
    assert failure.hint == UNREACHABLE_HINT


# -- nodes that refuse -------------------------------------------------------------------------


@pytest.mark.parametrize("size", [4096, 12 * 1024 * 1024], ids=["small", "megabytes-still-on-the-way"])
def test_a_directory_the_node_account_cannot_write_is_refused_by_the_node_in_its_own_words(
    session: object, lab: Callable[..., Lab], bootstrap_key: BootstrapKey, tmp_path: Path, size: int,
) -> None:
    enrolled = _enrol(session, lab, bootstrap_key, tmp_path)
    node = enrolled.lab_node("gpu-00")
    locked = node.home / "airlock" / "models"
    locked.mkdir(mode=0o755)  # root's: the node account may read it, not write in it
    source = _data(tmp_path, "w.bin", size)
    item = FileToSend(source, f"{locked}/llm/w.bin", size, _sha(source.read_bytes()))

    failure = enrolled.push_failing([("gpu-00", [item])])
    # However much was still being sent when the node stopped, it is the node's reason that is told.
    assert failure.kind is TransferFailed
    assert failure.message == f"gpu-00 refused the transfer: PermissionError: [Errno 13] Permission denied: '{locked}/llm'."
    assert failure.hint == REFUSED_HINT
    assert list(locked.iterdir()) == []


@pytest.fixture
def full_disk(lab: Callable[..., Lab]) -> Iterator[Callable[[LabNode, Path], None]]:
    """Mounts a 1 MiB tmpfs, owned by a node's account, at a path on it; unmounted after the test."""
    mounted: list[Path] = []

    def mount(node: LabNode, where: Path) -> None:
        where.mkdir(parents=True)
        account = pwd.getpwnam(node.user)
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size=1m,mode=0755,uid={account.pw_uid},gid={account.pw_gid}",
             "airlock-test-full", str(where)],
            capture_output=True, text=True, check=False,
        )
        if done.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
        mounted.append(where)

    yield mount
    for where in mounted:
        subprocess.run(["umount", str(where)], check=True)


def test_a_node_out_of_space_refuses_the_transfer_and_the_file_never_appears(
    session: object, lab: Callable[..., Lab], bootstrap_key: BootstrapKey, tmp_path: Path,
    full_disk: Callable[[LabNode, Path], None],
) -> None:
    enrolled = _enrol(session, lab, bootstrap_key, tmp_path)
    node = enrolled.lab_node("gpu-00")
    full_disk(node, node.home / "airlock" / "incoming")
    item = _to(node, _data(tmp_path, "w.bin", 3 * 1024 * 1024), "w.bin")

    failure = enrolled.push_failing([("gpu-00", [item])])
    assert failure.kind is TransferFailed
    assert failure.message == "gpu-00 refused the transfer: OSError: [Errno 28] No space left on device."
    assert failure.hint == REFUSED_HINT
    assert not Path(item.remote).exists()


def test_a_node_blocked_for_a_changed_host_key_is_refused_before_any_node_is_contacted(
    session: object, lab: Callable[..., Lab], bootstrap_key: BootstrapKey, tmp_path: Path,
) -> None:
    enrolled = _enrol(session, lab, bootstrap_key, tmp_path, 2)
    changed = enrolled.lab_node("gpu-01")
    changed.regenerate_host_key()
    job = session.run_playbook("health", "gpu-01")  # type: ignore[attr-defined] # finds the new key and blocks the node
    assert job["summary"]["hostkey_failures"] == ["gpu-01"]
    nodes = {node.name: node for node in session._nodes_rows()}  # type: ignore[attr-defined]
    assert nodes["gpu-01"].blocked
    logs = {n.name: n.directory / "sshd.log" for n in enrolled.lab.nodes}
    before = {name: log.read_text(errors="replace").count("Connection from") for name, log in logs.items()}
    source = _data(tmp_path, "w.bin", 4096)
    targets = [(nodes[n.name], [_to(n, source, "w.bin")]) for n in enrolled.lab.nodes]

    with pytest.raises(HostKeyChanged) as raised:
        push_to_nodes(targets, enrolled.key, enrolled.workdir)
    assert raised.value.message == "Nodes without a valid host key pin cannot receive files: gpu-01."
    assert raised.value.hint == "An admin must check them and run `airlock node repin`."
    assert {name: log.read_text(errors="replace").count("Connection from") for name, log in logs.items()} == before
    assert not any((n.home / "airlock" / "incoming").exists() for n in enrolled.lab.nodes)
    assert not enrolled.workdir.exists()  # refused before an agent or a key file was made


def test_a_workdir_too_deep_for_the_agent_socket_stops_the_push_before_any_node_and_leaves_nothing(
    session: object, lab: Callable[..., Lab], bootstrap_key: BootstrapKey, tmp_path: Path,
) -> None:
    enrolled = _enrol(session, lab, bootstrap_key, tmp_path)
    node = enrolled.lab_node("gpu-00")
    deep = tmp_path / ("w" * 100)  # with the agent's socket below it, past the 108 bytes of a unix socket path
    log = node.directory / "sshd.log"
    before = log.read_text(errors="replace").count("Connection from")

    with pytest.raises(TransferFailed) as raised:
        push_to_nodes([(enrolled.nodes["gpu-00"], [_to(node, _data(tmp_path, "w.bin", 4096), "w.bin")])],
                      enrolled.key, deep)
    assert raised.value.message == "The private ssh-agent for the transfer did not start."
    assert raised.value.hint == "Check that openssh-client is installed."
    assert list(deep.iterdir()) == []  # its directory (where the key's public half was) is gone
    assert log.read_text(errors="replace").count("Connection from") == before


def test_a_node_offering_another_host_key_gets_nothing_and_the_other_node_no_partial_file_as_final(
    session: object, lab: Callable[..., Lab], bootstrap_key: BootstrapKey, tmp_path: Path,
) -> None:
    enrolled = _enrol(session, lab, bootstrap_key, tmp_path, 2)
    good, changed = enrolled.lab_node("gpu-00"), enrolled.lab_node("gpu-01")
    changed.regenerate_host_key()  # a rebuilt node, or a machine in the middle, at the pinned address
    source = _data(tmp_path, "w.bin", 2 * 1024 * 1024)
    targets = [("gpu-00", [_to(good, source, "w.bin")]), ("gpu-01", [_to(changed, source, "w.bin")])]

    failure = enrolled.push_failing(targets)
    assert failure.kind is HostKeyChanged
    assert failure.message == "Node gpu-01 did not offer its pinned host key; nothing was sent."
    assert failure.hint == ("Connections to it are stopped; an admin must check the node and run "
                            "`airlock node repin`.")
    assert not (changed.home / "airlock" / "incoming").exists()
    assert _whole_or_absent(targets[0][1][0])


# -- local sources that do not hold what was recorded ---------------------------------------------


@pytest.mark.parametrize("longer_partial_on_node", [False, True], ids=["nothing-on-node", "longer-partial-on-node"])
def test_a_local_file_shorter_than_recorded_is_refused_and_never_becomes_the_file_on_the_node(
    session: object, lab: Callable[..., Lab], bootstrap_key: BootstrapKey, tmp_path: Path,
    longer_partial_on_node: bool,
) -> None:
    enrolled = _enrol(session, lab, bootstrap_key, tmp_path)
    node = enrolled.lab_node("gpu-00")
    recorded = _data(tmp_path, "recorded.bin", 128 * 1024)
    source = tmp_path / "cut.bin"
    source.write_bytes(recorded.read_bytes()[: 32 * 1024])  # cut short after it was recorded
    item = FileToSend(source, f"{node.home}/airlock/incoming/w.bin", 128 * 1024, _sha(recorded.read_bytes()))
    if longer_partial_on_node:
        # An earlier transfer left 64 KiB: more than the local file now has, so it cannot be resumed.
        incoming = node.home / "airlock" / "incoming"
        incoming.mkdir()
        partial = incoming / "w.bin.partial"
        partial.write_bytes(recorded.read_bytes()[: 64 * 1024])
        _own(node, incoming, partial)

    failure = enrolled.push_failing([("gpu-00", [item])])
    assert failure.kind is TransferFailed
    assert failure.message == f"{item.remote} is shorter than its recorded {128 * 1024} bytes."
    assert failure.hint == SHORTER_HINT
    assert not Path(item.remote).exists()


def test_a_local_file_gone_before_it_is_sent_is_reported_naming_the_node_and_the_file(
    session: object, lab: Callable[..., Lab], bootstrap_key: BootstrapKey, tmp_path: Path,
) -> None:
    enrolled = _enrol(session, lab, bootstrap_key, tmp_path)
    node = enrolled.lab_node("gpu-00")
    source = _data(tmp_path, "w.bin", 4096)
    item = _to(node, source, "w.bin")
    source.unlink()

    failure = enrolled.push_failing([("gpu-00", [item])])
    assert failure.kind is TransferFailed
    assert failure.message == f"Writing to gpu-00 failed: [Errno 2] No such file or directory: '{source}'."
    assert failure.hint == REFUSED_HINT
    assert not Path(item.remote).exists()


# -- store objects (what a deployment sends) --------------------------------------------------------


@dataclass(frozen=True)
class StoredFile:
    path: str
    sha256: str
    plaintext: bytes


def _import_model(vault: Vault, trust: TrustLab, tmp_path: Path) -> dict[str, StoredFile]:
    """A model imported into the vault's store; its files by path."""
    src = tmp_path / "model"
    (src / "weights").mkdir(parents=True)
    (src / "README.md").write_text("# transfer failures\n")
    (src / "config.json").write_text('{"layers": 2, "hidden": 64}')
    _data(src / "weights", "model.safetensors", 2 * 1024 * 1024 + 4321)
    bundle = model_bundle(trust, src, "llm", "1.0.0", split_size=1024 * 1024)
    done = vault.cli("bundle", "import", str(bundle))
    assert done.returncode == 0, done.stderr
    with vault.open() as session:
        rows = session.bundle_files("llm", "1.0.0")
    return {path: StoredFile(path, sha, (src / path).read_bytes()) for path, _length, sha, _object in rows}


def _enrol_vault(vault: Vault, lab: Callable[..., Lab], key: BootstrapKey, tmp_path: Path) -> Enrolled:
    with vault.open() as session:
        return _enrol(session, lab, key, tmp_path)


def test_store_objects_resume_from_a_partial_copy_on_the_node_and_restart_one_that_differs(
    vault: Vault, trusted_lab: TrustLab, lab: Callable[..., Lab], bootstrap_key: BootstrapKey, tmp_path: Path,
) -> None:
    stored = _import_model(vault, trusted_lab, tmp_path)
    enrolled = _enrol_vault(vault, lab, bootstrap_key, tmp_path)
    node = enrolled.lab_node("gpu-00")
    weights, config = stored["weights/model.safetensors"], stored["config.json"]
    incoming = node.home / "airlock" / "incoming"
    incoming.mkdir()
    kept = 1024 * 1024 + 17  # an interrupted deployment left the first MiB and a bit
    (incoming / "weights.partial").write_bytes(weights.plaintext[:kept])
    (incoming / "config.json.partial").write_bytes(b'{"layers": 3')  # not what the store holds
    _own(node, incoming, incoming / "weights.partial", incoming / "config.json.partial")

    with vault.open() as session, SharedChunks(session.open_object) as chunks:
        files = [FileToSend(chunks.source(f.sha256), f"{incoming}/{name}", len(f.plaintext), f.sha256)
                 for name, f in (("weights", weights), ("config.json", config))]
        report = enrolled.push([("gpu-00", files)])["gpu-00"]
    assert report.resumed == {f"{incoming}/weights": kept}
    assert report.restarted == [f"{incoming}/config.json"]
    assert report.sent_bytes == len(weights.plaintext) - kept + len(config.plaintext)
    assert (incoming / "weights").read_bytes() == weights.plaintext
    assert (incoming / "config.json").read_bytes() == config.plaintext
    assert sorted(p.name for p in incoming.iterdir()) == ["config.json", "weights"]


def test_a_store_object_shorter_than_its_recorded_length_is_refused_and_never_becomes_the_file(
    vault: Vault, trusted_lab: TrustLab, lab: Callable[..., Lab], bootstrap_key: BootstrapKey, tmp_path: Path,
) -> None:
    stored = _import_model(vault, trusted_lab, tmp_path)
    enrolled = _enrol_vault(vault, lab, bootstrap_key, tmp_path)
    node = enrolled.lab_node("gpu-00")
    weights = stored["weights/model.safetensors"]
    recorded = len(weights.plaintext) + 4096  # a recorded length the object does not have
    remote = f"{node.home}/airlock/incoming/weights"

    with vault.open() as session, SharedChunks(session.open_object) as chunks:
        source: PlaintextSource = chunks.source(weights.sha256)
        failure = enrolled.push_failing([("gpu-00", [FileToSend(source, remote, recorded, weights.sha256)])])
    assert failure.kind is TransferFailed
    assert failure.message == f"{remote} is shorter than its recorded {recorded} bytes."
    assert failure.hint == SHORTER_HINT
    assert not Path(remote).exists()


# -- node helpers that die or answer wrongly -----------------------------------------------------


@pytest.mark.parametrize("shell", ["/bin/sh", "/bin/bash"])
def test_a_helper_killed_on_the_node_mid_transfer_is_reported_and_the_next_push_completes_the_file(
    session: object, lab: Callable[..., Lab], bootstrap_key: BootstrapKey, tmp_path: Path, shell: str,
) -> None:
    enrolled = _enrol(session, lab, bootstrap_key, tmp_path)
    node = enrolled.lab_node("gpu-00")
    subprocess.run(["usermod", "-s", shell, node.user], check=True, capture_output=True)
    item = _to(node, _data(tmp_path, "w.bin", 16 * 1024 * 1024), "w.bin")
    killed: list[int] = []

    def progress(done: int, _total: int, _message: object) -> None:
        if done >= 4 * 1024 * 1024 and not killed:  # the node runs out of memory: its kernel kills the helper
            for pid in _helper_pids(node):
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)

    failure = enrolled.push_failing([("gpu-00", [item])], progress)
    assert len(killed) == 1
    assert failure.kind is TransferFailed
    if shell == "/bin/sh":  # dash waits for the helper and says how it ended
        assert failure.message == "The transfer to gpu-00 stopped (status 137): Killed."
        assert failure.hint == STOPPED_HINT
    else:  # bash runs the helper in its place: ssh's own status 255 is all that comes back
        assert failure.message == f"Could not reach gpu-00 at 127.0.0.1:{node.port}: ssh failed."
        assert failure.hint == UNREACHABLE_HINT
    assert not Path(item.remote).exists()

    report = enrolled.push([("gpu-00", [item])])["gpu-00"]
    assert report.sent_bytes + report.resumed.get(item.remote, 0) == item.length
    assert _sha(Path(item.remote).read_bytes()) == item.sha256


def test_a_node_account_whose_login_shell_refuses_commands_is_reported_as_an_unreadable_answer(
    session: object, lab: Callable[..., Lab], bootstrap_key: BootstrapKey, tmp_path: Path,
) -> None:
    enrolled = _enrol(session, lab, bootstrap_key, tmp_path)
    node = enrolled.lab_node("gpu-00")
    subprocess.run(["usermod", "-s", "/usr/sbin/nologin", node.user], check=True, capture_output=True)
    item = _to(node, _data(tmp_path, "w.bin", 4096), "w.bin")

    failure = enrolled.push_failing([("gpu-00", [item])])  # nologin prints "This account is currently not available."
    assert failure.kind is TransferFailed
    assert failure.message == "gpu-00 answered the transfer with something unreadable."
    assert failure.hint == "Check that python3 is installed on the node."
    assert not Path(item.remote).exists()


def test_a_node_account_whose_login_shell_runs_nothing_is_reported_with_its_status(
    session: object, lab: Callable[..., Lab], bootstrap_key: BootstrapKey, tmp_path: Path,
) -> None:
    enrolled = _enrol(session, lab, bootstrap_key, tmp_path)
    node = enrolled.lab_node("gpu-00")
    subprocess.run(["usermod", "-s", "/bin/false", node.user], check=True, capture_output=True)
    item = _to(node, _data(tmp_path, "w.bin", 4096), "w.bin")

    failure = enrolled.push_failing([("gpu-00", [item])])
    assert failure.kind is TransferFailed
    assert failure.message == "The transfer to gpu-00 stopped (status 1): no message."
    assert failure.hint == STOPPED_HINT
    assert not (node.home / "airlock" / "incoming").exists()


BROKEN_PYTHON = (
    "#!/bin/sh\n"
    "echo 'python3: error while loading shared libraries: libpython3.11.so.1.0: "
    "cannot open shared object file: No such file or directory' >&2\n"
    "exit 127\n"
)
CHATTY_PYTHON = '#!/bin/sh\necho 3.11\nexec /usr/bin/python3 "$@"\n'  # a wrapper that prints its version first
FAILING_WRAPPER = (
    "#!/bin/sh\n"
    '/usr/bin/python3 "$@" || exit\n'
    "echo 'module: cannot unload python/3.11' >&2\n"
    "exit 7\n"
)


@pytest.mark.parametrize(("script", "message", "hint"), [
    (BROKEN_PYTHON, ("The transfer to gpu-00 stopped (status 127): python3: error while loading shared libraries: "
                     "libpython3.11.so.1.0: cannot open shared object file: No such file or directory."), STOPPED_HINT),
    (CHATTY_PYTHON, "gpu-00 answered the transfer with something unreadable.", ""),
], ids=["python3-broken", "python3-prints-its-version"])
def test_a_node_whose_python3_does_not_run_the_helper_is_reported_and_gets_no_file(
    session: object, lab: Callable[..., Lab], bootstrap_key: BootstrapKey, tmp_path: Path,
    script: str, message: str, hint: str,
) -> None:
    enrolled = _enrol(session, lab, bootstrap_key, tmp_path)
    node = enrolled.lab_node("gpu-00")
    _stand_in_python3(node, script)
    item = _to(node, _data(tmp_path, "w.bin", 4096), "w.bin")

    failure = enrolled.push_failing([("gpu-00", [item])])
    assert (failure.kind, failure.message, failure.hint) == (TransferFailed, message, hint)
    assert not Path(item.remote).exists()


def test_a_session_that_ends_in_failure_after_the_helper_reported_success_is_still_a_failure(
    session: object, lab: Callable[..., Lab], bootstrap_key: BootstrapKey, tmp_path: Path,
) -> None:
    enrolled = _enrol(session, lab, bootstrap_key, tmp_path)
    node = enrolled.lab_node("gpu-00")
    _stand_in_python3(node, FAILING_WRAPPER)
    item = _to(node, _data(tmp_path, "w.bin", 4096), "w.bin")

    failure = enrolled.push_failing([("gpu-00", [item])])
    assert failure.kind is TransferFailed
    assert failure.message == "The transfer to gpu-00 stopped (status 7): module: cannot unload python/3.11."
    assert failure.hint == STOPPED_HINT
    assert _sha(Path(item.remote).read_bytes()) == item.sha256  # the helper itself did finish the file


@pytest.mark.parametrize(("answers", "message", "hint"), [
    (['{"files": []}'], "gpu-00 answered about 0 files, not 1.", ""),
    (['{"files": [{"state": "absent"}]}', '{"done": [{"path": "REMOTE", "error": "incomplete", "received": 0}]}'],
     "REMOTE on gpu-00 is incomplete.", "Deploy again; the transfer resumes."),
    (['{"files": [{"state": "absent"}]}', '{"done": [{"sent": 4096}]}'],
     "Sending to gpu-00 failed: KeyError: 'path'.", ""),
], ids=["wrong-number-of-files", "file-incomplete", "outcome-without-path"])
def test_answers_that_break_the_helper_protocol_are_reported_naming_the_node(
    session: object, lab: Callable[..., Lab], bootstrap_key: BootstrapKey, tmp_path: Path,
    answers: list[str], message: str, hint: str,
) -> None:
    enrolled = _enrol(session, lab, bootstrap_key, tmp_path)
    node = enrolled.lab_node("gpu-00")
    item = _to(node, _data(tmp_path, "w.bin", 4096), "w.bin")
    first, *then = [line.replace("REMOTE", item.remote) for line in answers]
    # A stand-in that answers the first request, reads the rest of the stream, then answers again.
    _stand_in_python3(node, "#!/bin/sh\n" f"echo '{first}'\n" "cat >/dev/null\n"
                      + "".join(f"echo '{line}'\n" for line in then))

    failure = enrolled.push_failing([("gpu-00", [item])])
    assert (failure.kind, failure.message.replace(item.remote, "REMOTE"), failure.hint) == (
        TransferFailed, message, hint)
    assert not Path(item.remote).exists()


# -- the cipher choice ---------------------------------------------------------------------------------


def test_a_cpu_whose_features_cannot_be_read_is_taken_to_have_aes(tmp_path: Path) -> None:
    assert _cpu_has_aes(tmp_path / "no-cpuinfo") is True
    listed = tmp_path / "cpuinfo"
    listed.write_text("processor\t: 0\nmodel name\t: unknown\n")  # no flags line at all
    assert _cpu_has_aes(listed) is True
    listed.write_text("processor\t: 0\nflags\t\t: fpu sse2 avx2\n")
    assert _cpu_has_aes(listed) is False
