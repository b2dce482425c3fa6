"""pytest fixtures for real lab nodes and nodes enrolled in a test vault.

Import them where needed (`from tests.lab.node_fixtures import lab_fixture`); the
lab is stopped (every sshd by pid, every account removed) when the test ends.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.lab.nodes import Lab, LabNode, start_lab

if TYPE_CHECKING:
    from tests.conftest import Vault

needs_sshd = pytest.mark.skipif(
    not Path("/usr/sbin/sshd").exists()
    or (shutil.which("ansible-playbook") is None and not (Path(sys.executable).parent / "ansible-playbook").exists()),
    reason="the lab needs /usr/sbin/sshd (apt-get install -y openssh-server) and ansible-playbook on PATH",
)


@pytest.fixture(name="lab")
def lab_fixture(tmp_path: Path) -> Iterator[Callable[..., Lab]]:
    """A factory: `lab(["t4", "a100-mig"])` starts one node per profile."""
    started: list[Lab] = []

    def start(profiles: list[str], *, passwords: dict[int, str] | None = None) -> Lab:
        made = start_lab(tmp_path / f"lab{len(started)}", profiles, passwords=passwords)
        started.append(made)
        return made

    yield start
    for made in started:
        made.stop()


@dataclass
class BootstrapKey:
    """A throwaway key pair a lab node accepts before enrolment."""

    private: Path
    public_line: str


@pytest.fixture(name="bootstrap_key")
def bootstrap_key_fixture(tmp_path: Path) -> BootstrapKey:
    """An Ed25519 key pair for first contact."""
    path = tmp_path / "keys" / "bootstrap"
    path.parent.mkdir(mode=0o700)
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "bootstrap", "-f", str(path)], check=True)
    return BootstrapKey(path, path.with_suffix(".pub").read_text().strip())


def enroll_args(node: LabNode, key: BootstrapKey, *, fingerprint: str | None = None, labels: list[str] | None = None) -> list[str]:
    """`airlock node enroll` arguments for a lab node."""
    args = ["node", "enroll", node.name, "--address", node.address, "--port", str(node.port), "--user", node.user,
            "--bootstrap-key", str(key.private), "--fingerprint", fingerprint or node.host_key_fingerprint(),
            *node.var_args()]
    for label in labels or []:
        args += ["--label", label]
    return args


def enroll_in_session(
    session: object,
    made: Lab,
    key: BootstrapKey,
    labels: dict[str, list[str]] | None = None,
    *,
    extra_variables: Callable[[LabNode], dict[str, str]] | None = None,
) -> None:
    """Enrol every node of a lab through the service (fast; the CLI path has its own tests)."""
    from app.core.ssh import Bootstrap

    for node in made.nodes:
        made.authorize(node, key.public_line)
        variables = {**node.variables, **(extra_variables(node) if extra_variables else {})}
        session.enroll_node(  # type: ignore[attr-defined]
            node.name, node.address, node.user, Bootstrap(key_path=key.private), port=node.port,
            fingerprint=node.host_key_fingerprint(), labels=(labels or {}).get(node.name, []),
            variables=[f"{k}={v}" for k, v in variables.items()],
        )


def deploy_variables(node: LabNode) -> dict[str, str]:
    """Node variables for deploy tests: no service manager; a serving restart touches a file."""
    return {
        "airlock_service_manager": "none",
        "airlock_serving_restart_command": f"/usr/bin/touch {node.home}/airlock/serving-restarted",
    }


def enroll_with_clearances(vault: Vault, made: Lab, key: BootstrapKey, clearances: list[str]) -> None:
    """Enrol a lab's nodes for deploy tests, node i with the clearance label `clearances[i]`."""
    labels = {node.name: [f"clearance={c}"] for node, c in zip(made.nodes, clearances, strict=True)}
    with vault.open() as session:
        enroll_in_session(session, made, key, labels, extra_variables=deploy_variables)


# The names other test modules import (the fixtures are registered as "lab" and "bootstrap_key").
lab = lab_fixture
bootstrap_key = bootstrap_key_fixture
