"""A bundle directory laid out wrong is refused before any payload byte is read.

app.core.bundles.verify.verify_bundle on the medium's layout, one fault at a time: the
path is not a directory, bundle.json is missing or a named pipe (refused at once, never
waited on), payload/ is missing, a link or a pipe, something sits beside it, a payload
entry is a pipe or a socket, the tree is deeper or larger than the caps, and a bundle
that expired by the newest signing time already imported while the system clock lags.
Real bundles from the publisher code, a real pinned trust root, real special files.
"""

from __future__ import annotations

import contextlib
import os
import socket
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from app.core.bundles import limits, trust
from app.core.bundles import verify as bundle_verify
from app.core.bundles.clock import ClockPolicy, utc_now
from app.core.bundles.errors import BundleExpired
from app.core.errors import AirlockError
from tests.lab.bundle_factory import TrustLab


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> TrustLab:
    return TrustLab(tmp_path_factory.mktemp("layout"))


@pytest.fixture(scope="module")
def pinned(lab: TrustLab) -> trust.TrustRoot:
    return trust.trust_from_pins(lab.root_json.read_bytes(), (lab.trust_dir / trust.TARGETS_FILE).read_bytes(), None)


def _check(bundle: Path, pinned: trust.TrustRoot, clock: ClockPolicy | None = None) -> bundle_verify.VerifiedBundle:
    return bundle_verify.verify_bundle(bundle, pinned, bundle_verify.no_prior_imports, clock or ClockPolicy.current())


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _socket(path: Path) -> None:
    with contextlib.chdir(path.parent), socket.socket(socket.AF_UNIX) as listener:
        listener.bind(path.name)  # relative: a socket's path may hold at most 107 bytes
    # the socket file stays once it is closed


def _replace_payload_with(make: Callable[[Path], None]) -> Callable[[Path], None]:
    def change(bundle: Path) -> None:
        for path in sorted((bundle / "payload").rglob("*"), reverse=True):
            path.rmdir() if path.is_dir() else path.unlink()
        (bundle / "payload").rmdir()
        make(bundle / "payload")

    return change


def _manifest_as(make: Callable[[Path], None]) -> Callable[[Path], None]:
    def change(bundle: Path) -> None:
        (bundle / "bundle.json").unlink()
        make(bundle / "bundle.json")

    return change


def _payload_entry_as(make: Callable[[Path], None]) -> Callable[[Path], None]:
    def change(bundle: Path) -> None:
        (bundle / "payload" / "config" / "params.json").unlink()
        make(bundle / "payload" / "config" / "params.json")

    return change


LAYOUTS: dict[str, tuple[Callable[[Path], None], str]] = {
    "bundle.json missing": (lambda bundle: (bundle / "bundle.json").unlink(), "holds no readable bundle.json"),
    "bundle.json a named pipe": (_manifest_as(_fifo), "bundle.json is not a regular file."),
    "payload missing": (_replace_payload_with(lambda _path: None), "has no payload/ directory."),
    "payload a link": (_replace_payload_with(lambda path: path.symlink_to("/etc")),
                       "payload is a symbolic link, not a directory."),
    "payload a named pipe": (_replace_payload_with(_fifo), "payload is a named pipe, not a directory."),
    "payload a socket": (_replace_payload_with(_socket), "payload is a socket, not a directory."),
    "something beside payload": (lambda bundle: (bundle / "notes.txt").write_text("hi"),
                                 "holds 'notes.txt', which is not part of a bundle."),
    "a payload entry a named pipe": (_payload_entry_as(_fifo),
                                     "Payload entry 'config/params.json' is a named pipe; bundles hold plain files only."),
    "a payload entry a socket": (_payload_entry_as(_socket),
                                 "Payload entry 'config/params.json' is a socket; bundles hold plain files only."),
}


@pytest.mark.parametrize("fault", list(LAYOUTS))
def test_a_bundle_laid_out_wrong_is_refused(lab: TrustLab, pinned: trust.TrustRoot, fault: str,
                                            tmp_path: Path) -> None:
    change, said = LAYOUTS[fault]
    bundle = lab.build(out=tmp_path)
    change(bundle)
    with pytest.raises(AirlockError) as refused:
        _check(bundle, pinned)
    assert said in refused.value.message
    assert refused.value.exit_code == 1


def test_a_path_that_is_not_a_bundle_directory(lab: TrustLab, pinned: trust.TrustRoot, tmp_path: Path) -> None:
    file = tmp_path / "demo-1.0.0.airlock"
    file.write_text("a file, not a bundle")
    with pytest.raises(AirlockError) as refused:
        _check(file, pinned)
    assert refused.value.message == f"{file} is not a bundle directory."
    missing = tmp_path / "gone.airlock"
    with pytest.raises(AirlockError) as refused:
        _check(missing, pinned)
    assert refused.value.message == f"{missing} cannot be read: No such file or directory."


def test_a_payload_deeper_or_larger_than_the_caps(
    lab: TrustLab, pinned: trust.TrustRoot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    bundle = lab.build(out=tmp_path)
    deep = bundle / "payload" / "a" / "b" / "c"
    deep.mkdir(parents=True)
    monkeypatch.setattr(limits, "MAX_DEPTH", 2)
    with pytest.raises(AirlockError) as refused:
        _check(bundle, pinned)
    assert refused.value.message == f"{deep} is nested deeper than 2 levels."
    monkeypatch.setattr(limits, "MAX_DEPTH", 32)
    monkeypatch.setattr(limits, "MAX_ENTRIES_SCANNED", 4)
    with pytest.raises(AirlockError) as refused:
        _check(bundle, pinned)
    assert refused.value.message == "The payload holds more than 4 entries."


def test_a_good_bundle_passes_the_same_checks(lab: TrustLab, pinned: trust.TrustRoot, tmp_path: Path) -> None:
    verified = _check(lab.build(out=tmp_path), pinned)
    assert {plan.file.path for plan in verified.plan} == {"README.md", "weights/model.safetensors",
                                                           "config/params.json"}


def test_an_expired_bundle_is_judged_against_the_newest_signing_time_when_the_clock_lags(
    lab: TrustLab, pinned: trust.TrustRoot, tmp_path: Path
) -> None:
    bundle = lab.build(expires_days=30, out=tmp_path)
    now = utc_now()
    _check(bundle, pinned, ClockPolicy(now))  # good today
    with pytest.raises(BundleExpired) as lagging:
        _check(bundle, pinned, ClockPolicy(now, floor=now + timedelta(days=60)))
    assert "the newest signing time already imported, because the system clock" in lagging.value.message
    with pytest.raises(BundleExpired) as ahead:
        _check(bundle, pinned, ClockPolicy(now + timedelta(days=60), floor=now + timedelta(days=40)))
    assert "which is not behind the newest signing time already imported" in ahead.value.message
    assert ahead.value.message.startswith("demo 1.0.0 expired on ")
    assert ahead.value.hint == "Ask the publisher for a re-signed bundle, or check the clock."
