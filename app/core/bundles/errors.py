"""One typed error per way a bundle, a trust root or an import can be wrong.

Every class says what happened in operator words; the hint says what to do next.
`reason` is a short stable token recorded in the audit entry of a rejection.
"""

from __future__ import annotations

from app.core.errors import AirlockError, Cancelled, OperationFailed


class BundleError(AirlockError):
    """A bundle or trust root was rejected; nothing was imported or pinned."""

    reason = "rejected"


# --- trust root -----------------------------------------------------------------------------


class TrustError(BundleError):
    """The trust root or its delegations are missing or do not verify."""

    reason = "trust"


class TrustNotInitialised(TrustError):
    """No trust root is pinned in this vault yet."""

    reason = "trust-not-initialised"


class TrustAlreadyInitialised(TrustError):
    """A trust root is pinned already; only rotation can replace it."""

    reason = "trust-already-initialised"


class FingerprintMismatch(TrustError):
    """root.json does not have the fingerprint the administrator typed in."""

    reason = "fingerprint-mismatch"


class TrustMetadataInvalid(TrustError):
    """root.json or targets.json is not well-formed trust metadata."""

    reason = "trust-metadata-invalid"


class TrustThresholdNotMet(TrustError):
    """root.json or targets.json lacks the signatures its threshold requires."""

    reason = "trust-threshold"


class RotationRejected(TrustError):
    """A new root version is not signed by the thresholds of both old and new root."""

    reason = "rotation-rejected"


class TrustExpired(TrustError):
    """The pinned trust root or its delegations have expired."""

    reason = "trust-expired"


# --- manifest ---------------------------------------------------------------------------------


class ManifestError(BundleError):
    """bundle.json is missing, too large or malformed."""

    reason = "manifest"


class ManifestMissing(ManifestError):
    """The directory holds no bundle.json."""

    reason = "manifest-missing"


class ManifestTooLarge(ManifestError):
    """bundle.json is larger than any legitimate manifest."""

    reason = "manifest-too-large"


class ManifestMalformed(ManifestError):
    """bundle.json is not valid signed bundle metadata."""

    reason = "manifest-malformed"


class UnsafePath(ManifestError):
    """A file name in the manifest could escape the bundle or the store."""

    reason = "unsafe-path"


class CaseFoldCollision(ManifestError):
    """Two file names differ only in letter case."""

    reason = "case-fold-collision"


# --- signatures and roles ---------------------------------------------------------------------


class SignatureError(BundleError):
    """The manifest's signatures do not satisfy the trust root."""

    reason = "signature"


class Unsigned(SignatureError):
    """The manifest carries no signature at all."""

    reason = "unsigned"


class UnknownSigningKey(SignatureError):
    """The manifest is signed only by keys the trust root does not know."""

    reason = "unknown-key"


class WrongRoleKey(SignatureError):
    """The manifest is signed by a key of another publisher role."""

    reason = "wrong-role-key"


class ThresholdNotMet(SignatureError):
    """Fewer valid signatures than the publisher role's threshold."""

    reason = "below-threshold"


class RoleMayNotSign(SignatureError):
    """The publisher role is not delegated this bundle type or name."""

    reason = "role-not-delegated"


# --- versions and time ------------------------------------------------------------------------


class RollbackRefused(BundleError):
    """The bundle is not newer than a version already imported."""

    reason = "rollback"


class VersionContentConflict(BundleError):
    """The same name and version was imported before with different content."""

    reason = "same-version-different-content"


class AlreadyImported(BundleError):
    """The exact same bundle is in the store already."""

    reason = "already-imported"


class BundleExpired(BundleError):
    """The bundle's signed expiry date has passed under the clock policy."""

    reason = "expired"


# --- payload files ----------------------------------------------------------------------------


class PayloadError(BundleError):
    """The payload on the medium does not match the verified manifest."""

    reason = "payload"


class MissingFile(PayloadError):
    """A file listed in the manifest is not on the medium."""

    reason = "missing-file"


class ExtraFile(PayloadError):
    """The payload holds a file the manifest does not list."""

    reason = "extra-file"


class NotARegularFile(PayloadError):
    """A payload entry is a link, a device, a socket or a pipe."""

    reason = "not-a-regular-file"


class LengthMismatch(PayloadError):
    """A payload file or split part is shorter or longer than its manifest length."""

    reason = "length-mismatch"


class HashMismatch(PayloadError):
    """A payload file or split part does not hash to its manifest SHA-256."""

    reason = "hash-mismatch"


# --- import -----------------------------------------------------------------------------------


class MediumError(OperationFailed):
    """The medium could not be read (pulled out, I/O error); nothing was imported."""

    reason = "medium-error"


class StoreFull(OperationFailed):
    """The content store has not enough free space; nothing was imported."""

    reason = "store-full"


class StoreWriteFailed(OperationFailed):
    """Renaming into the content store or flushing it to disk failed; nothing was imported."""

    reason = "store-write-failed"


class ImportCancelled(Cancelled):
    """The operator cancelled the import; nothing was imported."""

    reason = "cancelled"


def reason_of(exc: BaseException) -> str:
    """The short audit token for an error raised while checking or importing a bundle."""
    token = getattr(exc, "reason", None)
    return token if isinstance(token, str) else type(exc).__name__


class InvalidSignature(SignatureError):
    """A signature by a key of the right role does not match the manifest bytes."""

    reason = "invalid-signature"
