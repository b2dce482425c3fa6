"""Deploy a model to lab nodes, against the fastest plain copy of the same files to the same nodes.

    .venv/bin/python bench/bench_deploy.py                 # 2 GiB model, 4 nodes, 1 round
    .venv/bin/python bench/bench_deploy.py --size 1G --rounds 3 --accounting
    .venv/bin/python bench/bench_deploy.py --quick         # 64 MiB (make bench)

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
  transfer from plaintext
      the same transfer code sending the same bytes from plaintext files: what the store's
      encryption costs the transfer (target: within 5%).

Prints the median of each, the deploy against the fastest plain copy (target: at most
1.05x), the machine's CPU per arm (the lab's nodes share this machine's CPUs: where it is
saturated, every CPU second Airlock spends anywhere slows the copy), and with --accounting
the CPU by command in the first round. Nothing is asserted about time. Needs root,
openssh-server and ansible-playbook on PATH.
"""

from __future__ import annotations

import argparse
import hashlib
import os
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

from bench_jobs import _machine_cpu_s, accounting, cpu_by_command, print_accounting  # noqa: E402

TARGET = 1.05
SCP_CIPHERS = {"scp": [], "scp -c aes256-gcm": ["-c", "aes256-gcm@openssh.com"],
               "scp -c aes128-gcm": ["-c", "aes128-gcm@openssh.com"]}
DEPLOY = "airlock deploy"
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
            shutil.rmtree(node.home / "airlock" / "plain", ignore_errors=True)

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

    def transfer_from_plaintext(self) -> float:
        """The deploy's transfer code, sending the source files as they are (no store, no decryption)."""
        from app.core.jobs import job_base_dir
        from app.core.transfer import FileToSend, push_to_nodes

        self.clear_deployments()
        sources = [p for p in sorted(self.src.rglob("*")) if p.is_file()]
        targets = []
        for node in self.session._nodes_rows():  # noqa: SLF001 - a benchmark, not a front end
            root = node.variables["airlock_root"]
            files = [FileToSend(p, f"{root}/plain/{p.relative_to(self.src)}", p.stat().st_size, self._digest(p))
                     for p in sources]
            targets.append((node, files))
        key = self.session._nodes_management_key().private_openssh  # noqa: SLF001
        start = time.perf_counter()
        push_to_nodes(targets, key, job_base_dir(self.session.data_dir))
        return time.perf_counter() - start

    _digests: dict[Path, str] = {}  # noqa: RUF012 - filled once per file

    def _digest(self, path: Path) -> str:
        if path not in self._digests:
            digest = hashlib.sha256()
            with path.open("rb") as handle:
                while block := handle.read(4 << 20):
                    digest.update(block)
            self._digests[path] = digest.hexdigest()
        return self._digests[path]

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


def report(times: dict[str, list[float]], cpu: dict[str, list[float]], phases: list[dict[str, float]],
           accounted: dict[str, Counter[tuple[str, str]]], size: int, nodes: int, again_s: float) -> None:
    mib = size / 1024**2
    cores = os.cpu_count() or 1
    rounds = len(times[DEPLOY])
    print(f"model {mib:.0f} MiB to {nodes} nodes, {rounds} round(s), {cores} CPUs; seconds per round and median:")
    median = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        print(f"  {name:26s} {median[name]:7.2f} s  {mib * nodes / median[name]:7.1f} MiB/s  "
              f"machine CPU {statistics.median(cpu[name]):6.2f} s of {median[name] * cores:6.2f} s"
              f"   ({', '.join(f'{v:.2f}' for v in values)})")
    for number, (seconds, split) in enumerate(zip(times[DEPLOY], phases, strict=True), 1):
        rest = seconds - sum(split.values())
        print(f"  deploy round {number}: transfer {split.get('transfer', 0):6.2f} s, playbook "
              f"{split.get('playbook', 0):6.2f} s, policy + records {rest:5.2f} s (total {seconds:6.2f} s)")
    plain = {name: median[name] for name in SCP_CIPHERS}
    fastest = min(plain, key=lambda name: plain[name])
    ratio = median[DEPLOY] / plain[fastest]
    print(f"fastest plain copy: {fastest} ({plain[fastest]:.2f} s); airlock deploy {median[DEPLOY]:.2f} s:"
          f" {ratio:.2f}x (target <= {TARGET}x: {'met' if ratio <= TARGET else 'not met'})")
    transfer = statistics.median(p.get("transfer", 0.0) for p in phases)
    print(f"  the deploy's transfer alone: {transfer:.2f} s, {transfer / plain[fastest]:.2f}x the fastest plain copy;"
          f" durable ({fastest} + sync): {median[fastest + ' + sync'] / plain[fastest]:.2f}x the plain copy")
    encrypted = transfer / median[PLAIN_TRANSFER]
    print(f"store encryption: transfer from the encrypted store {transfer:.2f} s vs from plaintext files"
          f" {median[PLAIN_TRANSFER]:.2f} s: {encrypted:.3f}x (target <= 1.05x:"
          f" {'met' if encrypted <= TARGET else 'not met'})")
    print(f"second deploy (nothing to send, records vouch for every file): {again_s:5.2f} s")
    if accounted:
        print("process accounting, first round (whole 10 ms ticks per process, rounded down; controller = root,"
              " nodes = the lab accounts):")
        for name, spent in accounted.items():
            print_accounting(name, spent)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=_size, default=2 * 1024**3, help="model size (e.g. 2G, 256M)")
    parser.add_argument("--nodes", type=int, default=4)
    parser.add_argument("--quick", action="store_true", help="64 MiB, one round (for make bench)")
    parser.add_argument("--rounds", type=int, default=1, help="rounds of every arm, in alternating order")
    parser.add_argument("--accounting", action="store_true", help="CPU by command in the first round (acct(2))")
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
            PLAIN_TRANSFER: bench.transfer_from_plaintext,
        }
        times: dict[str, list[float]] = {name: [] for name in arms}
        cpu: dict[str, list[float]] = {name: [] for name in arms}
        phases: list[dict[str, float]] = []
        accounted: dict[str, Counter[tuple[str, str]]] = {}
        try:
            for number in range(args.rounds):
                order = list(arms) if number % 2 == 0 else list(reversed(arms))
                for name in order:
                    machine = _machine_cpu_s()
                    if args.accounting and number == 0 and name in (DEPLOY, "scp -c aes256-gcm", PLAIN_TRANSFER):
                        record = base / f"pacct-{len(accounted)}"
                        with accounting(record):
                            times[name].append(arms[name]())
                        accounted[name] = cpu_by_command(record)
                    else:
                        times[name].append(arms[name]())
                    cpu[name].append(_machine_cpu_s() - machine)
                    if name == DEPLOY:
                        phases.append(bench.phases.take())
            again_s = bench.again()
        finally:
            bench.close()
    report(times, cpu, phases, accounted, size, args.nodes, again_s)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
