"""How the auditor's verifier refuses an audit export that was damaged or forged.

Most exports here come from a real appliance: a real vault, its real checkpoint key and
`airlock audit export`, copied to the "auditor's media" for each test and then damaged
there the way a bad medium, a text-mode copy or an attacker would (a file cut short,
line endings converted, a member deleted, a byte that is not UTF-8, a file padded out).
What a forger can only do while holding the appliance's signing key (sign a note that is
not a checkpoint, or a checkpoint of another log) is done on an export written by
Airlock's own writer with a key the test holds (tests.security.test_audit_export_tamper).

The verifier runs as the auditor runs it: `airlock verify-audit` (the standalone
verifier's own command line, in a subprocess), or `verify_export` where the report's
fields are checked. Each test checks the verdict, the exit status, and that the message
names what is wrong.
"""

from __future__ import annotations

import base64
import json
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.core.audit.entry import InvalidAuditEntry, canonical_entry
from app.core.audit.merkle import Frontier, leaf_hash
from app.core.audit.note import format_checkpoint, sign_note
from app.core.audit.verify_audit import UsageProblem, verify_export
from app.core.service import init_vault
from tests.conftest import ADMIN_PASSPHRASE, REPO, Vault, run_cli
from tests.security.test_audit_export_tamper import (
    ORIGIN,
    AuditLog,
    export,
    make_log,
    read_lines,
    remanifest,
    write_lines,
)

MIB = 1 << 20


@dataclass(frozen=True)
class Appliance:
    """One real appliance's audit export and the verifier key an auditor pinned for it."""

    export: Path
    key_line: str


@pytest.fixture(scope="module")
def appliance(tmp_path_factory: pytest.TempPathFactory) -> Appliance:
    base = tmp_path_factory.mktemp("appliance")
    secrets = base / "secrets"
    secrets.mkdir(mode=0o700)
    session, recovery = init_vault(base / "data", "admin", ADMIN_PASSPHRASE.encode())
    session.close()
    vault = Vault(base / "data", secrets, recovery)
    vault.write_passphrase("admin", ADMIN_PASSPHRASE)
    media = base / "media"
    media.mkdir()
    done = vault.cli("audit", "export", "--out", str(media))
    assert done.returncode == 0, done.stderr
    key = vault.cli("audit", "key")
    assert key.returncode == 0, key.stderr
    return Appliance(Path(done.stdout.strip()), key.stdout.strip().splitlines()[0])


@pytest.fixture
def received(tmp_path: Path, appliance: Appliance) -> Path:
    """The appliance's export as it arrives on the auditor's machine (a copy to damage)."""
    copy = tmp_path / "auditor" / "export"
    shutil.copytree(appliance.export, copy)
    return copy


@pytest.fixture
def pinned(tmp_path: Path, appliance: Appliance) -> Path:
    """The key file the auditor recorded when first trusting the appliance."""
    path = tmp_path / "pinned.key"
    path.write_text(appliance.key_line + "\n")
    return path


def verify_audit(directory: Path, key_file: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """`airlock verify-audit`, as the auditor runs it (no vault needed)."""
    return run_cli("verify-audit", str(directory), "--key", str(key_file), *extra)


def newest_checkpoint(directory: Path) -> Path:
    return max((directory / "checkpoints").iterdir())


def label(checkpoint: Path) -> str:
    return f"checkpoints/{checkpoint.name}"


def refused(result: subprocess.CompletedProcess[str]) -> str:
    """The report of a failed verification: exit status 1, no crash, the verdict printed."""
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout.rstrip().endswith("Result: VERIFICATION FAILED")
    return result.stdout


def only_failures(report: str) -> list[str]:
    return [line.removeprefix("FAILED: ") for line in report.splitlines() if line.startswith("FAILED:")]


def usage_error(result: subprocess.CompletedProcess[str]) -> str:
    """A usage problem: exit status 2, a one-line explanation on stderr, no report."""
    assert result.returncode == 2, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert result.stdout == ""
    return result.stderr


def test_the_untouched_appliance_export_verifies(received: Path, pinned: Path) -> None:
    result = verify_audit(received, pinned)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.rstrip().endswith("Result: VERIFIED")


# -- the auditor's own arguments ---------------------------------------------------------------


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda line: "", id="empty"),
        pytest.param(lambda line: "+".join(line.split("+", 2)[:2]), id="cut-after-the-key-id"),
        pytest.param(lambda line: line[:-1], id="last-base64-character-lost"),
        pytest.param(lambda line: line[:-8], id="base64-cut-on-a-quantum"),
    ],
)
def test_a_pinned_key_file_damaged_on_the_auditors_side_is_a_usage_error(
    tmp_path: Path, received: Path, appliance: Appliance, damage: Callable[[str], str]
) -> None:
    key_file = tmp_path / "damaged.key"
    key_file.write_text(damage(appliance.key_line) + "\n")
    message = usage_error(verify_audit(received, key_file))
    assert "The verifier key is not a note verifier key line 'name+keyid+base64key'" in message
    assert "use the key line you recorded from the appliance" in message


