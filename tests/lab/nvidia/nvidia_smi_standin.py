"""A stand-in for `nvidia-smi` on lab nodes: prints a recorded real output.

Usage (from the wrapper the lab writes on each node's PATH):
    python3 nvidia_smi_standin.py PROFILE_DIR [nvidia-smi arguments...]

A profile directory holds what one machine printed:
    q.xml          output of `nvidia-smi -q -x`
    query.csv      output of `nvidia-smi --query-gpu=<query_fields.txt> --format=csv,noheader,nounits`
    nvlink-e.txt   output of `nvidia-smi nvlink -e` (error counters per link)
    nvlink-s.txt   output of `nvidia-smi nvlink -s` (each link's speed, or <inactive>)
    stdout, exit_code   what a failing nvidia-smi printed and returned (no driver, GPU lost...)
A GPU profile without the NVLink files prints nothing for `nvlink` (a GPU without NVLink).
    delay_seconds  sleep this long first (a driver that does not answer)
Only the standard library: it runs under the node's own /usr/bin/python3.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
USAGE_EXIT = 2


def _emit_failure(profile: Path) -> int:
    sys.stdout.write((profile / "stdout").read_text())
    return int((profile / "exit_code").read_text().strip())


def _query_gpu(profile: Path, args: list[str]) -> int:
    fields = next(a.split("=", 1)[1] for a in args if a.startswith("--query-gpu="))
    known = (HERE / "query_fields.txt").read_text().strip().split(",")
    for field in fields.split(","):
        if field not in known:
            sys.stdout.write(f'Field "{field}" is not a valid field to query.\n\n')
            return USAGE_EXIT
    if fields.split(",") != known:
        sys.stdout.write("The lab recorded only the field list in query_fields.txt.\n")
        return USAGE_EXIT
    if "--format=csv,noheader,nounits" not in args:
        sys.stdout.write("The lab recorded only --format=csv,noheader,nounits.\n")
        return USAGE_EXIT
    sys.stdout.write((profile / "query.csv").read_text())
    return 0


def _nvlink(profile: Path, args: list[str]) -> int:
    options = {"-e": "nvlink-e.txt", "--errorcounters": "nvlink-e.txt", "-s": "nvlink-s.txt", "--status": "nvlink-s.txt"}
    chosen = [options[a] for a in args[1:] if a in options]
    if len(chosen) != 1 or len(args) != len(["nvlink", "option"]):
        sys.stdout.write("The lab recorded only `nvidia-smi nvlink -e` and `nvidia-smi nvlink -s`.\n")
        return USAGE_EXIT
    recording = profile / chosen[0]
    if recording.exists():
        sys.stdout.write(recording.read_text())
    return 0


def main(argv: list[str]) -> int:
    profile = Path(argv[0])
    args = argv[1:]
    delay = profile / "delay_seconds"
    if delay.exists():
        time.sleep(float(delay.read_text().strip()))
    if (profile / "exit_code").exists():
        return _emit_failure(profile)
    if args[:1] == ["nvlink"]:
        return _nvlink(profile, args)
    if {"-q", "-x"} <= set(args) or {"--query", "--xml-format"} <= set(args):
        sys.stdout.write((profile / "q.xml").read_text())
        return 0
    if any(a.startswith("--query-gpu=") for a in args):
        return _query_gpu(profile, args)
    sys.stdout.write("Invalid combination of input arguments. Please run 'nvidia-smi -h' for help.\n\n")
    return USAGE_EXIT


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
