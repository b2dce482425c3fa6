"""The release folder (copied onto a medium as it is) and the `app` bundle source.

    dist/airlock-VERSION/
      install.sh  README.txt  RELEASE-NOTES.txt
      apt/Packages  apt/Release  apt/pool/*.deb      a flat APT repository
      SHA256SUMS                                      every other file, sorted by path
    dist/airlock-VERSION-app/                        for `airlock bundle build --type app`
      airlock_VERSION_amd64.deb  release.json

The folder must survive FAT32: no file of 4 GiB or more, no links, only names FAT accepts.
Everything in it is written from the commit alone (sorted, the commit's time), so the bytes
and hence the fingerprint are the same on every build of a commit.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from pathlib import Path

from airlock_release.common import PACKAGE, PACKAGING, Clock, ReleaseError, fresh_dir, run, sha256_file
from airlock_release.notes import Release

FAT_MAX_FILE = 4 * 1024**3 - 1
FAT_NAME = re.compile(r'[^\x00-\x1f"*/:<>?\\|]+')
FAT_RESERVED = re.compile(r"(CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(\..*)?", re.IGNORECASE)


def _control_paragraph(deb: Path) -> str:
    text = run(["dpkg-deb", "--field", str(deb)], capture=True)
    return text.rstrip("\n")


def packages_index(pool: Path) -> str:
    """The repository's Packages file, sorted by package name then version."""
    entries = []
    for deb in sorted(pool.glob("*.deb")):
        paragraph = _control_paragraph(deb)
        name = re.search(r"^Package: (.+)$", paragraph, flags=re.MULTILINE)
        if name is None:
            raise ReleaseError(f"{deb.name} has no Package field")
        data = deb.read_bytes()
        extra = (f"Filename: pool/{deb.name}\nSize: {len(data)}\n"
                 f"SHA256: {hashlib.sha256(data).hexdigest()}")
        entries.append((name.group(1), deb.name, f"{paragraph}\n{extra}\n"))
    return "\n".join(text for _, _, text in sorted(entries))


def release_index(packages: bytes, release: Release, clock: Clock) -> str:
    digest = hashlib.sha256(packages).hexdigest()
    return (
        "Origin: Airlock\n"
        f"Label: Airlock {release.version} release medium\n"
        "Suite: stable\n"
        f"Codename: airlock-{release.version}\n"
        f"Date: {clock.rfc2822}\n"
        "Architectures: amd64\n"
        "Components: main\n"
        "Description: Airlock and every package a bare Debian 12 lacks for it\n"
        "SHA256:\n"
        f" {digest} {len(packages)} Packages\n"
    )


def _readme(release: Release, size: int) -> str:
    return (
        f"Airlock {release.version}: release medium\n"
        "=================================\n\n"
        "Install on a Debian 12 (bookworm, amd64) machine, with no network:\n\n"
        "    sudo ./install.sh\n\n"
        "install.sh copies every file of this folder into a private directory, checks it against\n"
        "SHA256SUMS, prints the fingerprint of SHA256SUMS (SHA256: and the SHA-256 of its bytes)\n"
        "and asks you to compare it with the fingerprint on the publisher's paper. Only then does\n"
        "it install, with APT, from that checked copy alone. Scripts give the fingerprint instead:\n\n"
        "    sudo ./install.sh --fingerprint SHA256:...\n\n"
        "./install.sh --check checks the medium without installing anything (no root needed).\n"
        "Running install.sh again changes nothing.\n\n"
        f"This folder ({size // (1024 * 1024)} MiB) can be copied onto any medium as it is.\n"
    )


def write_medium(dist: Path, release: Release, packages: list[Path], clock: Clock) -> Path:
    """The release folder for `release`, with SHA256SUMS over every file in it."""
    folder = fresh_dir(dist / f"airlock-{release.version}")
    pool = folder / "apt" / "pool"
    pool.mkdir(parents=True)
    for deb in sorted(packages):
        shutil.copyfile(deb, pool / deb.name)
    packages_text = packages_index(pool).encode()
    (folder / "apt" / "Packages").write_bytes(packages_text)
    (folder / "apt" / "Release").write_text(release_index(packages_text, release, clock))
    install = (PACKAGING / "install.sh").read_text().replace("@VERSION@", release.version)
    (folder / "install.sh").write_text(install)
    (folder / "install.sh").chmod(0o755)
    (folder / "RELEASE-NOTES.txt").write_text(f"Airlock {release.version}\n\n{release.notes}\n")
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    (folder / "README.txt").write_text(_readme(release, size))
    write_sums(folder)
    for path in folder.rglob("*"):
        os.utime(path, (clock.epoch, clock.epoch))
    check_fat(folder)
    return folder


def write_sums(folder: Path) -> str:
    """SHA256SUMS over every file but itself, sorted by path; returns its fingerprint."""
    lines = [
        f"{sha256_file(path)}  {path.relative_to(folder).as_posix()}\n"
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.name != "SHA256SUMS")
    ]
    (folder / "SHA256SUMS").write_text("".join(lines))
    return fingerprint(folder)


def fingerprint(folder: Path) -> str:
    return "SHA256:" + sha256_file(folder / "SHA256SUMS")


def check_fat(folder: Path) -> None:
    """Refuse what a FAT32 medium cannot hold as it is."""
    problems = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if path.is_symlink():
            problems.append(f"{relative} is a link")
        elif path.is_file() and path.stat().st_size > FAT_MAX_FILE:
            problems.append(f"{relative} is 4 GiB or larger")
        name = path.name
        if not FAT_NAME.fullmatch(name) or FAT_RESERVED.fullmatch(name) or name.endswith((".", " ")):
            problems.append(f"{relative}: FAT does not accept this name")
    names = [p.relative_to(folder).as_posix().lower() for p in folder.rglob("*")]
    if len(names) != len(set(names)):
        problems.append("two names differ only in case")
    if problems:
        raise ReleaseError("the release folder would not survive a FAT32 medium: " + "; ".join(problems))


def write_app_source(dist: Path, release: Release, deb: Path, depends: str, schema: dict[str, int]) -> Path:
    """What a publisher builds the signed `app` bundle from (`airlock bundle build --type app`)."""
    folder = fresh_dir(dist / f"airlock-{release.version}-app")
    shutil.copyfile(deb, folder / deb.name)
    manifest = {
        "format": 1,
        "name": PACKAGE,
        "version": release.version,
        "package": deb.name,
        "package_sha256": sha256_file(deb),
        "depends": depends,
        "schema": schema,
        "notes": release.notes,
    }
    (folder / "release.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    return folder
