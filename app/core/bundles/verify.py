"""Bundle verification: a fixed order of checks, one typed error per failure, fail closed.

Order (security.md section 3): trust chain -> manifest signatures (threshold) -> the role
may sign this type and name -> version strictly greater than any imported one -> not
expired under the clock policy -> the file set on the medium is exactly the manifest's
(by directory listing and lstat only) -> sizes bounded by the manifest. The payload's
bytes are only read afterwards, by the importer, hashed as they are copied.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from tuf.api.metadata import Metadata, Targets

from app.core.bundles import limits
from app.core.bundles.clock import ClockPolicy, iso
from app.core.bundles.errors import (
    AlreadyImported,
    BundleExpired,
    CaseFoldCollision,
    ExtraFile,
    InvalidSignature,
    LengthMismatch,
    ManifestMissing,
    ManifestTooLarge,
    MissingFile,
    NotARegularFile,
    RoleMayNotSign,
    RollbackRefused,
    ThresholdNotMet,
    UnknownSigningKey,
    Unsigned,
    VersionContentConflict,
    WrongRoleKey,
)
from app.core.bundles.manifest import (
    MANIFEST_NAME,
    PAYLOAD_DIR,
    BundleInfo,
    Manifest,
    ManifestFile,
    SemVer,
    load_envelope,
    parse_files,
)
from app.core.bundles.trust import TrustRoot, role_keys

_ASK = "Do not use this bundle; ask the publisher for a new copy."


@dataclass(frozen=True)
class PriorImport:
    """What the vault knows about earlier imports of a bundle name."""

    highest: SemVer | None = None
    same_version_digest: str | None = None


VersionLookup = Callable[[str, SemVer], PriorImport]


def no_prior_imports(_name: str, _version: SemVer) -> PriorImport:
    """A lookup for a vault that has imported nothing."""
    return PriorImport()


@dataclass(frozen=True)
class Source:
    """One file on the medium that feeds a payload file: its path, length and identity."""

    path: Path
    length: int
    sha256: str | None
    identity: tuple[int, int]
    label: str


@dataclass(frozen=True)
class FilePlan:
    """A payload file and, in order, the files on the medium that hold its bytes."""

    file: ManifestFile
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class VerifiedBundle:
    """A bundle whose manifest verified and whose file set matches; payload not yet hashed."""

    directory: Path
    manifest: Manifest
    signers: tuple[str, ...]
    clock: ClockPolicy
    plan: tuple[FilePlan, ...] = field(repr=False)

    @property
    def info(self) -> BundleInfo:
        """The signed facts about the bundle."""
        return self.manifest.info

    @property
    def manifest_sha256(self) -> str:
        """SHA-256 of bundle.json as read from the medium."""
        return hashlib.sha256(self.manifest.raw).hexdigest()

    def summary(self) -> dict[str, object]:
        """What `bundle verify` prints and the audit records (no secrets in it)."""
        info = self.info
        return {
            "path": str(self.directory),
            "type": info.type,
            "name": info.name,
            "version": str(info.version),
            "classification": info.classification,
            "description": info.description,
            "role": info.role,
            "signers": list(self.signers),
            "files": len(self.manifest.files),
            "size": self.manifest.total_length,
            "created": iso(info.created),
            "expires": iso(self.manifest.expires),
            "clock_policy": self.clock.describe(),
            "model": dict(info.model),
            "content_digest": self.manifest.content_digest(),
        }


def read_manifest(bundle_dir: Path) -> bytes:
    """Read bundle.json (never following links, never more than the cap)."""
    try:
        st = bundle_dir.lstat()
    except OSError as exc:
        raise ManifestMissing(
            f"{bundle_dir} cannot be read: {exc.strerror}.", "Check the path and the medium."
        ) from exc
    if not stat.S_ISDIR(st.st_mode):
        raise ManifestMissing(f"{bundle_dir} is not a bundle directory.", "Give the NAME-VERSION.airlock directory.")
    path = bundle_dir / MANIFEST_NAME
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK)
    except OSError as exc:
        raise ManifestMissing(f"{bundle_dir} holds no readable {MANIFEST_NAME} ({exc.strerror}).", _ASK) from exc
    with os.fdopen(fd, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise NotARegularFile(f"{path} is not a regular file.", _ASK)
        raw = handle.read(limits.MAX_MANIFEST_BYTES + 1)
    if len(raw) > limits.MAX_MANIFEST_BYTES:
        raise ManifestTooLarge(f"{path} is larger than {limits.MAX_MANIFEST_BYTES} bytes; it was not parsed.", _ASK)
    return raw


def check_signatures(trust: TrustRoot, metadata: Metadata[Targets], info: BundleInfo) -> tuple[str, ...]:
    """The keyids whose valid signatures meet the role's threshold; a typed error otherwise."""
    role = trust.delegation(info.role)
    if not role.is_delegated_path(info.identity):
        paths = ", ".join(role.paths or [])
        msg = f"The '{info.role}' role is not delegated the bundle '{info.identity}' (it may sign {paths})."
        raise RoleMayNotSign(msg, _ASK)
    signatures = metadata.signatures
    if not signatures:
        raise Unsigned(f"bundle.json of {info.name} {info.version} carries no signature.", _ASK)
    result = trust.targets.signed.get_verification_result(info.role, metadata.signed_bytes, signatures)
    if result.verified:
        return tuple(sorted(result.signed))
    owners = role_keys(trust)
    own = set(role.keyids)
    invalid = sorted(k for k in signatures if k in own and k not in result.signed)
    foreign = sorted(k for k in signatures if k not in own and k in owners)
    unknown = sorted(k for k in signatures if k not in owners)
    have = f"{len(result.signed)} of the {result.threshold} valid '{info.role}' signatures it needs"
    if invalid:
        msg = f"A '{info.role}' key's signature does not match bundle.json (altered after signing?); it has {have}."
        raise InvalidSignature(msg, _ASK)
    if foreign and not result.signed:
        others = ", ".join(sorted({owners[k] for k in foreign}))
        msg = f"bundle.json of a {info.type} bundle is signed by a key of the '{others}' role, not of '{info.role}'."
        raise WrongRoleKey(msg, f"Only '{info.role}' keys may sign {info.type} bundles. {_ASK}")
    if unknown and not result.signed:
        msg = f"bundle.json is signed only by keys the trust root does not know ({', '.join(k[:16] for k in unknown)})."
        raise UnknownSigningKey(msg, _ASK)
    raise ThresholdNotMet(f"bundle.json has {have}.", "Have more signers run `airlock bundle sign` in turn.")


