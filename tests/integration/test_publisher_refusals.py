"""The publisher refuses bad options and bad source trees before it writes anything; the
appliance refuses playbooks bundles whose content is malformed or was altered on the medium.

Bundles are built with the real `airlock bundle build` (or the publisher functions where the
command line cannot express the input), trust metadata with the real publisher code, and
playbooks bundles are checked by a real vault's `import_bundle` and `bundle verify`.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from securesystemslib.signer import CryptoSigner

from app.core.bundles.errors import UnsafePath
from app.core.bundles.playbook_content import MAX_FILE, MAX_TOTAL, PlaybookContentRefused, PlaybookFile, check_content
from app.core.bundles.publisher import BundleSpec, build_bundle, init_trust, rotate_trust, sign_trust
from app.core.bundles.trust import ROOT_FILE, TARGETS_FILE, RoleSpec, fingerprint
from app.core.errors import AlreadyExists, UsageError
from tests.conftest import Vault, run_cli
from tests.lab.bundle_factory import KEY_PASSPHRASE, TrustLab, payload, sign_with

CDX = {"bomFormat": "CycloneDX", "specVersion": "1.5",
       "components": [{"type": "library", "name": "torch", "version": "2.3", "purl": "pkg:pypi/torch@2.3"}]}
MODEL_OPTIONS = ("--format", "safetensors", "--license", "apache-2.0", "--model-card", "README.md")


def _src(base: Path, files: dict[str, bytes] | None = None) -> Path:
    src = base / "src"
    for rel, data in (files or {"README.md": b"# card\n", "weights/w.bin": b"w" * 5000}).items():
        (src / rel).parent.mkdir(parents=True, exist_ok=True)
        (src / rel).write_bytes(data)
    return src


def _build(src: Path, out: Path, *extra: str, kind: str = "model", name: str = "tiny",
           version: str = "1.0.0"):
    """`airlock bundle build` as a publisher types it (no vault needed)."""
    model = MODEL_OPTIONS if kind == "model" else ()
    return run_cli("bundle", "build", str(src), "--type", kind, "--name", name, "--version", version,
                   *model, "--out", str(out), *extra)


def _tree(directory: Path) -> dict[str, bytes]:
    return {p.relative_to(directory).as_posix(): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


# -- bundle build: options -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "said", "hint"),
    [
        (("--name", "My Model"), "--name 'My Model' is not a bundle name.",
         "Use 1-100 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit."),
        (("--version", "1.0"), "--version '1.0' is not a semantic version.",
         "Use MAJOR.MINOR.PATCH, e.g. 1.2.0 (a prerelease as 1.2.0-rc.1)."),
        (("--version", "1.0.0-" + "rc" * 40), "--version is longer than 64 characters.",
         "Use a shorter prerelease or build part, e.g. 1.2.0-rc.1."),
        (("--classification", "restricted"), "--classification 'restricted' is not a classification.",
         "Choose one of: unclassified, internal, confidential, secret, top-secret."),
        (("--description", "x" * 4097), "--description is longer than 4096 characters.",
         "Shorten it; put long text in the model card."),
        (("--provenance", "p" * 4097), "--provenance is longer than 4096 characters.",
         "Shorten it; put long text in the model card."),
        (("--split-size", "1K"), "--split-size must be from 4096 to 1125899906842624 bytes.", "For example --split-size 4G."),
        (("--model-card", "CARD.md"), "--model-card 'CARD.md' is not a file in",
         "Give the model card's path relative to SRC_DIR, e.g. README.md."),
    ],
    ids=["name", "version", "overlong-prerelease", "classification", "description", "provenance", "split-size",
         "model-card"],
)
def test_a_bad_build_option_is_refused_by_name_and_nothing_is_written(
    tmp_path: Path, extra: tuple[str, ...], said: str, hint: str,
) -> None:
    src = _src(tmp_path)
    before = _tree(src)
    out = tmp_path / "out"
    done = _build(src, out, *extra)
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"airlock: {said}")
    assert hint in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()
    assert _tree(src) == before


def test_options_the_command_line_cannot_give_are_refused_by_the_publisher_function(tmp_path: Path) -> None:
    """--type, --expires-days and --split-size are range-checked again below the argument parser."""
    src = _src(tmp_path, {"pkg.deb": b"deb"})
    out = tmp_path / "out"
    for spec, said in (
        (BundleSpec("firmware", "fw", "1.0.0"), "--type 'firmware' is not one of model, update, playbooks, app."),
        (BundleSpec("update", "u", "1.0.0", expires_days=0), "--expires-days must be at least 1."),
        (BundleSpec("update", "u", "1.0.0", split_size=4095), "--split-size must be from 4096 to 1125899906842624 bytes."),
        (BundleSpec("update", "u", "1.0.0", split_size=2**50 + 1),
         "--split-size must be from 4096 to 1125899906842624 bytes."),
    ):
        with pytest.raises(UsageError) as refused:
            build_bundle(src, out, spec)
        assert refused.value.message == said
    assert not out.exists()


# -- bundle build: the source directory ----------------------------------------------------


def test_a_source_that_is_not_a_directory_or_is_empty_is_refused(tmp_path: Path) -> None:
    a_file = tmp_path / "weights.bin"
    a_file.write_bytes(b"w")
    empty = tmp_path / "empty"
    empty.mkdir()
    out = tmp_path / "out"
    for src, said, hint in (
        (a_file, f"airlock: {a_file} is not a directory.", "Give the directory that holds the payload."),
        (tmp_path / "missing", f"airlock: {tmp_path / 'missing'} is not a directory.", "Give the directory"),
        (empty, f"airlock: {empty} holds no files.", "Put the payload files in it."),
    ):
        done = _build(src, out, kind="update")
        assert done.returncode == 2, done.stderr
        assert done.stderr.startswith(said)
        assert hint in done.stderr
    assert not out.exists()


@pytest.mark.parametrize("link", ["file", "directory"])
def test_a_symlink_in_the_source_is_refused_and_not_followed(tmp_path: Path, link: str) -> None:
    outside = tmp_path / "outside"
    (outside / "secrets").mkdir(parents=True)
    (outside / "secrets" / "id_ed25519").write_bytes(b"private key")
    src = _src(tmp_path)
    if link == "file":
        (src / "weights" / "extra.bin").symlink_to(outside / "secrets" / "id_ed25519")
        rel = "weights/extra.bin"
    else:
        (src / "extra").symlink_to(outside / "secrets", target_is_directory=True)
        rel = "extra"
    out = tmp_path / "out"
    done = _build(src, out)
    assert done.returncode == 1, done.stderr
    assert f"airlock: {rel!r} is not a regular file." in done.stderr
    assert "Bundles hold plain files only; replace links by copies." in done.stderr
    assert not out.exists()
    with pytest.raises(UnsafePath):
        build_bundle(src, out, BundleSpec("update", "u", "1.0.0"))
    assert not out.exists()


def test_a_source_with_more_files_than_a_bundle_may_hold_is_refused(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    for index in range(10_001):
        (src / f"f{index:05d}").write_bytes(b"")
    out = tmp_path / "out"
    done = _build(src, out, kind="update")
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith(f"airlock: {src} holds more than 10000 files.")
    assert "Pack them into fewer files." in done.stderr
    assert not out.exists()


def test_a_bundle_is_never_written_over(tmp_path: Path) -> None:
    src = _src(tmp_path)
    out = tmp_path / "out"
    first = _build(src, out)
    assert first.returncode == 0, first.stderr
    bundle = Path(first.stdout.strip())
    kept = _tree(bundle)
    (src / "README.md").write_bytes(b"# another card\n")
    again = _build(src, out)
    assert again.returncode == 1
    assert f"airlock: {bundle} exists already." in again.stderr
    assert "Remove it or choose another --out." in again.stderr
    assert _tree(bundle) == kept
    assert sorted(p.name for p in out.iterdir()) == [bundle.name]


def test_a_failed_build_leaves_no_partial_bundle_in_out(tmp_path: Path) -> None:
    """A file split into parts meets a source file already named like its first part."""
    src = _src(tmp_path, {"w.bin": os.urandom(10_000), "w.bin.part000": b"in the way"})
    out = tmp_path / "out"
    out.mkdir()
    (out / "other-1.0.0.airlock").mkdir()
    done = _build(src, out, "--split-size", "4K", kind="update")
    assert done.returncode != 0
    assert sorted(p.name for p in out.iterdir()) == ["other-1.0.0.airlock"]


def test_a_file_whose_size_lies_is_refused_as_changed_and_the_partial_bundle_removed(tmp_path: Path) -> None:
    """sysfs reports 4096 bytes for each text attribute and reads back a few: the copy comes up short."""
    src = Path("/sys/kernel/mm/transparent_hugepage")
    if not src.is_dir():
        pytest.skip("this kernel has no /sys/kernel/mm/transparent_hugepage")
    out = tmp_path / "out"
    with pytest.raises(UsageError) as refused:
        build_bundle(src, out, BundleSpec("update", "thp", "1.0.0"))
    assert refused.value.message.endswith(" changed while the bundle was built.")
    assert refused.value.hint == "Build again."
    assert list(out.iterdir()) == []


# -- bundle build: SBOM ------------------------------------------------------------------------


def test_an_sbom_that_cannot_be_read_is_refused(tmp_path: Path) -> None:
    src = _src(tmp_path)
    out = tmp_path / "out"
    missing = tmp_path / "bom.json"
    done = _build(src, out, "--sbom", str(missing))
    assert done.returncode == 2
    assert f"airlock: --sbom {missing} cannot be read: No such file or directory." in done.stderr
    assert "Give the path of an SPDX or CycloneDX JSON document." in done.stderr
    (tmp_path / "bom-dir").mkdir()
    done = _build(src, out, "--sbom", str(tmp_path / "bom-dir"))
    assert done.returncode == 2
    assert f"--sbom {tmp_path / 'bom-dir'} cannot be read: Is a directory." in done.stderr
    assert not out.exists()


def test_an_sbom_outside_src_may_not_shadow_one_inside(tmp_path: Path) -> None:
    inside = json.dumps(CDX).encode()
    src = _src(tmp_path, {"README.md": b"# card\n", "sbom.cdx.json": inside})
    other = tmp_path / "other.cdx.json"
    other.write_text(json.dumps({**CDX, "components": []}))
    out = tmp_path / "out"
    done = _build(src, out, "--sbom", str(other))
    assert done.returncode == 2
    assert "airlock: SRC_DIR holds sbom.cdx.json already, and --sbom names another file." in done.stderr
    assert "Give --sbom sbom.cdx.json to use the one in SRC_DIR, or rename it." in done.stderr
    assert not out.exists()
    assert (src / "sbom.cdx.json").read_bytes() == inside


def test_an_sbom_inside_src_is_signed_where_it_lies_and_not_copied(
    vault: Vault, trusted_lab: TrustLab, tmp_path: Path,
) -> None:
    src = _src(tmp_path, {"README.md": b"# card\n", "meta/bom.json": json.dumps(CDX).encode(), "w.bin": b"w"})
    out = tmp_path / "out"
    done = _build(src, out, "--sbom", str(src / "meta" / "bom.json"))
    assert done.returncode == 0, done.stderr
    bundle = Path(done.stdout.strip())
    manifest = json.loads((bundle / "bundle.json").read_text())
    assert manifest["signed"]["custom"]["sbom"] == {"path": "meta/bom.json", "format": "cyclonedx"}
    assert sorted(_tree(bundle / "payload")) == ["README.md", "meta/bom.json", "w.bin"]
    sign_with(bundle, trusted_lab.role_signers["models"][0])
    verified = vault.cli("bundle", "verify", str(bundle), "--json")
    assert verified.returncode == 0, verified.stderr
    assert json.loads(verified.stdout)[0]["sbom"]["components"] == 1


# -- trust metadata ----------------------------------------------------------------------------


def test_trust_metadata_is_never_written_over(tmp_path: Path) -> None:
    lab = TrustLab(tmp_path / "lab")
    keys = tmp_path / "keys"
    role_key = lab.write_key_files(keys, "models")
    root_key = lab.write_key_files(keys, "updates")
    passphrase = tmp_path / "key.pass"
    passphrase.write_text(KEY_PASSPHRASE + "\n")
    kept = _tree(lab.trust_dir)
    done = run_cli("--passphrase-file", str(passphrase), "publisher", "init-trust", "--out", str(lab.trust_dir),
                   "--root-key", f"{root_key}.pub", "--role", f"models={role_key}.pub", "--sign-with", str(root_key))
    assert done.returncode == 1
    assert f"airlock: {lab.trust_dir / ROOT_FILE} exists already. Choose an empty --out directory." in done.stderr
    assert _tree(lab.trust_dir) == kept
    # A directory holding only a targets.json (a half-copied one) is not an empty --out either.
    half = tmp_path / "half"
    half.mkdir()
    (half / TARGETS_FILE).write_bytes(b"{}")
    signer = lab.root_signers[0]
    with pytest.raises(AlreadyExists, match=r"targets\.json exists already"):
        init_trust(half, [signer.public_key], 1, [RoleSpec("models", (signer.public_key,), 1)], 30, [signer])
    assert sorted(p.name for p in half.iterdir()) == [TARGETS_FILE]


def test_trust_metadata_that_expires_at_once_is_refused(tmp_path: Path) -> None:
    signer = CryptoSigner.generate_ed25519()
    out = tmp_path / "trust"
    with pytest.raises(UsageError) as refused:
        init_trust(out, [signer.public_key], 1, [RoleSpec("models", (signer.public_key,), 1)], 0, [signer])
    assert refused.value.message == "--expires-days must be at least 1."
    assert not out.exists()


def test_a_rotation_written_unsigned_is_accepted_once_old_and_new_root_keys_sign_it_in_turn(
    vault: Vault, trusted_lab: TrustLab, tmp_path: Path,
) -> None:
    old_root = trusted_lab.root_signers[0]
    new_root = CryptoSigner.generate_ed25519()
    new_models = CryptoSigner.generate_ed25519()
    rotated = tmp_path / "trust-v2"
    rotate_trust(trusted_lab.trust_dir, rotated, [new_root.public_key], 1,
                 [RoleSpec("models", (new_models.public_key,), 1)], 30, [])
    root_json = rotated / ROOT_FILE

    unsigned = vault.cli("trust", "rotate", str(root_json))
    assert unsigned.returncode == 1
    assert "Root version 2 is signed by 0 of the 1" in unsigned.stderr

    # The old root key holds no role in the new root: only root.json gains its signature.
    targets_before = (rotated / TARGETS_FILE).read_bytes()
    half = sign_trust(rotated, old_root)
    assert half == fingerprint(root_json.read_bytes())
    assert (rotated / TARGETS_FILE).read_bytes() == targets_before
    assert [s["keyid"] for s in json.loads(root_json.read_bytes())["signatures"]] == [old_root.public_key.keyid]
    refused = vault.cli("trust", "rotate", str(root_json))
    assert refused.returncode == 1
    assert "of its own keys it needs" in refused.stderr
    shown = json.loads(vault.cli("trust", "show", "--json").stdout)
    assert shown["root_version"] == 1
    assert shown["fingerprint"] == trusted_lab.fingerprint

    # The new root key holds targets too: it signs both files.
    final = sign_trust(rotated, new_root)
    assert final != half
    assert (rotated / TARGETS_FILE).read_bytes() != targets_before
    accepted = vault.cli("trust", "rotate", str(root_json))
    assert accepted.returncode == 0, accepted.stderr
    shown = json.loads(vault.cli("trust", "show", "--json").stdout)
    assert shown["root_version"] == 2
    assert shown["fingerprint"] == final
    assert sorted(shown["publishers"]) == ["models"]
    assert shown["publishers"]["models"]["keyids"] == [new_models.public_key.keyid]


# -- playbooks bundles: content the check refuses ------------------------------------------

OPS = {
    "site.yml": b"- hosts: all\n  gather_facts: false\n  roles: [base]\n",
    "README.md": b"# Operations\n",
    "roles/base/tasks/main.yml": b"- ansible.builtin.ping:\n",
}


def _no_bundle_playbooks(session: object) -> bool:
    return session.list_bundles() == [] and [p for p in session.list_playbooks() if "/" in p] == []  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("path", "data", "reason"),
    [
        ("vars/main.yml", b"- a\n- list\n", "variables must be a mapping"),
        ("site.yml", b"- hosts: all\n  tasks: []\n- just a string\n", "each play is a mapping"),
        ("site.yml", b"- name: no hosts\n  tasks: []\n", "each play names its hosts"),
        ("site.yml", b"- hosts: []\n  tasks: []\n", "each play names its hosts"),
        ("roles/base/meta/main.yml", b"- dependencies\n", "a role's meta is a mapping"),
        ("roles/base/meta/main.yml", b"collections: [community.general]\n", "a role does not bring collections"),
        ("roles/base/tasks/main.yml", b"name: one task\nansible.builtin.ping:\n", "a task list is a list"),
        ("roles/base/tasks/main.yml", b"- ansible.builtin.ping\n", "each task is a mapping"),
        ("roles/base/tasks/main.yml", b"- action: ansible.builtin.fetch src=/etc/shadow dest=loot\n",
         "ansible.builtin.fetch acts on the appliance, not on the node"),
        ("roles/base/tasks/main.yml", b"- action: {module: add_host, name: appliance, groups: all}\n",
         "add_host acts on the appliance, not on the node"),
        ("roles/base/tasks/main.yml", b"- ansible.builtin.copy: {dest: /tmp/x}\n  args: {src: /etc/shadow}\n",
         "copy's source path '/etc/shadow' lies outside the bundle"),
        ("roles/base/tasks/main.yml", b'- ansible.builtin.copy: src=/etc/shadow dest="/tmp/x\n',
         "copy's source path '/etc/shadow' lies outside the bundle"),
        ("site.yml", b"- import_playbook: !unsafe /etc/ansible/site.yml\n",
         "an imported playbook path '/etc/ansible/site.yml' lies outside the bundle"),
        ("site.yml", b"- hosts: all\n  vars_files: !unsafe [/root/secrets.yml]\n",
         "a vars file path '/root/secrets.yml' lies outside the bundle"),
        ("site.yml", b"- hosts: all\n  vars: !unsafe {ansible_connection: local}\n",
         "the variable ansible_connection would change how Ansible reaches nodes"),
    ],
    ids=["vars-not-a-mapping", "play-not-a-mapping", "play-without-hosts", "play-with-empty-hosts",
         "meta-not-a-mapping", "meta-with-collections", "tasks-not-a-list", "task-not-a-mapping",
         "action-string-fetch", "action-mapping-add-host", "args-keyword-source",
         "unbalanced-quote-source", "unsafe-scalar", "unsafe-sequence", "unsafe-mapping"],
)
def test_a_playbooks_bundle_with_malformed_or_appliance_bound_content_is_refused_at_import(
    session: object, trusted_lab: TrustLab, path: str, data: bytes, reason: str,
) -> None:
    files = dict(OPS)
    files[path] = data
    bundle = trusted_lab.build("ops", "1.0.0", kind="playbooks", files=files)
    with pytest.raises(PlaybookContentRefused) as refused:
        session.import_bundle(bundle)  # type: ignore[attr-defined]
    assert refused.value.message == f"This playbooks bundle is refused: {path}: {reason}."
    assert refused.value.hint.startswith("Ask the publisher for a bundle whose playbooks run only on nodes")
    assert _no_bundle_playbooks(session)


def test_empty_documents_imports_and_action_forms_of_builtin_modules_are_accepted(
    session: object, trusted_lab: TrustLab,
) -> None:
    files = dict(OPS)
    files["all.yml"] = b"- import_playbook: site.yml\n- import_playbook: check.yml\n"
    files["check.yml"] = (b"---\n- hosts: gpu\n  tasks:\n"
                          b"    - action: ansible.builtin.command uptime\n      changed_when: false\n"
                          b"    - action: {module: ansible.builtin.debug, msg: !unsafe '{literal} 100%'}\n")
    files["roles/base/defaults/main.yml"] = b"---\n# nothing to default yet\n...\n---\nlevel: 1\n"
    bundle = trusted_lab.build("ops", "1.0.0", kind="playbooks", files=files)
    session.import_bundle(bundle)  # type: ignore[attr-defined]
    offered = [p for p in session.list_playbooks() if "/" in p]  # type: ignore[attr-defined]
    assert offered == ["ops/all@1.0.0", "ops/check@1.0.0", "ops/site@1.0.0"]


# -- playbooks bundles: files too large, or altered on the medium -------------------------


def test_a_playbook_file_altered_on_the_medium_is_refused_before_it_is_parsed(
    vault: Vault, trusted_lab: TrustLab,
) -> None:
    bundle = trusted_lab.build("ops", "1.0.0", kind="playbooks", files=dict(OPS))
    tampered = payload(bundle, "site.yml")
    original = tampered.read_bytes()
    tampered.write_bytes(original.replace(b"hosts: all", b"hosts: loc"))  # same length, other bytes
    verified = vault.cli("bundle", "verify", str(bundle))
    assert verified.returncode == 1
    assert "payload/site.yml does not match its signed SHA-256." in verified.stderr
    assert "Do not use this bundle; ask the publisher for a new copy." in verified.stderr
    imported = vault.cli("bundle", "import", str(bundle))
    assert imported.returncode == 1
    assert "payload/site.yml does not match its signed SHA-256." in imported.stderr
    assert json.loads(vault.cli("bundle", "list", "--json").stdout) == []


def test_a_playbook_file_over_the_size_limit_is_refused_unread(session: object, trusted_lab: TrustLab) -> None:
    files = dict(OPS)
    files["vars/big.yml"] = b"# " + b"x" * MAX_FILE + b"\n"
    bundle = trusted_lab.build("ops", "1.0.0", kind="playbooks", files=files)
    with pytest.raises(PlaybookContentRefused) as refused:
        session.import_bundle(bundle)  # type: ignore[attr-defined]
    assert refused.value.message == f"This playbooks bundle is refused: vars/big.yml: it is larger than {MAX_FILE} bytes."
    assert _no_bundle_playbooks(session)


def test_playbooks_and_templates_over_the_bundle_total_are_refused(session: object, trusted_lab: TrustLab) -> None:
    files = dict(OPS)
    comment = b"#" * (MAX_FILE - 1) + b"\n"
    for index in range(MAX_TOTAL // MAX_FILE + 1):
        files[f"vars/part{index:02d}.yml"] = comment
    bundle = trusted_lab.build("ops", "1.0.0", kind="playbooks", files=files)
    with pytest.raises(PlaybookContentRefused) as refused:
        session.import_bundle(bundle)  # type: ignore[attr-defined]
    assert refused.value.message == (
        f"This playbooks bundle is refused: (bundle): its YAML and templates exceed {MAX_TOTAL} bytes.")
    assert _no_bundle_playbooks(session)


def test_a_file_over_the_size_limit_given_to_the_content_check_directly_is_refused() -> None:
    """Through a bundle, `read_checked` refuses such a file first; the check itself refuses it too."""
    files = [PlaybookFile(path, data) for path, data in OPS.items() if path.endswith(".yml")]
    files.append(PlaybookFile("vars/big.yml", b"#" * (MAX_FILE + 1)))
    with pytest.raises(PlaybookContentRefused) as refused:
        check_content(files)
    assert refused.value.message == f"This playbooks bundle is refused: vars/big.yml: it is larger than {MAX_FILE} bytes."


# -- names the bundle keeps for itself ----------------------------------------------------


def test_a_source_file_named_like_a_split_part_is_refused_at_build(tmp_path: Path) -> None:
    """Verify refuses such names on every appliance, and one beside a file to split collided with its part."""
    src = _src(tmp_path, {"pkg.deb": b"deb", "notes.part001": b"release notes"})
    out = tmp_path / "out"
    done = _build(src, out, kind="update")
    assert done.returncode == 2, done.stderr
    assert done.stderr.startswith("airlock: 'notes.part001' ends like a split part (.partNNN)")
    assert "Rename it before building." in done.stderr
    assert not out.exists()
    colliding = _src(tmp_path / "two", {"w.bin": os.urandom(10_000), "w.bin.part000": b"in the way"})
    done = _build(colliding, tmp_path / "out2", "--split-size", "4K", kind="update")
    assert done.returncode == 2, done.stderr
    assert "'w.bin.part000' ends like a split part" in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "out2").exists()
