"""The coverage report of `make test`: per package, the least covered modules, the floor."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO
from tests.coverage_report import Lines, by_package, check_floors, floors, least_covered

MODULES = {
    "app/__init__.py": Lines(4, 0),
    "app/core/jobs.py": Lines(300, 30),
    "app/core/audit/log.py": Lines(200, 2),
    "app/core/audit/empty.py": Lines(0, 0),
    "app/gui/main.py": Lines(100, 50),
}


def test_packages_add_their_own_modules_and_roll_up_their_subpackages() -> None:
    packages = by_package(MODULES)
    assert packages["app.core"] == Lines(300, 30)
    assert packages["app.core.audit"] == Lines(200, 2)
    assert packages["app.core (all)"] == Lines(500, 32)
    assert packages["app.gui (all)"] == Lines(100, 50)
    assert packages["TOTAL"] == Lines(604, 82)
    assert round(packages["app.core (all)"].percent, 2) == 93.6
    assert Lines(0, 0).percent == 100.0


def test_a_floor_holds_the_package_with_its_subpackages() -> None:
    packages = by_package(MODULES)
    assert check_floors(packages, {"app.core": 93.6}) == []
    short = check_floors(packages, {"app.core": 95.0, "app.cli": 50.0})
    assert short[0] == "app.cli: nothing measured, but its floor is 50.0%"
    assert short[1].startswith("app.core: 93.60% of lines covered, below its floor of 95.0% (cover about 8 more lines)")


def test_the_least_covered_modules_are_those_missing_most_lines() -> None:
    named = least_covered(MODULES, "app.core", 5)
    assert [line.split()[0] for line in named] == ["app/core/jobs.py", "app/core/audit/log.py"]
    assert "90.0%  (30 of 300 lines missed)" in named[0]


def test_the_floor_for_app_core_is_set() -> None:
    assert floors()["app.core"] >= 90.0


def test_a_run_that_covers_little_fails_the_floor(tmp_path: Path) -> None:
    """End to end on real data: a process that only imports one module is far below the floor."""
    environment = {**os.environ, "COVERAGE_FILE": str(tmp_path / ".coverage")}
    environment.pop("COVERAGE_PROCESS_CONFIG", None)  # measured on its own, not as part of make test
    subprocess.run([sys.executable, "-m", "coverage", "run", "--rcfile", str(REPO / "pyproject.toml"), "-m",
                    "app.core.messages"], cwd=REPO, env=environment, check=True, timeout=120)
    subprocess.run([sys.executable, "-m", "coverage", "combine", "--quiet"], cwd=REPO, env=environment,
                   check=True, timeout=120)
    report = subprocess.run([sys.executable, "tests/coverage_report.py"], cwd=REPO, env=environment,
                            capture_output=True, text=True, timeout=120, check=False)
    assert report.returncode == 1, report.stdout + report.stderr
    assert "app.core (all)" in report.stdout
    assert "COVERAGE FLOOR NOT REACHED: app.core:" in report.stdout
    only_reported = subprocess.run([sys.executable, "tests/coverage_report.py", "--no-floor"], cwd=REPO,
                                   env=environment, capture_output=True, text=True, timeout=120, check=False)
    assert only_reported.returncode == 0
    assert "Floors not checked" in only_reported.stdout
