"""Jobs through relays on a segmented lab (issue 15): real sshd, real relays, network namespaces.

The appliance is this host's namespace. Two relays, each a Debian root in a namespace of its
own that the appliance reaches; four nodes behind each relay, each in a namespace the
appliance has no route to (tests/lab/relay_lab.py). The relays are made relays as an
operator would: the relay wheelhouse (`make relay-wheelhouse`) is signed into an update
bundle, imported, deployed with the relay playbook, and each relay is added with
`airlock relay add`. The nodes behind them are then enrolled through them.

The tests share that lab and run in order; the last ones break relays on purpose.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.core import facts, jobs, relay_links, ssh
from app.core.service.nodes import node_facts_from_report
from tests.conftest import ADMIN_PASSPHRASE, REPO, Vault
from tests.lab.bundle_factory import TrustLab
from tests.lab.node_fixtures import BootstrapKey, deploy_variables, enroll_args
from tests.lab.nodes import NVIDIA_DIR, LabNode
from tests.lab.offline_repo import model_bundle, update_bundle
from tests.lab.relay_lab import SLEEPY_PLAYBOOK, RelayLab, relay_lab_available, relay_wheelhouse, start_relay_lab
from tests.lab.rootfs import MISSING_REASON, RootfsNode

pytestmark = [
    pytest.mark.lab, pytest.mark.slow, pytest.mark.timeout(1800),
    pytest.mark.skipif(not relay_lab_available(), reason=MISSING_REASON),
]

RACKS = [["h100-pair", "a100-mig", "t4", "none"], ["t4-ecc-retired", "t4", "gpu-lost", "a100-mig"]]


@dataclass
class Segment:
    """The shared lab: a vault, the relays and racks, the bootstrap key, the management key."""

    vault: Vault
    lab: RelayLab
    trust: TrustLab
    bootstrap: Path
    management_key: bytes
    playbooks: Path
    started: float

    def session(self) -> contextlib.AbstractContextManager[object]:
        opened = self.vault.open()
        opened.playbooks_dir = self.playbooks  # Airlock's playbooks and one that sleeps
        return contextlib.closing(opened)


def _ok(done: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert done.returncode == 0, done.stderr[-3000:]
    return done


def _json(vault: Vault, *args: str) -> object:
    return json.loads(_ok(vault.cli(*args, "--json", timeout=600)).stdout)


def _make_vault(base: Path) -> Vault:
    from app.core.service import init_vault

    secrets = base / "secrets"
    secrets.mkdir(mode=0o700, parents=True)
    session, recovery = init_vault(base / "data", "admin", ADMIN_PASSPHRASE.encode())
    session.close()
    made = Vault(base / "data", secrets, recovery)
    made.write_passphrase("admin", ADMIN_PASSPHRASE)
    return made


def _provision(vault: Vault, relays: list[RootfsNode], names: str) -> None:
    done = _json(vault, "deploy", "airlock-relay", "--to", names, "--playbook", "relay")
    assert isinstance(done, dict)
    assert sorted(done["changed"] + done["unchanged"]) == sorted(r.name for r in relays)


@pytest.fixture(scope="module")
def segment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Segment]:
    base = tmp_path_factory.mktemp("segment")
    started = time.time()
    vault = _make_vault(base / "vault")
    key = base / "bootstrap"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "bootstrap", "-f", str(key)], check=True)
    public = key.with_suffix(".pub").read_text().strip()
    playbooks = base / "playbooks"
    shutil.copytree(REPO / "playbooks", playbooks)
    (playbooks / "sleepy.yml").write_text(SLEEPY_PLAYBOOK)
    lab = start_relay_lab(base / "lab", RACKS)
    try:
        trust = TrustLab(base / "publisher")
        _ok(vault.cli("trust", "init", str(trust.root_json), "--fingerprint", trust.fingerprint))
        bundle = update_bundle(trust, relay_wheelhouse(), "airlock-relay", "1.0.0", classification="unclassified")
        _ok(vault.cli("bundle", "import", str(bundle), timeout=600))
        relays = [rack.relay for rack in lab.racks]
        for relay in relays:
            relay.authorize(public)
            _ok(vault.cli("node", "enroll", relay.name, "--address", relay.address, "--user", relay.user,
                          "--bootstrap-key", str(key), "--fingerprint", relay.host_key_fingerprint()))
        _provision(vault, relays, "rgpu-*")
        for index, relay in enumerate(relays):
            _ok(vault.cli("relay", "add", relay.name, "--serves", f"rack=r{index}", timeout=300))
        for index, rack in enumerate(lab.racks):
            for node in rack.nodes:
                lab.nodes.authorize(node, public)
                # Enrolled through the relay: its label puts it behind rgpu-0N.
                serving = [f"--var={k}={v}" for k, v in deploy_variables(node).items()]  # no systemd in the lab
                _ok(vault.cli(*enroll_args(node, BootstrapKey(key, public), labels=[f"rack=r{index}"]), *serving,
                              timeout=300))
        with vault.open() as session:
            management = session._nodes_management_key().private_openssh
        yield Segment(vault, lab, trust, key, management, playbooks, started)
    finally:
        lab.stop()


def _relay_pids(relay: RootfsNode, word: str) -> list[int]:
    found = []
    for pid in relay.processes():
        with contextlib.suppress(OSError):
            if word.encode() in Path(f"/proc/{pid}/cmdline").read_bytes():
                found.append(pid)
    return found


def _sleeping(marker: str) -> int:
    count = 0
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        with contextlib.suppress(OSError):
            if cmdline.read_bytes() == b"sleep\0" + marker.encode() + b"\0":
                count += 1
    return count


def _wait_for(condition: Callable[[], object], timeout: float = 180) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


def _key_markers(key: bytes) -> list[bytes]:
    lines = [line for line in key.splitlines() if line and not line.startswith(b"-----")]
    return [*lines[1:], ssh.load_private_key(key)._signing_key.encode()]


def _files_with_key(segment: Segment) -> list[str]:
    """Files on the relays holding the management key: on disk (what changed since the lab
    started: nothing older can hold a key made after it) and in their tmpfs, as a relay's
    processes see it."""
    markers = _key_markers(segment.management_key)
    found = []
    for rack in segment.lab.racks:
        relay = rack.relay
        roots = [relay.root]
        live = relay.processes()
        if live:
            view = Path(f"/proc/{live[0]}/root")
            roots += [view / "run" / "airlock-relay", view / "dev" / "shm", view / "tmp"]
        for root in roots:
            for path in root.rglob("*"):
                with contextlib.suppress(OSError):
                    info = path.lstat()
                    if (path.is_file() and not path.is_symlink() and info.st_mtime >= segment.started - 5
                            and any(m in path.read_bytes() for m in markers)):
                        found.append(str(path))
    return found


def _unroutable(node: LabNode) -> bool:
    try:
        with socket.create_connection((node.address, node.port), timeout=2):
            return False
    except OSError:
        return True


# -- the tests, in order ---------------------------------------------------------------------------------


def test_each_node_has_its_path_and_the_appliance_cannot_reach_nodes_behind_relays(segment: Segment) -> None:
    relays = _json(segment.vault, "relay", "list")
    assert isinstance(relays, list)
    assert [(r["name"], r["serves"], r["nodes"], r["status"]) for r in relays] == [
        ("rgpu-00", "rack=r0", ["gpu-00", "gpu-01", "gpu-02", "gpu-03"], "enrolled"),
        ("rgpu-01", "rack=r1", ["gpu-04", "gpu-05", "gpu-06", "gpu-07"], "enrolled"),
    ]
    assert all(r["versions"]["ansible-runner"] == "2.4.3" for r in relays)
    nodes = {n["name"]: n["relay"] for n in _json(segment.vault, "node", "list")}  # type: ignore[union-attr]
    assert nodes == {"rgpu-00": None, "rgpu-01": None, **{f"gpu-0{i}": f"rgpu-0{i // 4}" for i in range(8)}}
    table = _ok(segment.vault.cli("node", "list")).stdout.splitlines()
    assert table[0].split()[:5] == ["NAME", "ADDRESS", "USER", "STATUS", "PATH"]
    assert any(line.startswith("gpu-05") and "relay rgpu-01" in line for line in table)
    assert all(_unroutable(node) for rack in segment.lab.racks for node in rack.nodes)
    refused = segment.vault.cli("node", "remove", "rgpu-00")
    assert refused.returncode == 2
    assert "rgpu-00 is a relay; its nodes would lose their path." in refused.stderr


def test_facts_and_health_through_relays_store_what_direct_runs_store(segment: Segment) -> None:
    vault, lab = segment.vault, segment.lab
    live: list[jobs.TaskResult] = []
    with segment.session() as session:
        job = session.run_playbook("facts", on_result=live.append)  # type: ignore[attr-defined]
    assert job["status"] == "successful", job["summary"]
    assert sorted(job["hosts"]) == ["gpu-00", "gpu-01", "gpu-02", "gpu-03", "gpu-04", "gpu-05", "gpu-06", "gpu-07",
                                    "rgpu-00", "rgpu-01"]
    # The live matrix and the job record are complete: every task of every host, once.
    tasks = {r["task"] for r in job["results"]}
    assert len(tasks) == 5
    assert sorted((r.host, r.task, r.status) for r in live) == \
        sorted((r["host"], r["task"], r["status"]) for r in job["results"])
    assert {(r["host"], r["task"]) for r in job["results"]} == {(h, t) for h in job["hosts"] for t in tasks}
    assert job["summary"]["relays"]["rgpu-00"]["status"] == "successful"
    assert job["summary"]["relays"]["rgpu-01"]["nodes"] == ["gpu-04", "gpu-05", "gpu-06", "gpu-07"]
    for rack in lab.racks:
        for node in rack.nodes:
            shown = _json(vault, "node", "show", node.name)
            assert isinstance(shown, dict)
            if node.profile == "none":
                assert shown["gpu_state"] == facts.STATE_NO_GPU
                continue
            if not (NVIDIA_DIR / node.profile / "q.xml").exists():  # nvidia-smi fails there
                assert shown["gpu_state"] != facts.STATE_OK
                continue
            expected = facts.parse_xml((NVIDIA_DIR / node.profile / "q.xml").read_text())
            assert [(g["uuid"], g["name"]) for g in shown["gpus"]] == [(g.uuid, g.name) for g in expected.gpus]

    # The same nodes run directly (routed for this once) give the facts the relay brought back.
    rack = lab.racks[0]
    lab.route(rack)
    try:
        with segment.session() as session:
            nodes = [n for n in session._nodes_rows() if n.name in {x.name for x in rack.nodes}]  # type: ignore[attr-defined]
            stored = {n.name: session.show_node(n.name)["facts"] for n in nodes}  # type: ignore[attr-defined]
        direct = jobs.run(jobs.prepare(jobs.make_private_dir(jobs.job_base_dir(vault.data_dir)),
                                       REPO / "playbooks" / "facts.yml", nodes), segment.management_key.decode())
    finally:
        lab.unroute(rack)
    assert direct.succeeded
    # Disks and mounts are left out: the lab's nodes share this machine's, which other work
    # changes between two runs (loop devices come and go).
    steady = ("os", "cpu", "memory_mib", "container_runtimes", "gpu")
    assert {host: {k: node_facts_from_report(report)[k] for k in steady} for host, report in direct.reports.items()} \
        == {host: {k: found[k] for k in steady} for host, found in stored.items()}

    health = _ok(vault.cli("run", "health", "--limit", "rack=*", timeout=600))
    assert "gpu-06: " in health.stderr
    listed = {n["name"]: n["health"] for n in _json(vault, "node", "list")}  # type: ignore[union-attr]
    assert listed["gpu-04"] == "unhealthy"  # retired ECC pages and XID 48, reported through rgpu-01
    assert listed["gpu-06"] == "unhealthy"  # fallen off the bus
    assert listed["gpu-00"] == "degraded"  # a remapped row waits for a reset
    assert listed["gpu-02"] == listed["gpu-03"] == "healthy"
    assert _files_with_key(segment) == []


def test_a_cordoned_node_behind_a_relay_takes_no_job_but_facts_and_health(segment: Segment) -> None:
    from app.core.service import NodeCordoned

    vault = segment.vault
    said = "Cordoned nodes take no deployment and no job but facts and health: gpu-05 (by admin: disk swap, CHG-15)"
    _ok(vault.cli("node", "cordon", "gpu-05", "--reason", "disk swap, CHG-15"))
    try:
        with segment.session() as session, pytest.raises(NodeCordoned) as raised:
            session.run_playbook("sleepy", "rack=r1", ["airlock_sleep_s=1"])  # type: ignore[attr-defined]
        assert said in str(raised.value)
        refused = vault.cli("deploy", "airlock-relay", "--to", "rack=*", "--playbook", "relay", timeout=300)
        assert refused.returncode == 1, refused.stderr
        assert said in refused.stderr
        assert not _relay_pids(segment.lab.racks[1].relay, "airlock-job-"), \
            "a refused job never reaches the relay"
        _ok(vault.cli("run", "health", "--limit", "gpu-05", timeout=600))
        last = _json(vault, "jobs", "list")[0]  # type: ignore[index]
        shown = _json(vault, "jobs", "show", str(last["id"]))  # type: ignore[index]
        assert shown["playbook"] == "health"  # type: ignore[index]
        assert {r["host"] for r in shown["results"]} == {"gpu-05"}  # type: ignore[index]
        assert shown["summary"]["relays"]["rgpu-01"]["nodes"] == ["gpu-05"]  # type: ignore[index]
    finally:
        _ok(vault.cli("node", "uncordon", "gpu-05", "--reason", "disk swapped"))


def _links_masters(segment: Segment) -> list[int]:
    """This process's masters to relays (their control sockets are in its links directory)."""
    marker = f"/{relay_links.PREFIX}{os.getpid()}-".encode()
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        with contextlib.suppress(OSError):
            text = cmdline.read_bytes()
            if text.startswith(b"ssh") and marker in text and b"[mux]" in text:
                found.append(int(cmdline.parent.name))
    return found


