"""A publisher's key files: made private and never overwritten, read only when they are what they say.

app.core.bundles.keys, as `airlock publisher keygen` and the signing commands meet it:
a short passphrase, an existing file or link in the way, a missing, oversized, altered or
foreign public key file, a private key that is not encrypted, not Ed25519, or opened
with the wrong passphrase. Each is refused with its own sentence; real files, real keys.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519

from app.core.bundles import keys, limits
from app.core.errors import AirlockError, AlreadyExists, AuthenticationError

PASSPHRASE = "a long publisher passphrase"


def _refused(error: type[AirlockError], call: Callable[[], object]) -> AirlockError:
    with pytest.raises(error) as raised:
        call()
    return raised.value


@pytest.fixture
def key_file(tmp_path: Path) -> Path:
    path = tmp_path / "models.key"
    keys.generate_key(path, PASSPHRASE)
    return path


def test_a_new_key_is_private_and_loads_back(key_file: Path) -> None:
    assert oct(key_file.stat().st_mode & 0o777) == "0o600"
    assert b"ENCRYPTED PRIVATE KEY" in key_file.read_bytes()
    public = keys.load_public_key(key_file)  # finds KEYFILE.pub next to it
    assert public == keys.load_public_key(keys.public_path(key_file))
    assert keys.load_signer(key_file, PASSPHRASE).public_key == public


def test_a_short_passphrase_is_refused(tmp_path: Path) -> None:
    refused = _refused(keys.KeyFileError, lambda: keys.generate_key(tmp_path / "k.key", "short"))
    assert refused.message == f"The key passphrase must have at least {keys.MIN_PASSPHRASE_CHARS} characters."
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("in_the_way", ["key", "pub", "dangling-link"])
def test_a_key_is_never_written_over(tmp_path: Path, in_the_way: str) -> None:
    out = tmp_path / "k.key"
    target = {"key": out, "pub": keys.public_path(out), "dangling-link": out}[in_the_way]
    if in_the_way == "dangling-link":
        target.symlink_to(tmp_path / "elsewhere")
    else:
        target.write_bytes(b"someone's key")
    before = {path.name: path.read_bytes() if not path.is_symlink() else b"link" for path in tmp_path.iterdir()}
    refused = _refused(AlreadyExists, lambda: keys.generate_key(out, PASSPHRASE))
    assert refused.message == f"{target} exists already."
    assert refused.hint == "Choose another --out; Airlock never overwrites a key."
    assert {path.name: path.read_bytes() if not path.is_symlink() else b"link" for path in tmp_path.iterdir()} == before
    assert not (tmp_path / "elsewhere").exists()


def _edit_public(key_file: Path, change: Callable[[dict[str, object]], None]) -> Path:
    path = keys.public_path(key_file)
    data = json.loads(path.read_bytes())
    change(data)
    path.write_text(json.dumps(data))
    return path


def test_a_public_key_file_whose_id_was_altered_is_refused(key_file: Path) -> None:
    path = _edit_public(key_file, lambda data: data.update(keyid="0" * 64))
    refused = _refused(keys.KeyFileError, lambda: keys.load_public_key(path))
    assert refused.message == f"The key id in {path} does not match its key."
    assert refused.hint == "The file was altered; use a fresh copy."


def test_a_public_key_of_another_type_is_refused(key_file: Path) -> None:
    path = _edit_public(key_file, lambda data: data.update(keytype="rsa", scheme="rsassa-pss-sha256"))
    assert _refused(keys.KeyFileError, lambda: keys.load_public_key(path)).message == \
        f"{path} holds a rsa key; publisher keys are Ed25519."


@pytest.mark.parametrize("content", [b"not json", b"{}", b'{"keyid": "ab"}', b"[1, 2]"])
def test_a_file_that_is_not_a_public_key_is_refused(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "odd.pub"
    path.write_bytes(content)
    refused = _refused(keys.KeyFileError, lambda: keys.load_public_key(path))
    assert refused.message == f"{path} is not an Airlock public key file."
    assert refused.hint == "Use the KEYFILE.pub that keygen wrote."


def test_missing_and_oversized_key_files_are_refused(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.pub"
    assert _refused(keys.KeyFileError, lambda: keys.load_public_key(missing)).message == \
        f"Cannot read the public key file {missing}: No such file or directory."
    assert _refused(keys.KeyFileError, lambda: keys.load_signer(tmp_path / "nowhere.key", PASSPHRASE)).message == \
        f"Cannot read the private key file {tmp_path / 'nowhere.key'}: No such file or directory."
    large = tmp_path / "large.key"
    large.write_bytes(b"-" * (limits.MAX_KEY_FILE_BYTES + 1))
    assert _refused(keys.KeyFileError, lambda: keys.load_signer(large, PASSPHRASE)).message == \
        f"{large} is too large to be a private key file."
    large_pub = tmp_path / "large.pub"
    os.link(large, large_pub)
    assert _refused(keys.KeyFileError, lambda: keys.load_public_key(large_pub)).message == \
        f"{large_pub} is too large to be a public key file."


def test_the_wrong_passphrase_is_an_authentication_failure(key_file: Path) -> None:
    refused = _refused(AuthenticationError, lambda: keys.load_signer(key_file, "not the passphrase at all"))
    assert refused.message == f"Cannot decrypt {key_file}: wrong passphrase, or not a private key file."
    assert refused.exit_code == 3


def _pem(tmp_path: Path, private: object, encryption: serialization.KeySerializationEncryption) -> Path:
    path = tmp_path / "other.key"
    path.write_bytes(private.private_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, encryption))
    return path


def test_an_unencrypted_private_key_is_refused(tmp_path: Path) -> None:
    path = _pem(tmp_path, ed25519.Ed25519PrivateKey.generate(), serialization.NoEncryption())
    refused = _refused(keys.KeyFileError, lambda: keys.load_signer(path, PASSPHRASE))
    assert refused.message == f"{path} is not encrypted."
    assert refused.hint == "Airlock only uses passphrase-protected keys."


def test_a_private_key_that_is_not_ed25519_is_refused(tmp_path: Path) -> None:
    path = _pem(tmp_path, ec.generate_private_key(ec.SECP256R1()),
                serialization.BestAvailableEncryption(PASSPHRASE.encode()))
    assert _refused(keys.KeyFileError, lambda: keys.load_signer(path, PASSPHRASE)).message == \
        f"{path} is not an Ed25519 key."
