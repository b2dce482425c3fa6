"""Reading the audit trail the way an auditor does: through the real `airlock audit list`."""

from __future__ import annotations

import json
from typing import Any


def audited(vault: Any, action: str) -> list[dict[str, Any]]:
    """Every entry of `action`, oldest first (from `airlock audit list --json`)."""
    done = vault.cli("audit", "list", "--json", "--limit", "500")
    assert done.returncode == 0, done.stderr
    return sorted((e for e in json.loads(done.stdout) if e["action"] == action), key=lambda e: e["seq"])
