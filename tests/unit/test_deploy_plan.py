"""Deployment planning without the lab: NAME[@VERSION], playbook choice, layout, manifest, packages."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from app.core import deploy as plan
from app.core.errors import UsageError
from app.core.inventory import HostKeyPin, Node
from app.core.transfer import check_remote_path

PIN = HostKeyPin("ssh-ed25519", "AAAAC3NzaC1lZDI1NTE5AAAAIA" + "A" * 42)


def _node(root: str | None = "/srv/gpu-00") -> Node:
    variables = {} if root is None else {"airlock_root": root}
    return Node("gpu-00", "10.0.0.5", 22, "airlock", {"clearance": "secret"}, variables, (PIN,))


def _bundle(tmp_path: Path, kind: str = plan.MODEL, files: dict[str, bytes] | None = None) -> plan.DeployBundle:
    entries = []
    for rel, data in (files or {"config.json": b"{}", "weights/model.safetensors": b"w" * 100}).items():
        source = tmp_path / "store" / hashlib.sha256(data).hexdigest()
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_bytes(data)
        entries.append(plan.BundleFile(rel, len(data), hashlib.sha256(data).hexdigest(), source))
    return plan.DeployBundle(kind, "llm", "1.2.0", "internal", tuple(entries))


# -- NAME[@VERSION] -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "version"),
    [
        ("llm", "llm", None),
        ("llama-3.1-8b_instruct@1.2.0", "llama-3.1-8b_instruct", "1.2.0"),
        ("  llm@2.0.0-rc.1+build5  ", "llm", "2.0.0-rc.1+build5"),
        ("nvidia-stack@535.104.5", "nvidia-stack", "535.104.5"),
    ],
)
def test_refs_parse(text: str, name: str, version: str | None) -> None:
    ref = plan.parse_ref(text)
    assert (ref.name, ref.version) == (name, version)
    assert str(ref) == text.strip()


@pytest.mark.parametrize(
    ("text", "complaint"),
    [
        ("", "is not a bundle name"),
        ("@1.0.0", "is not a bundle name"),
        ("LLM", "is not a bundle name"),
        ("-llm", "is not a bundle name"),
        ("../llm", "is not a bundle name"),
        ("llm/x", "is not a bundle name"),
        ("l" * 101, "is not a bundle name"),
        ("llm@", "is not a bundle version"),
        ("llm@latest", "is not a bundle version"),
        ("llm@1.0@2", "is not a bundle version"),
        ("llm@1.0 ; rm -rf /", "is not a bundle version"),
        ("llm@1." + "0" * 64, "is not a bundle version"),
        ("llm@1.0.0\x00", "is not a bundle version"),
    ],
)
def test_bad_refs_are_refused_with_what_to_do(text: str, complaint: str) -> None:
    with pytest.raises(UsageError, match=complaint) as caught:
        plan.parse_ref(text)
    assert caught.value.exit_code == 2
    assert caught.value.hint
    assert len(str(caught.value)) < 300  # an endless argument is not echoed whole


# -- which playbook --------------------------------------------------------------------------


def test_each_type_has_its_default_playbook_and_only_its_own() -> None:
    assert plan.choose_playbook(plan.MODEL, None) == "deploy_model"
    assert plan.choose_playbook(plan.UPDATE, None) == "apply_update"
    assert plan.choose_playbook(plan.UPDATE, "gpu_driver") == "gpu_driver"
    assert plan.choose_playbook(plan.UPDATE, "baseline") == "baseline"
    with pytest.raises(UsageError, match="does not apply model bundles") as caught:
        plan.choose_playbook(plan.MODEL, "apply_update")
    assert "deploy_model" in caught.value.hint
    with pytest.raises(UsageError, match="type playbooks are not deployed"):
        plan.choose_playbook("playbooks", None)


# -- layout on the node ----------------------------------------------------------------------


def test_files_land_under_the_nodes_root_with_the_manifest_last(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path)
    data = plan.manifest_bytes(bundle)
    manifest = tmp_path / "manifest.json"
    manifest.write_bytes(data)
    sends = plan.files_for(_node(), bundle, manifest, data)
    base = "/srv/gpu-00/models/llm/versions"
    assert [s.remote for s in sends] == [f"{base}/1.2.0/config.json", f"{base}/1.2.0/weights/model.safetensors",
                                         f"{base}/1.2.0.json"]
    assert [s.record for s in sends] == [f"{base}/1.2.0.received.json"] * 2 + [None]
    assert sends[-1].sha256 == hashlib.sha256(data).hexdigest() == plan.manifest_sha256(data)
    assert sends[-1].length == len(data)
    assert [(s.length, s.sha256, s.source) for s in sends[:2]] == [(f.length, f.sha256, f.source) for f in bundle.files]


def test_update_bundles_go_to_repos_and_the_default_root_applies(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path, plan.UPDATE, {"Packages": b"", "a.deb": b"deb"})
    assert plan.versions_dir(_node(None), bundle) == "/srv/airlock/repos/llm/versions"
    assert plan.record_path(_node("/data/airlock/"), bundle) == "/data/airlock/repos/llm/versions/1.2.0.received.json"


@pytest.mark.parametrize("root", ["relative/path", "/srv/../etc", "/srv/./x", "//srv", "/srv/a\x00b"])
def test_a_bad_airlock_root_is_refused(root: str) -> None:
    with pytest.raises(UsageError, match="not an absolute, normalised path"):
        plan.node_root(_node(root))


@pytest.mark.parametrize("path", ["/a/b", "/", "/srv/airlock/models/llm/versions/1.0.0/weights/x.bin"])
def test_normal_remote_paths_pass(path: str) -> None:
    assert check_remote_path(path) == path


def test_bundle_paths_cannot_climb_out_of_the_version_directory(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path, files={"../../../../etc/cron.d/x": b"x"})
    data = plan.manifest_bytes(bundle)
    with pytest.raises(UsageError, match="not an absolute, normalised path"):
        plan.files_for(_node(), bundle, tmp_path / "m.json", data)


# -- manifest and variables ------------------------------------------------------------------


def test_the_manifest_is_canonical_json_of_every_file_and_package(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path)
    data = plan.manifest_bytes(bundle, ["a=1.0"])
    assert data.endswith(b"\n")
    body = json.loads(data)
    assert body == {
        "format": 1, "type": "model", "name": "llm", "version": "1.2.0", "packages": ["a=1.0"],
        "files": [{"path": f.path, "length": f.length, "sha256": f.sha256} for f in bundle.files],
    }
    assert data == json.dumps(body, sort_keys=True, separators=(",", ":")).encode() + b"\n"
    assert plan.manifest_bytes(bundle, ["a=1.0"]) == data


def test_extravars_carry_the_manifest_hash_and_cannot_be_overridden(tmp_path: Path) -> None:
    bundle = _bundle(tmp_path)
    data = plan.manifest_bytes(bundle)
    given = plan.extravars(bundle, data, {"airlock_bundle_name": "evil", "airlock_ntp_server": "10.0.0.1"})
    assert given == sorted(given)
    assert "airlock_bundle_name=llm" in given
    assert "airlock_bundle_name=evil" not in given
    assert f"airlock_manifest_sha256={plan.manifest_sha256(data)}" in given
    assert "airlock_ntp_server=10.0.0.1" in given


# -- the packages an update bundle offers ----------------------------------------------------

INDEX = """Package: nvidia-driver-airlock-test
Version: 535.104.05-1
Architecture: amd64
Filename: ./nvidia-driver-airlock-test_535.104.05-1_amd64.deb

