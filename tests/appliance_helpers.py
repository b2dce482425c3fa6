"""Installations of Airlock for tests: real slots, real Debian packages, real app bundles.

A slot here is what `make release` puts in a package, with one difference: its `venv` is a
link to the test run's own virtual environment instead of a copy (hundreds of MB). Its
`lib` is a copy of this tree with the version set, its `bin/airlock` and `lib/airlock.py`
are the release's own, and the launcher is packaging/airlock-launcher with its root moved.
So `app update` unpacks a real .deb with dpkg-deb, switches real links and runs the new
version's own `airlock app self-check` in a process of its own.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import REPO
from tests.lab.bundle_factory import TrustLab

sys.path.insert(0, str(REPO / "packaging"))
from airlock_release.slot import ENTRY, LAUNCHER

sys.path.remove(str(REPO / "packaging"))

# Ways to break a release so that its self-check fails.
BROKEN_MIGRATION = '\nMIGRATIONS.append("CREATE TABLE this_release_is_broken (;")\n'
GOOD_MIGRATION = '\nMIGRATIONS.append("CREATE TABLE added_by_the_new_release (id INTEGER PRIMARY KEY);")\n'
BROKEN_DESKTOP = '\nraise ImportError("this release\'s desktop application is broken")\n'


def _schema(lib: Path) -> dict[str, int]:
    code = ("import json, sys; sys.path.insert(0, sys.argv[1]); from app.core.appliance.selfcheck import "
            "expected_schema; print(json.dumps(expected_schema()))")
    done = subprocess.run([sys.executable, "-I", "-c", code, str(lib)], capture_output=True, text=True, check=True)
    return dict(json.loads(done.stdout))


def make_slot(slot: Path, version: str, *, broken: str | None = None) -> Path:
    """A slot for `version` at `slot`.

    `broken="migration"`: its new migration fails (the database stays as it was);
    `broken="desktop"`: its new migration works, then its desktop application does not start.
    """
    lib = slot / "lib"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.ts", "*.tsv")
    for part in ("app", "playbooks", "resources"):
        shutil.copytree(REPO / part, lib / part, ignore=ignore)
    init = lib / "app" / "__init__.py"
    init.write_text(re.sub(r'__version__ = "[^"]*"', f'__version__ = "{version}"', init.read_text()))
    if broken is not None:
        schema = lib / "app" / "core" / "schema_lifecycle.py"
        schema.write_text(schema.read_text() + (BROKEN_MIGRATION if broken == "migration" else GOOD_MIGRATION))
    if broken == "desktop":
        window = lib / "app" / "gui" / "main_window.py"
        window.write_text(window.read_text() + BROKEN_DESKTOP)
    (lib / "airlock.py").write_text(ENTRY)
    (slot / "bin").mkdir()
    (slot / "bin" / "airlock").write_text(LAUNCHER)
    (slot / "bin" / "airlock").chmod(0o755)
    (slot / "venv").symlink_to(sys.prefix)
    release = {"format": 1, "name": "airlock", "version": version, "python": "3.11", "schema": _schema(lib),
               "commit": "test", "source_date_epoch": 0}
    (slot / "release.json").write_text(json.dumps(release, indent=2, sort_keys=True) + "\n")
    return slot


def make_package(work: Path, version: str, *, broken: str | None = None, depends: str = "dpkg") -> Path:
    """airlock_VERSION_amd64.deb holding the slot, as the release's package lays it out."""
    tree = work / f"tree-{version}"
    make_slot(tree / "opt" / "airlock" / "slots" / version, version, broken=broken)
    (tree / "DEBIAN").mkdir()
    (tree / "DEBIAN" / "control").write_text(
        f"Package: airlock\nVersion: {version}\nArchitecture: amd64\nMaintainer: tests <tests@airlock.invalid>\n"
        f"Depends: {depends}\nDescription: Airlock for tests\n"
    )
    deb = work / f"airlock_{version}_amd64.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z1", "--build", str(tree), str(deb)],
                   check=True, capture_output=True)
    shutil.rmtree(tree)
    return deb


def app_bundle_files(deb: Path, version: str, *, depends: str = "dpkg", schema: dict[str, int] | None = None,
                     notes: str = "* Tests.") -> dict[str, bytes]:
    """What `make release` writes as the app bundle source, for `TrustLab.build(kind='app')`."""
    data = deb.read_bytes()
    release = {"format": 1, "name": "airlock", "version": version, "package": deb.name,
               "package_sha256": hashlib.sha256(data).hexdigest(), "depends": depends, "schema": schema or {},
               "notes": notes}
    return {"release.json": json.dumps(release, indent=2).encode(), deb.name: data}


def build_app_bundle(lab: TrustLab, work: Path, version: str, *, broken: str | None = None,
                     notes: str = "* Tests.", **kwargs: object) -> Path:
    deb = make_package(work, version, broken=broken)
    files = app_bundle_files(deb, version, notes=notes)
    return lab.build("airlock", version, kind="app", files=files, split_size=8 << 20, **kwargs)  # type: ignore[arg-type]


@dataclass
class Installation:
    """An installation root with one version installed as a package would install it."""

    root: Path

    @classmethod
    def create(cls, root: Path, version: str) -> Installation:
        for directory in ("slots", "origins"):
            (root / directory).mkdir(parents=True, exist_ok=True)
        make_slot(root / "slots" / version, version)
        (root / "origins" / f"{version}.json").write_text(json.dumps(
            {"version": version, "origin": "package", "detail": "installed for a test",
             "installed_at": "2026-11-30T09:00:00Z"}))
        (root / "current").symlink_to(f"slots/{version}")
        launcher = root / "airlock-launcher"
        launcher.write_text((REPO / "packaging" / "airlock-launcher").read_text().replace(
            "root=/opt/airlock", f"root={root}"))
        launcher.chmod(0o755)
        return cls(root)

    @property
    def launcher(self) -> Path:
        return self.root / "airlock-launcher"

    def run(self, *args: str, data_dir: Path | None = None, passphrase_file: Path | None = None,
            timeout: float = 300) -> subprocess.CompletedProcess[str]:
        """`airlock ARGS` through the launcher, as /usr/bin/airlock would run it."""
        return subprocess.run(self.argv(*args, data_dir=data_dir, passphrase_file=passphrase_file),
                              capture_output=True, text=True, timeout=timeout, env=self.env(), check=False)

    def argv(self, *args: str, data_dir: Path | None = None, passphrase_file: Path | None = None) -> list[str]:
        argv = [str(self.launcher)]
        if data_dir is not None:
            argv += ["--data-dir", str(data_dir)]
        if passphrase_file is not None:
            argv += ["--passphrase-file", str(passphrase_file)]
        return [*argv, *args]

    @staticmethod
    def env() -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "AIRLOCK_"))}
        env["AIRLOCK_KDF_SECONDS"] = "0"
        env["QT_QPA_PLATFORM"] = "offscreen"
        return env

    def status(self) -> dict[str, object]:
        done = self.run("app", "status", "--json")
        assert done.returncode == 0, done.stderr
        return dict(json.loads(done.stdout))

    def linked(self, name: str) -> str | None:
        link = self.root / name
        return link.readlink().name if link.is_symlink() else None

    def slot_dirs(self) -> list[str]:
        return sorted(p.name for p in (self.root / "slots").iterdir())
