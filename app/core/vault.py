"""Key slots: the only way to the data key that opens the encrypted store.

Each operator account and one recovery key has a slot in `keyslots.json` beside the
database. A slot holds an X25519 key pair whose private half is wrapped by
Argon2id(passphrase, salt) -> AES-256-GCM, and the data key sealed to the slot's public
half. Sealing to a public key lets `rekey` hand a new data key to every slot without
knowing anyone's passphrase, and lets a removed slot's owner keep nothing useful: a copy
of an old slot file opens only the data key of its time.

Slot ids are keyed hashes of account names, so the file does not list who the operators
are. A wrong passphrase fails the AES-GCM tag before the database is touched.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.core.errors import AccountDisabled, AuthenticationError, VaultError
from app.core.fsutil import atomic_write
from app.core.messages import Message, say, template

SLOT_FILE = "keyslots.json"
FORMAT_VERSION = 1
RECOVERY_SLOT = "recovery"

# OWASP's floor for Argon2id; calibration never goes below it.
MIN_MEMORY_KIB = 19 * 1024
MIN_ITERATIONS = 2
CALIBRATION_MEMORY_KIB = 128 * 1024
DEFAULT_TARGET_SECONDS = 0.75
MAX_ITERATIONS = 64


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, missing: Message, damaged: Message) -> bytes:
    """Decode one base64 part of a slot; `missing` and `damaged` say which part failed how."""
    if not isinstance(text, str):
        raise VaultError(missing, say(_RESTORE_HINT))
    try:
        return base64.b64decode(text, validate=True)
    except ValueError as exc:
        raise VaultError(damaged, say(_RESTORE_HINT)) from exc


_RESTORE_HINT = template("Restore keyslots.json from a backup of this data directory.")


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters stored in a slot, so each slot unlocks with its own cost."""

    memory_kib: int
    iterations: int
    lanes: int
    salt: bytes

    def derive(self, passphrase: bytes) -> bytes:
        return Argon2id(
            salt=self.salt,
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        ).derive(passphrase)

    def to_json(self) -> dict[str, Any]:
        return {
            "alg": "argon2id",
            "memory_kib": self.memory_kib,
            "iterations": self.iterations,
            "lanes": self.lanes,
            "salt": _b64(self.salt),
        }

    @classmethod
    def from_json(cls, raw: object) -> KdfParams:
        if not isinstance(raw, dict) or raw.get("alg") != "argon2id":
            raise VaultError(say("The key slot file names an unknown key derivation."), say(_RESTORE_HINT))
        try:
            params = cls(
                memory_kib=int(raw["memory_kib"]),
                iterations=int(raw["iterations"]),
                lanes=int(raw["lanes"]),
                salt=_unb64(
                    raw["salt"],
                    say("The key slot file is damaged (salt is missing)."),
                    say("The key slot file is damaged (salt)."),
                ),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise VaultError(say("The key slot file is damaged (KDF parameters)."), say(_RESTORE_HINT)) from exc
        if params.memory_kib < MIN_MEMORY_KIB or params.iterations < MIN_ITERATIONS:
            raise VaultError(
                say("A key slot uses Argon2id parameters below the safe minimum; refusing it."),
                say(_RESTORE_HINT),
            )
        return params


def calibrate(target_seconds: float | None = None) -> KdfParams:
    """Pick Argon2id parameters that take about `target_seconds` here, never below OWASP's floor.

    `target_seconds` defaults to env `AIRLOCK_KDF_SECONDS` or 0.75 s. A target of 0 gives
    the floor itself (m=19 MiB, t=2), which test suites use to stay fast.
    """
    if target_seconds is None:
        target_seconds = float(os.environ.get("AIRLOCK_KDF_SECONDS", DEFAULT_TARGET_SECONDS))
    salt = secrets.token_bytes(16)
    if target_seconds <= 0:
        return KdfParams(MIN_MEMORY_KIB, MIN_ITERATIONS, 1, salt)
    # Time real derivations and correct twice: the first pass pays for touching fresh memory,
    # so a single probe overestimates the cost of each further pass.
    iterations = MIN_ITERATIONS
    for _ in range(3):
        probe = KdfParams(CALIBRATION_MEMORY_KIB, iterations, 2, salt)
        start = time.perf_counter()
        probe.derive(b"calibration")
        elapsed = max(time.perf_counter() - start, 1e-4)
        if 0.85 * target_seconds <= elapsed <= 1.3 * target_seconds:
            break
        iterations = max(MIN_ITERATIONS, min(MAX_ITERATIONS, round(iterations * target_seconds / elapsed)))
    return KdfParams(CALIBRATION_MEMORY_KIB, iterations, 2, salt)


def _hkdf(secret: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(secret)


def _raw_public(key: X25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _seal_to(public_raw: bytes, secret: bytes, slot_id: str) -> dict[str, str]:
    """ECIES: ephemeral X25519 + HKDF + AES-GCM, bound to the slot id."""
    ephemeral = X25519PrivateKey.generate()
    eph_raw = _raw_public(ephemeral.public_key())
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public_raw))
    key = _hkdf(shared, b"airlock keyslot v1" + eph_raw + public_raw)
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(key).encrypt(nonce, secret, f"data-key|{slot_id}".encode())
    return {"ephemeral": _b64(eph_raw), "nonce": _b64(nonce), "ciphertext": _b64(sealed)}


def _open_sealed(private: X25519PrivateKey, sealed: dict[str, str], slot_id: str) -> bytes:
    eph_raw = _unb64(
        sealed.get("ephemeral"),
        say("The key slot file is damaged (ephemeral key is missing)."),
        say("The key slot file is damaged (ephemeral key)."),
    )
    public_raw = _raw_public(private.public_key())
    shared = private.exchange(X25519PublicKey.from_public_bytes(eph_raw))
    key = _hkdf(shared, b"airlock keyslot v1" + eph_raw + public_raw)
    try:
        return AESGCM(key).decrypt(
            _unb64(
                sealed.get("nonce"),
                say("The key slot file is damaged (nonce is missing)."),
                say("The key slot file is damaged (nonce)."),
            ),
            _unb64(
                sealed.get("ciphertext"),
                say("The key slot file is damaged (sealed key is missing)."),
                say("The key slot file is damaged (sealed key)."),
            ),
            f"data-key|{slot_id}".encode(),
        )
    except InvalidTag as exc:
        raise VaultError(say("A key slot is damaged: its sealed data key does not open."), say(_RESTORE_HINT)) from exc


@dataclass
class KeySlot:
    """One way in: a wrapped X25519 private key and the data key sealed to its public half."""

    slot_id: str
    kdf: KdfParams
    public: bytes
    wrapped_private: bytes
    nonce: bytes
    sealed: dict[str, str]
    pending: dict[str, str] | None = None
    role: str = ""
    # A disabled account's slot keeps its passphrase-wrapped key pair but holds no data key:
    # its owner cannot open the vault, and enabling it seals the current key to it again.
    withheld: bool = False

    @classmethod
    def create(cls, slot_id: str, passphrase: bytes, data_key: bytes, kdf: KdfParams, role: str = "") -> KeySlot:
        private = X25519PrivateKey.generate()
        private_raw = private.private_bytes(
            serialization.Encoding.Raw,
            serialization.PrivateFormat.Raw,
            serialization.NoEncryption(),
        )
        nonce = secrets.token_bytes(12)
        wrapped = AESGCM(kdf.derive(passphrase)).encrypt(nonce, private_raw, f"slot|{slot_id}".encode())
        public = _raw_public(private.public_key())
        return cls(slot_id, kdf, public, wrapped, nonce, _seal_to(public, data_key, slot_id), role=role)

    def private_key(self, passphrase: bytes) -> X25519PrivateKey:
        try:
            raw = AESGCM(self.kdf.derive(passphrase)).decrypt(
                self.nonce, self.wrapped_private, f"slot|{self.slot_id}".encode()
            )
        except InvalidTag as exc:
            raise AuthenticationError(
                say("Wrong passphrase."), say("Check the account name and passphrase and try again.")
            ) from exc
        return X25519PrivateKey.from_private_bytes(raw)

    def to_json(self) -> dict[str, Any]:
        raw: dict[str, Any] = {
            "kdf": self.kdf.to_json(),
            "public": _b64(self.public),
            "wrapped_private": _b64(self.wrapped_private),
            "nonce": _b64(self.nonce),
            "sealed": self.sealed,
            "role": self.role,
        }
        if self.pending is not None:
            raw["pending"] = self.pending
        if self.withheld:
            raw["withheld"] = True
        return raw

    @classmethod
    def from_json(cls, slot_id: str, raw: object) -> KeySlot:
        if not isinstance(raw, dict) or not isinstance(raw.get("sealed"), dict):
            raise VaultError(say("The key slot file is damaged (a slot is malformed)."), say(_RESTORE_HINT))
        pending = raw.get("pending")
        return cls(
            slot_id=slot_id,
            kdf=KdfParams.from_json(raw.get("kdf")),
            public=_unb64(
                raw.get("public"),
                say("The key slot file is damaged (public key is missing)."),
                say("The key slot file is damaged (public key)."),
            ),
            wrapped_private=_unb64(
                raw.get("wrapped_private"),
                say("The key slot file is damaged (wrapped key is missing)."),
                say("The key slot file is damaged (wrapped key)."),
            ),
            nonce=_unb64(
                raw.get("nonce"),
                say("The key slot file is damaged (nonce is missing)."),
                say("The key slot file is damaged (nonce)."),
            ),
            sealed=raw["sealed"],
            pending=pending if isinstance(pending, dict) else None,
            role=str(raw.get("role", "")),
            withheld=raw.get("withheld") is True,
        )


@dataclass
class UnlockedKeys:
    """What a successful unlock yields: the data key, and a pending one during a rekey."""

    slot_id: str
    data_key: bytes
    pending_key: bytes | None


class KeySlotFile:
    """`keyslots.json`: every slot, written atomically (0600) on each change."""

    def __init__(self, path: Path, install_id: str, name_salt: bytes, slots: dict[str, KeySlot]) -> None:
        self.path = path
        self.install_id = install_id
        self.name_salt = name_salt
        self.slots = slots

    @classmethod
    def new(cls, data_dir: Path) -> KeySlotFile:
        return cls(data_dir / SLOT_FILE, secrets.token_hex(16), secrets.token_bytes(16), {})

    @classmethod
    def load(cls, data_dir: Path) -> KeySlotFile:
        path = data_dir / SLOT_FILE
        try:
            raw = json.loads(path.read_bytes())
        except FileNotFoundError as exc:
            raise VaultError(
                say("No Airlock vault in {path}.", path=data_dir),
                say("Run `airlock init` to create one, or pass the right --data-dir."),
            ) from exc
        except (ValueError, UnicodeDecodeError) as exc:
            raise VaultError(say("{path} is not a valid key slot file.", path=path), say(_RESTORE_HINT)) from exc
        if not isinstance(raw, dict) or raw.get("format") != FORMAT_VERSION:
            raise VaultError(say("{path} has an unknown format.", path=path), say(_RESTORE_HINT))
        slots_raw = raw.get("slots")
        install_id = raw.get("install_id")
        if not isinstance(slots_raw, dict) or not isinstance(install_id, str):
            raise VaultError(say("{path} is damaged.", path=path), say(_RESTORE_HINT))
        slots = {sid: KeySlot.from_json(sid, body) for sid, body in slots_raw.items()}
        name_salt = _unb64(
            raw.get("name_salt"),
            say("The key slot file is damaged (name salt is missing)."),
            say("The key slot file is damaged (name salt)."),
        )
        return cls(path, install_id, name_salt, slots)

    def save(self) -> None:
        body = {
            "format": FORMAT_VERSION,
            "install_id": self.install_id,
            "name_salt": _b64(self.name_salt),
            "slots": {sid: slot.to_json() for sid, slot in sorted(self.slots.items())},
        }
        atomic_write(self.path, json.dumps(body, indent=1, sort_keys=True).encode())

    def slot_id_for(self, account: str) -> str:
        digest = hashlib.sha256(self.name_salt + b"\x00account\x00" + account.encode()).digest()
        return "a-" + digest[:16].hex()

    def unlock(self, slot_id: str, passphrase: bytes) -> UnlockedKeys:
        slot = self.slots.get(slot_id)
        if slot is None:
            # Same words as a wrong passphrase, so the file does not confirm who has an account.
            KdfParams(MIN_MEMORY_KIB, MIN_ITERATIONS, 1, b"\x00" * 16).derive(passphrase)
            raise AuthenticationError(say("Wrong account name or passphrase."), say("Check both and try again."))
        private = slot.private_key(passphrase)
        if slot.withheld:
            # Said only to whoever knows the passphrase: the file does not tell who is disabled.
            raise AccountDisabled(
                say("This account is disabled."), say("Ask an admin to enable it (`airlock account enable NAME`).")
            )
        data_key = _open_sealed(private, slot.sealed, slot_id)
        pending = _open_sealed(private, slot.pending, slot_id) if slot.pending else None
        return UnlockedKeys(slot_id, data_key, pending)

    def add(
        self, slot_id: str, passphrase: bytes, data_key: bytes, kdf: KdfParams | None = None, role: str = ""
    ) -> None:
        """Add or replace a slot. The role is kept in clear only to find the only admin."""
        self.slots[slot_id] = KeySlot.create(slot_id, passphrase, data_key, kdf or calibrate(), role)

    def stage_pending(self, new_key: bytes) -> None:
        """First half of a rekey: every slot also gets the new key, sealed to its public half.

        A withheld slot (a disabled account) gets nothing.
        """
        for slot in self.slots.values():
            if not slot.withheld:
                slot.pending = _seal_to(slot.public, new_key, slot.slot_id)

    def withhold(self, slot_id: str) -> None:
        """Destroy the data key sealed to a slot (and any pending one); its key pair stays."""
        slot = self.slots[slot_id]
        slot.sealed, slot.pending, slot.withheld = {}, None, True

    def restore(self, slot_id: str, data_key: bytes) -> None:
        """Seal the current data key to a withheld slot again (no passphrase needed)."""
        slot = self.slots[slot_id]
        slot.sealed, slot.withheld = _seal_to(slot.public, data_key, slot_id), False

    def promote_pending(self) -> None:
        """Second half of a rekey: the pending key becomes the data key of every slot."""
        for slot in self.slots.values():
            if slot.pending is not None:
                slot.sealed, slot.pending = slot.pending, None

    def drop_pending(self) -> None:
        for slot in self.slots.values():
            slot.pending = None

    @property
    def has_pending(self) -> bool:
        return any(slot.pending is not None for slot in self.slots.values())


def new_data_key() -> bytes:
    return secrets.token_bytes(32)


RECOVERY_GROUPS = 8


def new_recovery_key() -> str:
    """A 160-bit recovery key as eight groups of five base32 letters, easy to write on paper."""
    text = base64.b32encode(secrets.token_bytes(25)).decode("ascii")
    return "-".join(text[i : i + 5] for i in range(0, 40, 5))


def normalise_recovery_key(text: str) -> bytes:
    """Accept the recovery key with any case, spaces or dashes, as typed from paper."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return cleaned.encode("ascii", errors="replace")
