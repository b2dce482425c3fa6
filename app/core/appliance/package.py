"""An `app` bundle's content: release.json and the Debian package it names.

    release.json   {"format": 1, "name": "airlock", "version": "X.Y.Z", "package": FILE,
                    "package_sha256": HEX, "depends": "...", "schema": {...}, "notes": "..."}
    FILE           airlock_X.Y.Z_amd64.deb (what `make release` writes)

The bundle's signed manifest already fixes every byte; these checks make sure the signed
content is an Airlock release of the version the bundle claims, so a mislabelled bundle is
refused at import rather than half-way through an update.
"""

from __future__ import annotations

import json
import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.core.appliance.errors import AppBundleInvalid, StepFailed, UpdateRefused
from app.core.appliance.slots import RELEASE_FILE, SLOTS, is_version, read_release
from app.core.messages import say

RELEASE_MANIFEST = "release.json"
MAX_RELEASE_MANIFEST = 256 * 1024
APP_NAME = "airlock"
_PACKAGE_FILE = re.compile(r"airlock_[0-9]+\.[0-9]+\.[0-9]+_amd64\.deb")
_DEPENDENCY = re.compile(r"([a-z0-9][a-z0-9.+-]*)(?::[a-z0-9]+)?\s*(?:\((<<|<=|=|>=|>>)\s*([^)\s]+)\))?")
DPKG, DPKG_DEB, DPKG_QUERY = "/usr/bin/dpkg", "/usr/bin/dpkg-deb", "/usr/bin/dpkg-query"
SETPRIV = "/usr/bin/setpriv"  # util-linux, Essential in Debian 12 like dpkg
_FIX = say("Ask the publisher for a bundle made by `make release`.")


@dataclass(frozen=True)
class AppRelease:
    """What an `app` bundle says it holds."""

    version: str
    package: str
    package_sha256: str
    depends: str
    schema: dict[str, int] = field(default_factory=dict)
    notes: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"version": self.version, "package": self.package, "package_sha256": self.package_sha256,
                "depends": self.depends, "schema": dict(self.schema), "notes": self.notes}


def _invalid(reason: str) -> AppBundleInvalid:
    return AppBundleInvalid(say("This app bundle is not an Airlock release: {reason}.", reason=reason), _FIX)


def _load(raw: bytes) -> dict[str, Any]:
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise _invalid(f"{RELEASE_MANIFEST} is not JSON ({exc})") from exc
    if not isinstance(data, dict):
        raise _invalid(f"{RELEASE_MANIFEST} is not a JSON object")
    if data.get("format") != 1:
        raise _invalid(f"{RELEASE_MANIFEST} has format {data.get('format')!r}; this Airlock reads format 1")
    return data


def _package(data: dict[str, Any], version: str, files: dict[str, str]) -> str:
    package = data.get("package")
    if not isinstance(package, str) or not _PACKAGE_FILE.fullmatch(package) or f"_{version}_" not in package:
        raise _invalid(f"{RELEASE_MANIFEST} names no Airlock {version} package")
    if set(files) != {RELEASE_MANIFEST, package}:
        raise _invalid(f"it must hold {RELEASE_MANIFEST} and {package} and nothing else")
    if data.get("package_sha256") != files[package]:
        raise _invalid(f"the SHA-256 of {package} is not the one {RELEASE_MANIFEST} gives")
    return package


def parse_release_manifest(raw: bytes, name: str, version: str, files: dict[str, str]) -> AppRelease:
    """Check release.json against the bundle's signed name, version and files (path -> sha256)."""
    data = _load(raw)
    if name != APP_NAME or data.get("name") != APP_NAME:
        raise _invalid(f"it is named {name!r}, and Airlock's app bundles are named {APP_NAME!r}")
    if not is_version(version) or data.get("version") != version:
        raise _invalid(f"the bundle's version {version} is not the release's {data.get('version')!r}")
    package = _package(data, version, files)
    depends, schema, notes = data.get("depends"), data.get("schema"), data.get("notes", "")
    if not isinstance(depends, str) or not isinstance(schema, dict) or not isinstance(notes, str):
        raise _invalid(f"{RELEASE_MANIFEST} lacks depends, schema or notes")
    if not all(isinstance(k, str) and isinstance(v, int) for k, v in schema.items()):
        raise _invalid(f"the schema in {RELEASE_MANIFEST} is not {{area: number}}")
    return AppRelease(version, package, files[package], depends, dict(schema), notes[:20_000])


