"""The Debian package: the slot under /opt/airlock, the launcher, the desktop integration.

`Depends:` is the union of what the package's ELF files link against (dpkg-shlibdeps, as
any Debian package computes it) and what Airlock runs or reads without linking to it
(`MANUAL_DEPENDS`). dpkg-deb builds it with root ownership, the commit's time and zstd at a
fixed level and thread count, so two builds of one commit are the same bytes.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import re
import shutil
from pathlib import Path

from airlock_release.common import (
    ARCH,
    INSTALL_ROOT,
    PACKAGE,
    PACKAGING,
    Clock,
    ReleaseError,
    fresh_dir,
    normalise_tree,
    run,
    say,
)
from airlock_release.notes import Release, changelog_text, metainfo

# What Airlock runs or reads without linking to it; dpkg-shlibdeps cannot see these.
MANUAL_DEPENDS = (
    "python3.11 (>= 3.11.2)",  # the venv's interpreter
    "openssh-client",  # ssh and ssh-agent: transfers and Ansible's connections
    "fonts-dejavu-core",  # Qt finds no font otherwise
    "fonts-noto-core",  # Arabic and French text as the translations were checked with
    "dpkg",  # dpkg-deb and dpkg-query: `airlock app update`
)
COMPRESSION = ("-Zzstd", "-z19", "--threads-max=2")
FAST_COMPRESSION = ("-Zzstd", "-z3", "--threads-max=2")
ELF_MAGIC = b"\x7fELF"


def package_file_name(version: str) -> str:
    return f"{PACKAGE}_{version}_{ARCH}.deb"


def _elf_files(root: Path) -> list[Path]:
    found = []
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == ELF_MAGIC:
                    found.append(path)
    return found


def shlib_depends(stage: Path, work: Path, cache_file: Path) -> list[str]:
    """dpkg-shlibdeps over every ELF file in the stage (cached beside the venv it came from)."""
    if cache_file.exists():
        return cache_file.read_text().split("\n")[0].split(", ")
    say("package: computing Depends with dpkg-shlibdeps")
    fresh_dir(work / "debian")
    (work / "debian" / "control").write_text(
        f"Source: {PACKAGE}\n\nPackage: {PACKAGE}\nArchitecture: {ARCH}\nDescription: shlibdeps\n"
    )
    # dpkg-shlibdeps treats libraries under debian/PACKAGE as the package's own.
    (work / "debian" / PACKAGE).symlink_to(stage)
    elves = [str(Path("debian") / PACKAGE / p.relative_to(stage)) for p in _elf_files(stage)]
    library_dirs = sorted({str(Path(e).parent) for e in elves if ".so" in Path(e).name})
    out = run(["dpkg-shlibdeps", "-O", "--ignore-missing-info", *(f"-l{d}" for d in library_dirs), *elves],
              cwd=work, capture=True)
    match = re.search(r"^shlibs:Depends=(.*)$", out, flags=re.MULTILINE)
    if match is None:
        raise ReleaseError(f"dpkg-shlibdeps said nothing about Depends:\n{out}")
    depends = sorted({d.strip() for d in match.group(1).split(",") if d.strip()})
    cache_file.write_text(", ".join(depends) + "\n")
    return depends


def all_depends(shlibs: list[str]) -> str:
    names = {re.split(r"[ (]", d, maxsplit=1)[0] for d in shlibs}
    manual = [d for d in MANUAL_DEPENDS if re.split(r"[ (]", d, maxsplit=1)[0] not in names]
    return ", ".join(sorted([*shlibs, *manual]))


def control_text(release: Release, depends: str, installed_size_kib: int) -> str:
    template = (PACKAGING / "debian" / "control.in").read_text()
    return template.format(package=PACKAGE, version=release.version, arch=ARCH, depends=depends,
                           installed_size=installed_size_kib)


def _gzip_bytes(data: bytes) -> bytes:
    buffer = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, compresslevel=9, mtime=0) as handle:
        handle.write(data)
    return buffer.getvalue()


def _installed_size(root: Path) -> int:
    total = 0
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            total += (path.stat().st_size + 1023) // 1024
        else:
            total += 1
    return total


def stage_package(stage: Path, release: Release) -> None:
    """The files outside the slot: launcher, desktop entry, icon, metainfo, man page, docs."""
    usr = stage / "usr"
    files = {
        usr / "bin" / "airlock": (PACKAGING / "airlock-launcher").read_bytes(),
        usr / "share" / "applications" / "airlock.desktop": (PACKAGING / "airlock.desktop").read_bytes(),
        usr / "share" / "icons" / "hicolor" / "scalable" / "apps" / "airlock.svg":
            (PACKAGING.parent / "resources" / "icons" / "airlock.svg").read_bytes(),
        usr / "share" / "metainfo" / "org.airlock.Airlock.metainfo.xml": metainfo(release).encode(),
        usr / "share" / "man" / "man1" / "airlock.1.gz":
            _gzip_bytes((PACKAGING / "airlock.1").read_text().replace("@VERSION@", release.version).encode()),
        usr / "share" / "doc" / PACKAGE / "copyright": (PACKAGING / "debian" / "copyright").read_bytes(),
        usr / "share" / "doc" / PACKAGE / "changelog.gz": _gzip_bytes(changelog_text(release).encode()),
    }
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (usr / "bin" / "airlock").chmod(0o755)


def _md5sums(stage: Path) -> str:
    lines = []
    for path in sorted(stage.rglob("*")):
        if path.is_file() and not path.is_symlink() and "DEBIAN" not in path.relative_to(stage).parts[:1]:
            digest = hashlib.md5(path.read_bytes(), usedforsecurity=False).hexdigest()
            lines.append(f"{digest}  {path.relative_to(stage)}")
    return "\n".join(lines) + "\n"


def tree_digest(root: Path, extra: tuple[str, ...]) -> str:
    """What dpkg-deb would put in the package: every path, mode, time, link target and content."""
    digest = hashlib.sha256(repr(extra).encode())
    for path in sorted(root.rglob("*")):
        info = path.lstat()
        digest.update(f"{path.relative_to(root)}\0{info.st_mode}\0{int(info.st_mtime)}\0".encode())
        if path.is_symlink():
            digest.update(str(path.readlink()).encode())
        elif path.is_file():
            with path.open("rb") as handle:
                while chunk := handle.read(1 << 20):
                    digest.update(chunk)
    return digest.hexdigest()[:24]


def build_deb(stage: Path, release: Release, depends: str, out_dir: Path, clock: Clock, *, fast: bool,
              cache: Path) -> Path:
    """Control files, normalised modes and times, then dpkg-deb; returns the .deb's path.

    dpkg-deb's output is a function of the staged tree and its options, so a package made
    from an identical tree before is taken from the cache instead of compressed again.
    """
    debian = stage / "DEBIAN"
    debian.mkdir()
    for script in ("postinst", "prerm", "postrm"):
        text = (PACKAGING / "debian" / script).read_text().replace("@INSTALL_ROOT@", INSTALL_ROOT)
        (debian / script).write_text(text.replace("@VERSION@", release.version))
        (debian / script).chmod(0o755)
    normalise_tree(stage, clock.epoch)
    (debian / "md5sums").write_text(_md5sums(stage))
    (debian / "control").write_text(control_text(release, depends, _installed_size(stage)))
    normalise_tree(debian, clock.epoch)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / package_file_name(release.version)
    target.unlink(missing_ok=True)
    options = ("--root-owner-group", *(FAST_COMPRESSION if fast else COMPRESSION))
    cached = cache / f"deb-{tree_digest(stage, (*options, str(clock.epoch)))}.deb"
    if cached.exists():
        say("package: unchanged since an earlier build (cached)")
    else:
        say(f"package: dpkg-deb ({'zstd -3, for tests' if fast else 'zstd -19'})")
        partial = cached.with_suffix(".partial")
        run(["dpkg-deb", *options, "--build", str(stage), str(partial)], env=clock.env)
        partial.rename(cached)
    shutil.copyfile(cached, target)
    os.utime(target, (clock.epoch, clock.epoch))
    return target


def stage_dir(build: Path, version: str) -> Path:
    stage = fresh_dir(build / f"stage-{version}")
    slot = stage / INSTALL_ROOT.lstrip("/") / "slots" / version
    slot.mkdir(parents=True)
    return stage


def copy_package(deb: Path, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(deb, target)