def test_a_pinned_key_for_another_algorithm_is_refused(tmp_path: Path, received: Path, appliance: Appliance) -> None:
    name, key_id, encoded = appliance.key_line.split("+", 2)
    raw = base64.b64decode(encoded)
    other = base64.b64encode(b"\x02" + raw[1:]).decode()  # not Ed25519 (0x01)
    key_file = tmp_path / "other-algorithm.key"
    key_file.write_text(f"{name}+{key_id}+{other}\n")
    with pytest.raises(UsageProblem, match="is not a note verifier key line"):
        verify_export(received, key_file.read_text())
    assert "is not a note verifier key line" in usage_error(verify_audit(received, key_file))


def test_a_pinned_key_whose_id_was_mistyped_is_a_usage_error(
    tmp_path: Path, received: Path, appliance: Appliance
) -> None:
    name, key_id, encoded = appliance.key_line.split("+", 2)
    typo = ("0" if key_id[0] != "0" else "1") + key_id[1:]
    key_file = tmp_path / "typo.key"
    key_file.write_text(f"{name}+{typo}+{encoded}\n")
    message = usage_error(verify_audit(received, key_file))
    assert f"The verifier key for {name} has a key id that does not match the key; it is damaged." in message


def test_a_key_file_that_is_not_text_is_a_usage_error(tmp_path: Path, received: Path, appliance: Appliance) -> None:
    key_file = tmp_path / "raw.key"
    key_file.write_bytes(b"\xff\xfe" + base64.b64decode(appliance.key_line.split("+", 2)[2]))
    message = usage_error(verify_audit(received, key_file))
    assert f"--key {key_file}: the file is not UTF-8 text; give a readable text file." in message


def test_a_key_file_too_large_to_be_a_key_is_a_usage_error(
    tmp_path: Path, received: Path, appliance: Appliance
) -> None:
    key_file = tmp_path / "huge.key"
    key_file.write_text(appliance.key_line + "\n" + " " * MIB)
    message = usage_error(verify_audit(received, key_file))
    assert f"--key {key_file}: the file is too large to be what the export writes" in message


@pytest.mark.skipif(not Path("/proc/self/mem").is_file(), reason="needs Linux /proc")
@pytest.mark.parametrize("option", ["--key", "--last-checkpoint"])
def test_an_argument_file_that_cannot_be_read_is_a_usage_error(received: Path, pinned: Path, option: str) -> None:
    # A regular file whose read fails with EIO: the same path as an unreadable medium.
    key = "/proc/self/mem" if option == "--key" else str(pinned)
    extra = ("--last-checkpoint", "/proc/self/mem") if option == "--last-checkpoint" else ()
    result = run_cli("verify-audit", str(received), "--key", key, *extra)
    message = usage_error(result)
    assert f"{option} /proc/self/mem: the file cannot be read (Input/output error); give a readable text file." in (
        message
    )


def test_an_export_still_packed_or_mistyped_is_a_usage_error(tmp_path: Path, received: Path, pinned: Path) -> None:
    packed = tmp_path / "export.tar"
    with tarfile.open(packed, "w") as archive:
        archive.add(received, arcname="export")
    message = usage_error(verify_audit(packed, pinned))
    assert f"{packed} is not a directory; give the path of an unpacked audit export." in message
    missing = tmp_path / "exprot"
    assert f"{missing} is not a directory" in usage_error(verify_audit(missing, pinned))
    with pytest.raises(UsageProblem, match="is not a directory"):
        verify_export(packed, pinned.read_text())


# -- the manifest and the members it lists ---------------------------------------------------


