"""Build the relay wheelhouse: the wheels an Airlock relay installs offline, hash-pinned.

A relay runs `ansible-runner worker` and the `ansible-playbook` it starts. They are installed
on the relay from an `update` bundle (the `relay` playbook) holding this folder:

    requirements.txt    every package with its exact version and the hashes of runtime.lock
    wheels/*.whl        one wheel per package, for the relay's Python and platform

The packages are the roots listed in requirements/relay.in and everything they depend on,
read from requirements/runtime.lock (its `# via` lines name who needs each package), so a
relay runs the same Ansible as the appliance. pip downloads the wheels with --require-hashes,
so a wheel that does not match the lock stops the build. Run on a connected build machine:

    make relay-wheelhouse                      # dist/relay-wheelhouse, for Debian 12 (Python 3.11, x86_64)
    python3 packaging/relay_wheelhouse.py --out DIR [--python-version 3.11] [--platform TAG ...]

then make and sign the bundle as any update bundle:

    airlock bundle build DIR --type update --name airlock-relay --version X.Y.Z --out OUT
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_PLATFORMS = ("manylinux_2_34_x86_64", "manylinux_2_28_x86_64", "manylinux_2_17_x86_64", "manylinux2014_x86_64")
_REQUIREMENT = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)")


@dataclass
class Pin:
    """One package of the lock: its block of lines (name==version and hashes) and who needs it."""

    name: str
    version: str
    lines: list[str] = field(default_factory=list)
    needed_by: set[str] = field(default_factory=set)


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def parse_lock(text: str) -> dict[str, Pin]:
    """The pins of a `uv pip compile --generate-hashes` lock, with their `# via` parents."""
    pins: dict[str, Pin] = {}
    current: Pin | None = None
    in_via = False
    for line in text.splitlines():
        match = _REQUIREMENT.match(line)
        if match:
            current = Pin(_canonical(match.group(1)), match.group(2), [line.rstrip(" \\")])
            pins[current.name] = current
            in_via = False
            continue
        if current is None:
            continue
        stripped = line.strip()
        if stripped.startswith("--hash="):
            current.lines.append(line.rstrip(" \\"))
        elif stripped.startswith("# via"):
            rest = stripped.removeprefix("# via").strip()
            in_via = not rest
            if rest:
                current.needed_by.add(_canonical(rest))
        elif in_via and stripped.startswith("#"):
            current.needed_by.add(_canonical(stripped.lstrip("#").strip()))
    return pins


def closure(pins: dict[str, Pin], roots: list[str]) -> list[str]:
    """The roots and every package one of the chosen ones needs, sorted."""
    chosen = {_canonical(r) for r in roots}
    missing = sorted(chosen - pins.keys())
    if missing:
        raise SystemExit(f"relay_wheelhouse: {', '.join(missing)} not pinned in the lock; add it to runtime.in")
    grew = True
    while grew:
        grew = False
        for pin in pins.values():
            if pin.name not in chosen and pin.needed_by & chosen:
                chosen.add(pin.name)
                grew = True
    return sorted(chosen)


def read_roots(path: Path) -> list[str]:
    return [line.split("#", 1)[0].strip() for line in path.read_text().splitlines() if line.split("#", 1)[0].strip()]


def requirements_text(pins: dict[str, Pin], names: list[str]) -> str:
    blocks = [" \\\n".join(pins[name].lines) for name in names]
    return "# The relay's packages, made by packaging/relay_wheelhouse.py from requirements/runtime.lock.\n" + \
        "\n".join(blocks) + "\n"


def download(requirements: Path, wheels: Path, python_version: str, platforms: list[str]) -> None:
    abi = "cp" + python_version.replace(".", "")
    argv = [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check", "--no-deps",
            "--require-hashes", "--only-binary=:all:", "--implementation", "cp", "--python-version", python_version,
            "--abi", abi, "--abi", "abi3", "--abi", "none", "--dest", str(wheels), "-r", str(requirements)]
    for platform in platforms:
        argv += ["--platform", platform]
    subprocess.run(argv, check=True)


def check_one_wheel_each(wheels: Path, pins: dict[str, Pin], names: list[str]) -> None:
    found: dict[str, list[str]] = {}
    for wheel in wheels.glob("*.whl"):
        found.setdefault(_canonical(wheel.name.split("-", 1)[0]), []).append(wheel.name)
    for name in names:
        got = found.get(name, [])
        if len(got) != 1 or f"-{pins[name].version}-" not in got[0]:
            raise SystemExit(f"relay_wheelhouse: expected one wheel of {name}=={pins[name].version}, found {got}")
    extra = sorted(set(found) - set(names))
    if extra:
        raise SystemExit(f"relay_wheelhouse: unexpected wheels {extra}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--out", type=Path, required=True, help="the wheelhouse folder to write (replaced)")
    parser.add_argument("--lock", type=Path, default=REPO / "requirements" / "runtime.lock")
    parser.add_argument("--roots", type=Path, default=REPO / "requirements" / "relay.in")
    parser.add_argument("--python-version", default="3.11", help="the relay's Python (Debian 12: 3.11)")
    parser.add_argument("--platform", action="append", help="wheel platform tags (default: x86_64 manylinux)")
    args = parser.parse_args(argv)
    pins = parse_lock(args.lock.read_text())
    names = closure(pins, read_roots(args.roots))
    out: Path = args.out
    if out.exists():
        shutil.rmtree(out)
    (out / "wheels").mkdir(parents=True)
    requirements = out / "requirements.txt"
    requirements.write_text(requirements_text(pins, names))
    download(requirements, out / "wheels", args.python_version, args.platform or list(DEFAULT_PLATFORMS))
    check_one_wheel_each(out / "wheels", pins, names)
    print(f"relay wheelhouse: {len(names)} packages in {out}: {', '.join(names)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
