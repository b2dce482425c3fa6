"""The trust root: a TUF Root plus a top-level Targets role delegating to publisher roles.

All signature, threshold and canonical-JSON work is python-tuf's (`tuf.api.metadata`).
This module builds trust metadata on the publisher side and checks it on the appliance:
a first pin against a fingerprint typed by an administrator, rotations that satisfy the
thresholds of both the old and the new root, and delegations verified by the root.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from securesystemslib.signer import Key, Signer
from tuf.api.exceptions import RepositoryError, UnsignedMetadataError
from tuf.api.metadata import (
    DelegatedRole,
    Delegations,
    Metadata,
    Role,
    Root,
    Signed,
    Targets,
)
from tuf.api.serialization import DeserializationError

from app.core.bundles import limits
from app.core.bundles.clock import ClockPolicy, iso
from app.core.bundles.errors import (
    FingerprintMismatch,
    RotationRejected,
    TrustExpired,
    TrustMetadataInvalid,
    TrustThresholdNotMet,
)
from app.core.bundles.manifest import ROLE_FOR_TYPE

PUBLISHER_ROLES = tuple(ROLE_FOR_TYPE.values())
TOP_LEVEL_ROLES = ("root", "targets", "snapshot", "timestamp")
ROOT_FILE = "root.json"
TARGETS_FILE = "targets.json"
_FINGERPRINT = re.compile(r"SHA256:[0-9a-f]{64}")


def fingerprint(raw: bytes) -> str:
    """`SHA256:` + lowercase hex SHA-256 of root.json's bytes (cli.md)."""
    return "SHA256:" + hashlib.sha256(raw).hexdigest()


def normalise_fingerprint(text: str) -> str:
    """Accept the fingerprint as typed (spaces, upper case) or raise `FingerprintMismatch`."""
    cleaned = "".join(text.split())
    head, _, tail = cleaned.partition(":")
    candidate = f"{head.upper()}:{tail.lower()}"
    if _FINGERPRINT.fullmatch(candidate) is None:
        msg = f"{text[:80]!r} is not a trust root fingerprint."
        raise FingerprintMismatch(msg, "Type it as SHA256: followed by 64 hex digits, as init-trust printed it.")
    return candidate


@dataclass(frozen=True)
class RoleSpec:
    """A publisher role's keys and threshold, as `publisher init-trust --role` gives them."""

    name: str
    keys: tuple[Key, ...]
    threshold: int = 1


@dataclass(frozen=True)
class TrustRoot:
    """A verified root and its verified delegating targets, as pinned in the vault."""

    root: Metadata[Root]
    root_raw: bytes
    targets: Metadata[Targets]
    targets_raw: bytes

    @property
    def fingerprint(self) -> str:
        """The root's fingerprint."""
        return fingerprint(self.root_raw)

    def delegation(self, role: str) -> DelegatedRole:
        """The delegated publisher role `role`; `TrustMetadataInvalid` if it is not delegated."""
        delegations = self.targets.signed.delegations
        roles = delegations.roles if delegations is not None else None
        if not roles or role not in roles:
            msg = f"The trust root does not delegate the publisher role '{role}'."
            raise TrustMetadataInvalid(msg, "Rotate to a root whose targets.json delegates it.")
        return roles[role]

    def describe(self) -> dict[str, object]:
        """What `trust show` prints."""
        root = self.root.signed
        roles: dict[str, object] = {
            name: {"keyids": list(role.keyids), "threshold": role.threshold}
            for name, role in root.roles.items()
            if name in {"root", "targets"}
        }
        delegations = self.targets.signed.delegations
        publishers = {
            name: {"keyids": list(role.keyids), "threshold": role.threshold, "paths": list(role.paths or [])}
            for name, role in ((delegations.roles or {}).items() if delegations else ())
        }
        return {
            "fingerprint": self.fingerprint,
            "root_version": root.version,
            "root_expires": iso(root.expires),
            "targets_version": self.targets.signed.version,
            "targets_expires": iso(self.targets.signed.expires),
            "roles": roles,
            "publishers": publishers,
        }


# --- publisher side ---------------------------------------------------------------------------


def _check_threshold(what: str, keys: Sequence[Key], threshold: int) -> None:
    if not keys:
        raise TrustMetadataInvalid(f"The {what} role has no keys.", "Give at least one public key.")
    if len({k.keyid for k in keys}) != len(keys):
        raise TrustMetadataInvalid(f"The {what} role lists a key twice.", "Give each key once.")
    if not 1 <= threshold <= len(keys):
        msg = f"The {what} threshold {threshold} is outside 1..{len(keys)} (its number of keys)."
        raise TrustMetadataInvalid(msg, "Lower the threshold or add keys.")


