"""Signed notes and checkpoints against the published C2SP / Go sumdb/note examples.

The key lines and signatures are the public test vectors of golang.org/x/mod/sumdb/note
(note_test.go); the checkpoint text is the example in C2SP tlog-checkpoint.md.
"""

from __future__ import annotations

import base64

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.audit.note import (
    Checkpoint,
    NoteError,
    NoteSigner,
    NoteVerifier,
    format_checkpoint,
    parse_checkpoint,
    sign_note,
    signer_line,
    split_note,
    verifier_line,
    verify_note,
)

PETER_VKEY = "PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW"
PETER_SKEY = "PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz"
ENOCH_VKEY = "EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop"
TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n"
PETER_SIG = (
    "\u2014 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n"
)
ENOCH_SIG = (
    "\u2014 EnochRoot rwz+eBzmZa0SO3NbfRGzPCpDckykFXSdeX+MNtCOXm2/5n2tiOHp+vAF1aGrQ5ovTG01oOTGwnWLox33WWd1RvMc+QQ=\n"
)
SIGNED = TEXT + "\n" + PETER_SIG

SOFA_TEXT = "example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n"


def test_published_key_lines_parse_and_round_trip() -> None:
    verifier = NoteVerifier.from_line(PETER_VKEY)
    signer = NoteSigner.from_line(PETER_SKEY)
    assert verifier.name == signer.name == "PeterNeumann"
    assert verifier.key_id.hex() == signer.key_id.hex() == "c74f20a3"
    assert verifier.line() == PETER_VKEY
    assert verifier_line("PeterNeumann", signer.private_key.public_key()) == PETER_VKEY
    assert signer_line("PeterNeumann", signer.private_key) == PETER_SKEY


def test_sign_reproduces_the_published_signed_note() -> None:
    signer = NoteSigner.from_line(PETER_SKEY)
    assert sign_note(TEXT, signer.name, signer.private_key) == SIGNED


def test_verify_the_published_signed_note() -> None:
    assert verify_note(SIGNED, PETER_VKEY) == TEXT
    assert verify_note(SIGNED, NoteVerifier.from_line(PETER_VKEY)) == TEXT


def test_unknown_signatures_are_ignored_known_ones_verified() -> None:
    both = TEXT + "\n" + PETER_SIG + ENOCH_SIG
    assert verify_note(both, PETER_VKEY) == TEXT
    assert verify_note(both, ENOCH_VKEY) == TEXT
    text, signatures = split_note(both)
    assert text == TEXT
    assert [(name, ident.hex()) for name, ident, _ in signatures] == [
        ("PeterNeumann", "c74f20a3"),
        ("EnochRoot", "af0cfe78"),
    ]


def test_note_without_a_signature_by_the_pinned_key_is_rejected() -> None:
    with pytest.raises(NoteError, match="no signature by the pinned key EnochRoot"):
        verify_note(SIGNED, ENOCH_VKEY)


def test_note_with_a_broken_signature_by_the_pinned_key_is_rejected() -> None:
    broken = TEXT + "\n" + PETER_SIG[:60] + "ABCD" + PETER_SIG[60:]
    with pytest.raises(NoteError, match="does not verify"):
        verify_note(broken, PETER_VKEY)


def test_altered_text_is_rejected() -> None:
    altered = SIGNED.replace("answer", "Answer")
    with pytest.raises(NoteError, match="does not verify"):
        verify_note(altered, PETER_VKEY)


@pytest.mark.parametrize(
    "message",
    [
        TEXT,
        TEXT + "\n",
        TEXT + "\n" + PETER_SIG[:-1],
        "\x01" + TEXT + "\n" + PETER_SIG,
        TEXT + "\n" + "\u2014 Bad Name x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqd"
        "ngotpRZb6KE6RyyBwJnAM=",
        TEXT + "\n" + PETER_SIG + "Unexpected line.\n",
        TEXT + "\n" + PETER_SIG * 101,
        TEXT + "\n" + "\u2014 PeterNeumann AAAA\n",
        TEXT + "\n" + "\u2014 PeterNeumann not base64!\n",
        "\ud800" + TEXT + "\n" + PETER_SIG,
    ],
)
def test_malformed_notes_are_rejected(message: str) -> None:
    with pytest.raises(NoteError):
        verify_note(message, PETER_VKEY)


