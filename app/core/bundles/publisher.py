"""The publisher side (a connected machine): trust metadata and bundles, built and signed.

Uses the same manifest and trust code as the appliance, so what is built here is exactly
what `verify` expects. Every writer builds into a temporary name and renames at the end.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import stat
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from securesystemslib.signer import Key, Signer
from tuf.api.metadata import Metadata, Root, TargetFile, Targets

from app.core.bundles import limits
from app.core.bundles.clock import iso, utc_now
from app.core.bundles.errors import ManifestMalformed, UnsafePath
from app.core.bundles.manifest import (
    BUNDLE_SUFFIX,
    CLASSIFICATIONS,
    MANIFEST_NAME,
    MAX_VERSION_CHARS,
    NAME_PATTERN,
    PAYLOAD_DIR,
    ROLE_FOR_TYPE,
    SemVer,
    check_relative_path,
    custom_of,
    ends_like_part,
    load_envelope,
    parse_info,
    part_name,
)
from app.core.bundles.sbom import CYCLONEDX, MAX_SBOM_BYTES, SPDX, SbomInvalid, parse_sbom
from app.core.bundles.trust import (
    ROOT_FILE,
    TARGETS_FILE,
    RoleSpec,
    fingerprint,
    load_root,
    load_targets,
    new_root,
    new_targets,
    sign,
)
from app.core.bundles.verify import read_manifest
from app.core.errors import AlreadyExists, UsageError
from app.core.fsutil import atomic_write, fsync_dir
from app.core.messages import say


@dataclass(frozen=True)
class BundleSpec:
    """What `bundle build` is told about the bundle."""

    type: str
    name: str
    version: str
    classification: str = "unclassified"
    description: str = ""
    expires_days: int = 365
    split_size: int = limits.DEFAULT_SPLIT_SIZE
    model: dict[str, str] = field(default_factory=dict)
    sbom: Path | None = None
    """An SPDX 2.x or CycloneDX 1.x JSON document, inside SRC_DIR or anywhere (then copied in)."""


# What each model field is, in the words of the `bundle build` option that gives it.
MODEL_OPTIONS = {
    "format": ("--format", "the weights format, e.g. safetensors or gguf"),
    "license": ("--license", "the license as an SPDX id, e.g. apache-2.0"),
    "model_card": ("--model-card", "the model card, a Markdown file inside SRC_DIR, e.g. README.md"),
    "parameters": ("--parameters", "the parameter count, e.g. 8B"),
    "provenance": ("--provenance", "where the weights come from"),
}
SBOM_NAMES = {SPDX: "sbom.spdx.json", CYCLONEDX: "sbom.cdx.json"}


def check_spec(spec: BundleSpec) -> None:
    """Refuse a bad option naming it and saying what it takes (before anything is read)."""
    if spec.type == "model":
        missing = [field for field in ("format", "license", "model_card") if not spec.model.get(field)]
        if missing:
            raise UsageError(
                say("A model bundle needs {options}.",
                    options="; ".join(f"{MODEL_OPTIONS[f][0]} ({MODEL_OPTIONS[f][1]})" for f in missing)),
                say("Add them to `airlock bundle build`; they are signed with the bundle and shown before "
                    "every deployment."),
            )
    if NAME_PATTERN.fullmatch(spec.name) is None:
        raise UsageError(say("--name {name} is not a bundle name.", name=repr(spec.name[:100])),
                         say("Use 1-100 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit."))
    try:
        SemVer.parse(spec.version)
    except ManifestMalformed as exc:
        raise UsageError(say("--version {version} is not a semantic version.", version=repr(spec.version[:64])),
                         say("Use MAJOR.MINOR.PATCH, e.g. 1.2.0 (a prerelease as 1.2.0-rc.1).")) from exc
    if len(spec.version) > MAX_VERSION_CHARS:
        raise UsageError(say("--version is longer than {limit} characters.", limit=MAX_VERSION_CHARS),
                         say("Use a shorter prerelease or build part, e.g. 1.2.0-rc.1."))
    if spec.classification not in CLASSIFICATIONS:
        raise UsageError(say("--classification {level} is not a classification.", level=repr(spec.classification)),
                         say("Choose one of: {levels}.", levels=", ".join(CLASSIFICATIONS)))
    texts = [("--description", spec.description)] + [(MODEL_OPTIONS.get(k, (f"model.{k}",))[0], v)
                                                     for k, v in spec.model.items()]
    for option, value in texts:
        if len(value) > limits.MAX_TEXT_CHARS:
            raise UsageError(say("{option} is longer than {limit} characters.", option=option,
                                 limit=limits.MAX_TEXT_CHARS), say("Shorten it; put long text in the model card."))


def _sbom_entry(
    sbom: Path | None, files: list[tuple[str, Path, int]]
) -> tuple[dict[str, str], list[tuple[str, Path, int]]]:
    """The manifest's `sbom` reference, and the file to add when the SBOM lies outside SRC_DIR."""
    if sbom is None:
        return {}, []
    try:
        with sbom.open("rb") as handle:
            raw = handle.read(MAX_SBOM_BYTES + 1)
    except OSError as exc:
        raise UsageError(say("--sbom {path} cannot be read: {error}.", path=sbom, error=exc.strerror),
                         say("Give the path of an SPDX or CycloneDX JSON document.")) from exc
    try:
        parsed = parse_sbom(raw)
    except SbomInvalid as exc:
        raise UsageError(say("--sbom {path}: {problem}", path=sbom, problem=exc.message),
                         say("Give an SPDX 2.x or CycloneDX 1.x document in JSON.")) from exc
    inside = {rel: path for rel, path, _ in files}
    for rel, path in inside.items():
        if path.resolve() == sbom.resolve():
            return {"path": rel, "format": parsed.format}, []
    name = SBOM_NAMES[parsed.format]
    if name in inside:
        raise UsageError(say("SRC_DIR holds {name} already, and --sbom names another file.", name=name),
                         say("Give --sbom {name} to use the one in SRC_DIR, or rename it.", name=name))
    return {"path": name, "format": parsed.format}, [(name, sbom, len(raw))]


