"""Reports: fleet, deployments and audit over a period, as one HTML file and CSV of its tables.

The request (kind, days, file) is checked first, then the permission. The vault is read one
query at a time under the session's lock, so other actions go on while a report is written
(the audit report reads its entries in chunks). An audit report first seals everything so far
with a signed checkpoint and names it. Writing a report is audited: its files leave the vault.
"""

from __future__ import annotations

import hashlib
import io
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, cast

from app.core.audit.log import utc_now
from app.core.errors import AirlockError, OperationFailed, UsageError
from app.core.fsutil import HashingWriter, atomic_writer
from app.core.messages import say
from app.core.progress import Progress, check_cancel, no_progress
from app.core.reports import audit, deployments, fleet
from app.core.reports.csv_tables import csv_path, write_csv
from app.core.reports.html import write_html
from app.core.reports.model import Report, ReportParts, Speak, english, stamp
from app.core.reports.period import Period, period

if TYPE_CHECKING:
    from app.core.service.alarms import AlarmActions
    from app.core.service.core import SessionCore

    _Base = SessionCore
else:
    _Base = object

REPORT_KINDS: Final = ("fleet", "deployments", "audit")
_TITLES: Final = {"fleet": say("Fleet report"), "deployments": say("Deployments report"),
                  "audit": say("Audit report")}


@dataclass(frozen=True)
class Language:
    """How a report speaks: English left to right on the command line; the GUI passes the operator's."""

    speak: Speak = english
    code: str = "en"
    rtl: bool = False


@dataclass(frozen=True)
class WrittenReport:
    kind: str
    path: Path
    sha256: str
    csv: list[Path] = field(default_factory=list)
    checkpoint: int | None = None  # the tree size of the checkpoint sealing an audit report

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "path": str(self.path), "sha256": self.sha256,
                "csv": [str(p) for p in self.csv], "checkpoint": self.checkpoint}


class _Reading:
    """A `Reader` over the session's connection: one query at a time under its lock, cancellable."""

    def __init__(self, session: Any, cancel: threading.Event | None) -> None:
        self._session, self._cancel = session, cancel

    def rows(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        check_cancel(self._cancel, "The report")
        with self._session.lock:
            rows: list[tuple[Any, ...]] = self._session.conn.execute(sql, tuple(params)).fetchall()
        return rows


class ReportActions(_Base):
    """Writing reports for the people who check the site."""

    def write_report(
        self,
        kind: str,
        first: str,
        last: str,
        out: Path,
        *,
        language: Language | None = None,
        progress: Progress = no_progress,
        cancel: threading.Event | None = None,
    ) -> WrittenReport:
        """Write the `kind` report for the days `first` to `last` (YYYY-MM-DD, both included) to `out`.

        `out` gets the HTML; each table also goes to OUT-STEM-TABLE.csv beside it. Files are
        written whole or not at all, with mode 0600. Refusals and failures are audited.
        """
        out = Path(out)
        target = f"{kind} {first[:10]}..{last[:10]}"
        details: dict[str, Any] = {"kind": kind, "from": first[:40], "to": last[:40], "file": str(out)}
        try:
            window = _checked_request(kind, first, last, out)
        except UsageError as exc:
            self.audit_refusal("report.write", target, str(exc), details)
            raise
        self.require("report.write", "report.write", target)
        csv_files: list[Path] = []
        try:
            try:
                written = self._report_files(kind, window, out, language or Language(), progress, cancel, csv_files)
            except BaseException:
                for path in csv_files:  # a report is whole or not there: no CSV without its HTML
                    path.unlink(missing_ok=True)
                raise
        except AirlockError as exc:
            self.audit_refusal("report.write", target, str(exc), details, outcome=exc.audit_outcome)
            raise
        except OSError as exc:
            error = OperationFailed(say("Could not write {path}: {error}.", path=out, error=exc.strerror or exc),
                                    say("Check the folder is writable and has space."))
            self.audit_refusal("report.write", target, str(error), details, outcome="failed")
            raise error from exc
        with self.action("report.write", target, "report.write", details) as act:
            act.details.update(sha256=written.sha256, csv=[p.name for p in written.csv])
            if written.checkpoint is not None:
                act.details["checkpoint"] = written.checkpoint
        return written

    def _report_files(self, kind: str, window: Period, out: Path, language: Language, progress: Progress,
                      cancel: threading.Event | None, csv_files: list[Path]) -> WrittenReport:
        """Write the files; `csv_files` lists each CSV as soon as it is written."""
        reader = _Reading(self, cancel)
        checkpoint = None
        progress(0, 0, say("Reading the vault"))
        if kind == "audit":
            audit_pass = audit.AuditPass(reader, window, self._report_seal(out))
            checkpoint = audit_pass.seal.size
            parts = audit_pass.parts()
        elif kind == "deployments":
            found = deployments.build(reader, window)
            parts = ReportParts([], lambda: found)
        else:
            ops = cast("AlarmActions", self)  # the ops room's alarms (a base of Session beside this one)
            alarms = ops.list_alarms(include_closed=True, since=window.first.isoformat(), until=window.last.isoformat())
            found = fleet.build(reader, window, alarms, language.speak)
            parts = ReportParts([], lambda: found)
        for table in parts.first:
            write_csv(csv_path(out, table.key), table, progress, cancel)
            csv_files.append(csv_path(out, table.key))
        report = Report(kind, _TITLES[kind], str(window), stamp(utc_now()) + " UTC", self.account.name, self.origin,
                        parts.sections())
        for table in report.tables():
            if table.csv:
                write_csv(csv_path(out, table.key), table, progress, cancel)
                csv_files.append(csv_path(out, table.key))
        names = {t.key: csv_path(out, t.key).name for t in report.tables() if csv_path(out, t.key) in csv_files}
        check_cancel(cancel, "The report")
        digest = _write_html(report, out, language, names)
        progress(1, 1, say("Report written"))
        return WrittenReport(kind, out, digest, csv_files, checkpoint)

    def _report_seal(self, out: Path) -> audit.Seal:
        """Seal everything so far with a fresh signed checkpoint; it is the one the report names."""
        self._write(lambda: None, "audit.checkpoint", {"reason": "report"}, target=str(out), seal=True)
        with self.lock:
            note = self.audit.latest_checkpoint()
        if note is None:  # pragma: no cover - sealing just wrote one
            raise OperationFailed(say("The audit log has no checkpoint to seal the report with."))
        _origin, size, root = note.split("\n")[:3]
        return audit.Seal(int(size), root, note)


def _checked_request(kind: str, first: str, last: str, out: Path) -> Period:
    if kind not in REPORT_KINDS:
        raise UsageError(say("There is no {kind} report.", kind=repr(kind)),
                         say("Choose one of: {kinds}.", kinds=", ".join(REPORT_KINDS)))
    window = period(first, last)
    if not out.name or not out.parent.is_dir():
        raise UsageError(say("Cannot write {path}: {folder} is not a folder.", path=out, folder=out.parent),
                         say("Give a file in an existing folder."))
    return window


def _write_html(report: Report, out: Path, language: Language, csv_names: dict[str, str]) -> str:
    digest = hashlib.sha256()
    with atomic_writer(out) as handle:
        text = io.TextIOWrapper(io.BufferedWriter(HashingWriter(handle, digest)), encoding="utf-8", newline="\n")
        write_html(report, text, language.speak, lang=language.code, rtl=language.rtl, csv_names=csv_names)
        text.flush()
        text.detach()
    return digest.hexdigest()
