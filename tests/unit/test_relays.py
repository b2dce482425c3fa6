"""Relays without a network: paths, a relay's share of a job, and what a relay may send back."""

from __future__ import annotations

import base64
import io
import json
import stat
import zipfile
from pathlib import Path

import pytest

from app.core import jobs, relay_dispatch
from app.core.errors import UsageError
from app.core.inventory import HostKeyPin, Node
from app.core.relays import RELAY_RUN_DIR, Relay, RelayConflict, assign, split, validate_serves

KEY = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + bytes(range(32))).decode()
PIN = HostKeyPin("ssh-ed25519", KEY)
PLAYBOOKS = Path(__file__).resolve().parents[2] / "playbooks"


def _node(name: str, **labels: str) -> Node:
    return Node(name, "10.7.0.1", 22, "airlock", labels, {"airlock_root": f"/srv/{name}"}, (PIN,))


NODES = [_node("gw-1"), _node("gw-2"), _node("r1-a", rack="r1"), _node("r1-b", rack="r1"), _node("r2-a", rack="r2"),
         _node("desk-1")]


# -- paths ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("pattern", ["rack=r1", "r1-*", "rack=r1,rack=r2", "site=north&roles=gpu", "r1-*,!r1-b"])
def test_a_relay_serves_a_selection_pattern(pattern: str) -> None:
    assert validate_serves(f"  {pattern} ") == pattern


@pytest.mark.parametrize("pattern", ["", "   ", "all", "*", "rack={{ lookup('pipe','id') }}", "a;b", "x" * 501, ","])
def test_a_pattern_a_relay_cannot_serve_is_a_usage_error(pattern: str) -> None:
    with pytest.raises(UsageError) as raised:
        validate_serves(pattern)
    assert raised.value.exit_code == 2


def test_each_node_has_one_path_and_relays_are_always_direct() -> None:
    relays = [Relay(NODES[0], "rack=r1,gw-*"), Relay(NODES[1], "rack=r2")]
    paths = assign(NODES, relays)
    assert paths.served == {"r1-a": "gw-1", "r1-b": "gw-1", "r2-a": "gw-2"}  # gw-2 matches gw-*, but is a relay
    assert paths.conflicts == {}
    direct, shares = split(NODES, paths)
    assert [n.name for n in direct] == ["gw-1", "gw-2", "desk-1"]
    assert {r: [n.name for n in ns] for r, ns in shares.items()} == {"gw-1": ["r1-a", "r1-b"], "gw-2": ["r2-a"]}


def test_a_node_two_relays_select_has_no_path_and_its_job_is_refused() -> None:
    paths = assign(NODES, [Relay(NODES[0], "rack=r1"), Relay(NODES[1], "r1-b,rack=r2")])
    assert paths.served == {"r1-a": "gw-1", "r2-a": "gw-2"}
    assert paths.conflicts == {"r1-b": ("gw-1", "gw-2")}
    split([NODES[2], NODES[4]], paths)  # no conflict among these
    with pytest.raises(RelayConflict) as raised:
        split(NODES, paths)
    assert "r1-b (gw-1, gw-2)" in str(raised.value)
    assert raised.value.exit_code == 1


# -- a relay's share of a job --------------------------------------------------------------------------


def _prepared(tmp_path: Path, extravars: dict[str, str] | None = None) -> jobs.PreparedJob:
    return jobs.prepare(Path("/var/lib/airlock/jobs/airlock-job-direct"), PLAYBOOKS / "facts.yml", NODES[2:4], extravars,
                        jobs.JobSettings(forks=9, timeout_s=600))


def test_a_share_is_prepared_like_a_job_with_its_paths_in_the_relays_tmpfs(tmp_path: Path) -> None:
    prepared = _prepared(tmp_path, {"airlock_note": "plain"})
    share = relay_dispatch.prepare_share(prepared, NODES[2:4], "airlock-job-abcd1234")
    remote = f"{RELAY_RUN_DIR}/airlock-job-abcd1234/run"
    assert str(share.private_data_dir) == remote
    assert len(remote + "/cp/") + 40 + 17 <= 107  # ssh's control socket fits
    direct = jobs.prepare(Path(remote), PLAYBOOKS / "facts.yml", NODES[2:4], prepared.extravars, prepared.settings)
    # The same inventory, extra variables (the `!unsafe` YAML) and known_hosts as a direct job.
    for name in (jobs.INVENTORY_FILE, jobs.EXTRAVARS_FILE, "known_hosts", "ansible.cfg", "env/settings"):
        assert share.files[name] == direct.files[name]
    assert "!unsafe" in share.files[jobs.INVENTORY_FILE]
    assert share.envvars["ANSIBLE_SSH_ARGS"] == direct.envvars["ANSIBLE_SSH_ARGS"]
    assert f"UserKnownHostsFile={remote}/known_hosts" in share.envvars["ANSIBLE_SSH_ARGS"]
    assert "StrictHostKeyChecking=yes" in share.envvars["ANSIBLE_SSH_ARGS"]
    assert share.envvars["ANSIBLE_CALLBACK_PLUGINS"] == f"{remote}/plugins/callback"
    assert all(remote in v or not v.startswith("/") for k, v in share.envvars.items()), share.envvars
    assert share.cmdline == "--forks 9"