def check_version(manifest: Manifest, lookup: VersionLookup) -> None:
    """Rollback protection: strictly newer than anything imported under this name."""
    info = manifest.info
    prior = lookup(info.name, info.version)
    if prior.same_version_digest is not None:
        if prior.same_version_digest == manifest.content_digest():
            raise AlreadyImported(f"{info.name} {info.version} is imported already.", "Nothing to do.")
        msg = f"{info.name} {info.version} was imported before with different content."
        raise VersionContentConflict(msg, "A published version never changes; ask the publisher for a new version.")
    if prior.highest is not None and not info.version > prior.highest:
        msg = f"{info.name} {info.version} is not newer than the imported version {prior.highest}."
        raise RollbackRefused(msg, "Airlock refuses older versions; import a newer one.")


def check_expiry(manifest: Manifest, clock: ClockPolicy) -> None:
    """The signed expiry date against the clock policy."""
    if clock.is_expired(manifest.expires):
        info = manifest.info
        msg = f"{info.name} {info.version} expired on {iso(manifest.expires)}. {clock.describe()}"
        raise BundleExpired(msg, "Ask the publisher for a re-signed bundle, or check the clock.")


def _list_payload(root: Path) -> dict[str, os.stat_result]:
    """Every entry under payload/ by relative POSIX path, with its lstat; no link followed."""
    found: dict[str, os.stat_result] = {}
    stack: list[tuple[Path, str, int]] = [(root, "", 0)]
    while stack:
        directory, prefix, depth = stack.pop()
        if depth > limits.MAX_DEPTH:
            raise ExtraFile(f"{directory} is nested deeper than {limits.MAX_DEPTH} levels.", _ASK)
        with os.scandir(directory) as entries:
            for entry in entries:
                rel = f"{prefix}{entry.name}"
                st = entry.stat(follow_symlinks=False)
                found[rel] = st
                if len(found) > limits.MAX_ENTRIES_SCANNED:
                    raise ExtraFile(f"The payload holds more than {limits.MAX_ENTRIES_SCANNED} entries.", _ASK)
                if stat.S_ISDIR(st.st_mode):
                    stack.append((Path(entry.path), f"{rel}/", depth + 1))
    return found


