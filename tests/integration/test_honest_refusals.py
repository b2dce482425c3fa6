"""Refusals that tell the truth: a wrong request is refused for what is wrong with it.

Every command the parser holds (walked, not listed by hand, so commands added later are
covered too) is run with a wrong argument, once as an admin and once as an auditor, who
holds no mutating permission. Neither may get exit 3 (permission): the request is
understood first (exit 2 usage, exit 1 refused, with the real reason), and only a request
understood meets the permission check. Admin and auditor get the same answer: what is
wrong with a request does not depend on who sends it.

A command is run in-process against its own copy of a small vault (accounts, a pinned
trust root, a model bundle and a playbooks bundle).
"""

from __future__ import annotations

import argparse
import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.cli import build_parser, main
from tests.conftest import ADMIN_PASSPHRASE

WRONG = "no-such-thing"
NUMBER = "999999"


@dataclass(frozen=True)
class Lab:
    data_dir: Path
    secrets: Path
    src: Path


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Lab:
    from app.core.service import init_vault
    from tests.lab.bundle_factory import TrustLab

    base = tmp_path_factory.mktemp("honest")
    secrets = base / "secrets"
    secrets.mkdir(mode=0o700)
    (secrets / "admin.pass").write_text(ADMIN_PASSPHRASE + "\n")
    (secrets / "ada.pass").write_text("ada the auditor 1\n")
    trust = TrustLab(base / "publisher")
    session, _recovery = init_vault(base / "data", "admin", ADMIN_PASSPHRASE.encode())
    try:
        session.add_account("ada", "auditor", b"ada the auditor 1")
        session.trust_init(trust.root_json, trust.fingerprint)
        session.import_bundle(trust.build("llm", "1.0.0"))
        session.import_bundle(trust.build("tools", "1.0.0", kind="playbooks", files={"site.yml": b"- hosts: all\n"}))
    finally:
        session.close()
    src = base / "model-src"
    (src / "weights").mkdir(parents=True)
    (src / "README.md").write_text("# card\n")
    (src / "weights" / "w.bin").write_bytes(b"w" * 64)
    return Lab(base / "data", secrets, src)


def _leaves(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _leaves(sub, (*prefix, name))
            return
    if prefix:
        yield prefix


def _parser_of(path: tuple[str, ...]) -> argparse.ArgumentParser:
    parser = build_parser()
    for name in path:
        sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        parser = sub.choices[name]
    return parser


def _wrong_value(action: argparse.Action) -> str:
    if action.choices:
        return str(next(iter(action.choices)))
    if callable(action.type):
        try:
            action.type(WRONG)
        except (argparse.ArgumentTypeError, ValueError, TypeError):
            return NUMBER  # a number-like argument: one that names nothing
    return WRONG


def _generic(path: tuple[str, ...]) -> list[str]:
    """Values that name nothing for every argument the command requires; else an argument it does not take."""
    parser = _parser_of(path)
    argv: list[str] = []
    required = False
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction | argparse._HelpAction):
            continue
        if not action.option_strings:
            count = action.nargs if isinstance(action.nargs, int) else 1
            argv += [_wrong_value(action)] * count
            required = True
        elif action.required:
            argv += [action.option_strings[-1], _wrong_value(action)]
            required = True
    for group in parser._mutually_exclusive_groups:
        if group.required:
            first = group._group_actions[0]
            argv += [first.option_strings[-1], _wrong_value(first)]
            required = True
    return argv if required else [*argv, WRONG]


# Wrong arguments chosen by hand where the generic ones would be right, harmful or less telling.
SPECIFIC: dict[tuple[str, ...], list[str]] = {
    ("deploy",): ["tools@1.0.0", "--to", "all"],
    ("run",): ["facts", "--limit", WRONG],  # a selection that matches no node  # a playbooks bundle is run, not deployed (issue 18)
    ("bundle", "build"): ["{src}", "--type", "model", "--name", "llm", "--version", "2.0.0", "--out", "out"],
    ("account", "add"): ["Not A Name", "--role", "operator"],
    ("account", "passwd"): ["nobody", "--new-passphrase-file", "{secrets}/admin.pass"],
    ("settings", "idle-lock"): ["-5"],
    ("settings", "dual-control"): ["--require", "no.such.action"],
    ("classification-levels",): ["--set", "Not A Level"],
    ("media", "roots"): ["--set", "{secrets}/../no-such-dir"],
    ("publisher", "keygen"): ["--out", "{secrets}/no-such-dir/key"],
    ("node", "enroll"): ["gpu-01", "--address", "not a host!", "--user", "airlock", "--bootstrap-key", "{secrets}/k"],
    ("node", "label"): [WRONG, "clearance=Not-A-Level"],
}


def _argv(path: tuple[str, ...], lab: Lab) -> list[str]:
    args = SPECIFIC.get(path, _generic(path))
    return [*path, *(a.format(src=lab.src, secrets=lab.secrets) for a in args)]


def _run(lab: Lab, work: Path, account: str, argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    data = work / f"data-{account}"
    shutil.copytree(lab.data_dir, data)
    capsys.readouterr()
    try:
        status = main(["--data-dir", str(data), "--account", account,
                       "--passphrase-file", str(lab.secrets / f"{account}.pass"), *argv])
    except SystemExit as exc:
        status = int(exc.code or 0)
    # A refusal may name the account's own copy of the data dir; the rest must be the same.
    return status, capsys.readouterr().err.replace(str(data), "DATA-DIR")


COMMANDS = sorted(_leaves(build_parser()))


def test_the_walk_finds_the_commands_of_every_room() -> None:
    for expected in (("deploy",), ("account", "disable"), ("node", "label"), ("jobs", "cancel"),
                     ("bundle", "import"), ("trust", "init"), ("run",), ("bundle", "show")):
        assert expected in COMMANDS
    assert len(COMMANDS) >= 40


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_a_wrong_request_is_never_answered_with_permission_denied(
    path: tuple[str, ...], lab: Lab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    argv = _argv(path, lab)
    answers = {account: _run(lab, tmp_path, account, argv, capsys) for account in ("admin", "ada")}
    for account, (status, err) in answers.items():
        assert status in (1, 2), f"`airlock {' '.join(argv)}` as {account}: exit {status}\n{err}"
        assert "Permission denied" not in err
        assert "Traceback" not in err
    (admin_status, admin_err), (ada_status, ada_err) = answers["admin"], answers["ada"]
    assert admin_status == ada_status, f"admin: {admin_err}\nauditor: {ada_err}"
    assert admin_err.splitlines()[-1:] == ada_err.splitlines()[-1:]


def test_deploying_a_playbooks_bundle_says_what_to_do_instead(
    lab: Lab, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, err = _run(lab, tmp_path, "admin", ["deploy", "tools@1.0.0", "--to", "all"], capsys)
    assert status == 2
    assert "type playbooks are not deployed" in err
    assert "airlock run" in err


def test_a_model_bundle_without_its_metadata_names_the_options(
    lab: Lab, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["bundle", "build", str(lab.src), "--type", "model", "--name", "llm", "--version", "2.0.0",
            "--out", str(tmp_path / "out"), "--license", "apache-2.0"]
    status, err = _run(lab, tmp_path, "admin", argv, capsys)
    assert status == 2
    assert "--format (the weights format, e.g. safetensors or gguf)" in err
    assert "--model-card (the model card" in err
    assert "--license" not in err.split("needs", 1)[1].split(".")[0]
    assert "Fix the option" not in err
    assert not (tmp_path / "out").exists()
