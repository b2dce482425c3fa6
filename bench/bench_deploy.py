"""Deploy a model to lab nodes, against copying the same files with plain `scp` in parallel.

    .venv/bin/python bench/bench_deploy.py            # 2 GiB model, 4 nodes
    .venv/bin/python bench/bench_deploy.py --size 256M --nodes 4
    .venv/bin/python bench/bench_deploy.py --quick    # 64 MiB (make bench)
    .venv/bin/python bench/bench_deploy.py --size 2G --rounds 3   # alternate scp and deploy 3 times

Both run in this process on the same lab nodes (real sshd, one account each, tests/lab/nodes.py).
The baseline is `scp` of the bundle's files to every node at once (OpenSSH defaults); the
deploy is the whole `Session.deploy`: policy, the resumable transfer (one ssh process per
node, the node hashing the bytes as it writes them), the deploy_model playbook checking every
file on the node against the manifest, the atomic switch and the recording. Rounds alternate
scp and deploy (the node copies are removed between rounds, so every round sends everything)
to spread the load of a shared machine over both. Prints the times, their ratio (target: at
most 1.2), and a second deploy that has nothing to send. Needs root, openssh-server and
ansible-playbook on PATH.
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
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("AIRLOCK_KDF_SECONDS", "0")


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


def _scp_all(lab: object, key: Path, known_hosts: Path, files: list[Path], base: Path,
             cipher: list[str] | None = None) -> float:
    procs = []
    for node in lab.nodes:  # type: ignore[attr-defined]
        shutil.rmtree(node.home / "airlock" / "scp-copy", ignore_errors=True)
        subprocess.run(["ssh", "-i", str(key), "-p", str(node.port), "-o", f"UserKnownHostsFile={known_hosts}",
                        "-o", "StrictHostKeyChecking=yes", "-o", "BatchMode=yes", f"{node.user}@{node.address}",
                        f"mkdir -p {node.home}/airlock/scp-copy/weights"], check=True)
    start = time.perf_counter()
    for node in lab.nodes:  # type: ignore[attr-defined]
        target = f"{node.user}@{node.address}:{node.home}/airlock/scp-copy/"
        procs.append(subprocess.Popen(["scp", "-q", *(cipher or []), "-i", str(key), "-P", str(node.port), "-o",
                                       f"UserKnownHostsFile={known_hosts}", "-o", "StrictHostKeyChecking=yes",
                                       "-o", "BatchMode=yes", "-r", *map(str, files), target], cwd=base))
    for proc in procs:
        if proc.wait() != 0:
            msg = "scp failed"
            raise RuntimeError(msg)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=_size, default=2 * 1024**3, help="model size (e.g. 2G, 256M)")
    parser.add_argument("--nodes", type=int, default=4)
    parser.add_argument("--quick", action="store_true", help="64 MiB (for make bench)")
    parser.add_argument("--rounds", type=int, default=1, help="alternate scp and deploy this many times")
    args = parser.parse_args()
    size = 64 * 1024**2 if args.quick else args.size

    from app.core.service import init_vault
    from app.core.ssh import Bootstrap
    from tests.lab.bundle_factory import TrustLab
    from tests.lab.nodes import start_lab
    from tests.lab.offline_repo import model_bundle

    os.environ["PATH"] = f"{Path(sys.executable).parent}:{os.environ['PATH']}"
    with tempfile.TemporaryDirectory(prefix="airlock-bench-", dir="/var/tmp") as tmp:
        base = Path(tmp)
        base.chmod(0o700)
        trust = TrustLab(base / "publisher")
        _model(base / "src", size)
        bundle = model_bundle(trust, base / "src", "bench-model", "1.0.0", split_size=4 * 1024**3)
        session, _recovery = init_vault(base / "data", "admin", b"bench passphrase 123")
        lab = start_lab(base / "lab", ["t4"] * args.nodes)
        try:
            session.trust_init(trust.root_json, trust.fingerprint)
            session.import_bundle(bundle)
            key = base / "bootstrap"
            subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True)
            lines = []
            for node in lab.nodes:
                lab.authorize(node, key.with_suffix(".pub").read_text())
                session.enroll_node(node.name, node.address, node.user, Bootstrap(key_path=key), port=node.port,
                                    fingerprint=node.host_key_fingerprint(), labels=["clearance=secret"],
                                    variables=[f"{k}={v}" for k, v in node.variables.items()]
                                    + ["airlock_service_manager=none"])
                pub = Path(str(node.host_key_path) + ".pub").read_text().split()
                lines.append(f"[{node.address}]:{node.port} {pub[0]} {pub[1]}\n")
            known_hosts = base / "known_hosts"
            known_hosts.write_text("".join(lines))
            files = [p.relative_to(base / "src") for p in sorted((base / "src").iterdir())]
            rounds: list[tuple[float, float, float, float]] = []
            for number in range(args.rounds):
                scp_s = _scp_all(lab, key, known_hosts, files, base / "src")
                scp_gcm_s = _scp_all(lab, key, known_hosts, files, base / "src", ["-c", "aes256-gcm@openssh.com"])
                for node in lab.nodes:
                    shutil.rmtree(node.home / "airlock" / "models", ignore_errors=True)
                sent_at = [0.0]

                def progress(done: int, total: int, message: str, sent_at: list[float] = sent_at) -> None:
                    if message == "Sending files" and done == total:
                        sent_at[0] = time.perf_counter()

                start = time.perf_counter()
                result = session.deploy("bench-model@1.0.0", "gpu-*", progress=progress)
                deploy_s = time.perf_counter() - start
                if number == 0:
                    assert sorted(result["changed"]) == [n.name for n in lab.nodes]  # noqa: S101
                assert all(t["sent_bytes"] >= size for t in result["transfer"].values())  # noqa: S101
                rounds.append((scp_s, scp_gcm_s, deploy_s, sent_at[0] - start))
            start = time.perf_counter()
            again = session.deploy("bench-model@1.0.0", "gpu-*")
            again_s = time.perf_counter() - start
            assert all(t["sent_bytes"] == 0 for t in again["transfer"].values())  # noqa: S101
        finally:
            session.close()
            lab.stop()
    mib = size / 1024**2
    print(f"model {mib:.0f} MiB to {args.nodes} nodes, {args.rounds} round(s)")
    for number, (scp_s, scp_gcm_s, deploy_s, transfer_s) in enumerate(rounds, 1):
        print(f"round {number}: parallel scp {scp_s:7.2f} s ({mib * args.nodes / scp_s:6.1f} MiB/s)"
              f" | scp -c aes256-gcm {scp_gcm_s:7.2f} s | airlock deploy {deploy_s:7.2f} s"
              f" (transfer {transfer_s:6.2f} s, playbook+record {deploy_s - transfer_s:5.2f} s)"
              f" | ratio {deploy_s / scp_s:5.2f}x (vs scp aes-gcm {deploy_s / scp_gcm_s:5.2f}x)")
    scp_med = statistics.median(r[0] for r in rounds)
    deploy_med = statistics.median(r[2] for r in rounds)
    print(f"median: parallel scp {scp_med:7.2f} s, airlock deploy {deploy_med:7.2f} s,"
          f" ratio deploy/scp {deploy_med / scp_med:5.2f}x (target <= 1.2x)")
    print(f"second deploy (nothing to send, records vouch for every file): {again_s:5.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
