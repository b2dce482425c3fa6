"""What the release costs: make release (cold and warm), the medium, install, update, rollback.

Each figure is printed beside a baseline measured in the same run, and as a ratio:

1. `make release` cold (an empty build cache; pip's own cache is as the machine has it) against
   the same build warm (every cache filled): warm/cold.
2. The medium's size against the goal of 600 MB.
3. `install.sh` on a bare Debian root with no network (hashes checked on a private copy, APT
   from the copy) against `dpkg -i` of the very same packages on another bare copy, which
   checks nothing: install.sh/dpkg. Against the goal of 60 s too.
4. `app update` to the next version (unpack from the content store, database backup, switch,
   the new version's self-check) and `app rollback`, against unpacking the same package with
   `dpkg-deb -x` alone: update/unpack. Against the goal of 30 s too.

    .venv/bin/python bench/bench_release.py [--quick]     (root: debootstrap, chroot, unshare)

`--quick` builds with fast compression (zstd -3) and skips the cold build; the full run
builds exactly as `make release` does (zstd -19), cold then warm.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.conftest import REPO, run_cli
from tests.lab.bundle_factory import KEY_PASSPHRASE, TrustLab
from tests.lab.release_lab import BareMachine

BUILDER = REPO / "packaging" / "build_release.py"
GOAL_INSTALL_S, GOAL_UPDATE_S, GOAL_MEDIUM_MB = 60.0, 30.0, 600.0


def build(dist: Path, build_dir: Path, *, fast: bool, version: str | None = None,
          package_only: bool = False) -> tuple[dict[str, str], float]:
    argv = [sys.executable, str(BUILDER), "--dist", str(dist), "--build", str(build_dir)]
    argv += ["--fast"] if fast else []
    argv += ["--version", version] if version else []
    argv += ["--package-only"] if package_only else []
    started = time.monotonic()
    done = subprocess.run(argv, capture_output=True, text=True, check=False, cwd=REPO)
    seconds = time.monotonic() - started
    if done.returncode != 0:
        sys.exit(f"the release build failed:\n{done.stderr[-3000:]}")
    return dict(line.split(": ", 1) for line in done.stdout.splitlines() if ": " in line), seconds


def ratio(name: str, value: float, baseline: float, baseline_name: str, unit: str = "s") -> None:
    print(f"{name:<34} {value:9.1f} {unit}   {baseline_name:<30} {baseline:9.1f} {unit}   ratio {value / baseline:6.2f}")


def release_builds(work: Path, quick: bool) -> tuple[dict[str, str], dict[str, str]]:
    shared = REPO / "build" / "release"
    if not quick:
        cold_dir = work / "cold-build"
        cold_dir.mkdir()
        # Debian's packages are fetched warm: the archive is not what this measures.
        shutil.copytree(shared / "cache" / "debs", cold_dir / "cache" / "debs")
        _, cold = build(work / "dist-cold", cold_dir, fast=False)
    medium, warm = build(work / "dist", shared, fast=quick)
    _, warm = build(work / "dist", shared, fast=quick)  # the second run on a filled cache
    if not quick:
        ratio("make release, warm", warm, cold, "make release, cold")
    else:
        print(f"{'make release (fast), warm':<34} {warm:9.1f} s   (--quick: no cold build)")
    size_mb = int(medium["medium_size"]) / 1e6
    ratio("the medium", size_mb, GOAL_MEDIUM_MB, "the goal", "MB")
    upcoming, _ = build(work / "dist", shared, fast=True, version="0.9.1", package_only=True)
    return medium, upcoming


def install(work: Path, medium: dict[str, str]) -> BareMachine:
    machine = BareMachine.create(work / "machine")
    machine.put(Path(medium["medium"]), "/root/medium")
    done, seconds = machine.timed("/root/medium/install.sh", "--fingerprint", medium["fingerprint"])
    if done.returncode != 0:
        sys.exit(f"install.sh failed:\n{done.stderr[-2000:]}")
    plain = BareMachine.create(work / "plain")
    try:
        plain.put(Path(medium["medium"]) / "apt" / "pool", "/root/pool")
        done, baseline = plain.timed("sh", "-c", "dpkg -i /root/pool/*.deb")
        if done.returncode != 0:
            sys.exit(f"dpkg -i failed:\n{done.stderr[-2000:]}")
    finally:
        plain.remove()
    ratio("install.sh on a bare root", seconds, baseline, "dpkg -i of the same packages")
    ratio("install.sh on a bare root", seconds, GOAL_INSTALL_S, "the goal")
    return machine


def update_and_rollback(work: Path, machine: BareMachine, upcoming: dict[str, str]) -> None:
    lab = TrustLab(work / "publisher")
    key = lab.write_key_files(work / "keys", "app")
    (work / "key.pass").write_text(KEY_PASSPHRASE + "\n")
    made = run_cli("bundle", "build", upcoming["app_source"], "--type", "app", "--name", "airlock", "--version",
                   "0.9.1", "--out", str(work / "bundles"), timeout=600)
    if made.returncode != 0:
        sys.exit(f"bundle build failed:\n{made.stderr[-2000:]}")
    bundle = Path(made.stdout.strip())
    signed = run_cli("--passphrase-file", str(work / "key.pass"), "bundle", "sign", str(bundle), "--key", str(key))
    if signed.returncode != 0:
        sys.exit(f"bundle sign failed:\n{signed.stderr[-2000:]}")
    machine.write_passphrase()
    machine.ok("init", "--admin", "admin")
    for name in ("root.json", "targets.json"):  # the trust root, with the targets it signed
        machine.put(lab.root_json.parent / name, f"/root/trust/{name}")
    machine.ok("trust", "init", "/root/trust/root.json", "--fingerprint", lab.fingerprint)
    machine.put(bundle, "/root/bundle")
    machine.ok("bundle", "import", "/root/bundle")
    machine.put(Path(upcoming["package"]), "/root/next.deb")
    _, unpack = machine.timed("dpkg-deb", "-x", "/root/next.deb", "/root/unpacked")
    started = time.monotonic()
    machine.ok("app", "update", "airlock@0.9.1")
    updated = time.monotonic() - started
    started = time.monotonic()
    machine.ok("app", "rollback")
    rolled = time.monotonic() - started
    ratio("app update", updated, unpack, "dpkg-deb -x of the package")
    ratio("app update", updated, GOAL_UPDATE_S, "the goal")
    ratio("app rollback", rolled, unpack, "dpkg-deb -x of the package")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fast compression, no cold build")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=REPO / "build") as temporary:
        work = Path(temporary)
        medium, upcoming = release_builds(work, args.quick)
        machine = install(work, medium)
        try:
            update_and_rollback(work, machine, upcoming)
        finally:
            machine.remove()


if __name__ == "__main__":
    main()
