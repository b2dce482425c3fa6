"""Session actions for trust roots, bundles and media (owned by the bundles room).

Also the publisher API (`publisher_*`, `build_bundle`, `sign_bundle`): functions that need
no vault, for `airlock publisher ...` and `airlock bundle build|sign` on a connected machine.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from app.core.bundles import store
from app.core.bundles.clock import ClockPolicy, iso, utc_now
from app.core.bundles.errors import (
    BundleError,
    MediumError,
    RotationRejected,
    TrustAlreadyInitialised,
    TrustNotInitialised,
    reason_of,
)
from app.core.bundles.importer import check_free_space, transfer
from app.core.bundles.keys import generate_key, load_public_key, load_signer
from app.core.bundles.manifest import SemVer
from app.core.bundles.objects import ObjectDamaged, stored_size, verify_object
from app.core.bundles.publisher import BundleSpec, build_bundle, init_trust, rotate_trust, sign_bundle, sign_trust
from app.core.bundles.trust import (
    TARGETS_FILE,
    RoleSpec,
    TrustRoot,
    fingerprint,
    trust_from_pins,
    verify_first_root,
    verify_rotation,
    verify_targets,
)
from app.core.bundles.verify import PriorImport, VerifiedBundle, check_version, verify_bundle
from app.core.errors import AirlockError, UsageError
from app.core.media import MediaBundle, SystemMedia, find_bundles
from app.core.messages import say
from app.core.progress import Progress, no_progress

if TYPE_CHECKING:
    from app.core.service.core import Approval, SessionCore

    _Base = SessionCore
else:
    _Base = object

__all__ = [
    "BundleActions",
    "BundleRecord",
    "BundleSpec",
    "ImportResult",
    "RoleSpec",
    "build_bundle",
    "find_bundles",
    "generate_key",
    "init_trust",
    "load_public_key",
    "load_signer",
    "rotate_trust",
    "sign_bundle",
    "sign_trust",
]

MEDIA_ROOTS_SETTING = "media_roots"


@dataclass(frozen=True)
class BundleRecord:
    """One imported bundle, as `bundle list` shows it."""

    type: str
    name: str
    version: str
    classification: str
    size: int
    files: int
    role: str
    signers: list[str]
    imported_by: str
    imported_at: str
    expires: str
    description: str
    model: dict[str, str] = field(default_factory=dict)
    """A model's signed metadata: format, license, model_card, parameters, provenance."""

    def to_json(self) -> dict[str, Any]:
        """Plain data for `--json`."""
        return {**self.__dict__, "model": dict(self.model)}


@dataclass(frozen=True)
class ImportResult:
    """What an import did: the bundle, how many bytes and objects were new."""

    name: str
    version: str
    size: int
    new_objects: int
    summary: dict[str, object]


def _read_file(path: Path, what: Literal["root file", "targets file"]) -> bytes:
    from app.core.bundles.limits import MAX_TRUST_BYTES

    try:
        with path.open("rb") as handle:
            return handle.read(MAX_TRUST_BYTES + 1)
    except OSError as exc:
        if what == "root file":
            said = say("Cannot read root file {path}: {error}.", path=path, error=exc.strerror)
        else:
            said = say("Cannot read targets file {path}: {error}.", path=path, error=exc.strerror)
        raise MediumError(said, say("Check the path and the medium.")) from exc


def _as_bundle_error(exc: OSError, path: Path) -> MediumError:
    return MediumError(
        say("Reading {path} failed: {error}; nothing was changed.", path=path, error=exc.strerror),
        say("Check the medium and retry."),
    )


