"""Deployments, planned: which files go where on each node, and what the playbook is told.

Pure functions and value types: no database, no network. The service
(`app.core.service.deploy`) resolves the bundle and the nodes, checks policy, sends the
files (`app.core.transfer`) and runs the playbook; this module decides the layout.

On a node, under `airlock_root` (default /srv/airlock)::

    models/NAME/versions/VERSION/...        the model bundle's files
    models/NAME/versions/VERSION.json       the deployment manifest (every path and SHA-256)
    models/NAME/versions/VERSION.received.json  what the node hashed as the files arrived
    models/NAME/current -> versions/V       switched atomically once every file verified
    models/NAME/previous -> versions/W      the version before, kept for rollback
    repos/NAME/versions/VERSION/...         an update bundle: an offline apt repository
    repos/NAME/current -> versions/V

The playbook is given only the manifest's SHA-256; it checks the manifest against it, then
every file against the manifest, on the node. That check is what decides: a file the node
hashed while it arrived (noted in the record with its size, times and inode, all unchanged
since) is not read a second time; any other file is hashed in full.
"""

from __future__ import annotations

import hashlib
import json
import posixpath
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from app.core.errors import UsageError
from app.core.inventory import Node
from app.core.messages import say
from app.core.transfer import FileToSend, Source, check_remote_path

DEFAULT_ROOT: Final = "/srv/airlock"
ROOT_VARIABLE: Final = "airlock_root"
MODEL: Final = "model"
UPDATE: Final = "update"
PLAYBOOK_FOR_TYPE: Final = {MODEL: "deploy_model", UPDATE: "apply_update"}
PLAYBOOKS_TAKING: Final = {MODEL: ("deploy_model",), UPDATE: ("apply_update", "gpu_driver", "baseline", "relay")}
# Update bundles these playbooks take are flat apt repositories; `relay` takes a wheelhouse instead.
APT_PLAYBOOKS: Final = ("apply_update", "gpu_driver", "baseline")
AREA_FOR_TYPE: Final = {MODEL: "models", UPDATE: "repos"}
PACKAGES_INDEX: Final = "Packages"
RECORD_SUFFIX: Final = ".received.json"
_NAME: Final = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}$")
_VERSION: Final = re.compile(r"^[0-9][0-9A-Za-z.+-]{0,63}$")
_PACKAGE: Final = re.compile(r"^[a-z0-9][a-z0-9+.-]{0,127}$")
_PACKAGE_VERSION: Final = re.compile(r"^[0-9A-Za-z.+~:-]{1,128}$")
_MAX_PACKAGES_INDEX: Final = 64 * 1024 * 1024


@dataclass(frozen=True)
class BundleRef:
    """`NAME` or `NAME@VERSION` as typed on the command line."""

    name: str
    version: str | None

    def __str__(self) -> str:
        return self.name if self.version is None else f"{self.name}@{self.version}"


@dataclass(frozen=True)
class BundleFile:
    """One file of an imported bundle: where it sits in the bundle, and where its bytes come from.

    `source` is the object's file in the store (ciphertext) as the vault lists it; for
    sending, the service replaces it by the object's plaintext (a `PlaintextSource`).
    """

    path: str
    length: int
    sha256: str
    source: Source


@dataclass(frozen=True)
class DeployBundle:
    """The imported bundle being deployed."""

    type: str
    name: str
    version: str
    classification: str
    files: tuple[BundleFile, ...]

    @property
    def ref(self) -> str:
        return f"{self.name}@{self.version}"


def parse_ref(text: str) -> BundleRef:
    """`NAME[@VERSION]`, checked."""
    name, sep, version = text.strip().partition("@")
    if not _NAME.match(name):
        raise UsageError(say("{name} is not a bundle name.", name=repr(name[:100])),
                         say("See `airlock bundle list` for the imported bundles."))
    if sep and not _VERSION.match(version):
        raise UsageError(say("{version} is not a bundle version.", version=repr(version[:64])),
                         say("Write NAME@VERSION, e.g. llama@1.2.0."))
    return BundleRef(name, version if sep else None)


def choose_playbook(bundle_type: str, requested: str | None) -> str:
    """The playbook that applies a bundle of this type (the default, or one the operator named)."""
    allowed = PLAYBOOKS_TAKING.get(bundle_type)
    if allowed is None:
        hints = {
            "playbooks": say("A playbooks bundle is run, not deployed: `airlock run BUNDLE/PLAYBOOK --limit PATTERN`."),
            "app": say("An app bundle updates Airlock itself: `airlock app update NAME@VERSION`."),
        }
        raise UsageError(say("Bundles of type {bundle_type} are not deployed to nodes.", bundle_type=bundle_type),
                         hints.get(bundle_type, say("Deploy a model or an update bundle.")))
    if requested is None:
        return PLAYBOOK_FOR_TYPE[bundle_type]
    if requested not in allowed:
        raise UsageError(
            say("The playbook {playbook} does not apply {bundle_type} bundles.",
                playbook=requested, bundle_type=bundle_type),
            say("Choose one of: {playbooks}.", playbooks=", ".join(allowed)),
        )
    return requested


