"""Commands of the appliance room (cli.md, "Appliance lifecycle"; issue 13).

airlock app status [--json]          no vault needed
airlock app update NAME@VERSION      admin; dual control when app.update is listed
airlock app rollback                 admin; dual control when app.rollback is listed
airlock app recover                  finish or undo an interrupted update (the launcher runs it)
airlock app self-check --expect-version X.Y.Z
run BY a new version during an update: the vault's data
key on stdin, a JSON verdict on stdout
airlock playbook list [--json]       built-in playbooks and those of imported bundles
"""

from __future__ import annotations

import argparse
import ctypes
import json
import os
import signal
import sys
from typing import Any

from app.cli import common

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
_PR_SET_PDEATHSIG = 1


def register(subparsers: Any) -> None:
    app_parser = subparsers.add_parser("app", help="Airlock's own versions: status, update, rollback")
    verbs = app_parser.add_subparsers(dest="app_command", metavar="COMMAND")
    status = verbs.add_parser("status", help="the installed version, the kept previous one, where each came from")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=_status)
    update = verbs.add_parser(
        "update", help="install an imported app bundle: new slot, database backup, self-check; the old one is kept",
    )
    update.add_argument("ref", metavar="NAME@VERSION")
    update.add_argument("--json", action="store_true", help="print what was done as JSON")
    update.set_defaults(handler=_update)
    rollback = verbs.add_parser("rollback", help="switch back to the kept previous version (which checks itself)")
    rollback.add_argument("--json", action="store_true", help="print what was done as JSON")
    rollback.set_defaults(handler=_rollback)
    recover = verbs.add_parser("recover", help="finish or undo an update a crash interrupted (the launcher runs it)")
    recover.set_defaults(handler=_recover)
    check = verbs.add_parser("self-check", help="internal: how a new version proves itself during an update")
    check.add_argument("--expect-version", required=True, metavar="X.Y.Z")
    check.set_defaults(handler=_self_check)

    playbook = subparsers.add_parser("playbook", help="playbooks jobs can run")
    playbook_verbs = playbook.add_subparsers(dest="playbook_command", metavar="COMMAND")
    listing = playbook_verbs.add_parser("list", help="built-in playbooks, then BUNDLE/PLAYBOOK of imported bundles")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_playbooks)


# -- status and recovery (no vault) -------------------------------------------------------------


def _origin_text(origin: dict[str, Any]) -> str:
    if not origin:
        return "origin unknown"
    what = {"package": "installed from a release medium", "bundle": f"updated from bundle {origin.get('detail')}"}
    text = what.get(str(origin.get("origin")), str(origin.get("detail") or origin.get("origin")))
    by = f" by {origin['installed_by']}" if origin.get("installed_by") else ""
    return f"{text}{by}, {origin.get('installed_at', '?')}"


def _status(args: argparse.Namespace) -> int:
    from app.core.service import appliance_status

    status = appliance_status()
    if args.json:
        common.print_json(status)
        return EXIT_OK
    out = sys.stdout
    if not status["installed"]:
        out.write(f"Airlock {status['running']} runs from a source tree; it is not installed from a release.\n")
        return EXIT_OK
    current, previous = status["current"], status["previous"]
    out.write(f"{'installed:':<12}{current['version'] if current else 'none'}")
    out.write(f" ({_origin_text(current['origin'])})\n" if current else "\n")
    out.write(f"{'previous:':<12}{previous['version'] if previous else 'none kept'}")
    out.write(f" ({_origin_text(previous['origin'])})\n" if previous else "\n")
    if status["running"] != (current or {}).get("version"):
        out.write(f"{'running:':<12}{status['running']} (restart Airlock to run {current['version']})\n")
    out.write(f"{'location:':<12}{status['root']}\n")
    if status["update_in_progress"]:
        job = status["update_in_progress"]
        out.write(f"{'in progress:':<12}{job['kind']} to {job['to']} ({job['phase']})\n")
    if not status["may_update"]:
        out.write("This account may not update Airlock here (root or the group airlock-update may).\n")
    return EXIT_OK


