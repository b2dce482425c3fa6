"""The bundle manifest: a TUF Targets role of one publisher role, with Airlock's fields.

`bundle.json` is `Metadata[Targets]` (python-tuf). Each payload file is one `TargetFile`
at `ROLE/NAME/RELATIVE-PATH` with its length and SHA-256; a file stored in split parts
lists them under `custom.parts`. The bundle's own facts live in the signed `custom` field.
Parsing here is strict and bounded; nothing is trusted until `verify` checks signatures.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from datetime import datetime
from functools import total_ordering
from typing import Any

from tuf.api.exceptions import RepositoryError
from tuf.api.metadata import Metadata, TargetFile, Targets
from tuf.api.serialization import DeserializationError

from app.core.bundles import limits
from app.core.bundles.errors import (
    CaseFoldCollision,
    ManifestMalformed,
    ManifestTooLarge,
    UnsafePath,
)
from app.core.bundles.sbom import parse_reference
from app.core.messages import Message, say

MANIFEST_NAME = "bundle.json"
PAYLOAD_DIR = "payload"
BUNDLE_SUFFIX = ".airlock"
FORMAT_VERSION = 1

ROLE_FOR_TYPE = {"model": "models", "update": "updates", "playbooks": "playbooks", "app": "app"}
"""Bundle type -> the publisher role that may sign it (and the path prefix it owns)."""

CLASSIFICATIONS = ("unclassified", "internal", "confidential", "secret", "top-secret")
"""Ordered from least to most sensitive; policy compares a bundle's level with a node's."""

_NAME = re.compile(r"[a-z0-9][a-z0-9._-]{0,99}")
NAME_PATTERN = _NAME
"""A bundle name (fullmatch): what `bundle build --name` accepts."""
_SEMVER = re.compile(
    r"(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})"
    r"(?:-((?:0|[1-9]\d{0,8}|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d{0,8}|\d*[A-Za-z-][0-9A-Za-z-]*))*))?",
)
_SHA256 = re.compile(r"[0-9a-f]{64}")
MAX_VERSION_CHARS = 64
_PART_SUFFIX = re.compile(r"\.part\d{3,}$")
_CONTROL = frozenset(chr(i) for i in range(32)) | {"\x7f"}


def part_name(relpath: str, index: int) -> str:
    """The on-medium name of split part `index` of `relpath` (NAME.part000, ...)."""
    return f"{relpath}.part{index:03d}"


def ends_like_part(relpath: str) -> bool:
    """Whether a file name ends as the bundle's split parts do (`.part000`): such names are reserved."""
    return _PART_SUFFIX.search(relpath) is not None


@total_ordering
@dataclass(frozen=True)
class SemVer:
    """A semantic version MAJOR.MINOR.PATCH[-PRERELEASE], ordered as semver.org says."""

    major: int
    minor: int
    patch: int
    prerelease: tuple[str, ...] = ()

    @classmethod
    def parse(cls, text: str) -> SemVer:
        """Parse `text`; raise `ManifestMalformed` naming the bad value."""
        match = _SEMVER.fullmatch(text) if isinstance(text, str) else None
        if match is None:
            msg = say("Version {version} is not a semantic version.", version=repr(text))
            raise ManifestMalformed(msg, say("Use MAJOR.MINOR.PATCH, for example 1.2.0."))
        pre = tuple(match.group(4).split(".")) if match.group(4) else ()
        return cls(int(match.group(1)), int(match.group(2)), int(match.group(3)), pre)

    def _key(self) -> tuple[int, int, int, int, tuple[tuple[int, int, str], ...]]:
        # A release sorts after all of its prereleases; numeric identifiers sort before text.
        pre = tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in self.prerelease)
        return (self.major, self.minor, self.patch, 0 if self.prerelease else 1, pre)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, SemVer):
            return NotImplemented
        return self._key() < other._key()

    def __str__(self) -> str:
        core = f"{self.major}.{self.minor}.{self.patch}"
        return f"{core}-{'.'.join(self.prerelease)}" if self.prerelease else core


@dataclass(frozen=True)
class Part:
    """One split part of a payload file, as the manifest lists it."""

    name: str
    length: int
    sha256: str


@dataclass(frozen=True)
class ManifestFile:
    """One logical payload file: where it lives under payload/, its length, its hash."""

    path: str
    length: int
    sha256: str
    parts: tuple[Part, ...] = ()

    def medium_names(self) -> tuple[str, ...]:
        """The names under payload/ that hold this file's bytes, in order."""
        return tuple(p.name for p in self.parts) if self.parts else (self.path,)


