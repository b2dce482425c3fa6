"""Backup and restore against `cp -r` + `sync` of the same files, in one run.

Builds a vault the size of a large site: 10,000 nodes (pins, labels, facts), 1,000,000
audit entries and a 4 GiB content store (--quick: 500 nodes, 20,000 entries, 256 MiB).
The audit entries go through the real `AuditLog.append` (canonical JSON, leaf hash, stored
frontier) with a signed checkpoint every 256 entries, as the service writes them, only
batched 20,000 to a transaction; the nodes are inserted with the columns enrolment writes;
the store is filled by importing a real signed bundle (the one bench_import.py builds).

Then, with a warm page cache, round after round on the same file system:

  backup               a child process unlocks the vault and calls Session.create_backup
                       (with the store) into an empty medium folder; its time, its peak RSS
  cp -r + sync         the same files (airlock.db, keyslots.json, store/) copied and made
                       durable: the baseline of the backup
  incremental          a second backup onto the same medium, nothing new in the store
  cp -r + sync back    the backup's folder and its object parts copied back, durable: the
                       baseline of the restore (the medium's files warmed first, like the store's)
  restore              a child process restores that backup into an empty data dir

and prints medians and the targets: backup and restore at most 1.2x their baselines'
time, incremental at most 5 s, peak RSS at most 100 MB. Timings on a shared machine are
noisy: compare within one run.

    .venv/bin/python bench/bench_backup.py --quick
    .venv/bin/python bench/bench_backup.py --rounds 3        # the full size (needs ~18 GiB free)
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))
os.environ.setdefault("AIRLOCK_KDF_SECONDS", "0")  # unlock speed is not what is measured

import bench_import  # noqa: E402 - the signed bundle of mixed sizes that fills the store

MIB = 1 << 20
MB = 1_000_000
TARGET_RATIO = 1.2
TARGET_INCREMENTAL_S = 5.0
TARGET_RSS_BYTES = 100 * MB
ENTRIES_PER_TRANSACTION = 20_000
PASSPHRASE = bench_import.PASSPHRASE

CHILD = r"""
import json, sys, time
from pathlib import Path
from app.core.service import Credentials, open_session, restore_backup
mode, data_dir, passphrase, where = sys.argv[1], Path(sys.argv[2]), sys.argv[3].encode(), Path(sys.argv[4])
def peak_kib():
    line = [l for l in Path("/proc/self/status").read_text().splitlines() if l.startswith("VmHWM")][0]
    return int(line.split()[1])
if mode == "create":
    session = open_session(data_dir, "admin", passphrase)
    unlock_peak = peak_kib()
    Path("/proc/self/clear_refs").write_text("5")  # reset the peak: measure the backup, not the unlock
    try:
        started = time.perf_counter()
        result = session.create_backup(where, with_store=True)
        elapsed = time.perf_counter() - started
    finally:
        session.close()
    out = {"seconds": elapsed, "path": str(result.path), "written": result.bytes_written, "bytes": result.bytes,
           "peak_rss_kib": peak_kib(), "process_peak_rss_kib": max(unlock_peak, peak_kib())}
else:
    started = time.perf_counter()
    result = restore_backup(where, data_dir, Credentials("admin", passphrase))
    elapsed = time.perf_counter() - started
    out = {"seconds": elapsed, "bytes": result.bytes, "peak_rss_kib": peak_kib(), "process_peak_rss_kib": peak_kib()}
