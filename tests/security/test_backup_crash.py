"""A backup killed at any moment, or a medium that fills up, never costs the earlier backups.

`airlock backup create` runs as a real process and is killed with SIGKILL at random points
(seeded, so a failure can be replayed); the medium for the full-disk test is a real tmpfs
of a fixed size. After each: every backup on the medium that looks finished verifies, the
one made before still restores, and the vault still opens and verifies.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from app.core.service import verify_backup
from tests.conftest import REPO, Vault, run_cli
from tests.lab.backup_factory import SMALL_PARTS, Stocked, payload, stock, tree_state
from tests.lab.bundle_factory import TrustLab

pytestmark = pytest.mark.slow
TRIALS = 24


def _create_command(vault: Vault, medium: Path) -> list[str]:
    return [sys.executable, "-m", "app", "--data-dir", str(vault.data_dir), "--passphrase-file",
            str(vault.passphrase_file("admin")), "--account", "admin", "backup", "create", "--out", str(medium),
            "--with-store", "--split-size", str(SMALL_PARTS)]


def _start(vault: Vault, medium: Path) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIRLOCK_")}
    env.update(AIRLOCK_KDF_SECONDS="0", PYTHONPATH=str(REPO))
    return subprocess.Popen(_create_command(vault, medium), cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)


def _wait_for(proc: subprocess.Popen[bytes], seen: Callable[[], bool], limit: float = 120.0) -> bool:
    """Poll until `seen()` (True), or until the process ended first (False)."""
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if seen():
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.001)
    return False


def _wait_for_partial(medium: Path, proc: subprocess.Popen[bytes]) -> bool:
    """Until the backup's new folder appears: it has begun writing."""
    before = {p.name for p in medium.iterdir()}
    return _wait_for(proc, lambda: any(p.is_dir() and p.name not in before for p in medium.iterdir()))


def _wait_for_parts(medium: Path, proc: subprocess.Popen[bytes]) -> bool:
    """Until the backup writes its first new object part: it is copying the store."""
    objects = medium / "airlock-objects"
    return _wait_for(proc, lambda: any(p.name.startswith(".tmp-") for p in objects.iterdir()))


def _finished_backups(medium: Path) -> list[Path]:
    return sorted(p for p in medium.iterdir() if p.name.startswith("airlock-backup-"))


def _restores(vault: Vault, backup: Path, target: Path) -> None:
    done = run_cli("backup", "restore", str(backup), data_dir=target, passphrase_file=vault.passphrase_file("admin"),
                   account="admin")
    assert done.returncode == 0, done.stderr
    check = run_cli("bundle", "check-store", data_dir=target, passphrase_file=vault.passphrase_file("admin"),
                    account="admin")
    assert check.returncode == 0, check.stdout + check.stderr


@pytest.fixture
def growing(vault: Vault, trusted_lab: TrustLab, tmp_path: Path) -> Iterator[tuple[Stocked, Path, Path]]:
    """A stocked vault, a medium with one backup of it, and new objects the next backup must copy."""
    stocked = stock(vault, trusted_lab, weights=1_500_000)
    medium = tmp_path / "usb"
    medium.mkdir()
    first = stocked.backup(medium, "--with-store", "--split-size", str(SMALL_PARTS))
    stocked.import_bundle("late", "1.0.0", {"README.md": b"# late\n", "weights.bin": payload("late", 3_000_000)})
    return stocked, medium, first


def test_kill_during_backup_create_at_random_points(growing: tuple[Stocked, Path, Path], tmp_path: Path) -> None:
    stocked, medium, first = growing
    vault = stocked.vault
    rng = random.Random(14)
    # Calibrate: how long a whole run takes, and how long it writes once its folder exists.
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    started = time.monotonic()
    proc = _start(vault, scratch)
    assert _wait_for_partial(scratch, proc)
    writing_from = time.monotonic()
    _out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    whole, writing = time.monotonic() - started, time.monotonic() - writing_from
    shutil.rmtree(scratch)

    outcomes = {"killed while writing": 0, "killed before writing": 0, "killed after finishing": 0, "finished": 0}
    for trial in range(TRIALS):
        # New objects every time, so that every backup has parts to write.
        stocked.import_bundle(f"t{trial}", "1.0.0", {"README.md": f"# {trial}\n".encode(),
                                                    "w.bin": payload(f"trial-{trial}", 1_500_000)})
        finished_before = set(_finished_backups(medium))
        proc = _start(vault, medium)
        # A third anywhere; the others at points reached by watching the medium, not the clock,
        # so that a loaded machine still kills most of them while they write.
        if trial % 3 == 0:
            time.sleep(rng.uniform(0, whole))  # anywhere: start-up, unlock, snapshot, copy, finish
        elif trial % 3 == 1:
            if _wait_for_partial(medium, proc):
                time.sleep(rng.uniform(0, writing / 4))  # early in the writing
        elif not _wait_for_parts(medium, proc):  # while it copies the store's objects
            proc.wait(timeout=300)
        proc.send_signal(signal.SIGKILL)
        writing_seen = any(p.name.startswith(".partial-") for p in medium.iterdir())
        _out, err = proc.communicate(timeout=300)
        new = set(_finished_backups(medium)) - finished_before
        if proc.returncode == 0:
            outcomes["finished"] += 1
        else:
            assert proc.returncode == -signal.SIGKILL, err
            outcomes["killed while writing" if writing_seen and not new
                     else "killed after finishing" if new else "killed before writing"] += 1
        # Every backup that looks finished is whole; the one made before the kills is untouched.
        for backup in _finished_backups(medium):
            verify_backup(backup)
        assert first in _finished_backups(medium)
        visible = {p.name for p in medium.iterdir() if not p.name.startswith(".")}
        assert visible <= {"airlock-objects", *(p.name for p in _finished_backups(medium))}
    assert outcomes["killed while writing"] >= TRIALS // 3, outcomes

    # The vault was never harmed: it opens, its log verifies, its store is whole.
    with vault.open() as session:
        assert session.verify_audit_log().ok
        assert session.check_store() == []
    _restores(vault, first, tmp_path / "restored-first")
    # The next backup sweeps what the killed ones left, and is itself whole.
    after = stocked.backup(medium, "--with-store", "--split-size", str(SMALL_PARTS))
    assert not [p for p in medium.rglob(".*") if p.name != ".airlock-backup.lock"]
    verify_backup(after)
    _restores(vault, after, tmp_path / "restored-after")