@dataclass(frozen=True)
class BundleInfo:
    """What the publisher says about the bundle (signed, in `custom`)."""

    type: str
    name: str
    version: SemVer
    classification: str
    description: str
    created: datetime
    model: dict[str, str]
    sbom: dict[str, str] = dataclass_field(default_factory=dict)
    """{"path", "format"} of the SBOM among the payload files; empty when there is none."""

    @property
    def role(self) -> str:
        """The publisher role that must sign this bundle."""
        return ROLE_FOR_TYPE[self.type]

    @property
    def identity(self) -> str:
        """The delegated path of this bundle (ROLE/NAME), matched against the role's patterns."""
        return f"{self.role}/{self.name}"


@dataclass(frozen=True)
class Manifest:
    """A parsed (not yet verified) bundle manifest."""

    metadata: Metadata[Targets]
    raw: bytes
    info: BundleInfo
    files: tuple[ManifestFile, ...]

    @property
    def total_length(self) -> int:
        """Sum of the payload files' lengths."""
        return sum(f.length for f in self.files)

    @property
    def expires(self) -> datetime:
        """The signed expiry date (UTC)."""
        expires: datetime = self.metadata.signed.expires
        return expires

    def content_digest(self) -> str:
        """SHA-256 over what the bundle is (type, name, version, files), not over dates or signatures.

        Two builds of the same input have the same digest; this is what "same version, same
        content" compares.
        """
        body = {
            "type": self.info.type,
            "name": self.info.name,
            "version": str(self.info.version),
            "files": [[f.path, f.length, f.sha256] for f in self.files],
        }
        data = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
        return hashlib.sha256(data).hexdigest()


_UNSAFE = say("The bundle is unsafe to import; ask the publisher for a corrected bundle.")


def check_relative_path(path: object) -> str:
    """Return `path` if it is a safe relative POSIX path inside the bundle; raise `UnsafePath`."""
    hint = _UNSAFE
    if not isinstance(path, str) or not path or len(path) > limits.MAX_PATH_CHARS:
        msg = say("The manifest has an empty or overlong file name ({name}).", name=repr(str(path)[:80]))
        raise UnsafePath(msg, hint)
    name = repr(path[:200])
    if path.startswith("/") or "\\" in path or ":" in path.split("/")[0][1:2]:
        raise UnsafePath(say("The manifest names an absolute file name: {name}.", name=name), hint)
    if any(c in _CONTROL for c in path):
        raise UnsafePath(say("The manifest has a control character in file name {name}.", name=name), hint)
    if unicodedata.normalize("NFC", path) != path:
        raise UnsafePath(say("The file name {name} is not in Unicode NFC form.", name=name), hint)
    for segment in path.split("/"):
        if segment in {"", ".", ".."}:
            msg = say("The manifest file name {name} contains '{segment}'.", name=name, segment=segment)
            raise UnsafePath(msg, hint)
        if len(segment.encode()) > limits.MAX_SEGMENT_BYTES:
            raise UnsafePath(say("The manifest file name {name} has an overlong segment.", name=name), hint)
    return path


def _fail(message: Message) -> ManifestMalformed:
    """`message` says "bundle.json is malformed: " and what is wrong with it."""
    return ManifestMalformed(message, say("Ask the publisher for a new bundle."))


def _text(value: object, field: str, *, limit: int = limits.MAX_TEXT_CHARS) -> str:
    if not isinstance(value, str) or len(value) > limit:
        raise _fail(
            say(
                "bundle.json is malformed: '{field}' must be text of at most {limit} characters.",
                field=field,
                limit=limit,
            )
        )
    return value


