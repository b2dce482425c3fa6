"""Kill -9 during `airlock bundle import` at random points: never a partial bundle, and
the next start sweeps staging and orphan objects, so the store holds exactly the objects
the vault's bundle rows refer to."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import REPO, Vault
from tests.lab.bundle_factory import TrustLab

TRIALS = 20


def _payload() -> dict[str, bytes]:
    rng = random.Random(7)
    files = {"README.md": b"# crash test card\n"}
    for i in range(12):
        files[f"shard-{i:02d}.bin"] = rng.randbytes(3 * 1024 * 1024 + i)
    return files


def _start_import(vault: Vault, bundle: Path) -> subprocess.Popen[bytes]:
    argv = [sys.executable, "-m", "app", "--data-dir", str(vault.data_dir), "--passphrase-file",
            str(vault.passphrase_file("admin")), "--account", "admin", "bundle", "import", str(bundle)]
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIRLOCK_")}
    env.update({"AIRLOCK_KDF_SECONDS": "0", "PYTHONPATH": str(REPO)})
    return subprocess.Popen(argv, cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def _state_after_restart(vault: Vault) -> tuple[int, list[str]]:
    """Open the vault as the next start would; return (bundles listed, store problems).

    A problem is also any object in the store that no bundle row refers to.
    """
    from app.core.bundles import store

    with vault.open() as session:  # its start-up hooks sweep staging and orphans
        bundles = session.list_bundles()
        problems = session.check_store()
        referenced = {row[0] for row in session.db.execute("SELECT DISTINCT sha256 FROM bundle_files")}
    stored = set(store.stored_objects(vault.data_dir))
    problems += [f"object {sha} is not referenced" for sha in sorted(stored - referenced)]
    objects = vault.data_dir / "store" / "objects"
    if objects.is_dir():
        problems += [f"empty directory {d.name}" for d in objects.iterdir() if not any(d.iterdir())]
    return len(bundles), problems


def _wait_for_staging(vault: Vault, process: subprocess.Popen[bytes], deadline: float) -> None:
    store_dir = vault.data_dir / "store"
    while time.monotonic() < deadline and process.poll() is None:
        if store_dir.is_dir() and any(store_dir.glob(".staging-*")):
            return
        time.sleep(0.002)


@pytest.mark.slow
def test_kill_during_import_leaves_no_partial_bundle(tmp_path: Path, vault: Vault) -> None:
    lab = TrustLab(tmp_path / "lab")
    with vault.open() as session:
        session.trust_init(lab.root_json, lab.fingerprint)
    bundle = lab.build("crashy", files=_payload(), split_size=1024 * 1024)

    # One clean run outside the vault measures how long a whole import takes here.
    started = time.monotonic()
    probe = _start_import(vault, bundle)
    assert probe.wait(timeout=60) == 0
    full = time.monotonic() - started
    with vault.open() as session:
        assert len(session.list_bundles()) == 1
    def fresh_vault(index: int) -> Vault:
        from app.core.service import init_vault

        made = Vault(tmp_path / f"trial-{index}", vault.secrets_dir, vault.recovery_key, dict(vault.passphrases))
        init_vault(made.data_dir, "admin", vault.passphrases["admin"].encode())[0].close()
        with made.open() as session:
            session.trust_init(lab.root_json, lab.fingerprint)
        return made

    rng = random.Random(1234)
    outcomes = {"complete": 0, "nothing": 0, "killed while staging": 0}
    fresh = fresh_vault(0)
    for trial in range(TRIALS):
        process = _start_import(fresh, bundle)
        if trial % 2:
            # Every other trial waits for staging to appear, so some kills land mid-copy
            # whatever this machine's speed; then a random moment within it.
            _wait_for_staging(fresh, process, deadline=time.monotonic() + 3 * full + 5)
            time.sleep(rng.uniform(0.0, 0.2) * full)
        else:
            time.sleep(rng.uniform(0.35, 1.0) * full)  # a random point, by design not an event
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        if list((fresh.data_dir / "store").glob(".staging-*")):
            outcomes["killed while staging"] += 1
        listed, problems = _state_after_restart(fresh)
        assert problems == [], problems
        assert not list((fresh.data_dir / "store").glob(".staging-*"))
        if listed:
            outcomes["complete"] += 1
            fresh = fresh_vault(trial + 1)  # the import finished before the kill; start over
        else:
            outcomes["nothing"] += 1
    # After the trials a plain import still works and the store verifies.
    final = _start_import(fresh, bundle)
    final.wait(timeout=60)
    listed, problems = _state_after_restart(fresh)
    assert listed == 1
    assert problems == []
    assert outcomes["complete"] + outcomes["nothing"] == TRIALS
    assert outcomes["killed while staging"] >= 1, outcomes


KILL_AFTER_PUBLISH = r"""
import os, signal, sys
from pathlib import Path
from app.core.service import open_session
from app.core.service.bundles import BundleActions
def die(*_args, **_kwargs):
    os.kill(os.getpid(), signal.SIGKILL)  # objects renamed into the store, row not committed
BundleActions._record = die
session = open_session(Path(sys.argv[1]), "admin", sys.argv[2].encode())
session.import_bundle(Path(sys.argv[3]))
"""


def test_kill_between_publish_and_commit_leaves_the_store_as_it_was(tmp_path: Path, vault: Vault) -> None:
    """The widest crash window: every object renamed in and durable, the bundle row not yet committed."""
    from app.core.bundles import store

    lab = TrustLab(tmp_path / "lab")
    first = lab.build("kept", out=lab.base / "first")
    with vault.open() as session:
        session.trust_init(lab.root_json, lab.fingerprint)
        session.import_bundle(first)
    before = store.stored_objects(vault.data_dir)
    bundle = lab.build("crashy", files=_payload(), split_size=1024 * 1024)
    env = {k: v for k, v in os.environ.items() if not k.startswith("AIRLOCK_")}
    env.update({"AIRLOCK_KDF_SECONDS": "0", "PYTHONPATH": str(REPO)})
    done = subprocess.run(
        [sys.executable, "-c", KILL_AFTER_PUBLISH, str(vault.data_dir), vault.passphrases["admin"], str(bundle)],
        cwd=REPO, env=env, capture_output=True, check=False, timeout=120,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr
    orphans = set(store.stored_objects(vault.data_dir)) - set(before)
    assert len(orphans) == len(_payload())  # the crash really left unreferenced objects behind

    listed, problems = _state_after_restart(vault)

    assert (listed, problems) == (1, [])
    assert store.stored_objects(vault.data_dir) == before
    assert sorted(p.name for p in (vault.data_dir / "store").iterdir()) == [".lock", "objects"]
