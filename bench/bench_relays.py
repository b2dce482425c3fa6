"""Jobs through relays: event throughput, the appliance's CPU per node, a sweep of many nodes.

1. Event throughput from a relay into the pipeline (no lab needed). A worker stream of
   recorded ansible-runner events (tests/lab/nvidia/h200/runner-*.jsonl, hosts rotated over
   16 nodes, fresh counters) comes from a pipe (a `cat` process, as from the ssh link) and
   goes through what the dispatcher runs for a relay: ansible-runner's Processor with
   Airlock's bounds, the share's host filter, jobs.EventCollector and a live callback.
   Baseline in the same run: the same lines read and parsed with json.loads, nothing else.
   Target: at least 10,000 events/s.

2. The segmented lab (root; tests/lab/relay_lab.py): R relays, each a Debian root in a
   namespace, with N nodes behind each, routable for this bench so that the very same nodes
   can be run directly too. Facts + health rounds, direct (jobs.run, forks = every node) and
   through the relays (relay_dispatch.run, forks = each relay's nodes: the same total).
   - Through the relays the jobs share each relay's connection as a session does
     (app.core.relay_links): a round's first job makes the masters, its second job uses them;
     between rounds (the direct arm runs meanwhile) they may have timed out, as between a
     schedule's sweeps.
   - The appliance's CPU per node per round: the CPU of a cgroup that this process enters once
     the lab runs, so everything it starts counts (ControlPersist masters that leave their
     parents too) and nothing the lab's sshd start does (a relay's worker and its own ssh
     masters, a node's modules). Without a cgroup: this process and what it reaped as
     subreaper, the lab's sshd aside by name (the relays' own masters then count as the
     appliance's, which overstates it). Target: through relays at most 20 ms of appliance
     CPU per node (today about 430 ms direct, issue 15).
   - Wall time of each round, direct vs through relays (the sweep: >= 64 nodes in full).
   Everything runs on this one machine: the relays and nodes share its CPUs with the
   appliance, so wall times say more about the machine than about a real site.

    .venv/bin/python bench/bench_relays.py [--events N] [--relays R] [--nodes-per-relay N] [--rounds K] [--quick]

--quick: 50,000 events; 2 relays x 4 nodes, one round. Full: 500,000 events; 4 x 16 = 64 nodes, 2 rounds.
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("AIRLOCK_KDF_SECONDS", "0")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core import jobs, relay_dispatch, relay_links
from app.core.inventory import Node

REPO = Path(__file__).resolve().parent.parent
RECORDED = [REPO / "tests" / "lab" / "nvidia" / "h200" / f"runner-{name}.jsonl" for name in ("facts", "health")]
PLAYBOOKS = [REPO / "playbooks" / "facts.yml", REPO / "playbooks" / "health.yml"]
PROFILES = ["h100-pair", "a100-mig", "t4", "t4-ecc-retired", "none", "gpu-lost"]
TARGET_EVENTS_PER_S = 10_000
TARGET_MS_PER_NODE = 20.0
PR_SET_CHILD_SUBREAPER = 36


# -- 1. event throughput -----------------------------------------------------------------------------------


def write_stream(path: Path, count: int, hosts: list[str]) -> int:
    """A worker stream of `count` events; returns how many name a host."""
    templates = [json.loads(line) for recorded in RECORDED for line in recorded.read_text().splitlines()]
    with_host = 0
    with path.open("w") as out:
        out.write(json.dumps({"status": "starting", "runner_ident": "run"}) + "\n")
        for counter in range(1, count + 1):
            event = dict(templates[counter % len(templates)])
            data = dict(event.get("event_data") or {})
            if "host" in data:
                data["host"] = hosts[counter % len(hosts)]
                with_host += 1
            event.update(counter=counter, uuid=f"{counter:032x}", event_data=data)
            out.write(json.dumps(event) + "\n")
        out.write(json.dumps({"status": "successful", "runner_ident": "run"}) + "\n")
        out.write(json.dumps({"eof": True}) + "\n")
    return with_host


def read_with_airlock(stream: Path, hosts: list[str], local: Path) -> tuple[float, int]:
    delivered = [0]

    def live(_result: jobs.TaskResult) -> None:
        delivered[0] += 1

    collector = jobs.EventCollector(live)
    events = relay_dispatch.ShareEvents(frozenset(hosts), collector)
    with subprocess.Popen(["cat", str(stream)], stdout=subprocess.PIPE) as producer:
        if producer.stdout is None:
            raise SystemExit("no pipe")
        started = time.perf_counter()
        relay_dispatch.processor_class()(
            _input=relay_dispatch.RelayInput(producer.stdout), event_handler=events,
            status_handler=lambda *_a, **_k: None, private_data_dir=str(local),
            settings=dict(jobs.RUNNER_SETTINGS), ident="run", quiet=True,
        ).run()
        seconds = time.perf_counter() - started
    return seconds, collector.outcome.events


def read_bare(stream: Path) -> float:
    with subprocess.Popen(["cat", str(stream)], stdout=subprocess.PIPE) as producer:
        if producer.stdout is None:
            raise SystemExit("no pipe")
        started = time.perf_counter()
        for line in producer.stdout:
            json.loads(line)
        return time.perf_counter() - started


def throughput(count: int) -> None:
    hosts = [f"gpu-{i:02d}" for i in range(16)]
    with tempfile.TemporaryDirectory(prefix="bench-relays-") as work:
        stream = Path(work) / "stream.jsonl"
        write_stream(stream, count, hosts)
        size = stream.stat().st_size
        airlock_s, fed = min((read_with_airlock(stream, hosts, Path(tempfile.mkdtemp(dir=work))) for _ in range(3)),
                             key=lambda pair: pair[0])
        bare_s = min(read_bare(stream) for _ in range(3))
    rate = count / airlock_s
    print(f"event throughput from a relay's stream ({count} events, {size / 1e6:.0f} MB, best of 3):")
    print(f"  airlock (Processor + host filter + collector + live callback): {rate:,.0f} events/s "
          f"({fed} fed to the collector); target >= {TARGET_EVENTS_PER_S:,} events/s: "
          f"{'met' if rate >= TARGET_EVENTS_PER_S else 'NOT met'}")
    print(f"  baseline (read and json.loads only): {count / bare_s:,.0f} events/s; airlock/baseline time "
          f"{airlock_s / bare_s:.2f}x")


# -- 2. the segmented lab -------------------------------------------------------------------------------------


# The appliance's CPU is counted in a cgroup of its own (cgroup v1 cpuacct, or v2 cpu.stat),
# which this process enters once the lab's servers run: everything it starts from then on
# (ansible-playbook, ssh, ssh-agent, ControlPersist masters that leave their parents) is
# charged there, and nothing the lab's sshd start is (a relay's worker, its own ssh masters
# and ssh-agent, a node's modules), wherever those are reparented.
#
# Without a usable cgroup the count falls back to os.times: this process is the subreaper of
# its descendants, so masters that leave their parents are reaped here. But so are the
# relays' own masters and agents (the lab has no PID namespaces): the fallback counts those
# as the appliance's, and says so. The lab's sshd per-connection processes are taken out by
# name (the appliance runs no sshd).
SERVER_SIDE = frozenset({"sshd"})
_LAB_CPU = [0.0]
_REAPED: dict[str, float] = {}


def _zombie_children() -> dict[int, str]:
    found = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError):
                stat = Path(f"/proc/{entry}/stat").read_text()
                fields = stat[stat.rindex(")") + 2:].split()
                if fields[0] == "Z" and int(fields[1]) == os.getpid():
                    found[int(entry)] = stat[stat.index("(") + 1:stat.rindex(")")]
    return found


def _reap() -> None:
    """Reap every exited child; note the CPU of the lab's server-side ones, and of each name."""
    for pid, name in _zombie_children().items():
        with contextlib.suppress(ChildProcessError):
            _pid, _status, usage = os.wait4(pid, os.WNOHANG)
            if _pid:
                _REAPED[name] = _REAPED.get(name, 0.0) + usage.ru_utime + usage.ru_stime
                if name in SERVER_SIDE:
                    _LAB_CPU[0] += usage.ru_utime + usage.ru_stime