def new_root(root_keys: Sequence[Key], threshold: int, expires: datetime, version: int = 1) -> Root:
    """A Root whose four top-level roles are all held by the root keys.

    Airlock uses root and targets; snapshot and timestamp exist because TUF requires them.
    """
    _check_threshold("root", root_keys, threshold)
    root = Root(version=version, expires=expires, consistent_snapshot=False)
    for name in TOP_LEVEL_ROLES:
        root.roles[name] = Role([], threshold)
        for key in root_keys:
            root.add_key(key, name)
    return root


def new_targets(roles: Sequence[RoleSpec], expires: datetime, version: int = 1) -> Targets:
    """The top-level Targets role delegating each publisher role to its own path pattern."""
    names = [spec.name for spec in roles]
    unknown = sorted(set(names) - set(PUBLISHER_ROLES))
    if unknown or len(set(names)) != len(names) or not names:
        allowed = ", ".join(PUBLISHER_ROLES)
        msg = f"Publisher roles must be distinct names among {allowed}; got {', '.join(names) or 'none'}."
        raise TrustMetadataInvalid(msg, "Fix the --role options.")
    keys: dict[str, Key] = {}
    delegated: dict[str, DelegatedRole] = {}
    for spec in roles:
        _check_threshold(spec.name, spec.keys, spec.threshold)
        for key in spec.keys:
            keys[key.keyid] = key
        delegated[spec.name] = DelegatedRole(
            name=spec.name,
            keyids=[k.keyid for k in spec.keys],
            threshold=spec.threshold,
            terminating=True,
            paths=[f"{spec.name}/*"],
        )
    return Targets(version=version, expires=expires, delegations=Delegations(keys=keys, roles=delegated))


def sign(metadata: Metadata[Signed], signers: Sequence[Signer]) -> None:
    """Add one signature per signer (keeping those already there)."""
    for signer in signers:
        metadata.sign(signer, append=True)


# --- appliance side ---------------------------------------------------------------------------


def _load(raw: bytes, kind: type[Signed], what: str) -> Metadata[Signed]:
    if len(raw) > limits.MAX_TRUST_BYTES:
        raise TrustMetadataInvalid(f"{what} is {len(raw)} bytes, above {limits.MAX_TRUST_BYTES}.", "Check the file.")
    try:
        metadata: Metadata[Signed] = Metadata.from_bytes(raw)
    except (DeserializationError, RepositoryError, ValueError, KeyError, TypeError) as exc:
        raise TrustMetadataInvalid(f"{what} is not valid TUF metadata.", "Check that the file is complete.") from exc
    if not isinstance(metadata.signed, kind):
        raise TrustMetadataInvalid(
            f"{what} holds '{metadata.signed.type}' metadata, not {kind.type}.", "Check the file."
        )
    if len(metadata.signatures) > limits.MAX_SIGNATURES:
        raise TrustMetadataInvalid(f"{what} carries too many signatures.", "Check the file.")
    return metadata


def load_root(raw: bytes) -> Metadata[Root]:
    """Parse root.json (bounded); no signature checked yet."""
    metadata = _load(raw, Root, ROOT_FILE)
    missing = [name for name in ("root", "targets") if name not in metadata.signed.roles]
    if missing:
        raise TrustMetadataInvalid(f"root.json defines no '{missing[0]}' role.", "Check the file.")
    return metadata


def load_targets(raw: bytes) -> Metadata[Targets]:
    """Parse targets.json (bounded); no signature checked yet."""
    return _load(raw, Targets, TARGETS_FILE)


def check_fresh(signed: Signed, what: str, clock: ClockPolicy) -> None:
    """Raise `TrustExpired` when `signed` has expired under `clock`."""
    if clock.is_expired(signed.expires):
        msg = f"The {what} expired on {iso(signed.expires)}. {clock.describe()}"
        raise TrustExpired(msg, "Ask the root key holders for a rotated trust root.")


def verify_first_root(raw: bytes, expected: str, clock: ClockPolicy) -> Metadata[Root]:
    """Check a root to be pinned first: its fingerprint, then its own threshold, then expiry."""
    wanted = normalise_fingerprint(expected)
    actual = fingerprint(raw)
    if not hmac.compare_digest(wanted, actual):
        msg = f"root.json has fingerprint {actual}, not the {wanted} you typed."
        raise FingerprintMismatch(msg, "Do not pin it: get the root from its publisher again and compare on paper.")
    metadata = load_root(raw)
    try:
        metadata.signed.verify_delegate("root", metadata.signed_bytes, metadata.signatures)
    except UnsignedMetadataError as exc:
        raise TrustThresholdNotMet(
            f"root.json is not signed by its own threshold: {exc}.", "Collect the missing signatures."
        ) from exc
    check_fresh(metadata.signed, "trust root", clock)
    return metadata


