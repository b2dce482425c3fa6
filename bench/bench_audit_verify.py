"""Benchmark: audit export writing and offline verification of 1,000,000 entries.

    .venv/bin/python bench/bench_audit_verify.py [--entries N] [--dir DIR]

Baselines are measured in the same run over the same bytes: one SHA-256 over the whole
entries file (read in the same chunks the verifier reads), and one SHA-256 per entry
line (the least hashing any verifier of per-entry leaves must do). Prints times and
ratios; asserts nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.core.audit.entry import canonical_entry
from app.core.audit.export import write_export
from app.core.audit.merkle import Frontier, leaf_hash
from app.core.audit.note import format_checkpoint, sign_note, verifier_line
from app.core.audit.verify_audit import verify_export

ORIGIN = "airlock/bench-0000"
CHUNK = 8 << 20


def make_entries(count: int) -> list[bytes]:
    """Realistic entries, encoded exactly as `canonical_entry` encodes them."""
    encode = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False).encode
    actions = ["node.enroll", "bundle.import", "job.run", "deploy", "account.add"]
    entries = []
    for seq in range(count):
        entry = {
            "seq": seq,
            "time": f"2025-06-{1 + seq % 28:02d}T{seq % 24:02d}:{seq % 60:02d}:{seq % 60:02d}.{seq % 1000:03d}Z",
            "actor": ["alice", "bob", "chloé"][seq % 3],
            "action": actions[seq % 5],
            "target": f"gpu-node-{seq % 1000:04d}",
            "outcome": "ok" if seq % 17 else "refused",
            "details": {"bundle": "llama-3.1-8b-instruct", "version": "1.2.0", "n": seq},
        }
        entries.append(encode(entry).encode("utf-8"))
    sample = json.loads(entries[count // 2])
    if canonical_entry(**sample) != entries[count // 2]:
        raise SystemExit("the generated entries are not in canonical form")
    return entries


def make_checkpoints(entries: list[bytes], every: int, key: Ed25519PrivateKey) -> list[str]:
    frontier = Frontier()
    notes = []
    for entry in entries:
        frontier.append(leaf_hash(entry))
        if frontier.size % every == 0:
            text = format_checkpoint(ORIGIN, frontier.size, frontier.root())
            notes.append(sign_note(text, ORIGIN, key))
    return notes


def hash_file(path: Path) -> float:
    start = time.perf_counter()
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    digest.hexdigest()
    return time.perf_counter() - start


def hash_lines(entries: list[bytes]) -> float:
    sha256 = hashlib.sha256
    start = time.perf_counter()
    for entry in entries:
        sha256(entry).digest()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=1_000_000)
    parser.add_argument("--dir", type=Path, default=None)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(dir=args.dir, prefix="bench-audit-"))
    try:
        key = Ed25519PrivateKey.generate()
        line = verifier_line(ORIGIN, key.public_key())
        start = time.perf_counter()
        entries = make_entries(args.entries)
        checkpoints = make_checkpoints(entries, max(args.entries // 10, 1) - 7, key)
        setup = time.perf_counter() - start

        start = time.perf_counter()
        result = write_export(work, iter(entries), checkpoints, line, total=len(entries))
        export_s = time.perf_counter() - start

        entries_file = result.path / "entries.jsonl"
        megabytes = entries_file.stat().st_size / 1e6
        whole_s = hash_file(entries_file)
        lines_s = hash_lines(entries)

        start = time.perf_counter()
        report = verify_export(result.path, line)
        verify_s = time.perf_counter() - start
        start = time.perf_counter()
        single = verify_export(result.path, line, workers=1)
        single_s = time.perf_counter() - start
        whole_again = hash_file(entries_file)
        whole_s = min(whole_s, whole_again)

        print(f"entries: {args.entries:,} ({megabytes:.1f} MB), checkpoints: {len(checkpoints)}")
        print(f"setup (generate + sign, not timed below): {setup:.2f} s")
        print(f"baseline hashlib sha256, whole file:      {whole_s:.3f} s")
        print(f"baseline hashlib sha256, once per entry:  {lines_s:.3f} s")
        print(f"write_export:                             {export_s:.3f} s")
        print(f"verify_export ({os.cpu_count()} CPUs, default workers): {verify_s:.3f} s  ok={report.ok}")
        print(f"verify_export (workers=1):                {single_s:.3f} s  ok={single.ok}")
        print(
            f"verify speed / whole-file hashlib speed:  {whole_s / verify_s:.3f}x (workers=1: {whole_s / single_s:.3f}x)"
        )
        print(
            f"verify speed / per-entry hashlib speed:   {lines_s / verify_s:.3f}x (workers=1: {lines_s / single_s:.3f}x)"
        )
        print(f"export speed / whole-file hashlib speed:  {whole_s / export_s:.3f}x")
        print(f"export entries per second:                {args.entries / export_s:,.0f}")
        print(f"verify entries per second:                {args.entries / verify_s:,.0f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