def node_root(node: Node) -> str:
    """The node's airlock_root: its host variable, else the default."""
    return check_remote_path(node.variables.get(ROOT_VARIABLE, DEFAULT_ROOT).rstrip("/") or "/")


def versions_dir(node: Node, bundle: DeployBundle) -> str:
    return posixpath.join(node_root(node), AREA_FOR_TYPE[bundle.type], bundle.name, "versions")


def manifest_bytes(bundle: DeployBundle, packages: Sequence[str] = ()) -> bytes:
    """The deployment manifest the node checks files against (canonical JSON)."""
    body = {
        "format": 1,
        "type": bundle.type,
        "name": bundle.name,
        "version": bundle.version,
        "files": [{"path": f.path, "length": f.length, "sha256": f.sha256} for f in bundle.files],
        "packages": list(packages),
    }
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode() + b"\n"


def manifest_sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def record_path(node: Node, bundle: DeployBundle) -> str:
    """The node-side record of the SHA-256 the node computed as each file arrived."""
    return check_remote_path(posixpath.join(versions_dir(node, bundle), f"{bundle.version}{RECORD_SUFFIX}"))


def files_for(node: Node, bundle: DeployBundle, manifest_source: Path, manifest_data: bytes) -> list[FileToSend]:
    """What goes to this node: every bundle file, then the manifest (so it lands last)."""
    base = versions_dir(node, bundle)
    version_dir = posixpath.join(base, bundle.version)
    record = record_path(node, bundle)
    sends = [
        FileToSend(f.source, check_remote_path(posixpath.join(version_dir, f.path)), f.length, f.sha256, record)
        for f in bundle.files
    ]
    sends.append(FileToSend(manifest_source, check_remote_path(posixpath.join(base, f"{bundle.version}.json")),
                            len(manifest_data), manifest_sha256(manifest_data)))
    return sends


def extravars(bundle: DeployBundle, manifest_data: bytes, extra: dict[str, str] | None = None) -> list[str]:
    """`KEY=VALUE` variables for the playbook (all short: the file list is in the manifest)."""
    values = {
        **(extra or {}),
        "airlock_bundle_type": bundle.type,
        "airlock_bundle_name": bundle.name,
        "airlock_bundle_version": bundle.version,
        "airlock_manifest_sha256": manifest_sha256(manifest_data),
    }
    return [f"{key}={value}" for key, value in sorted(values.items())]


def packages_of_index(text: str) -> list[str]:
    """`NAME=VERSION` of every package an apt `Packages` index offers, sorted.

    An update bundle offers one version of each package, so what it installs is exact.
    """
    found: dict[str, str] = {}
    name: str | None = None
    for line in [*text.splitlines(), ""]:
        key, _sep, value = line.partition(":")
        value = value.strip()
        if key == "Package":
            name = value
        elif key == "Version" and name is not None:
            if not _PACKAGE.match(name) or not _PACKAGE_VERSION.match(value):
                raise UsageError(
                    say("The Packages index names an invalid package {package} {version}.",
                        package=repr(name[:128]), version=repr(value[:64])),
                    say("Rebuild the update bundle with dpkg-scanpackages."),
                )
            if found.get(name, value) != value:
                raise UsageError(say("The update bundle offers several versions of {package}.", package=name),
                                 say("Build it with one version of each package."))
            found[name] = value
        elif not line.strip():
            name = None
    return [f"{n}={v}" for n, v in sorted(found.items())]


def update_packages(bundle: DeployBundle, read: Callable[[BundleFile], bytes]) -> list[str]:
    """The packages an update bundle offers, read (with `read`, from the store) from its `Packages` index."""
    index = next((f for f in bundle.files if f.path == PACKAGES_INDEX), None)
    if index is None:
        raise UsageError(
            say("The update bundle {bundle} has no {index} index at its top level.",
                bundle=bundle.ref, index=PACKAGES_INDEX),
            say("Build it from a flat apt repository (dpkg-scanpackages . > Packages)."),
        )
    if index.length > _MAX_PACKAGES_INDEX:
        raise UsageError(say("The {index} index of {bundle} is larger than 64 MiB.", index=PACKAGES_INDEX,
                             bundle=bundle.ref), say("Split the bundle."))
    packages = packages_of_index(read(index).decode("utf-8", errors="replace"))
    if not packages:
        raise UsageError(say("The update bundle {bundle} offers no package.", bundle=bundle.ref),
                         say("Check its Packages index."))
    return packages
