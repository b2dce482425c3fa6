"""A segmented lab: relays with their own Debian root, and racks of nodes behind them.

    appliance (this host's namespace)
      |  veth 10.200.X.0/30 (tests/lab/rootfs.py)
    relay rgpu-NN: its own root, namespace and sshd
      |  bridge 10.201.Y.1/24, inside the relay's namespace
    nodes gpu-NN: each in a namespace of its own at 10.201.Y.(10+i), an sshd and an account
    on the host's file system (tests/lab/nodes.py)

The host has no route to 10.201.Y.0/24 and a relay's namespace forwards nothing, so the
appliance cannot reach a node but through its relay. With `routable=True` (benchmarks that
compare the same nodes direct) the host routes each rack through its relay's namespace,
which then forwards.

The relay wheelhouse (`make relay-wheelhouse`) is built once and cached beside the Debian
roots (AIRLOCK_LAB_CACHE), keyed by the lock it is made from.

Usable from pytest fixtures and from benchmarks (bench/). Needs root.
"""

from __future__ import annotations

import hashlib
import random
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.lab.nodes import Lab, LabNode
from tests.lab.rootfs import CACHE, RootfsLab, RootfsNode, _flock, ensure_base_root, rootfs_lab_available

REPO = Path(__file__).resolve().parents[2]
RACK_PREFIX = "10.201"
# A playbook that keeps every node busy for `airlock_sleep_s` (-e airlock_sleep_s=317.5): jobs
# to cancel, kill and time out. The odd length tells its `sleep` processes from anyone else's.
SLEEPY_PLAYBOOK = """---
- name: Sleep on every node
  hosts: all
  gather_facts: false
  tasks:
    - name: Sleep
      ansible.builtin.command:
        argv: [sleep, "{{ airlock_sleep_s }}"]
      changed_when: false
"""
FIRST_HOST = 10


def relay_lab_available() -> bool:
    """Root, the rootfs lab's tools and an sshd."""
    return rootfs_lab_available() and Path("/usr/sbin/sshd").exists()


def relay_wheelhouse(cache: Path = CACHE) -> Path:
    """The relay wheelhouse (wheels + requirements.txt), made with packaging/relay_wheelhouse.py once."""
    lock = (REPO / "requirements" / "runtime.lock").read_bytes() + (REPO / "requirements" / "relay.in").read_bytes()
    target = cache / f"relay-wheelhouse-{hashlib.sha256(lock).hexdigest()[:16]}"
    if (target / "requirements.txt").exists():
        return target
    cache.mkdir(mode=0o700, parents=True, exist_ok=True)
    with _flock(cache / ".lock"):
        if not (target / "requirements.txt").exists():
            work = cache / f".build-{target.name}"
            subprocess.run([sys.executable, str(REPO / "packaging" / "relay_wheelhouse.py"), "--out", str(work)],
                           check=True, capture_output=True)
            work.rename(target)
    return target


def _run(*argv: str) -> None:
    done = subprocess.run(list(argv), check=False, capture_output=True, text=True)
    if done.returncode != 0:
        msg = f"{' '.join(argv)}: {done.stderr.strip()}"
        raise RuntimeError(msg)


def _used_rack_subnets() -> set[int]:
    out = subprocess.run(["ip", "-o", "-4", "route", "show"], check=True, capture_output=True, text=True).stdout
    out += subprocess.run(["ip", "-o", "-4", "addr", "show"], check=True, capture_output=True, text=True).stdout
    return {int(token.split(".")[2]) for token in out.split() if token.startswith(RACK_PREFIX + ".")}


@dataclass
class Rack:
    """A relay and the nodes behind it."""

    relay: RootfsNode
    subnet: int
    nodes: list[LabNode] = field(default_factory=list)

    @property
    def gateway(self) -> str:
        return f"{RACK_PREFIX}.{self.subnet}.1"

    @property
    def network(self) -> str:
        return f"{RACK_PREFIX}.{self.subnet}.0/24"


