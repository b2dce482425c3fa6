"""Software bills of materials carried in a bundle: SPDX 2.x or CycloneDX 1.x, as JSON.

A publisher adds one with `bundle build --sbom FILE`. It travels as a payload file, so the
manifest's signature covers its bytes; the manifest's signed `custom.sbom` names that file
and its format. Verification reads it (bounded, hashed against the manifest) only after the
manifest verified, and refuses a bundle whose SBOM is not a well-formed document of the
format it claims. What Airlock shows of it: each component's name, version, licenses,
supplier and package URL, and the licenses across all components.

Parsing is strict about structure and bounded in size; values are kept as text and never
interpreted (an SPDX license expression is shown as written).
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from app.core.bundles.errors import BundleError, ManifestMalformed
from app.core.messages import Message, say, template

SPDX: Final = "spdx"
CYCLONEDX: Final = "cyclonedx"
FORMATS: Final = (SPDX, CYCLONEDX)
MAX_SBOM_BYTES: Final = 16 * 1024 * 1024
MAX_COMPONENTS: Final = 50_000
MAX_DEPTH: Final = 16
MAX_FIELD_CHARS: Final = 2_048
_SPDX_VERSION: Final = re.compile(r"^SPDX-2\.[0-9]$")
_CYCLONEDX_VERSION: Final = re.compile(r"^1\.[0-9]$")
_ASK: Final = template("Ask the publisher for a bundle with a valid SBOM.")


class SbomInvalid(BundleError):
    """The bundle's SBOM is missing, too large, altered or not a well-formed SPDX/CycloneDX document."""

    reason = "sbom-invalid"


@dataclass(frozen=True)
class Component:
    """One package or component the SBOM lists."""

    name: str
    version: str
    licenses: tuple[str, ...]
    supplier: str
    purl: str

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "version": self.version, "licenses": list(self.licenses),
                "supplier": self.supplier, "purl": self.purl}


@dataclass(frozen=True)
class Sbom:
    """A parsed SBOM: its format and what it lists."""

    format: str
    spec_version: str
    name: str
    components: tuple[Component, ...]

    def licenses(self) -> dict[str, int]:
        """Each license (or expression) and how many components carry it; "unknown" for none."""
        counts: Counter[str] = Counter()
        for component in self.components:
            counts.update(component.licenses or ("unknown",))
        return dict(sorted(counts.items()))

    def to_json(self) -> dict[str, Any]:
        return {"format": self.format, "spec_version": self.spec_version, "name": self.name,
                "components": [c.to_json() for c in self.components], "licenses": self.licenses()}

    def summary(self) -> dict[str, Any]:
        """What `bundle verify` and the audit say of it: no component list."""
        return {"format": self.format, "spec_version": self.spec_version, "components": len(self.components),
                "licenses": sorted(self.licenses())}


def _invalid(message: Message) -> SbomInvalid:
    return SbomInvalid(message, say(_ASK))


def _text(value: object, where: str, *, required: bool = False) -> str:
    if value is None and not required:
        return ""
    if not isinstance(value, str) or (required and not value.strip()) or len(value) > MAX_FIELD_CHARS:
        raise _invalid(say("The SBOM is malformed: {field} must be text of at most {limit} characters.",
                           field=where, limit=MAX_FIELD_CHARS))
    return value


def _list(value: object, where: str) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise _invalid(say("The SBOM is malformed: {field} must be a list.", field=where))
    return value


