"""Checks of what a bundle holds, by type, once its manifest and file set verified.

A `playbooks` bundle must hold playbooks that run only on nodes (`playbook_content`); an
`app` bundle must hold an Airlock release of the version it claims (`appliance.package`).
The files read are taken from the medium and checked against their signed length and
SHA-256 first, as the SBOM is; nothing else of the payload is read before the import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.core.appliance.package import MAX_RELEASE_MANIFEST, RELEASE_MANIFEST, parse_release_manifest
from app.core.bundles.playbook_content import PlaybookFile, check_content, check_layout, needs_reading, read_checked

if TYPE_CHECKING:
    from app.core.bundles.verify import FilePlan, VerifiedBundle


def _read(entry: FilePlan, limit: int) -> bytes:
    if entry.file.length > limit:
        return b""
    return read_checked((s.path for s in entry.sources), entry.file.length, entry.file.sha256, entry.file.path)


def check_bundle_content(bundle: VerifiedBundle) -> None:
    """Refuse a playbooks or app bundle whose content is not what its type promises."""
    kind = bundle.info.type
    if kind == "playbooks":
        check_layout(p.file.path for p in bundle.plan)
        files = [PlaybookFile(p.file.path, read_checked((s.path for s in p.sources), p.file.length, p.file.sha256,
                                                        p.file.path))
                 for p in bundle.plan if needs_reading(p.file.path)]
        check_content(files)
    elif kind == "app":
        by_path = {p.file.path: p for p in bundle.plan}
        entry = by_path.get(RELEASE_MANIFEST)
        raw = _read(entry, MAX_RELEASE_MANIFEST) if entry is not None else b""
        parse_release_manifest(raw, bundle.info.name, str(bundle.info.version),
                               {path: p.file.sha256 for path, p in by_path.items()})
