"""One-pass bundle import against `cp -r` of the same bundle directory, in one run.

Builds a bundle of mixed file sizes (some split into parts), warms the page cache, then
alternates, round after round, on the same file system:

  import                 the real import: a child process unlocks a fresh vault and calls
                         Session.import_bundle (verified, staged, renamed, durable before the
                         row commits); its peak RSS, CPU time, and the time of its final flush
  cp -r                  a plain copy, not durable (its bytes may sit in the page cache)
  cp -r + sync           the same copy made durable: the fair baseline for a durable import
  copy then hash         two passes: cp -r, then SHA-256 of the copy on two threads
  copy then hash + sync  the same, durable
  hash only, 2 threads   read and hash every byte, write nothing: the lower bound of any
                         verified copy on this machine

and prints medians with the import's speed as a multiple of each (1.00x: as fast), then
whether the targets hold: import at least 1.2x the speed of cp -r + sync (the durable
copy; also stated against cp -r, whose bytes may still sit in the page cache), peak RSS
of the import at most 100 MB. The import seals every object as it writes it (AES-256-GCM,
objects.py): what it costs shows against "hash only". Nothing here is asserted: the
machine's other work makes timings noisy, so compare within one run, never across runs.

    .venv/bin/python bench/bench_import.py --rounds 3        # 4 GiB (needs ~9 GiB free)
    .venv/bin/python bench/bench_import.py --size-mib 512    # a quick run
    .venv/bin/python bench/bench_import.py --quick           # 256 MiB, one round (make bench)
    .venv/bin/python bench/bench_import.py --baseline-tree /var/tmp/airlock-1d2a51b   # against older code
    .venv/bin/python bench/bench_import.py --compare-buffered --writeback-window-mib 32
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
MB = 1_000_000
TARGET_SPEED = 0.9
TARGET_DURABLE_SPEED = 1.2
TARGET_RSS_BYTES = 100 * MB
PASSPHRASE = "bench passphrase 1234"  # noqa: S105 - a throwaway vault
IMPORT = "import"
TREE = "tree"

CHILD = r"""
import json, resource, sys, time
from pathlib import Path
from app.core.bundles import lane, store
from app.core.service import bundles as service_bundles
from app.core.service import open_session
data_dir, bundle, settings = Path(sys.argv[1]), Path(sys.argv[2]), json.loads(sys.argv[4])
for name, value in settings.items():
    setattr(lane, name, value)
phases = {"transfer_seconds": 0.0, "flush_seconds": 0.0}
def timed(key, function):
    def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            phases[key] += time.perf_counter() - started
    return wrapper
store.sync_filesystem = timed("flush_seconds", store.sync_filesystem)
service_bundles.transfer = timed("transfer_seconds", service_bundles.transfer)
def peak_kib():
    line = [l for l in Path("/proc/self/status").read_text().splitlines() if l.startswith("VmHWM")][0]
    return int(line.split()[1])
session = open_session(data_dir, "admin", sys.argv[3].encode())
unlock_peak = peak_kib()
Path("/proc/self/clear_refs").write_text("5")  # reset the peak RSS: measure the import, not the unlock
try:
    before = resource.getrusage(resource.RUSAGE_SELF)
    started = time.perf_counter()
    result = session.import_bundle(bundle)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_SELF)
finally:
    session.close()