def test_the_jobs_of_one_session_log_in_to_each_relay_once(segment: Segment) -> None:
    relays = [rack.relay for rack in segment.lab.racks]

    def logins() -> list[int]:
        return [(relay.directory / "sshd.log").read_text(errors="replace").count("Accepted publickey")
                for relay in relays]

    before = logins()
    with segment.session() as session:
        for _ in range(3):
            job = session.run_playbook("sleepy", "rack=*", ["airlock_sleep_s=0.25"])  # type: ignore[attr-defined]
            assert job["status"] == "successful", job["summary"]
        assert [after - was for after, was in zip(logins(), before, strict=True)] == [1, 1]
        assert len(_links_masters(segment)) == 2
    _wait_for(lambda: not _links_masters(segment), timeout=20)  # the session's end stops them
    assert not list(jobs.job_base_dir(segment.vault.data_dir).glob(f"{relay_links.PREFIX}{os.getpid()}-*"))
    assert _files_with_key(segment) == []


def test_cancel_reaches_every_worker_and_stops_its_ansible_playbook_within_a_second(segment: Segment) -> None:
    cancel = threading.Event()
    done: list[dict[str, object]] = []
    with segment.session() as session:
        runner = threading.Thread(target=lambda: done.append(session.run_playbook(  # type: ignore[attr-defined]
            "sleepy", "rack=*", ["airlock_sleep_s=317.5"], cancel=cancel)))
        runner.start()
        _wait_for(lambda: _sleeping("317.5") >= 8)
        relays = [rack.relay for rack in segment.lab.racks]
        assert all(_relay_pids(relay, "ansible-playbook") for relay in relays)
        assert _files_with_key(segment) == [], "the key is in no file on a relay while the job runs"
        cancel.set()
        stopped = time.monotonic()
        _wait_for(lambda: not any(_relay_pids(relay, "ansible-playbook") for relay in relays), timeout=10)
        assert time.monotonic() - stopped < 1.0
        runner.join(timeout=120)
    assert done[0]["status"] == "canceled"
    for relay in relays:
        _wait_for(lambda relay=relay: not _relay_pids(relay, "airlock-job-"), timeout=10)
        assert list(Path(f"/proc/{relay.processes()[0]}/root/run/airlock-relay").iterdir()) == []
    assert _files_with_key(segment) == []


