"""Coverage of Airlock's code by the test run, per package, held to a floor for app.core.

    .venv/bin/python tests/coverage_report.py [--no-floor] [--least N]

`make test` runs it after `coverage combine`. It prints the lines measured, missed and
covered for each package (its own modules) and for app.core and app.gui as a whole, the
total, and the least covered modules of app.core. Each package named in
`[tool.airlock.coverage] floors` (pyproject.toml) must reach its floor, or the exit status
is 1 and the report says by how much it fell short. `--no-floor` only reports: `make test`
passes it when PYTEST_ARGS picks a part of the suite, whose coverage says nothing about the
whole.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import coverage

REPO = Path(__file__).resolve().parent.parent
ROLLED_UP = ("app.core", "app.gui")  # also shown as a whole, subpackages included


@dataclass
class Lines:
    statements: int = 0
    missed: int = 0

    def add(self, other: Lines) -> None:
        self.statements += other.statements
        self.missed += other.missed

    @property
    def percent(self) -> float:
        return 100.0 * (self.statements - self.missed) / self.statements if self.statements else 100.0


def measured_modules(data_file: Path | None = None) -> dict[str, Lines]:
    """Lines and missed lines of every module under app/, keyed by its path from the repository."""
    settings = {"data_file": str(data_file)} if data_file else {}  # else COVERAGE_FILE or .coverage
    measured = coverage.Coverage(config_file=str(REPO / "pyproject.toml"), **settings)
    measured.load()
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "coverage.json"
        measured.json_report(outfile=str(report))
        files = json.loads(report.read_text())["files"]
    modules = {}
    for name, entry in files.items():
        path = Path(name).resolve()
        key = path.relative_to(REPO).as_posix() if path.is_relative_to(REPO) else name
        summary = entry["summary"]
        modules[key] = Lines(summary["num_statements"], summary["missing_lines"])
    return modules


def package_of(module: str) -> str:
    return ".".join(Path(module).parent.parts)


def by_package(modules: dict[str, Lines]) -> dict[str, Lines]:
    """Each package's own modules, each rolled-up package as a whole ("app.core (all)"), and TOTAL."""
    packages: dict[str, Lines] = defaultdict(Lines)
    for module, lines in modules.items():
        package = package_of(module)
        packages[package].add(lines)
        for whole in ROLLED_UP:
            if package == whole or package.startswith(whole + "."):
                packages[f"{whole} (all)"].add(lines)
        packages["TOTAL"].add(lines)
    return dict(packages)


def floors() -> dict[str, float]:
    with (REPO / "pyproject.toml").open("rb") as handle:
        settings = tomllib.load(handle)
    return dict(settings.get("tool", {}).get("airlock", {}).get("coverage", {}).get("floors", {}))


def table(packages: dict[str, Lines]) -> list[str]:
    rows = [f"  {'package':<34} {'lines':>7} {'missed':>7} {'covered':>8}"]
    order = sorted((name for name in packages if name != "TOTAL"), key=lambda name: name.replace(" (all)", ""))
    for name in [*order, "TOTAL"]:
        lines = packages[name]
        rows.append(f"  {name:<34} {lines.statements:>7} {lines.missed:>7} {lines.percent:>7.1f}%")
    return rows


def least_covered(modules: dict[str, Lines], within: str, count: int) -> list[str]:
    """The `count` modules of `within` with the most missed lines, those below 100% only."""
    folder = within.replace(".", "/") + "/"
    candidates = [(lines.missed, module, lines) for module, lines in modules.items()
                  if module.startswith(folder) and lines.missed]
    candidates.sort(key=lambda item: (-item[0], item[1]))
    return [f"  {module:<44} {lines.percent:5.1f}%  ({lines.missed} of {lines.statements} lines missed)"
            for _, module, lines in candidates[:count]]


def check_floors(packages: dict[str, Lines], wanted: dict[str, float]) -> list[str]:
    """A line per floor not reached; a floor names a package as a whole (subpackages included)."""
    short = []
    for package, floor in sorted(wanted.items()):
        lines = packages.get(f"{package} (all)") or packages.get(package)
        if lines is None:
            short.append(f"{package}: nothing measured, but its floor is {floor:.1f}%")
        elif lines.percent < floor:
            short.append(f"{package}: {lines.percent:.2f}% of lines covered, below its floor of {floor:.1f}% "
                         f"(cover about {int((floor - lines.percent) * lines.statements / 100) + 1} more lines)")
    return short


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-floor", action="store_true", help="report only (a part of the suite ran)")
    parser.add_argument("--least", type=int, default=10, help="least covered modules of app.core to name")
    parser.add_argument("--data-file", type=Path, default=None, help="the combined data (default: COVERAGE_FILE)")
    args = parser.parse_args()
    try:
        modules = measured_modules(args.data_file)
    except coverage.exceptions.NoDataError as exc:
        print(f"No coverage data to report ({exc}); run `make test` first.", file=sys.stderr)
        return 2
    packages = by_package(modules)
    print("Coverage of lines, per package (its own modules; '(all)' with its subpackages):")
    print("\n".join(table(packages)))
    print(f"Least covered modules of app.core (most lines missed first; all: {sys.executable} -m coverage report):")
    print("\n".join(least_covered(modules, "app.core", args.least)))
    if args.no_floor:
        print("Floors not checked: only a part of the suite ran.")
        return 0
    wanted = floors()
    short = check_floors(packages, wanted)
    for problem in short:
        print(f"COVERAGE FLOOR NOT REACHED: {problem}. Add tests for what the change left uncovered.")
    if not short:
        print("Floors reached: " + ", ".join(f"{package} {floor:.1f}%" for package, floor in sorted(wanted.items())))
    return 1 if short else 0


if __name__ == "__main__":
    raise SystemExit(main())
