"""Every Debian package a bare Debian 12 lacks for Airlock's Depends: the medium's APT pool.

The closure is what APT itself wants to download when asked to install a stand-in package
with Airlock's exact `Depends:` on a bare `debootstrap --variant=minbase bookworm` root (the
lab's cached one, copied), with bookworm, bookworm-updates and bookworm-security as sources.
No second resolver is written here: APT decides, on the kind of machine the medium is for.

`packaging/closure.lock` records the answer (name, version, SHA-256 of each package) with a
key naming what it was computed from. While the key holds and the cache has every file with
its recorded hash, no network is used and the pool is the same bytes as last time. When the
Depends change, or a cold cache meets a Debian archive that has moved on, the closure is
computed again and the lock rewritten: the build says so, and the new lock is committed.
"""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from airlock_release.common import (
    ARCH,
    PACKAGING,
    REPO,
    Clock,
    ReleaseError,
    digest_of,
    fresh_dir,
    normalise_tree,
    run,
    say,
    sha256_file,
)

LOCK = PACKAGING / "closure.lock"
MIRROR = "http://deb.debian.org/debian"
SECURITY = "http://deb.debian.org/debian-security"
SOURCES = (
    f"deb {MIRROR} bookworm main\n"
    f"deb {MIRROR} bookworm-updates main\n"
    f"deb {SECURITY} bookworm-security main\n"
)


@dataclass(frozen=True)
class Pinned:
    """One package of the closure."""

    name: str
    version: str
    arch: str
    sha256: str
    filename: str

    def line(self) -> str:
        return f"{self.name} {self.version} {self.arch} {self.sha256} {self.filename}"


def _bare_root() -> Path:
    sys.path.insert(0, str(REPO))
    try:
        from tests.lab.rootfs import ensure_bare_root  # the lab's cache: one bare root for all
    finally:
        sys.path.remove(str(REPO))
    say("closure: the bare Debian 12 root (debootstrap the first time: minutes)")
    return ensure_bare_root()


def closure_key(depends: str, bare_root: Path) -> str:
    status = (bare_root / "var" / "lib" / "dpkg" / "status").read_bytes()
    return digest_of(["closure-1", depends, SOURCES, status])


def read_lock() -> tuple[str, list[Pinned]]:
    if not LOCK.exists():
        return "", []
    key = ""
    pinned = []
    for line in LOCK.read_text().splitlines():
        if line.startswith("# key: "):
            key = line.removeprefix("# key: ").strip()
        elif line and not line.startswith("#"):
            name, version, arch, sha256, filename = line.split()
            pinned.append(Pinned(name, version, arch, sha256, filename))
    return key, pinned


def write_lock(key: str, pinned: list[Pinned]) -> None:
    header = (
        "# The Debian packages a bare Debian 12 lacks for Airlock's Depends (packaging/airlock_release/closure.py).\n"
        "# Written by `make release` when the Depends or the bare root change; commit it.\n"
        f"# key: {key}\n"
    )
    LOCK.write_text(header + "".join(p.line() + "\n" for p in sorted(pinned, key=lambda p: p.name)))


def _cached(cache: Path, pinned: list[Pinned]) -> bool:
    for entry in pinned:
        path = cache / entry.filename
        if not path.is_file() or sha256_file(path) != entry.sha256:
            return False
    return True


def _stub_package(work: Path, depends: str, clock: Clock) -> Path:
    """A package with Airlock's Depends and nothing else, to ask APT what it would need."""
    tree = fresh_dir(work / "stub")
    (tree / "DEBIAN").mkdir()
    (tree / "DEBIAN" / "control").write_text(
        f"Package: airlock-closure\nVersion: 0\nArchitecture: {ARCH}\nMaintainer: Airlock publishers "
        f"<publishers@airlock.invalid>\nDepends: {depends}\nDescription: the closure of Airlock's Depends\n"
    )
    normalise_tree(tree, clock.epoch)
    target = work / "airlock-closure.deb"
    run(["dpkg-deb", "--root-owner-group", "-Zgzip", "--build", str(tree), str(target)], env=clock.env)
    return target


def _resolve(bare_root: Path, work: Path, depends: str, clock: Clock) -> list[Path]:
    """APT's download list for the stand-in package, on a copy of the bare root (network)."""
    sys.path.insert(0, str(REPO))
    try:
        from tests.lab.rootfs import copy_root, remove_root
    finally:
        sys.path.remove(str(REPO))
    root = copy_root(bare_root, work / "root")
    try:
        (root / "etc" / "apt" / "sources.list").write_text(SOURCES)
        shutil.copyfile("/etc/resolv.conf", root / "etc" / "resolv.conf")
        stub = "/root/airlock-closure.deb"  # inside the private root copy
        shutil.copyfile(_stub_package(work, depends, clock), root / stub.lstrip("/"))
        chroot = ["chroot", str(root)]
        quiet = ["-q", "-o", "APT::Install-Recommends=false", "-o", "Acquire::Retries=3"]
        say("closure: asking APT on the bare root what Airlock's Depends need (network)")
        run([*chroot, "apt-get", *quiet, "update"])
        run([*chroot, "apt-get", *quiet, "install", "--download-only", "-y", stub])
        archives = root / "var" / "cache" / "apt" / "archives"
        found = sorted(archives.glob("*.deb"))
        cache_copy = fresh_dir(work / "downloaded")
        return [Path(shutil.copy2(path, cache_copy / path.name)) for path in found]
    finally:
        remove_root(root)


def _pinned(path: Path) -> Pinned:
    fields = run(["dpkg-deb", "--show", "--showformat=${Package} ${Version} ${Architecture}", str(path)],
                 capture=True).split()
    return Pinned(fields[0], fields[1], fields[2], sha256_file(path), path.name)


def closure(depends: str, build: Path, clock: Clock) -> list[Path]:
    """The closure's package files (in the cache), from the lock when it still holds."""
    cache = build / "debs"
    cache.mkdir(parents=True, exist_ok=True)
    bare_root = _bare_root()
    key = closure_key(depends, bare_root)
    locked_key, pinned = read_lock()
    if locked_key == key and pinned and _cached(cache, pinned):
        say(f"closure: {len(pinned)} packages, from packaging/closure.lock and the cache")
        return [cache / p.filename for p in pinned]
    work = fresh_dir(build / "closure-work")
    downloaded = _resolve(bare_root, work, depends, clock)
    if not downloaded:
        raise ReleaseError("APT found nothing to add to a bare Debian 12, which lacks Python: something is wrong")
    fresh = [_pinned(path) for path in downloaded]
    for path in downloaded:
        shutil.copyfile(path, cache / path.name)
    shutil.rmtree(work)
    if locked_key == key and pinned and {p.line() for p in pinned} != {p.line() for p in fresh}:
        say("closure: the Debian archive moved on since packaging/closure.lock was written; "
            "the lock now names today's packages (commit it)")
    elif locked_key != key:
        say("closure: packaging/closure.lock written for the current Depends (commit it)")
    write_lock(key, fresh)
    return [cache / p.filename for p in sorted(fresh, key=lambda p: p.name)]
