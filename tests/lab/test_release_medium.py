"""Into the enclave (issue 13): the release medium on a bare Debian 12 with no network at all.

Each machine is a copy of the lab's bare `debootstrap --variant=minbase bookworm` root (no
Python, no OpenSSH, no Qt); every command runs chrooted in it inside a network namespace
with no route (tests/lab/release_lab.py). The medium and the next version's package come
from the release builder itself; the broken release is that package, changed.
"""

from __future__ import annotations

import json
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli
from tests.lab.bundle_factory import KEY_PASSPHRASE, TrustLab
from tests.lab.release_lab import BUILDER, BareMachine, app_source, break_package, build_release
from tests.lab.rootfs import MISSING_REASON, rootfs_lab_available

pytestmark = [pytest.mark.lab, pytest.mark.slow,
              pytest.mark.skipif(not rootfs_lab_available(), reason=MISSING_REASON)]
MEDIUM = "/media/airlock"  # where a USB stick is mounted; readable by every account
UPDATE_KILLS = 10


@dataclass(frozen=True)
class Releases:
    """What a publisher hands over: the medium, its fingerprint, signed app bundles, the trust root."""

    medium: Path
    fingerprint: str
    version: str
    next_bundle: Path
    broken_bundle: Path
    wrong_role_bundle: Path
    root_json: Path
    root_fingerprint: str
    timings: dict[str, float]


def _signed_app_bundle(source: Path, version: str, out: Path, key: Path) -> Path:
    """`airlock bundle build --type app` then `bundle sign`, as a publisher does (no vault)."""
    done = run_cli("bundle", "build", str(source), "--type", "app", "--name", "airlock", "--version", version,
                   "--out", str(out), timeout=600)
    assert done.returncode == 0, done.stderr
    bundle = Path(done.stdout.strip())
    passphrase = out / "key.pass"
    passphrase.write_text(KEY_PASSPHRASE + "\n")
    signed = run_cli("--passphrase-file", str(passphrase), "bundle", "sign", str(bundle), "--key", str(key),
                     timeout=600)
    assert signed.returncode == 0, signed.stderr
    return bundle


@pytest.fixture(scope="module")
def releases(tmp_path_factory: pytest.TempPathFactory) -> Releases:
    base = tmp_path_factory.mktemp("releases")
    timings = {}
    started = time.monotonic()
    medium = build_release(base / "dist")
    timings["release_build_s"] = time.monotonic() - started
    upcoming = build_release(base / "dist", "0.1.1", package_only=True)
    broken = break_package(Path(upcoming["package"]), "0.1.2", base)
    lab = TrustLab(base / "publisher")
    keys = base / "keys"
    app_key, models_key = lab.write_key_files(keys, "app"), lab.write_key_files(keys, "models")
    out = base / "bundles"
    (out / "wrong").mkdir(parents=True)
    return Releases(
        medium=Path(medium["medium"]),
        fingerprint=medium["fingerprint"],
        version=medium["version"],
        next_bundle=_signed_app_bundle(Path(upcoming["app_source"]), "0.1.1", out, app_key),
        broken_bundle=_signed_app_bundle(app_source(broken, "0.1.2", base), "0.1.2", out, app_key),
        wrong_role_bundle=_signed_app_bundle(Path(upcoming["app_source"]), "0.1.3", out / "wrong", models_key),
        root_json=lab.root_json,
        root_fingerprint=lab.fingerprint,
        timings=timings,
    )


@pytest.fixture
def machine(tmp_path: Path) -> Iterator[BareMachine]:
    made = BareMachine.create(tmp_path / "bare")
    try:
        yield made
    finally:
        made.remove()


def _install(machine: BareMachine, releases: Releases) -> float:
    machine.put(releases.medium, MEDIUM)
    done, seconds = machine.timed(f"{MEDIUM}/install.sh", "--fingerprint", releases.fingerprint)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert f"Installed: airlock {releases.version}" in done.stdout
    return seconds


def _ready_vault(machine: BareMachine, releases: Releases) -> None:
    machine.write_passphrase()
    machine.ok("init", "--admin", "admin")
    for name in ("root.json", "targets.json"):  # the trust root, with the targets it signed
        machine.put(releases.root_json.parent / name, f"/root/trust/{name}")
    machine.ok("trust", "init", "/root/trust/root.json", "--fingerprint", releases.root_fingerprint)


