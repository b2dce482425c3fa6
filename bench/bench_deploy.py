"""Deploy a model to lab nodes, against the fastest plain copy of the same files to the same nodes.

    .venv/bin/python bench/bench_deploy.py                 # 2 GiB model, 4 nodes, 1 round
    .venv/bin/python bench/bench_deploy.py --size 1G --rounds 3 --accounting
    .venv/bin/python bench/bench_deploy.py --quick         # 64 MiB (make bench)
    .venv/bin/python bench/bench_deploy.py --store-only --rounds 3   # the transfer arms alone
    .venv/bin/python bench/bench_deploy.py --store-only --cold       # ... each from a dropped page cache

Everything runs in this process on the same lab nodes (real sshd, one account each,
tests/lab/nodes.py). Each round runs, in alternating order so that load from elsewhere on
the machine falls on every arm:

  scp (OpenSSH defaults), scp -c aes256-gcm, scp -c aes128-gcm
      the bundle's files to every node at once; the fastest of them is "the fastest plain
      copy". scp leaves the bytes in the nodes' page cache; `+ sync` is the same copy made
      durable on the nodes (Airlock syncs every file before the node records it).
  airlock deploy
      the whole `Session.deploy`: policy, the transfer (decrypting the content store while
      streaming, one ssh process per node, the node hashing the bytes as it writes them),
      the deploy_model playbook checking every file and switching `current`, the recording.
      Its phases are timed around the service's own steps with one clock (perf_counter), so
      transfer + playbook + the rest add up to the whole.
  transfer from the store, the same copied to pipes, transfer from plaintext
      the deploy's transfer step alone (each decrypted chunk lent to the pipes into ssh,
      pipe_lending); the same with every chunk copied into each pipe instead (the baseline
      for lending); and the same transfer code sending the same bytes from plaintext files
      (sendfile, no decryption): what the store's encryption costs the transfer (target:
      within 5%).

Prints the median of each, the deploy against the fastest plain copy (target: at most
1.05x), the CPU per arm of the appliance's side (this process and its children: Airlock,
ssh, scp, ansible-playbook) and of the whole machine (the lab's nodes share this machine's
CPUs: where it is saturated, every CPU second spent anywhere slows the copy; the machine
is shared with other work too), and with --accounting the nodes' CPU by command in the
first round. Nothing is asserted about time. Needs root,
openssh-server and ansible-playbook on PATH.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pwd
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
os.environ.setdefault("AIRLOCK_KDF_SECONDS", "0")

from bench_jobs import ACCT_RECORD, ACCT_TICKS_PER_S, _comp_t, _machine_cpu_s, _own_cpu_s, accounting  # noqa: E402

TARGET = 1.05
SCP_CIPHERS = {"scp": [], "scp -c aes256-gcm": ["-c", "aes256-gcm@openssh.com"],
               "scp -c aes128-gcm": ["-c", "aes128-gcm@openssh.com"]}
DEPLOY = "airlock deploy"
STORE_TRANSFER = "transfer from the store"
STORE_COPIED = "the same, copied to pipes"
PLAIN_TRANSFER = "transfer from plaintext"


def _size(text: str) -> int:
    units = {"K": 1024, "M": 1024**2, "G": 1024**3}
    return int(float(text[:-1]) * units[text[-1].upper()]) if text[-1].upper() in units else int(text)


def _model(src: Path, size: int) -> None:
    (src / "weights").mkdir(parents=True)
    (src / "README.md").write_text("# bench model\n")
    (src / "config.json").write_text("{}\n")
    block = hashlib.sha256(b"bench").digest() * 32768  # 1 MiB, not compressible by ssh
    with (src / "weights" / "model.safetensors").open("wb") as handle:
        left = size
        while left > 0:
            handle.write(block[: min(len(block), left)])
            left -= len(block)


def node_cpu_by_command(path: Path, uids: set[int]) -> Counter[str]:
    """CPU seconds of the lab nodes' processes that ended (their accounts' uids), by command.

    The machine is shared: processes of other users are left out, and the appliance's own
    side is measured from this process and its children instead (`_own_cpu_s`).
    """
    spent: Counter[str] = Counter()
    data = path.read_bytes()
    for offset in range(0, len(data) - ACCT_RECORD.size + 1, ACCT_RECORD.size):
        fields = ACCT_RECORD.unpack_from(data, offset)
        if fields[4] in uids:
            command = fields[18].split(b"\0", 1)[0].decode(errors="replace")
            spent[command] += (_comp_t(fields[10]) + _comp_t(fields[11])) / ACCT_TICKS_PER_S
    return spent


class Phases:
    """Seconds spent in named steps of the service, measured with one clock (perf_counter)."""

    def __init__(self) -> None:
        self.spent: Counter[str] = Counter()

    def wrap(self, owner: type, name: str, label: str) -> None:
        original = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.spent[label] += time.perf_counter() - started

        setattr(owner, name, timed)

    def take(self) -> dict[str, float]:
        spent = dict(self.spent)
        self.spent.clear()
        return spent


def deploy_split(total: float, spent: dict[str, float]) -> dict[str, float]:
    """A deploy's seconds by phase, the rest named; refuse a split that cannot be (the old bench printed one).

    The phases were timed inside the deploy with the deploy's own clock, so each is at least
    0 and together they fit in the whole.
    """
    parts = {"transfer": spent.get("transfer", 0.0), "playbook": spent.get("playbook", 0.0)}
    parts["policy + records"] = total - sum(parts.values())
    if min(parts.values()) < -1e-6:
        msg = f"impossible split of {total:.3f} s: {parts}"
        raise RuntimeError(msg)
    return parts


class Bench:
    """The lab, the vault and the plain copies; each arm returns its wall time in seconds."""

    def __init__(self, base: Path, size: int, nodes: int) -> None:
        from app.core.service import Session, init_vault
        from tests.lab.bundle_factory import TrustLab
        from tests.lab.nodes import start_lab
        from tests.lab.offline_repo import model_bundle

        self.base = base
        self.size = size
        self.phases = Phases()
        self.phases.wrap(Session, "_deploy_send", "transfer")
        self.phases.wrap(Session, "_deploy_run_switch", "playbook")
        trust = TrustLab(base / "publisher")
        self.src = base / "src"
        _model(self.src, size)
        bundle = model_bundle(trust, self.src, "bench-model", "1.0.0", split_size=4 * 1024**3)
        self.session, _recovery = init_vault(base / "data", "admin", b"bench passphrase 123")
        self.lab = start_lab(base / "lab", ["t4"] * nodes)
        self.session.trust_init(trust.root_json, trust.fingerprint)
        self.session.set_setting("idle_lock_seconds", "0")  # a long run must not lock the bench's session
        self.session.import_bundle(bundle)
        self.key = base / "bootstrap"
        subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(self.key)], check=True)
        lines = []
        for node in self.lab.nodes:
            self.lab.authorize(node, self.key.with_suffix(".pub").read_text())
            self.session.enroll_node(node.name, node.address, node.user, self._bootstrap(), port=node.port,
                                     fingerprint=node.host_key_fingerprint(), labels=["clearance=secret"],
                                     variables=[f"{k}={v}" for k, v in node.variables.items()]
                                     + ["airlock_service_manager=none"])
            pub = Path(str(node.host_key_path) + ".pub").read_text().split()
            lines.append(f"[{node.address}]:{node.port} {pub[0]} {pub[1]}\n")
        self.known_hosts = base / "known_hosts"
        self.known_hosts.write_text("".join(lines))
        self.files = [p.relative_to(self.src) for p in sorted(self.src.iterdir())]

    def _bootstrap(self) -> Any:
        from app.core.ssh import Bootstrap

        return Bootstrap(key_path=self.key)

    def _ssh(self, node: Any, command: str) -> None:
        subprocess.run(["ssh", "-i", str(self.key), "-p", str(node.port), "-o", f"UserKnownHostsFile={self.known_hosts}",
                        "-o", "StrictHostKeyChecking=yes", "-o", "BatchMode=yes", f"{node.user}@{node.address}",
                        command], check=True)

    def scp(self, cipher: list[str], *, durable: bool) -> float:
        for node in self.lab.nodes:
            shutil.rmtree(node.home / "airlock" / "scp-copy", ignore_errors=True)
            self._ssh(node, f"mkdir -p {node.home}/airlock/scp-copy")
        start = time.perf_counter()
        procs = [
            subprocess.Popen(["scp", "-q", *cipher, "-i", str(self.key), "-P", str(node.port), "-o",
                              f"UserKnownHostsFile={self.known_hosts}", "-o", "StrictHostKeyChecking=yes",
                              "-o", "BatchMode=yes", "-r", *map(str, self.files),
                              f"{node.user}@{node.address}:{node.home}/airlock/scp-copy/"], cwd=self.src)
            for node in self.lab.nodes
        ]
        if any(proc.wait() != 0 for proc in procs):
            raise RuntimeError("scp failed")
        if durable:
            syncs = [subprocess.Popen(["sync", "-f", str(node.home / "airlock" / "scp-copy")]) for node in self.lab.nodes]
            if any(proc.wait() != 0 for proc in syncs):
                raise RuntimeError("sync failed")
        return time.perf_counter() - start

    def clear_deployments(self) -> None:
        for node in self.lab.nodes:
            shutil.rmtree(node.home / "airlock" / "models", ignore_errors=True)

    def deploy(self) -> float:
        self.clear_deployments()
        start = time.perf_counter()
        result = self.session.deploy("bench-model@1.0.0", "gpu-*")
        seconds = time.perf_counter() - start
        if result["failed"] or sorted(result["changed"] + result["unchanged"]) != [n.name for n in self.lab.nodes]:
            raise RuntimeError(f"the deploy did not reach every node: {result}")
        if not all(t["sent_bytes"] >= self.size for t in result["transfer"].values()):
            raise RuntimeError("the deploy did not send the whole model")
        return seconds

    def transfer_from_store(self) -> float:
        """The deploy's own transfer step alone (decrypting the store while streaming), no playbook."""
        from app.core import deploy as plan
        from app.core.progress import no_progress

        self.clear_deployments()
        bundle = self.session._deploy_bundle(plan.parse_ref("bench-model@1.0.0"))  # noqa: SLF001 - a benchmark
        nodes = self.session._nodes_rows()  # noqa: SLF001
        start = time.perf_counter()
        self.session._deploy_send(bundle, nodes, plan.manifest_bytes(bundle), no_progress, None)  # noqa: SLF001
        return time.perf_counter() - start

    def transfer_from_store_copied(self) -> float:
        """The store's transfer with every piece copied into the pipes to ssh (`os.write`), none lent."""
        from app.core import pipe_lending

        pipe_lending._State.available = False  # noqa: SLF001 - a benchmark's baseline
        try:
            return self.transfer_from_store()
        finally:
            pipe_lending._State.available = pipe_lending._VMSPLICE is not None  # noqa: SLF001

    def transfer_from_plaintext(self) -> float:
        """The same transfer (same files, records and manifest) from the model's plaintext files: no decryption."""
        from dataclasses import replace

        from app.core import deploy as plan
        from app.core.jobs import job_base_dir
        from app.core.transfer import push_to_nodes

        self.clear_deployments()
        bundle = self.session._deploy_bundle(plan.parse_ref("bench-model@1.0.0"))  # noqa: SLF001 - a benchmark
        plain = replace(bundle, files=tuple(replace(f, source=self.src / f.path) for f in bundle.files))
        manifest = plan.manifest_bytes(bundle)
        manifest_path = self.base / "manifest.json"
        manifest_path.write_bytes(manifest)
        targets = [(node, plan.files_for(node, plain, manifest_path, manifest))
                   for node in self.session._nodes_rows()]  # noqa: SLF001
        key = self.session._nodes_management_key().private_openssh  # noqa: SLF001
        start = time.perf_counter()
        push_to_nodes(targets, key, job_base_dir(self.session.data_dir))
        return time.perf_counter() - start

    def again(self) -> float:
        """A deploy right after a deploy: nothing to send."""
        self.deploy()
        self.phases.take()
        start = time.perf_counter()
        result = self.session.deploy("bench-model@1.0.0", "gpu-*")
        if not all(t["sent_bytes"] == 0 for t in result["transfer"].values()):
            raise RuntimeError("the second deploy sent bytes again")
        return time.perf_counter() - start

    def close(self) -> None:
        self.session.close()
        self.lab.stop()


