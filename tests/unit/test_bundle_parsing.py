"""Manifest, root and version parsing: strict, bounded, typed errors (with hypothesis fuzzing)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.bundles.clock import ClockPolicy
from app.core.bundles.errors import BundleError, CaseFoldCollision, ManifestMalformed, TrustError, UnsafePath
from app.core.bundles.manifest import SemVer, check_relative_path, load_envelope, parse_manifest
from app.core.bundles.trust import load_root, load_targets, verify_first_root
from app.core.media import find_bundles, parse_mountinfo
from tests.lab.bundle_factory import Bad, TrustLab

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=20,
)


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> TrustLab:
    return TrustLab(tmp_path_factory.mktemp("lab"))


@pytest.fixture(scope="module")
def good_manifest(lab: TrustLab) -> bytes:
    return (lab.build() / "bundle.json").read_bytes()


def test_a_good_manifest_parses(good_manifest: bytes) -> None:
    manifest = parse_manifest(good_manifest)
    assert manifest.info.name == "demo"
    assert manifest.info.role == "models"
    assert [f.path for f in manifest.files] == ["README.md", "config/params.json", "weights/model.safetensors"]
    assert len(manifest.files[2].parts) > 1


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=2000))
def test_random_bytes_are_refused_with_a_typed_error(data: bytes) -> None:
    with pytest.raises(BundleError):
        parse_manifest(data)
    with pytest.raises(TrustError):
        load_root(data)


@settings(max_examples=300)
@given(obj=JSON)
def test_random_json_is_refused_with_a_typed_error(obj: object) -> None:
    raw = json.dumps(obj).encode()
    with pytest.raises(BundleError):
        parse_manifest(raw)
    with pytest.raises(TrustError):
        load_targets(raw)


@settings(max_examples=200, deadline=None)
@given(position=st.integers(min_value=0), value=st.integers(min_value=0, max_value=255))
def test_a_mutated_manifest_never_escapes_the_error_tree(good_manifest: bytes, position: int, value: int) -> None:
    data = bytearray(good_manifest)
    data[position % len(data)] = value
    try:
        manifest = parse_manifest(bytes(data))
    except BundleError:
        return
    assert manifest.files  # a harmless change (whitespace) still parses to a full manifest


@settings(max_examples=200, deadline=None)
@given(position=st.integers(min_value=0), value=st.integers(min_value=0, max_value=255))
def test_a_mutated_root_never_escapes_the_error_tree(lab: TrustLab, position: int, value: int) -> None:
    original = lab.root_json.read_bytes()
    raw = bytearray(original)
    raw[position % len(raw)] = value
    if bytes(raw) == original:
        return
    # The fingerprint was taken of the unchanged file, so every change must be refused.
    with pytest.raises(TrustError):
        verify_first_root(bytes(raw), lab.fingerprint, ClockPolicy.current())


def test_deeply_nested_json_is_refused() -> None:
    with pytest.raises(ManifestMalformed):
        load_envelope(b"[" * 100_000 + b"]" * 100_000)


@pytest.mark.parametrize("name", ["../x", "a/../b", "/etc/passwd", "a//b", "./a", "a\\b", "C:x", "", "a\x00b", "a\nb",
                                  "e\u0301"])
def test_unsafe_names(name: str) -> None:
    with pytest.raises(UnsafePath):
        check_relative_path(name)


@pytest.mark.parametrize("name", ["a", "a/b/c.bin", "weights/model-00001-of-00002.safetensors", "ümlaut.txt"])
def test_safe_names(name: str) -> None:
    assert check_relative_path(name) == name


def test_case_fold_collision_in_a_manifest(lab: TrustLab, tmp_path: Path) -> None:
    bundle = lab.build(out=tmp_path)
    Bad(lab).case_fold_names(bundle)
    metadata, info = load_envelope((bundle / "bundle.json").read_bytes())
    from app.core.bundles.manifest import parse_files

    with pytest.raises(CaseFoldCollision):
        parse_files(metadata, info)


@pytest.mark.parametrize(("low", "high"), [
    ("1.0.0", "1.0.1"), ("1.0.0", "1.1.0"), ("1.9.0", "1.10.0"), ("1.0.0-alpha", "1.0.0"),
    ("1.0.0-alpha", "1.0.0-alpha.1"), ("1.0.0-alpha.1", "1.0.0-beta"), ("1.0.0-2", "1.0.0-11"),
    ("1.0.0-rc.1", "1.0.0"), ("0.9.9", "1.0.0"),
])
def test_semver_order(low: str, high: str) -> None:
    assert SemVer.parse(low) < SemVer.parse(high)
    assert str(SemVer.parse(high)) == high


@pytest.mark.parametrize("bad", ["1", "1.0", "01.0.0", "1.0.0+build", "v1.0.0", "1.0.0-", " 1.0.0", "1.0.0-01"])
def test_semver_rejects(bad: str) -> None:
    with pytest.raises(ManifestMalformed):
        SemVer.parse(bad)


def test_clock_policy_never_goes_behind_what_was_already_signed() -> None:
    now = datetime.now(UTC).replace(microsecond=0)
    policy = ClockPolicy(now - timedelta(days=30), floor=now)
    assert policy.reference == now
    assert policy.is_expired(now - timedelta(days=1))
    assert "behind" in policy.describe()
    assert "no earlier import" in ClockPolicy(now).describe()


def test_mountinfo_parsing_and_escapes() -> None:
    text = (
        "36 35 98:0 /mnt1 /mnt/usb\\040stick rw,noatime master:1 - vfat /dev/sdb1 rw\n"
        "37 35 0:5 / /proc rw - proc proc rw\n"
        "garbage line\n"
    )
    mounts = parse_mountinfo(text)
    assert mounts[0] == ("98:0", Path("/mnt/usb stick"), "vfat", "/dev/sdb1")
    assert len(mounts) == 2


def test_find_bundles_does_not_follow_links(lab: TrustLab, tmp_path: Path) -> None:
    medium = tmp_path / "medium"
    lab.build("one", out=medium / "models")
    (medium / "loop").symlink_to(medium)
    found = find_bundles(medium)
    assert [p.name for p in found] == ["one-1.0.0.airlock"]
