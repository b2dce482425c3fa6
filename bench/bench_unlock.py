"""Unlock time with Argon2id calibrated on this machine, and `airlock --help` start-up time.

    .venv/bin/python bench/bench_unlock.py [--quick]

Baselines in the same run: one Argon2id derivation with the slot's parameters (the floor of
unlock time) and `python -c pass` (the floor of any Python command).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from app.core import vault  # noqa: E402
from app.core.service import init_vault, open_session  # noqa: E402


def wall(argv: list[str], runs: int) -> float:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(argv, env=env, cwd=REPO, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    runs = 3 if args.quick else 10
    os.environ.pop("AIRLOCK_KDF_SECONDS", None)
    with tempfile.TemporaryDirectory(dir=Path.home()) as tmp:
        data = Path(tmp) / "data"
        session, _ = init_vault(data, "bench", b"bench passphrase")
        session.close()
        slots = vault.KeySlotFile.load(data)
        slot = next(s for s in slots.slots.values() if s.role == "admin")
        kdf = slot.kdf
        derive = []
        unlock = []
        for _ in range(runs):
            start = time.perf_counter()
            kdf.derive(b"bench passphrase")
            derive.append(time.perf_counter() - start)
            start = time.perf_counter()
            open_session(data, "bench", b"bench passphrase").close()
            unlock.append(time.perf_counter() - start)
    print(f"Argon2id calibrated at init: m={kdf.memory_kib // 1024} MiB, t={kdf.iterations}, p={kdf.lanes}")
    print(f"  one derivation   {statistics.median(derive):6.3f} s (target 0.5-1 s)")
    print(f"  full unlock      {statistics.median(unlock):6.3f} s (derivation + open + audit entry + close)")
    print(f"  ratio            {statistics.median(unlock) / statistics.median(derive):6.2f}x the derivation")
    help_time = wall([sys.executable, "-m", "app", "--help"], runs * 2)
    bare = wall([sys.executable, "-c", "pass"], runs * 2)
    print(f"`airlock --help`   {help_time * 1000:6.0f} ms (target <= 150 ms)")
    print(f"`python -c pass`   {bare * 1000:6.0f} ms")
    print(f"  ratio            {help_time / bare:6.2f}x bare Python")


if __name__ == "__main__":
    main()