def _sent_to(relay: RootfsNode) -> int:
    """Bytes this host has sent on the link to the relay."""
    shown = json.loads(subprocess.run(["ip", "-s", "-j", "link", "show", "dev", relay.host_if], check=True,
                                      capture_output=True, text=True).stdout)
    return int(shown[0]["stats64"]["tx"]["bytes"])


def test_a_model_goes_to_each_relay_once_then_to_every_node_behind_it_verified(
    segment: Segment, tmp_path: Path,
) -> None:
    vault, rack = segment.vault, segment.lab.racks[0]
    relay = rack.relay
    src = tmp_path / "model"
    (src / "weights").mkdir(parents=True)
    (src / "README.md").write_text("# llm for relays\n")
    (src / "weights" / "model.safetensors").write_bytes(os.urandom(6 * 1024 * 1024))
    (src / "weights" / "extra.bin").write_bytes(os.urandom(2 * 1024 * 1024 + 17))
    size = sum(p.stat().st_size for p in src.rglob("*") if p.is_file())
    _ok(vault.cli("bundle", "import", str(model_bundle(segment.trust, src, "llm", "1.0.0", "unclassified",
                                                        split_size=4 * 1024 * 1024)), timeout=600))
    before = _sent_to(relay)
    done = _json(vault, "deploy", "llm", "--to", "rack=r0")
    assert isinstance(done, dict)
    assert sorted(done["changed"]) == [n.name for n in rack.nodes]
    # The model crossed the relay's link once, not once per node behind it.
    assert size <= done["transfer"]["relay:rgpu-00"]["sent_bytes"] < size + 64 * 1024
    assert _sent_to(relay) - before < 1.3 * size, "sent to the relay more than once"
    cache = relay.path("/srv/airlock/relay-cache/sha256")
    payload = [p for p in src.rglob("*") if p.is_file()]
    assert len([p for p in cache.rglob("*") if p.is_file()]) == len(payload) + 1  # and the deployment manifest
    for node in rack.nodes:
        assert done["transfer"][node.name]["sent_bytes"] >= size
        current = node.home / "airlock" / "models" / "llm" / "current"
        assert current.resolve().name == "1.0.0"
        assert (current / "weights" / "model.safetensors").read_bytes() == (src / "weights" / "model.safetensors").read_bytes()
        record = json.loads((node.home / "airlock" / "models" / "llm" / "versions" / "1.0.0.received.json").read_text())
        assert record, "the node hashed each file as it arrived"

    # The relay's copy goes bad: the node that needs it refuses it, the relay drops it, and the
    # next deployment fetches it again from the appliance.
    cached = max((p for p in cache.rglob("*") if p.is_file()), key=lambda p: p.stat().st_size)
    data = bytearray(cached.read_bytes())
    data[100] ^= 0xFF
    cached.write_bytes(bytes(data))
    victim = rack.nodes[1]
    shutil.rmtree(victim.home / "airlock" / "models" / "llm")
    refused = vault.cli("deploy", "llm", "--to", victim.name, timeout=600)
    assert refused.returncode == 1
    assert "not the one recorded" in refused.stderr
    assert not cached.exists(), "the relay dropped its bad copy"
    healed = _json(vault, "deploy", "llm", "--to", victim.name)
    assert healed["failed"] == {}  # type: ignore[index]
    assert healed["unchanged"] == [victim.name]  # type: ignore[index]  # the vault had recorded 1.0.0 there already
    assert (victim.home / "airlock" / "models" / "llm" / "current" / "weights" / "model.safetensors").read_bytes() \
        == (src / "weights" / "model.safetensors").read_bytes()
    assert _files_with_key(segment) == []


