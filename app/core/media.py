"""Removable-media discovery: mounted volumes and the bundles on them.

Reads `/proc/self/mountinfo` and `/sys/block/*/removable` (no udev or udisks needed), plus
media roots an operator configured. `MediaSource` is the small interface the desktop
application watches: `scan()` for the current state, `wait_for_change()` to block (off the
GUI thread) until the mount table changes.
"""

from __future__ import annotations

import contextlib
import os
import select
import stat
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

MANIFEST_NAME = "bundle.json"
BUNDLE_SUFFIX = ".airlock"
MAX_SCAN_DEPTH = 3
MAX_SCAN_ENTRIES = 5_000
_PSEUDO = {
    "proc",
    "sysfs",
    "devtmpfs",
    "devpts",
    "tmpfs",
    "cgroup",
    "cgroup2",
    "overlay",
    "squashfs",
    "mqueue",
    "debugfs",
    "tracefs",
    "securityfs",
    "pstore",
    "bpf",
    "autofs",
    "hugetlbfs",
    "configfs",
    "fusectl",
    "binfmt_misc",
    "nsfs",
    "ramfs",
    "efivarfs",
    "rpc_pipefs",
}


@dataclass(frozen=True)
class Volume:
    """A mounted file system that may hold bundles."""

    mount_point: Path
    device: str
    fstype: str
    removable: bool
    configured: bool = False


@dataclass(frozen=True)
class MediaBundle:
    """A bundle directory found on a volume (found, not verified)."""

    path: Path
    volume: Path
    name: str
    size: int

    def to_json(self) -> dict[str, object]:
        """Plain data for `--json`."""
        return {"path": str(self.path), "volume": str(self.volume), "name": self.name, "size": self.size}


def _unescape(field: str) -> str:
    # mountinfo escapes space, tab, newline and backslash as \ooo octal.
    out, i = [], 0
    while i < len(field):
        if field[i] == "\\" and i + 3 < len(field) + 0 and field[i + 1 : i + 4].isdigit():
            out.append(chr(int(field[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(field[i])
            i += 1
    return "".join(out)


def parse_mountinfo(text: str) -> list[tuple[str, Path, str, str]]:
    """(major:minor, mount point, fstype, source) per line; malformed lines are skipped."""
    mounts = []
    for line in text.splitlines():
        fields = line.split()
        if "-" not in fields or len(fields) < 7:  # noqa: PLR2004 - the fixed fields before "-"
            continue
        sep = fields.index("-")
        if sep + 2 >= len(fields):
            continue
        mounts.append((fields[2], Path(_unescape(fields[4])), fields[sep + 1], _unescape(fields[sep + 2])))
    return mounts


def is_removable(dev: str, sys_root: Path = Path("/sys")) -> bool:
    """Whether block device major:minor sits on a removable or USB disk."""
    block = sys_root / "dev" / "block" / dev
    try:
        real = block.resolve(strict=True)
    except OSError:
        return False
    disk = real if (real / "removable").exists() else real.parent
    with contextlib.suppress(OSError):
        if (disk / "removable").read_text().strip() == "1":
            return True
    return "/usb" in str(real)


def find_bundles(root: Path, max_depth: int = MAX_SCAN_DEPTH) -> list[Path]:
    """Bundle directories (NAME.airlock holding bundle.json, or `root` itself) under `root`.

    Links are not followed and the walk is bounded in depth and entries, so a hostile
    medium cannot stall the scan.
    """
    root = Path(root)
    if (root / MANIFEST_NAME).is_file() and not (root / MANIFEST_NAME).is_symlink():
        return [root]
    found: list[Path] = []
    seen = 0
    stack = [(root, 0)]
    while stack:
        directory, depth = stack.pop()
        try:
            entries = sorted(os.scandir(directory), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            seen += 1
            if seen > MAX_SCAN_ENTRIES:
                return sorted(found)
            if not entry.is_dir(follow_symlinks=False):
                continue
            if entry.name.endswith(BUNDLE_SUFFIX):
                manifest = Path(entry.path) / MANIFEST_NAME
                with contextlib.suppress(OSError):
                    if stat.S_ISREG(manifest.lstat().st_mode):
                        found.append(Path(entry.path))
            elif depth + 1 < max_depth and not entry.name.startswith("."):
                stack.append((Path(entry.path), depth + 1))
    return sorted(found)


def _payload_size(bundle: Path) -> int:
    total = 0
    stack = [bundle]
    count = 0
    while stack and count < MAX_SCAN_ENTRIES:
        with contextlib.suppress(OSError), os.scandir(stack.pop()) as entries:
            for entry in entries:
                count += 1
                if entry.is_dir(follow_symlinks=False):
                    stack.append(Path(entry.path))
                elif entry.is_file(follow_symlinks=False):
                    total += entry.stat(follow_symlinks=False).st_size
    return total


class MediaSource(Protocol):
    """What the desktop application watches."""

    def volumes(self) -> list[Volume]:
        """The volumes that may hold bundles now."""
        ...

    def scan(self) -> list[MediaBundle]:
        """The bundles on those volumes now."""
        ...

    def wait_for_change(self, timeout: float, cancel: threading.Event | None = None) -> bool:
        """Block until the set of mounts may have changed (True) or `timeout` passed (False)."""
        ...


class SystemMedia:
    """Removable volumes from the kernel's mount table, plus configured media roots."""

    def __init__(
        self,
        extra_roots: list[Path] | None = None,
        mountinfo: Path = Path("/proc/self/mountinfo"),
        sys_root: Path = Path("/sys"),
    ) -> None:
        self.extra_roots = [Path(p) for p in (extra_roots or [])]
        self.mountinfo = mountinfo
        self.sys_root = sys_root

    def volumes(self) -> list[Volume]:
        """Removable mounted volumes, then configured roots that exist."""
        mounts: list[tuple[str, Path, str, str]] = []
        with contextlib.suppress(OSError):
            mounts = parse_mountinfo(self.mountinfo.read_text(errors="replace"))
        found = [
            Volume(point, source, fstype, removable=True)
            for dev, point, fstype, source in mounts
            if fstype not in _PSEUDO and source.startswith("/dev/") and is_removable(dev, self.sys_root)
        ]
        known = {v.mount_point for v in found}
        configured = [
            Volume(root, "", "", removable=False, configured=True)
            for root in self.extra_roots
            if root.is_dir() and root not in known
        ]
        return found + configured

    def scan(self) -> list[MediaBundle]:
        """Bundles on every volume, in volume then path order."""
        return [
            MediaBundle(path, volume.mount_point, path.name.removesuffix(BUNDLE_SUFFIX), _payload_size(path))
            for volume in self.volumes()
            for path in find_bundles(volume.mount_point)
        ]

    def wait_for_change(self, timeout: float, cancel: threading.Event | None = None) -> bool:
        """The kernel flags /proc/self/mountinfo with POLLPRI when a mount comes or goes."""
        deadline_ms = int(timeout * 1000)
        with self.mountinfo.open("rb") as handle:
            handle.read()
            poller = select.poll()
            poller.register(handle.fileno(), select.POLLPRI | select.POLLERR)
            step = 250
            waited = 0
            while waited < deadline_ms:
                if cancel is not None and cancel.is_set():
                    return False
                if poller.poll(min(step, deadline_ms - waited)):
                    return True
                waited += step
        return False
