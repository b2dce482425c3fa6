"""Commands of the records room: reasons on record and reports.

`offer_reason` runs after every room registered its commands (app.cli.build_parser): it
gives each command that acts a `--reason TEXT`, so commands added by any room take one
without knowing about it. `common.open_session` states it for the whole command.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli.common import EXIT_OK, action_list_setting, open_session, print_json, progress_bar

REASON_HELP = "why: a change ticket or a sentence, recorded in the audit entry"
# Commands that only read, or that never open a vault, take no --reason: by the command's
# own name (in any group), or by its path (with everything below it).
_READ_NAMES = frozenset({"list", "show", "verify", "scan", "status", "key", "management-key", "deployments"})
_NO_REASON_PATHS = (
    "init",  # the vault does not exist yet
    "account recover",  # unlocked with the recovery key, outside a session
    "verify-audit",
    "publisher",
    "bundle build",
    "bundle sign",
    "backup verify",
    "app self-check",  # internal: a new version proving itself during an update
)


def _subparsers(parser: argparse.ArgumentParser) -> argparse._SubParsersAction[Any] | None:
    for action in parser._actions:  # noqa: SLF001 - argparse keeps its subcommands nowhere public
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            return action
    return None


def offer_reason(sub: argparse._SubParsersAction[Any], prefix: str = "") -> None:
    """Add `--reason` to every command below `sub` that acts, unless it defines one itself.

    A group (a command with subcommands) never takes one: its subcommands do.
    """
    for name, parser in sub.choices.items():
        path = f"{prefix}{name}"
        if path in _NO_REASON_PATHS or path.startswith(tuple(f"{p} " for p in _NO_REASON_PATHS)):
            continue
        below = _subparsers(parser)
        if below is not None:
            offer_reason(below, f"{path} ")
            continue
        if name in _READ_NAMES or parser.get_default("handler") is None:
            continue
        try:
            parser.add_argument("--reason", metavar="TEXT", help=REASON_HELP)
        except argparse.ArgumentError:
            continue  # the command has a --reason of its own (node cordon: required)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    _extend_jobs_show(sub)
    report = sub.add_parser("report", help="write a report (one HTML file, and CSV of its tables) for a period")
    report.add_argument("kind", choices=["fleet", "deployments", "audit"],
                        help="fleet: health, nodes, jobs, alarms; deployments: what went where; audit: who did what "
                        "and why, sealed by a checkpoint")
    report.add_argument("--from", dest="first", required=True, metavar="DATE", help="first day, YYYY-MM-DD (UTC)")
    report.add_argument("--to", dest="last", required=True, metavar="DATE", help="last day, included")
    report.add_argument("--out", required=True, metavar="FILE",
                        help="the HTML file; each table also goes to FILE-STEM-TABLE.csv beside it")
    report.add_argument("--json", action="store_true", help="print what was written as JSON")
    report.set_defaults(handler=cmd_report)
    group = sub.choices.get("settings")
    settings = _subparsers(group) if group is not None else None
    if settings is not None:
        rr = settings.add_parser("reasons", help="show or set the actions that need a reason on record")
        rr.add_argument("--require", nargs="*", metavar="ACTION", help="the full set of actions that need --reason")
        rr.set_defaults(handler=cmd_reasons)


def cmd_reasons(args: argparse.Namespace) -> int:
    return action_list_setting(args, "required_reasons", "set_required_reasons", "(no action needs a reason)")


def _extend_jobs_show(sub: argparse._SubParsersAction[Any]) -> None:
    group = sub.choices.get("jobs")
    jobs = _subparsers(group) if group is not None else None
    show = jobs.choices.get("show") if jobs is not None else None
    if show is None:
        return
    show.add_argument("--output", metavar="FILE",
                      help="write the job's whole output to FILE: plain text, or JSON lines of the per-host "
                      "results when FILE ends in .jsonl")
    show.add_argument("--format", choices=["text", "jsonl"], help="with --output: the format, whatever FILE's name")
    show.add_argument("--reason", metavar="TEXT", help=REASON_HELP)


def save_job_output(args: argparse.Namespace) -> int:
    """`jobs show ID --output FILE`: stream the stored output into FILE."""
    from pathlib import Path

    with open_session(args) as session:
        saved = session.save_job_output(args.job_id, Path(args.output), args.format, progress_bar("Output"))
    if args.json:
        print_json(saved.to_json())
    else:
        sys.stderr.write(f"Wrote job {saved.job}'s {saved.stream} output to {saved.path}: {saved.lines} lines, "
                         f"{saved.bytes} bytes, SHA-256 {saved.sha256}.\n")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from pathlib import Path

    with open_session(args) as session:
        written = session.write_report(args.kind, args.first, args.last, Path(args.out).absolute(),
                                       progress=progress_bar("Report"))
    if args.json:
        print_json(written.to_json())
        return EXIT_OK
    sys.stdout.write(f"{written.path}\n")
    sealed = f", sealed by checkpoint {written.checkpoint}" if written.checkpoint is not None else ""
    sys.stderr.write(f"Wrote the {written.kind} report{sealed}: SHA-256 {written.sha256}; "
                     f"{len(written.csv)} CSV file(s) beside it.\n")
    return EXIT_OK