def test_an_export_without_its_manifest_is_incomplete(received: Path, pinned: Path) -> None:
    (received / "MANIFEST.sha256").unlink()
    report = refused(verify_audit(received, pinned))
    assert only_failures(report) == ["MANIFEST.sha256 is missing; the export is incomplete."]
    report_data = verify_export(received, pinned.read_text())
    assert not report_data.ok
    assert report_data.entries > 0  # the entries were still checked against their signatures


def test_a_manifest_replaced_by_a_directory_is_missing(received: Path, pinned: Path) -> None:
    (received / "MANIFEST.sha256").unlink()
    (received / "MANIFEST.sha256").mkdir()
    report = refused(verify_audit(received, pinned))
    assert "FAILED: MANIFEST.sha256 is missing; the export is incomplete." in report


def test_a_manifest_that_is_not_text_is_refused(received: Path, pinned: Path) -> None:
    manifest = received / "MANIFEST.sha256"
    manifest.write_bytes(manifest.read_bytes().replace(b"README.txt", b"R\xc9ADME.txt"))
    report = refused(verify_audit(received, pinned))
    assert "FAILED: MANIFEST.sha256 is not UTF-8 text; the export is incomplete." in report


def test_a_manifest_padded_beyond_any_real_one_is_refused(received: Path, pinned: Path) -> None:
    manifest = received / "MANIFEST.sha256"
    manifest.write_bytes(manifest.read_bytes() + b"\n" * (MIB + 1))
    report = refused(verify_audit(received, pinned))
    assert "FAILED: MANIFEST.sha256 is too large to be what the export writes; the export is incomplete." in report


def _readme_line(manifest: Path) -> str:
    return next(line for line in manifest.read_text().splitlines() if line.endswith("README.txt"))


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda line: line[1:], id="hash-lost-a-digit"),
        pytest.param(lambda line: line.upper(), id="hash-in-capitals"),
        pytest.param(lambda line: line.replace("  README.txt", "  /etc/README.txt"), id="absolute-path"),
        pytest.param(lambda line: line.replace("  README.txt", "  checkpoints/../README.txt"), id="dot-dot"),
        pytest.param(lambda line: line.replace("  README.txt", "  .\\README.txt"), id="backslash"),
        pytest.param(lambda line: line.replace("  ", "\t"), id="tab-separated"),
    ],
)
def test_a_malformed_manifest_line_is_named_with_its_number(
    received: Path, pinned: Path, edit: Callable[[str], str]
) -> None:
    manifest = received / "MANIFEST.sha256"
    lines = manifest.read_text().splitlines()
    number = next(n for n, line in enumerate(lines, start=1) if line.endswith("README.txt"))
    bad = edit(lines[number - 1])
    lines[number - 1] = bad
    manifest.write_text("".join(line + "\n" for line in lines))
    report = refused(verify_audit(received, pinned))
    assert f"FAILED: MANIFEST.sha256 line {number} is malformed: {bad[:80]!r}." in report
    # The line no longer vouches for README.txt, so README.txt is now an unlisted file.
    assert "FAILED: README.txt is not listed in MANIFEST.sha256: it was added after the export was written." in report


def test_a_manifest_listing_a_file_twice_is_malformed(received: Path, pinned: Path) -> None:
    manifest = received / "MANIFEST.sha256"
    line = _readme_line(manifest)
    manifest.write_text(manifest.read_text() + line + "\n")
    count = len(manifest.read_text().splitlines())
    report = refused(verify_audit(received, pinned))
    assert f"FAILED: MANIFEST.sha256 line {count} is malformed: {line!r}." in report


@pytest.mark.parametrize("member", ["verifier.key", "README.txt", "verify_audit.py"])
def test_a_listed_member_deleted_from_the_export_is_named(received: Path, pinned: Path, member: str) -> None:
    (received / member).unlink()
    report = refused(verify_audit(received, pinned))
    assert f"FAILED: {member} is listed in MANIFEST.sha256 but missing from the export: it was deleted." in report
    assert "not a valid verifier key line" not in report  # a missing key file is named once, as missing
    assert len([line for line in report.splitlines() if line.startswith("FAILED:")]) == 1