def _import(machine: BareMachine, bundle: Path) -> subprocess.CompletedProcess[str]:
    inside = machine.put(bundle, f"/root/bundles/{bundle.name}")
    return machine.airlock("bundle", "import", inside)


def _vault_opens_and_verifies(machine: BareMachine) -> None:
    machine.ok("audit", "verify")  # exit 0: the vault opened and every entry and checkpoint verified


@pytest.mark.timeout(1800)  # the first test also builds the releases (minutes on a cold cache)
def test_a_flipped_byte_anywhere_is_refused_before_anything_is_installed(
    machine: BareMachine, releases: Releases,
) -> None:
    machine.put(releases.medium, MEDIUM)
    status, medium = machine.dpkg_status(), machine.path(MEDIUM)
    sums = medium / "SHA256SUMS"
    targets = [medium / "apt" / "Packages", next((medium / "apt" / "pool").glob("python3.11_*.deb")),
               next((medium / "apt" / "pool").glob("airlock_*.deb")), medium / "install.sh", sums]
    for target in targets:
        original = target.read_bytes()
        offset = len(original) // 2 if target.name != "install.sh" else original.index(b"# Every file") + 3
        target.write_bytes(original[:offset] + bytes([original[offset] ^ 0x01]) + original[offset + 1:])
        done = machine.run(f"{MEDIUM}/install.sh", "--fingerprint", releases.fingerprint)
        target.write_bytes(original)
        assert done.returncode == 1, f"{target.name}: {done.stdout}{done.stderr}"
        if target == sums:  # a changed hash no longer names its file; either way the list is not the paper's
            assert "is not the file SHA256SUMS names" in done.stderr or "fingerprint is not" in done.stderr
        else:
            assert f"{target.relative_to(medium)} is not the file SHA256SUMS names" in done.stderr
        assert "Nothing was installed." in done.stderr
        assert machine.dpkg_status() == status
        assert not machine.has_python()
        assert not machine.path("/opt/airlock").exists()
    missing = next((medium / "apt" / "pool").glob("libgl1_*.deb"))
    kept = missing.rename(missing.with_suffix(".away"))
    done = machine.run(f"{MEDIUM}/install.sh", "--fingerprint", releases.fingerprint)
    kept.rename(missing)
    assert done.returncode == 1
    assert f"apt/pool/{missing.name} is missing from the medium" in done.stderr
    wrong = machine.run(f"{MEDIUM}/install.sh", "--fingerprint", "SHA256:" + "0" * 64)
    assert wrong.returncode == 1
    assert "Do not install from this medium" in wrong.stderr
    no_terminal = machine.run(f"{MEDIUM}/install.sh")
    assert no_terminal.returncode == 2
    assert "no terminal to confirm the fingerprint" in no_terminal.stderr
    not_root = machine.run(f"{MEDIUM}/install.sh", "--fingerprint", releases.fingerprint, user="nobody")
    assert not_root.returncode == 1
    assert "must run as root" in not_root.stderr
    release_file = machine.path("/etc/os-release")
    original = release_file.read_text()
    release_file.write_text(original.replace('VERSION_ID="12"', 'VERSION_ID="11"'))
    old_debian = machine.run(f"{MEDIUM}/install.sh", "--fingerprint", releases.fingerprint)
    release_file.write_text(original)
    assert old_debian.returncode == 1
    assert "this medium is for Debian 12 (bookworm); this machine is debian:11" in old_debian.stderr
    assert machine.dpkg_status() == status
    checked = machine.run(f"{MEDIUM}/install.sh", "--check", "--fingerprint", releases.fingerprint, user="nobody")
    assert checked.returncode == 0, checked.stderr
    assert "The medium is intact" in checked.stdout