class ApplianceCgroup:
    """A cgroup holding this process and what it starts from now on; its CPU seconds."""

    def __init__(self) -> None:
        self.usage: Path | None = None
        self.directory: Path | None = None
        name = f"airlock-bench-relays-{os.getpid()}"
        v1 = Path("/sys/fs/cgroup/cpuacct")
        v2 = Path("/sys/fs/cgroup")
        candidates = [(v1 / name, "cpuacct.usage")] if (v1 / "cpuacct.usage").exists() else []
        if (v2 / "cgroup.controllers").exists():
            own = Path("/proc/self/cgroup").read_text().split("\n", 1)[0].rsplit(":", 1)[-1].strip("/")
            candidates.append(((v2 / own).parent / name if own else v2 / name, "cpu.stat"))
        for directory, usage in candidates:
            try:
                directory.mkdir()
                (directory / "cgroup.procs").write_text(str(os.getpid()))
            except OSError:
                with contextlib.suppress(OSError):
                    directory.rmdir()
                continue
            self.directory, self.usage = directory, directory / usage
            break

    def cpu_s(self) -> float:
        assert self.usage is not None  # noqa: S101
        text = self.usage.read_text()
        if self.usage.name == "cpuacct.usage":
            return int(text) / 1e9
        fields = dict(line.split() for line in text.splitlines())
        return int(fields["usage_usec"]) / 1e6

    def leave(self) -> None:
        """Back to the parent cgroup; the bench's own cgroup goes when its last process has."""
        if self.directory is None:
            return
        with contextlib.suppress(OSError):
            (self.directory.parent / "cgroup.procs").write_text(str(os.getpid()))
        for _ in range(50):
            with contextlib.suppress(OSError):
                self.directory.rmdir()
                return
            time.sleep(0.1)


