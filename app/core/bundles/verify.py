"""Bundle verification: a fixed order of checks, one typed error per failure, fail closed.

Order (security.md section 3): trust chain -> manifest signatures (threshold) -> the role
may sign this type and name -> version strictly greater than any imported one -> not
expired under the clock policy -> the file set on the medium is exactly the manifest's
(by directory listing and lstat only) -> sizes bounded by the manifest -> the SBOM, when
the manifest names one: read (at most 16 MiB), hashed against the manifest, then parsed.
The rest of the payload's bytes are only read afterwards, by the importer, hashed as they
are copied.
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
from app.core.bundles.sbom import Sbom, parse_sbom, read_sources
from app.core.bundles.trust import TrustRoot, role_keys
from app.core.messages import Message, say

_ASK = say("Do not use this bundle; ask the publisher for a new copy.")


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
    sbom: Sbom | None = None

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
            "sbom": self.sbom.summary() if self.sbom is not None else None,
        }


def read_manifest(bundle_dir: Path) -> bytes:
    """Read bundle.json (never following links, never more than the cap)."""
    try:
        st = bundle_dir.lstat()
    except OSError as exc:
        raise ManifestMissing(
            say("{directory} cannot be read: {error}.", directory=bundle_dir, error=exc.strerror),
            say("Check the path and the medium."),
        ) from exc
    if not stat.S_ISDIR(st.st_mode):
        raise ManifestMissing(
            say("{directory} is not a bundle directory.", directory=bundle_dir),
            say("Give the NAME-VERSION.airlock directory."),
        )
    path = bundle_dir / MANIFEST_NAME
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_CLOEXEC | os.O_NONBLOCK)
    except OSError as exc:
        msg = say(
            "{directory} holds no readable {manifest} ({error}).",
            directory=bundle_dir,
            manifest=MANIFEST_NAME,
            error=exc.strerror,
        )
        raise ManifestMissing(msg, _ASK) from exc
    try:
        regular = stat.S_ISREG(os.fstat(fd).st_mode)
    except BaseException:
        os.close(fd)
        raise
    if not regular:  # a directory, a FIFO or a device named bundle.json
        os.close(fd)
        raise NotARegularFile(say("{path} is not a regular file.", path=path), _ASK)
    with os.fdopen(fd, "rb") as handle:
        raw = handle.read(limits.MAX_MANIFEST_BYTES + 1)
    if len(raw) > limits.MAX_MANIFEST_BYTES:
        msg = say("{path} is larger than {limit} bytes; it was not parsed.", path=path, limit=limits.MAX_MANIFEST_BYTES)
        raise ManifestTooLarge(msg, _ASK)
    return raw


def check_signatures(trust: TrustRoot, metadata: Metadata[Targets], info: BundleInfo) -> tuple[str, ...]:
    """The keyids whose valid signatures meet the role's threshold; a typed error otherwise."""
    role = trust.delegation(info.role)
    if not role.is_delegated_path(info.identity):
        msg = say(
            "The '{role}' role is not delegated the bundle '{bundle}' (it may sign {paths}).",
            role=info.role,
            bundle=info.identity,
            paths=", ".join(role.paths or []),
        )
        raise RoleMayNotSign(msg, _ASK)
    signatures = metadata.signatures
    if not signatures:
        msg = say("bundle.json of {name} {version} carries no signature.", name=info.name, version=info.version)
        raise Unsigned(msg, _ASK)
    result = trust.targets.signed.get_verification_result(info.role, metadata.signed_bytes, signatures)
    if result.verified:
        return tuple(sorted(result.signed))
    owners = role_keys(trust)
    own = set(role.keyids)
    invalid = sorted(k for k in signatures if k in own and k not in result.signed)
    foreign = sorted(k for k in signatures if k not in own and k in owners)
    unknown = sorted(k for k in signatures if k not in owners)
    valid, threshold = len(result.signed), result.threshold
    if invalid:
        msg = say(
            "A '{key_role}' key's signature does not match bundle.json (altered after signing?); "
            "it has {valid} of the {threshold} valid '{role}' signatures it needs.",
            key_role=info.role,
            valid=valid,
            threshold=threshold,
            role=info.role,
        )
        raise InvalidSignature(msg, _ASK)
    if foreign and not result.signed:
        others = ", ".join(sorted({owners[k] for k in foreign}))
        msg = say(
            "bundle.json of a {type} bundle is signed by a key of the '{other_roles}' role, not of '{role}'.",
            type=info.type,
            other_roles=others,
            role=info.role,
        )
        hint = say(
            "Only '{role}' keys may sign {type} bundles. Do not use this bundle; ask the publisher for a new copy.",
            role=info.role,
            type=info.type,
        )
        raise WrongRoleKey(msg, hint)
    if unknown and not result.signed:
        msg = say(
            "bundle.json is signed only by keys the trust root does not know ({keyids}).",
            keyids=", ".join(k[:16] for k in unknown),
        )
        raise UnknownSigningKey(msg, _ASK)
    msg = say(
        "bundle.json has {valid} of the {threshold} valid '{role}' signatures it needs.",
        valid=valid,
        threshold=threshold,
        role=info.role,
    )
    raise ThresholdNotMet(msg, say("Have more signers run `airlock bundle sign` in turn."))


