"""`make bench` runs every benchmark in its quick form and names the ones that failed."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

BENCH = REPO / "bench"
BENCH_SCRIPTS = sorted(BENCH.glob("bench_*.py"))
OPTION = re.compile(r"^\s+--quick\b", re.MULTILINE)  # an option line of argparse's help, not prose


def test_there_are_benchmarks_to_run() -> None:
    assert len(BENCH_SCRIPTS) >= 8


@pytest.mark.parametrize("script", BENCH_SCRIPTS, ids=lambda path: path.name)
def test_every_benchmark_takes_quick(script: Path) -> None:
    """Each script lists --quick among its options (argparse's help), as run_all.py passes it."""
    shown = subprocess.run([sys.executable, str(script), "--help"], capture_output=True, text=True,
                           cwd=REPO, timeout=120, check=False)
    assert shown.returncode == 0, shown.stderr[-2000:]
    assert OPTION.search(shown.stdout), f"{script.name} has no --quick option:\n{shown.stdout}"


def _script(folder: Path, name: str, body: str) -> None:
    (folder / name).write_text(f"import sys\nprint('{name} got', sys.argv[1:])\n{body}\n")


def test_run_all_runs_every_script_and_names_each_failure(tmp_path: Path) -> None:
    _script(tmp_path, "bench_a.py", "")
    _script(tmp_path, "bench_b.py", "raise SystemExit(3)")
    _script(tmp_path, "bench_c.py", "")
    _script(tmp_path, "bench_d.py", "raise RuntimeError('disk full')")
    _script(tmp_path, "helper.py", "raise SystemExit('not a benchmark: never run')")
    ran = subprocess.run([sys.executable, str(BENCH / "run_all.py"), "--dir", str(tmp_path)],
                         capture_output=True, text=True, timeout=120, check=False)
    assert ran.returncode == 1
    for name in ("bench_a.py", "bench_b.py", "bench_c.py", "bench_d.py"):
        assert f"{name} got ['--quick']" in ran.stdout  # each ran, after a failure too, quick
    assert "helper.py got" not in ran.stdout
    summary = ran.stdout.split("== summary", 1)[1]
    assert re.search(r"bench_a\.py\s+\S+ s  ok", summary)
    assert re.search(r"bench_b\.py\s+\S+ s  FAILED \(exit status 3\)", summary)
    assert re.search(r"bench_d\.py\s+\S+ s  FAILED \(exit status 1\)", summary)
    assert "2 of 4 benchmarks failed: bench_b.py, bench_d.py." in summary


def test_run_all_succeeds_when_every_script_does(tmp_path: Path) -> None:
    _script(tmp_path, "bench_a.py", "")
    _script(tmp_path, "bench_b.py", "")
    ran = subprocess.run([sys.executable, str(BENCH / "run_all.py"), "--dir", str(tmp_path), "--full"],
                         capture_output=True, text=True, timeout=120, check=False)
    assert ran.returncode == 0, ran.stdout
    assert "bench_a.py got []" in ran.stdout
    assert "all 2 benchmarks ran." in ran.stdout


def test_make_bench_goes_through_run_all() -> None:
    """The Makefile's bench target is the runner, not a loop that stops at the first failure."""
    dry = subprocess.run(["make", "-n", "bench"], capture_output=True, text=True,
                         cwd=REPO, timeout=60, check=False)
    commands = [line for line in dry.stdout.splitlines() if "bench" in line and "pip" not in line]
    assert any("bench/run_all.py" in line for line in commands), dry.stdout
    assert not any("exit 1" in line for line in commands), dry.stdout
