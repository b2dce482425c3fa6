"""An app bundle's release.json, its Depends against this machine's dpkg, and installation links."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.core.appliance.errors import AppBundleInvalid, BadReference, UpdateRefused
from app.core.appliance.package import parse_depends, parse_release_manifest, require_depends, unmet_depends
from app.core.appliance.slots import Installation, version_key
from app.core.appliance.update import recover

DEB = "airlock_1.2.0_amd64.deb"
SHA = "ab" * 32


def _manifest(**changes: object) -> bytes:
    data = {"format": 1, "name": "airlock", "version": "1.2.0", "package": DEB, "package_sha256": SHA,
            "depends": "dpkg", "schema": {"core": 3}, "notes": "* Better."}
    data.update(changes)
    return json.dumps({k: v for k, v in data.items() if v is not None}).encode()


FILES = {"release.json": "cd" * 32, DEB: SHA}


def test_a_good_release_manifest_is_read() -> None:
    release = parse_release_manifest(_manifest(), "airlock", "1.2.0", FILES)
    assert (release.version, release.package, release.package_sha256) == ("1.2.0", DEB, SHA)
    assert release.schema == {"core": 3}
    assert release.notes == "* Better."


@pytest.mark.parametrize(("raw", "name", "version", "files", "said"), [
    (b"{not json", "airlock", "1.2.0", FILES, "is not JSON"),
    (b"[]", "airlock", "1.2.0", FILES, "not a JSON object"),
    (_manifest(format=2), "airlock", "1.2.0", FILES, "format 2"),
    (_manifest(), "other", "1.2.0", FILES, "named 'other'"),
    (_manifest(name="other"), "airlock", "1.2.0", FILES, "named"),
    (_manifest(), "airlock", "1.3.0", FILES, "is not the release's '1.2.0'"),
    (_manifest(version="1.2"), "airlock", "1.2", FILES, "is not the release's"),
    (_manifest(package="evil.deb"), "airlock", "1.2.0", FILES, "names no Airlock 1.2.0 package"),
    (_manifest(package="airlock_1.1.0_amd64.deb"), "airlock", "1.2.0", FILES, "names no Airlock 1.2.0 package"),
    (_manifest(), "airlock", "1.2.0", {**FILES, "extra.sh": SHA}, "and nothing else"),
    (_manifest(), "airlock", "1.2.0", {"release.json": SHA}, "and nothing else"),
    (_manifest(package_sha256="00" * 32), "airlock", "1.2.0", FILES, "is not the one release.json gives"),
    (_manifest(depends=None), "airlock", "1.2.0", FILES, "lacks depends"),
    (_manifest(schema={"core": "3"}), "airlock", "1.2.0", FILES, "is not {area: number}"),
])
def test_a_release_manifest_that_does_not_fit_the_bundle_is_refused(
    raw: bytes, name: str, version: str, files: dict[str, str], said: str
) -> None:
    with pytest.raises(AppBundleInvalid) as caught:
        parse_release_manifest(raw, name, version, files)
    assert said in str(caught.value)
    assert "not an Airlock release" in str(caught.value)


def test_depends_are_read_as_debian_writes_them() -> None:
    assert parse_depends("a (>= 1.2), b | c:amd64, d (<< 2:3)") == [
        [("a", ">=", "1.2")], [("b", "", ""), ("c", "", "")], [("d", "<<", "2:3")]]
    with pytest.raises(AppBundleInvalid, match="malformed"):
        parse_depends("a (>= 1.2, b")


def test_depends_are_checked_against_what_dpkg_says_is_installed() -> None:
    # dpkg is installed on every Debian machine; no package is that new, none has that name.
    assert unmet_depends("dpkg, dpkg (>= 1.0), coreutils | no-such-package") == []
    assert unmet_depends("dpkg (>= 999:1), no-such-package-airlock") == [
        "dpkg (>= 999:1)", "no-such-package-airlock"]
    release = parse_release_manifest(_manifest(depends="no-such-package-airlock"), "airlock", "1.2.0", FILES)
    with pytest.raises(UpdateRefused, match=r"lacks: no-such-package-airlock.*install.sh"):
        require_depends(release)


def test_versions_are_three_numbers() -> None:
    assert version_key("1.10.0") > version_key("1.9.9")
    for bad in ("1.2", "1.2.3-rc1", "01.2.3", "a.b.c", ""):
        with pytest.raises(BadReference):
            version_key(bad)


def test_links_name_slots_and_nothing_else(tmp_path: Path) -> None:
    slot = tmp_path / "slots" / "1.0.0"
    (slot / "bin").mkdir(parents=True)
    (slot / "bin" / "airlock").write_text("#!/bin/sh\n")
    (slot / "release.json").write_text(json.dumps({"version": "1.0.0"}))
    installation = Installation(tmp_path)
    installation.relink("current", "1.0.0")
    assert installation.linked("current").version == "1.0.0"  # type: ignore[union-attr]
    (tmp_path / "previous").symlink_to("/etc")
    assert installation.linked("previous") is None  # not slots/VERSION: ignored
    (tmp_path / "fallback").symlink_to("slots/2.0.0")
    assert installation.linked("fallback") is None  # no such slot
    (slot / "release.json").write_text(json.dumps({"version": "9.9.9"}))
    assert installation.linked("current") is None  # a slot must say the version it is named for
    assert recover(installation) is None  # no journal: nothing to do