def check_version(manifest: Manifest, lookup: VersionLookup) -> None:
    """Rollback protection: strictly newer than anything imported under this name."""
    info = manifest.info
    prior = lookup(info.name, info.version)
    if prior.same_version_digest is not None:
        if prior.same_version_digest == manifest.content_digest():
            msg = say("{name} {version} is imported already.", name=info.name, version=info.version)
            raise AlreadyImported(msg, say("Nothing to do."))
        msg = say("{name} {version} was imported before with different content.", name=info.name, version=info.version)
        hint = say("A published version never changes; ask the publisher for a new version.")
        raise VersionContentConflict(msg, hint)
    if prior.highest is not None and not info.version > prior.highest:
        msg = say(
            "{name} {version} is not newer than the imported version {imported}.",
            name=info.name,
            version=info.version,
            imported=prior.highest,
        )
        raise RollbackRefused(msg, say("Airlock refuses older versions; import a newer one."))


def check_expiry(manifest: Manifest, clock: ClockPolicy) -> None:
    """The signed expiry date against the clock policy."""
    if not clock.is_expired(manifest.expires):
        return
    info = manifest.info
    name, version, date, system = info.name, info.version, iso(manifest.expires), iso(clock.system_time)
    if clock.floor is None:
        msg = say(
            "{name} {version} expired on {date}. "
            "Expiry checked against the system clock ({system}); no earlier import sets a lower bound.",
            name=name,
            version=version,
            date=date,
            system=system,
        )
    elif clock.floor > clock.system_time:
        msg = say(
            "{name} {version} expired on {date}. "
            "Expiry checked against {floor}, the newest signing time already imported, "
            "because the system clock ({system}) is behind it.",
            name=name,
            version=version,
            date=date,
            floor=iso(clock.floor),
            system=system,
        )
    else:
        msg = say(
            "{name} {version} expired on {date}. "
            "Expiry checked against the system clock ({system}), "
            "which is not behind the newest signing time already imported ({floor}).",
            name=name,
            version=version,
            date=date,
            system=system,
            floor=iso(clock.floor),
        )
    raise BundleExpired(msg, say("Ask the publisher for a re-signed bundle, or check the clock."))


def _list_payload(root: Path) -> dict[str, os.stat_result]:
    """Every entry under payload/ by relative POSIX path, with its lstat; no link followed."""
    found: dict[str, os.stat_result] = {}
    stack: list[tuple[Path, str, int]] = [(root, "", 0)]
    while stack:
        directory, prefix, depth = stack.pop()
        if depth > limits.MAX_DEPTH:
            msg = say("{directory} is nested deeper than {depth} levels.", directory=directory, depth=limits.MAX_DEPTH)
            raise ExtraFile(msg, _ASK)
        with os.scandir(directory) as entries:
            for entry in entries:
                rel = f"{prefix}{entry.name}"
                st = entry.stat(follow_symlinks=False)
                found[rel] = st
                if len(found) > limits.MAX_ENTRIES_SCANNED:
                    msg = say("The payload holds more than {count} entries.", count=limits.MAX_ENTRIES_SCANNED)
                    raise ExtraFile(msg, _ASK)
                if stat.S_ISDIR(st.st_mode):
                    stack.append((Path(entry.path), f"{rel}/", depth + 1))
    return found


