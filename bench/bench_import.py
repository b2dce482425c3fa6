"""One-pass bundle import against `cp -r` of the same bundle directory, in one run.

Builds a bundle of mixed file sizes (some split into parts), warms the page cache, then
alternates, round after round: the real import (a child process that unlocks a fresh
vault and calls Session.import_bundle, durable before it returns; its peak RSS and the
time of its final flush), `cp -r` (not durable), `cp -r` + `sync` (the durable baseline),
a two-pass copy-then-hash, and a hash-only pass on two threads that writes nothing (the
lower bound of any verified copy here). Prints throughputs and ratios against cp.

    .venv/bin/python bench/bench_import.py                      # 4 GiB
    .venv/bin/python bench/bench_import.py --size-mib 512       # a quick run
    .venv/bin/python bench/bench_import.py --compare-direct     # also O_DIRECT staging writes
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
MIB = 1 << 20
PASSPHRASE = "bench passphrase 1234"  # noqa: S105 - a throwaway vault

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from app.core.bundles import lane, store
from app.core.service import open_session
data_dir, bundle, direct = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[4] == "direct"
lane.DIRECT_IO = direct
flush = []
_sync = store.sync_filesystem
def timed_sync(path):
    started = time.perf_counter()
    _sync(path)
    flush.append(time.perf_counter() - started)
store.sync_filesystem = timed_sync
session = open_session(data_dir, "admin", sys.argv[3].encode())
Path("/proc/self/clear_refs").write_text("5")  # reset the peak RSS: measure the import, not the unlock KDF
try:
    started = time.perf_counter()
    result = session.import_bundle(bundle)
    elapsed = time.perf_counter() - started
finally:
    session.close()
hwm = [l for l in Path("/proc/self/status").read_text().splitlines() if l.startswith("VmHWM")][0]
print(json.dumps({"seconds": elapsed, "size": result.size, "import_peak_rss_mib": int(hwm.split()[1]) / 1024,
                  "process_max_rss_mib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "flush_seconds": sum(flush)}))
"""


def make_source(src: Path, total: int) -> None:
    """Mixed sizes: one large file (split), two medium, ten smaller, many small and tiny."""
    rng = random.Random(42)
    block = rng.randbytes(8 * MIB)
    sizes = [int(total * 0.40), int(total * 0.15), int(total * 0.15)]
    sizes += [int(total * 0.025)] * 10
    sizes += [max(4096, int(total * 0.0005))] * 80
    sizes += [1000 + i for i in range(100)]
    src.mkdir(parents=True)
    for index, size in enumerate(sizes):
        path = src / f"dir{index % 7}" / f"file{index:04d}.bin"
        path.parent.mkdir(exist_ok=True)
        with path.open("wb") as out:
            left = size
            salt = index.to_bytes(8, "little")
            while left > 0:
                chunk = salt + block[: min(len(block), left) - len(salt)] if left > len(salt) else salt[:left]
                out.write(chunk)
                left -= len(chunk)
    (src / "README.md").write_text("# bench model card\n")