_CGROUP: list[ApplianceCgroup] = []


def reaped_cpu_s() -> float:
    """This process's CPU and what it reaped, the lab's sshd aside (relays' masters and agents included)."""
    _reap()
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system - _LAB_CPU[0]


def appliance_cpu_s() -> float:
    """CPU seconds of the appliance: its cgroup's when it has one, else `reaped_cpu_s`."""
    reaped = reaped_cpu_s()
    if _CGROUP and _CGROUP[0].usage is not None:
        return _CGROUP[0].cpu_s()
    return reaped


def machine_cpu_s() -> float:
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (fields[0] + fields[1] + fields[2] + fields[5] + fields[6]) / os.sysconf("SC_CLK_TCK")


def direct_round(nodes: list[Node], key: str, base: Path) -> None:
    settings = jobs.JobSettings(forks=len(nodes))
    for playbook in PLAYBOOKS:
        outcome = jobs.run(jobs.prepare(jobs.make_private_dir(base), playbook, nodes, settings=settings), key)
        if not outcome.succeeded or len(outcome.host_summary) != len(nodes):
            raise SystemExit(f"direct {playbook.name} did not succeed: {outcome.summary()}")


def relayed_round(shares: list[relay_dispatch.Share], key: str, base: Path, per_relay: int,
                  links: relay_links.RelayLinks) -> None:
    settings = jobs.JobSettings(forks=per_relay)
    nodes = [n for share in shares for n in share.nodes]
    for playbook in PLAYBOOKS:
        prepared = jobs.prepare(jobs.make_private_dir(base), playbook, nodes, settings=settings)
        outcome = relay_dispatch.run(prepared, [], shares, key, relay_dispatch.ensure_workdir(base, 0),
                                     connect=links.connect)
        if not outcome.succeeded or len(outcome.host_summary) != len(nodes):
            raise SystemExit(f"relayed {playbook.name} did not succeed: {outcome.summary()}")