def test_a_deleted_checkpoint_is_named_and_no_longer_seals_anything(received: Path, pinned: Path) -> None:
    newest = newest_checkpoint(received)
    newest.unlink()
    report = refused(verify_audit(received, pinned))
    assert f"FAILED: {label(newest)} is listed in MANIFEST.sha256 but missing from the export: it was deleted." in (
        report
    )
    assert "WARNING: Unsealed tail" in report  # the entries it sealed are now vouched for by nothing


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"my key\n", id="garbage"),
        pytest.param(b"", id="emptied"),
        pytest.param(b"PRIVATE+KEY+airlock/x+00000000+AAAA\n", id="a-private-key-line"),
    ],
)
def test_an_export_verifier_key_that_is_not_a_key_line_is_refused(received: Path, pinned: Path, content: bytes) -> None:
    (received / "verifier.key").write_bytes(content)
    remanifest(received)  # an attacker can always make the unsigned manifest agree
    report = refused(verify_audit(received, pinned))
    assert "FAILED: verifier.key in the export is not a valid verifier key line." in report
    assert len([line for line in report.splitlines() if line.startswith("FAILED:")]) == 1


# -- checkpoints damaged in transit ----------------------------------------------------------


def test_a_checkpoint_copied_with_crlf_line_endings_is_not_a_signed_note(received: Path, pinned: Path) -> None:
    newest = newest_checkpoint(received)
    newest.write_bytes(newest.read_bytes().replace(b"\n", b"\r\n"))
    remanifest(received)
    report = refused(verify_audit(received, pinned))
    assert only_failures(report) == [f"{label(newest)}: it holds control characters, so it is not a signed note."]
    data = verify_export(received, pinned.read_text())
    result = next(c for c in data.checkpoints if c.file == label(newest))
    assert (result.signature_ok, result.size) == (False, None)
    assert data.sealed_size < data.entries  # the older checkpoints still seal a prefix


@pytest.mark.parametrize(
    "cut",
    [
        pytest.param(lambda data: data[:-1], id="final-newline-lost"),
        pytest.param(lambda data: data[: len(data) // 3], id="cut-inside-the-text"),
        pytest.param(lambda data: data[: data.index(b"\n\n") + 1], id="signature-block-lost"),
    ],
)
def test_a_checkpoint_cut_short_is_not_a_signed_note(
    received: Path, pinned: Path, cut: Callable[[bytes], bytes]
) -> None:
    newest = newest_checkpoint(received)
    newest.write_bytes(cut(newest.read_bytes()))
    report = refused(verify_audit(received, pinned))
    assert f"FAILED: {label(newest)}: it is not a signed note (no blank line before a signature block)." in report
    assert f"FAILED: {label(newest)} does not match its hash in MANIFEST.sha256" in report


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda line: line.replace("\u2014 ", "-- ", 1), id="em-dash-made-ascii"),
        pytest.param(lambda line: line[:-2] + "*=", id="base64-damaged"),
        pytest.param(lambda line: line.rsplit(" ", 1)[0] + " AAAA", id="shorter-than-a-key-id"),
        pytest.param(lambda line: line.rsplit(" ", 1)[0], id="signature-lost"),
    ],
)
def test_a_checkpoint_with_a_mangled_signature_line_is_refused(
    received: Path, pinned: Path, edit: Callable[[str], str]
) -> None:
    newest = newest_checkpoint(received)
    text, signature = newest.read_text().rstrip("\n").rsplit("\n", 1)
    bad = edit(signature)
    newest.write_text(f"{text}\n{bad}\n")
    remanifest(received)
    report = refused(verify_audit(received, pinned))
    assert only_failures(report) == [f"{label(newest)}: its signature block holds a malformed line {bad[:60]!r}."]


def test_a_checkpoint_with_a_byte_that_is_not_utf8_is_refused(received: Path, pinned: Path) -> None:
    newest = newest_checkpoint(received)
    newest.write_bytes(newest.read_bytes().replace(b"\xe2\x80\x94", b"\x97"))  # em dash in cp1252
    remanifest(received)
    report = refused(verify_audit(received, pinned))
    assert only_failures(report) == [f"{label(newest)}: is not UTF-8 text."]


def test_a_checkpoint_padded_beyond_any_real_one_is_refused(received: Path, pinned: Path) -> None:
    newest = newest_checkpoint(received)
    newest.write_bytes(newest.read_bytes() + b" " * MIB)
    remanifest(received)
    report = refused(verify_audit(received, pinned))
    assert only_failures(report) == [f"{label(newest)}: is too large to be what the export writes."]


def test_an_export_whose_every_checkpoint_is_damaged_vouches_for_nothing(received: Path, pinned: Path) -> None:
    for checkpoint in (received / "checkpoints").iterdir():
        checkpoint.write_bytes(checkpoint.read_bytes().replace(b"\n", b"\r\n"))
    remanifest(received)
    report = verify_export(received, pinned.read_text())
    assert not report.ok
    assert report.sealed_size == 0
    assert any(failure.startswith("No checkpoint signed by the pinned key") for failure in report.failures)
    assert "nothing in this export is vouched for" in report.failures[-1]