import_peak = peak_kib()
print(json.dumps({"seconds": elapsed, "size": result.size, "import_peak_rss_kib": import_peak,
                  "process_max_rss_kib": max(unlock_peak, import_peak),
                  "user_seconds": after.ru_utime - before.ru_utime, "sys_seconds": after.ru_stime - before.ru_stime,
                  **phases}))
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
    # Parts of an unaligned size: later parts start mid-block, as on real media.
    split = max(64 * MIB, total // 4) + 12345
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


def files_of(path: Path) -> list[Path]:
    """Every file under `path`, largest first."""
    return sorted((p for p in path.rglob("*") if p.is_file()), key=lambda p: -p.stat().st_size)


def read_all(path: Path) -> None:
    """Bring `path` into the page cache (the warm cache every row starts from)."""
    for file in files_of(path):
        with file.open("rb", buffering=0) as handle:
            while handle.read(8 * MIB):
                pass


def sync() -> None:
    subprocess.run(["sync"], check=True)


def hash_files(files: list[Path], threads: int = 2) -> None:
    """SHA-256 of every file on `threads` threads, largest first (as the import schedules them)."""
    pending = list(reversed(files))
    lock = threading.Lock()

    def worker() -> None:
        view = memoryview(bytearray(4 * MIB))
        while True:
            with lock:
                if not pending:
                    return
                file = pending.pop()
            digest = hashlib.sha256()
            with file.open("rb", buffering=0) as handle:
                while n := handle.readinto(view):
                    digest.update(view[:n])

    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()


def cp(bundle: Path, dest: Path, *, durable: bool) -> float:
    started = time.perf_counter()
    subprocess.run(["cp", "-r", str(bundle), str(dest)], check=True)
    if durable:
        sync()
    return time.perf_counter() - started


def copy_then_hash(bundle: Path, dest: Path, *, durable: bool) -> float:
    started = time.perf_counter()
    subprocess.run(["cp", "-r", str(bundle), str(dest)], check=True)
    hash_files(files_of(dest))
    if durable:
        sync()
    return time.perf_counter() - started


def hash_only(bundle: Path) -> float:
    started = time.perf_counter()
    hash_files(files_of(bundle))
    return time.perf_counter() - started


def run_import(data_dir: Path, bundle: Path, root_json: Path, fp: str, settings: dict[str, object]) -> dict[str, float]:
    fresh_vault(data_dir, root_json, fp)
    sync()
    settings = dict(settings)
    tree = str(settings.pop(TREE, REPO))  # another checkout's import code (--baseline-tree)
    env = {**os.environ, "PYTHONPATH": tree, "AIRLOCK_KDF_SECONDS": "0"}
    out = subprocess.run([sys.executable, "-c", CHILD, str(data_dir), str(bundle), PASSPHRASE, json.dumps(settings)],
                         check=True, capture_output=True, text=True, env=env, cwd=tree)
    child: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return child


def one_round(work: Path, bundle: Path, root_json: Path, fp: str, imports: dict[str, dict[str, object]],
              results: dict[str, list[float]], extra: dict[str, list[float]]) -> None:
    def clean(path: Path) -> None:
        shutil.rmtree(path)
        sync()

    for key, settings in imports.items():
        child = run_import(work / "vault", bundle, root_json, fp, settings)
        clean(work / "vault")
        results[key].append(child["seconds"])
        extra[f"{key}: peak RSS of the import, MB"].append(child["import_peak_rss_kib"] * 1024 / MB)
        extra[f"{key}: peak RSS of the process, MB"].append(child["process_max_rss_kib"] * 1024 / MB)
        extra[f"{key}: CPU user s"].append(child["user_seconds"])
        extra[f"{key}: CPU system s"].append(child["sys_seconds"])
        extra[f"{key}: transfer s"].append(child["transfer_seconds"])
        extra[f"{key}: final flush s"].append(child["flush_seconds"])
    for name, durable in (("cp -r", False), ("cp -r + sync", True)):
        results[name].append(cp(bundle, work / "cp", durable=durable))
        clean(work / "cp")
    for name, durable in (("copy then hash", False), ("copy then hash + sync", True)):
        results[name].append(copy_then_hash(bundle, work / "cph", durable=durable))
        clean(work / "cph")
    results["hash only, 2 threads"].append(hash_only(bundle))
    read_all(bundle)  # whatever was evicted, warm again for the next round


def verdict(ratio: float) -> str:
    return "met" if ratio >= TARGET_SPEED else "not met"


def report(results: dict[str, list[float]], extra: dict[str, list[float]], size: int, files: int, rounds: int) -> None:
    print(f"bundle: {size / MIB:.0f} MiB, {files} files on the medium; {rounds} rounds, alternating, warm cache; "
          f"{os.cpu_count()} CPUs")
    median = {name: statistics.median(times) for name, times in results.items() if times}
    imported = median[IMPORT]
    print(f"{'':>28}  median s    MiB/s  import speed vs this  (every round, s)")
    for name, value in median.items():
        print(f"{name:>28}: {value:7.2f} {size / MIB / value:8.0f}  {value / imported:8.2f}x"
              f"               ({', '.join(f'{t:.2f}' for t in results[name])})")
    for name, values in extra.items():
        print(f"{name:>52}: max {max(values):7.2f}  ({', '.join(f'{v:.2f}' for v in values)})")
    cp_ratio = median["cp -r"] / imported
    durable_ratio = median["cp -r + sync"] / imported
    peak = max(extra[f"{IMPORT}: peak RSS of the process, MB"] + extra[f"{IMPORT}: peak RSS of the import, MB"])
    durable_met = "met" if durable_ratio >= TARGET_DURABLE_SPEED else "not met"
    print(f"target: import at least {TARGET_DURABLE_SPEED}x the speed of cp -r + sync, the durable equivalent: "
          f"{durable_met} ({durable_ratio:.2f}x); against cp -r: {verdict(cp_ratio)} ({cp_ratio:.2f}x, "
          f"target {TARGET_SPEED}x)")
    print(f"target: peak RSS at most {TARGET_RSS_BYTES // MB} MB: {'met' if peak * MB <= TARGET_RSS_BYTES else 'not met'}"
          f" ({peak:.1f} MB)")
    bound = median["hash only, 2 threads"]
    print(f"for scale: hashing alone is {median['cp -r'] / bound:.2f}x the speed of cp -r; the import is "
          f"{bound / imported:.2f}x the speed of hashing alone; cp -r + sync is "
          f"{median['cp -r'] / median['cp -r + sync']:.2f}x the speed of cp -r")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=4096)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="256 MiB, one round (for make bench)")
    parser.add_argument("--compare-buffered", action="store_true",
                        help="also import with staging writes through the page cache (lane.DIRECT_IO off)")
    parser.add_argument("--writeback-window-mib", type=int, default=None,
                        help="for the buffered import: start write-back every this many MiB (lane.WRITEBACK_WINDOW)")
    parser.add_argument("--workdir", type=Path, default=None, help="where to build (default: a temp dir under /var/tmp)")
    parser.add_argument("--baseline-tree", type=Path, default=None,
                        help="also import with the code of another checkout (e.g. `git archive` of an older commit)")
    args = parser.parse_args()
    if args.quick:
        args.size_mib, args.rounds = 256, 1
    total = args.size_mib * MIB
    imports: dict[str, dict[str, object]] = {IMPORT: {}}
    if args.compare_buffered:
        window = args.writeback_window_mib
        imports["import, buffered staging"] = {"DIRECT_IO": False,
                                               "WRITEBACK_WINDOW": window * MIB if window else None}
    if args.baseline_tree:
        imports[f"import, {args.baseline_tree.name}"] = {TREE: str(args.baseline_tree.resolve())}
    workdir = args.workdir or Path("/var/tmp")
    free = shutil.disk_usage(workdir).free
    if free < 2.3 * total + 512 * MIB:
        print(f"{workdir} has {free // MIB} MiB free; this run needs about {int(2.3 * total + 512 * MIB) // MIB} MiB")
        return 2
    work = Path(tempfile.mkdtemp(prefix="airlock-bench-", dir=workdir))
    try:
        bundle, root_json, fp = setup(work, total)
        size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file())
        files = sum(1 for p in bundle.rglob("*") if p.is_file())
        read_all(bundle)
        results: dict[str, list[float]] = {name: [] for name in imports}
        for name in ("cp -r", "cp -r + sync", "copy then hash", "copy then hash + sync", "hash only, 2 threads"):
            results[name] = []
        extra: dict[str, list[float]] = defaultdict(list)
        for _ in range(args.rounds):
            one_round(work, bundle, root_json, fp, imports, results, extra)
        report(results, extra, size, files, args.rounds)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