@pytest.fixture
def small_medium(tmp_path: Path) -> Iterator[Path]:
    """A real file system of 12 MiB (tmpfs), standing in for a small stick."""
    mount = tmp_path / "stick"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=12m,mode=0700", "tmpfs", str(mount)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", str(mount)], check=True)


def _fill(medium: Path) -> None:
    """Take every free byte of the medium, as another program writing to it would."""
    fd = os.open(medium / "filler", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        for size in (1 << 20, 4096, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                pass
    finally:
        os.close(fd)


def test_a_medium_that_fills_up_mid_backup_fails_clearly_and_keeps_earlier_backups(
    growing: tuple[Stocked, Path, Path], small_medium: Path, tmp_path: Path,
) -> None:
    stocked, _medium, _first = growing
    vault = stocked.vault
    first = stocked.backup(small_medium, "--with-store", "--split-size", str(SMALL_PARTS))
    stocked.import_bundle("next", "1.0.0", {"README.md": b"# next\n", "w.bin": payload("next", 2_000_000)})
    before = tree_state(small_medium)

    # Space that runs out while writing: another program fills the stick once the backup began.
    stopped: subprocess.Popen[bytes] | None = None
    for _attempt in range(5):
        proc = _start(vault, small_medium)
        if _wait_for_parts(small_medium, proc):
            proc.send_signal(signal.SIGSTOP)
            _fill(small_medium)
            proc.send_signal(signal.SIGCONT)
            stopped = proc
            break
        proc.communicate(timeout=300)  # it finished before it could be stopped: remove it, try again
        for backup in _finished_backups(small_medium):
            if backup != first:
                shutil.rmtree(backup)
    assert stopped is not None, "the backup never got to writing"
    try:
        _out, err = stopped.communicate(timeout=300)
    finally:
        stopped.kill()
    assert stopped.returncode == 1, err
    assert b"is full; the backup was not made and earlier backups on it are as they were" in err
    (small_medium / "filler").unlink()
    assert [p for p in tree_state(small_medium) or [] if p not in (before or [])] == []
    verify_backup(first)
    _restores(vault, first, tmp_path / "restored")
    with vault.open() as session:
        failed = session.audit_entries(limit=1, action="backup.create")[0]
        assert session.verify_audit_log().ok
    assert failed.outcome == "failed"
    assert "is full" in failed.details["reason"]

    # Too little space to begin with: refused before a byte is written.
    stocked.import_bundle("huge", "1.0.0", {"README.md": b"# huge\n", "w.bin": payload("huge", 12_000_000)})
    done = vault.cli("backup", "create", "--out", str(small_medium), "--with-store", "--split-size", "64K")
    assert done.returncode == 1
    assert "MiB free; this backup needs" in done.stderr
    assert tree_state(small_medium) == before


def test_kill_during_restore_leaves_a_target_the_next_restore_fills(
    growing: tuple[Stocked, Path, Path], tmp_path: Path,
) -> None:
    stocked, _medium, first = growing
    vault = stocked.vault
    rng = random.Random(18)
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIRLOCK_")}
    env.update(AIRLOCK_KDF_SECONDS="0", PYTHONPATH=str(REPO))
    outcomes = {"whole vault": 0, "restored again": 0}
    for trial in range(8):
        target = tmp_path / f"target-{trial}"
        proc = subprocess.Popen(
            [sys.executable, "-m", "app", "--data-dir", str(target), "--passphrase-file",
             str(vault.passphrase_file("admin")), "--account", "admin", "backup", "restore", str(first)],
            cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if _wait_for(proc, lambda target=target: target.exists()):
            time.sleep(rng.uniform(0, 0.3))
        proc.kill()
        proc.wait(timeout=60)
        if (target / "keyslots.json").exists():
            outcomes["whole vault"] += 1  # the key slots come last: if they are there, all of it is
        else:
            _restores(vault, first, target)
            outcomes["restored again"] += 1
        for check in (("audit", "verify"), ("bundle", "check-store")):
            done = run_cli(*check, data_dir=target, passphrase_file=vault.passphrase_file("admin"), account="admin")
            assert done.returncode == 0, (check, done.stdout, done.stderr)
        done = run_cli("bundle", "list", "--json", data_dir=target, passphrase_file=vault.passphrase_file("admin"),
                       account="admin")
        assert {b["name"] for b in json.loads(done.stdout)} == {"llm", "vision"}
    assert outcomes["restored again"] >= 1, outcomes
