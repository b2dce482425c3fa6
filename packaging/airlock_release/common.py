"""What every release step shares: commands, the build's clock, and tree normalisation."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import subprocess
import sys
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
INSTALL_ROOT = "/opt/airlock"
PACKAGE = "airlock"
ARCH = "amd64"
# Debian 12's own interpreter: the venv in the package runs on it, never on a build
# machine's other Pythons.
SYSTEM_PYTHON = "/usr/bin/python3.11"
PYTHON_SERIES = "3.11"


class ReleaseError(Exception):
    """A release step that cannot go on; the message says what to fix."""


_STARTED = time.monotonic()


def say(message: str) -> None:
    """A step of the build on stderr, with the seconds since the build started."""
    print(f"release: [{time.monotonic() - _STARTED:6.1f} s] {message}", file=sys.stderr, flush=True)


def run(argv: Sequence[str], *, cwd: Path | None = None, env: Mapping[str, str] | None = None,
        capture: bool = False, stdin: bytes | None = None) -> str:
    """Run a command; its own error output becomes the ReleaseError's message when it fails."""
    merged = {**os.environ, **(env or {})}
    try:
        result = subprocess.run(list(argv), cwd=cwd, env=merged, input=stdin, capture_output=True, check=False)
    except FileNotFoundError as exc:
        raise ReleaseError(f"{argv[0]} is missing on this build machine (apt-get install the package that has it)") \
            from exc
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).decode(errors="replace").strip()[-4000:]
        raise ReleaseError(f"{' '.join(argv[:4])} ... failed (exit {result.returncode}):\n{detail}")
    return result.stdout.decode(errors="replace") if capture else ""


@dataclass(frozen=True)
class Clock:
    """The one time the build may write anywhere: the commit's (SOURCE_DATE_EPOCH)."""

    epoch: int
    commit: str
    dirty: bool

    @property
    def env(self) -> dict[str, str]:
        return {"SOURCE_DATE_EPOCH": str(self.epoch), "TZ": "UTC", "LC_ALL": "C.UTF-8"}

    @property
    def rfc2822(self) -> str:
        return time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(self.epoch))


def source_clock() -> Clock:
    """SOURCE_DATE_EPOCH from the environment, else the time of the commit being built."""
    commit = run(["git", "-C", str(REPO), "rev-parse", "HEAD"], capture=True).strip()
    dirty = bool(run(["git", "-C", str(REPO), "status", "--porcelain", "--untracked-files=no"], capture=True).strip())
    given = os.environ.get("SOURCE_DATE_EPOCH")
    if given:
        return Clock(int(given), commit, dirty)
    epoch = int(run(["git", "-C", str(REPO), "log", "-1", "--format=%ct"], capture=True).strip())
    return Clock(epoch, commit, dirty)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def digest_of(parts: Iterable[bytes | str]) -> str:
    """A short key naming what a cached step was made from."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "big") + data)
    return digest.hexdigest()[:16]


def normalise_tree(root: Path, epoch: int) -> None:
    """Same modes and times whatever the umask and the clock of the build machine.

    Directories 0755; files 0755 when anyone could execute them, else 0644; every time the
    commit's. Owners are set to root by dpkg-deb (--root-owner-group).
    """
    for directory, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in [*dirnames, *filenames]:
            path = Path(directory) / name
            info = path.lstat()
            if stat.S_ISLNK(info.st_mode):
                os.utime(path, (epoch, epoch), follow_symlinks=False)
                continue
            if stat.S_ISDIR(info.st_mode):
                path.chmod(0o755)
            elif stat.S_ISREG(info.st_mode):
                path.chmod(0o755 if info.st_mode & 0o111 else 0o644)
            else:
                raise ReleaseError(f"{path} is neither a file, a directory nor a link; a release holds none")
            os.utime(path, (epoch, epoch), follow_symlinks=False)
    os.utime(root, (epoch, epoch))
    root.chmod(0o755)


def fresh_dir(path: Path) -> Path:
    if path.exists() or path.is_symlink():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    return path
