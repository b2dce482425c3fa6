"""Audit append throughput (batched) and the latency of one durable append.

Baselines run in the same process on the same encrypted database: a plain INSERT of the
same bytes into a table of the same shape, without the Merkle frontier. Prints ratios.

    .venv/bin/python bench/bench_audit_append.py [--quick]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("AIRLOCK_KDF_SECONDS", "0")

from app.core.service import init_vault


def batched(session, n: int, batch: int) -> float:
    start = time.perf_counter()
    for first in range(0, n, batch):
        with session.lock:
            session.conn.execute("BEGIN IMMEDIATE")
            for i in range(first, min(n, first + batch)):
                session.audit.append("bench", "bench.append", f"item-{i}", "ok", {"i": i, "pad": "x" * 100})
            session.conn.execute("COMMIT")
    return time.perf_counter() - start


def batched_baseline(session, n: int, batch: int) -> float:
    session.conn.execute("CREATE TABLE IF NOT EXISTS plain (seq INTEGER PRIMARY KEY, entry BLOB, leaf BLOB)")
    start = time.perf_counter()
    for first in range(0, n, batch):
        session.conn.execute("BEGIN IMMEDIATE")
        for i in range(first, min(n, first + batch)):
            pad = "x" * 100
            raw = ('{"action":"bench.append","actor":"bench","details":{"i":' + str(i) + ',"pad":"' + pad
                   + '"},"outcome":"ok","seq":' + str(i) + ',"target":"item-' + str(i)
                   + '","time":"2026-11-22T00:00:00.000000Z"}').encode()
            session.conn.execute("INSERT INTO plain(entry, leaf) VALUES (?, ?)", (raw, raw[:32]))
        session.conn.execute("COMMIT")
    return time.perf_counter() - start


def durable(session, n: int) -> list[float]:
    times = []
    for i in range(n):
        start = time.perf_counter()
        session.set_setting("bench", str(i))
        times.append(time.perf_counter() - start)
    return times


def durable_baseline(session, n: int) -> list[float]:
    times = []
    for i in range(n):
        start = time.perf_counter()
        session.conn.execute("BEGIN IMMEDIATE")
        session.conn.execute("INSERT OR REPLACE INTO plain(seq, entry, leaf) VALUES (1, ?, ?)", (str(i).encode(), b""))
        session.conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    n, batch, single = (5_000, 500, 50) if args.quick else (50_000, 1_000, 200)
    with tempfile.TemporaryDirectory(dir=Path.home()) as tmp:
        session, _ = init_vault(Path(tmp) / "data", "bench", b"bench passphrase")
        try:
            base = batched_baseline(session, n, batch)
            ours = batched(session, n, batch)
            print(f"batched append ({n} entries, {batch} per transaction):")
            print(f"  airlock  {n / ours:10.0f} entries/s")
            print(f"  baseline {n / base:10.0f} entries/s (plain INSERT, same database)")
            print(f"  ratio    {n / ours / (n / base):10.2f}x the baseline's throughput "
                  "(the rest is canonical JSON, SHA-256 and the stored frontier)")
            base_lat = durable_baseline(session, single)
            our_lat = durable(session, single)
            print(f"one durable append (own transaction, fsync), median of {single}:")
            print(f"  airlock  {statistics.median(our_lat) * 1000:8.2f} ms  (p95 {sorted(our_lat)[int(single * .95)] * 1000:.2f} ms)")
            print(f"  baseline {statistics.median(base_lat) * 1000:8.2f} ms  (plain INSERT + COMMIT)")
            print(f"  ratio    {statistics.median(our_lat) / statistics.median(base_lat):8.2f}x the baseline's latency")
        finally:
            session.close()


if __name__ == "__main__":
    main()
