"""Self-update end to end: real slots, real .deb packages, real app bundles, real processes.

An installation root in a temporary directory holds version 1.0.0 as a package would
install it. Everything goes through the launcher (packaging/airlock-launcher), so the
version that runs is the one the `current` link names, and an interrupted update is
repaired the way an operator's next start repairs it. See tests/appliance_helpers.py.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.appliance_helpers import Installation, build_app_bundle
from tests.conftest import ADMIN_PASSPHRASE
from tests.lab.bundle_factory import TrustLab

pytestmark = pytest.mark.slow


@dataclass
class Site:
    """An installation, a vault made by its version, a trust root, and bundles to import."""

    install: Installation
    data_dir: Path
    passphrase: Path
    lab: TrustLab
    work: Path

    def airlock(self, *args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
        return self.install.run(*args, data_dir=self.data_dir, passphrase_file=self.passphrase, timeout=timeout)

    def ok(self, *args: str) -> subprocess.CompletedProcess[str]:
        done = self.airlock(*args)
        assert done.returncode == 0, f"{args}: {done.stderr}"
        return done

    def audit(self) -> list[dict[str, object]]:
        """The audit entries, oldest first."""
        entries = json.loads(self.ok("audit", "list", "--json", "--limit", "1000").stdout)
        return sorted(entries, key=lambda e: int(e["seq"]))

    def vault_verifies(self) -> None:
        done = self.ok("audit", "verify")
        assert "verif" in (done.stdout + done.stderr).lower()

    def import_app(self, version: str, *, broken: str | None = None) -> Path:
        bundle = build_app_bundle(self.lab, self.work, version, broken=broken)
        self.ok("bundle", "import", str(bundle))
        return bundle


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Site:
    base = tmp_path_factory.mktemp("appliance")
    install = Installation.create(base / "opt-airlock", "1.0.0")
    secrets = base / "secrets"
    secrets.mkdir(mode=0o700)
    passphrase = secrets / "admin.pass"
    passphrase.write_text(ADMIN_PASSPHRASE + "\n")
    passphrase.chmod(0o600)
    lab = TrustLab(base / "trust")
    site = Site(install, base / "data", passphrase, lab, base / "work")
    site.work.mkdir()
    site.ok("init", "--admin", "admin")
    site.ok("trust", "init", str(lab.root_json), "--fingerprint", lab.fingerprint)
    site.import_app("1.1.0")
    site.import_app("1.2.0", broken="migration")
    site.import_app("1.3.0", broken="desktop")
    return site


@pytest.fixture
def site(prepared: Site, tmp_path: Path) -> Site:
    """A private copy of the prepared site, so each test starts at 1.0.0 with both bundles imported."""
    return _fresh(prepared, tmp_path)


def actions(site: Site) -> list[tuple[str, str]]:
    return [(str(e["action"]), str(e["outcome"])) for e in site.audit() if str(e["action"]).startswith("app.")]


def test_update_installs_the_new_version_and_keeps_the_old(site: Site) -> None:
    assert site.ok("--version").stdout.strip() == "airlock 1.0.0"
    done = site.ok("app", "update", "airlock@1.1.0", "--json")
    result = json.loads(done.stdout)
    assert (result["from"], result["to"]) == ("1.0.0", "1.1.0")
    assert result["self_check"]["ok"] is True
    assert result["self_check"]["version"] == "1.1.0"
    assert "kept for `airlock app rollback`" in done.stderr

    assert site.ok("--version").stdout.strip() == "airlock 1.1.0"
    status = site.install.status()
    assert status["current"]["version"] == "1.1.0"  # type: ignore[index]
    assert status["previous"]["version"] == "1.0.0"  # type: ignore[index]
    assert status["current"]["origin"]["origin"] == "bundle"  # type: ignore[index]
    assert status["current"]["origin"]["detail"] == "airlock@1.1.0"  # type: ignore[index]
    assert status["previous"]["origin"]["origin"] == "package"  # type: ignore[index]
    assert status["update_in_progress"] is None
    assert site.install.slot_dirs() == ["1.0.0", "1.1.0"]
    assert not (site.data_dir / "airlock.db.pre-update").exists()
    site.vault_verifies()
    assert actions(site) == [("app.update", "started"), ("app.update.stage", "ok"), ("app.update.backup", "ok"),
                             ("app.update", "ok")]


def _after_a_failed_update(site: Site, version: str) -> dict[str, object]:
    assert site.ok("--version").stdout.strip() == "airlock 1.0.0"
    status = site.install.status()
    assert status["current"]["version"] == "1.0.0"  # type: ignore[index]
    assert status["previous"] is None
    assert site.install.slot_dirs() == ["1.0.0"]
    assert site.install.linked("fallback") is None
    assert not (site.install.root / "update.json").exists()
    site.vault_verifies()
    entries = site.audit()
    failed = [e for e in entries if e["action"] == "app.update" and e["outcome"] == "failed"]
    assert len(failed) == 1
    assert failed[0]["target"] == f"airlock@{version}"
    # The steps before the backup are still in the log: the backup was taken after them.
    assert actions(site) == [("app.update", "started"), ("app.update.stage", "ok"), ("app.update.backup", "ok"),
                             ("app.update", "failed")]
    return dict(failed[0]["details"]["undone"])  # type: ignore[call-overload]


def test_a_release_whose_migration_fails_is_undone(site: Site) -> None:
    done = site.airlock("app", "update", "airlock@1.2.0")
    assert done.returncode == 1
    assert "1.2.0 failed its self-check" in done.stderr
    assert "could not be migrated" in done.stderr
    assert "previous version was restored" in done.stderr
    undone = _after_a_failed_update(site, "1.2.0")
    assert undone["database_restored"] is False  # the failed migration's transaction left it as it was


def test_a_release_that_migrates_then_fails_gets_the_database_back(site: Site) -> None:
    done = site.airlock("app", "update", "airlock@1.3.0")
    assert done.returncode == 1
    assert "1.3.0 failed its self-check" in done.stderr
    assert "desktop application is broken" in done.stderr
    undone = _after_a_failed_update(site, "1.3.0")
    assert undone["database_restored"] is True
    schema = json.loads(site.ok("app", "status", "--json").stdout)["current"]["schema"]
    assert site.ok("app", "update", "airlock@1.1.0")  # the restored database still takes a good update
    assert schema == json.loads(site.ok("app", "status", "--json").stdout)["previous"]["schema"]


def test_rollback_returns_to_the_kept_version_and_back(site: Site) -> None:
    site.ok("app", "update", "airlock@1.1.0")
    done = site.ok("app", "rollback", "--json")
    assert (json.loads(done.stdout)["from"], json.loads(done.stdout)["to"]) == ("1.1.0", "1.0.0")
    assert site.ok("--version").stdout.strip() == "airlock 1.0.0"
    assert site.install.status()["previous"]["version"] == "1.1.0"  # type: ignore[index]
    site.vault_verifies()
    # Forward again to the version kept since the rollback: its slot is used as it is.
    site.ok("app", "update", "airlock@1.1.0")
    assert site.ok("--version").stdout.strip() == "airlock 1.1.0"
    assert site.install.status()["previous"]["version"] == "1.0.0"  # type: ignore[index]
    site.ok("app", "rollback")
    assert site.ok("--version").stdout.strip() == "airlock 1.0.0"
    assert site.install.slot_dirs() == ["1.0.0", "1.1.0"]
    site.vault_verifies()
    assert actions(site).count(("app.rollback", "ok")) == 2


def test_a_downgrade_and_nonsense_are_refused_for_what_they_are(site: Site) -> None:
    site.ok("app", "update", "airlock@1.1.0")
    again = site.airlock("app", "update", "airlock@1.1.0")
    assert again.returncode == 1
    assert "not newer than the installed 1.1.0: a downgrade is refused" in again.stderr
    missing = site.airlock("app", "update", "airlock@9.0.0")
    assert missing.returncode == 1
    assert "No bundle airlock@9.0.0 has been imported" in missing.stderr
    malformed = site.airlock("app", "update", "airlock")
    assert malformed.returncode == 2
    assert "NAME@VERSION" in malformed.stderr
    refused = [e for e in site.audit() if e["outcome"] == "refused" and str(e["action"]).startswith("app.")]
    assert len(refused) >= 2


def test_an_operator_may_not_update(site: Site) -> None:
    operator = site.passphrase.with_name("op.pass")
    operator.write_text("operator passphrase 1\n")
    operator.chmod(0o600)
    site.ok("account", "add", "op", "--role", "operator", "--new-passphrase-file", str(operator))
    done = site.install.run("--account", "op", "app", "update", "airlock@1.1.0", data_dir=site.data_dir,
                            passphrase_file=operator)
    assert done.returncode == 3
    assert "may not app.update" in done.stderr
    assert site.ok("--version").stdout.strip() == "airlock 1.0.0"


PHASES = ("staging", "staged", "backed-up", "switched")


def _phase(root: Path) -> str | None:
    """The phase update.json names now (it is replaced atomically), or None without one."""
    try:
        return str(json.loads((root / "update.json").read_text())["phase"])
    except (FileNotFoundError, json.JSONDecodeError, KeyError):
        return None


def _watch(process: subprocess.Popen[bytes], root: Path, until: Callable[[str | None], bool]) -> str | None:
    """Poll the journal every millisecond until `until(phase)` holds or the process ends."""
    while process.poll() is None:
        phase = _phase(root)
        if until(phase):
            return phase
        time.sleep(0.001)
    return None


def test_a_crash_between_the_journal_and_the_fallback_link_is_repaired(site: Site) -> None:
    """The first moment of an update: update.json written, `fallback` not linked yet."""
    argv = site.install.argv("app", "update", "airlock@1.1.0", data_dir=site.data_dir, passphrase_file=site.passphrase)
    process = subprocess.Popen(argv, env=site.install.env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    assert _watch(process, site.install.root, lambda phase: phase == "staging") == "staging"
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    (site.install.root / "fallback").unlink(missing_ok=True)  # as if the kill came one step earlier
    assert site.ok("--version").stdout.strip() == "airlock 1.0.0"
    assert not (site.install.root / "update.json").exists()
    assert site.install.slot_dirs() == ["1.0.0"]
    site.ok("app", "update", "airlock@1.1.0")
    assert site.ok("--version").stdout.strip() == "airlock 1.1.0"


def test_what_an_orphaned_unpack_wrote_after_its_update_was_undone_is_swept(site: Site) -> None:
    """dpkg-deb outlives a killed updater and writes on; the next start removes what it wrote."""
    leftover = site.install.root / "slots" / ".staging-0123456789ab" / "root" / "opt"
    leftover.mkdir(parents=True)
    (leftover / "half-written").write_bytes(b"x" * 1000)
    assert site.ok("--version").stdout.strip() == "airlock 1.0.0"
    assert site.install.slot_dirs() == ["1.0.0"]
    assert site.install.linked("current") == "1.0.0"


def test_kill_9_at_random_points_leaves_one_working_version(prepared: Site, tmp_path: Path) -> None:
    """At least 10 kills during `app update`; after each, the next start repairs what it left.

    The kills land at points the test sees, not at points on the clock (a loaded machine
    spends most of a short update starting Python): half the trials kill as a phase is first
    seen in update.json, the other half at a random moment of the journal's lifetime.
    """
    rng = random.Random(13)
    timed = _fresh(prepared, tmp_path / "timed")
    argv = timed.install.argv("app", "update", "airlock@1.1.0", data_dir=timed.data_dir,
                              passphrase_file=timed.passphrase)
    process = subprocess.Popen(argv, env=timed.install.env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _watch(process, timed.install.root, lambda phase: phase is not None)
    started = time.monotonic()
    assert process.wait(timeout=300) == 0
    window = time.monotonic() - started
    outcomes = []
    interrupted = []
    for trial in range(12):
        site = _fresh(prepared, tmp_path / f"trial-{trial}")
        argv = site.install.argv("app", "update", "airlock@1.1.0", data_dir=site.data_dir,
                                 passphrase_file=site.passphrase)
        process = subprocess.Popen(argv, env=site.install.env(), stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        if trial % 2 == 0:
            target = PHASES[(trial // 2) % len(PHASES)]
            _watch(process, site.install.root, lambda phase, target=target: phase == target)  # type: ignore[misc]
        elif _watch(process, site.install.root, lambda phase: phase is not None) is not None:
            time.sleep(rng.uniform(0, window))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        interrupted.append(_phase(site.install.root) or "-")
        # The next start (any command) finishes or undoes the update first.
        version = site.ok("--version").stdout.strip().removeprefix("airlock ")
        assert version in {"1.0.0", "1.1.0"}
        assert site.install.linked("current") == version
        journal = site.install.root / "update.json"
        assert not journal.exists(), (trial, interrupted, journal.read_text(), sorted(os.listdir(site.install.root)))
        assert site.install.linked("fallback") is None
        assert not [d for d in site.install.slot_dirs() if d.startswith(".")]
        site.vault_verifies()
        if version == "1.0.0":
            assert site.install.slot_dirs() == ["1.0.0"]
            # What was left undone can be done again.
            site.ok("app", "update", "airlock@1.1.0")
        outcomes.append(version)
    print(f"the journal lived {window:.1f} s; phases interrupted: {interrupted}; versions after: {outcomes}")
    # The kills must have landed inside updates, in more than one phase.
    assert len(set(interrupted) - {"-"}) >= 2, interrupted
    assert len([p for p in interrupted if p != "-"]) >= 6, interrupted


def _fresh(prepared: Site, base: Path) -> Site:
    """A copy of the prepared installation and vault (the copies' own launcher names the copy)."""
    root = base / "opt-airlock"
    shutil.copytree(prepared.install.root, root, symlinks=True)
    launcher = root / "airlock-launcher"
    launcher.write_text(launcher.read_text().replace(str(prepared.install.root), str(root)))
    shutil.copytree(prepared.data_dir, base / "data", symlinks=True)
    return Site(Installation(root), base / "data", prepared.passphrase, prepared.lab, prepared.work)