def setup(work: Path, total: int) -> tuple[Path, Path, str]:
    from securesystemslib.signer import CryptoSigner

    from app.core.bundles.publisher import BundleSpec, build_bundle, init_trust, sign_bundle
    from app.core.bundles.trust import RoleSpec, fingerprint

    root_key = CryptoSigner.generate_ed25519()
    model_key = CryptoSigner.generate_ed25519()
    trust = work / "trust"
    init_trust(trust, [root_key.public_key], 1,
               [RoleSpec("models", (model_key.public_key,), 1)], 30, [root_key])
    src = work / "src"
    make_source(src, total)
    split = max(64 * MIB, total // 4)
    spec = BundleSpec("model", "bench", "1.0.0", "internal", "benchmark", 30, split,
                      {"format": "raw", "license": "none", "model_card": "README.md"})
    bundle = build_bundle(src, work / "medium", spec)
    shutil.rmtree(src)
    sign_bundle(bundle, model_key)
    return bundle, trust / "root.json", fingerprint((trust / "root.json").read_bytes())


def fresh_vault(data_dir: Path, root_json: Path, fp: str) -> None:
    from app.core.service import init_vault

    os.environ.setdefault("AIRLOCK_KDF_SECONDS", "0")  # unlock speed is not what is measured

    session, _recovery = init_vault(data_dir, "admin", PASSPHRASE.encode())
    try:
        session.trust_init(root_json, fp)
    finally:
        session.close()


def read_all(path: Path) -> None:
    for file in sorted(p for p in path.rglob("*") if p.is_file()):
        with file.open("rb", buffering=0) as handle:
            while handle.read(8 * MIB):
                pass


def timed(argv: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, check=True)
    return time.perf_counter() - started


def copy_then_hash(bundle: Path, dest: Path) -> float:
    started = time.perf_counter()
    subprocess.run(["cp", "-r", str(bundle), str(dest)], check=True)
    buffer = bytearray(4 * MIB)
    view = memoryview(buffer)
    for file in sorted(p for p in dest.rglob("*") if p.is_file()):
        digest = hashlib.sha256()
        with file.open("rb", buffering=0) as handle:
            while n := handle.readinto(view):
                digest.update(view[:n])
    return time.perf_counter() - started


def hash_only(bundle: Path, threads: int = 2) -> float:
    """Read and hash every byte once on `threads` threads, largest files first, writing nothing.

    The lower bound of any verified copy on this machine: the import does this plus the writes.
    """
    files = sorted((p for p in bundle.rglob("*") if p.is_file()), key=lambda p: -p.stat().st_size)
    queue: list[Path] = list(reversed(files))
    lock = threading.Lock()

    def worker() -> None:
        view = memoryview(bytearray(4 * MIB))
        while True:
            with lock:
                if not queue:
                    return
                file = queue.pop()
            digest = hashlib.sha256()
            with file.open("rb", buffering=0) as handle:
                while n := handle.readinto(view):
                    digest.update(view[:n])

    started = time.perf_counter()
    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    return time.perf_counter() - started


def run_import(work: Path, name: str, bundle: Path, root_json: Path, fp: str, mode: str) -> dict[str, float]:
    data_dir = work / name
    fresh_vault(data_dir, root_json, fp)
    subprocess.run(["sync"], check=True)
    env = {**os.environ, "PYTHONPATH": str(REPO), "AIRLOCK_KDF_SECONDS": "0"}
    out = subprocess.run([sys.executable, "-c", CHILD, str(data_dir), str(bundle), PASSPHRASE, mode],
                         check=True, capture_output=True, text=True, env=env)
    shutil.rmtree(data_dir)
    subprocess.run(["sync"], check=True)
    child: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return child


def one_round(work: Path, bundle: Path, root_json: Path, fp: str, args: argparse.Namespace,
              results: dict[str, list[float]], extra: dict[str, list[float]]) -> None:
    modes = ["buffered", "direct"] if args.compare_direct else ["buffered"]
    for mode in modes:
        key = "import" if mode == "buffered" else "import, O_DIRECT staging"
        child = run_import(work, "vault", bundle, root_json, fp, mode)
        results[key].append(child["seconds"])
        extra[f"{key}: peak RSS MiB"].append(child["import_peak_rss_mib"])
        extra[f"{key}: process RSS MiB"].append(child["process_max_rss_mib"])
        extra[f"{key}: final flush s"].append(child["flush_seconds"])
    results["cp -r"].append(timed(["cp", "-r", str(bundle), str(work / "cp")]))
    shutil.rmtree(work / "cp")
    subprocess.run(["sync"], check=True)
    results["cp -r + sync"].append(timed(["sh", "-c", f"cp -r '{bundle}' '{work / 'cps'}' && sync"]))
    shutil.rmtree(work / "cps")
    subprocess.run(["sync"], check=True)
    results["copy then hash"].append(copy_then_hash(bundle, work / "cph"))
    shutil.rmtree(work / "cph")
    subprocess.run(["sync"], check=True)
    results["hash only, 2 threads"].append(hash_only(bundle))
    read_all(bundle)


def report(results: dict[str, list[float]], extra: dict[str, list[float]], size: int, files: int, rounds: int) -> None:
    print(f"bundle: {size / MIB:.0f} MiB, {files} files on the medium; {rounds} rounds, alternating, warm cache; "
          f"{os.cpu_count()} CPUs")
    median = {name: statistics.median(times) for name, times in results.items() if times}
    cp, cps = median["cp -r"], median["cp -r + sync"]
    print(f"{'':>26}  median s    MiB/s  vs cp -r  vs cp -r+sync  (every round)")
    for name, value in median.items():
        print(f"{name:>26}: {value:7.2f} {size / MIB / value:8.0f}  {cp / value:7.2f}x  {cps / value:12.2f}x"
              f"  ({', '.join(f'{t:.2f}' for t in results[name])})")
    for name, values in extra.items():
        print(f"{name:>40}: max {max(values):6.2f}  ({', '.join(f'{v:.2f}' for v in values)})")
    bound = median["hash only, 2 threads"]
    print(f"import speed vs cp -r: {cp / median['import']:.2f}x; vs cp -r + sync (durable baseline): "
          f"{cps / median['import']:.2f}x; vs the hash-only bound: {bound / median['import']:.2f}x; "
          f"the hash-only bound itself is {cp / bound:.2f}x of cp -r")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=4096)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--compare-direct", action="store_true",
                        help="also import with O_DIRECT staging writes (app.core.bundles.lane.DIRECT_IO)")
    parser.add_argument("--workdir", type=Path, default=None, help="where to build (default: a temp dir under /var/tmp)")
    args = parser.parse_args()
    total = args.size_mib * MIB
    work = Path(tempfile.mkdtemp(prefix="airlock-bench-", dir=args.workdir or "/var/tmp"))
    try:
        bundle, root_json, fp = setup(work, total)
        size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file())
        files = sum(1 for p in bundle.rglob("*") if p.is_file())
        read_all(bundle)  # warm cache
        results: dict[str, list[float]] = {
            "import": [], "import, O_DIRECT staging": [], "cp -r": [], "cp -r + sync": [],
            "copy then hash": [], "hash only, 2 threads": [],
        }
        extra: dict[str, list[float]] = defaultdict(list)
        for _ in range(args.rounds):
            one_round(work, bundle, root_json, fp, args, results, extra)
        report(results, extra, size, files, args.rounds)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
