"""`make release`: the release medium and the `app` bundle source, from this commit.

    python packaging/build_release.py [--version X.Y.Z] [--package-only] [--fast]
                                      [--dist DIR] [--build DIR] [--reproducible-check]

Writes dist/airlock-VERSION/ (the medium) and dist/airlock-VERSION-app/ (what a publisher
signs as an `app` bundle). Caches under build/release/: the venv (by the lock), the Depends
(by the venv), Debian's packages (by packaging/closure.lock). `--version` builds this tree as
another version (tests: the next version, a broken one); `--package-only` stops after the
package and the app bundle source; `--fast` compresses for speed, not size (tests).
`--reproducible-check` builds everything a second time from nothing but Debian's packages and
says which files differ, if any.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import time
import tomllib
from pathlib import Path

from airlock_release import closure, deb, medium, notes, slot, venv
from airlock_release.common import REPO, Clock, ReleaseError, say, sha256_file, source_clock

_VERSION = re.compile(r"[0-9]+\.[0-9]+\.[0-9]+")


def project_version() -> str:
    version = str(tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"])
    init = (REPO / "app" / "__init__.py").read_text()
    if f'__version__ = "{version}"' not in init:
        raise ReleaseError(f"pyproject.toml says {version} but app/__init__.py says otherwise; make them agree")
    return version


def build(args: argparse.Namespace, clock: Clock, build_dir: Path, dist: Path) -> dict[str, object]:
    started = time.monotonic()
    version = args.version or project_version()
    if not _VERSION.fullmatch(version):
        raise ReleaseError(f"{version!r} is not a version (X.Y.Z)")
    release = notes.release_for(version, clock)
    cache = build_dir / "cache"
    cache.mkdir(parents=True, exist_ok=True)
    python_venv = venv.build_venv(cache, str(REPO / ".venv" / "bin" / "python"))
    stage = deb.stage_dir(build_dir, version)
    release_json = slot.stage_slot(stage / "opt" / "airlock" / "slots" / version, python_venv, version, clock)
    deb.stage_package(stage, release)
    shlibs = deb.shlib_depends(stage, build_dir / "shlibdeps", python_venv.parent / "shlibs-depends.txt")
    depends = deb.all_depends(shlibs)
    package = deb.build_deb(stage, release, depends, build_dir / "packages", clock, fast=args.fast, cache=cache)
    shutil.rmtree(stage)
    schema = dict(release_json["schema"])  # type: ignore[call-overload]
    app_source = medium.write_app_source(dist, release, package, depends, schema)
    summary: dict[str, object] = {
        "version": version,
        "package": str(package),
        "package_size": package.stat().st_size,
        "package_sha256": sha256_file(package),
        "app_source": str(app_source),
    }
    if not args.package_only:
        pool = [*closure.closure(depends, cache, clock), package]
        folder = medium.write_medium(dist, release, pool, clock)
        summary.update({
            "medium": str(folder),
            "medium_size": sum(p.stat().st_size for p in folder.rglob("*") if p.is_file()),
            "fingerprint": medium.fingerprint(folder),
            "packages": len(pool),
        })
    summary["seconds"] = round(time.monotonic() - started, 1)
    return summary


def _compare(first: Path, second: Path) -> list[str]:
    differ = []
    names = {p.relative_to(first) for p in first.rglob("*") if p.is_file()}
    names |= {p.relative_to(second) for p in second.rglob("*") if p.is_file()}
    for name in sorted(names):
        a, b = first / name, second / name
        if not a.exists() or not b.exists() or sha256_file(a) != sha256_file(b):
            differ.append(str(name))
    return differ


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--version", help="build this tree as VERSION (X.Y.Z) instead of pyproject's")
    parser.add_argument("--package-only", action="store_true", help="the package and app bundle source only")
    parser.add_argument("--fast", action="store_true", help="compress for speed (test builds)")
    parser.add_argument("--dist", default=str(REPO / "dist"))
    parser.add_argument("--build", default=str(REPO / "build" / "release"))
    parser.add_argument("--reproducible-check", action="store_true",
                        help="build a second time from nothing but Debian's packages, and compare")
    args = parser.parse_args(argv)
    try:
        clock = source_clock()
        if clock.dirty:
            say("the tree has uncommitted changes: this release is not the commit's")
        summary = build(args, clock, Path(args.build), Path(args.dist))
        for key, value in summary.items():
            print(f"{key}: {value}")
        if args.reproducible_check:
            return _reproducible_check(args, clock, Path(args.build), Path(args.dist))
    except ReleaseError as exc:
        print(f"release: {exc}", file=sys.stderr)
        return 1
    return 0


def _reproducible_check(args: argparse.Namespace, clock: Clock, build_dir: Path, dist: Path) -> int:
    """A second build with a cold venv cache and its own output; list what differs."""
    second_build = build_dir.parent / f"{build_dir.name}-second"
    second_dist = dist.parent / f"{dist.name}-second"
    for path in (second_build, second_dist):
        shutil.rmtree(path, ignore_errors=True)
    (second_build / "cache").mkdir(parents=True)
    shutil.copytree(build_dir / "cache" / "debs", second_build / "cache" / "debs")
    say("reproducible check: building again with a cold venv cache")
    summary = build(args, clock, second_build, second_dist)
    differ = _compare(dist, second_dist)
    print(f"second build: {summary['seconds']} s")
    if differ:
        print("NOT reproducible; these files differ:\n  " + "\n  ".join(differ))
        print(f"the second build is kept in {second_build} and {second_dist}")
        return 1
    print("reproducible: both builds are byte-identical")
    shutil.rmtree(second_build)  # kept above only to look into what differs
    return 0


if __name__ == "__main__":
    sys.exit(main())