def test_a_share_is_zipped_with_its_project_and_the_payload_plugin_as_transmit_sends_it(tmp_path: Path) -> None:
    from ansible_runner.utils.streaming import unstream_dir

    share = relay_dispatch.prepare_share(_prepared(tmp_path), NODES[2:4], "airlock-job-abcd1234")
    archive = relay_dispatch.share_zip(share)
    with zipfile.ZipFile(io.BytesIO(archive)) as opened:
        names = set(opened.namelist())
        assert {"ansible.cfg", "env/settings", "known_hosts", jobs.INVENTORY_FILE, "project/facts.yml",
                "project/roles/bundle_switch/files/airlock_node.py", "project/relay.yml",
                "plugins/callback/airlock_payload.py", "cp/", "tmp/"} <= names
        assert not any("__pycache__" in n for n in names)
        for name, content in share.files.items():
            assert opened.read(name) == content.encode()
            assert opened.getinfo(name).external_attr >> 16 == 0o100600
    assert relay_dispatch.share_zip(share) == archive  # the same bytes for the same share
    # ansible-runner's worker reads the stream as its own transmit's.
    stream = relay_dispatch.transmit_stream({"playbook": "facts.yml"}, archive)
    lines = io.BufferedReader(io.BytesIO(stream))
    assert json.loads(lines.readline()) == {"kwargs": {"playbook": "facts.yml"}}
    length = json.loads(lines.readline())["zipfile"]
    target = tmp_path / "unpacked"
    unstream_dir(lines, length, str(target))
    assert json.loads(lines.readline()) == {"eof": True}
    assert (target / jobs.INVENTORY_FILE).read_text() == share.files[jobs.INVENTORY_FILE]
    assert stat.S_IMODE((target / "known_hosts").stat().st_mode) == 0o600
    assert (target / "cp").is_dir()
    assert (target / "project" / "facts.yml").read_bytes() == (PLAYBOOKS / "facts.yml").read_bytes()


def test_the_worker_is_told_relative_paths_and_what_is_left_of_the_timeout(tmp_path: Path) -> None:
    share = relay_dispatch.prepare_share(_prepared(tmp_path), NODES[2:4], "airlock-job-abcd1234")
    kwargs = relay_dispatch.worker_kwargs(share, 42)
    assert "private_data_dir" not in kwargs
    assert kwargs["playbook"] == "facts.yml"
    assert kwargs["inventory"] == jobs.INVENTORY_FILE
    assert kwargs["timeout"] == 42
    assert kwargs["suppress_env_files"] is True
    assert "PATH" not in kwargs["envvars"]  # the relay program's own
    assert relay_dispatch.worker_kwargs(share, -5)["timeout"] == 1
    json.dumps(kwargs)  # it travels as JSON


# -- what a relay sends back ---------------------------------------------------------------------------


def _event(kind: str, host: str | None, counter: int, **data: object) -> dict[str, object]:
    body: dict[str, object] = {"task": "Gather facts", **data}
    if host is not None:
        body["host"] = host
    return {"event": kind, "counter": counter, "uuid": f"u{counter}", "event_data": body, "stdout": ""}


def _zip_with_escapes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../../escaped.txt", "from a relay")
        link = zipfile.ZipInfo("job_events")
        link.external_attr = (0o777 | 0xA000) << 16
        archive.writestr(link, "/tmp")
        archive.writestr("job_events/planted.json", "{}")
    return buffer.getvalue()


def _stream(lines: list[object], tail: bytes = b"") -> io.BufferedReader:
    text = b"".join(json.dumps(line).encode() + b"\n" for line in lines) + tail
    return io.BufferedReader(io.BytesIO(text))