def test_mangled_verifier_keys_are_rejected() -> None:
    raw = PETER_VKEY
    rejected = 0
    for start in range(len(raw) + 1):
        for end in range(start + 1, len(raw) + 1):
            if (start, end) == (0, len(raw)):
                continue
            with pytest.raises(NoteError):
                NoteVerifier.from_line(raw[start:end])
            rejected += 1
    for index in range(len(raw)):
        bumped = raw[:index] + chr(ord(raw[index]) + 1) + raw[index + 1 :]
        with pytest.raises(NoteError):
            NoteVerifier.from_line(bumped)
        rejected += 1
    assert rejected > len(raw)


@pytest.mark.parametrize(
    "line",
    [
        # Published: a key of the wrong length and an unknown algorithm, each with its id.
        "PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==",
        "PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW",
        PETER_SKEY,
        "",
    ],
)
def test_bad_verifier_keys_are_rejected(line: str) -> None:
    with pytest.raises(NoteError):
        NoteVerifier.from_line(line)


def test_mangled_signer_keys_are_rejected() -> None:
    for index in range(len(PETER_SKEY)):
        bumped = PETER_SKEY[:index] + chr(ord(PETER_SKEY[index]) + 1) + PETER_SKEY[index + 1 :]
        with pytest.raises(NoteError):
            NoteSigner.from_line(bumped)
    with pytest.raises(NoteError):
        NoteSigner.from_line(PETER_VKEY)


@pytest.mark.parametrize("name", ["", "a b", "a+b", "tab\there", "nbsp\u00a0"])
def test_invalid_key_names_are_rejected(name: str) -> None:
    with pytest.raises(NoteError, match="key name"):
        verifier_line(name, Ed25519PrivateKey.generate().public_key())


def test_sign_rejects_text_without_final_newline() -> None:
    with pytest.raises(NoteError, match="newline"):
        sign_note("abc", "airlock/test", Ed25519PrivateKey.generate())


def test_sign_and_verify_text_with_an_empty_line() -> None:
    key = Ed25519PrivateKey.generate()
    text = "first\n\nsecond\n"
    note = sign_note(text, "airlock/test", key)
    assert verify_note(note, verifier_line("airlock/test", key.public_key())) == text


def test_published_checkpoint_example_parses_and_formats() -> None:
    checkpoint = parse_checkpoint(SOFA_TEXT)
    assert checkpoint == Checkpoint(
        "example.com/behind-the-sofa",
        20852163,
        base64.b64decode("CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I="),
    )
    assert format_checkpoint(checkpoint.origin, checkpoint.size, checkpoint.root) == SOFA_TEXT


def test_checkpoint_round_trip_through_a_signed_note() -> None:
    key = Ed25519PrivateKey.generate()
    root = bytes(range(32))
    text = format_checkpoint("airlock/1234", 0, root, ("extension line",))
    note = sign_note(text, "airlock/1234", key)
    parsed = parse_checkpoint(verify_note(note, verifier_line("airlock/1234", key.public_key())))
    assert parsed == Checkpoint("airlock/1234", 0, root, ("extension line",))


ROOT_B64 = "CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I="


@pytest.mark.parametrize(
    "text",
    [
        f"origin\n20852163\n{ROOT_B64}",
        f"origin\n020852163\n{ROOT_B64}\n",
        f"origin\n-1\n{ROOT_B64}\n",
        f"origin\n+5\n{ROOT_B64}\n",
        f"origin\n 5\n{ROOT_B64}\n",
        f"origin\n5\n{ROOT_B64[:-4]}\n",
        f"origin\n5\n{ROOT_B64.rstrip('=')}\n",
        "origin\n5\n" + "A" * 42 + "==\n",
        f"\n5\n{ROOT_B64}\n",
        "origin\n5\n",
        f"origin\n5\n{ROOT_B64}\n\next\n",
    ],
)
def test_malformed_checkpoints_are_rejected(text: str) -> None:
    with pytest.raises(NoteError):
        parse_checkpoint(text)


@pytest.mark.parametrize(
    ("origin", "size", "root"),
    [("", 1, bytes(32)), ("a\nb", 1, bytes(32)), ("o", -1, bytes(32)), ("o", 1, bytes(31))],
)
def test_format_checkpoint_rejects_bad_fields(origin: str, size: int, root: bytes) -> None:
    with pytest.raises(NoteError):
        format_checkpoint(origin, size, root)
