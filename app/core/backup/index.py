"""Which content-store object is made of which parts on the medium, sealed.

The manifest, which anyone can read, lists the parts only by their own SHA-256. Which
object each part belongs to (the objects' content addresses, which name the files of the
models imported) is kept in `vault/objects.sealed`: AES-256-GCM under a key derived from
the data key, bound to the backup's name. So it opens only for someone who opened the key
slots of this backup, and cannot be moved to another backup.
"""

from __future__ import annotations

import json
import re
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.core.backup.errors import BackupDamaged
from app.core.backup.layout import OBJECT_INDEX, PartEntry
from app.core.messages import say

VERSION = b"\x01"
_HEX64 = re.compile(r"[0-9a-f]{64}")

ObjectIndex = dict[str, list[PartEntry]]
"""A store object's SHA-256 (its content address) -> its parts, in order."""


def _key(data_key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"airlock backup object index v1").derive(
        data_key
    )


def seal_index(data_key: bytes, backup: str, index: ObjectIndex) -> bytes:
    body = {address: [[part.sha256, part.size] for part in parts] for address, parts in sorted(index.items())}
    nonce = secrets.token_bytes(12)
    plain = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    return VERSION + nonce + AESGCM(_key(data_key)).encrypt(nonce, plain, f"backup-index|{backup}".encode())


def open_index(data_key: bytes, backup: str, blob: bytes) -> ObjectIndex:
    """Open the sealed index; `BackupDamaged` if it does not open or is not an index."""
    damaged = BackupDamaged(
        OBJECT_INDEX,
        say("{file} does not open with this backup's key: it belongs to another backup or was altered.",
            file=OBJECT_INDEX),
        say("Use another backup."),
    )
    if blob[:1] != VERSION or len(blob) < 29:  # noqa: PLR2004 - version, nonce and tag
        raise damaged
    try:
        plain = AESGCM(_key(data_key)).decrypt(blob[1:13], blob[13:], f"backup-index|{backup}".encode())
        body = json.loads(plain)
    except (InvalidTag, ValueError) as exc:
        raise damaged from exc
    if not isinstance(body, dict):
        raise damaged
    index: ObjectIndex = {}
    for address, parts in body.items():
        if _HEX64.fullmatch(address) is None or not isinstance(parts, list) or not parts:
            raise damaged
        index[address] = []
        for part in parts:
            if not (isinstance(part, list) and len(part) == 2 and isinstance(part[0], str)  # noqa: PLR2004
                    and _HEX64.fullmatch(part[0]) and isinstance(part[1], int) and part[1] >= 0):
                raise damaged
            index[address].append(PartEntry(part[0], part[1]))
    return index