def _write_metadata(path: Path, metadata: Metadata[Root] | Metadata[Targets]) -> None:
    atomic_write(path, metadata.to_bytes(), mode=0o644)


def init_trust(
    out: Path,
    root_keys: Sequence[Key],
    root_threshold: int,
    roles: Sequence[RoleSpec],
    expires_days: int,
    signers: Sequence[Signer],
) -> str:
    """Write root.json and targets.json (version 1) into `out`; return the root fingerprint."""
    if expires_days < 1:
        raise UsageError("--expires-days must be at least 1.")
    expires = utc_now() + timedelta(days=expires_days)
    root = Metadata(new_root(root_keys, root_threshold, expires))
    targets = Metadata(new_targets(roles, expires))
    for path in (out / ROOT_FILE, out / TARGETS_FILE):
        if path.exists():
            raise AlreadyExists(f"{path} exists already.", "Choose an empty --out directory.")
    out.mkdir(parents=True, exist_ok=True)
    sign(root, signers)
    sign(targets, [s for s in signers if s.public_key.keyid in root.signed.roles["targets"].keyids])
    _write_metadata(out / TARGETS_FILE, targets)
    _write_metadata(out / ROOT_FILE, root)
    return fingerprint((out / ROOT_FILE).read_bytes())


def rotate_trust(
    current_dir: Path,
    out: Path,
    root_keys: Sequence[Key],
    root_threshold: int,
    roles: Sequence[RoleSpec] | None,
    expires_days: int,
    signers: Sequence[Signer],
) -> str:
    """Write root version N+1 (and targets N+1) into `out`, signed by `signers`.

    For the appliance to accept it, the signers must meet the threshold of version N and of
    N+1; missing signatures can be added in turn with `sign_trust`.
    """
    current = load_root((current_dir / ROOT_FILE).read_bytes())
    old_targets = load_targets((current_dir / TARGETS_FILE).read_bytes())
    expires = utc_now() + timedelta(days=expires_days)
    root = Metadata(new_root(root_keys, root_threshold, expires, version=current.signed.version + 1))
    if roles is None:
        delegations = old_targets.signed.delegations
        targets_signed = Targets(version=old_targets.signed.version + 1, expires=expires, delegations=delegations)
    else:
        targets_signed = new_targets(roles, expires, version=old_targets.signed.version + 1)
    targets = Metadata(targets_signed)
    out.mkdir(parents=True, exist_ok=True)
    sign(root, signers)
    sign(targets, [s for s in signers if s.public_key.keyid in root.signed.roles["targets"].keyids])
    _write_metadata(out / TARGETS_FILE, targets)
    _write_metadata(out / ROOT_FILE, root)
    return fingerprint((out / ROOT_FILE).read_bytes())