@pytest.mark.timeout(1800)
def test_install_update_a_failed_update_and_rollback_on_a_bare_machine(
    machine: BareMachine, releases: Releases, record_property: pytest.RecordProperty,
) -> None:
    assert not machine.has_python()
    seconds = _install(machine, releases)
    record_property("install_s", round(seconds, 1))
    print(f"\ninstall.sh on the bare root: {seconds:.1f} s; medium {releases.medium}")
    again = machine.run(f"{MEDIUM}/install.sh", "--fingerprint", releases.fingerprint)
    assert again.returncode == 0
    assert f"Airlock {releases.version} is already installed; nothing changed." in again.stdout
    assert machine.version() == releases.version
    _ready_vault(machine, releases)

    # The desktop application, offscreen: the unlock dialog, then the main window.
    machine.put(REPO / "tests" / "lab" / "release_gui_probe.py", "/root/probe.py")
    probe = machine.run("/opt/airlock/current/venv/bin/python3", "-I", "/root/probe.py", "/root/vault",
                        "/root/admin.pass")
    assert probe.returncode == 0, probe.stderr[-2000:]
    assert "main window open" in probe.stdout
    # `airlock` as the desktop entry's Exec line starts it: the application runs until closed.
    entry = machine.path("/usr/share/applications/airlock.desktop").read_text()
    exec_line = next(line for line in entry.splitlines() if line.startswith("Exec=")).removeprefix("Exec=")
    desktop = subprocess.Popen(machine.argv(*exec_line.split()), env=machine.env(AIRLOCK_DATA_DIR="/root/vault"),
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(8)  # a lab process running, not a GUI test: it must still be up
        assert desktop.poll() is None, desktop.communicate()[1][-2000:]
    finally:
        desktop.send_signal(signal.SIGTERM)
        desktop.communicate(timeout=60)

    assert _import(machine, releases.next_bundle).returncode == 0
    started = time.monotonic()
    machine.ok("app", "update", "airlock@0.1.1")
    record_property("update_s", round(time.monotonic() - started, 1))
    print(f"app update 0.1.0 -> 0.1.1: {time.monotonic() - started:.1f} s")
    assert machine.version() == "0.1.1"
    status = json.loads(machine.ok("app", "status", "--json").stdout)
    assert (status["current"]["version"], status["previous"]["version"]) == ("0.1.1", "0.1.0")
    assert status["previous"]["origin"]["origin"] == "package"
    _vault_opens_and_verifies(machine)

    refused = _import(machine, releases.wrong_role_bundle)
    assert refused.returncode == 1
    assert "models" in refused.stderr
    assert _import(machine, releases.broken_bundle).returncode == 0
    failed = machine.airlock("app", "update", "airlock@0.1.2")
    assert failed.returncode == 1
    assert "0.1.2 failed its self-check" in failed.stderr
    assert "desktop application is broken" in failed.stderr
    assert machine.version() == "0.1.1"
    assert machine.linked("previous") == "0.1.0"
    assert not machine.path("/opt/airlock/slots/0.1.2").exists()
    _vault_opens_and_verifies(machine)
    entries = json.loads(machine.ok("audit", "list", "--json", "--limit", "100").stdout)
    undone = next(e for e in entries if e["action"] == "app.update" and e["outcome"] == "failed")
    assert undone["details"]["undone"]["database_restored"] is True

    started = time.monotonic()
    machine.ok("app", "rollback")
    record_property("rollback_s", round(time.monotonic() - started, 1))
    print(f"app rollback 0.1.1 -> 0.1.0: {time.monotonic() - started:.1f} s")
    assert machine.version() == "0.1.0"
    assert machine.linked("previous") == "0.1.1"
    _vault_opens_and_verifies(machine)


def _forget_next_version(machine: BareMachine) -> None:
    """Back to 0.1.0 as install.sh left it: no kept version, so the next update unpacks again.

    (An update to the version a rollback kept reuses its slot; the trials must cover staging.)
    """
    if machine.version() == "0.1.1":
        machine.ok("app", "rollback")
    if machine.linked("previous") is not None:
        machine.path("/opt/airlock/previous").unlink()
    shutil.rmtree(machine.path("/opt/airlock/slots/0.1.1"), ignore_errors=True)
    machine.path("/opt/airlock/origins/0.1.1.json").unlink(missing_ok=True)


PHASES = ("staging", "staged", "backed-up", "switched")


def _phase(machine: BareMachine) -> str | None:
    """The phase update.json names now (it is replaced atomically), or None without one."""
    try:
        return str(json.loads(machine.path("/opt/airlock/update.json").read_text())["phase"])
    except (FileNotFoundError, json.JSONDecodeError, KeyError):
        return None


def _kill_at_random(machine: BareMachine, args: list[str], within: float, rng: random.Random,
                    at_phase: str | None = None) -> str:
    """Start `airlock ARGS` and SIGKILL it: as `at_phase` is first seen in the journal, or else
    after a random delay; the journal's phase at that moment. (Phases are seen, not guessed
    from the clock: the unpack takes most of an update, so random delays land mostly in it.)"""
    argv = machine.argv("airlock", "--data-dir", "/root/vault", "--passphrase-file", "/root/admin.pass", *args)
    process = subprocess.Popen(argv, env=machine.env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if at_phase is None:
        time.sleep(rng.uniform(0.2, within))
    else:
        while process.poll() is None and _phase(machine) != at_phase:
            time.sleep(0.001)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    return _phase(machine) or "-"


def _one_working_version(machine: BareMachine) -> str:
    """After a kill: the launcher repairs first (finished or undone); one version, links sound."""
    after = machine.version()
    assert after in {"0.1.0", "0.1.1"}
    assert not machine.path("/opt/airlock/update.json").exists()
    assert machine.linked("current") == after
    assert machine.linked("fallback") is None
    # A staging dir may outlive a kill (a child of dpkg-deb still writing as recovery removes it):
    # it is no version, and the next update removes it (checked at the end).
    slots = sorted(p.name for p in machine.path("/opt/airlock/slots").iterdir() if not p.name.startswith("."))
    assert slots == (["0.1.0", "0.1.1"] if after == "0.1.1" or machine.linked("previous") else ["0.1.0"]), slots
    _vault_opens_and_verifies(machine)
    return after


@pytest.mark.timeout(2400)
def test_kill_9_during_updates_leaves_one_working_version(machine: BareMachine, releases: Releases) -> None:
    """Kill a full `app update` (and, when it got through, `app rollback`) at random points."""
    _install(machine, releases)
    _ready_vault(machine, releases)
    assert _import(machine, releases.next_bundle).returncode == 0
    started = time.monotonic()
    machine.ok("app", "update", "airlock@0.1.1")
    update_s = time.monotonic() - started
    started = time.monotonic()
    machine.ok("app", "rollback")
    rollback_s = time.monotonic() - started
    rng = random.Random(1313)
    kills: list[tuple[str, str, str]] = []
    for trial in range(UPDATE_KILLS):
        _forget_next_version(machine)
        target = PHASES[(trial // 2) % len(PHASES)] if trial % 2 == 0 else None
        phase = _kill_at_random(machine, ["app", "update", "airlock@0.1.1"], update_s * 1.1, rng, target)
        kills.append(("update", phase, _one_working_version(machine)))
        if kills[-1][2] == "0.1.1":
            phase = _kill_at_random(machine, ["app", "rollback"], rollback_s * 1.1, rng)
            kills.append(("rollback", phase, _one_working_version(machine)))
    print(f"\nkills (operation, phase interrupted, version after): {kills}", file=sys.stderr)
    _forget_next_version(machine)
    machine.ok("app", "update", "airlock@0.1.1")  # a whole update after all that: nothing left over
    assert sorted(p.name for p in machine.path("/opt/airlock/slots").iterdir()) == ["0.1.0", "0.1.1"]
    interrupted = {phase for kind, phase, _ in kills if kind == "update"} - {"-"}
    assert len(interrupted) >= 2, kills  # the random points reached into the update, not only around it


@pytest.mark.timeout(2400)  # a second build from a cold venv cache (minutes)
def test_two_builds_of_one_commit_give_the_same_bytes(tmp_path: Path) -> None:
    """`make release RELEASE_ARGS=--reproducible-check`: the second build has its own build folder
    and output (another path, another time, a venv installed again), yet every file is the same."""
    dist = tmp_path / "dist"
    done = subprocess.run([sys.executable, str(BUILDER), "--fast", "--dist", str(dist), "--reproducible-check"],
                          capture_output=True, text=True, timeout=2400, check=False, cwd=REPO)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert "reproducible: both builds are byte-identical" in done.stdout
    first, second = dist, tmp_path / "dist-second"
    packages = sorted(first.glob("airlock-*/apt/pool/airlock_*.deb"))
    sums = sorted(first.glob("airlock-*/SHA256SUMS"))
    assert len(packages) == len(sums) == 1
    for made in (packages[0], sums[0]):  # compared here too, not only by the builder
        twin = second / made.relative_to(first)
        assert twin.read_bytes() == made.read_bytes(), made.name
    assert not (REPO / "build" / "release-second").exists()  # the second build's cache is not kept
