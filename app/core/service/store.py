"""Session actions for the content store's encryption at rest (owned by the store room).

Store keys live in the vault (`store_keys`, see app.core.bundles.store_schema), each sealed
with the secrets key. Objects are read only through `open_object` (authenticated, streaming).
`rotate_store_key` makes a new key the active one (admin, audited, dual control possible);
`reseal_store` then re-seals every object under it, with progress, and destroys the keys
no object uses any more. The same walk encrypts a store from before encryption at rest,
at the first start of this version (the CLI does it as it opens the vault; the desktop
application in the background). A walk cut short (a crash, kill -9, cancel) resumes at
the next one.
"""

from __future__ import annotations

import secrets
import threading
from typing import TYPE_CHECKING, Any, Final

from app.core.audit.log import utc_now
from app.core.bundles import reseal, store
from app.core.bundles.objects import KEY_BYTES, StoredObject, StoreKey, key_id_of, key_missing
from app.core.errors import AirlockError
from app.core.progress import Progress, no_progress

if TYPE_CHECKING:
    from app.core.service.core import Approval, SessionCore

    _Base = SessionCore
else:
    _Base = object

ACTIVE: Final = "active"
RETIRING: Final = "retiring"
DESTROYED: Final = "destroyed"
FORMAT_KEY: Final = "format"
ENCRYPTED: Final = "encrypted-v1"
MAX_SMALL_READ: Final = 64 * 1024 * 1024


