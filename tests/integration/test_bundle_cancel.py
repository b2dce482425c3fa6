"""Cancelling an import through the service: nothing imported, nothing staged, audited."""

from __future__ import annotations

import random
import threading
from pathlib import Path

import pytest

from app.core.bundles import store
from app.core.bundles.errors import ImportCancelled
from tests.conftest import Vault
from tests.lab.bundle_factory import TrustLab


def test_cancel_during_import_leaves_the_store_as_it_was(tmp_path: Path, vault: Vault) -> None:
    lab = TrustLab(tmp_path / "lab")
    rng = random.Random(11)
    files = {"README.md": b"# cancel card\n", **{f"w{i}.bin": rng.randbytes(6 << 20) for i in range(4)}}
    bundle = lab.build("cancelled", files=files, split_size=4 << 20)
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int, _message: str) -> None:
        seen.append((done, total))
        cancel.set()  # the operator presses Cancel as soon as the import reports

    with vault.open() as session:
        session.trust_init(lab.root_json, lab.fingerprint)
        before = store.stored_objects(vault.data_dir)
        with pytest.raises(ImportCancelled, match="cancelled; nothing was imported"):
            session.import_bundle(bundle, progress, cancel)
        assert session.list_bundles() == []
        refusal = session.audit_entries(limit=5, action="bundle.import")
    assert seen
    assert seen[-1][0] < seen[-1][1]
    assert store.stored_objects(vault.data_dir) == before
    assert not list((vault.data_dir / "store").glob(".staging-*"))
    assert refusal
    assert refusal[0].outcome != "ok"
    assert refusal[0].details["rejection"] == "cancelled"