def test_a_relay_that_dies_mid_job_marks_its_nodes_unreachable_while_the_others_finish(segment: Segment) -> None:
    rack0, rack1 = segment.lab.racks
    done: list[dict[str, object]] = []
    with segment.session() as session:
        runner = threading.Thread(target=lambda: done.append(session.run_playbook(  # type: ignore[attr-defined]
            "sleepy", "rack=*", ["airlock_sleep_s=25.25"])))
        runner.start()
        _wait_for(lambda: _sleeping("25.25") >= 8)
        rack0.relay.stop()  # its sshd and everything running in it
        runner.join(timeout=300)
    job = done[0]
    results = {(r["host"], r["status"], r["message"]) for r in job["results"]}  # type: ignore[union-attr]
    assert {(n.name, "unreachable", "relay rgpu-00 unreachable") for n in rack0.nodes} <= results
    assert {(n.name, "ok") for n in rack1.nodes} == {(h, s) for h, s, _ in results if h in {n.name for n in rack1.nodes}}
    assert job["succeeded"]  # every node that could be reached succeeded

    # Down from the start: its nodes unreachable at once, the others run.
    down = segment.vault.cli("run", "health", "--limit", "rack=*", timeout=600)
    assert "gpu-00: relay rgpu-00: unreachable: relay rgpu-00 unreachable" in down.stderr
    assert "relay rgpu-00 unreachable" in down.stderr.splitlines()[-1]
    shown = _json(segment.vault, "jobs", "show", str(_json(segment.vault, "jobs", "list")[0]["id"]))  # type: ignore[index]
    assert {r["host"] for r in shown["results"] if r["status"] == "ok"} >= {n.name for n in rack1.nodes}  # type: ignore[index]

    rack0.relay.start()  # back, as after a reboot: the relay playbook mounts its tmpfs again
    _provision(segment.vault, [rack0.relay], "rgpu-00")
    assert _files_with_key(segment) == []