def measure(run: Any) -> tuple[float, float, float, float]:
    """(wall s, appliance CPU s, machine CPU s, CPU s counted by reaping) of one round."""
    cpu, reaped, machine, started = appliance_cpu_s(), reaped_cpu_s(), machine_cpu_s(), time.perf_counter()
    run()
    wall = time.perf_counter() - started
    return wall, appliance_cpu_s() - cpu, machine_cpu_s() - machine, reaped_cpu_s() - reaped


def profiled(run: Any, out: Path, nodes: int) -> None:
    """One more relayed round under cProfile (the relays' threads too); this process's CPU apart from its children's."""
    import cProfile
    import pstats

    profiles: list[cProfile.Profile] = []
    original = relay_dispatch.RelayRun._run  # noqa: SLF001 - each relay's thread, profiled on its own

    def run_profiled(self: relay_dispatch.RelayRun) -> None:
        profile = cProfile.Profile()
        profiles.append(profile)
        profile.runcall(original, self)

    _reap()
    before, lab_before = os.times(), _LAB_CPU[0]
    profiler = cProfile.Profile()
    relay_dispatch.RelayRun._run = run_profiled  # type: ignore[method-assign]  # noqa: SLF001
    try:
        profiler.runcall(run)
    finally:
        relay_dispatch.RelayRun._run = original  # type: ignore[method-assign]  # noqa: SLF001
    _reap()
    after = os.times()
    own = (after.user + after.system - before.user - before.system) * 1000 / nodes
    children = (after.children_user + after.children_system - before.children_user - before.children_system
                - (_LAB_CPU[0] - lab_before))
    print(f"profiled relayed round (cProfile slows this process): this process {own:.1f} ms per node, "
          f"what it reaped {children * 1000 / nodes:.1f} ms per node; profile in {out}")
    print("  reaped so far, CPU s by name: " + ", ".join(f"{name} {cpu:.2f}" for name, cpu in
                                                        sorted(_REAPED.items(), key=lambda item: -item[1])))
    stats = pstats.Stats(profiler)
    for profile in profiles:
        stats.add(profile)
    stats.dump_stats(str(out))
    stats.sort_stats("tottime").print_stats(25)


def lab(relays: int, per_relay: int, rounds: int, lab_dir: Path, profile: Path | None = None) -> None:
    from tests.conftest import ADMIN_PASSPHRASE
    from tests.lab.bundle_factory import TrustLab
    from tests.lab.offline_repo import update_bundle
    from tests.lab.relay_lab import provision, relay_lab_available, relay_wheelhouse, start_relay_lab

    if not relay_lab_available():
        print("relay lab: skipped: it needs root, debootstrap, iproute2 and openssh-server")
        return
    from app.core.service import init_vault

    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
    shutil.rmtree(lab_dir, ignore_errors=True)
    lab_dir.mkdir(mode=0o700, parents=True)
    racks = [[PROFILES[(r * per_relay + i) % len(PROFILES)] for i in range(per_relay)] for r in range(relays)]
    started = time.perf_counter()
    made = start_relay_lab(lab_dir / "lab", racks, routable=True)
    try:
        bootstrap = lab_dir / "bootstrap"
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(bootstrap)], check=True)
        trust = TrustLab(lab_dir / "publisher")
        bundle = update_bundle(trust, relay_wheelhouse(), "airlock-relay", "1.0.0", classification="unclassified")
        session, _recovery = init_vault(lab_dir / "data", "admin", ADMIN_PASSPHRASE.encode())
        try:
            session.trust_init(trust.root_json, trust.fingerprint)
            session.import_bundle(bundle)
            provision(session, made, bootstrap, bootstrap.with_suffix(".pub").read_text().strip(), "airlock-relay")
            every = {n.name: n for n in session._nodes_rows()}  # noqa: SLF001 - nodes with their pins
            key = session._nodes_management_key().private_openssh.decode()  # noqa: SLF001
        finally:
            session.close()
        shares = [relay_dispatch.Share(every[rack.relay.name], tuple(every[n.name] for n in rack.nodes))
                  for rack in made.racks]
        nodes = [n for share in shares for n in share.nodes]
        print(f"segmented lab: {relays} relays x {per_relay} nodes = {len(nodes)} nodes, ready in "
              f"{time.perf_counter() - started:.0f} s")
        base = jobs.job_base_dir(lab_dir)
        links = relay_links.RelayLinks(base)  # as a session holds them: the round's two jobs share them
        _CGROUP.append(ApplianceCgroup())  # the lab's servers run: from here on, what this process starts
        print("appliance CPU counted " + (f"in the cgroup {_CGROUP[0].directory}" if _CGROUP[0].usage is not None
                                          else "by reaping (no cgroup could be made: relays' own ssh masters "
                                               "and agents count as the appliance's)"))
        results: dict[str, list[tuple[float, float, float, float]]] = {"direct": [], "relays": []}
        open_before: list[int] = []
        for number in range(rounds):
            order = ["direct", "relays"] if number % 2 == 0 else ["relays", "direct"]
            for arm in order:
                if arm == "direct":
                    results[arm].append(measure(lambda: direct_round(nodes, key, base)))
                else:
                    open_before.append(len(links.masters()))
                    results[arm].append(measure(lambda: relayed_round(shares, key, base, per_relay, links)))
        if profile is not None:
            profiled(lambda: relayed_round(shares, key, base, per_relay, links), profile, len(nodes))
    finally:
        links.close()
        if _CGROUP:
            _CGROUP.pop().leave()
        made.stop()
    report(results, len(nodes), per_relay, relays)
    print("each relayed round: relay connections already open when it began (its first job made the rest), "
          "appliance CPU per node: " + ", ".join(
              f"{count} of {relays} open, {cpu * 1000 / len(nodes):.1f} ms"
              for count, (_w, cpu, _m, _r) in zip(open_before, results["relays"], strict=True)))


