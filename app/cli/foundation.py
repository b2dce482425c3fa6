"""Commands of the foundation: init, account, rekey, audit, verify-audit, settings."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    action_list_setting,
    approval,
    data_dir,
    new_passphrase,
    open_session,
    passphrase,
    print_json,
    print_table,
    progress_bar,
)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    init = sub.add_parser("init", help="create the vault and the first admin; prints the recovery key once")
    init.add_argument("--admin", default="admin", help="name of the first admin account (default: admin)")
    init.set_defaults(handler=cmd_init)

    account = sub.add_parser("account", help="operator accounts").add_subparsers(
        dest="account_command", metavar="SUBCOMMAND"
    )
    add = account.add_parser("add", help="add an account (admin)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=["admin", "operator", "auditor"])
    add.add_argument("--new-passphrase-file", help="file holding the new account's passphrase")
    add.set_defaults(handler=cmd_account_add)
    lst = account.add_parser("list", help="list accounts and roles")
    lst.add_argument("--json", action="store_true", help="machine-readable output")
    lst.set_defaults(handler=cmd_account_list)
    pw = account.add_parser("passwd", help="change an account's passphrase (one's own, or any as admin)")
    pw.add_argument("name")
    pw.add_argument("--new-passphrase-file", help="file holding the new passphrase")
    pw.set_defaults(handler=cmd_account_passwd)
    rec = account.add_parser("recover", help="set a new passphrase for an account using the recovery key")
    rec.add_argument("name")
    rec.add_argument("--recovery-key-file", help="file holding the recovery key (else asked at the terminal)")
    rec.add_argument("--new-passphrase-file", help="file holding the new passphrase")
    rec.set_defaults(handler=cmd_account_recover)

    rk = sub.add_parser("rekey", help="rotate the data key (admin)")
    rk.set_defaults(handler=cmd_rekey)

    audit = sub.add_parser("audit", help="the tamper-evident audit trail").add_subparsers(
        dest="audit_command", metavar="SUBCOMMAND"
    )
    al = audit.add_parser("list", help="list audit entries, newest first")
    al.add_argument("--json", action="store_true", help="machine-readable output")
    al.add_argument("--limit", type=_positive, default=50, help="how many entries (default 50)")
    al.add_argument("--action", help="only entries of this action")
    al.add_argument("--actor", help="only entries by this account")
    al.add_argument("--outcome", choices=["ok", "refused", "failed", "cancelled"])
    al.set_defaults(handler=cmd_audit_list)
    av = audit.add_parser("verify", help="verify the local log and its checkpoints")
    av.add_argument("--json", action="store_true", help="machine-readable output")
    av.set_defaults(handler=cmd_audit_verify)
    ae = audit.add_parser("export", help="write an audit bundle to DIR")
    ae.add_argument("--out", required=True, help="directory to create the export in")
    ae.set_defaults(handler=cmd_audit_export)
    ak = audit.add_parser("key", help="print the audit verifier key line and its fingerprint")
    ak.set_defaults(handler=cmd_audit_key)

    va = sub.add_parser("verify-audit", help="verify an audit export (no vault needed: the auditor's side)")
    va.add_argument("directory")
    va.add_argument("--key", required=True, help="file with the verifier key line you pinned")
    va.add_argument("--last-checkpoint", help="a checkpoint kept from an earlier export")
    va.add_argument("--json", action="store_true", help="machine-readable output")
    va.set_defaults(handler=cmd_verify_audit)

    settings = sub.add_parser("settings", help="appliance settings (admin)").add_subparsers(
        dest="settings_command", metavar="SUBCOMMAND"
    )
    dc = settings.add_parser("dual-control", help="show or set the actions that need a second approver")
    dc.add_argument("--require", nargs="*", metavar="ACTION", help="the full set of actions under dual control")
    dc.set_defaults(handler=cmd_dual_control)
    idle = settings.add_parser("idle-lock", help="lock the vault after SECONDS without activity (0: never)")
    idle.add_argument("seconds", type=int)
    idle.set_defaults(handler=cmd_idle_lock)


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def cmd_init(args: argparse.Namespace) -> int:
    from app.core.service import init_vault

    secret = (
        passphrase(args, "Passphrase for the first admin: ")
        if args.passphrase_file
        else new_passphrase(None, args.admin)
    )
    target = data_dir(args)
    session, recovery = init_vault(target, args.admin, secret)
    try:
        sys.stderr.write(f"Created the Airlock vault in {target} with admin account {args.admin}.\n")
        sys.stderr.write("Recovery key (shown once; write it on paper and keep it in a safe):\n")
        sys.stdout.write(recovery + "\n")
        sys.stderr.write(f"Audit verifier key for auditors to pin: {session.audit_verifier_line()}\n")
    finally:
        session.close()
    return EXIT_OK


def cmd_account_add(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        secret = new_passphrase(args.new_passphrase_file, args.name)
        session.add_account(args.name, args.role, secret, approval=approval(args))
    sys.stderr.write(f"Added {args.role} account {args.name}.\n")
    return EXIT_OK


def cmd_account_list(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        accounts = [a.to_json() for a in session.list_accounts()]
    if args.json:
        print_json(accounts)
    else:
        print_table(accounts, ["name", "role", "status", "created", "created_by"])
    return EXIT_OK


def cmd_account_passwd(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        secret = new_passphrase(args.new_passphrase_file, args.name)
        session.change_passphrase(args.name, secret)
    sys.stderr.write(f"Changed the passphrase of {args.name}.\n")
    return EXIT_OK


def cmd_account_recover(args: argparse.Namespace) -> int:
    import getpass

    from app.cli.common import _read_secret_file
    from app.core.service import UsageError, open_with_recovery

    if args.recovery_key_file:
        key = _read_secret_file(args.recovery_key_file, "recovery key").decode(errors="replace")
    elif sys.stdin.isatty():
        key = getpass.getpass("Recovery key: ")
    else:
        raise UsageError("No recovery key given.", "Use --recovery-key-file FILE.")
    session = open_with_recovery(data_dir(args), key)
    try:
        secret = new_passphrase(args.new_passphrase_file, args.name)
        session.change_passphrase(args.name, secret)
    finally:
        session.close()
    sys.stderr.write(f"Set a new passphrase for {args.name} with the recovery key.\n")
    return EXIT_OK


def cmd_rekey(args: argparse.Namespace) -> int:
    from app.core.service import rekey

    with open_session(args) as session:
        rekey(session, progress_bar("Rekey"))
        sys.stderr.write("Rotated the data key; every account and the recovery key still open the vault.\n")
        sealed = session.reseal_store(progress_bar("Re-sealing the content store"))  # under the new store key
    sys.stderr.write(f"Re-sealed {sealed['sealed'] + sealed['encrypted']} stored object(s) under a new store key.\n")
    return EXIT_OK


def cmd_audit_list(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        entries = session.audit_entries(limit=args.limit, action=args.action, actor=args.actor, outcome=args.outcome)
    rows = [e.to_json() for e in entries]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            row["details"] = _short(row["details"])
        print_table(rows, ["seq", "time", "actor", "action", "target", "outcome", "details"])
    return EXIT_OK


def _short(details: dict[str, Any]) -> str:
    text = ", ".join(f"{k}={v}" for k, v in sorted(details.items()))
    return text if len(text) <= 80 else text[:77] + "..."  # noqa: PLR2004


def cmd_audit_verify(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        report = session.verify_audit_log()
    if args.json:
        print_json(
            {
                "ok": report.ok,
                "entries": report.size,
                "checkpoints": report.checkpoints,
                "sealed": report.sealed_size,
                "unsealed_tail": report.unsealed,
                "problems": report.problems,
            }
        )
    if report.ok:
        sys.stderr.write(
            f"The audit log verifies: {report.size} entries, {report.checkpoints} checkpoints; "
            f"{report.unsealed} entries after the newest checkpoint.\n"
        )
        return EXIT_OK
    for problem in report.problems:
        sys.stderr.write(f"airlock: audit log: {problem}\n")
    sys.stderr.write("Export what remains and contact your security officer; do not keep using this vault.\n")
    return EXIT_FAILED


def cmd_audit_export(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        summary = session.export_audit(Path(args.out), progress_bar("Export"))
    sys.stderr.write(
        f"Wrote {summary.entries} entries and {summary.checkpoints} checkpoints to {summary.path}.\n"
        f"Verifier key fingerprint (compare it with the auditor's pinned key): "
        f"{summary.verifier_fingerprint}\n"
    )
    sys.stdout.write(f"{summary.path}\n")
    return EXIT_OK


def cmd_audit_key(args: argparse.Namespace) -> int:
    from app.core.service import verifier_fingerprint

    with open_session(args) as session:
        line = session.audit_verifier_line()
    sys.stdout.write(line + "\n")
    sys.stderr.write(f"Fingerprint: {verifier_fingerprint(line)}\n")
    return EXIT_OK


def cmd_verify_audit(args: argparse.Namespace) -> int:
    """The auditor's side: exactly the logic of the standalone verify_audit.py in every export."""
    from app.core.service import run_audit_verifier

    argv = [args.directory, "--key", args.key]
    if args.last_checkpoint:
        argv += ["--last-checkpoint", args.last_checkpoint]
    if args.json:
        argv.append("--json")
    return run_audit_verifier(argv)


def cmd_dual_control(args: argparse.Namespace) -> int:
    return action_list_setting(args, "dual_control_actions", "set_dual_control", "(no action is under dual control)")


def cmd_idle_lock(args: argparse.Namespace) -> int:
    from app.core.service import UsageError

    if args.seconds < 0:
        raise UsageError("The idle time cannot be negative.", "Give 0 to never lock, or a number of seconds.")
    with open_session(args) as session:
        session.set_setting("idle_lock_seconds", str(args.seconds), approval=approval(args))
    return EXIT_OK
