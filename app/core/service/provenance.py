"""Session actions of the lifecycle room: what an imported bundle is, before it is deployed.

`show_bundle` gathers a bundle's signed facts (type, classification, signers, a model's
format, parameters, license and provenance), its model card (the Markdown file the
manifest names, read from the content store) and its SBOM (components and licenses), so
the command line and the desktop application show the same provenance. Store files are
read through `store.read_object` only, bounded and checked against their SHA-256; their
text is returned as text, never interpreted here.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Final

from app.core.bundles import store
from app.core.bundles.sbom import MAX_SBOM_BYTES, parse_reference, parse_sbom
from app.core.deploy import parse_ref
from app.core.errors import AirlockError, NotFound
from app.core.messages import say

if TYPE_CHECKING:
    from app.core.service.core import SessionCore

    _Base = SessionCore
else:
    _Base = object

SHOW_ACTION: Final = "bundle.show"
MAX_MODEL_CARD_BYTES: Final = 1024 * 1024
_KEEP: Final = frozenset("\n\t")


def card_text(raw: bytes) -> str:
    """A model card's text as it may be shown: UTF-8 (bad bytes replaced), no control characters."""
    text = raw.decode("utf-8", errors="replace").replace("\r\n", "\n")
    return "".join(ch for ch in text if ch in _KEEP or (ch >= " " and ch != "\x7f"))


class BundleProvenance(_Base):
    """Mixin of `Session`: a bundle's provenance, model card and SBOM."""

    def _provenance_row(self, ref: str) -> tuple[Any, ...]:
        wanted = parse_ref(ref)
        columns = ("id, type, name, version, classification, description, size, file_count, role, signers,"
                   " imported_by, imported_at, created, expires, model, manifest, content_digest")
        with self.lock:
            if wanted.version is None:
                row = self.db.execute(
                    f"SELECT {columns} FROM bundles WHERE name = ? ORDER BY id DESC LIMIT 1",  # noqa: S608 - fixed
                    (wanted.name,),
                ).fetchone()
            else:
                row = self.db.execute(
                    f"SELECT {columns} FROM bundles WHERE name = ? AND version = ?",  # noqa: S608 - fixed
                    (wanted.name, wanted.version),
                ).fetchone()
        if row is None:
            raise NotFound(say("No imported bundle {bundle}.", bundle=wanted),
                           say("See `airlock bundle list`; import it first."))
        return tuple(row)

    def _stored_file(self, bundle_id: int, path: str, limit: int) -> bytes:
        with self.lock:
            row = self.db.execute(
                "SELECT sha256 FROM bundle_files WHERE bundle_id = ? AND path = ?", (bundle_id, path)
            ).fetchone()
        if row is None:
            raise NotFound(say("The bundle lists no file {path}.", path=path[:200]),
                           say("Run `airlock bundle check-store`."))
        return store.read_object(self.data_dir, str(row[0]), limit, self._store_key)  # type: ignore[attr-defined]

    def show_bundle(self, ref: str) -> dict[str, Any]:
        """An imported bundle with its model metadata, model card and SBOM (the newest version by default).

        `model_card` and `sbom` are None when the bundle has none; when one cannot be read,
        its `problem` says why and the rest is still shown.
        """
        with self.understanding(SHOW_ACTION, ref[:120]):
            row = self._provenance_row(ref)
        (bundle_id, kind, name, version, classification, description, size, files, role, signers, imported_by,
         imported_at, created, expires, model_text, manifest, digest) = row
        self.require(SHOW_ACTION, SHOW_ACTION, f"{name}@{version}")
        model = json.loads(model_text)
        custom = json.loads(bytes(manifest))["signed"]["custom"]
        return {
            "type": kind, "name": name, "version": version, "classification": classification,
            "description": description, "size": size, "files": files, "role": role, "signers": json.loads(signers),
            "imported_by": imported_by, "imported_at": imported_at, "created": created, "expires": expires,
            "content_digest": digest, "model": model,
            "model_card": self._model_card(int(bundle_id), model.get("model_card")),
            "sbom": self._sbom(int(bundle_id), parse_reference(custom.get("sbom"))),
        }

    def _model_card(self, bundle_id: int, path: str | None) -> dict[str, Any] | None:
        if not path:
            return None
        try:
            text = card_text(self._stored_file(bundle_id, path, MAX_MODEL_CARD_BYTES))
        except AirlockError as exc:
            return {"path": path, "text": None, "problem": str(exc)}
        return {"path": path, "text": text, "problem": None}

    def _sbom(self, bundle_id: int, reference: dict[str, str]) -> dict[str, Any] | None:
        if not reference:
            return None
        try:
            parsed = parse_sbom(self._stored_file(bundle_id, reference["path"], MAX_SBOM_BYTES), reference["format"])
        except AirlockError as exc:
            return {"path": reference["path"], "format": reference["format"], "problem": str(exc)}
        return {"path": reference["path"], "problem": None, **parsed.to_json()}
