"""Health verdicts from the raw outputs the health playbook returns."""

from __future__ import annotations

import pytest

from app.core import health
from tests.lab.nodes import KERNEL_LOGS, NVIDIA_DIR

DF_OK = """Filesystem     1024-blocks      Used Available Capacity Mounted on
/dev/sda1         41152736  10485760  28550000      27% /
/dev/sdb1        976762584 100000000 876762584      11% /srv/airlock
"""
DF_FULL = """Filesystem     1024-blocks      Used Available Capacity Mounted on
/dev/sda1         41152736  40000000   1152736      98% /
/dev/sdb1        976762584 900000000  76762584      93% /srv/airlock
"""
DCGM_FAIL = """Successfully ran diagnostic for group.
+---------------------------+------------------------------------------------+
| Diagnostic                | Result                                         |
+===========================+================================================+
|-----  Metadata  ----------+------------------------------------------------|
| DCGM Version              | 3.3.5                                          |
|-----  Deployment  --------+------------------------------------------------|
| Denylist                  | Pass                                           |
| NVML Library              | Pass                                           |
| CUDA Main Library         | Pass                                           |
| Permissions and OS Blocks | Pass                                           |
| Persistence Mode          | Warn                                           |
| Environment Variables     | Pass                                           |
| Page Retirement/Row Remap | Fail                                           |
| Graphics Processes        | Pass                                           |
| Inforom                   | Pass                                           |
+---------------------------+------------------------------------------------+
"""


def _report(profile: str, **extra: object) -> dict[str, object]:
    report: dict[str, object] = {
        "nvidia_smi": {"rc": 0, "stdout": (NVIDIA_DIR / profile / "q.xml").read_text()},
        "dcgmi": {"installed": False, "rc": 127, "stdout": ""},
        "kernel_log": KERNEL_LOGS.get(profile, []),
        "df": DF_OK,
        "service": {"name": "airlock-serving", "state": "active"},
    }
    report.update(extra)
    return report


def test_a_healthy_node() -> None:
    result = health.evaluate(_report("t4"))
    assert (result.status, result.reasons) == ("healthy", [])
    assert "DCGM is not installed; dcgmi diag was skipped." in result.notes


def test_ecc_errors_retired_pages_and_fatal_xids_make_a_node_unhealthy() -> None:
    result = health.evaluate(_report("t4-ecc-retired"))
    assert result.status == "unhealthy"
    assert any("1 uncorrectable ECC error since the driver loaded" in r for r in result.reasons)
    assert any("retired pages wait for a GPU reset" in r for r in result.reasons)
    assert "XID 48 (PCI 0000:00:1e): a double-bit ECC error in GPU memory." in result.reasons
    assert ("XID 63 (PCI 0000:00:1e): a memory row was remapped or a page retired after an ECC error; it takes "
            "effect at the next GPU reset.") in result.reasons
    assert result.actions == ["Drain the work from the GPU at PCI 0000:00:1e, then reset it (nvidia-smi -r)."]


def test_a_pending_row_remap_is_degraded() -> None:
    result = health.evaluate(_report("h100-pair"))
    assert result.status == "degraded"
    assert result.reasons == ["GPU 1 (GPU-a1c8f5e2-3b47-1d9e-88f0-62d7c4be0f51): remapped rows wait for a GPU reset."]


@pytest.mark.parametrize(("rc", "stdout", "status"), [(9, "NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver.", "unhealthy"),
                                                       (15, "Unable to determine the device handle for GPU0000:3B:00.0: GPU is lost.", "unhealthy"),
                                                       (124, "", "unhealthy"),
                                                       (127, "", "healthy")])
def test_driver_states(rc: int, stdout: str, status: str) -> None:
    result = health.evaluate(_report("t4", nvidia_smi={"rc": rc, "stdout": stdout}))
    assert result.status == status


def test_dcgm_failures_and_warnings() -> None:
    result = health.evaluate(_report("t4", dcgmi={"installed": True, "rc": 0, "stdout": DCGM_FAIL}))
    assert result.status == "unhealthy"
    assert "dcgmi diag -r 1 failed: Page Retirement/Row Remap." in result.reasons
    assert "dcgmi diag -r 1 warned: Persistence Mode." in result.reasons


def test_disk_space_and_service_state() -> None:
    result = health.evaluate(_report("t4", df=DF_FULL, service={"name": "airlock-serving", "state": "failed"}))
    assert result.status == "unhealthy"
    assert "/: only 2.8% free." in result.reasons
    assert "/srv/airlock: only 7.9% free." in result.reasons
    assert "airlock-serving has failed." in result.reasons


def test_unreadable_inputs_are_notes_not_verdicts() -> None:
    result = health.evaluate({"nvidia_smi": None, "kernel_log": None, "df": None, "service": {"state": "unknown"}})
    assert result.status == "healthy"
    assert "The kernel log could not be read." in result.notes
    assert "Disk space was not measured." in result.notes


def test_garbage_df_and_kernel_lines_are_ignored() -> None:
    assert health.parse_df("garbage\nmore garbage here with words\n") == []
    assert health.xid_events(["NVRM: Xid (PCI:zz): nope", "random"]) == []


@pytest.mark.parametrize(
    ("state", "reason", "note"),
    [
        ("active", None, None),
        ("inactive", "airlock-serving is not running.", None),
        ("activating", "airlock-serving is starting, not active yet.", None),
        ("deactivating", "airlock-serving is stopping.", None),
        ("reloading", "airlock-serving is reloading its configuration.", None),
        ("maintenance", "airlock-serving is maintenance, not active.", None),  # a word systemd may add later
        ("not-found", None, "airlock-serving is not installed on this node."),
        ("unknown", None, "The state of airlock-serving could not be read."),
    ],
)
def test_each_service_state_is_said_in_its_own_sentence(state: str, reason: str | None, note: str | None) -> None:
    result = health.evaluate(_report("t4", service={"name": "airlock-serving", "state": state}))
    assert result.status == ("degraded" if reason else "healthy")
    assert [r for r in result.reasons if "airlock-serving" in r] == ([reason] if reason else [])
    assert [n for n in result.notes if "airlock-serving" in n] == ([note] if note else [])