class StoreActions(_Base):
    """Mixin of `Session`: store keys, reading objects, rotation and re-sealing."""

    # -- keys ---------------------------------------------------------------------------------

    def _store_key(self, key_id: int) -> bytes:
        """The store key with this id (a `KeyLookup`); raises `StoreKeyMissing` when the vault has none."""
        with self.lock:
            row = self.db.execute("SELECT key_sealed FROM store_keys WHERE id = ? AND state != ?",
                                  (key_id, DESTROYED)).fetchone()
        if row is None or row[0] is None:
            raise key_missing(key_id)
        return self.unseal("store_keys", key_id, "key_sealed", bytes(row[0]))

    def _store_new_key(self) -> int:
        """Insert a new active key (inside a transaction); its id."""
        key_id = int(self.db.execute("SELECT coalesce(max(id), 0) + 1 FROM store_keys").fetchone()[0])
        sealed = self.seal("store_keys", key_id, "key_sealed", secrets.token_bytes(KEY_BYTES))
        self.db.execute("INSERT INTO store_keys(id, key_sealed, state, created, created_by) VALUES (?,?,?,?,?)",
                        (key_id, sealed, ACTIVE, utc_now(), self.account.name))
        return key_id

    def _store_active_key(self) -> StoreKey:
        """The key new objects are sealed under; the first one is made (audited) when there is none."""
        with self.lock:
            row = self.db.execute("SELECT id FROM store_keys WHERE state = ?", (ACTIVE,)).fetchone()
            if row is None:
                fresh = not store.stored_objects(self.data_dir)

                def create() -> int:
                    key_id = self._store_new_key()
                    if fresh:  # nothing from before encryption at rest to migrate
                        self._store_set_format()
                    return key_id

                key_id = int(self._write(create, "store.key.create", {"state": ACTIVE}))
            else:
                key_id = int(row[0])
        return StoreKey(key_id, self._store_key(key_id))

    def _store_set_format(self) -> None:
        self.db.execute("INSERT INTO store_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE"
                        " SET value = excluded.value", (FORMAT_KEY, ENCRYPTED))

    # -- reading ------------------------------------------------------------------------------

    def open_object(self, sha256: str) -> StoredObject:
        """Open a stored payload for reading its plaintext: streaming, every chunk authenticated.

        THE way to read a payload from the store (deploys, model cards, package indexes);
        close it, or use it as a context manager. Raises `ObjectDamaged` when the object is
        missing, altered or sealed under a key the vault does not hold.
        """
        self.ensure_unlocked()
        return store.open_object(self.data_dir, sha256, self._store_key)

    def read_object(self, sha256: str, limit: int = MAX_SMALL_READ) -> bytes:
        """The whole plaintext of a small stored payload, checked against its name.

        Raises `StoreObjectUnreadable` when it is larger than `limit` bytes or does not hash
        to its name, `ObjectDamaged` when a chunk does not authenticate.
        """
        self.ensure_unlocked()
        return store.read_object(self.data_dir, sha256, limit, self._store_key)

    def _store_referenced(self) -> dict[str, int]:
        with self.lock:
            rows = self.db.execute("SELECT sha256, MAX(length) FROM bundle_files GROUP BY sha256").fetchall()
        return {str(sha): int(length) for sha, length in rows}

    # -- status ---------------------------------------------------------------------------------

    def store_status(self) -> dict[str, Any]:
        """The store keys, how many objects each seals, and what is left to re-seal."""
        self.require("store.status", "store.status")
        with self.lock:
            keys = [{"id": r[0], "state": r[1], "created": r[2], "created_by": r[3], "destroyed": r[4]}
                    for r in self.db.execute("SELECT id, state, created, created_by, destroyed FROM store_keys"
                                             " ORDER BY id").fetchall()]
        referenced = self._store_referenced()
        counts: dict[str, int] = {}
        plaintext = unreadable = 0
        for sha, length in referenced.items():
            item = reseal.classify(self.data_dir, sha, length)
            if item is None:
                continue
            if item.kind == reseal.SEALED:
                counts[str(item.key_id)] = counts.get(str(item.key_id), 0) + 1
            elif item.kind == reseal.PLAINTEXT:
                plaintext += 1
            else:
                unreadable += 1
        for key in keys:
            key["objects"] = counts.get(str(key["id"]), 0)
        active = next((k["id"] for k in keys if k["state"] == ACTIVE), None)
        left = sum(n for key_id, n in counts.items() if int(key_id) != active) + plaintext
        return {"keys": keys, "objects": len(referenced), "plaintext": plaintext, "unreadable": unreadable,
                "to_reseal": left, "pending": left > 0 or any(k["state"] == RETIRING for k in keys)}

    def store_work_pending(self) -> bool:
        """Whether objects wait to be encrypted or re-sealed (a cheap check at every start)."""
        self.ensure_unlocked()
        with self.lock:
            retiring = self.db.execute("SELECT 1 FROM store_keys WHERE state = ?", (RETIRING,)).fetchone()
            done = self.db.execute("SELECT value FROM store_meta WHERE key = ?", (FORMAT_KEY,)).fetchone()
        if retiring is not None:
            return True
        if done is not None and done[0] == ENCRYPTED:
            return False
        objects = store.stored_objects(self.data_dir)
        return any(key_id_of(store.object_path(self.data_dir, sha)) is None for sha in objects)

    # -- rotation and re-sealing ----------------------------------------------------------------

    def rotate_store_key(self, approval: Approval | None = None) -> int:
        """Make a new store key the active one (admin); the old ones retire. Returns the new key's id.

        Quick: the objects are re-sealed afterwards by `reseal_store`, which the front end
        runs next (with progress), and which resumes after a crash.
        """
        with self.action("store.key.rotate", "", "store.rotate", approval=approval) as act:
            act.details.update(self._store_switch_keys())
        return int(act.details["key"])

    def rotate_store_key_with_rekey(self) -> int:
        """The store key's share of `airlock rekey` (already permitted and audited as vault.rekey)."""
        details: dict[str, Any] = {"with": "vault.rekey"}

        def switch() -> int:
            details.update(self._store_switch_keys())  # before the entry is appended: it records the ids
            return int(details["key"])

        return int(self._write(switch, "store.key.rotate", details))

    def _store_switch_keys(self) -> dict[str, Any]:
        """Inside a transaction: the active key retires, a new one becomes active."""
        retiring = [int(r[0]) for r in self.db.execute("SELECT id FROM store_keys WHERE state = ?", (ACTIVE,))]
        self.db.execute("UPDATE store_keys SET state = ? WHERE state = ?", (RETIRING, ACTIVE))
        return {"key": self._store_new_key(), "retiring": retiring}

    def reseal_store(self, progress: Progress = no_progress, cancel: threading.Event | None = None) -> dict[str, Any]:
        """Seal every object under the active key (encrypting plaintext ones); destroy keys no object uses.

        Audited with what it did, also when cancelled or failed (the walk resumes at the
        next call). Skipped when another process is doing it.
        """
        self.require("store.reseal", "store.reseal")
        report = reseal.ResealReport()
        with reseal.reseal_lock(self.data_dir) as held:
            if not held:
                report.skipped = True
                report.held_by = reseal.holder(self.data_dir)
                return report.to_json()
            try:
                active = self._store_active_key()
                self._store_reseal_walk(active, report, progress, cancel)
                # Imports that started before the rotation may have sealed under the old key:
                # wait for every import in progress, then walk again before any key goes.
                with store.store_lock(self.data_dir, exclusive=True):
                    leftover = reseal.pending(self.data_dir, self._store_referenced(), active.key_id)
                    self._store_finish(active, report, leftover)
            except AirlockError as exc:
                self.audit_refusal("store.reseal", "", str(exc), report.to_json(), outcome=exc.audit_outcome)
                raise
        return report.to_json()

    def _store_reseal_walk(self, active: StoreKey, report: reseal.ResealReport, progress: Progress,
                           cancel: threading.Event | None) -> None:
        items = reseal.pending(self.data_dir, self._store_referenced(), active.key_id)
        if items:
            walked = reseal.reseal_objects(self.data_dir, items, active, self._store_key, progress, cancel)
            report.sealed, report.encrypted = walked.sealed, walked.encrypted
            report.bytes, report.damaged = walked.bytes, walked.damaged
            store.sync_filesystem(store.store_root(self.data_dir))

    def _store_finish(self, active: StoreKey, report: reseal.ResealReport, leftover: list[reseal.Pending]) -> None:
        """Under the exclusive store lock: the last objects, then retire what no object uses."""
        movable = [item for item in leftover if item.kind != reseal.UNREADABLE]
        if movable:
            walked = reseal.reseal_objects(self.data_dir, movable, active, self._store_key, no_progress, None,
                                            lock=False)
            report.sealed += walked.sealed
            report.encrypted += walked.encrypted
            report.bytes += walked.bytes
            report.damaged += [sha for sha in walked.damaged if sha not in report.damaged]
            store.sync_filesystem(store.store_root(self.data_dir))
        left = reseal.pending(self.data_dir, self._store_referenced(), active.key_id)
        still = {item.key_id for item in left}
        plaintext_left = any(item.kind == reseal.PLAINTEXT for item in left)
        with self.action("store.reseal", "", "store.reseal", details=report.to_json()) as act:
            destroyed = []
            for (key_id,) in self.db.execute("SELECT id FROM store_keys WHERE state = ?", (RETIRING,)).fetchall():
                if key_id not in still:
                    self.db.execute("UPDATE store_keys SET state = ?, key_sealed = NULL, destroyed = ? WHERE id = ?",
                                    (DESTROYED, utc_now(), key_id))
                    destroyed.append(int(key_id))
            if not plaintext_left:
                self._store_set_format()
            act.details.update(destroyed_keys=destroyed, kept_for_damaged=sorted(k for k in still if k is not None))
