"""Commands of the ops room: schedule, node cordon|uncordon, alarms, health thresholds (cli.md).

Handlers import `app.core` lazily so `airlock --help` stays fast.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from app.cli import common
from app.cli.nodes import _positive

EXIT_OK = 0


def register(subparsers: Any) -> None:
    """Add schedule, alarms and health; add cordon and uncordon to the node command."""
    _register_schedule(subparsers)
    _register_alarms(subparsers)
    _register_cordon(_subcommands_of(subparsers, "node"))
    _register_settings(_subcommands_of(subparsers, "settings"))


def _subcommands_of(subparsers: Any, command: str) -> Any:
    """The subcommand list of a command another room registered (to extend it)."""
    parser = subparsers.choices[command]
    for action in parser._actions:  # noqa: SLF001 - argparse keeps a command's subparsers there
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            return action
    msg = f"the {command} command has no subcommands"
    raise RuntimeError(msg)


def _register_schedule(subparsers: Any) -> None:
    schedule = subparsers.add_parser("schedule", help="playbooks that run on their own while Airlock runs")
    sub = schedule.add_subparsers(dest="schedule_command", metavar="SUBCOMMAND")
    add = sub.add_parser("add", help="run a playbook (health, facts, or one an admin allows) every period")
    add.add_argument("playbook", metavar="PLAYBOOK")
    add.add_argument("--on", required=True, metavar="PATTERN", help="the nodes: gpu-*, site=north, all, ...")
    add.add_argument("--every", required=True, metavar="DURATION", help="15m, 6h, 1d, 1h30m ...")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_schedule_add)
    listing = sub.add_parser("list", help="every schedule, when it runs next, how its last run went")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_schedule_list)
    remove = sub.add_parser("remove", help="stop a schedule (its runs stay in the history)")
    remove.add_argument("schedule_id", type=_positive, metavar="ID")
    remove.set_defaults(handler=_schedule_remove)
    due = sub.add_parser("run-due", help="run what is due now and look at the alarms (for a system timer)")
    due.add_argument("--json", action="store_true")
    due.set_defaults(handler=_schedule_run_due)


def _register_alarms(subparsers: Any) -> None:
    alarms = subparsers.add_parser("alarms", help="open alarms first; acknowledge with `alarms ack ID --note TEXT`")
    alarms.add_argument("--all", action="store_true", help="cleared alarms too")
    alarms.add_argument("--json", action="store_true")
    alarms.set_defaults(handler=_alarms)
    sub = alarms.add_subparsers(dest="alarms_command", metavar="SUBCOMMAND")
    ack = sub.add_parser("ack", help="say someone is on it, with a note (audited)")
    ack.add_argument("alarm_id", type=_positive, metavar="ID")
    ack.add_argument("--note", required=True, metavar="TEXT")
    ack.add_argument("--json", action="store_true")
    ack.set_defaults(handler=_alarms_ack)


def _register_settings(settings_sub: Any) -> None:
    thresholds = settings_sub.add_parser("health-thresholds",
                                         help="show, or --set (admin), the thresholds health checks use")
    thresholds.add_argument("--set", dest="changes", action="append", default=[], metavar="NAME=VALUE")
    thresholds.add_argument("--json", action="store_true")
    thresholds.set_defaults(handler=_thresholds)
    alarms = settings_sub.add_parser("alarms", help="show, or set (admin), when alarms are raised and whether an "
                                                    "unhealthy node is cordoned automatically")
    alarms.add_argument("--expiry-days", metavar="DAYS", help="alarm this long before a trust root or bundle "
                                                              "expires (default 30)")
    alarms.add_argument("--store-free-percent", metavar="PERCENT", help="alarm when the content store's disk has "
                                                                        "less free (default 10)")
    alarms.add_argument("--auto-cordon", choices=("on", "off"), help="cordon a node whose health turns unhealthy")
    alarms.add_argument("--json", action="store_true")
    alarms.set_defaults(handler=_alarm_settings)
    playbooks = settings_sub.add_parser("schedule-playbooks",
                                        help="show, or --set (admin), the playbooks schedules may run")
    playbooks.add_argument("--set", dest="playbooks", nargs="*", metavar="PLAYBOOK",
                           help="facts and health always may; deployment playbooks never")
    playbooks.set_defaults(handler=_schedule_playbooks)


def _register_cordon(node_sub: Any) -> None:
    cordon = node_sub.add_parser("cordon", help="take a node out of service: no deployment, no job but facts and "
                                                "health")
    cordon.add_argument("name", metavar="NAME")
    cordon.add_argument("--reason", required=True, metavar="TEXT", help="why: a change ticket or a sentence")
    cordon.set_defaults(handler=_cordon)
    uncordon = node_sub.add_parser("uncordon", help="put a cordoned node back in service")
    uncordon.add_argument("name", metavar="NAME")
    uncordon.add_argument("--reason", required=True, metavar="TEXT")
    uncordon.set_defaults(handler=_uncordon)


# -- schedules -----------------------------------------------------------------------------------


def _schedule_add(args: argparse.Namespace) -> int:
    with common.open_session(args) as session:
        made = session.add_schedule(args.playbook, args.on, args.every)
    if args.json:
        common.print_json(made)
    else:
        sys.stdout.write(f"Schedule {made['id']}: {made['playbook']} on {made['pattern']} every {made['every']}; "
                         f"first run at {made['next_run_at'][:19]} UTC.\n")
    return EXIT_OK


def _schedule_list(args: argparse.Namespace) -> int:
    with common.open_session(args) as session:
        listing = session.list_schedules()
    if args.json:
        common.print_json(listing)
        return EXIT_OK
    rows = [{**s, "next": s["next_run_at"][:19], "last": _last_run(s["last_run"])} for s in listing]
    common.print_table(rows, ["id", "playbook", "pattern", "every", "owner", "next", "last"])
    return EXIT_OK


def _last_run(run: dict[str, Any] | None) -> str:
    if run is None:
        return "-"
    job = f" (job {run['job']})" if run["job"] else ""
    return f"{run['fired_at'][:19]} {run['status']}{job}"


def _schedule_remove(args: argparse.Namespace) -> int:
    with common.open_session(args) as session:
        session.remove_schedule(args.schedule_id)
    sys.stdout.write(f"Removed schedule {args.schedule_id}.\n")
    return EXIT_OK


def _schedule_run_due(args: argparse.Namespace) -> int:
    cancel = common.cancel_on_interrupt()
    with common.open_session(args) as session:
        runs = session.run_due(cancel=cancel)
        swept = session.sweep_alarms()
    if args.json:
        common.print_json({"runs": runs, "alarms": swept})
        return EXIT_OK
    for run in runs:
        job = f", job {run['job']}" if run["job"] else ""
        extra = f": {run['message']}" if run["message"] else ""
        sys.stderr.write(f"schedule {run['schedule']} ({run['playbook']} on {run['pattern']}): "
                         f"{run['status']}{job}{extra}\n")
    if not runs:
        sys.stderr.write("Nothing was due.\n")
    return EXIT_OK if all(r["status"] in ("succeeded", "skipped") for r in runs) else 1


# -- cordon --------------------------------------------------------------------------------------


def _cordon(args: argparse.Namespace) -> int:
    with common.open_session(args) as session:
        session.cordon_node(args.name, args.reason)
    sys.stdout.write(f"Cordoned {args.name}: it takes no deployment and no job but facts and health.\n")
    return EXIT_OK


def _uncordon(args: argparse.Namespace) -> int:
    with common.open_session(args) as session:
        session.uncordon_node(args.name, args.reason)
    sys.stdout.write(f"Uncordoned {args.name}.\n")
    return EXIT_OK


# -- alarms --------------------------------------------------------------------------------------


def _alarms(args: argparse.Namespace) -> int:
    with common.open_session(args) as session:
        session.sweep_alarms()
        listing = session.list_alarms(include_closed=args.all)
    if args.json:
        common.print_json(listing)
        return EXIT_OK
    if not listing:
        sys.stderr.write("No alarms.\n" if args.all else "No open alarms.\n")
    for alarm in listing:
        sys.stdout.write(_alarm_text(alarm))
    return EXIT_OK


def _alarm_text(alarm: dict[str, Any]) -> str:
    state = f"cleared {alarm['cleared_at'][:19]}" if alarm["cleared_at"] else "open"
    head = (f"{alarm['id']}  {alarm['severity']}  {alarm['kind']}  {alarm['target']}  since "
            f"{alarm['first_seen'][:19]}  {state}")
    lines = [head, f"    {alarm['message']}"]
    lines += [f"    - {reason}" for reason in alarm["detail"].get("reasons", [])]
    lines += [f"    what to do: {action}" for action in alarm["detail"].get("actions", [])]
    if alarm["acknowledged_at"]:
        lines.append(f"    acknowledged by {alarm['acknowledged_by']} at {alarm['acknowledged_at'][:19]}: "
                     f"{alarm['note']}")
    return "\n".join(lines) + "\n"


def _alarms_ack(args: argparse.Namespace) -> int:
    with common.open_session(args) as session:
        alarm = session.acknowledge_alarm(args.alarm_id, args.note)
    if args.json:
        common.print_json(alarm)
    else:
        sys.stdout.write(f"Acknowledged alarm {alarm['id']}; it stays open until its condition clears.\n")
    return EXIT_OK


# -- settings ------------------------------------------------------------------------------------


def _thresholds(args: argparse.Namespace) -> int:
    from app.core.service import UsageError

    changes = []
    for item in args.changes:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            msg = f"--set {item!r} is not NAME=VALUE."
            raise UsageError(msg, "For example: --set gpu_temperature_c=83")
        changes.append((name.strip(), value.strip()))
    approval = common.approval(args)
    with common.open_session(args) as session:
        for name, value in changes:
            session.set_health_threshold(name, value, approval)
        shown = session.ops_settings()["thresholds"]
    if args.json:
        common.print_json(shown)
    else:
        common.print_table([{"name": k, "value": v} for k, v in shown.items()], ["name", "value"])
    return EXIT_OK


def _alarm_settings(args: argparse.Namespace) -> int:
    approval = common.approval(args)
    with common.open_session(args) as session:
        if args.expiry_days is not None:
            session.set_alarm_expiry_days(args.expiry_days, approval)
        if args.store_free_percent is not None:
            session.set_alarm_store_free_percent(args.store_free_percent, approval)
        if args.auto_cordon is not None:
            session.set_auto_cordon(args.auto_cordon == "on", approval)
        shown = session.ops_settings()
    settings = {"expiry_days": shown["expiry_days"], "store_free_percent": shown["store_free_percent"],
                "auto_cordon": "on" if shown["auto_cordon"] else "off"}
    if args.json:
        common.print_json(settings)
    else:
        common.print_table([{"name": k, "value": v} for k, v in settings.items()], ["name", "value"])
    return EXIT_OK


def _schedule_playbooks(args: argparse.Namespace) -> int:
    approval = common.approval(args)
    with common.open_session(args) as session:
        if args.playbooks is not None:
            session.set_schedulable_playbooks(args.playbooks, approval)
        allowed = session.schedulable_playbooks()
    sys.stdout.write(" ".join(allowed) + "\n")
    return EXIT_OK