def sign_trust(trust_dir: Path, signer: Signer) -> str:
    """Add one signature to root.json (and to targets.json when the key holds that role)."""
    root = load_root((trust_dir / ROOT_FILE).read_bytes())
    sign(root, [signer])
    if signer.public_key.keyid in root.signed.roles["targets"].keyids:
        targets = load_targets((trust_dir / TARGETS_FILE).read_bytes())
        sign(targets, [signer])
        _write_metadata(trust_dir / TARGETS_FILE, targets)
    _write_metadata(trust_dir / ROOT_FILE, root)
    return fingerprint((trust_dir / ROOT_FILE).read_bytes())


def _source_files(src: Path) -> list[tuple[str, Path, int]]:
    """Every regular file under `src`, sorted, as (relative path, path, size); links refused."""
    if not src.is_dir():
        raise UsageError(f"{src} is not a directory.", "Give the directory that holds the payload.")
    found: list[tuple[str, Path, int]] = []
    for directory, subdirs, names in os.walk(src):
        subdirs.sort()
        for name in sorted(names) + [d for d in subdirs if (Path(directory) / d).is_symlink()]:
            path = Path(directory) / name
            rel = path.relative_to(src).as_posix()
            st = path.lstat()
            if not stat.S_ISREG(st.st_mode):
                raise UnsafePath(
                    f"{rel!r} is not a regular file.", "Bundles hold plain files only; replace links by copies."
                )
            if ends_like_part(rel):
                raise UsageError(say("{file} ends like a split part (.partNNN), an ending bundles keep for the "
                                     "parts of large files.", file=repr(rel)),
                                 say("Rename it before building."))
            found.append((check_relative_path(rel), path, st.st_size))
    if not found:
        raise UsageError(f"{src} holds no files.", "Put the payload files in it.")
    if len(found) > limits.MAX_FILES:
        raise UsageError(f"{src} holds more than {limits.MAX_FILES} files.", "Pack them into fewer files.")
    return sorted(found)


def _copy_split(
    path: Path, destination: Path, rel: str, size: int, split_size: int
) -> tuple[str, list[dict[str, object]]]:
    """Copy one file into the bundle, in parts when it is larger than `split_size`."""
    whole = hashlib.sha256()
    parts: list[dict[str, object]] = []
    split = size > split_size
    buffer = memoryview(bytearray(limits.COPY_BUFFER))
    with path.open("rb", buffering=0) as source:
        index = 0
        remaining = size
        while remaining > 0 or index == 0:
            name = part_name(rel, index) if split else rel
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            part = hashlib.sha256()
            want = min(split_size, remaining) if split else remaining
            with target.open("xb", buffering=0) as out:
                left = want
                while left > 0:
                    n = source.readinto(buffer[: min(len(buffer), left)])
                    if not n:
                        raise UsageError(f"{rel} changed while the bundle was built.", "Build again.")
                    whole.update(buffer[:n])
                    part.update(buffer[:n])
                    out.write(buffer[:n])
                    left -= n
            if split:
                parts.append({"length": want, "sha256": part.hexdigest()})
            remaining -= want
            index += 1
            if not split:
                break
    return whole.hexdigest(), parts


