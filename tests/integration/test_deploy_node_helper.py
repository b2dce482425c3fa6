"""The node-side helper (playbooks/roles/bundle_switch/files/airlock_node.py), run as on a node.

No SSH here: the helper is started with the system python3 exactly as the transfer and the
bundle_switch role start it, and fed its protocol through pipes. The lab tests
(test_deploy.py) cover the same paths over real sshd.
"""

from __future__ import annotations

import hashlib
import json
import os
import shlex
import subprocess
from pathlib import Path
from typing import Any

import pytest

from app.core.transfer import NODE_HELPER, _helper_command

PYTHON = "/usr/bin/python3"


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Receive:
    """One `receive` session through pipes."""

    def __init__(self) -> None:
        # The same loader the transfer runs over ssh: the helper comes first on the stream.
        source = NODE_HELPER.read_bytes()
        argv = shlex.split(_helper_command(source))
        assert argv[0] == "python3"
        self.proc = subprocess.Popen([PYTHON, *argv[1:]], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert self.proc.stdin is not None
        assert self.proc.stdout is not None
        self.stdin = self.proc.stdin
        self.stdout = self.proc.stdout
        self.stdin.write(source)

    def ask(self, files: list[dict[str, Any]]) -> list[dict[str, Any]]:
        self.stdin.write(json.dumps({"files": files}).encode() + b"\n")
        self.stdin.flush()
        reply = json.loads(self.stdout.readline())
        assert "files" in reply, reply
        return reply["files"]

    def send(self, steps: list[dict[str, Any]], data: bytes) -> tuple[int, dict[str, Any]]:
        self.stdin.write(json.dumps({"send": steps}).encode() + b"\n" + data)
        return self.end()

    def end(self) -> tuple[int, dict[str, Any]]:
        """Close the stream; the helper's last reply and exit status."""
        self.stdin.close()
        reply = json.loads(self.stdout.readline())
        status = self.proc.wait(timeout=60)
        self.stdout.close()
        return status, reply


def _entry(path: Path, data: bytes, record: Path | None) -> dict[str, Any]:
    return {"path": str(path), "length": len(data), "sha256": _sha(data), "record": None if record is None else str(record)}


def test_receive_writes_hashes_and_records_then_reports_complete(tmp_path: Path) -> None:
    data = os.urandom(3 * 1024 * 1024 + 17)
    target = tmp_path / "v" / "1.0" / "weights" / "w.bin"
    record = tmp_path / "v" / "1.0.received.json"
    session = Receive()
    assert session.ask([_entry(target, data, record)]) == [{"path": str(target), "state": "absent"}]
    status, reply = session.send([{"path": str(target), "offset": 0}], data)
    assert status == 0
    assert reply == {"done": [{"path": str(target), "sent": len(data)}]}
    assert target.read_bytes() == data
    assert not Path(f"{target}.partial").exists()
    info = target.stat()
    assert json.loads(record.read_text()) == {"format": 1, "files": {"1.0/weights/w.bin": {
        "sha256": _sha(data), "size": len(data), "mtime_ns": info.st_mtime_ns, "ctime_ns": info.st_ctime_ns,
        "ino": info.st_ino, "dev": info.st_dev}}}
    again = Receive()
    assert again.ask([_entry(target, data, record)]) == [{"path": str(target), "state": "complete"}]
    assert again.send([], b"") == (0, {"done": []})


def test_an_early_end_keeps_the_partial_file_and_the_next_session_resumes_it(tmp_path: Path) -> None:
    data = os.urandom(2 * 1024 * 1024)
    target = tmp_path / "w.bin"
    session = Receive()
    session.ask([_entry(target, data, None)])
    status, reply = session.send([{"path": str(target), "offset": 0}], data[:700_000])
    assert status == 3
    assert reply == {"done": [{"path": str(target), "error": "incomplete", "received": 700_000}]}
    assert Path(f"{target}.partial").read_bytes() == data[:700_000]
    assert not target.exists()

    resumed = Receive()
    [state] = resumed.ask([_entry(target, data, None)])
    assert state == {"path": str(target), "state": "partial", "size": 700_000, "prefix_sha256": _sha(data[:700_000])}
    status, reply = resumed.send([{"path": str(target), "offset": 700_000}], data[700_000:])
    assert (status, reply["done"][0]["sent"]) == (0, len(data) - 700_000)
    assert target.read_bytes() == data


def test_bytes_that_do_not_hash_as_expected_never_become_the_file(tmp_path: Path) -> None:
    data = b"model weights" * 1000
    target = tmp_path / "w.bin"
    session = Receive()
    session.ask([{**_entry(target, data, None), "sha256": _sha(b"other")}])
    status, reply = session.send([{"path": str(target), "offset": 0}], data)
    assert status == 4
    assert reply["done"][0] == {"path": str(target), "error": "mismatch", "sha256": _sha(data)}
    assert not target.exists()
    assert not Path(f"{target}.partial").exists()


def test_resuming_at_an_offset_the_node_did_not_hash_is_refused(tmp_path: Path) -> None:
    data = b"x" * 5000
    target = tmp_path / "w.bin"
    session = Receive()
    session.ask([_entry(target, data, None)])
    status, reply = session.send([{"path": str(target), "offset": 1000}], data[1000:])
    assert status == 2
    assert "cannot resume" in reply["error"]
    assert not target.exists()


@pytest.mark.parametrize("path", ["relative/w.bin", "/a/../etc/w.bin", "//w.bin", "/a/./w.bin", 7])
def test_paths_that_are_not_absolute_and_normalised_are_refused(path: object) -> None:
    session = Receive()
    session.stdin.write(json.dumps({"files": [{"path": path, "length": 1, "sha256": "0" * 64}]}).encode() + b"\n")
    status, reply = session.end()
    assert status == 2
    assert "refused path" in reply["error"]


@pytest.mark.parametrize("line", [b"not json\n", b"[1,2]\n", b'{"files": [{"path": "/x", "length": -1}]}\n', b""])
def test_garbage_requests_are_answered_with_an_error(line: bytes) -> None:
    session = Receive()
    session.stdin.write(line)
    status, reply = session.end()
    assert status == 2
    assert reply["error"]


# -- verify and switch ---------------------------------------------------------------------


class Deployed:
    """A version as the transfer leaves it on a node: files, record, manifest."""

    def __init__(self, base: Path, version: str, files: dict[str, bytes]) -> None:
        self.base = base
        self.version = version
        self.dir = base / "versions" / version
        self.record = base / "versions" / f"{version}.received.json"
        self.manifest = base / "versions" / f"{version}.json"
        entries = [{"path": rel, "length": len(data), "sha256": _sha(data)} for rel, data in files.items()]
        session = Receive()
        session.ask([_entry(self.dir / rel, data, self.record) for rel, data in files.items()])
        status, _reply = session.send([{"path": str(self.dir / rel), "offset": 0} for rel in files],
                                      b"".join(files.values()))
        assert status == 0
        body = {"format": 1, "files": entries, "packages": []}
        self.manifest_data = json.dumps(body, sort_keys=True, separators=(",", ":")).encode() + b"\n"
        self.manifest.write_bytes(self.manifest_data)

    def verify(self, *extra: str, manifest_sha256: str | None = None) -> dict[str, Any]:
        done = subprocess.run(
            [PYTHON, str(NODE_HELPER), "verify", "--manifest", str(self.manifest), "--manifest-sha256",
             manifest_sha256 or _sha(self.manifest_data), "--dir", str(self.dir), "--record", str(self.record),
             "--current", str(self.base / "current"), "--previous", str(self.base / "previous"), *extra],
            capture_output=True, check=False,
        )
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)