class BundleActions(_Base):
    """Mixin of `Session`: trust, bundles, media."""

    # -- start-up -----------------------------------------------------------------------------

    def sweep_staging_at_start(self) -> store.Sweep:
        """Remove staging and orphan objects an interrupted import left (called when the session opens).

        Afterwards the store holds exactly the objects the vault's bundle rows refer to,
        unless an import in another process is running (then the next start sweeps).
        """
        return store.sweep_staging(self.data_dir, self._referenced_objects)

    # -- trust --------------------------------------------------------------------------------

    def _clock(self) -> ClockPolicy:
        with self.lock:
            row = self.db.execute("SELECT MAX(created) FROM bundles").fetchone()
        floor = datetime.fromisoformat(row[0]) if row and row[0] else None
        return ClockPolicy.current(floor)

    def _pins(self) -> tuple[bytes, bytes, int] | None:
        with self.lock:
            root = self.db.execute(
                "SELECT root_json, version FROM trust_roots ORDER BY version DESC LIMIT 1"
            ).fetchone()
            targets = self.db.execute("SELECT targets_json FROM trust_targets ORDER BY id DESC LIMIT 1").fetchone()
        if root is None or targets is None:
            return None
        return bytes(root[0]), bytes(targets[0]), int(root[1])

    def _trust(self, clock: ClockPolicy | None) -> TrustRoot:
        pins = self._pins()
        if pins is None:
            raise TrustNotInitialised(
                say("No trust root is pinned in this vault."),
                say("An admin must run `airlock trust init ROOT_JSON --fingerprint SHA256:...` first."),
            )
        return trust_from_pins(pins[0], pins[1], clock)

    def _pin(
        self,
        root_raw: bytes,
        targets_raw: bytes,
        root_version: int,
        expires: datetime,
        targets_expires: datetime,
        targets_version: int,
    ) -> None:
        now = iso(utc_now())
        self.db.execute(
            "INSERT INTO trust_roots(version, fingerprint, root_json, expires, pinned_by, pinned_at)"
            " VALUES (?,?,?,?,?,?)",
            (root_version, fingerprint(root_raw), root_raw, iso(expires), self.account.name, now),
        )
        self.db.execute(
            "INSERT INTO trust_targets(version, root_version, sha256, targets_json, expires, pinned_by, pinned_at)"
            " VALUES (?,?,?,?,?,?,?)",
            (
                targets_version,
                root_version,
                fingerprint(targets_raw),
                targets_raw,
                iso(targets_expires),
                self.account.name,
                now,
            ),
        )

    def trust_init(self, root_path: Path, expected_fingerprint: str) -> dict[str, object]:
        """Pin the first trust root (admin): fingerprint as typed, self-signed, with its targets.json."""
        root_path = Path(root_path)
        details: dict[str, Any] = {"path": str(root_path), "fingerprint_typed": expected_fingerprint[:80]}
        with self.understanding("trust.init", expected_fingerprint[:80], details):
            self._refuse_second_root()
            clock = ClockPolicy.current()
            root_raw = _read_file(root_path, "root file")
            root = verify_first_root(root_raw, expected_fingerprint, clock)
            targets_raw = _read_file(root_path.with_name(TARGETS_FILE), "targets file")
            targets = verify_targets(root.signed, targets_raw, clock)
        with self.action("trust.init", expected_fingerprint[:80], "trust.init", details=details) as act:
            self._refuse_second_root()  # again, under the write lock
            self._pin(
                root_raw,
                targets_raw,
                root.signed.version,
                root.signed.expires,
                targets.signed.expires,
                targets.signed.version,
            )
            act.details.update({"fingerprint": fingerprint(root_raw), "root_version": root.signed.version})
        return self.trust_show()

    def _refuse_second_root(self) -> None:
        if self._pins() is not None:
            raise TrustAlreadyInitialised(
                say("A trust root is pinned already."), say("Use `airlock trust rotate` to replace it.")
            )

    def trust_rotate(self, root_path: Path, approval: Approval | None = None) -> dict[str, object]:
        """Accept root version N+1 (signed by the thresholds of N and N+1) and its targets.json."""
        root_path = Path(root_path)
        details: dict[str, Any] = {"path": str(root_path)}
        with self.understanding("trust.rotate", str(root_path), details):
            current = self._trust(None)
            clock = ClockPolicy.current()
            root_raw = _read_file(root_path, "root file")
            root = verify_rotation(current.root.signed, root_raw, clock)
            targets_raw = _read_file(root_path.with_name(TARGETS_FILE), "targets file")
            targets = verify_targets(root.signed, targets_raw, clock, current.targets.signed.version)
        with self.action("trust.rotate", str(root_path), "trust.rotate", details=details, approval=approval) as act:
            if self._trust(None).root.signed.version != current.root.signed.version:
                raise RotationRejected(
                    say("The trust root was rotated by someone else while this rotation was checked."),
                    say("Look at `airlock trust show` and rotate again if still needed."),
                )
            self._pin(
                root_raw,
                targets_raw,
                root.signed.version,
                root.signed.expires,
                targets.signed.expires,
                targets.signed.version,
            )
            act.details.update(
                {
                    "fingerprint": fingerprint(root_raw),
                    "from_version": current.root.signed.version,
                    "root_version": root.signed.version,
                }
            )
        return self.trust_show()

    def trust_show(self) -> dict[str, object]:
        """The pinned trust: current root and delegations, and every root version kept."""
        self.require("trust.show", "trust.show")
        trust = self._trust(None)
        with self.lock:
            rows = self.db.execute(
                "SELECT version, fingerprint, expires, pinned_by, pinned_at FROM trust_roots ORDER BY version"
            ).fetchall()
        shown = trust.describe()
        shown["history"] = [
            {"version": r[0], "fingerprint": r[1], "expires": r[2], "pinned_by": r[3], "pinned_at": r[4]} for r in rows
        ]
        shown["clock_policy"] = self._clock().describe()
        return shown

    # -- verification -------------------------------------------------------------------------

    def _prior(self, name: str, version: SemVer) -> PriorImport:
        with self.lock:
            high = self.db.execute("SELECT highest_version FROM bundle_versions WHERE name = ?", (name,)).fetchone()
            same = self.db.execute(
                "SELECT content_digest FROM bundles WHERE name = ? AND version = ?", (name, str(version))
            ).fetchone()
        return PriorImport(SemVer.parse(high[0]) if high else None, same[0] if same else None)

    def _check(self, path: Path) -> VerifiedBundle:
        clock = self._clock()
        trust = self._trust(clock)
        try:
            return verify_bundle(Path(path), trust, self._prior, clock)
        except OSError as exc:
            raise _as_bundle_error(exc, Path(path)) from exc

    def _understood_bundle(self, action: str, path: Path) -> VerifiedBundle:
        """Verify everything but the payload's bytes, then check the permission.

        A bundle that is not one, or does not verify, is refused for that reason whoever asks;
        only then does the role matter. Reading the payload waits for the permission.
        """
        self.ensure_unlocked()
        try:
            checked = self._check(path)
        except AirlockError as exc:
            self._refuse(action, path, exc)
            raise
        self.require(action, action, str(path))
        return checked

    def _refuse(self, action: str, path: Path, exc: AirlockError) -> None:
        self.audit_refusal(action, str(path), str(exc), {"rejection": reason_of(exc)}, outcome=exc.audit_outcome)

    def verify_bundle(
        self, path: Path, progress: Progress = no_progress, cancel: threading.Event | None = None
    ) -> dict[str, object]:
        """Check a bundle completely (manifest, file set, every byte hashed) without importing it."""
        checked = self._understood_bundle("bundle.verify", Path(path))
        try:
            transfer(checked.plan, [None] * len(checked.plan), progress, cancel)
        except AirlockError as exc:
            self._refuse("bundle.verify", path, exc)
            raise
        summary = checked.summary()
        target = f"{checked.info.name}@{checked.info.version}"
        with self.action("bundle.verify", target, "bundle.verify", details={"path": str(path), **_audit_view(summary)}):
            pass
        return summary

    # -- import -------------------------------------------------------------------------------

    def import_bundle(
        self, path: Path, progress: Progress = no_progress, cancel: threading.Event | None = None
    ) -> ImportResult:
        """Verify and import one bundle in one streaming pass; all or nothing.

        Every failure (verification, medium, disk, cancel) leaves the store and the vault as
        they were, removes staging and is audited with its reason.
        """
        path = Path(path)
        checked = self._understood_bundle("bundle.import", path)
        recording = False  # once set, action() audits any failure itself
        try:
            self._prune_orphans()
            with store.Staging(self.data_dir) as staging:
                missing = [p for p in checked.plan if not store.object_path(self.data_dir, p.file.sha256).exists()]
                check_free_space(staging.path, sum(stored_size(p.file.length) for p in missing))
                destinations = [staging.file(i) for i in range(len(checked.plan))]
                key = self._store_active_key()  # type: ignore[attr-defined] # read under the store lock (rotation)
                transfer(checked.plan, destinations, progress, cancel, key=key)
                added = staging.publish((d, p.file.sha256) for d, p in zip(destinations, checked.plan, strict=True))
                recording = True
                return self._record(checked, len(added))
        except AirlockError as exc:
            if not recording:
                self._refuse("bundle.import", path, exc)
            raise
        except OSError as exc:
            error = _as_bundle_error(exc, path)
            self._refuse("bundle.import", path, error)
            raise error from exc

    def _record(self, checked: VerifiedBundle, new_objects: int) -> ImportResult:
        info = checked.info
        summary = checked.summary()
        target = f"{info.name}@{info.version}"
        with self.action("bundle.import", target, "bundle.import", details=_audit_view(summary)) as act:
            check_version(checked.manifest, self._prior)  # again, under the write lock
            act.details["bundle_id"] = self._insert(checked)
            act.details["new_objects"] = new_objects
        return ImportResult(info.name, str(info.version), checked.manifest.total_length, new_objects, summary)

    def _insert(self, checked: VerifiedBundle) -> int:
        info = checked.info
        manifest = checked.manifest
        root_version = self._pins()
        cursor = self.db.execute(
            "INSERT INTO bundles(type, name, version, classification, description, size, file_count, role, signers,"
            " content_digest, manifest_sha256, manifest, created, expires, model, root_version, imported_by,"
            " imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                info.type,
                info.name,
                str(info.version),
                info.classification,
                info.description,
                manifest.total_length,
                len(manifest.files),
                info.role,
                json.dumps(list(checked.signers)),
                manifest.content_digest(),
                checked.manifest_sha256,
                manifest.raw,
                iso(info.created),
                iso(manifest.expires),
                json.dumps(info.model, sort_keys=True),
                root_version[2] if root_version else 0,
                self.account.name,
                iso(utc_now()),
            ),
        )
        bundle_id = int(cursor.lastrowid or 0)
        self.db.conn.executemany(
            "INSERT INTO bundle_files(bundle_id, path, length, sha256) VALUES (?,?,?,?)",
            [(bundle_id, f.path, f.length, f.sha256) for f in manifest.files],
        )
        self.db.execute(
            "INSERT INTO bundle_versions(name, highest_version, bundle_id) VALUES (?,?,?) ON CONFLICT(name) DO UPDATE"
            " SET highest_version = excluded.highest_version, bundle_id = excluded.bundle_id",
            (info.name, str(info.version), bundle_id),
        )
        return bundle_id

    def _referenced_objects(self) -> set[str]:
        with self.lock:
            return {row[0] for row in self.db.execute("SELECT DISTINCT sha256 FROM bundle_files")}

    def _prune_orphans(self) -> int:
        return store.prune_orphans(self.data_dir, self._referenced_objects)

    # -- listing and checking -----------------------------------------------------------------

    def list_bundles(self) -> list[BundleRecord]:
        """Every imported bundle, newest first."""
        self.require("bundle.list", "bundle.list")
        with self.lock:
            rows = self.db.execute(
                "SELECT type, name, version, classification, size, file_count, role, signers, imported_by,"
                " imported_at, expires, description, model FROM bundles ORDER BY imported_at DESC, id DESC"
            ).fetchall()
        return [
            BundleRecord(r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7]), r[8], r[9], r[10], r[11],
                         json.loads(r[12]))
            for r in rows
        ]

    def bundle_files(self, name: str, version: str) -> list[tuple[str, int, str, Path]]:
        """(path, length, sha256, object path) of an imported bundle's files (for deploy)."""
        self.require("bundle.list", "bundle.list", f"{name}@{version}")
        with self.lock:
            rows = self.db.execute(
                "SELECT f.path, f.length, f.sha256 FROM bundle_files f JOIN bundles b ON b.id = f.bundle_id"
                " WHERE b.name = ? AND b.version = ? ORDER BY f.path",
                (name, version),
            ).fetchall()
        return [(r[0], r[1], r[2], store.object_path(self.data_dir, r[2])) for r in rows]

    def check_store(self, progress: Progress = no_progress) -> list[str]:
        """Authenticate every chunk of every object the vault refers to and check its plaintext's SHA-256.

        Returns the problems found (empty: good), each naming the object and what is wrong.
        """
        self.require("bundle.list", "bundle.check-store")
        with self.lock:
            wanted = dict(self.db.execute("SELECT sha256, MAX(length) FROM bundle_files GROUP BY sha256").fetchall())
        problems: list[str] = []
        for done, (sha256, length) in enumerate(sorted(wanted.items())):
            progress(done, len(wanted), sha256[:16])
            path = store.object_path(self.data_dir, sha256)
            if not path.is_file():
                problems.append(f"object {sha256} is missing")
                continue
            try:
                verify_object(path, sha256, length, self._store_key)  # type: ignore[attr-defined]
            except ObjectDamaged as exc:
                problems.append(exc.message)
            except OSError as exc:
                problems.append(f"object {sha256} cannot be read: {exc.strerror}")
        staging = sorted(p.name for p in (self.data_dir / store.STORE_DIR).glob(f"{store.STAGING_PREFIX}*"))
        problems.extend(f"staging {name} is left over" for name in staging)
        return problems

    # -- media ----------------------------------------------------------------------------------

    def media_roots(self) -> list[Path]:
        """Directories an admin configured as media roots (besides removable volumes)."""
        value = self.get_setting(MEDIA_ROOTS_SETTING, "")
        return [Path(line) for line in value.splitlines() if line.strip()]

    def set_media_roots(self, roots: list[Path], approval: Approval | None = None) -> None:
        """Replace the configured media roots (admin; audited as a settings change)."""
        with self.understanding("settings.change", MEDIA_ROOTS_SETTING):
            missing = [str(r)[:200] for r in roots if not Path(r).is_dir()]
            if missing:
                raise UsageError(say("A media root must be a folder: {paths} is not one.", paths=", ".join(missing)),
                                 say("Mount the share or medium first, then give its folder."))
        self.set_setting(MEDIA_ROOTS_SETTING, "\n".join(str(Path(r).resolve()) for r in roots), approval)

    def media_scan(self, extra_roots: list[Path] | None = None) -> list[MediaBundle]:
        """Bundles on mounted removable volumes and configured media roots (not verified)."""
        self.require("media.scan", "media.scan")
        source = SystemMedia(extra_roots=[*self.media_roots(), *(extra_roots or [])])
        return source.scan()


def _audit_view(summary: dict[str, object]) -> dict[str, object]:
    keys = (
        "type",
        "name",
        "version",
        "classification",
        "role",
        "signers",
        "files",
        "size",
        "content_digest",
        "expires",
        "clock_policy",
        "path",
    )
    return {k: summary[k] for k in keys if k in summary}


def rejection_reason(exc: BaseException) -> str:
    """The audit token for a bundle error (re-exported for front ends)."""
    return reason_of(exc) if isinstance(exc, BundleError) else type(exc).__name__