# -- notes signed by the appliance's key that are not this log's checkpoints ----------------
# Only someone holding the signing key can make these: the key used to sign something
# else, a faulty appliance, or two installations that share one key.


def _root(log: AuditLog, size: int) -> bytes:
    frontier = Frontier()
    for entry in log.entries[:size]:
        frontier.append(leaf_hash(entry))
    return frontier.root()


def _replace_checkpoint(directory: Path, log: AuditLog, size: int, text: str) -> str:
    name = f"checkpoints/{size:010d}.txt"
    (directory / name).write_text(sign_note(text, ORIGIN, log.key))
    remanifest(directory)
    return name


@pytest.fixture
def log() -> AuditLog:
    return make_log()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(lambda root: "approve bundle 42\n", id="one-line-note"),
        pytest.param(lambda root: f"{ORIGIN}\n25\n", id="no-root-line"),
        pytest.param(lambda root: f"\n25\n{root}\n", id="empty-origin"),
        pytest.param(lambda root: f"{ORIGIN}\n25\n{root}\n\nextension\n", id="empty-extension-line"),
    ],
)
def test_a_signed_note_that_is_not_a_checkpoint_is_refused(
    tmp_path: Path, log: AuditLog, text: Callable[[str], str]
) -> None:
    directory = export(tmp_path, log)
    root = base64.b64encode(_root(log, 25)).decode()
    name = _replace_checkpoint(directory, log, 25, text(root))
    report = verify_export(directory, log.line)
    assert report.failures == [f"{name}: its text is not a checkpoint (origin, tree size, root hash)."]
    assert next(c for c in report.checkpoints if c.file == name).signature_ok is False


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(lambda root: ("025", root), id="size-with-a-leading-zero"),
        pytest.param(lambda root: ("+25", root), id="size-with-a-sign"),
        pytest.param(lambda root: ("twenty-five", root), id="size-in-words"),
        pytest.param(lambda root: ("25", root.rstrip("=")), id="root-without-padding"),
        pytest.param(lambda root: ("25", base64.b64encode(base64.b64decode(root)[:31]).decode()), id="root-too-short"),
        pytest.param(lambda root: ("25", base64.b64decode(root).hex()), id="root-in-hex"),
    ],
)
def test_a_signed_checkpoint_with_a_malformed_size_or_root_is_refused(
    tmp_path: Path, log: AuditLog, lines: Callable[[str], tuple[str, str]]
) -> None:
    directory = export(tmp_path, log)
    size, root = lines(base64.b64encode(_root(log, 25)).decode())
    name = _replace_checkpoint(directory, log, 25, f"{ORIGIN}\n{size}\n{root}\n")
    report = verify_export(directory, log.line)
    assert report.failures == [f"{name}: its tree size or root hash is malformed."]


def test_checkpoints_of_two_logs_in_one_export_are_refused(tmp_path: Path, log: AuditLog) -> None:
    directory = export(tmp_path, log)
    other = "airlock/0c10ned-appliance"
    _replace_checkpoint(directory, log, 25, format_checkpoint(other, 25, _root(log, 25)))
    report = verify_export(directory, log.line)
    assert report.failures == [
        f"The checkpoints name different logs ({other}, {ORIGIN}): they do not come from one appliance's history."
    ]
    assert all(c.signature_ok for c in report.checkpoints)  # each one alone is well signed


def test_a_kept_checkpoint_of_another_log_is_refused(tmp_path: Path, log: AuditLog) -> None:
    directory = export(tmp_path, log)
    other = "airlock/0c10ned-appliance"
    kept = tmp_path / "kept-from-the-other-appliance.txt"
    kept.write_text(sign_note(format_checkpoint(other, 50, _root(log, 50)), ORIGIN, log.key))
    report = verify_export(directory, log.line, kept.read_text())
    assert report.failures == [
        (
            f"the last checkpoint you kept comes from the log {other!r}, not from this export's log: "
            "it belongs to another installation."
        )
    ]
    assert report.last_checkpoint == {"size": 50, "root": _root(log, 50).hex(), "consistent": False}
    result = refused(verify_audit(directory, _pin(tmp_path, log), "--last-checkpoint", str(kept)))
    assert f"FAILED: The earlier checkpoint {kept} comes from the log {other!r}" in result
    assert "Earlier checkpoint: size 50, NOT extended" in result