FILES = {"config.json": b"{}", "weights/model.safetensors": b"w" * 300_000}


def test_recorded_files_are_not_hashed_again_and_current_switches_once(tmp_path: Path) -> None:
    first = Deployed(tmp_path, "1.0.0", FILES)
    verdict = first.verify()
    assert (verdict["manifest_ok"], verdict["bad"], verdict["hashed"]) == (True, [], 0)
    assert (verdict["switched"], verdict["current_before"]) == (True, None)
    assert verdict["manifest"]["files"][1]["path"] == "weights/model.safetensors"
    assert (tmp_path / "current").readlink() == Path("versions/1.0.0")
    assert not (tmp_path / "previous").exists()
    assert first.verify()["switched"] is False
    assert first.verify("--hash", "all")["hashed"] == 2

    second = Deployed(tmp_path, "2.0.0", {**FILES, "config.json": b'{"v": 2}'})
    verdict = second.verify()
    assert (verdict["switched"], verdict["current_before"]) == (True, "versions/1.0.0")
    assert (tmp_path / "current").readlink() == Path("versions/2.0.0")
    assert (tmp_path / "previous").readlink() == Path("versions/1.0.0")


def test_a_file_touched_after_it_arrived_is_hashed_in_full(tmp_path: Path) -> None:
    deployed = Deployed(tmp_path, "1.0.0", FILES)
    weights = deployed.dir / "weights" / "model.safetensors"
    weights.write_bytes(weights.read_bytes())  # same bytes, new mtime and ctime
    verdict = deployed.verify()
    assert (verdict["bad"], verdict["hashed"], verdict["switched"]) == ([], 1, True)
    # The node's full hash refreshed the record: the next check reads nothing.
    assert deployed.verify()["hashed"] == 0