def _kind(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device node"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _check_bundle_root(bundle_dir: Path) -> Path:
    payload = bundle_dir / PAYLOAD_DIR
    try:
        st = payload.lstat()
    except OSError as exc:
        raise MissingFile(f"{bundle_dir} has no {PAYLOAD_DIR}/ directory.", _ASK) from exc
    if not stat.S_ISDIR(st.st_mode):
        raise NotARegularFile(f"{payload} is {_kind(st.st_mode)}, not a directory.", _ASK)
    extra = sorted(set(os.listdir(bundle_dir)) - {MANIFEST_NAME, PAYLOAD_DIR})
    if extra:
        raise ExtraFile(f"{bundle_dir} holds {extra[0]!r}, which is not part of a bundle.", _ASK)
    return payload


def _expected(files: tuple[ManifestFile, ...]) -> tuple[dict[str, tuple[ManifestFile, int]], set[str]]:
    names: dict[str, tuple[ManifestFile, int]] = {}
    directories: set[str] = set()
    for entry in files:
        for index, name in enumerate(entry.medium_names()):
            names[name] = (entry, index)
            segments = name.split("/")
            directories.update("/".join(segments[:i]) for i in range(1, len(segments)))
    return names, directories


def _check_found(
    found: dict[str, os.stat_result], expected: dict[str, tuple[ManifestFile, int]], directories: set[str]
) -> None:
    """Every entry on the medium is expected, a plain file with one name; no case-fold twins."""
    folded: dict[str, str] = {}
    for rel in sorted(found):
        other = folded.setdefault(rel.casefold(), rel)
        if other != rel:
            raise CaseFoldCollision(f"The payload holds {other!r} and {rel!r}, equal when case is ignored.", _ASK)
    for rel, st in sorted(found.items()):
        if rel in directories and stat.S_ISDIR(st.st_mode):
            continue
        if rel not in expected:
            raise ExtraFile(f"The payload holds {rel!r}, which the manifest does not list.", _ASK)
        if not stat.S_ISREG(st.st_mode):
            raise NotARegularFile(f"Payload entry {rel!r} is {_kind(st.st_mode)}; bundles hold plain files only.", _ASK)
        if st.st_nlink > 1:
            raise NotARegularFile(f"Payload file {rel!r} is a hard link ({st.st_nlink} names).", _ASK)


def scan_payload(bundle_dir: Path, files: tuple[ManifestFile, ...]) -> tuple[FilePlan, ...]:
    """Match the medium's file set to the manifest exactly, by names, types and sizes only."""
    payload = _check_bundle_root(bundle_dir)
    found = _list_payload(payload)
    expected, directories = _expected(files)
    _check_found(found, expected, directories)
    plans = []
    for entry in files:
        sources = []
        for index, name in enumerate(entry.medium_names()):
            st_found = found.get(name)
            if st_found is None:
                what = f"split part {index} of {entry.path!r}" if entry.parts else f"payload file {entry.path!r}"
                raise MissingFile(f"The {what} is missing ({PAYLOAD_DIR}/{name}).", _ASK)
            length = entry.parts[index].length if entry.parts else entry.length
            if st_found.st_size != length:
                longer = "longer" if st_found.st_size > length else "shorter"
                msg = (
                    f"{PAYLOAD_DIR}/{name} is {st_found.st_size} bytes, {longer} than the {length} the manifest signs."
                )
                raise LengthMismatch(msg, _ASK)
            digest = entry.parts[index].sha256 if entry.parts else None
            identity = (st_found.st_dev, st_found.st_ino)
            sources.append(Source(payload / name, length, digest, identity, name))
        plans.append(FilePlan(entry, tuple(sources)))
    return tuple(plans)


def verify_bundle(bundle_dir: Path, trust: TrustRoot, lookup: VersionLookup, clock: ClockPolicy) -> VerifiedBundle:
    """Run every check up to and including the file set; raise the first failure.

    `trust` was loaded from the vault's pins (the chain is checked there). The payload is
    listed but not read; `importer.transfer` hashes it.
    """
    raw = read_manifest(bundle_dir)
    metadata, info = load_envelope(raw)
    signers = check_signatures(trust, metadata, info)
    manifest = Manifest(metadata, raw, info, parse_files(metadata, info))
    check_version(manifest, lookup)
    check_expiry(manifest, clock)
    plan = scan_payload(bundle_dir, manifest.files)
    return VerifiedBundle(bundle_dir, manifest, signers, clock, plan)