Package: airlock-tool
Version: 1:2.0~rc1+deb12
Filename: ./airlock-tool.deb
"""


def test_packages_are_read_exactly_from_the_index() -> None:
    assert plan.packages_of_index(INDEX) == ["airlock-tool=1:2.0~rc1+deb12",
                                             "nvidia-driver-airlock-test=535.104.05-1"]
    assert plan.packages_of_index("") == []


@pytest.mark.parametrize(
    ("index", "complaint"),
    [
        ("Package: Bad_Name\nVersion: 1.0\n", "invalid package"),
        ("Package: tool\nVersion: 1.0; rm -rf /\n", "invalid package"),
        ("Package: tool\nVersion: 1.0\n\nPackage: tool\nVersion: 2.0\n", "several versions of tool"),
    ],
)
def test_bad_indexes_are_refused(index: str, complaint: str) -> None:
    with pytest.raises(UsageError, match=complaint):
        plan.packages_of_index(index)


def _read(file: plan.BundleFile) -> bytes:
    """Stands in for the store's reader: these test files are plain."""
    assert isinstance(file.source, Path)
    return file.source.read_bytes()


def test_an_update_bundle_needs_a_top_level_index_that_offers_something(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="has no Packages index"):
        plan.update_packages(_bundle(tmp_path, plan.UPDATE, {"debs/Packages": INDEX.encode()}), _read)
    with pytest.raises(UsageError, match="offers no package"):
        plan.update_packages(_bundle(tmp_path, plan.UPDATE, {"Packages": b"\n"}), _read)
    read: list[str] = []
    bundle = _bundle(tmp_path, plan.UPDATE, {"Packages": INDEX.encode(), "a.deb": b"x"})
    offered = plan.update_packages(bundle, lambda f: read.append(f.path) or _read(f))
    assert len(offered) == 2
    assert read == ["Packages"]  # only the index is read
