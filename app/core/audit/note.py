"""Signed notes and checkpoints in the C2SP formats (c2sp.org/signed-note, tlog-checkpoint).

A note is UTF-8 text ending in a newline, a blank line, then signature lines
`— <key name> base64(4-byte key id || Ed25519 signature)`. A verifier key line reads
`name+hexkeyid+base64(0x01 || public key)`; a signer key line
`PRIVATE+KEY+name+hexkeyid+base64(0x01 || seed)` exists for tests and tools only (the
appliance keeps the seed sealed in the vault). A checkpoint is a note whose text is
the origin, the tree size and the base64 root hash, one per line.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from app.core.errors import AuditIntegrityError
from app.core.messages import say

ALG_ED25519 = 0x01
KEY_ID_SIZE = 4
ROOT_SIZE = 32
_ENCODED_KEY_SIZE = 33  # the algorithm byte and a 32-byte Ed25519 key or seed
_VERIFIER_PARTS = 3  # name+keyid+key
_SIGNER_PARTS = 5  # PRIVATE+KEY+name+keyid+key
_CHECKPOINT_LINES = 3  # origin, size, root
SIGNATURE_PREFIX = "\u2014 "
MAX_SIGNATURES = 100
MAX_NOTE_BYTES = 1 << 20

_HEX_ID = re.compile(r"[0-9a-f]{8}")
_DECIMAL = re.compile(r"0|[1-9][0-9]*")


class NoteError(AuditIntegrityError):
    """A signed note, a key line or a checkpoint is malformed or does not verify."""


@dataclass(frozen=True)
class NoteVerifier:
    """A public note key: the name and key id signatures are matched on, and the key."""

    name: str
    key_id: bytes
    public_key: Ed25519PublicKey

    @classmethod
    def from_line(cls, line: str) -> NoteVerifier:
        """Parse `name+hexkeyid+base64(0x01 || pub)`; raise `NoteError` if it is not one."""
        parts = line.strip().split("+", 2)
        if len(parts) != _VERIFIER_PARTS:
            msg = say("A verifier key must read 'name+keyid+key' (three parts joined by '+').")
            raise NoteError(msg)
        name, hex_id, encoded = parts
        raw = _decode_key(name, hex_id, encoded, "verifier")
        public_key = Ed25519PublicKey.from_public_bytes(raw)
        return cls(name, bytes.fromhex(hex_id), public_key)

    def line(self) -> str:
        """The verifier key line."""
        return verifier_line(self.name, self.public_key)


@dataclass(frozen=True)
class NoteSigner:
    """A private note key, parsed from a signer key line (tests and tools only)."""

    name: str
    key_id: bytes
    private_key: Ed25519PrivateKey

    @classmethod
    def from_line(cls, line: str) -> NoteSigner:
        """Parse `PRIVATE+KEY+name+hexkeyid+base64(0x01 || seed)`."""
        parts = line.strip().split("+", 4)
        if len(parts) != _SIGNER_PARTS or parts[:2] != ["PRIVATE", "KEY"]:
            msg = say("A signer key must read 'PRIVATE+KEY+name+keyid+key'.")
            raise NoteError(msg)
        name, hex_id, encoded = parts[2:]
        seed = _decode_key_bytes(name, hex_id, encoded, "signer")
        private_key = Ed25519PrivateKey.from_private_bytes(seed)
        if key_id(name, _public_bytes(private_key.public_key())) != bytes.fromhex(hex_id):
            msg = say("The signer key for {name} has a key id that does not match its key.", name=repr(name))
            raise NoteError(msg)
        return cls(name, bytes.fromhex(hex_id), private_key)


@dataclass(frozen=True)
class Checkpoint:
    """A tree head: who issued it, how many entries it covers, and their Merkle root."""

    origin: str
    size: int
    root: bytes
    extensions: tuple[str, ...] = ()


def check_key_name(name: str) -> None:
    """Raise `NoteError` unless `name` is a valid note key name (non-empty, no space, no '+')."""
    if not name or "+" in name or any(ch.isspace() for ch in name) or _has_controls(name):
        msg = say("Invalid note key name {name}: it must be non-empty, without spaces or '+'.", name=repr(name))
        raise NoteError(msg)


def key_id(name: str, public_key: bytes) -> bytes:
    """The 4-byte key id: SHA-256(name || 0x0A || 0x01 || public key)[:4]."""
    data = name.encode("utf-8") + b"\n" + bytes([ALG_ED25519]) + public_key
    return hashlib.sha256(data).digest()[:KEY_ID_SIZE]


def verifier_line(name: str, public_key: Ed25519PublicKey) -> str:
    """The verifier key line for `public_key` under `name`."""
    check_key_name(name)
    raw = _public_bytes(public_key)
    encoded = base64.b64encode(bytes([ALG_ED25519]) + raw).decode("ascii")
    return f"{name}+{key_id(name, raw).hex()}+{encoded}"


def signer_line(name: str, private_key: Ed25519PrivateKey) -> str:
    """The signer key line (holds the private seed: never write it to disk unsealed)."""
    check_key_name(name)
    seed = private_key.private_bytes_raw()
    raw = _public_bytes(private_key.public_key())
    encoded = base64.b64encode(bytes([ALG_ED25519]) + seed).decode("ascii")
    return f"PRIVATE+KEY+{name}+{key_id(name, raw).hex()}+{encoded}"


def sign_note(text: str, name: str, private_key: Ed25519PrivateKey) -> str:
    """Sign `text` (must end in a newline) and return the signed note."""
    check_key_name(name)
    _check_text(text, allow_empty_lines=True)
    signature = private_key.sign(text.encode("utf-8"))
    ident = key_id(name, _public_bytes(private_key.public_key()))
    encoded = base64.b64encode(ident + signature).decode("ascii")
    return f"{text}\n{SIGNATURE_PREFIX}{name} {encoded}\n"


def verify_note(note: str, verifier: str | NoteVerifier) -> str:
    """Return the text of `note` if it carries a valid signature by `verifier`.

    Signatures by other keys are ignored, as the format requires; a signature that names
    the pinned key but does not verify rejects the note, and so does a note with no
    signature by the pinned key at all.
    """
    key = verifier if isinstance(verifier, NoteVerifier) else NoteVerifier.from_line(verifier)
    text, signatures = split_note(note)
    found = False
    for name, ident, signature in signatures:
        if name != key.name or ident != key.key_id:
            continue
        try:
            key.public_key.verify(signature, text.encode("utf-8"))
        except InvalidSignature as exc:
            msg = say("The signature by {name} does not verify: the note was altered or forged.", name=key.name)
            raise NoteError(msg) from exc
        found = True
    if not found:
        msg = say("The note carries no signature by the pinned key {key}.", key=f"{key.name}+{key.key_id.hex()}")
        raise NoteError(msg)
    return text


def split_note(note: str) -> tuple[str, list[tuple[str, bytes, bytes]]]:
    """Split a signed note into its text and its (name, key id, signature) triples."""
    try:
        size = len(note.encode("utf-8"))
    except UnicodeEncodeError as exc:
        msg = say("The signed note is not valid UTF-8 text.")
        raise NoteError(msg) from exc
    if size > MAX_NOTE_BYTES:
        msg = say("The signed note is too large.")
        raise NoteError(msg)
    if _has_controls(note.replace("\n", "")):
        msg = say("The signed note holds control characters other than newline.")
        raise NoteError(msg)
    split = note.rfind("\n\n")
    if split < 0:
        msg = say("The signed note has no blank line before its signatures.")
        raise NoteError(msg)
    text, block = note[: split + 1], note[split + 2 :]
    if not block.endswith("\n"):
        msg = say("The signed note's signature block must end with a newline.")
        raise NoteError(msg)
    lines = block[:-1].split("\n")
    if len(lines) > MAX_SIGNATURES:
        msg = say("The signed note has more than {count} signatures.", count=MAX_SIGNATURES)
        raise NoteError(msg)
    return text, [_parse_signature_line(line) for line in lines]


def format_checkpoint(origin: str, size: int, root: bytes, extensions: tuple[str, ...] = ()) -> str:
    """The checkpoint note text (unsigned): origin, size, base64 root, extension lines."""
    if not origin or "\n" in origin or _has_controls(origin):
        msg = say("Invalid checkpoint origin {origin}.", origin=repr(origin))
        raise NoteError(msg)
    if type(size) is not int or size < 0:
        msg = say("Invalid checkpoint tree size {size}.", size=repr(size))
        raise NoteError(msg)
    if len(root) != ROOT_SIZE:
        msg = say("A checkpoint root must be a 32-byte SHA-256 hash.")
        raise NoteError(msg)
    for line in extensions:
        if not line or "\n" in line or _has_controls(line):
            msg = say("Invalid checkpoint extension line {line}.", line=repr(line))
            raise NoteError(msg)
    body = [origin, str(size), base64.b64encode(root).decode("ascii"), *extensions]
    return "\n".join(body) + "\n"


def parse_checkpoint(text: str) -> Checkpoint:
    """Parse checkpoint note text (as returned by `verify_note`) strictly."""
    _check_text(text, allow_empty_lines=False)
    lines = text[:-1].split("\n")
    if len(lines) < _CHECKPOINT_LINES:
        msg = say("A checkpoint needs three lines: origin, tree size and root hash.")
        raise NoteError(msg)
    origin, size_text, root_text, *extensions = lines
    if not origin:
        msg = say("The checkpoint's origin line is empty.")
        raise NoteError(msg)
    if _DECIMAL.fullmatch(size_text) is None:
        msg = say("The checkpoint's tree size {size} is not a plain decimal number.", size=repr(size_text))
        raise NoteError(msg)
    root = _strict_b64(root_text)
    if root is None or len(root) != ROOT_SIZE:
        msg = say("The checkpoint's root {root} is not a base64 SHA-256 hash.", root=repr(root_text))
        raise NoteError(msg)
    if any(not line for line in extensions):
        msg = say("The checkpoint has an empty extension line.")
        raise NoteError(msg)
    return Checkpoint(origin, int(size_text), root, tuple(extensions))


def _check_text(text: str, *, allow_empty_lines: bool) -> None:
    if not text.endswith("\n"):
        msg = say("Note text must end with a newline.")
        raise NoteError(msg)
    if not allow_empty_lines and ("\n\n" in text or text.startswith("\n")):
        msg = say("Checkpoint text must not hold empty lines.")
        raise NoteError(msg)
    if _has_controls(text.replace("\n", "")):
        msg = say("Note text must not hold control characters other than newline.")
        raise NoteError(msg)


def _parse_signature_line(line: str) -> tuple[str, bytes, bytes]:
    if not line.startswith(SIGNATURE_PREFIX):
        msg = say("Unexpected line in the signature block: {line}.", line=repr(line[:80]))
        raise NoteError(msg)
    name, _, encoded = line[len(SIGNATURE_PREFIX) :].partition(" ")
    check_key_name(name)
    raw = _strict_b64(encoded)
    if raw is None or len(raw) <= KEY_ID_SIZE:
        msg = say("The signature by {name} is not valid base64 of a key id and a signature.", name=name)
        raise NoteError(msg)
    return name, raw[:KEY_ID_SIZE], raw[KEY_ID_SIZE:]


def _decode_key_bytes(name: str, hex_id: str, encoded: str, kind: str) -> bytes:
    check_key_name(name)
    if _HEX_ID.fullmatch(hex_id) is None:
        if kind == "verifier":
            msg = say("The verifier key id {key_id} must be 8 lowercase hex digits.", key_id=repr(hex_id))
        else:
            msg = say("The signer key id {key_id} must be 8 lowercase hex digits.", key_id=repr(hex_id))
        raise NoteError(msg)
    raw = _strict_b64(encoded)
    if raw is None or len(raw) != _ENCODED_KEY_SIZE or raw[0] != ALG_ED25519:
        if kind == "verifier":
            msg = say("The verifier key for {name} is not an Ed25519 note key.", name=repr(name))
        else:
            msg = say("The signer key for {name} is not an Ed25519 note key.", name=repr(name))
        raise NoteError(msg)
    return raw[1:]


def _decode_key(name: str, hex_id: str, encoded: str, kind: str) -> bytes:
    raw = _decode_key_bytes(name, hex_id, encoded, kind)
    if key_id(name, raw) != bytes.fromhex(hex_id):
        if kind == "verifier":
            msg = say("The verifier key for {name} has a key id that does not match its key.", name=repr(name))
        else:
            msg = say("The signer key for {name} has a key id that does not match its key.", name=repr(name))
        raise NoteError(msg)
    return raw


def _strict_b64(text: str) -> bytes | None:
    """Decode standard padded base64, accepting only its one canonical spelling."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        return None
    if base64.b64encode(raw).decode("ascii") != text:
        return None
    return raw


def _public_bytes(public_key: Ed25519PublicKey) -> bytes:
    return public_key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _has_controls(text: str) -> bool:
    """True if `text` holds an ASCII control character (below U+0020)."""
    return any(ch < " " for ch in text)
