"""Publisher key files: Ed25519, the private half PEM-encrypted under a passphrase, 0600.

KEYFILE holds the encrypted PKCS#8 private key; KEYFILE.pub holds the public key as the
TUF key object (keyid, keytype, scheme, keyval) so it can be placed in a root as is.
"""

from __future__ import annotations

import json
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from securesystemslib.signer import CryptoSigner, SSlibKey

from app.core.bundles import limits
from app.core.errors import AirlockError, AlreadyExists, AuthenticationError
from app.core.fsutil import atomic_write
from app.core.messages import say

MIN_PASSPHRASE_CHARS = 12


class KeyFileError(AirlockError):
    """A publisher key file is missing, unreadable or not an Ed25519 key."""


def _read_small(path: Path, *, private: bool) -> bytes:
    """A key file's bytes (bounded); `private` says which kind of key file is read."""
    try:
        with path.open("rb") as handle:
            data = handle.read(limits.MAX_KEY_FILE_BYTES + 1)
    except OSError as exc:
        if private:
            msg = say("Cannot read the private key file {path}: {error}.", path=path, error=exc.strerror)
        else:
            msg = say("Cannot read the public key file {path}: {error}.", path=path, error=exc.strerror)
        raise KeyFileError(msg, say("Check the path.")) from exc
    if len(data) > limits.MAX_KEY_FILE_BYTES:
        if private:
            msg = say("{path} is too large to be a private key file.", path=path)
        else:
            msg = say("{path} is too large to be a public key file.", path=path)
        raise KeyFileError(msg, say("Check the path."))
    return data


def public_path(key_file: Path) -> Path:
    """Where the public half of `key_file` lives."""
    return key_file.with_name(key_file.name + ".pub")


def generate_key(out: Path, passphrase: str) -> SSlibKey:
    """Create KEYFILE (encrypted, 0600) and KEYFILE.pub; refuse to overwrite either."""
    if len(passphrase) < MIN_PASSPHRASE_CHARS:
        msg = say("The key passphrase must have at least {count} characters.", count=MIN_PASSPHRASE_CHARS)
        raise KeyFileError(msg, say("Choose a longer passphrase."))
    pub_out = public_path(out)
    for path in (out, pub_out):
        if path.exists() or path.is_symlink():
            raise AlreadyExists(
                say("{path} exists already.", path=path), say("Choose another --out; Airlock never overwrites a key.")
            )
    if not out.parent.is_dir():
        raise KeyFileError(
            say("The folder {path} for the key does not exist.", path=out.parent),
            say("Create it (on the signer's own medium), or choose another --out."),
        )
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode()),
    )
    public = SSlibKey.from_crypto(private.public_key())
    atomic_write(out, pem, mode=0o600)
    atomic_write(pub_out, public_key_bytes(public), mode=0o644)
    return public


def public_key_bytes(key: SSlibKey) -> bytes:
    """The .pub file content for `key`."""
    return json.dumps({"keyid": key.keyid, **key.to_dict()}, indent=1, sort_keys=True).encode() + b"\n"


def load_public_key(path: Path) -> SSlibKey:
    """Read a .pub file (or a private key file's .pub next to it) as a TUF key."""
    if not path.name.endswith(".pub") and public_path(path).exists():
        path = public_path(path)
    data = _read_small(path, private=False)
    try:
        obj = json.loads(data)
        keyid = obj.pop("keyid")
        key = SSlibKey.from_dict(keyid, obj)
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise KeyFileError(
            say("{path} is not an Airlock public key file.", path=path), say("Use the KEYFILE.pub that keygen wrote.")
        ) from exc
    if key.keytype != "ed25519" or key.scheme != "ed25519":
        msg = say("{path} holds a {keytype} key; publisher keys are Ed25519.", path=path, keytype=key.keytype)
        raise KeyFileError(msg, say("Use keygen."))
    if SSlibKey.from_crypto(key._crypto_key()).keyid != keyid:  # noqa: SLF001 - recompute the id
        raise KeyFileError(
            say("The key id in {path} does not match its key.", path=path),
            say("The file was altered; use a fresh copy."),
        )
    return key


def load_signer(path: Path, passphrase: str) -> CryptoSigner:
    """Decrypt KEYFILE into a signer; a wrong passphrase is an `AuthenticationError`."""
    data = _read_small(path, private=True)
    try:
        private = serialization.load_pem_private_key(data, password=passphrase.encode())
    except TypeError as exc:
        raise KeyFileError(
            say("{path} is not encrypted.", path=path), say("Airlock only uses passphrase-protected keys.")
        ) from exc
    except ValueError as exc:
        msg = say("Cannot decrypt {path}: wrong passphrase, or not a private key file.", path=path)
        raise AuthenticationError(msg, say("Check the passphrase and the file.")) from exc
    if not isinstance(private, Ed25519PrivateKey):
        raise KeyFileError(
            say("{path} is not an Ed25519 key.", path=path),
            say("Publisher keys are made by `airlock publisher keygen`."),
        )
    return CryptoSigner(private, SSlibKey.from_crypto(private.public_key()))