@dataclass
class RelayLab:
    """Running relays and racks, and what it takes to tear them down."""

    relays: RootfsLab
    nodes: Lab
    racks: list[Rack] = field(default_factory=list)
    namespaces: list[str] = field(default_factory=list)
    routes: list[str] = field(default_factory=list)

    def rack_of(self, node: LabNode) -> Rack:
        return next(rack for rack in self.racks if node in rack.nodes)

    def add_rack(self, relay: RootfsNode, profiles: list[str], *, routable: bool) -> Rack:
        used = _used_rack_subnets() | {rack.subnet for rack in self.racks}
        subnet = random.choice([y for y in range(1, 255) if y not in used])
        rack = Rack(relay, subnet)
        self.racks.append(rack)
        inside = ("ip", "netns", "exec", relay.netns)
        _run(*inside, "ip", "link", "add", "rack", "type", "bridge")
        _run(*inside, "ip", "addr", "add", f"{rack.gateway}/24", "dev", "rack")
        _run(*inside, "ip", "link", "set", "rack", "up")
        for index, profile in enumerate(profiles):
            netns = f"{relay.netns}-n{index}"
            _run("ip", "netns", "add", netns)
            self.namespaces.append(netns)
            _run(*inside, "ip", "link", "add", f"n{index}", "type", "veth", "peer", "name", "eth0", "netns", netns)
            _run(*inside, "ip", "link", "set", f"n{index}", "master", "rack", "up")
            address = f"{RACK_PREFIX}.{subnet}.{FIRST_HOST + index}"
            node_side = ("ip", "netns", "exec", netns)
            _run(*node_side, "ip", "link", "set", "lo", "up")
            _run(*node_side, "ip", "addr", "add", f"{address}/24", "dev", "eth0")
            _run(*node_side, "ip", "link", "set", "eth0", "up")
            rack.nodes.append(self.nodes.add(profile, address=address, netns=netns))
        if routable:
            self.route(rack)
        return rack

    def route(self, rack: Rack) -> None:
        """Let the appliance reach the rack's nodes directly, routed through the relay's namespace."""
        for index in range(len(rack.nodes)):
            _run("ip", "netns", "exec", f"{rack.relay.netns}-n{index}", "ip", "route", "replace", "default",
                 "via", rack.gateway)
        _run("ip", "netns", "exec", rack.relay.netns, "sysctl", "-q", "-w", "net.ipv4.ip_forward=1")
        _run("ip", "route", "replace", rack.network, "via", rack.relay.address)
        if rack.network not in self.routes:
            self.routes.append(rack.network)

    def unroute(self, rack: Rack) -> None:
        """The rack unreachable from the appliance again."""
        _run("ip", "route", "del", rack.network)
        self.routes.remove(rack.network)
        _run("ip", "netns", "exec", rack.relay.netns, "sysctl", "-q", "-w", "net.ipv4.ip_forward=0")

    def stop(self) -> None:
        """Node sshds and accounts, their namespaces, the routes, then the relays."""
        self.nodes.stop()
        for netns in self.namespaces:
            subprocess.run(["ip", "netns", "del", netns], check=False, capture_output=True)
        for route in self.routes:
            subprocess.run(["ip", "route", "del", route], check=False, capture_output=True)
        self.relays.stop()
        self.namespaces.clear()
        self.routes.clear()
        self.racks.clear()


def provision(session: Any, made: RelayLab, bootstrap: Path, public_line: str, bundle: str) -> None:
    """Through the service: enrol each relay, deploy the relay wheelhouse `bundle` (imported) to
    them with the relay playbook, add each as the relay of `rack=rN`, then enrol every node
    of rack N with that label, which reaches it through its relay."""
    from app.core.ssh import Bootstrap

    key = Bootstrap(key_path=bootstrap)
    for rack in made.racks:
        rack.relay.authorize(public_line)
        session.enroll_node(rack.relay.name, rack.relay.address, rack.relay.user, key,
                            fingerprint=rack.relay.host_key_fingerprint())
    session.deploy(bundle, ",".join(rack.relay.name for rack in made.racks), playbook="relay")
    for index, rack in enumerate(made.racks):
        session.add_relay(rack.relay.name, f"rack=r{index}")
        for node in rack.nodes:
            made.nodes.authorize(node, public_line)
            session.enroll_node(node.name, node.address, node.user, key, port=node.port,
                                fingerprint=node.host_key_fingerprint(), labels=[f"rack=r{index}"],
                                variables=[f"{k}={v}" for k, v in node.variables.items()])


def start_relay_lab(base: Path, racks: list[list[str]], *, routable: bool = False, cache: Path = CACHE) -> RelayLab:
    """One relay per rack, each rack one node per profile; on failure nothing is left running."""
    base_root = ensure_base_root(cache)
    base.mkdir(mode=0o700, parents=True, exist_ok=True)
    made = RelayLab(RootfsLab(base / "relays"), Lab(base / "nodes"))
    made.nodes.base.mkdir(mode=0o700)
    try:
        for profiles in racks:
            made.add_rack(made.relays.add(base_root), profiles, routable=routable)
    except BaseException:
        made.stop()
        raise
    return made
