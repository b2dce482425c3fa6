"""pytest fixtures for rootfs lab nodes (tests/lab/rootfs.py); use as a plugin:

    pytest_plugins = ["tests.lab.rootfs_conftest"]

Every node is torn down when the test ends: its processes by pid, its network namespace
(with its veth pair) and its root file system copy.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.lab.rootfs import MISSING_REASON, RootfsLab, rootfs_lab_available, start_rootfs_lab


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Skip tests that use the rootfs lab where it cannot run."""
    if rootfs_lab_available():
        return
    for item in items:
        if "rootfs_lab" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.skip(reason=MISSING_REASON))


@pytest.fixture
def rootfs_lab(tmp_path: Path) -> Iterator[Callable[[int], RootfsLab]]:
    """A factory: `rootfs_lab(2)` starts two nodes with their own Debian root and namespace."""
    started: list[RootfsLab] = []

    def start(count: int) -> RootfsLab:
        made = start_rootfs_lab(tmp_path / f"rootfs{len(started)}", count)
        started.append(made)
        return made

    yield start
    for made in started:
        made.stop()