def test_a_corrupted_file_is_caught_removed_and_nothing_switches(tmp_path: Path) -> None:
    deployed = Deployed(tmp_path, "1.0.0", FILES)
    weights = deployed.dir / "weights" / "model.safetensors"
    data = bytearray(weights.read_bytes())
    data[1000] ^= 0xFF
    weights.write_bytes(bytes(data))
    verdict = deployed.verify()
    assert verdict["bad"] == ["weights/model.safetensors"]
    assert verdict["reasons"] == {"weights/model.safetensors": "SHA-256 mismatch"}
    assert verdict["switched"] is False
    assert not weights.exists()
    assert not (tmp_path / "current").exists()
    assert "weights/model.safetensors" not in json.loads(deployed.record.read_text())["files"]
    assert deployed.verify()["reasons"] == {"weights/model.safetensors": "missing"}


def test_a_forged_record_does_not_vouch_for_a_file_whose_identity_differs(tmp_path: Path) -> None:
    deployed = Deployed(tmp_path, "1.0.0", FILES)
    weights = deployed.dir / "weights" / "model.safetensors"
    weights.write_bytes(b"v" * 300_000)  # same length, other bytes
    body = json.loads(deployed.record.read_text())
    body["files"]["1.0.0/weights/model.safetensors"]["sha256"] = _sha(FILES["weights/model.safetensors"])
    deployed.record.write_text(json.dumps(body))
    assert deployed.verify()["bad"] == ["weights/model.safetensors"]


def test_an_altered_manifest_is_refused_before_any_file(tmp_path: Path) -> None:
    deployed = Deployed(tmp_path, "1.0.0", FILES)
    verdict = deployed.verify(manifest_sha256=_sha(b"another manifest"))
    assert (verdict["manifest_ok"], verdict["switched"]) == (False, False)
    assert not (tmp_path / "current").exists()


def test_manifest_paths_that_climb_out_are_refused(tmp_path: Path) -> None:
    deployed = Deployed(tmp_path, "1.0.0", FILES)
    body = {"format": 1, "files": [{"path": "../../outside", "length": 1, "sha256": "0" * 64}]}
    deployed.manifest_data = json.dumps(body).encode()
    deployed.manifest.write_bytes(deployed.manifest_data)
    done = subprocess.run(
        [PYTHON, str(NODE_HELPER), "verify", "--manifest", str(deployed.manifest), "--manifest-sha256",
         _sha(deployed.manifest_data), "--dir", str(deployed.dir), "--record", str(deployed.record)],
        capture_output=True, check=False,
    )
    assert done.returncode == 2
    assert "refused manifest path" in json.loads(done.stdout)["error"]
