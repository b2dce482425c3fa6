"""Take-away output: a job's whole output, stored with it and saved as a file, whatever its size.

A real job on real lab nodes prints 100,000 lines; the saved file equals the stored output
byte for byte and holds every line the command printed, in order.
"""

from __future__ import annotations

import hashlib
import json
import stat
import zlib
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.job_output import JobOutput, plain
from tests.conftest import Vault
from tests.lab.node_fixtures import BootstrapKey, bootstrap_key_fixture, enroll_in_session, lab_fixture, needs_sshd  # noqa: F401 - fixtures
from tests.lab.nodes import Lab

LINES = 100_000
_PLAYBOOK = """\
- name: A chatty check
  hosts: all
  gather_facts: false
  tasks:
    - name: Count to {lines}
      ansible.builtin.shell: "seq 1 {lines}; echo 'counted' >&2"
      changed_when: false
    - name: Say which host
      ansible.builtin.command: "echo {{{{ item }}}} {{{{ inventory_hostname }}}}"
      loop: [first, second]
      changed_when: false
"""


def _stored(session: object, job_id: int, stream: str) -> bytes:
    """The stored stream, read straight from the vault's tables."""
    with session.lock:  # type: ignore[attr-defined]
        rows = session.conn.execute(  # type: ignore[attr-defined]
            "SELECT data FROM job_output WHERE job_id = ? AND stream = ? ORDER BY seq", (job_id, stream)).fetchall()
    return b"".join(zlib.decompress(bytes(r[0])) for r in rows)


@pytest.mark.lab
@pytest.mark.slow
@needs_sshd
def test_a_100000_line_output_is_saved_in_full(
    vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey, tmp_path: Path,
) -> None:
    made = lab(["none", "none"])
    playbooks = tmp_path / "playbooks"
    playbooks.mkdir()
    (playbooks / "chatty.yml").write_text(_PLAYBOOK.format(lines=LINES))
    with vault.open() as session:
        enroll_in_session(session, made, bootstrap_key)
        session.playbooks_dir = playbooks
        job = session.run_playbook("chatty")
        assert job["succeeded"], job
        stored_text = _stored(session, job["id"], "text")
        stored_jsonl = _stored(session, job["id"], "jsonl")
        info = session.job_output_info(job["id"])

    out = tmp_path / "take-away"
    out.mkdir()
    text_file = out / "chatty.txt"
    done = vault.cli("jobs", "show", str(job["id"]), "--output", str(text_file), "--reason", "INC-88 for the vendor")
    assert done.returncode == 0, done.stderr
    assert text_file.read_bytes() == stored_text
    assert stat.S_IMODE(text_file.stat().st_mode) == 0o600  # it leaves the encrypted store
    assert info["text"]["sha256"] == hashlib.sha256(stored_text).hexdigest()
    assert info["text"]["lines"] == stored_text.count(b"\n")

    text = text_file.read_text()
    for node in made.nodes:
        head = f"{node.name} | stdout:\n"
        start = text.index(head) + len(head)
        counted = text[start:].split("\n", LINES)[:LINES]
        assert counted == [str(i) for i in range(1, LINES + 1)], node.name  # every line, in order
        assert f"{node.name} | stderr:\ncounted\n" in text
        assert f"{node.name} | stdout:\nsecond {node.name}\n" in text  # loop items too
    assert "TASK [Count to 100000]" in text
    assert "PLAY RECAP" in text
    assert "\x1b[" not in text  # no colour codes

    jsonl_file = out / "chatty.jsonl"
    done = vault.cli("jobs", "show", str(job["id"]), "--output", str(jsonl_file), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["sha256"] == hashlib.sha256(stored_jsonl).hexdigest()
    assert jsonl_file.read_bytes() == stored_jsonl
    results = [json.loads(line) for line in jsonl_file.read_text().splitlines()]
    assert {(r["host"], r["task"]) for r in results} == {
        (n.name, t) for n in made.nodes for t in ("Count to 100000", "Say which host")}
    count = next(r for r in results if r["task"] == "Count to 100000")
    assert count["result"]["stdout"].splitlines() == [str(i) for i in range(1, LINES + 1)]
    assert "stdout_lines" not in count["result"]
    assert "invocation" not in count["result"]
    loop = next(r for r in results if r["task"] == "Say which host")
    assert [item["stdout"].split()[0] for item in loop["result"]["results"]] == ["first", "second"]

    with vault.open() as session:
        [saved_jsonl, saved_text] = [e.to_json() for e in session.audit_entries(limit=2, action="job.output")]
    assert saved_text["details"]["reason"] == "INC-88 for the vendor"
    assert saved_text["details"]["sha256"] == info["text"]["sha256"]
    assert saved_jsonl["details"]["format"] == "jsonl"


def test_no_stored_output_and_bad_targets_are_refused_and_audited(vault: Vault, tmp_path: Path) -> None:
    missing = vault.cli("jobs", "show", "7", "--output", str(tmp_path / "out.txt"))
    assert missing.returncode == 1
    assert "There is no job 7." in missing.stderr
    nowhere = vault.cli("jobs", "show", "7", "--output", str(tmp_path / "no" / "such" / "out.txt"))
    assert nowhere.returncode == 2
    assert "is not a folder" in nowhere.stderr
    assert not (tmp_path / "out.txt").exists()
    with vault.open() as session:
        refusals = session.audit_entries(limit=None, action="job.output")
    assert [e.outcome for e in refusals] == ["refused", "refused"]


def test_output_streams_from_events() -> None:
    """The two streams from a recorded shape of ansible-runner's events (colour codes, CRLF)."""
    output = JobOutput()
    output.add({"event": "playbook_on_task_start", "stdout": "\r\nTASK [x] ****"})
    output.add({"event": "runner_on_ok", "stdout": "\x1b[0;33mchanged: [gpu-01]\x1b[0m",
                "event_data": {"host": "gpu-01", "task": "x", "duration": 0.5,
                               "res": {"changed": True, "rc": 0, "stdout": "a\nb", "stdout_lines": ["a", "b"],
                                       "stderr": "", "invocation": {"module_args": {"x": 1}},
                                       "_ansible_no_log": False}}})
    output.add({"event": "runner_on_failed", "stdout": "fatal: [gpu-02]",
                "event_data": {"host": "gpu-02", "task": "x", "res": {"msg": "boom", "stderr": "no\n"}}})
    streams = output.finish()
    text = b"".join(zlib.decompress(c) for c in streams["text"].chunks).decode()
    assert text == "\nTASK [x] ****\nchanged: [gpu-01]\ngpu-01 | stdout:\na\nb\nfatal: [gpu-02]\ngpu-02 | stderr:\nno\n"
    lines = [json.loads(x) for x in b"".join(zlib.decompress(c) for c in streams["jsonl"].chunks).splitlines()]
    assert lines[0] == {"host": "gpu-01", "task": "x", "status": "changed", "duration_s": 0.5,
                        "result": {"changed": True, "rc": 0, "stdout": "a\nb", "stderr": ""}}
    assert lines[1]["status"] == "failed"
    assert streams["text"].lines == text.count("\n")
    assert plain("\x1b[1;35m[WARNING]\x1b[0m\r\n") == "[WARNING]\n"