def drop_page_cache() -> None:
    """Write back dirty pages, then drop the clean page cache (root): every arm reads from disk."""
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("1\n")


def report(times: dict[str, list[float]], cpu: dict[str, list[tuple[float, float]]],
           phases: list[dict[str, float]], accounted: dict[str, Counter[str]], size: int, nodes: int,
           again_s: float | None) -> None:
    mib = size / 1024**2
    cores = os.cpu_count() or 1
    rounds = len(times[STORE_TRANSFER])
    print(f"model {mib:.0f} MiB to {nodes} nodes, {rounds} round(s), {cores} CPUs; seconds per round and median:")
    median = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        machine = statistics.median(m for m, _own in cpu[name])
        own = statistics.median(own for _m, own in cpu[name])
        print(f"  {name:26s} {median[name]:7.2f} s  {mib * nodes / median[name]:7.1f} MiB/s  "
              f"CPU: appliance side {own:6.2f} s, machine {machine:6.2f} s of {median[name] * cores:6.2f} s"
              f"   ({', '.join(f'{v:.2f}' for v in values)})")
    if DEPLOY in times:
        _deploy_report(times, phases, median)
    encrypted = median[STORE_TRANSFER] / median[PLAIN_TRANSFER]
    own = {name: statistics.median(o for _m, o in cpu[name]) for name in (STORE_TRANSFER, PLAIN_TRANSFER)}
    print(f"store encryption: the transfer from the encrypted store {median[STORE_TRANSFER]:.2f} s vs from plaintext"
          f" files {median[PLAIN_TRANSFER]:.2f} s: {encrypted:.3f}x (target <= 1.05x:"
          f" {'met' if encrypted <= TARGET else 'not met'}); appliance CPU {own[STORE_TRANSFER]:.2f} s vs"
          f" {own[PLAIN_TRANSFER]:.2f} s")
    copied = median[STORE_COPIED] / median[PLAIN_TRANSFER]
    print(f"  with each piece copied into the pipes to ssh rather than lent (vmsplice): {median[STORE_COPIED]:.2f} s,"
          f" {copied:.3f}x; appliance CPU {statistics.median(o for _m, o in cpu[STORE_COPIED]):.2f} s")
    if again_s is not None:
        print(f"second deploy (nothing to send, records vouch for every file): {again_s:5.2f} s")
    if accounted:
        print("the lab nodes' CPU, first round, by command (process accounting: whole 10 ms ticks per process,"
              " rounded down):")
        for name, spent in accounted.items():
            print(f"  {name:26s} {sum(spent.values()):6.2f} s: "
                  + ", ".join(f"{command} {seconds:.2f} s" for command, seconds in spent.most_common(5)))


