"""Every way trust metadata can be wrong is refused, with its own error and sentence.

The appliance's trust checks (app.core.bundles.trust), met one failure at a time: a first
root that expired (judged against the system clock, or against the newest signing time
already imported when the clock is behind it), a rotation that skips a version or lacks
its new keys' signatures, targets metadata signed by the wrong keys, rolled back, or
delegating more than publisher roles their own namespaces, a pinned row altered in the
vault, and malformed or oversized files. The publisher side refuses bad key sets before
anything is signed. Metadata is real TUF metadata, signed with real Ed25519 keys.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from securesystemslib.signer import CryptoSigner
from tuf.api.metadata import DelegatedRole, Metadata, Root, TargetFile, Targets

from app.core.bundles import limits, trust
from app.core.bundles.clock import ClockPolicy
from app.core.bundles.errors import RotationRejected, TrustExpired, TrustMetadataInvalid, TrustThresholdNotMet
from app.core.bundles.trust import RoleSpec, fingerprint, new_root, new_targets
from app.core.errors import AirlockError
from tests.lab.bundle_factory import TrustLab

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> TrustLab:
    return TrustLab(tmp_path_factory.mktemp("trust"))


def _signed(metadata: Metadata, signers: list[CryptoSigner]) -> bytes:
    metadata.signatures.clear()
    for signer in signers:
        metadata.sign(signer, append=True)
    return metadata.to_bytes()


def _root(lab: TrustLab, change: Callable[[Root], None] | None = None,
          signers: list[CryptoSigner] | None = None) -> bytes:
    """The lab's root.json, changed and signed again (by the lab's root keys unless told)."""
    metadata = Metadata[Root].from_bytes(lab.root_json.read_bytes())
    if change is not None:
        change(metadata.signed)
    return _signed(metadata, lab.root_signers[:1] if signers is None else signers)


def _targets(lab: TrustLab, change: Callable[[Targets], None] | None = None,
             signers: list[CryptoSigner] | None = None) -> bytes:
    metadata = Metadata[Targets].from_bytes((lab.trust_dir / trust.TARGETS_FILE).read_bytes())
    if change is not None:
        change(metadata.signed)
    return _signed(metadata, lab.root_signers[:1] if signers is None else signers)


def _refused(error: type[AirlockError], call: Callable[[], object]) -> AirlockError:
    """The error `call` raises, of type `error`: its `message` (what) and `hint` (what to do)."""
    with pytest.raises(error) as raised:
        call()
    return raised.value


def _pinned(lab: TrustLab) -> Root:
    return trust.load_root(lab.root_json.read_bytes()).signed


def _expires(moment: datetime) -> Callable[[Root | Targets], None]:
    def change(signed: Root | Targets) -> None:
        signed.expires = moment

    return change


# -- expiry, against the system clock or the newest signing time already imported ----------


@pytest.mark.parametrize(
    ("clock", "said"),
    [
        (ClockPolicy(NOW), ("Expiry checked against the system clock (2026-06-01T12:00:00Z); no earlier "
                            "import sets a lower bound.")),
        (ClockPolicy(NOW - timedelta(days=30), floor=NOW),
         ("Expiry checked against 2026-06-01T12:00:00Z, the newest signing time already imported, because the "
          "system clock (2026-05-02T12:00:00Z) is behind it.")),
        (ClockPolicy(NOW, floor=NOW - timedelta(days=30)),
         ("Expiry checked against the system clock (2026-06-01T12:00:00Z), which is not behind the newest "
          "signing time already imported (2026-05-02T12:00:00Z).")),
    ],
    ids=["system-clock", "clock-behind-the-floor", "clock-ahead-of-the-floor"],
)
def test_an_expired_first_root_is_refused(lab: TrustLab, clock: ClockPolicy, said: str) -> None:
    raw = _root(lab, _expires(NOW - timedelta(days=1)))
    with pytest.raises(TrustExpired) as refused:
        trust.verify_first_root(raw, fingerprint(raw), clock)
    assert refused.value.message == f"The trust root expired on 2026-05-31T12:00:00Z. {said}"
    assert refused.value.hint == "Ask the root key holders for a rotated trust root."


def test_a_root_still_valid_by_the_system_clock_is_expired_by_the_floor(lab: TrustLab) -> None:
    """A clock set back (to replay an old root) does not bring an expired root back to life."""
    raw = _root(lab, _expires(NOW - timedelta(days=10)))
    trust.verify_first_root(raw, fingerprint(raw), ClockPolicy(NOW - timedelta(days=20)))
    with pytest.raises(TrustExpired, match="because the system clock"):
        trust.verify_first_root(raw, fingerprint(raw), ClockPolicy(NOW - timedelta(days=20), floor=NOW))


@pytest.mark.parametrize("clock", [ClockPolicy(NOW), ClockPolicy(NOW - timedelta(days=30), floor=NOW),
                                   ClockPolicy(NOW, floor=NOW - timedelta(days=30))])
def test_an_expired_new_root_and_expired_targets_are_refused(lab: TrustLab, clock: ClockPolicy) -> None:
    def next_version_expired(root: Root) -> None:
        root.version += 1
        root.expires = NOW - timedelta(days=1)

    with pytest.raises(TrustExpired, match=r"^The new trust root expired on 2026-05-31T12:00:00Z\. Expiry"):
        trust.verify_rotation(_pinned(lab), _root(lab, next_version_expired), clock)
    with pytest.raises(TrustExpired, match=r"^The delegating targets metadata expired on 2026-05-31T12:00:00Z\. "):
        trust.verify_targets(_pinned(lab), _targets(lab, _expires(NOW - timedelta(days=1))), clock)


# -- rotation ----------------------------------------------------------------------------


def test_a_rotation_that_skips_a_version_is_refused(lab: TrustLab) -> None:
    def skip(root: Root) -> None:
        root.version += 2

    with pytest.raises(RotationRejected) as refused:
        trust.verify_rotation(_pinned(lab), _root(lab, skip), ClockPolicy(NOW))
    assert refused.value.message == "The new root is version 3; the pinned root is version 1."
    assert refused.value.hint == "Rotate one version at a time: bring version 2."


def test_a_rotation_without_its_new_keys_signatures_is_refused(lab: TrustLab) -> None:
    """Signed by the pinned root's key only: the new root's own keys have not approved it."""
    newcomer = CryptoSigner.generate_ed25519()

    def hand_over(root: Root) -> None:
        root.version += 1
        for role in ("root", "targets", "snapshot", "timestamp"):
            for keyid in list(root.roles[role].keyids):
                root.revoke_key(keyid, role)
            root.add_key(newcomer.public_key, role)

    with pytest.raises(RotationRejected) as refused:
        trust.verify_rotation(_pinned(lab), _root(lab, hand_over), ClockPolicy(NOW))
    assert refused.value.message == "Root version 2 is signed by 0 of the 1 of its own keys it needs."
    assert refused.value.hint == "Collect the new root key holders' signatures too."
    accepted = trust.verify_rotation(_pinned(lab), _root(lab, hand_over, [lab.root_signers[0], newcomer]),
                                     ClockPolicy(NOW))
    assert accepted.signed.version == 2


# -- targets: who signed it, its version, what it delegates --------------------------------


def test_targets_signed_by_a_publisher_key_are_refused(lab: TrustLab) -> None:
    raw = _targets(lab, signers=lab.role_signers["models"][:1])
    refused = _refused(TrustThresholdNotMet, lambda: trust.verify_targets(_pinned(lab), raw, ClockPolicy(NOW)))
    assert refused.message.startswith("targets.json is not signed by the root's targets keys: ")
    assert refused.hint == "Re-sign it."


def test_targets_older_than_the_pinned_version_are_refused(lab: TrustLab) -> None:
    with pytest.raises(RotationRejected) as refused:
        trust.verify_targets(_pinned(lab), _targets(lab), ClockPolicy(NOW), pinned_version=2)
    assert refused.value.message == "targets.json is version 1, older than the pinned version 2."


def _delegate(name: str, paths: list[str]) -> Callable[[Targets], None]:
    def change(targets: Targets) -> None:
        assert targets.delegations is not None
        assert targets.delegations.roles is not None
        targets.delegations.roles[name] = DelegatedRole(name, [], 1, terminating=True, paths=paths)

    return change


def _no_delegations(targets: Targets) -> None:
    targets.delegations = None


def _lists_a_target(targets: Targets) -> None:
    targets.targets["models/extra.bin"] = TargetFile(3, {"sha256": "0" * 64}, "models/extra.bin")


@pytest.mark.parametrize(
    ("change", "said"),
    [
        (_delegate("evil", ["evil/*"]), "targets.json delegates 'evil', not a publisher role with path patterns."),
        (_delegate("models", ["updates/*"]), "The 'models' role is delegated paths outside 'models/'."),
        (_delegate("models", []), "targets.json delegates 'models', not a publisher role with path patterns."),
        (_no_delegations, "targets.json must delegate to named publisher roles."),
        (_lists_a_target, "targets.json lists targets itself; only publisher roles may."),
    ],
    ids=["unknown-role", "foreign-namespace", "no-paths", "no-delegations", "own-targets"],
)
def test_targets_delegating_more_than_publisher_roles_are_refused(
    lab: TrustLab, change: Callable[[Targets], None], said: str
) -> None:
    with pytest.raises(TrustMetadataInvalid) as refused:
        trust.verify_targets(_pinned(lab), _targets(lab, change), ClockPolicy(NOW))
    assert refused.value.message == said


# -- the pinned pair, re-checked whenever it is loaded from the vault -----------------------


def test_a_pinned_root_altered_in_the_vault_no_longer_loads(lab: TrustLab) -> None:
    good_targets = (lab.trust_dir / trust.TARGETS_FILE).read_bytes()
    assert trust.trust_from_pins(lab.root_json.read_bytes(), good_targets, ClockPolicy(NOW)).root.signed.version == 1
    altered = lab.root_json.read_bytes().replace(b'"version":1}}', b'"version":7}}')
    assert altered != lab.root_json.read_bytes()
    with pytest.raises(TrustThresholdNotMet) as refused:
        trust.trust_from_pins(altered, good_targets, None)
    assert refused.value.message == "The pinned root no longer verifies."
    assert refused.value.hint == "Restore the vault from backup."


# -- malformed files ------------------------------------------------------------------------


def test_a_root_without_a_targets_role_is_refused(lab: TrustLab) -> None:
    def drop(root: Root) -> None:
        del root.roles["targets"]

    raw = _root(lab, drop)
    assert b'"targets":{"keyids"' not in raw
    refused = _refused(TrustMetadataInvalid, lambda: trust.load_root(raw))
    assert refused.message == "root.json is not valid TUF metadata."  # TUF itself wants all four roles
    assert refused.hint == "Check that the file is complete."


def test_targets_given_as_the_root_are_refused(lab: TrustLab) -> None:
    targets = (lab.trust_dir / trust.TARGETS_FILE).read_bytes()
    refused = _refused(TrustMetadataInvalid, lambda: trust.load_root(targets))
    assert refused.message == "root.json holds 'targets' metadata, not root."


def test_oversized_metadata_is_refused_before_it_is_parsed() -> None:
    refused = _refused(TrustMetadataInvalid, lambda: trust.load_root(b" " * (limits.MAX_TRUST_BYTES + 1)))
    assert refused.message == f"root.json is {limits.MAX_TRUST_BYTES + 1} bytes, above {limits.MAX_TRUST_BYTES}."


def test_metadata_with_too_many_signatures_is_refused(lab: TrustLab) -> None:
    crowd = [CryptoSigner.generate_ed25519() for _ in range(limits.MAX_SIGNATURES + 1)]
    raw = _root(lab, signers=crowd)
    assert _refused(TrustMetadataInvalid, lambda: trust.load_root(raw)).message == \
        "root.json carries too many signatures."


def test_a_role_that_is_not_delegated_is_named(lab: TrustLab) -> None:
    loaded = trust.trust_from_pins(lab.root_json.read_bytes(), (lab.trust_dir / trust.TARGETS_FILE).read_bytes(),
                                   None)
    assert loaded.delegation("models").name == "models"
    del loaded.targets.signed.delegations.roles["models"]  # type: ignore[union-attr]
    refused = _refused(TrustMetadataInvalid, lambda: loaded.delegation("models"))
    assert refused.message == "The trust root does not delegate the publisher role 'models'."


# -- the publisher side refuses bad key sets before signing anything ------------------------


def test_bad_root_key_sets_are_refused() -> None:
    key = CryptoSigner.generate_ed25519().public_key
    expires = NOW + timedelta(days=30)
    assert _refused(TrustMetadataInvalid, lambda: new_root([], 1, expires)).message == "The root role has no keys."
    assert _refused(TrustMetadataInvalid, lambda: new_root([key, key], 1, expires)).message == \
        "The root role lists a key twice."
    for threshold in (0, 2):
        refused = _refused(TrustMetadataInvalid, lambda threshold=threshold: new_root([key], threshold, expires))
        assert refused.message == f"The root threshold {threshold} is outside 1..1 (its number of keys)."
        assert refused.hint == "Lower the threshold or add keys."


def test_bad_publisher_role_sets_are_refused() -> None:
    key = CryptoSigner.generate_ed25519().public_key
    expires = NOW + timedelta(days=30)
    allowed = "Publisher roles must be distinct names among models, updates, playbooks, app; got"
    cases = {
        f"{allowed} none.": [],
        f"{allowed} models, models.": [RoleSpec("models", (key,), 1), RoleSpec("models", (key,), 1)],
        f"{allowed} models, firmware.": [RoleSpec("models", (key,), 1), RoleSpec("firmware", (key,), 1)],
        "The models threshold 3 is outside 1..1 (its number of keys).": [RoleSpec("models", (key,), 3)],
    }
    for message, roles in cases.items():
        assert _refused(TrustMetadataInvalid, lambda roles=roles: new_targets(roles, expires)).message == message


def test_the_lab_root_is_what_the_checks_accept(lab: TrustLab) -> None:
    """The good case every refusal above departs from by one change."""
    raw = lab.root_json.read_bytes()
    assert trust.verify_first_root(raw, lab.fingerprint, ClockPolicy(NOW)).signed.version == 1
    assert trust.verify_targets(_pinned(lab), _targets(lab), ClockPolicy(NOW)).signed.version == 1
