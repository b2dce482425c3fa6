"""kill -9 while the content store is encrypted (first start) or re-sealed (key rotation).

Each trial starts from the same store, kills the walk at a different point (after its n-th
progress report, plus a random instant), then opens the vault as the next start would and
reads every object: each is either untouched (plaintext from before, or sealed under the old
key) or sealed under the new key, and reads back as exactly what was signed. At the end a
walk run to completion leaves every object under one key and nothing in clear.
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from app.core.bundles import reseal, store
from app.core.bundles.objects import CHUNK_PLAIN, ObjectDamaged
from tests.conftest import REPO, Vault
from tests.lab.bundle_factory import TrustLab
from tests.lab.sealed_store import as_before_encryption, plaintext_found

TRIALS = 20

WALKER = """
import sys
from pathlib import Path
from app.core.service import open_session
session = open_session(Path(sys.argv[1]), "admin", sys.argv[2].encode())
if sys.argv[3] == "rotate":
    session.rotate_store_key()
print("started", flush=True)
session.reseal_store(lambda done, total, _m: print(done, total, flush=True))
print("finished", flush=True)
session.close()
"""


def _files() -> dict[str, bytes]:
    """Small objects (many kill points) and one of several chunks."""
    rng = random.Random(2026)
    files = {f"shards/s{i:02d}.bin": rng.randbytes(150_000 + i) for i in range(24)}
    files["weights/big.safetensors"] = rng.randbytes(3 * CHUNK_PLAIN + 99)
    files["README.md"] = b"# card\n"
    return files


def _child_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIRLOCK_")}
    env.update({"AIRLOCK_KDF_SECONDS": "0", "PYTHONPATH": str(REPO)})
    return env


def _run_and_kill(vault: Vault, mode: str, reports: int, lines: int, rng: random.Random) -> str:
    """Start the walk; kill it after `reports` of its `lines` progress lines and a random instant. How it ended."""
    proc = subprocess.Popen([sys.executable, "-c", WALKER, str(vault.data_dir), vault.passphrases["admin"], mode],
                            env=_child_env(), cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    seen = 0
    ended = "killed"
    for line in proc.stdout:
        if line.startswith("finished"):
            ended = "finished"
            break
        if line.startswith("started"):
            continue
        seen += 1
        if seen >= reports:
            # After the last report the walk syncs, records and retires keys: kill anywhere in that.
            time.sleep(rng.uniform(0, 0.004) if seen < lines else rng.uniform(0, 0.05))
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()
    return ended


def _every_object_reads_back(vault: Vault, files: dict[str, bytes], trial: int) -> dict[str, int]:
    """Open as the next start would; every object untouched or re-sealed, and its plaintext exact."""
    states: dict[str, int] = {}
    with vault.open() as session:  # sweeps the staging a killed walk left
        for data in files.values():
            sha = hashlib.sha256(data).hexdigest()
            item = reseal.classify(vault.data_dir, sha, len(data))
            assert item is not None, (trial, sha)
            assert item.kind != reseal.UNREADABLE, (trial, sha)
            if item.kind == reseal.PLAINTEXT:
                assert store.object_path(vault.data_dir, sha).read_bytes() == data, (trial, sha)
                states["plaintext"] = states.get("plaintext", 0) + 1
            else:
                try:
                    assert session.read_object(sha) == data, (trial, sha)
                except ObjectDamaged as exc:
                    pytest.fail(f"trial {trial}: {exc}")
                states[f"key {item.key_id}"] = states.get(f"key {item.key_id}", 0) + 1
    leftovers = [p.name for p in (vault.data_dir / "store").iterdir() if p.name.startswith(".staging-")]
    assert leftovers == [], (trial, leftovers)
    return states


def _walk_lines(vault: Vault, mode: str) -> int:
    """How many progress lines a whole walk prints (on a copy of the store)."""
    probe = vault.data_dir.with_name("probe")
    shutil.copytree(vault.data_dir, probe, symlinks=True)
    try:
        done = subprocess.run([sys.executable, "-c", WALKER, str(probe), vault.passphrases["admin"], mode],
                              env=_child_env(), cwd=REPO, capture_output=True, text=True, check=True, timeout=300)
    finally:
        shutil.rmtree(probe)
    return sum(1 for line in done.stdout.splitlines() if line[:1].isdigit())


def _trials(vault: Vault, files: dict[str, bytes], mode: str) -> list[dict[str, int]]:
    pristine = vault.data_dir.with_name("pristine")
    shutil.copytree(vault.data_dir, pristine, symlinks=True)
    lines = _walk_lines(vault, mode)
    assert lines > TRIALS  # enough kill points to spread the trials over the whole walk
    rng = random.Random(mode)
    seen = []
    for trial in range(TRIALS):
        shutil.rmtree(vault.data_dir)
        shutil.copytree(pristine, vault.data_dir, symlinks=True)
        # Spread over the walk; the last trials fall after its last report (the recording, the key retiring).
        _run_and_kill(vault, mode, min(lines, 1 + trial * lines // (TRIALS - 3)), lines, rng)
        seen.append(_every_object_reads_back(vault, files, trial))
    return seen


def _finish_and_check(vault: Vault, files: dict[str, bytes], key: int) -> None:
    with vault.open() as session:
        session.reseal_store()
        assert session.check_store() == []
        status = session.store_status()
    assert status["plaintext"] == 0
    assert [(k["id"], k["objects"]) for k in status["keys"] if k["state"] == "active"] == [(key, len(files))]
    assert plaintext_found(vault.data_dir, files) == []


@pytest.fixture
def filled(tmp_path: Path, vault: Vault) -> dict[str, bytes]:
    lab = TrustLab(tmp_path / "lab")
    with vault.open() as session:
        session.trust_init(lab.root_json, lab.fingerprint)
    files = _files()
    done = vault.cli("bundle", "import", str(lab.build("crashy", files=files, split_size=CHUNK_PLAIN)))
    assert done.returncode == 0, done.stderr
    return files


@pytest.mark.slow
def test_kill_during_the_first_start_encryption_leaves_every_object_readable(
    vault: Vault, filled: dict[str, bytes]
) -> None:
    as_before_encryption(vault)
    seen = _trials(vault, filled, "migrate")
    # The kills fell all along the walk: some trials left plaintext, some had sealed objects already.
    assert any("plaintext" in states for states in seen)
    assert any(len(states) > 1 for states in seen)
    _finish_and_check(vault, filled, key=1)


@pytest.mark.slow
def test_kill_during_store_key_rotation_leaves_every_object_readable(vault: Vault, filled: dict[str, bytes]) -> None:
    seen = _trials(vault, filled, "rotate")
    assert any(states.get("key 1") and states.get("key 2") for states in seen)  # killed halfway
    _finish_and_check(vault, filled, key=2)
    with vault.open() as session:
        assert [k["state"] for k in session.store_status()["keys"]] == ["destroyed", "active"]