def _recover(_args: argparse.Namespace) -> int:
    from app.core.service import recover_interrupted_update

    done = recover_interrupted_update()
    if done is not None:
        what = "finished" if done.get("finished") else "undone"
        sys.stderr.write(f"airlock: an interrupted {done['journal'].get('kind', 'update')} to "
                         f"{done['journal'].get('to')} was {what}; Airlock {done.get('running')} runs.\n")
    return EXIT_OK


# -- update and rollback ----------------------------------------------------------------------------


def _report(args: argparse.Namespace, result: dict[str, Any], sentence: str) -> int:
    if args.json:
        common.print_json(result)
    sys.stderr.write(sentence + "\n")
    return EXIT_OK


def _update(args: argparse.Namespace) -> int:
    from app.core.service import parse_reference

    parse_reference(args.ref)  # a malformed reference is a usage error before any passphrase
    approval = common.approval(args)
    with common.open_session(args) as session:
        result = session.app_update(args.ref, approval=approval, progress=common.progress_bar("Updating"))
    return _report(args, result, f"Airlock {result['to']} is installed and passed its self-check in "
                   f"{result['seconds']} s; {result['from']} is kept for `airlock app rollback`. "
                   "Start Airlock again to run the new version.")


def _rollback(args: argparse.Namespace) -> int:
    approval = common.approval(args)
    with common.open_session(args) as session:
        result = session.app_rollback(approval=approval, progress=common.progress_bar("Rolling back"))
    return _report(args, result, f"Airlock {result['to']} runs again (it passed its self-check); "
                   f"{result['from']} is kept as the previous version.")


# -- the self-check, run by the version being installed ------------------------------------------------


def _die_with_parent() -> None:
    """End when the updating process ends (kill -9 included), so no orphan touches the vault."""
    parent = os.environ.get("AIRLOCK_SELF_CHECK_PARENT", "")
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass
    if parent and str(os.getppid()) != parent:
        os._exit(EXIT_FAILED)  # the parent is already gone


def _gui_starts() -> dict[str, Any]:
    """The desktop application's parts load and Qt starts (offscreen)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from app.gui.main import make_app
    from app.gui.main_window import MainWindow  # noqa: F401 - importing every section is the check

    app = make_app(["airlock"])
    return {"qt": app.platformName()}


def _self_check(args: argparse.Namespace) -> int:
    from app.core.service import AirlockError, appliance_self_check, appliance_version_key

    appliance_version_key(args.expect_version)  # a usage error (exit 2) before anything is read
    if sys.stdin is None or sys.stdin.isatty():
        print(json.dumps({"ok": False, "reason": "run by `airlock app update`, with the data key on stdin"}))
        return EXIT_USAGE
    _die_with_parent()
    line = sys.stdin.readline().strip()
    try:
        key = bytes.fromhex(line)
    except ValueError:
        key = b""
    if len(key) != 32:  # noqa: PLR2004 - AES-256
        print(json.dumps({"ok": False, "reason": "no data key on stdin"}))
        return EXIT_USAGE
    try:
        report = appliance_self_check(common.data_dir(args), key, args.expect_version)
        report["gui"] = _gui_starts()
    except AirlockError as exc:
        print(json.dumps({"ok": False, "reason": str(exc)}))
        return EXIT_FAILED
    except Exception as exc:  # noqa: BLE001 - any failure of the new version is a failed check
        print(json.dumps({"ok": False, "reason": f"{type(exc).__name__}: {exc}"}))
        return EXIT_FAILED
    print(json.dumps(report, sort_keys=True))
    return EXIT_OK


# -- playbooks ----------------------------------------------------------------------------------------


def _playbooks(args: argparse.Namespace) -> int:
    with common.open_session(args) as session:
        catalogue = session.playbook_catalogue()
    if args.json:
        common.print_json(catalogue)
        return EXIT_OK
    rows = [{"name": e["name"], "from": f"bundle {e['bundle']} {e['version']}" if e["bundle"] else "built in"}
            for e in catalogue]
    common.print_table(rows, ["name", "from"])
    return EXIT_OK