def _object(value: object, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _invalid(say("The SBOM is malformed: {field} must be an object.", field=where))
    return value


def _refuse_constant(name: str) -> float:
    raise ValueError(name)


def _load(raw: bytes) -> dict[str, Any]:
    if len(raw) > MAX_SBOM_BYTES:
        raise _invalid(say("The SBOM is {size} bytes, above the limit of {limit}.", size=len(raw),
                           limit=MAX_SBOM_BYTES))
    try:
        document = json.loads(raw.decode("utf-8"), parse_constant=_refuse_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise _invalid(say("The SBOM is not valid UTF-8 JSON.")) from exc
    return _object(document, "the document")


def _spdx_licenses(package: dict[str, Any], where: str) -> tuple[str, ...]:
    found = []
    for key in ("licenseConcluded", "licenseDeclared"):
        value = _text(package.get(key), f"{where}.{key}")
        if value and value not in ("NOASSERTION", "NONE") and value not in found:
            found.append(value)
    return tuple(found)


def _spdx_purl(package: dict[str, Any], where: str) -> str:
    for index, item in enumerate(_list(package.get("externalRefs"), f"{where}.externalRefs")):
        ref = _object(item, f"{where}.externalRefs[{index}]")
        if ref.get("referenceType") == "purl":
            return _text(ref.get("referenceLocator"), f"{where}.externalRefs[{index}].referenceLocator")
    return ""


def _parse_spdx(document: dict[str, Any]) -> Sbom:
    version = _text(document.get("spdxVersion"), "spdxVersion", required=True)
    if not _SPDX_VERSION.match(version):
        raise _invalid(say("The SBOM says SPDX version {version}; Airlock reads SPDX 2.x JSON.",
                           version=repr(version[:20])))
    if document.get("SPDXID") != "SPDXRef-DOCUMENT":
        raise _invalid(say("The SBOM is malformed: {field} must be {value}.", field="SPDXID",
                           value="SPDXRef-DOCUMENT"))
    for key in ("dataLicense", "name", "documentNamespace"):
        _text(document.get(key), key, required=True)
    creation = _object(document.get("creationInfo"), "creationInfo")
    _text(creation.get("created"), "creationInfo.created", required=True)
    if not _list(creation.get("creators"), "creationInfo.creators"):
        raise _invalid(say("The SBOM is malformed: {field} must name at least one creator.",
                           field="creationInfo.creators"))
    packages = _list(document.get("packages"), "packages")
    _check_count(len(packages))
    components = []
    for index, raw in enumerate(packages):
        where = f"packages[{index}]"
        package = _object(raw, where)
        spdx_id = _text(package.get("SPDXID"), f"{where}.SPDXID", required=True)
        if not spdx_id.startswith("SPDXRef-"):
            raise _invalid(say("The SBOM is malformed: {field} must start with {prefix}.", field=f"{where}.SPDXID",
                               prefix="SPDXRef-"))
        _text(package.get("downloadLocation"), f"{where}.downloadLocation", required=True)
        components.append(Component(
            _text(package.get("name"), f"{where}.name", required=True),
            _text(package.get("versionInfo"), f"{where}.versionInfo"),
            _spdx_licenses(package, where),
            _text(package.get("supplier"), f"{where}.supplier"),
            _spdx_purl(package, where),
        ))
    return Sbom(SPDX, version, str(document["name"]), tuple(components))


def _cyclonedx_licenses(component: dict[str, Any], where: str) -> tuple[str, ...]:
    found: list[str] = []
    for index, item in enumerate(_list(component.get("licenses"), f"{where}.licenses")):
        entry = _object(item, f"{where}.licenses[{index}]")
        if "expression" in entry:
            found.append(_text(entry["expression"], f"{where}.licenses[{index}].expression", required=True))
            continue
        licence = _object(entry.get("license"), f"{where}.licenses[{index}].license")
        named = licence.get("id", licence.get("name"))
        found.append(_text(named, f"{where}.licenses[{index}].license.id", required=True))
    return tuple(dict.fromkeys(found))


def _cyclonedx_components(items: object, where: str, depth: int, out: list[Component]) -> None:
    if depth > MAX_DEPTH:
        raise _invalid(say("The SBOM nests components more than {depth} deep.", depth=MAX_DEPTH))
    for index, raw in enumerate(_list(items, where)):
        here = f"{where}[{index}]"
        component = _object(raw, here)
        _text(component.get("type"), f"{here}.type", required=True)
        supplier = component.get("supplier")
        out.append(Component(
            _text(component.get("name"), f"{here}.name", required=True),
            _text(component.get("version"), f"{here}.version"),
            _cyclonedx_licenses(component, here),
            _text(_object(supplier, f"{here}.supplier").get("name"), f"{here}.supplier.name") if supplier else "",
            _text(component.get("purl"), f"{here}.purl"),
        ))
        _check_count(len(out))
        _cyclonedx_components(component.get("components"), f"{here}.components", depth + 1, out)


def _parse_cyclonedx(document: dict[str, Any]) -> Sbom:
    version = _text(document.get("specVersion"), "specVersion", required=True)
    if not _CYCLONEDX_VERSION.match(version):
        raise _invalid(say("The SBOM says CycloneDX version {version}; Airlock reads CycloneDX 1.x JSON.",
                           version=repr(version[:20])))
    if "version" in document and (not isinstance(document["version"], int) or isinstance(document["version"], bool)):
        raise _invalid(say("The SBOM is malformed: {field} must be a whole number.", field="version"))
    metadata = _object(document.get("metadata", {}), "metadata")
    subject = _object(metadata.get("component", {}), "metadata.component")
    components: list[Component] = []
    _cyclonedx_components(document.get("components"), "components", 0, components)
    return Sbom(CYCLONEDX, version, _text(subject.get("name"), "metadata.component.name"), tuple(components))


def _check_count(count: int) -> None:
    if count > MAX_COMPONENTS:
        raise _invalid(say("The SBOM lists more than {limit} components.", limit=MAX_COMPONENTS))


def detect_format(document: dict[str, Any]) -> str:
    """`spdx` or `cyclonedx`, from the document's own marker."""
    if document.get("bomFormat") == "CycloneDX":
        return CYCLONEDX
    if "spdxVersion" in document:
        return SPDX
    raise _invalid(say("The SBOM is neither SPDX (spdxVersion) nor CycloneDX (bomFormat) JSON."))


def parse_sbom(raw: bytes, expected_format: str | None = None) -> Sbom:
    """Parse and check an SBOM; with `expected_format`, it must be that format."""
    document = _load(raw)
    found = detect_format(document)
    if expected_format is not None and found != expected_format:
        raise _invalid(say("The SBOM is {found}, but the manifest says {expected}.", found=found,
                           expected=expected_format))
    return _parse_spdx(document) if found == SPDX else _parse_cyclonedx(document)


# -- the manifest's reference to it --------------------------------------------------------------


def parse_reference(value: object) -> dict[str, str]:
    """The signed `custom.sbom` of a manifest: {"path": ..., "format": ...}; {} when absent."""
    if value is None:
        return {}
    if (not isinstance(value, dict) or set(value) != {"path", "format"} or value["format"] not in FORMATS
            or not isinstance(value["path"], str) or not value["path"]):
        raise ManifestMalformed(
            say("bundle.json is malformed: 'sbom' must name a payload file and its format (spdx or cyclonedx)."),
            say("Ask the publisher for a new bundle."),
        )
    return {"path": value["path"], "format": value["format"]}


def read_sources(paths: Iterable[Path], length: int, sha256: str) -> bytes:
    """An SBOM's bytes from the medium (its parts in order), checked against the manifest."""
    if length > MAX_SBOM_BYTES:
        raise _invalid(say("The SBOM is {size} bytes, above the limit of {limit}.", size=length,
                           limit=MAX_SBOM_BYTES))
    data = bytearray()
    for path in paths:
        with path.open("rb") as handle:
            data += handle.read(length + 1 - len(data))
    if len(data) != length or hashlib.sha256(data).hexdigest() != sha256:
        raise _invalid(say("The SBOM on the medium is not the one the manifest signs."))
    return bytes(data)