def _not_a_directory(path: Path, mode: int) -> Message:
    """`path` (payload/) is something other than a directory; what it is."""
    if stat.S_ISLNK(mode):
        return say("{path} is a symbolic link, not a directory.", path=path)
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return say("{path} is a device node, not a directory.", path=path)
    if stat.S_ISFIFO(mode):
        return say("{path} is a named pipe, not a directory.", path=path)
    if stat.S_ISSOCK(mode):
        return say("{path} is a socket, not a directory.", path=path)
    return say("{path} is not a regular file, not a directory.", path=path)


def _not_a_plain_file(rel: str, mode: int) -> Message:
    """Payload entry `rel` is something other than a plain file; what it is."""
    entry = repr(rel)
    if stat.S_ISLNK(mode):
        return say("Payload entry {entry} is a symbolic link; bundles hold plain files only.", entry=entry)
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return say("Payload entry {entry} is a device node; bundles hold plain files only.", entry=entry)
    if stat.S_ISFIFO(mode):
        return say("Payload entry {entry} is a named pipe; bundles hold plain files only.", entry=entry)
    if stat.S_ISSOCK(mode):
        return say("Payload entry {entry} is a socket; bundles hold plain files only.", entry=entry)
    return say("Payload entry {entry} is not a regular file; bundles hold plain files only.", entry=entry)


def _check_bundle_root(bundle_dir: Path) -> Path:
    payload = bundle_dir / PAYLOAD_DIR
    try:
        st = payload.lstat()
    except OSError as exc:
        msg = say("{directory} has no {payload}/ directory.", directory=bundle_dir, payload=PAYLOAD_DIR)
        raise MissingFile(msg, _ASK) from exc
    if not stat.S_ISDIR(st.st_mode):
        raise NotARegularFile(_not_a_directory(payload, st.st_mode), _ASK)
    extra = sorted(set(os.listdir(bundle_dir)) - {MANIFEST_NAME, PAYLOAD_DIR})
    if extra:
        msg = say(
            "{directory} holds {entry}, which is not part of a bundle.", directory=bundle_dir, entry=repr(extra[0])
        )
        raise ExtraFile(msg, _ASK)
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
            msg = say(
                "The payload holds {first} and {second}, equal when case is ignored.",
                first=repr(other),
                second=repr(rel),
            )
            raise CaseFoldCollision(msg, _ASK)
    for rel, st in sorted(found.items()):
        if rel in directories and stat.S_ISDIR(st.st_mode):
            continue
        if rel not in expected:
            msg = say("The payload holds {entry}, which the manifest does not list.", entry=repr(rel))
            raise ExtraFile(msg, _ASK)
        if not stat.S_ISREG(st.st_mode):
            raise NotARegularFile(_not_a_plain_file(rel, st.st_mode), _ASK)
        if st.st_nlink > 1:
            msg = say("Payload file {file} is a hard link ({count} names).", file=repr(rel), count=st.st_nlink)
            raise NotARegularFile(msg, _ASK)


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
            location = f"{PAYLOAD_DIR}/{name}"
            if st_found is None:
                if entry.parts:
                    msg = say(
                        "The split part {index} of {file} is missing ({location}).",
                        index=index,
                        file=repr(entry.path),
                        location=location,
                    )
                else:
                    msg = say(
                        "The payload file {file} is missing ({location}).", file=repr(entry.path), location=location
                    )
                raise MissingFile(msg, _ASK)
            length = entry.parts[index].length if entry.parts else entry.length
            if st_found.st_size != length:
                if st_found.st_size > length:
                    msg = say(
                        "{location} is {size} bytes, longer than the {length} the manifest signs.",
                        location=location,
                        size=st_found.st_size,
                        length=length,
                    )
                else:
                    msg = say(
                        "{location} is {size} bytes, shorter than the {length} the manifest signs.",
                        location=location,
                        size=st_found.st_size,
                        length=length,
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
    return VerifiedBundle(bundle_dir, manifest, signers, clock, plan, check_sbom(info.sbom, plan))


def check_sbom(reference: dict[str, str], plan: tuple[FilePlan, ...]) -> Sbom | None:
    """The bundle's SBOM, read from the medium and checked, once the manifest verified (None: none)."""
    if not reference:
        return None
    entry = next(p for p in plan if p.file.path == reference["path"])
    raw = read_sources((s.path for s in entry.sources), entry.file.length, entry.file.sha256)
    return parse_sbom(raw, reference["format"])