print(json.dumps(out))
"""


def fill_nodes(session, count: int) -> None:
    """`count` nodes with a pin, labels, variables and a facts document, as enrolment and facts leave them."""
    from app.core.audit.log import utc_now

    facts = json.dumps({"gpus": [{"index": i, "name": "NVIDIA H100 80GB HBM3", "uuid": f"GPU-{i:08d}-bench",
                                  "memory_total_mib": 81559, "driver_version": "550.54.15"} for i in range(8)]})
    now = utc_now()
    with session.lock:
        session.conn.execute("BEGIN IMMEDIATE")
        for index in range(count):
            name = f"gpu-{index:05d}"
            cursor = session.conn.execute(
                "INSERT INTO nodes(name, address, port, user, labels, variables, status, enrolled_at, enrolled_by)"
                " VALUES (?,?,?,?,?,?,?,?,?)",
                (name, f"10.{index // 65536}.{index // 256 % 256}.{index % 256}", 22, "airlock",
                 json.dumps({"rack": f"r{index // 40}", "site": "north", "clearance": "internal"}),
                 json.dumps({"airlock_root": "/opt/airlock"}), "enrolled", now, "admin"),
            )
            node_id = cursor.lastrowid
            session.conn.execute(
                "INSERT INTO host_key_pins(node_id, key_type, key_base64, fingerprint, pinned_at, pinned_by)"
                " VALUES (?,?,?,?,?,?)",
                (node_id, "ssh-ed25519", "AAAAC3NzaC1lZDI1NTE5AAAAI" + f"{index:043d}", f"SHA256:{index:043d}", now,
                 "admin"),
            )
            session.conn.execute("INSERT INTO node_facts(node_id, job_id, collected_at, facts) VALUES (?,?,?,?)",
                                 (node_id, None, now, facts))
        session.conn.execute("COMMIT")


def fill_audit(session, count: int) -> None:
    """`count` entries through the real append path, checkpointed every 256 entries, batched in transactions."""
    from app.core.audit.log import CHECKPOINT_EVERY_ENTRIES

    key, name = session._audit_key()  # noqa: SLF001 - the appliance's own signing key, unsealed once
    actions = ("job.run", "session.unlock", "deploy.model", "node.show", "bundle.import")
    done = 0
    while done < count:
        with session.lock:
            session.conn.execute("BEGIN IMMEDIATE")
            for _ in range(min(ENTRIES_PER_TRANSACTION, count - done)):
                action = actions[done % len(actions)]
                session.audit.append("operator-1", action, f"gpu-{done % 10_000:05d}", "ok",
                                     {"job": done, "hosts": 40, "playbook": "facts", "selection": "site=north"})
                done += 1
                if done % CHECKPOINT_EVERY_ENTRIES == 0:
                    session.audit.checkpoint(key, name)
            session.conn.execute("COMMIT")


def build_vault(work: Path, nodes: int, entries: int, store_bytes: int) -> Path:
    from app.core.service import open_session

    bundle, root_json, fingerprint = bench_import.setup(work, store_bytes)
    data_dir = work / "vault"
    bench_import.fresh_vault(data_dir, root_json, fingerprint)
    session = open_session(data_dir, "admin", PASSPHRASE.encode())
    try:
        session.import_bundle(bundle)
        shutil.rmtree(bundle.parent)
        started = time.perf_counter()
        fill_nodes(session, nodes)
        fill_audit(session, entries)
        print(f"built the vault: {nodes} nodes, {entries} audit entries in {time.perf_counter() - started:.0f} s")
        assert session.verify_audit_log().ok  # noqa: S101 - a bench on a broken log would measure nothing
    finally:
        session.close()
    return data_dir


def child(mode: str, data_dir: Path, where: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "AIRLOCK_KDF_SECONDS": "0"}
    out = subprocess.run([sys.executable, "-c", CHILD, mode, str(data_dir), PASSPHRASE, str(where)],
                         check=True, capture_output=True, text=True, env=env)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def timed_cp(sources: list[Path], dest: Path) -> float:
    dest.mkdir()
    started = time.perf_counter()
    subprocess.run(["cp", "-r", *map(str, sources), str(dest)], check=True)
    subprocess.run(["sync"], check=True)
    return time.perf_counter() - started


def remove(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
    subprocess.run(["sync"], check=True)


def one_round(work: Path, data_dir: Path, times: dict[str, list[float]], extra: dict[str, list[float]]) -> None:
    vault_files = [data_dir / "airlock.db", data_dir / "keyslots.json", data_dir / "store"]
    times["cp -r + sync"].append(timed_cp(vault_files, work / "cp"))
    remove(work / "cp")

    medium = work / "medium"
    medium.mkdir()
    made = child("create", data_dir, medium)
    times["backup"].append(made["seconds"])
    extra["backup: peak RSS of the backup, MB"].append(made["peak_rss_kib"] * 1024 / MB)
    extra["backup: peak RSS of the process, MB"].append(made["process_peak_rss_kib"] * 1024 / MB)
    extra["backup: GiB written"].append(made["written"] / (1 << 30))
    again = child("create", data_dir, medium)
    times["incremental, nothing new"].append(again["seconds"])
    extra["incremental: peak RSS of the backup, MB"].append(again["peak_rss_kib"] * 1024 / MB)
    extra["incremental: MiB written"].append(again["written"] / MIB)

    backup = Path(str(made["path"]))
    # The backup was written past the page cache (O_DIRECT): warm it, so that both copies back start alike.
    bench_import.read_all(medium)
    times["cp -r + sync back"].append(timed_cp([backup, medium / "airlock-objects"], work / "cp-back"))
    remove(work / "cp-back")
    restored = child("restore", work / "restored", backup)
    times["restore"].append(restored["seconds"])
    extra["restore: peak RSS of the process, MB"].append(restored["process_peak_rss_kib"] * 1024 / MB)
    remove(work / "restored")
    remove(medium)
    bench_import.read_all(data_dir / "store")  # warm again whatever was evicted


def report(times: dict[str, list[float]], extra: dict[str, list[float]], size: int, rounds: int) -> None:
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"vault and store: {size / MIB:.0f} MiB; {rounds} rounds, warm cache; {os.cpu_count()} CPUs")
    print(f"{'':>28}  median s    MiB/s  (every round, s)")
    for name, value in median.items():
        print(f"{name:>28}: {value:7.2f} {size / MIB / value:8.0f}  ({', '.join(f'{t:.2f}' for t in times[name])})")
    for name, values in extra.items():
        print(f"{name:>42}: max {max(values):8.2f}  ({', '.join(f'{v:.2f}' for v in values)})")
    backup_ratio = median["backup"] / median["cp -r + sync"]
    restore_ratio = median["restore"] / median["cp -r + sync back"]
    peak = max(v for name, values in extra.items() if "RSS" in name for v in values)

    def verdict(ok: bool) -> str:
        return "met" if ok else "NOT met"

    print(f"target: backup at most {TARGET_RATIO}x the time of cp -r + sync: {verdict(backup_ratio <= TARGET_RATIO)}"
          f" ({backup_ratio:.2f}x)")
    print(f"target: restore at most {TARGET_RATIO}x the time of cp -r + sync of the backup: "
          f"{verdict(restore_ratio <= TARGET_RATIO)} ({restore_ratio:.2f}x)")
    incremental = median["incremental, nothing new"]
    print(f"target: incremental backup with nothing new at most {TARGET_INCREMENTAL_S:.0f} s: "
          f"{verdict(incremental <= TARGET_INCREMENTAL_S)} ({incremental:.2f} s)")
    print(f"target: peak RSS at most {TARGET_RSS_BYTES // MB} MB: {verdict(peak * MB <= TARGET_RSS_BYTES)} "
          f"({peak:.1f} MB; unlocking at Argon2id's floor, 19 MiB: a vault calibrated at creation adds its own "
          "KDF memory, 128 MiB, while it unlocks, as every command does)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a small vault (500 nodes, 20,000 entries, 256 MiB)")
    parser.add_argument("--rounds", type=int, default=None)
    parser.add_argument("--workdir", type=Path, default=None, help="where to build (default: a temp dir under /var/tmp)")
    args = parser.parse_args()
    nodes, entries, store_mib = (500, 20_000, 256) if args.quick else (10_000, 1_000_000, 4096)
    rounds = args.rounds or (1 if args.quick else 3)
    workdir = args.workdir or Path("/var/tmp")
    needed = (4.5 * store_mib + 2048) * MIB
    if shutil.disk_usage(workdir).free < needed:
        print(f"{workdir} has {shutil.disk_usage(workdir).free // MIB} MiB free; this run needs {needed // MIB:.0f}")
        return 2
    work = Path(tempfile.mkdtemp(prefix="airlock-bench-backup-", dir=workdir))
    try:
        data_dir = build_vault(work, nodes, entries, store_mib * MIB)
        size = sum(p.stat().st_size for p in data_dir.rglob("*") if p.is_file())
        print(f"database: {(data_dir / 'airlock.db').stat().st_size / MIB:.0f} MiB")
        subprocess.run(["sync"], check=True)  # what building wrote is not the first copy's to flush
        bench_import.read_all(data_dir)
        times: dict[str, list[float]] = defaultdict(list)
        extra: dict[str, list[float]] = defaultdict(list)
        for _ in range(rounds):
            one_round(work, data_dir, times, extra)
        report(times, extra, size, rounds)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