def build_bundle(src: Path, out: Path, spec: BundleSpec) -> Path:
    """Build NAME-VERSION.airlock in `out` from `src`; unsigned until `sign_bundle`."""
    if spec.type not in ROLE_FOR_TYPE:
        raise UsageError(f"--type {spec.type!r} is not one of {', '.join(ROLE_FOR_TYPE)}.")
    if not limits.MIN_SPLIT_SIZE <= spec.split_size <= limits.MAX_FILE_LENGTH:
        raise UsageError(say("--split-size must be from {low} to {high} bytes.", low=limits.MIN_SPLIT_SIZE,
                             high=limits.MAX_FILE_LENGTH), say("For example --split-size 4G."))
    if spec.expires_days < 1:
        raise UsageError("--expires-days must be at least 1.")
    check_spec(spec)
    files = _source_files(src)
    sbom_reference, sbom_file = _sbom_entry(spec.sbom, files)
    files = sorted(files + sbom_file)
    now = utc_now()
    custom = custom_of(
        {
            "type": spec.type,
            "name": spec.name,
            "version": spec.version,
            "classification": spec.classification,
            "description": spec.description,
            "created": iso(now),
            **({"model": dict(spec.model)} if spec.model or spec.type == "model" else {}),
            **({"sbom": sbom_reference} if sbom_reference else {}),
        }
    )
    try:
        info = parse_info(custom)
    except ManifestMalformed as exc:
        raise UsageError(exc.message.replace("bundle.json is malformed: ", ""), "Fix the option.") from exc
    if info.type == "model" and info.model["model_card"] not in {rel for rel, _, _ in files}:
        raise UsageError(
            say("--model-card {card} is not a file in {src}.", card=repr(info.model["model_card"]), src=src),
            say("Give the model card's path relative to SRC_DIR, e.g. README.md."),
        )
    final = out / f"{info.name}-{info.version}{BUNDLE_SUFFIX}"
    if final.exists():
        raise AlreadyExists(f"{final} exists already.", "Remove it or choose another --out.")
    out.mkdir(parents=True, exist_ok=True)
    work = out / f".{final.name}.tmp-{os.urandom(4).hex()}"
    try:
        (work / PAYLOAD_DIR).mkdir(parents=True)
        targets: dict[str, TargetFile] = {}
        for rel, path, size in files:
            digest, parts = _copy_split(path, work / PAYLOAD_DIR, rel, size, spec.split_size)
            key = f"{info.identity}/{rel}"
            extra = {"custom": {"parts": parts}} if parts else {}
            targets[key] = TargetFile(size, {"sha256": digest}, key, unrecognized_fields=extra)
        manifest = Metadata(
            Targets(
                version=1,
                expires=now + timedelta(days=spec.expires_days),
                targets=targets,
                unrecognized_fields={"custom": custom},
            )
        )
        atomic_write(work / MANIFEST_NAME, manifest.to_bytes(), mode=0o644)
        work.rename(final)
        fsync_dir(out)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return final


def sign_bundle(bundle_dir: Path, signer: Signer) -> int:
    """Add one signature to bundle.json; return how many signatures it now carries."""
    raw = read_manifest(bundle_dir)
    metadata, _info = load_envelope(raw)
    with contextlib.suppress(KeyError):
        del metadata.signatures[signer.public_key.keyid]
    metadata.sign(signer, append=True)
    atomic_write(bundle_dir / MANIFEST_NAME, metadata.to_bytes(), mode=0o644)
    return len(metadata.signatures)
