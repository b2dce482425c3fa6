"""Run every benchmark in its quick form, one after another, and say which failed.

    .venv/bin/python bench/run_all.py            # what `make bench` runs
    .venv/bin/python bench/run_all.py --full     # every script without --quick (hours)

Each `bench_*.py` next to this file runs in its own process with `--quick`; its output
goes straight through. A script that fails (any exit status but 0) does not stop the
others: at the end a summary lists every script with its status and time, and the exit
status is 1 if any failed, naming them, so `make bench` fails and says why.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path
from typing import NamedTuple

HERE = Path(__file__).resolve().parent


class Outcome(NamedTuple):
    script: str
    returncode: int
    seconds: float


def scripts(folder: Path) -> list[Path]:
    """The benchmark scripts in `folder`, in name order."""
    return sorted(folder.glob("bench_*.py"))


def run_one(script: Path, arguments: list[str]) -> Outcome:
    print(f"== {script.name} {' '.join(arguments)}".rstrip(), flush=True)
    start = time.perf_counter()
    returncode = subprocess.run([sys.executable, str(script), *arguments], check=False).returncode
    return Outcome(script.name, returncode, time.perf_counter() - start)


def summary(outcomes: list[Outcome]) -> str:
    lines = ["", "== summary"]
    for outcome in outcomes:
        status = "ok" if outcome.returncode == 0 else f"FAILED (exit status {outcome.returncode})"
        lines.append(f"  {outcome.script:<28} {outcome.seconds:8.1f} s  {status}")
    failed = [outcome.script for outcome in outcomes if outcome.returncode != 0]
    if failed:
        lines.append(f"{len(failed)} of {len(outcomes)} benchmarks failed: {', '.join(failed)}. "
                     "Their output is above; run one alone to see it again.")
    else:
        lines.append(f"all {len(outcomes)} benchmarks ran.")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--full", action="store_true", help="run each script without --quick")
    parser.add_argument("--dir", type=Path, default=HERE, help="the folder of bench_*.py scripts (default: this one)")
    args = parser.parse_args()
    found = scripts(args.dir)
    if not found:
        print(f"{args.dir} holds no bench_*.py scripts.", file=sys.stderr)
        return 2
    arguments = [] if args.full else ["--quick"]
    outcomes = [run_one(script, arguments) for script in found]
    print(summary(outcomes), flush=True)
    return 1 if any(outcome.returncode != 0 for outcome in outcomes) else 0


if __name__ == "__main__":
    raise SystemExit(main())