def _process(tmp_path: Path, stream: io.BufferedReader) -> tuple[relay_dispatch.ShareEvents, list[str], list[str]]:
    collector = jobs.EventCollector()
    events = relay_dispatch.ShareEvents(frozenset({"r1-a", "r1-b"}), collector)
    statuses: list[str] = []
    local = tmp_path / "local"
    local.mkdir(mode=0o700, exist_ok=True)
    processor = relay_dispatch.processor_class()(
        _input=relay_dispatch.RelayInput(stream), event_handler=events,
        status_handler=lambda data, **_: statuses.append(data["status"]), private_data_dir=str(local),
        settings={}, ident="run", quiet=True,
    )
    processor.run()
    return events, statuses, sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))


def test_only_the_shares_hosts_reach_the_job_and_the_artifacts_zip_is_never_unpacked(tmp_path: Path) -> None:
    artifacts = _zip_with_escapes()
    lines: list[object] = [
        {"status": "starting", "env": {"SECRET_LOOKING": "x"}, "command": ["ansible-playbook"]},
        _event("runner_on_ok", "r1-a", 1, res={"changed": False, "airlock_report": {"kind": "facts"}}),
        _event("runner_on_failed", "r1-b", 2, res={"msg": "boom"}),
        _event("runner_on_ok", "desk-1", 3, res={"airlock_report": {"kind": "facts", "forged": True}}),
        _event("playbook_on_stats", None, 4, ok={"r1-a": 1, "desk-1": 9}, failures={"r1-b": 1}, dark={}),
        {"status": "successful"},
        {"zipfile": len(artifacts)},
    ]
    tail = base64.b64encode(artifacts) + json.dumps({"eof": True}).encode() + b"\n"
    events, statuses, files = _process(tmp_path, _stream(lines, tail))
    outcome = events.collector.outcome
    assert [(r.host, r.status) for r in outcome.results] == [("r1-a", "ok"), ("r1-b", "failed")]
    assert set(outcome.host_summary) == {"r1-a", "r1-b"}
    assert set(outcome.reports) == {"r1-a"}
    assert events.foreign == 1
    assert statuses == ["starting", "successful"]
    assert files == ["local", "local/artifacts", "local/artifacts/run", "local/artifacts/run/job_events"]
    assert not (tmp_path.parent / "escaped.txt").exists()


def test_a_relay_program_error_is_kept_and_a_broken_stream_ends_the_part(tmp_path: Path) -> None:
    lines: list[object] = [{"airlock_relay": 1, "error": "the job stream ended before its eof"}]
    events, statuses, _ = _process(tmp_path, _stream(lines, b'{"event": "runner_on_ok", "trunc'))
    assert events.relay_error == "the job stream ended before its eof"
    assert statuses == ["error"]


def test_a_line_longer_than_the_limit_stops_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(relay_dispatch, "MAX_LINE", 1024)
    huge = _event("runner_on_ok", "r1-a", 1, res={"msg": "x" * 4096})
    events, statuses, _ = _process(tmp_path, _stream([huge, {"status": "successful"}]))
    assert events.collector.outcome.results == []
    assert statuses == ["error"]


def test_artifacts_larger_than_the_limit_stop_reading(tmp_path: Path) -> None:
    size = relay_dispatch.MAX_ARTIFACTS + 1
    with pytest.raises(relay_dispatch._LineTooLong, match="artifacts larger than the limit"):
        _process(tmp_path, _stream([{"zipfile": size}, {"status": "successful"}]))


# -- one job of several parts --------------------------------------------------------------------------


def _part(status: str, host: str, **counts: int) -> jobs.JobOutcome:
    outcome = jobs.JobOutcome(status=status, events=2)
    outcome.host_summary[host] = {"ok": 1, "failures": 0, "unreachable": 0, **counts}
    outcome.results.append(jobs.TaskResult(host, "t", "ok"))
    return outcome


@pytest.mark.parametrize(("statuses", "cancelled", "expected"), [
    (["successful", "successful"], False, "successful"),
    (["successful", "failed"], False, "failed"),
    (["timeout", "failed"], False, "timeout"),
    (["successful", "canceled"], False, "canceled"),
    (["successful", "successful"], True, "canceled"),
])
def test_parts_merge_into_one_job_with_one_result(statuses: list[str], cancelled: bool, expected: str) -> None:
    parts = [_part(status, f"h{i}") for i, status in enumerate(statuses)]
    parts[1].relays["gw-1"] = {"nodes": ["h1"], "status": statuses[1], "reason": ""}
    merged = relay_dispatch.merge(parts, cancelled)
    assert merged.status == expected
    assert set(merged.host_summary) == {"h0", "h1"}
    assert merged.events == 4
    assert len(merged.results) == 2
    assert merged.summary()["relays"] == {"gw-1": {"nodes": ["h1"], "status": statuses[1], "reason": ""}}