def _pin(tmp_path: Path, log: AuditLog) -> Path:
    path = tmp_path / "pinned.key"
    path.write_text(log.line + "\n")
    return path


# -- entries -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        pytest.param(b"7", id="a-bare-number"),
        pytest.param(b"null", id="null"),
        pytest.param(b'["action","actor","details","outcome","seq","target","time"]', id="the-field-names-as-a-list"),
    ],
)
def test_a_json_value_that_is_not_an_object_after_the_last_entry_is_named(
    tmp_path: Path, log: AuditLog, line: bytes
) -> None:
    directory = export(tmp_path, log)
    write_lines(directory, [*read_lines(directory), line])
    remanifest(directory)
    report = verify_export(directory, log.line)
    assert report.failures == [
        (
            "entries.jsonl line 61: (expected seq 60) does not have exactly the entry fields. This is the first "
            "bad entry; entries from here on are not trustworthy."
        )
    ]
    assert report.fast_path is False  # the fast check refused, the thorough one named the line


@pytest.mark.parametrize("thorough", [False, True], ids=["default", "thorough"])
@pytest.mark.parametrize("forged_time", ["2025-03-01T1\u0663:00:00Z", "2025-03-01T13:00:00.\u0663Z"],
                         ids=["hour", "fraction"])  # ARABIC-INDIC DIGIT THREE
def test_an_entry_whose_time_holds_a_non_ascii_digit_is_named(
    tmp_path: Path, log: AuditLog, thorough: bool, forged_time: str,
) -> None:
    with pytest.raises(InvalidAuditEntry, match="is not an RFC 3339 UTC time"):
        canonical_entry(60, forged_time, "alice", "deploy", "gpu-060", "ok", {})  # the appliance refuses it
    forged = {"seq": 60, "time": forged_time, "actor": "alice", "action": "deploy", "target": "gpu-060",
              "outcome": "ok", "details": {}}
    line = json.dumps(forged, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    directory = export(tmp_path, log)
    write_lines(directory, [*read_lines(directory), line])
    remanifest(directory)
    report = verify_export(directory, log.line, thorough=thorough)
    assert report.failures == [
        (
            "entries.jsonl line 61: (seq 60) has a time that is not RFC 3339 UTC ending in 'Z'. This is the first "
            "bad entry; entries from here on are not trustworthy."
        )
    ]


def test_an_entry_changed_under_an_early_checkpoint_of_a_large_export_is_named(tmp_path: Path) -> None:
    # Past one block of leaves (4096) the fast check compares a signed root while it still
    # reads; a mismatch there ends it early, and the full check names the checkpoint.
    log = make_log(count=4200, sizes=(100, 4200))
    directory = export(tmp_path, log)
    lines = read_lines(directory)
    lines[50] = lines[50].replace(b'"target":"gpu-050"', b'"target":"gpu-666"')
    write_lines(directory, lines)
    remanifest(directory)
    report = verify_export(directory, log.line)
    assert report.failures == [
        (
            "checkpoints/0000000100.txt: the signed root of the first 100 entries does not match entries.jsonl: "
            "an entry in lines 1..100 (seq 0..99) was changed, inserted, deleted or reordered after it was signed."
        ),
        (
            "checkpoints/0000004200.txt: the signed root of the first 4200 entries does not match entries.jsonl: "
            "an entry in lines 1..4200 (seq 0..4199) was changed, inserted, deleted or reordered after it was "
            "signed."
        ),
    ]
    assert (report.fast_path, report.form_checked, report.sealed_size) == (False, 4200, 0)


# -- the script itself ---------------------------------------------------------------------------


def test_the_verifier_module_runs_as_a_program_with_its_exit_statuses(received: Path, pinned: Path) -> None:
    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "app.core.audit.verify_audit", *args],
            capture_output=True,
            text=True,
            check=False,
            cwd=REPO,
            timeout=60,
        )

    assert run(str(received), "--key", str(pinned)).returncode == 0
    (received / "README.txt").write_text("changed\n")
    failed = run(str(received), "--key", str(pinned))
    assert failed.returncode == 1
    assert "FAILED: README.txt does not match its hash in MANIFEST.sha256" in failed.stdout
    assert run(str(received)).returncode == 2  # no --key: argparse's usage error