def parse_info(custom: object) -> BundleInfo:
    """Validate the signed `custom` field of a manifest."""
    if not isinstance(custom, dict):
        raise _fail(say("bundle.json is malformed: the 'custom' field with type, name and version is missing."))
    if custom.get("format") != FORMAT_VERSION:
        raise _fail(
            say(
                "bundle.json is malformed: unsupported format {format}; this Airlock reads {supported}.",
                format=repr(str(custom.get("format"))[:20]),
                supported=FORMAT_VERSION,
            )
        )
    kind = custom.get("type")
    if kind not in ROLE_FOR_TYPE:
        raise _fail(
            say(
                "bundle.json is malformed: type {type} is not one of {types}.",
                type=repr(str(kind)[:40]),
                types=", ".join(ROLE_FOR_TYPE),
            )
        )
    name = custom.get("name")
    if not isinstance(name, str) or _NAME.fullmatch(name) is None:
        raise _fail(
            say(
                "bundle.json is malformed: name {name} is not a bundle name "
                "(lowercase letters, digits, '.', '_', '-').",
                name=repr(str(name)[:60]),
            )
        )
    classification = custom.get("classification")
    if classification not in CLASSIFICATIONS:
        raise _fail(
            say(
                "bundle.json is malformed: classification {classification} is not one of {classifications}.",
                classification=repr(str(classification)[:40]),
                classifications=", ".join(CLASSIFICATIONS),
            )
        )
    return BundleInfo(
        type=str(kind),
        name=name,
        version=SemVer.parse(_text(custom.get("version"), "version", limit=MAX_VERSION_CHARS)),
        classification=str(classification),
        description=_text(custom.get("description", ""), "description"),
        created=_parse_created(custom.get("created")),
        model=_parse_model(str(kind), custom.get("model", {})),
        sbom=parse_reference(custom.get("sbom")),
    )


def _parse_created(value: object) -> datetime:
    try:
        created = datetime.fromisoformat(_text(value, "created", limit=40))
    except ValueError as exc:
        raise _fail(say("bundle.json is malformed: 'created' is not an ISO 8601 time.")) from exc
    if created.tzinfo is None:
        raise _fail(say("bundle.json is malformed: 'created' has no time zone."))
    return created


def _parse_model(kind: str, value: object) -> dict[str, str]:
    if not isinstance(value, dict) or len(value) > limits.MAX_MODEL_FIELDS:
        raise _fail(say("bundle.json is malformed: 'model' must be an object of text fields."))
    model = {str(k)[:40]: _text(v, f"model.{str(k)[:40]}") for k, v in value.items()}
    if kind == "model":
        for field in ("format", "license", "model_card"):
            if not model.get(field):
                raise _fail(say("bundle.json is malformed: a model bundle needs 'model.{field}'.", field=field))
    return model


def _parse_parts(target: TargetFile, relpath: str) -> tuple[Part, ...]:
    custom = target.unrecognized_fields.get("custom")
    if custom is None:
        return ()
    raw_parts = custom.get("parts") if isinstance(custom, dict) else None
    file = repr(relpath)
    if not isinstance(raw_parts, list) or not limits.MIN_PARTS <= len(raw_parts) <= limits.MAX_PARTS:
        raise _fail(
            say(
                "bundle.json is malformed: the parts of {file} must be a list of 2 to {most} entries.",
                file=file,
                most=limits.MAX_PARTS,
            )
        )
    parts = []
    for index, entry in enumerate(raw_parts):
        if not isinstance(entry, dict):
            raise _fail(
                say("bundle.json is malformed: part {index} of {file} is not an object.", index=index, file=file)
            )
        length, digest = entry.get("length"), entry.get("sha256")
        if not isinstance(length, int) or isinstance(length, bool) or not 0 < length <= limits.MAX_FILE_LENGTH:
            raise _fail(
                say("bundle.json is malformed: part {index} of {file} has a bad length.", index=index, file=file)
            )
        if not isinstance(digest, str) or _SHA256.fullmatch(digest) is None:
            raise _fail(
                say("bundle.json is malformed: part {index} of {file} has a bad sha256.", index=index, file=file)
            )
        parts.append(Part(part_name(relpath, index), length, digest))
    if sum(p.length for p in parts) != target.length:
        raise _fail(say("bundle.json is malformed: the parts of {file} do not add up to its length.", file=file))
    return tuple(parts)


def _parse_file(key: str, target: TargetFile, prefix: str) -> ManifestFile:
    if not key.startswith(prefix):
        raise UnsafePath(
            say(
                "Manifest entry {entry} lies outside the bundle's namespace {namespace}.",
                entry=repr(key[:200]),
                namespace=repr(prefix),
            ),
            _UNSAFE,
        )
    relpath = check_relative_path(key[len(prefix) :])
    file = repr(relpath)
    if ends_like_part(relpath):
        raise _fail(
            say(
                "bundle.json is malformed: file name {file} ends like a split part; rename it before building.",
                file=file,
            )
        )
    if set(target.hashes) != {"sha256"} or _SHA256.fullmatch(str(target.hashes["sha256"])) is None:
        raise _fail(
            say("bundle.json is malformed: {file} must carry exactly one lowercase hex sha256 hash.", file=file)
        )
    if isinstance(target.length, bool) or not 0 <= target.length <= limits.MAX_FILE_LENGTH:
        raise _fail(
            say(
                "bundle.json is malformed: {file} has a length outside 0..{most}.",
                file=file,
                most=limits.MAX_FILE_LENGTH,
            )
        )
    return ManifestFile(relpath, target.length, target.hashes["sha256"], _parse_parts(target, relpath))