def test_a_relay_whose_host_key_changed_blocks_its_nodes_as_a_node_would(segment: Segment) -> None:
    relay = segment.lab.racks[1].relay
    relay.stop()
    relay.host_key_path.unlink()
    Path(f"{relay.host_key_path}.pub").unlink()
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(relay.host_key_path)], check=True)
    relay.start()
    first = segment.vault.cli("run", "health", "--limit", "rack=r1", timeout=600)
    assert "gpu-05: relay rgpu-01: unreachable: relay rgpu-01 unreachable: its host key changed" in first.stderr
    listed = {n["name"]: n["status"] for n in _json(segment.vault, "node", "list")}  # type: ignore[union-attr]
    assert listed["rgpu-01"] == "hostkey_changed"
    audit = _json(segment.vault, "audit", "list", "--limit", "50")
    assert any(e["action"] == "node.hostkey_changed" and e["target"] == "rgpu-01" for e in audit)  # type: ignore[union-attr]
    log = relay.directory / "sshd.log"
    contacts = log.read_text().count("Connection closed")
    second = segment.vault.cli("run", "health", "--limit", "rack=r1", timeout=600)
    assert "relay rgpu-01 unreachable: its host key changed" in second.stderr
    assert log.read_text().count("Connection closed") == contacts, "a blocked relay is not contacted"
    refused = segment.vault.cli("node", "repin", "gpu-05", "--fingerprint", segment.lab.racks[1].nodes[1].host_key_fingerprint())
    assert refused.returncode == 1
    assert "Relay rgpu-01 of gpu-05 is blocked: its host key changed." in refused.stderr
