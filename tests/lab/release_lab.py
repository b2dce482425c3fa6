"""The release on a bare machine: `make release`'s builder, a bare Debian root, no network.

`build_release` runs packaging/build_release.py (its caches under build/release keep the venv,
the Depends and Debian's packages between runs; `--fast` compresses for speed, which is the
only difference from `make release`). `BareMachine` is a copy of the lab's cached bare
`debootstrap --variant=minbase` root; every command runs chrooted in it inside a new network
namespace (`unshare -n`: only a down loopback, no route at all) and a private mount
namespace holding its /proc. `break_package` makes a deliberately broken release from a
real package: another version whose new migration works and whose desktop part then fails.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import ADMIN_PASSPHRASE, REPO
from tests.lab.rootfs import copy_root, ensure_bare_root, remove_root

BUILDER = REPO / "packaging" / "build_release.py"
GOOD_MIGRATION = '\nMIGRATIONS.append("CREATE TABLE added_by_the_broken_release (id INTEGER PRIMARY KEY);")\n'
BROKEN_DESKTOP = '\nraise ImportError("this release\'s desktop application is broken")\n'


def build_release(dist: Path, version: str | None = None, *, package_only: bool = False) -> dict[str, str]:
    """Run the release builder (fast compression); its summary lines as a dict."""
    argv = [sys.executable, str(BUILDER), "--dist", str(dist), "--fast"]
    if version:
        argv += ["--version", version]
    if package_only:
        argv.append("--package-only")
    done = subprocess.run(argv, capture_output=True, text=True, timeout=3600, check=False, cwd=REPO)
    assert done.returncode == 0, done.stderr[-3000:]
    return dict(line.split(": ", 1) for line in done.stdout.splitlines() if ": " in line)


def break_package(deb: Path, version: str, out: Path) -> Path:
    """A copy of `deb` as `version`, whose new migration works and whose desktop part then fails."""
    work = out / f"broken-{version}"
    subprocess.run(["dpkg-deb", "--raw-extract", str(deb), str(work)], check=True, capture_output=True)
    slots = work / "opt" / "airlock" / "slots"
    old = next(slots.iterdir())
    slot = old.rename(slots / version)
    lib = slot / "lib" / "app"
    edits = {lib / "__init__.py": None, lib / "core" / "schema_lifecycle.py": GOOD_MIGRATION,
             lib / "gui" / "main_window.py": BROKEN_DESKTOP}
    for path, added in edits.items():
        text = path.read_text()
        text = re.sub(r'__version__ = "[^"]*"', f'__version__ = "{version}"', text) if added is None else text + added
        path.write_text(text)
        for compiled in (path.parent / "__pycache__").glob(f"{path.stem}.*.pyc"):
            compiled.unlink()  # bytecode checked by hash would not see the change
    release = json.loads((slot / "release.json").read_text())
    release["version"] = version
    release["schema"]["lifecycle"] += 1
    (slot / "release.json").write_text(json.dumps(release, indent=2, sort_keys=True) + "\n")
    control = work / "DEBIAN" / "control"
    control.write_text(re.sub(r"^Version: .*$", f"Version: {version}", control.read_text(), flags=re.MULTILINE))
    target = out / f"airlock_{version}_amd64.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zzstd", "-z3", "--build", str(work), str(target)],
                   check=True, capture_output=True)
    shutil.rmtree(work)
    return target


def app_source(deb: Path, version: str, out: Path, notes: str = "* A release for the lab test.") -> Path:
    """An app bundle source as `make release` writes it, for `airlock bundle build --type app`."""
    folder = out / f"airlock-{version}-app"
    folder.mkdir(parents=True)
    shutil.copyfile(deb, folder / deb.name)
    tarball = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(deb)], capture_output=True, check=True).stdout
    listing = subprocess.run(["tar", "-xO", "--wildcards", "*/slots/*/release.json"], input=tarball,
                             capture_output=True, check=True).stdout
    depends = subprocess.run(["dpkg-deb", "--field", str(deb), "Depends"], capture_output=True, text=True,
                             check=True).stdout.strip()
    release = {"format": 1, "name": "airlock", "version": version, "package": deb.name,
               "package_sha256": hashlib.sha256(deb.read_bytes()).hexdigest(), "depends": depends,
               "schema": json.loads(listing)["schema"], "notes": notes}
    (folder / "release.json").write_text(json.dumps(release, indent=2, sort_keys=True) + "\n")
    return folder


@dataclass
class BareMachine:
    """A private copy of the bare Debian root; commands run in it with no network."""

    root: Path

    @classmethod
    def create(cls, path: Path) -> BareMachine:
        return cls(copy_root(ensure_bare_root(), path))

    def remove(self) -> None:
        remove_root(self.root)

    def path(self, inside: str) -> Path:
        return self.root / inside.lstrip("/")

    def argv(self, *command: str, user: str | None = None) -> list[str]:
        chroot = ["chroot", *([f"--userspec={user}"] if user else []), str(self.root), *command]
        script = f'mount -t proc proc "{self.root}/proc" && exec "$@"'
        return ["unshare", "--net", "--mount", "--propagation", "private", "sh", "-c", script, "sh", *chroot]

    @staticmethod
    def env(**extra: str) -> dict[str, str]:
        env = {"PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HOME": "/root",
               "LANG": "C.UTF-8", "AIRLOCK_KDF_SECONDS": "0", "QT_QPA_PLATFORM": "offscreen"}
        env.update(extra)
        return env

    def run(self, *command: str, timeout: float = 600, user: str | None = None, stdin: str | None = None,
            **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(self.argv(*command, user=user), capture_output=True, text=True, timeout=timeout,
                              env=self.env(**env), input=stdin, check=False)

    def timed(self, *command: str, **env: str) -> tuple[subprocess.CompletedProcess[str], float]:
        started = time.monotonic()
        done = self.run(*command, **env)
        return done, time.monotonic() - started

    def airlock(self, *args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
        return self.run("airlock", "--data-dir", "/root/vault", "--passphrase-file", "/root/admin.pass", *args,
                        timeout=timeout)

    def ok(self, *args: str) -> subprocess.CompletedProcess[str]:
        done = self.airlock(*args)
        assert done.returncode == 0, f"airlock {' '.join(args)}: {done.stderr[-2000:]}"
        return done

    def put(self, source: Path, inside: str) -> str:
        """Copy a file or folder into the machine; returns its path there."""
        target = self.path(inside)
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            shutil.copyfile(source, target)
        return inside

    def write_passphrase(self) -> None:
        path = self.path("/root/admin.pass")
        path.write_text(ADMIN_PASSPHRASE + "\n")
        path.chmod(0o600)

    def dpkg_status(self) -> str:
        return hashlib.sha256(self.path("/var/lib/dpkg/status").read_bytes()).hexdigest()

    def has_python(self) -> bool:
        return self.path("/usr/bin/python3.11").exists() or self.path("/usr/bin/python3").exists()

    def version(self) -> str:
        done = self.run("airlock", "--version")
        assert done.returncode == 0, done.stderr
        return done.stdout.strip().removeprefix("airlock ")

    def linked(self, name: str) -> str | None:
        link = self.path(f"/opt/airlock/{name}")
        return link.readlink().name if link.is_symlink() else None