def verify_rotation(current: Root, raw: bytes, clock: ClockPolicy) -> Metadata[Root]:
    """Check root version N+1 against pinned version N: both thresholds must be met."""
    metadata = load_root(raw)
    new = metadata.signed
    if new.version != current.version + 1:
        msg = f"The new root is version {new.version}; the pinned root is version {current.version}."
        raise RotationRejected(msg, f"Rotate one version at a time: bring version {current.version + 1}.")
    result = new.get_root_verification_result(current, metadata.signed_bytes, metadata.signatures)
    if not result.first.verified:
        msg = (
            f"Root version {new.version} is signed by {len(result.first.signed)} of the "
            f"{result.first.threshold} keys of the pinned version {current.version} it needs."
        )
        raise RotationRejected(msg, "A rotation must be approved by the current root key holders.")
    if not result.second.verified:
        msg = (
            f"Root version {new.version} is signed by {len(result.second.signed)} of the "
            f"{result.second.threshold} of its own keys it needs."
        )
        raise RotationRejected(msg, "Collect the new root key holders' signatures too.")
    check_fresh(new, "new trust root", clock)
    return metadata


def verify_targets(root: Root, raw: bytes, clock: ClockPolicy | None, pinned_version: int = 0) -> Metadata[Targets]:
    """Check targets.json against `root`: threshold, publisher roles only, not older than pinned."""
    metadata = load_targets(raw)
    try:
        root.verify_delegate("targets", metadata.signed_bytes, metadata.signatures)
    except UnsignedMetadataError as exc:
        raise TrustThresholdNotMet(
            f"targets.json is not signed by the root's targets keys: {exc}.", "Re-sign it."
        ) from exc
    signed = metadata.signed
    if signed.version < pinned_version:
        msg = f"targets.json is version {signed.version}, older than the pinned version {pinned_version}."
        raise RotationRejected(msg, "Use the newest targets.json from the publisher.")
    delegations = signed.delegations
    if delegations is None or delegations.roles is None or delegations.succinct_roles is not None:
        raise TrustMetadataInvalid(
            "targets.json must delegate to named publisher roles.", "Rebuild it with init-trust."
        )
    for name, role in delegations.roles.items():
        if name not in PUBLISHER_ROLES or not role.paths or role.path_hash_prefixes:
            msg = f"targets.json delegates '{name[:40]}', not a publisher role with path patterns."
            raise TrustMetadataInvalid(msg, f"Use only {', '.join(PUBLISHER_ROLES)}.")
        if any(not p.startswith(f"{name}/") for p in role.paths):
            msg = f"The '{name}' role is delegated paths outside '{name}/'."
            raise TrustMetadataInvalid(msg, "A role may only own its own namespace.")
    if signed.targets:
        raise TrustMetadataInvalid("targets.json lists targets itself; only publisher roles may.", "Rebuild it.")
    if clock is not None:
        check_fresh(signed, "delegating targets metadata", clock)
    return metadata


def trust_from_pins(root_raw: bytes, targets_raw: bytes, clock: ClockPolicy | None) -> TrustRoot:
    """Re-check the pinned pair on load (cheap), so a tampered row cannot slip through.

    `clock` None skips the expiry checks: showing or rotating an expired root must work.
    """
    root = load_root(root_raw)
    try:
        root.signed.verify_delegate("root", root.signed_bytes, root.signatures)
    except UnsignedMetadataError as exc:
        raise TrustThresholdNotMet("The pinned root no longer verifies.", "Restore the vault from backup.") from exc
    if clock is not None:
        check_fresh(root.signed, "trust root", clock)
    targets = verify_targets(root.signed, targets_raw, clock)
    return TrustRoot(root, root_raw, targets, targets_raw)


def role_keys(trust: TrustRoot) -> Mapping[str, str]:
    """Keyid -> the publisher role holding it (for telling a wrong-role key from an unknown one)."""
    delegations = trust.targets.signed.delegations
    owners: dict[str, str] = {}
    for name, role in (delegations.roles or {}).items() if delegations else ():
        for keyid in role.keyids:
            owners.setdefault(keyid, name)
    return owners