def test_a_relay_that_cannot_be_reached_marks_its_unfinished_nodes_unreachable(tmp_path: Path) -> None:
    share = relay_dispatch.Share(NODES[0], (NODES[2], NODES[3]))
    seen: list[jobs.TaskResult] = []
    run = relay_dispatch.RelayRun(share, _prepared(tmp_path), None, b"key", tmp_path / "gw-1", 1e12, seen.append)
    run.start()
    run.thread.join(timeout=30)
    outcome = run.outcome()
    assert outcome.status == jobs.STATUS_FAILED
    assert [(r.host, r.task, r.status, r.message) for r in seen] == [
        ("r1-a", "relay gw-1", "unreachable", "relay gw-1 unreachable: its host key changed"),
        ("r1-b", "relay gw-1", "unreachable", "relay gw-1 unreachable: its host key changed"),
    ]
    assert outcome.host_summary["r1-a"]["unreachable"] == 1
    assert outcome.relays["gw-1"]["reason"] == "relay gw-1 unreachable: its host key changed"
    assert not (tmp_path / "gw-1").exists()


# -- files through a relay -------------------------------------------------------------------------------


def _relay_program() -> object:
    import importlib.util

    path = PLAYBOOKS / "roles" / "relay" / "files" / "airlock_relay.py"
    spec = importlib.util.spec_from_file_location("airlock_relay", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_file_goes_to_the_relays_cache_once_named_by_its_content(tmp_path: Path) -> None:
    from app.core.relay_deploy import cache_path, fanout_plan, uploads
    from app.core.transfer import FileToSend

    relay = NODES[0]
    weights, card = tmp_path / "weights", tmp_path / "card"
    shared = FileToSend(weights, "/srv/r1-a/models/llm/versions/1/w", 9000, "ab" * 32, "/srv/r1-a/models/llm/rec.json")
    targets = [
        (NODES[2], [shared, FileToSend(card, "/srv/r1-a/models/llm/versions/1/c", 10, "cd" * 32)]),
        (NODES[3], [FileToSend(weights, "/srv/r1-b/models/llm/versions/1/w", 9000, "ab" * 32)]),
    ]
    sent = uploads(relay, targets)
    assert [(f.remote, f.length) for f in sent] == [
        (f"/srv/gw-1/relay-cache/sha256/ab/{'ab' * 32}", 9000), (f"/srv/gw-1/relay-cache/sha256/cd/{'cd' * 32}", 10)]
    assert all(f.record is None for f in sent)
    plan = fanout_plan(relay, targets)
    assert plan["cache"] == "/srv/gw-1/relay-cache"
    assert plan["parallel"] == 2
    assert plan["known_hosts"] == f"10.7.0.1 ssh-ed25519 {KEY}\n10.7.0.1 ssh-ed25519 {KEY}\n"
    assert plan["nodes"][0]["files"][0] == {"source": cache_path(relay, "ab" * 32), "remote": shared.remote,
                                            "length": 9000, "sha256": "ab" * 32, "record": shared.record}
    _relay_program().check_plan(json.loads(json.dumps(plan)))  # what the relay program accepts


@pytest.mark.parametrize(("change", "said"), [
    (lambda p: p["nodes"][0]["files"][0].update(source="/etc/shadow"), "from outside the relay's cache"),
    (lambda p: p["nodes"][0]["files"][0].update(source="/srv/gw-1/relay-cache/../../etc/shadow"), "normalised"),
    (lambda p: p["nodes"][0]["files"][0].update(remote="relative/path"), "not absolute"),
    (lambda p: p["nodes"][0].update(address="10.0.0.1 -oProxyCommand=x"), "cannot be about"),
    (lambda p: p["nodes"][0].update(user="-oProxyCommand=x"), "cannot be about"),
    (lambda p: p.update(cache="/etc"), "must be a directory named relay-cache"),
    (lambda p: p.update(parallel=10_000), "out-of-range parallelism"),
    (lambda p: p["nodes"][0]["files"][0].update(sha256="zz"), "cannot describe"),
])
def test_the_relay_program_refuses_a_fanout_plan_it_cannot_trust(tmp_path: Path, change: object, said: str) -> None:
    from app.core.relay_deploy import fanout_plan
    from app.core.transfer import FileToSend

    program = _relay_program()
    plan = json.loads(json.dumps(fanout_plan(NODES[0], [(NODES[2], [
        FileToSend(tmp_path / "w", "/srv/r1-a/w", 1, "ab" * 32)])])))
    change(plan)  # type: ignore[operator]
    with pytest.raises(program.Refused, match=said):  # type: ignore[attr-defined]
        program.check_plan(plan)  # type: ignore[attr-defined]