# -- what the package needs from Debian ---------------------------------------------------------------


def parse_depends(depends: str) -> list[list[tuple[str, str, str]]]:
    """`a (>= 1), b | c` as [[("a", ">=", "1")], [("b", "", ""), ("c", "", "")]]."""
    clauses = []
    for clause in depends.split(","):
        if not clause.strip():
            continue
        alternatives = []
        for alternative in clause.split("|"):
            match = _DEPENDENCY.fullmatch(alternative.strip())
            if match is None:
                raise _invalid(f"its Depends field is malformed near {alternative.strip()[:60]!r}")
            alternatives.append((match.group(1), match.group(2) or "", match.group(3) or ""))
        clauses.append(alternatives)
    return clauses


_DPKG_OPS = {"<<": "lt", "<=": "le", "=": "eq", ">=": "ge", ">>": "gt"}


def _installed_versions(names: set[str]) -> dict[str, str]:
    result = subprocess.run(  # noqa: S603 - fixed program, package names from a parsed Depends
        [DPKG_QUERY, "-W", "-f=${Package}\t${db:Status-Abbrev}\t${Version}\n", *sorted(names)],
        capture_output=True, text=True, check=False,
    )
    found = {}
    for line in result.stdout.splitlines():
        package, status, version = [*line.split("\t"), "", "", ""][:3]
        if status.startswith("ii"):
            found[package] = version
    return found


def _satisfies(installed: str | None, op: str, wanted: str) -> bool:
    if installed is None:
        return False
    if not op:
        return True
    check = subprocess.run([DPKG, "--compare-versions", installed, _DPKG_OPS[op], wanted], check=False)  # noqa: S603
    return check.returncode == 0


def unmet_depends(depends: str) -> list[str]:
    """The clauses of `depends` this machine's installed packages do not satisfy."""
    clauses = parse_depends(depends)
    installed = _installed_versions({name for clause in clauses for name, _, _ in clause})
    return [
        " | ".join(f"{n} ({o} {w})" if o else n for n, o, w in clause)
        for clause in clauses
        if not any(_satisfies(installed.get(name), op, wanted) for name, op, wanted in clause)
    ]


def require_depends(release: AppRelease) -> None:
    unmet = unmet_depends(release.depends)
    if unmet:
        raise UpdateRefused(
            say("Airlock {version} needs Debian packages this machine lacks: {packages}.", version=release.version,
                packages=", ".join(unmet)),
            say("Install it from its release medium with install.sh, which carries them."),
        )


# -- unpacking ---------------------------------------------------------------------------------------


def unpack(deb: Path, version: str, into: Path, lock_fd: int = -1) -> Path:
    """Unpack the package's slot for `version` under `into`; returns the complete slot directory.

    dpkg-deb and the tar it starts inherit `lock_fd` (the update lock): if the updater is
    killed meanwhile, they write on, and recovery waits for them to end before it removes
    what they wrote.
    """
    root = into / "root"
    result = subprocess.run([DPKG_DEB, "--extract", str(deb), str(root)],  # noqa: S603 - fixed program
                            capture_output=True, text=True, check=False,
                            pass_fds=(lock_fd,) if lock_fd >= 0 else ())
    if result.returncode != 0:
        raise StepFailed(
            say("The package could not be unpacked: {error}", error=result.stderr.strip()[-300:]),
            say("Check the free space of the installation's disk, then try again."),
        )
    slot = next(iter(sorted(root.glob(f"*/*/{SLOTS}/{version}"))), None)
    if slot is None or read_release(slot) is None:
        raise _invalid(f"its package holds no complete slot for {version} (no {SLOTS}/{version}/{RELEASE_FILE})")
    return slot