def report(results: dict[str, list[tuple[float, float, float, float]]], nodes: int, per_relay: int,
           relays: int) -> None:
    print(f"facts + health on {nodes} nodes, per round (wall s / appliance CPU s / machine CPU s / "
          f"CPU s counted by reaping):")
    for arm, rounds in results.items():
        print(f"  {arm:7s} " + "   ".join(f"{w:6.1f} / {a:6.2f} / {m:6.1f} / {r:6.2f}" for w, a, m, r in rounds))
    direct_ms = statistics.median(a for _w, a, _m, _r in results["direct"]) * 1000 / nodes
    relays_ms = statistics.median(a for _w, a, _m, _r in results["relays"]) * 1000 / nodes
    print(f"appliance CPU per node per round: direct {direct_ms:.1f} ms, through relays {relays_ms:.1f} ms "
          f"({direct_ms / relays_ms:.0f}x less); target through relays <= {TARGET_MS_PER_NODE:.0f} ms: "
          f"{'met' if relays_ms <= TARGET_MS_PER_NODE else 'NOT met'}")
    direct_wall = statistics.median(w for w, _a, _m, _r in results["direct"])
    relays_wall = statistics.median(w for w, _a, _m, _r in results["relays"])
    print(f"sweep wall time, same total forks ({nodes} direct; {per_relay} on each of {relays} relays): "
          f"direct {direct_wall:.1f} s, through relays {relays_wall:.1f} s (relays/direct {relays_wall / direct_wall:.2f}x)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=500_000)
    parser.add_argument("--relays", type=int, default=4)
    parser.add_argument("--nodes-per-relay", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--lab-dir", type=Path, default=Path("/root/airlock-bench-relays"))
    parser.add_argument("--no-lab", action="store_true", help="the event throughput only")
    parser.add_argument("--profile", type=Path, default=None, help="after the rounds, one relayed round under cProfile")
    parser.add_argument("--quick", action="store_true", help="50,000 events; 2 relays x 4 nodes, one round")
    args = parser.parse_args()
    if args.quick:
        args.events, args.relays, args.nodes_per_relay, args.rounds = 50_000, 2, 4, 1
    throughput(args.events)
    if not args.no_lab:
        lab(args.relays, args.nodes_per_relay, args.rounds, args.lab_dir, args.profile)
    return 0


if __name__ == "__main__":
    sys.exit(main())