def _check_names(files: list[ManifestFile]) -> None:
    """Refuse file names that collide when case is folded or that clash with a directory."""
    seen: dict[str, str] = {}
    directories: set[str] = set()
    for entry in files:
        for name in entry.medium_names():
            folded = name.casefold()
            if folded in seen:
                msg = say(
                    "Payload names {first} and {second} collide when letter case is ignored.",
                    first=repr(seen[folded]),
                    second=repr(name),
                )
                raise CaseFoldCollision(
                    msg, say("Such a bundle cannot be stored on every medium; ask the publisher to rename.")
                )
            seen[folded] = name
            parts = folded.split("/")
            directories.update("/".join(parts[:i]) for i in range(1, len(parts)))
    clash = directories.intersection(seen)
    if clash:
        name = seen[min(clash)]
        raise _fail(say("bundle.json is malformed: {name} is both a file and a directory.", name=repr(name)))


def load_envelope(raw: bytes) -> tuple[Metadata[Targets], BundleInfo]:
    """Parse bundle.json just far enough to know which role must have signed it.

    Raises `ManifestTooLarge` or `ManifestMalformed`; trusts nothing yet.
    """
    if len(raw) > limits.MAX_MANIFEST_BYTES:
        msg = say(
            "bundle.json is {size} bytes, above the limit of {limit}.", size=len(raw), limit=limits.MAX_MANIFEST_BYTES
        )
        raise ManifestTooLarge(msg, say("This is not a bundle Airlock can import; ask the publisher."))
    try:
        metadata = Metadata[Targets].from_bytes(raw)
    except (DeserializationError, RepositoryError, ValueError, KeyError, TypeError) as exc:
        raise _fail(
            say("bundle.json is malformed: it is not valid TUF targets metadata (truncated or altered?).")
        ) from exc
    if not isinstance(metadata.signed, Targets):
        raise _fail(
            say(
                "bundle.json is malformed: it holds '{type}' metadata, not a bundle's targets.",
                type=metadata.signed.type,
            )
        )
    if metadata.signed.delegations is not None:
        raise _fail(say("bundle.json is malformed: a bundle manifest may not delegate to other roles."))
    if len(metadata.signatures) > limits.MAX_SIGNATURES:
        raise _fail(
            say("bundle.json is malformed: it carries more than {most} signatures.", most=limits.MAX_SIGNATURES)
        )
    return metadata, parse_info(metadata.signed.unrecognized_fields.get("custom"))


def parse_files(metadata: Metadata[Targets], info: BundleInfo) -> tuple[ManifestFile, ...]:
    """The payload files a verified manifest lists, after every name and size check."""
    targets = metadata.signed.targets
    if not targets:
        raise _fail(say("bundle.json is malformed: it lists no payload files."))
    if len(targets) > limits.MAX_FILES:
        raise _fail(
            say(
                "bundle.json is malformed: it lists {count} files, above the limit of {most}.",
                count=len(targets),
                most=limits.MAX_FILES,
            )
        )
    prefix = f"{info.identity}/"
    files = sorted((_parse_file(key, target, prefix) for key, target in targets.items()), key=lambda f: f.path)
    _check_names(files)
    if info.type == "model" and info.model.get("model_card") not in {f.path for f in files}:
        raise _fail(
            say(
                "bundle.json is malformed: the model card {card} is not one of the payload files.",
                card=repr(info.model.get("model_card")),
            )
        )
    if info.sbom and info.sbom["path"] not in {f.path for f in files}:
        raise _fail(
            say("bundle.json is malformed: the SBOM {sbom} is not one of the payload files.",
                sbom=repr(info.sbom["path"][:200]))
        )
    return tuple(files)


def parse_manifest(raw: bytes) -> Manifest:
    """Envelope and files in one call (for tools and tests; `verify` interleaves signatures)."""
    metadata, info = load_envelope(raw)
    return Manifest(metadata, raw, info, parse_files(metadata, info))


def custom_of(info: dict[str, Any]) -> dict[str, Any]:
    """The `custom` dict for a new manifest (used by the publisher side)."""
    return {"format": FORMAT_VERSION, **info}
