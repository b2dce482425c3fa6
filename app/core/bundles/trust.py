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
from typing import Literal

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
from app.core.messages import say

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
        msg = say("{typed} is not a trust root fingerprint.", typed=repr(text[:80]))
        raise FingerprintMismatch(msg, say("Type it as SHA256: followed by 64 hex digits, as init-trust printed it."))
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
            msg = say("The trust root does not delegate the publisher role '{role}'.", role=role)
            raise TrustMetadataInvalid(msg, say("Rotate to a root whose targets.json delegates it."))
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


def _check_threshold(role: str, keys: Sequence[Key], threshold: int) -> None:
    if not keys:
        raise TrustMetadataInvalid(say("The {role} role has no keys.", role=role), say("Give at least one public key."))
    if len({k.keyid for k in keys}) != len(keys):
        raise TrustMetadataInvalid(say("The {role} role lists a key twice.", role=role), say("Give each key once."))
    if not 1 <= threshold <= len(keys):
        msg = say(
            "The {role} threshold {threshold} is outside 1..{keys} (its number of keys).",
            role=role,
            threshold=threshold,
            keys=len(keys),
        )
        raise TrustMetadataInvalid(msg, say("Lower the threshold or add keys."))


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
        if names:
            msg = say(
                "Publisher roles must be distinct names among {allowed}; got {given}.",
                allowed=allowed,
                given=", ".join(names),
            )
        else:
            msg = say("Publisher roles must be distinct names among {allowed}; got none.", allowed=allowed)
        raise TrustMetadataInvalid(msg, say("Fix the --role options."))
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


def _load(raw: bytes, kind: type[Signed], file: str) -> Metadata[Signed]:
    check = say("Check the file.")
    if len(raw) > limits.MAX_TRUST_BYTES:
        msg = say("{file} is {size} bytes, above {limit}.", file=file, size=len(raw), limit=limits.MAX_TRUST_BYTES)
        raise TrustMetadataInvalid(msg, check)
    try:
        metadata: Metadata[Signed] = Metadata.from_bytes(raw)
    except (DeserializationError, RepositoryError, ValueError, KeyError, TypeError) as exc:
        raise TrustMetadataInvalid(
            say("{file} is not valid TUF metadata.", file=file), say("Check that the file is complete.")
        ) from exc
    if not isinstance(metadata.signed, kind):
        msg = say(
            "{file} holds '{found}' metadata, not {expected}.",
            file=file,
            found=metadata.signed.type,
            expected=kind.type,
        )
        raise TrustMetadataInvalid(msg, check)
    if len(metadata.signatures) > limits.MAX_SIGNATURES:
        raise TrustMetadataInvalid(say("{file} carries too many signatures.", file=file), check)
    return metadata


def load_root(raw: bytes) -> Metadata[Root]:
    """Parse root.json (bounded); no signature checked yet."""
    metadata = _load(raw, Root, ROOT_FILE)
    missing = [name for name in ("root", "targets") if name not in metadata.signed.roles]
    if missing:
        msg = say("root.json defines no '{role}' role.", role=missing[0])
        raise TrustMetadataInvalid(msg, say("Check the file."))
    return metadata


def load_targets(raw: bytes) -> Metadata[Targets]:
    """Parse targets.json (bounded); no signature checked yet."""
    return _load(raw, Targets, TARGETS_FILE)


Expiring = Literal["trust root", "new trust root", "delegating targets metadata"]
"""What `check_fresh` checks, as its message names it."""


def check_fresh(signed: Signed, what: Expiring, clock: ClockPolicy) -> None:
    """Raise `TrustExpired` when `signed` has expired under `clock`.

    The message says what expired and which time it was compared with (`clock.describe()`),
    one sentence per case so that each can be translated whole.
    """
    if not clock.is_expired(signed.expires):
        return
    date, system = iso(signed.expires), iso(clock.system_time)
    floor = iso(clock.floor) if clock.floor is not None else ""
    if clock.floor is None:
        if what == "trust root":
            msg = say(
                "The trust root expired on {date}. "
                "Expiry checked against the system clock ({system}); no earlier import sets a lower bound.",
                date=date,
                system=system,
            )
        elif what == "new trust root":
            msg = say(
                "The new trust root expired on {date}. "
                "Expiry checked against the system clock ({system}); no earlier import sets a lower bound.",
                date=date,
                system=system,
            )
        else:
            msg = say(
                "The delegating targets metadata expired on {date}. "
                "Expiry checked against the system clock ({system}); no earlier import sets a lower bound.",
                date=date,
                system=system,
            )
    elif clock.floor > clock.system_time:
        if what == "trust root":
            msg = say(
                "The trust root expired on {date}. "
                "Expiry checked against {floor}, the newest signing time already imported, "
                "because the system clock ({system}) is behind it.",
                date=date,
                floor=floor,
                system=system,
            )
        elif what == "new trust root":
            msg = say(
                "The new trust root expired on {date}. "
                "Expiry checked against {floor}, the newest signing time already imported, "
                "because the system clock ({system}) is behind it.",
                date=date,
                floor=floor,
                system=system,
            )
        else:
            msg = say(
                "The delegating targets metadata expired on {date}. "
                "Expiry checked against {floor}, the newest signing time already imported, "
                "because the system clock ({system}) is behind it.",
                date=date,
                floor=floor,
                system=system,
            )
    elif what == "trust root":
        msg = say(
            "The trust root expired on {date}. "
            "Expiry checked against the system clock ({system}), "
            "which is not behind the newest signing time already imported ({floor}).",
            date=date,
            system=system,
            floor=floor,
        )
    elif what == "new trust root":
        msg = say(
            "The new trust root expired on {date}. "
            "Expiry checked against the system clock ({system}), "
            "which is not behind the newest signing time already imported ({floor}).",
            date=date,
            system=system,
            floor=floor,
        )
    else:
        msg = say(
            "The delegating targets metadata expired on {date}. "
            "Expiry checked against the system clock ({system}), "
            "which is not behind the newest signing time already imported ({floor}).",
            date=date,
            system=system,
            floor=floor,
        )
    raise TrustExpired(msg, say("Ask the root key holders for a rotated trust root."))


