"""The self-check a newly installed version runs before it is kept, in-process on a real vault.

test_app_update.py runs it the way an update does (the new version's own process, the data
key on a pipe); here each way it refuses a vault is provoked one at a time.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app import __version__
from app.core import db as dbmod
from app.core.appliance.errors import SelfCheckFailed
from app.core.service import appliance_self_check
from tests.conftest import Vault


@pytest.fixture
def keyed(vault: Vault) -> tuple[Path, bytes]:
    """The vault's data dir and its data key, with no session left open."""
    session = vault.open()
    try:
        key = bytes(session._data_key)  # type: ignore[attr-defined] # what an update hands over
    finally:
        session.close()
    return vault.data_dir, key


def _edit(data_dir: Path, key: bytes, sql: str) -> None:
    conn = dbmod.connect(dbmod.database_path(data_dir), key)
    try:
        conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def test_a_sound_vault_passes(keyed: tuple[Path, bytes]) -> None:
    report = appliance_self_check(*keyed, __version__)
    assert report["ok"] is True
    assert report["version"] == __version__
    assert report["migrated"] is False
    assert report["audit"]["entries"] >= 1  # the vault's creation at least
    assert set(report["schema"]) >= {"core", "nodes"}


def test_code_of_another_version_fails(keyed: tuple[Path, bytes]) -> None:
    with pytest.raises(SelfCheckFailed, match=r"installed as 9\.9\.9"):
        appliance_self_check(*keyed, "9.9.9")


def test_a_wrong_data_key_fails(keyed: tuple[Path, bytes]) -> None:
    data_dir, key = keyed
    with pytest.raises(SelfCheckFailed, match=r"does not open|could not be migrated"):
        appliance_self_check(data_dir, bytes(32), __version__)
    assert appliance_self_check(data_dir, key, __version__)["ok"] is True  # nothing was changed by trying


def test_a_schema_ahead_of_this_version_fails(keyed: tuple[Path, bytes]) -> None:
    data_dir, key = keyed
    _edit(data_dir, key, "INSERT INTO schema_versions(area, version) VALUES ('from-a-later-release', 3)")
    # An area this code does not know is not checked; a known area ahead of it is.
    assert appliance_self_check(data_dir, key, __version__)["ok"] is True
    _edit(data_dir, key, "UPDATE schema_versions SET version = version + 1 WHERE area = 'core'")
    with pytest.raises(SelfCheckFailed, match=r"does not open: .*newer Airlock"):
        appliance_self_check(data_dir, key, __version__)


def test_an_audit_log_that_does_not_verify_fails(keyed: tuple[Path, bytes]) -> None:
    data_dir, key = keyed
    _edit(data_dir, key, "DROP TRIGGER audit_entries_no_update")  # what someone holding the key could do
    _edit(data_dir, key, "UPDATE audit_entries SET entry = CAST(replace(CAST(entry AS TEXT), '\"actor\":\"admin\"',"
                         " '\"actor\":\"eve\"') AS BLOB) WHERE seq = 1")
    with pytest.raises(SelfCheckFailed, match="the audit log does not verify"):
        appliance_self_check(data_dir, key, __version__)