def _deploy_report(times: dict[str, list[float]], phases: list[dict[str, float]], median: dict[str, float]) -> None:
    for number, (seconds, spent) in enumerate(zip(times[DEPLOY], phases, strict=True), 1):
        split = deploy_split(seconds, spent)
        print(f"  deploy round {number}: " + ", ".join(f"{name} {value:6.2f} s" for name, value in split.items())
              + f" (total {seconds:6.2f} s)")
    plain = {name: median[name] for name in SCP_CIPHERS}
    fastest = min(plain, key=lambda name: plain[name])
    ratio = median[DEPLOY] / plain[fastest]
    print(f"fastest plain copy: {fastest} ({plain[fastest]:.2f} s); airlock deploy {median[DEPLOY]:.2f} s:"
          f" {ratio:.2f}x (target <= {TARGET}x: {'met' if ratio <= TARGET else 'not met'})")
    transfer = statistics.median(p.get("transfer", 0.0) for p in phases)
    print(f"  the deploy's transfer alone: {transfer:.2f} s, {transfer / plain[fastest]:.2f}x the fastest plain copy;"
          f" durable ({fastest} + sync): {median[fastest + ' + sync'] / plain[fastest]:.2f}x the plain copy")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=_size, default=2 * 1024**3, help="model size (e.g. 2G, 256M)")
    parser.add_argument("--nodes", type=int, default=4)
    parser.add_argument("--quick", action="store_true", help="64 MiB, one round (for make bench)")
    parser.add_argument("--rounds", type=int, default=1, help="rounds of every arm, in alternating order")
    parser.add_argument("--accounting", action="store_true", help="CPU by command in the first round (acct(2))")
    parser.add_argument("--cold", action="store_true",
                        help="drop the page cache before every arm: a first deploy reads the store from disk"
                             " (imports write it with O_DIRECT)")
    parser.add_argument("--store-only", action="store_true",
                        help="only the transfer from the store and from plaintext (what encryption at rest costs)")
    args = parser.parse_args()
    size = 64 * 1024**2 if args.quick else args.size
    if os.geteuid() != 0 or not Path("/usr/sbin/sshd").exists():
        print("bench_deploy: skipped: the lab needs root and openssh-server (one account and one sshd per node)")
        return 0
    os.environ["PATH"] = f"{Path(sys.executable).parent}:{os.environ['PATH']}"
    with tempfile.TemporaryDirectory(prefix="airlock-bench-", dir="/var/tmp") as tmp:
        base = Path(tmp)
        base.chmod(0o700)
        bench = Bench(base, size, args.nodes)
        arms: dict[str, Callable[[], float]] = {
            **{name: (lambda c=cipher: bench.scp(c, durable=False)) for name, cipher in SCP_CIPHERS.items()},
            **{f"{name} + sync": (lambda c=cipher: bench.scp(c, durable=True)) for name, cipher in SCP_CIPHERS.items()},
            DEPLOY: bench.deploy,
            STORE_TRANSFER: bench.transfer_from_store,
            STORE_COPIED: bench.transfer_from_store_copied,
            PLAIN_TRANSFER: bench.transfer_from_plaintext,
        }
        if args.store_only:
            arms = {name: arms[name] for name in (STORE_TRANSFER, STORE_COPIED, PLAIN_TRANSFER)}
        times: dict[str, list[float]] = {name: [] for name in arms}
        cpu: dict[str, list[tuple[float, float]]] = {name: [] for name in arms}
        phases: list[dict[str, float]] = []
        accounted: dict[str, Counter[str]] = {}
        uids = {pwd.getpwnam(node.user).pw_uid for node in bench.lab.nodes}
        try:
            for number in range(args.rounds):
                order = list(arms) if number % 2 == 0 else list(reversed(arms))
                for name in order:
                    bench.phases.take()  # only this arm's phases: the transfer arms time the same functions
                    if args.cold:
                        drop_page_cache()
                    machine, own = _machine_cpu_s(), _own_cpu_s()
                    if args.accounting and number == 0:
                        record = base / f"pacct-{len(accounted)}"
                        with accounting(record):
                            times[name].append(arms[name]())
                            time.sleep(0.5)  # the nodes' last processes end and are written
                        accounted[name] = node_cpu_by_command(record, uids)
                    else:
                        times[name].append(arms[name]())
                    cpu[name].append((_machine_cpu_s() - machine, _own_cpu_s() - own))
                    if name == DEPLOY:
                        phases.append(bench.phases.take())
            again_s = None if args.store_only else bench.again()
        finally:
            bench.close()
    report(times, cpu, phases, accounted, size, args.nodes, again_s)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
