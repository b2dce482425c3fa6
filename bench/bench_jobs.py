"""Facts and health on 16 real lab nodes (sshd per node on 127.0.0.1, see docs lab.md).

Measured in the same run, best of --rounds, facts then health each time:
  1. Airlock (ansible-runner, events, results stored) vs plain `ansible-playbook` with
     the same forks, inventory, known_hosts and SSH settings: overhead ratio (target <= 1.05);
     also the ratio of the machine's CPU time, which moves less with other load than wall
     time does.
  2. Airlock's tuned defaults (forks 25, pipelining, no ssh -C, 10 ms internal poll, module
     payloads with bytecode) vs Ansible's defaults (forks 5, no pipelining, ssh -C, 1 ms
     poll, payloads of sources) through the same pipeline, both with ControlPersist:
     speed-up (target >= 1.5).

Also printed for every arm: the machine's CPU time (all processes) and
the part spent by the controller (ansible-runner, ansible-playbook and its workers, ssh);
the rest is the nodes' side (sshd and the modules' Python). The lab's nodes share the
controller's CPUs, so where the machine is saturated the nodes' work bounds what forks
and pipelining can gain; real nodes bring their own CPUs.

With --accounting, the first round of each arm also runs under the kernel's
process accounting (acct(2)) and prints where the CPU went, by command: the lab's nodes run
as their own accounts, so a process is the nodes' side when its uid is not root. The kernel
counts each process in whole 10 ms ticks, rounded down, so many short processes (sh, sleep)
show as 0 and the total stays below the machine's.

Needs root (it creates one account and one sshd per node) and openssh-server.

    .venv/bin/python bench/bench_jobs.py [--nodes 16] [--rounds 2] [--quick] [--accounting]
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import os
import signal
import statistics
import struct
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core import jobs, ssh
from app.core.inventory import Node
from tests.lab.nodes import start_lab

REPO = Path(__file__).resolve().parent.parent
PLAYBOOKS = [REPO / "playbooks" / "facts.yml", REPO / "playbooks" / "health.yml"]
PROFILES = ["h100-pair", "a100-mig", "t4", "t4-ecc-retired", "none", "gpu-lost"]
BIN = Path(sys.executable).parent


def _machine_cpu_s() -> float:
    """CPU seconds every process on the machine has used (user, nice, system, irq, softirq)."""
    fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (fields[0] + fields[1] + fields[2] + fields[5] + fields[6]) / os.sysconf("SC_CLK_TCK")


def _own_cpu_s() -> float:
    """CPU seconds of this process and the children it has waited for (the controller's side)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def with_cpu(measure: Callable[[], float], cpu: list[tuple[float, float]]) -> Callable[[], float]:
    def measured() -> float:
        machine, own = _machine_cpu_s(), _own_cpu_s()
        seconds = measure()
        cpu.append((_machine_cpu_s() - machine, _own_cpu_s() - own))
        return seconds
    return measured


ACCT_RECORD = struct.Struct("<BBHIIIIIIfHHHHHHHH16s")  # struct acct_v3 (linux/acct.h), 64 bytes
ACCT_TICKS_PER_S = 100  # AHZ


def _comp_t(value: int) -> int:
    """A comp_t: 13-bit mantissa, 3-bit base-8 exponent."""
    return (value & 0x1FFF) << (3 * (value >> 13))


@contextlib.contextmanager
def accounting(path: Path) -> Iterator[None]:
    """Process accounting to `path` while the block runs (root only)."""
    libc = ctypes.CDLL(None, use_errno=True)
    path.write_bytes(b"")
    if libc.acct(str(path).encode()) != 0:
        raise SystemExit(f"acct(2) refused: {os.strerror(ctypes.get_errno())}")
    try:
        yield
    finally:
        libc.acct(None)


def cpu_by_command(path: Path) -> Counter[tuple[str, str]]:
    """CPU seconds of the processes that ended, by (side, command); side is controller or nodes."""
    spent: Counter[tuple[str, str]] = Counter()
    data = path.read_bytes()
    for offset in range(0, len(data) - ACCT_RECORD.size + 1, ACCT_RECORD.size):
        fields = ACCT_RECORD.unpack_from(data, offset)
        if fields[1] & 0x0F != 3:
            raise SystemExit(f"{path}: not version 3 process accounting")
        uid, utime, stime, comm = fields[4], fields[10], fields[11], fields[18]
        side = "controller" if uid == 0 else "nodes"
        command = comm.split(b"\0", 1)[0].decode(errors="replace")
        spent[side, command] += (_comp_t(utime) + _comp_t(stime)) / ACCT_TICKS_PER_S
    return spent


def print_accounting(name: str, spent: Counter[tuple[str, str]]) -> None:
    sides: Counter[str] = Counter()
    for (side, _command), seconds in spent.items():
        sides[side] += seconds
    print(f"  {name}: processes that ended used {sum(sides.values()):.2f} s: "
          + ", ".join(f"{side} {seconds:.2f} s" for side, seconds in sorted(sides.items())))
    for (side, command), seconds in spent.most_common(6):
        print(f"    {side:10s} {command:16s} {seconds:6.2f} s")


def airlock(nodes: list[Node], key: ssh.ManagementKey, settings: jobs.JobSettings, base: Path) -> float:
    start = time.perf_counter()
    for playbook in PLAYBOOKS:
        prepared = jobs.prepare(jobs.make_private_dir(base), playbook, nodes, settings=settings)
        outcome = jobs.run(prepared, key.private_openssh.decode())
        if not outcome.succeeded:
            raise SystemExit(f"{playbook.name} did not succeed: {outcome.summary()}")
    return time.perf_counter() - start


def _agent(private: Path, key: ssh.ManagementKey) -> tuple[dict[str, str], int]:
    sock = private / "agent.sock"
    out = subprocess.run(["ssh-agent", "-a", str(sock)], check=True, capture_output=True, text=True).stdout
    pid = int(out.split("SSH_AGENT_PID=")[1].split(";")[0])
    env = {"SSH_AUTH_SOCK": str(sock)}
    subprocess.run(["ssh-add", "-q", "-"], input=key.private_openssh, check=True, env={**os.environ, **env},
                   capture_output=True)
    return env, pid


def plain(nodes: list[Node], key: ssh.ManagementKey, settings: jobs.JobSettings, base: Path) -> float:
    start = time.perf_counter()
    for playbook in PLAYBOOKS:
        prepared = jobs.prepare(jobs.make_private_dir(base), playbook, nodes, settings=settings)
        jobs.materialize(prepared)
        agent_env, agent_pid = _agent(prepared.private_data_dir, key)
        env = {**os.environ, **prepared.envvars, **agent_env, "PATH": f"{BIN}:{os.environ.get('PATH', '')}"}
        try:
            done = subprocess.run(
                [str(BIN / "ansible-playbook"), "-i", str(prepared.private_data_dir / "inventory" / "hosts.json"),
                 "--forks", str(settings.forks), str(playbook)],
                env=env, cwd=prepared.private_data_dir, capture_output=True, text=True, check=False,
            )
        finally:
            os.kill(agent_pid, signal.SIGTERM)
            jobs.remove_private_dir(prepared.private_data_dir)
        if done.returncode != 0:
            raise SystemExit(f"plain ansible-playbook failed ({done.returncode}): {done.stdout[-3000:]} {done.stderr[-2000:]}")
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--lab-dir", type=Path, default=Path("/root/airlock-bench-lab"))
    parser.add_argument("--quick", action="store_true", help="4 nodes, one round")
    parser.add_argument("--accounting", action="store_true",
                        help="where the CPU went, by command, in the first round (process accounting)")
    args = parser.parse_args()
    if args.quick:
        args.nodes, args.rounds = 4, 1
    if os.geteuid() != 0 or not Path("/usr/sbin/sshd").exists():
        print("bench_jobs: skipped: the lab needs root and openssh-server (one account and one sshd per node)")
        return 0
    profiles = [PROFILES[i % len(PROFILES)] for i in range(args.nodes)]
    lab = start_lab(args.lab_dir, profiles)
    try:
        key = ssh.generate_management_key()
        nodes = []
        for lab_node in lab.nodes:
            lab.authorize(lab_node, key.public_line)
            bare = Node(lab_node.name, lab_node.address, lab_node.port, lab_node.user)
            nodes.append(Node(bare.name, bare.address, bare.port, bare.user, {}, lab_node.variables,
                              (ssh.offered_host_key(bare),)))
        base = jobs.job_base_dir(args.lab_dir)
        tuned = jobs.JobSettings()
        same_forks = jobs.JobSettings(forks=args.nodes)
        defaults = jobs.JobSettings.ansible_defaults()
        times: dict[str, list[float]] = {"airlock": [], "plain": [], "tuned": [], "defaults": []}
        cpu: dict[str, list[tuple[float, float]]] = {name: [] for name in times}
        accounted: dict[str, Counter[tuple[str, str]]] = {}
        runs: dict[str, Callable[[], float]] = {
            "plain": lambda: plain(nodes, key, same_forks, base),
            "airlock": lambda: airlock(nodes, key, same_forks, base),
            "defaults": lambda: airlock(nodes, key, defaults, base),
            "tuned": lambda: airlock(nodes, key, tuned, base),
        }

        def accounted_run(name: str) -> float:
            if not args.accounting or name in accounted:
                return runs[name]()
            record = args.lab_dir / f"pacct-{name}"
            with accounting(record):
                seconds = runs[name]()
            accounted[name] = cpu_by_command(record)
            return seconds

        for round_number in range(args.rounds):
            # Pairs run back to back, in alternating order, so load from elsewhere on the
            # machine falls on both sides of each ratio.
            order = ["plain", "airlock", "defaults", "tuned"]
            if round_number % 2:
                order = ["airlock", "plain", "tuned", "defaults"]
            for name in order:
                times[name].append(with_cpu(lambda name=name: accounted_run(name), cpu[name])())
    finally:
        lab.stop()
    overhead = [a / p for a, p in zip(times["airlock"], times["plain"], strict=True)]
    speedup = [d / t for d, t in zip(times["defaults"], times["tuned"], strict=True)]
    print(f"{args.nodes} lab nodes, facts + health, {args.rounds} rounds; seconds per round:")
    for name, values in times.items():
        print(f"  {name:9s} " + "  ".join(f"{v:6.2f}" for v in values))
    print(f"plain ansible-playbook vs airlock, forks {args.nodes}: best {min(times['plain']):.2f} s vs {min(times['airlock']):.2f} s")
    print(f"ratio airlock/plain, per round: {', '.join(f'{r:.3f}' for r in overhead)}; "
          f"median {statistics.median(overhead):.3f}x (target <= 1.05x)")
    # The machine's CPU moves less with other load than wall time does: what Airlock adds.
    added = [a[0] / p[0] for a, p in zip(cpu["airlock"], cpu["plain"], strict=True)]
    print(f"machine CPU airlock/plain, per round: {', '.join(f'{r:.3f}' for r in added)}; "
          f"median {statistics.median(added):.3f}x")
    print(f"ansible defaults (forks 5, no pipelining, ssh -C, 1 ms poll) vs airlock tuned (forks 25, pipelining, 10 ms poll, "
          f"bytecode): "
          f"best {min(times['defaults']):.2f} s vs {min(times['tuned']):.2f} s")
    print(f"speed-up tuned vs ansible defaults, per round: {', '.join(f'{r:.2f}' for r in speedup)}; "
          f"median {statistics.median(speedup):.2f}x (target >= 1.5x)")
    cores = os.cpu_count() or 1
    for name, spent in cpu.items():
        machine = statistics.median(m for m, _c in spent)
        controller = statistics.median(c for _m, c in spent)
        wall = statistics.median(times[name])
        print(f"  {name:9s} CPU per round (median): machine {machine:6.2f} s of {wall * cores:6.2f} s available "
              f"({cores} CPUs), controller {controller:6.2f} s, nodes' side {machine - controller:6.2f} s")
    if accounted:
        print("process accounting, first round (whole 10 ms ticks per process, rounded down):")
        for name, spent in accounted.items():
            print_accounting(name, spent)
    return 0


if __name__ == "__main__":
    sys.exit(main())
