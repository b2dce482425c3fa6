"""Node inventory: validation, fingerprints, selection patterns, known_hosts."""

from __future__ import annotations

import base64
import subprocess
from pathlib import Path

import pytest

from app.core import inventory
from app.core.errors import UsageError
from app.core.inventory import HostKeyPin, Node


def test_fingerprint_matches_ssh_keygen(tmp_path: Path) -> None:
    key = tmp_path / "k"
    subprocess.run(["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", str(key)], check=True)
    key_type, blob, *_ = key.with_suffix(".pub").read_text().split()
    expected = subprocess.run(["ssh-keygen", "-l", "-E", "sha256", "-f", str(key) + ".pub"],
                              check=True, capture_output=True, text=True).stdout.split()[1]
    pin = inventory.parse_pin(key_type, blob)
    assert pin.fingerprint == expected
    assert inventory.normalize_fingerprint(f"  {expected}= ") == expected


@pytest.mark.parametrize("text", ["", "SHA256:short", "MD5:" + "a" * 43, "SHA256:" + "!" * 43, "sha256:" + "A" * 43])
def test_bad_fingerprints_are_refused(text: str) -> None:
    with pytest.raises(UsageError, match="is not an SSH host key fingerprint"):
        inventory.normalize_fingerprint(text)


def test_pins_are_checked() -> None:
    blob = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519" + b"\x00" * 36).decode()
    assert inventory.parse_pin("ssh-ed25519", blob) == HostKeyPin("ssh-ed25519", blob)
    with pytest.raises(UsageError, match="not one Airlock pins"):
        inventory.parse_pin("ssh-dss", blob)
    with pytest.raises(UsageError, match="not valid base64"):
        inventory.parse_pin("ssh-ed25519", "!!!")
    with pytest.raises(UsageError, match="does not hold a ssh-rsa key"):
        inventory.parse_pin("ssh-rsa", blob)


@pytest.mark.parametrize(("function", "value", "words"), [
    (inventory.validate_name, "Bad_Name", "not a valid node name"),
    (inventory.validate_name, "-x", "not a valid node name"),
    (inventory.validate_address, "10.0.0.1; rm -rf /", "not an IP address"),
    (inventory.validate_address, "a..b", "not an IP address"),
    (inventory.validate_user, "root; id", "not a valid account name"),
])
def test_bad_fields_are_refused(function: object, value: str, words: str) -> None:
    with pytest.raises(UsageError, match=words):
        function(value)  # type: ignore[operator]


def test_good_fields() -> None:
    assert inventory.validate_address("GPU-A1.Lab") == "gpu-a1.lab"
    assert inventory.validate_address("fd00::1") == "fd00::1"
    assert inventory.validate_port(2222) == 2222
    with pytest.raises(UsageError, match="out of range"):
        inventory.validate_port(70000)


def test_labels_and_variables() -> None:
    assert inventory.parse_labels(["site=north", "roles=gpu+serving", "clearance=secret"]) == {
        "site": "north", "roles": "gpu+serving", "clearance": "secret"}
    for bad in (["site"], ["Site=x"], ["site=a b"], ["roles=gpu+"]):
        with pytest.raises(UsageError):
            inventory.parse_labels(bad)
    assert inventory.parse_variables(["airlock_root=/srv/a"]) == {"airlock_root": "/srv/a"}
    for bad in (["ansible_user=root"], ["airlock_root="], ["root=/x"]):
        with pytest.raises(UsageError, match="airlock_NAME=VALUE"):
            inventory.parse_variables(bad)


NODES = [
    Node("gpu-01", "10.0.0.1", 22, "a", {"site": "north", "roles": "gpu+serving", "zone": "a"}),
    Node("gpu-02", "10.0.0.2", 22, "a", {"site": "north", "roles": "gpu", "zone": "b"}),
    Node("gpu-03", "10.0.0.3", 22, "a", {"site": "south", "roles": "serving"}),
    Node("cpu-01", "10.0.0.4", 22, "a", {"site": "south"}),
]


@pytest.mark.parametrize(("pattern", "names"), [
    (None, ["gpu-01", "gpu-02", "gpu-03", "cpu-01"]),
    ("all", ["gpu-01", "gpu-02", "gpu-03", "cpu-01"]),
    ("gpu-*", ["gpu-01", "gpu-02", "gpu-03"]),
    ("site=north", ["gpu-01", "gpu-02"]),
    ("roles=serving", ["gpu-01", "gpu-03"]),
    ("roles=serv*&site=south", ["gpu-03"]),
    ("gpu-*,!roles=serving", ["gpu-02"]),
    ("!site=north", ["gpu-03", "cpu-01"]),
    ("cpu-01,gpu-02", ["gpu-02", "cpu-01"]),
    ("zone=c", []),
])
def test_selection_patterns(pattern: str | None, names: list[str]) -> None:
    assert [n.name for n in inventory.select(NODES, pattern)] == names


def test_an_empty_pattern_is_refused() -> None:
    with pytest.raises(UsageError, match="has no terms"):
        inventory.select(NODES, ", ,")


def test_known_hosts_lines() -> None:
    pin = HostKeyPin("ssh-ed25519", "AAAA")
    nodes = [Node("a", "10.0.0.1", 22, "u", pins=(pin,)), Node("b", "127.0.0.1", 2201, "u", pins=(pin,)),
             Node("c", "10.0.0.3", 22, "u")]
    assert inventory.known_hosts(nodes) == "10.0.0.1 ssh-ed25519 AAAA\n[127.0.0.1]:2201 ssh-ed25519 AAAA\n"
    assert inventory.known_hosts([]) == ""