def verify_first_root(raw: bytes, expected: str, clock: ClockPolicy) -> Metadata[Root]:
    """Check a root to be pinned first: its fingerprint, then its own threshold, then expiry."""
    wanted = normalise_fingerprint(expected)
    actual = fingerprint(raw)
    if not hmac.compare_digest(wanted, actual):
        msg = say("root.json has fingerprint {actual}, not the {typed} you typed.", actual=actual, typed=wanted)
        hint = say("Do not pin it: get the root from its publisher again and compare on paper.")
        raise FingerprintMismatch(msg, hint)
    metadata = load_root(raw)
    try:
        metadata.signed.verify_delegate("root", metadata.signed_bytes, metadata.signatures)
    except UnsignedMetadataError as exc:
        raise TrustThresholdNotMet(
            say("root.json is not signed by its own threshold: {error}.", error=exc),
            say("Collect the missing signatures."),
        ) from exc
    check_fresh(metadata.signed, "trust root", clock)
    return metadata


def verify_rotation(current: Root, raw: bytes, clock: ClockPolicy) -> Metadata[Root]:
    """Check root version N+1 against pinned version N: both thresholds must be met."""
    metadata = load_root(raw)
    new = metadata.signed
    if new.version != current.version + 1:
        msg = say(
            "The new root is version {new}; the pinned root is version {pinned}.",
            new=new.version,
            pinned=current.version,
        )
        hint = say("Rotate one version at a time: bring version {next}.", next=current.version + 1)
        raise RotationRejected(msg, hint)
    result = new.get_root_verification_result(current, metadata.signed_bytes, metadata.signatures)
    if not result.first.verified:
        msg = say(
            "Root version {version} is signed by {signed} of the {threshold} keys "
            "of the pinned version {pinned} it needs.",
            version=new.version,
            signed=len(result.first.signed),
            threshold=result.first.threshold,
            pinned=current.version,
        )
        raise RotationRejected(msg, say("A rotation must be approved by the current root key holders."))
    if not result.second.verified:
        msg = say(
            "Root version {version} is signed by {signed} of the {threshold} of its own keys it needs.",
            version=new.version,
            signed=len(result.second.signed),
            threshold=result.second.threshold,
        )
        raise RotationRejected(msg, say("Collect the new root key holders' signatures too."))
    check_fresh(new, "new trust root", clock)
    return metadata


def verify_targets(root: Root, raw: bytes, clock: ClockPolicy | None, pinned_version: int = 0) -> Metadata[Targets]:
    """Check targets.json against `root`: threshold, publisher roles only, not older than pinned."""
    metadata = load_targets(raw)
    try:
        root.verify_delegate("targets", metadata.signed_bytes, metadata.signatures)
    except UnsignedMetadataError as exc:
        raise TrustThresholdNotMet(
            say("targets.json is not signed by the root's targets keys: {error}.", error=exc), say("Re-sign it.")
        ) from exc
    signed = metadata.signed
    if signed.version < pinned_version:
        msg = say(
            "targets.json is version {version}, older than the pinned version {pinned}.",
            version=signed.version,
            pinned=pinned_version,
        )
        raise RotationRejected(msg, say("Use the newest targets.json from the publisher."))
    delegations = signed.delegations
    if delegations is None or delegations.roles is None or delegations.succinct_roles is not None:
        raise TrustMetadataInvalid(
            say("targets.json must delegate to named publisher roles."), say("Rebuild it with init-trust.")
        )
    for name, role in delegations.roles.items():
        if name not in PUBLISHER_ROLES or not role.paths or role.path_hash_prefixes:
            msg = say("targets.json delegates '{role}', not a publisher role with path patterns.", role=name[:40])
            raise TrustMetadataInvalid(msg, say("Use only {roles}.", roles=", ".join(PUBLISHER_ROLES)))
        if any(not p.startswith(f"{name}/") for p in role.paths):
            msg = say("The '{role}' role is delegated paths outside '{namespace}'.", role=name, namespace=f"{name}/")
            raise TrustMetadataInvalid(msg, say("A role may only own its own namespace."))
    if signed.targets:
        raise TrustMetadataInvalid(
            say("targets.json lists targets itself; only publisher roles may."), say("Rebuild it.")
        )
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
        raise TrustThresholdNotMet(
            say("The pinned root no longer verifies."), say("Restore the vault from backup.")
        ) from exc
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
