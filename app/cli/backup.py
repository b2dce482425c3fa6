"""Commands of the backup room: backup create, verify, restore, list, status, warn-after."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from app.cli.common import (
    EXIT_FAILED,
    EXIT_OK,
    _read_secret_file,
    approval,
    data_dir,
    open_session,
    passphrase,
    print_json,
    print_table,
    progress_bar,
)

MAX_KEY_FILE = 64 * 1024


def register(sub: argparse._SubParsersAction[Any]) -> None:
    backup = sub.add_parser("backup", help="back the appliance up, check a backup, restore one").add_subparsers(
        dest="backup_command", metavar="SUBCOMMAND"
    )
    create = backup.add_parser(
        "create", help="an encrypted, signed backup of the vault in a folder of its own inside DIR (admin)"
    )
    create.add_argument("--out", required=True, metavar="DIR", help="folder on the medium to write the backup in")
    create.add_argument("--with-store", action="store_true",
                        help="also copy the content store (only objects not on the medium yet)")
    create.add_argument("--split-size", type=_size, metavar="SIZE",
                        help="largest file written to the medium (default: just under 4 GiB, for FAT32)")
    create.add_argument("--json", action="store_true", help="machine-readable output")
    create.set_defaults(handler=cmd_create)

    verify = backup.add_parser("verify", help="check a backup's signature and every hash (no vault needed)")
    verify.add_argument("backup_dir", metavar="BACKUP_DIR")
    verify.add_argument("--key", metavar="KEYFILE", help="the audit verifier key line you pinned for the appliance")
    verify.add_argument("--json", action="store_true", help="machine-readable output")
    verify.set_defaults(handler=cmd_verify)

    restore = backup.add_parser("restore", help="restore a backup into the (empty) --data-dir")
    restore.add_argument("backup_dir", metavar="BACKUP_DIR")
    restore.add_argument("--last-checkpoint", metavar="FILE",
                         help="a checkpoint kept from an audit export: refuse a backup older than it")
    restore.add_argument("--recovery-key-file", metavar="FILE",
                         help="open the backup with the recovery key in FILE instead of a passphrase")
    restore.add_argument("--key", metavar="KEYFILE", help="the audit verifier key line you pinned for the appliance")
    restore.add_argument("--json", action="store_true", help="machine-readable output")
    restore.set_defaults(handler=cmd_restore)

    listing = backup.add_parser("list", help="the backups in a folder of a medium (read, not verified)")
    listing.add_argument("directory", metavar="DIR")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(handler=cmd_list)

    status = backup.add_parser("status", help="when and where the last backup was made")
    status.add_argument("--json", action="store_true", help="machine-readable output")
    status.set_defaults(handler=cmd_status)

    warn = backup.add_parser("warn-after", help="warn when no backup was made for DAYS days (0: never; admin)")
    warn.add_argument("days", type=int)
    warn.set_defaults(handler=cmd_warn_after)


def _size(text: str) -> int:
    from app.cli.bundles import parse_size

    return parse_size(text)


def _key_line(path: str | None) -> str | None:
    if path is None:
        return None
    from app.core.service import UsageError

    try:
        raw = Path(path).read_bytes()[:MAX_KEY_FILE]
    except OSError as exc:
        raise UsageError(f"Cannot read the key file {path}: {exc.strerror}.", "Check the path.") from exc
    lines = [line.strip() for line in raw.decode("utf-8", errors="replace").splitlines() if line.strip()]
    if len(lines) != 1:
        raise UsageError(f"{path} does not hold one verifier key line.",
                         "Give the file holding the line `airlock audit key` printed.")
    return lines[0]


def _read_text(path: str, what: str) -> str:
    from app.core.service import UsageError

    try:
        return Path(path).read_bytes()[: 1 << 20].decode("utf-8", errors="replace")
    except OSError as exc:
        raise UsageError(f"Cannot read the {what} {path}: {exc.strerror}.", "Check the path.") from exc


def cmd_create(args: argparse.Namespace) -> int:
    from app.core.service import PART_SIZE

    with open_session(args) as session:
        result = session.create_backup(
            Path(args.out), with_store=args.with_store, part_size=args.split_size or PART_SIZE,
            progress=progress_bar("Backup"), approval=approval(args),
        )
    if args.json:
        print_json(result.to_json())
    else:
        sys.stdout.write(f"{result.path}\n")
    store = (f"{result.objects} store objects ({result.new_parts} parts new, {result.shared_parts} already on the "
             "medium)" if result.with_store else "no content store (add --with-store to include it)")
    sys.stderr.write(f"Wrote backup {result.name}: the vault with {result.audit_size} audit entries and {store}; "
                     f"{result.bytes_written / (1 << 20):.1f} MiB written.\n")
    if result.missing_objects:
        sys.stderr.write(f"airlock: warning: {len(result.missing_objects)} objects the vault refers to are missing "
                         "from the content store and are not in the backup; run `airlock bundle check-store`.\n")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from app.core.service import BackupDamaged, verify_backup

    try:
        backup = verify_backup(Path(args.backup_dir), _key_line(args.key), progress_bar("Verify"))
    except BackupDamaged as exc:
        if args.json:
            print_json({"ok": False, "backup": args.backup_dir, "file": exc.file, "problem": str(exc)})
        sys.stderr.write(f"airlock: backup {args.backup_dir}: {exc}\n")
        return EXIT_FAILED
    summary = backup.summary()
    if args.json:
        print_json({"ok": True, **summary, "pinned": args.key is not None})
        return EXIT_OK
    sys.stderr.write(
        f"The backup {summary['name']} verifies: {summary['files']} files, every hash matches, signed by "
        f"{summary['origin']} ({summary['signed_by']}"
        f"{', the key you pinned' if args.key else '; compare it with `airlock audit key`, or pin it with --key'}).\n"
    )
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from app.core.service import Credentials, restore_backup

    if args.recovery_key_file:
        secret = _read_secret_file(args.recovery_key_file, "recovery key").decode(errors="replace")
        credentials = Credentials(recovery_key=secret)
    else:
        credentials = Credentials(account=args.account, passphrase=passphrase(args))
    last = _read_text(args.last_checkpoint, "checkpoint") if args.last_checkpoint else None
    result = restore_backup(Path(args.backup_dir), data_dir(args), credentials, last_checkpoint=last,
                            pinned=_key_line(args.key), progress=progress_bar("Restore"))
    if args.json:
        print_json(result.to_json())
    sys.stderr.write(
        f"Restored {result.backup} (made {result.created}) into {result.data_dir}: {result.audit_size} audit entries "
        f"and {result.objects} store objects. The audit log continues with an entry recording the restore.\n"
    )
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from app.core.service import find_backups

    found = find_backups(Path(args.directory))
    if args.json:
        print_json(found)
    else:
        rows = [{**row, "store": "yes" if row.get("with_store") else "no",
                 "size": f"{int(str(row.get('bytes', 0))) / (1 << 20):.1f} MiB"} for row in found]
        print_table(rows, ["name", "created", "store", "size", "audit_size", "problem"])
    return EXIT_OK


def cmd_status(args: argparse.Namespace) -> int:
    with open_session(args) as session:
        status = session.backup_status()
    if args.json:
        print_json(status.to_json())
        return EXIT_OK
    if status.last_created is None:
        sys.stdout.write("No backup has been made of this vault.\n")
    else:
        sys.stdout.write(f"Last backup: {status.last_name}, {status.last_created}, in {status.last_medium}"
                         f"{' (with the content store)' if status.last_with_store else ''}.\n")
    if status.overdue:
        sys.stderr.write(f"airlock: warning: no backup for more than {status.warn_after_days} days; "
                         "make one with `airlock backup create --out DIR --with-store`.\n")
    return EXIT_OK


def cmd_warn_after(args: argparse.Namespace) -> int:
    from app.core.service import check_warning_days

    check_warning_days(args.days)
    with open_session(args) as session:
        session.set_backup_warning_days(args.days, approval=approval(args))
    sys.stderr.write("Backups are no longer reminded of.\n" if args.days == 0
                     else f"Airlock warns when no backup was made for {args.days} days.\n")
    return EXIT_OK
