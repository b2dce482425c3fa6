"""SBOM documents: SPDX 2.x and CycloneDX 1.x JSON, read strictly; every malformation refused by name."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from app.core.bundles.sbom import CYCLONEDX, SPDX, SbomInvalid, parse_reference, parse_sbom

SPDX_DOC: dict[str, Any] = {
    "spdxVersion": "SPDX-2.3",
    "dataLicense": "CC0-1.0",
    "SPDXID": "SPDXRef-DOCUMENT",
    "name": "llm",
    "documentNamespace": "https://example.invalid/llm-1",
    "creationInfo": {"created": "2026-01-01T00:00:00Z", "creators": ["Tool: build"]},
    "packages": [
        {"name": "weights", "SPDXID": "SPDXRef-w", "downloadLocation": "NOASSERTION", "versionInfo": "1.0",
         "licenseConcluded": "Apache-2.0", "licenseDeclared": "Apache-2.0", "supplier": "Organization: Lab"},
        {"name": "tokenizer", "SPDXID": "SPDXRef-t", "downloadLocation": "NONE", "licenseConcluded": "NOASSERTION",
         "externalRefs": [{"referenceType": "purl", "referenceLocator": "pkg:pypi/tok@0.2"}]},
    ],
}
CDX_DOC: dict[str, Any] = {
    "bomFormat": "CycloneDX",
    "specVersion": "1.5",
    "version": 1,
    "metadata": {"component": {"type": "machine-learning-model", "name": "llm"}},
    "components": [
        {"type": "library", "name": "torch", "version": "2.3", "licenses": [{"license": {"id": "BSD-3-Clause"}}],
         "purl": "pkg:pypi/torch@2.3", "supplier": {"name": "PyTorch"},
         "components": [{"type": "library", "name": "nested", "licenses": [{"expression": "MIT OR Apache-2.0"}]}]},
        {"type": "data", "name": "corpus", "licenses": [{"license": {"name": "Custom licence"}}]},
    ],
}


def _raw(document: object) -> bytes:
    return json.dumps(document).encode()


def test_spdx_components_and_licenses() -> None:
    sbom = parse_sbom(_raw(SPDX_DOC))
    assert sbom.format == SPDX
    assert sbom.spec_version == "SPDX-2.3"
    assert [c.name for c in sbom.components] == ["weights", "tokenizer"]
    assert sbom.components[0].licenses == ("Apache-2.0",)  # once, though concluded and declared
    assert sbom.components[1].licenses == ()  # NOASSERTION is no license
    assert sbom.components[1].purl == "pkg:pypi/tok@0.2"
    assert sbom.licenses() == {"Apache-2.0": 1, "unknown": 1}


def test_cyclonedx_components_nested_and_expressions() -> None:
    sbom = parse_sbom(_raw(CDX_DOC), CYCLONEDX)
    assert sbom.name == "llm"
    assert [c.name for c in sbom.components] == ["torch", "nested", "corpus"]
    assert sbom.components[0].supplier == "PyTorch"
    assert sbom.licenses() == {"BSD-3-Clause": 1, "Custom licence": 1, "MIT OR Apache-2.0": 1}
    assert sbom.summary() == {"format": "cyclonedx", "spec_version": "1.5", "components": 3,
                              "licenses": ["BSD-3-Clause", "Custom licence", "MIT OR Apache-2.0"]}


def _broken(base: dict[str, Any], path: list[object], value: object) -> bytes:
    document = copy.deepcopy(base)
    target: Any = document
    for step in path[:-1]:
        target = target[step]
    if value is KeyError:
        del target[path[-1]]
    else:
        target[path[-1]] = value
    return _raw(document)


@pytest.mark.parametrize(("base", "path", "value", "named"), [
    (SPDX_DOC, ["spdxVersion"], "SPDX-3.0", "SPDX 2.x"),
    (SPDX_DOC, ["SPDXID"], "SPDXRef-X", "SPDXID"),
    (SPDX_DOC, ["documentNamespace"], KeyError, "documentNamespace"),
    (SPDX_DOC, ["creationInfo", "creators"], [], "creationInfo.creators"),
    (SPDX_DOC, ["creationInfo"], "today", "creationInfo"),
    (SPDX_DOC, ["packages"], {"name": "x"}, "packages"),
    (SPDX_DOC, ["packages", 0, "name"], 7, "packages[0].name"),
    (SPDX_DOC, ["packages", 1, "SPDXID"], "tokenizer", "packages[1].SPDXID"),
    (SPDX_DOC, ["packages", 0, "downloadLocation"], KeyError, "packages[0].downloadLocation"),
    (SPDX_DOC, ["packages", 0, "versionInfo"], "x" * 5000, "packages[0].versionInfo"),
    (CDX_DOC, ["specVersion"], "2.0", "CycloneDX 1.x"),
    (CDX_DOC, ["version"], "1", "version"),
    (CDX_DOC, ["components", 1, "type"], KeyError, "components[1].type"),
    (CDX_DOC, ["components", 0, "licenses", 0], {"license": {}}, "components[0].licenses[0].license.id"),
    (CDX_DOC, ["components", 0, "supplier"], "PyTorch", "components[0].supplier"),
    (CDX_DOC, ["components", 0, "components"], "nested", "components[0].components"),
])
def test_each_malformation_is_refused_by_the_field_it_is_in(
    base: dict[str, Any], path: list[object], value: object, named: str
) -> None:
    with pytest.raises(SbomInvalid) as refused:
        parse_sbom(_broken(base, path, value))
    assert named in str(refused.value)
    assert refused.value.reason == "sbom-invalid"


@pytest.mark.parametrize("raw", [
    b"", b"\xff\xfe", b"[1, 2]", b'{"name": "neither"}', b'{"spdxVersion": NaN}',
    b"[" * 100_000, b'{"bomFormat": "CycloneDX", "specVersion": "1.5", "components": ' + b"[" * 50 + b"]" * 50 + b"}",
])
def test_garbage_is_refused_not_crashed_on(raw: bytes) -> None:
    with pytest.raises(SbomInvalid):
        parse_sbom(raw)


def test_deep_nesting_size_and_format_are_bounded() -> None:
    deep: dict[str, Any] = {"type": "library", "name": "leaf"}
    for _ in range(20):
        deep = {"type": "library", "name": "level", "components": [deep]}
    with pytest.raises(SbomInvalid, match="more than 16 deep"):
        parse_sbom(_raw({**CDX_DOC, "components": [deep]}))
    with pytest.raises(SbomInvalid, match="above the limit"):
        parse_sbom(b" " * (16 * 1024 * 1024 + 1))
    with pytest.raises(SbomInvalid, match="the manifest says spdx"):
        parse_sbom(_raw(CDX_DOC), SPDX)


def test_the_manifest_reference_is_checked() -> None:
    assert parse_reference(None) == {}
    assert parse_reference({"path": "sbom.spdx.json", "format": "spdx"}) == {"path": "sbom.spdx.json",
                                                                           "format": "spdx"}
    for bad in ({"path": "x"}, {"path": "", "format": "spdx"}, {"path": "x", "format": "swid"},
                {"path": "x", "format": "spdx", "extra": 1}, "sbom.json"):
        with pytest.raises(Exception, match="'sbom' must name a payload file"):
            parse_reference(bad)
