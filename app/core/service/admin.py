"""Session actions of the foundation: accounts, the audit trail, dual control, rekey."""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.core import account_states
from app.core.accounts import DUAL_CONTROL_ACTIONS, validate_name, validate_role
from app.core.audit.log import AuditEntry, LogReport, utc_now
from app.core.errors import AirlockError, AlreadyExists, NotFound, OperationFailed, PermissionDenied, UsageError
from app.core.messages import say
from app.core.progress import Progress, check_cancel, no_progress

if TYPE_CHECKING:
    from app.core.service.core import Approval, SessionCore

    _Base = SessionCore
else:
    _Base = object


@dataclass(frozen=True)
class AccountInfo:
    name: str
    role: str
    created: str
    created_by: str
    disabled_at: str | None = None
    disabled_by: str | None = None

    @property
    def status(self) -> str:
        return "disabled" if self.disabled_at else "active"

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "created": self.created, "created_by": self.created_by,
                "status": self.status, "disabled_at": self.disabled_at, "disabled_by": self.disabled_by}


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    entries: int
    checkpoints: int
    verifier_line: str
    verifier_fingerprint: str


class AdminActions(_Base):
    """Mixin of `Session`: accounts, audit, settings."""

    # -- accounts ---------------------------------------------------------------------------

    def list_accounts(self) -> list[AccountInfo]:
        self.require("account.list", "account.list")
        with self.lock:
            rows = self.db.execute(
                "SELECT a.name, a.role, a.created, a.created_by, d.disabled_at, d.disabled_by FROM accounts a"
                " LEFT JOIN disabled_accounts d ON d.name = a.name ORDER BY a.name"
            ).fetchall()
        return [AccountInfo(*row) for row in rows]

    def add_account(self, name: str, role: str, passphrase: bytes, approval: Approval | None = None) -> None:
        """Create an account with its own key slot."""
        from app.core.service.unlock import _check_passphrase

        with self.understanding("account.add", name[:64], {"role": role[:20]}):
            validate_name(name)
            validate_role(role)
            _check_passphrase(passphrase)
            self._refuse_taken_name(name)
        with self.action("account.add", name, details={"role": role}, approval=approval):
            self._refuse_taken_name(name)  # again, under the write lock
            slot_id = self.slots.slot_id_for(name)
            self.conn.execute(
                "INSERT INTO accounts(name, role, slot_id, created, created_by) VALUES (?, ?, ?, ?, ?)",
                (name, role, slot_id, utc_now(), self.account.name),
            )
            # The slot file is saved before the row commits: a crash in between leaves an
            # orphan slot that the next unlock removes, never an account without a slot.
            self._add_slot(slot_id, passphrase, role)

    def _refuse_taken_name(self, name: str) -> None:
        if self.db.execute("SELECT 1 FROM accounts WHERE name = ?", (name,)).fetchone():
            raise AlreadyExists(say("An account named {name} exists already.", name=name),
                                say("Choose another name."))
        account_states.refuse_removed_name(self.db, name)

    def _add_slot(self, slot_id: str, passphrase: bytes, role: str, *, withheld: bool = False) -> None:
        data_key = self._data_key
        if data_key is None:
            raise PermissionDenied(say("The vault is locked."), say("Unlock it again."))
        slots = self._fresh_slots()
        slots.add(slot_id, passphrase, data_key, role=role)
        if withheld:
            slots.withhold(slot_id)
        slots.save()

    def change_passphrase(self, name: str, new_passphrase: bytes) -> None:
        """Give `name` a new passphrase: its slot is rewrapped; other slots are untouched."""
        from app.core.service.unlock import _check_passphrase

        permission = "account.passwd.self" if name == self.account.name else "account.passwd.other"
        with self.understanding("account.passwd", name[:64]):
            validate_name(name)
            _check_passphrase(new_passphrase)
            self._account_slot(name)
        with self.action("account.passwd", name, permission=permission):
            role, slot_id = self._account_slot(name)
            # A disabled account's new slot holds no data key either, from its first write.
            self._add_slot(slot_id, new_passphrase, role, withheld=account_states.is_disabled(self.db, name))

    def _account_slot(self, name: str) -> tuple[str, str]:
        """(role, slot id) of an account; `NotFound` when there is none."""
        row = self.db.execute("SELECT role, slot_id FROM accounts WHERE name = ?", (name,)).fetchone()
        if row is None:
            raise NotFound(say("No account named {name}.", name=name), say("See `airlock account list`."))
        return str(row[0]), str(row[1])

    # -- dual control -------------------------------------------------------------------------

    def set_dual_control(self, actions: set[str], approval: Approval | None = None) -> None:
        unknown = actions - DUAL_CONTROL_ACTIONS
        with self.understanding("settings.change", "dual_control"):
            if unknown:
                raise UsageError(
                    say("These actions cannot be put under dual control: {actions}.",
                        actions=", ".join(sorted(unknown))[:400]),
                    say("Choose from: {actions}.", actions=", ".join(sorted(DUAL_CONTROL_ACTIONS))),
                )
        self.set_setting("dual_control", ",".join(sorted(actions)), approval=approval)

    # -- audit -----------------------------------------------------------------------------------

    def audit_entries(self, limit: int | None = 100, **filters: Any) -> list[AuditEntry]:
        self.require("audit.list", "audit.list")
        with self.lock:
            return self.audit.entries(limit=limit, **filters)

    def audit_size(self) -> int:
        with self.lock:
            return self.audit.size()

    def verify_audit_log(self) -> LogReport:
        """Recompute the local tree and check every checkpoint; the result is audited."""
        self.require("audit.verify", "audit.verify")
        with self.lock:
            report = self.audit.verify(self.audit_verifier_line())
        details = {"entries": report.size, "checkpoints": report.checkpoints, "unsealed": report.unsealed}
        if report.ok:
            with self.action("audit.verify", "", details=details):
                pass
        else:
            self.audit_refusal("audit.verify", "", "; ".join(report.problems), details, outcome="failed")
        return report

    def checkpoint_now(self) -> str | None:
        """Seal everything so far (the request itself included) in a signed checkpoint."""
        self.require("audit.checkpoint", "audit.checkpoint")
        self._write(lambda: None, "audit.checkpoint", {"reason": "operator"}, seal=True)
        return self.audit.latest_checkpoint()

    def export_audit(
        self, out_dir: Path, progress: Progress = no_progress, cancel: threading.Event | None = None
    ) -> ExportSummary:
        """Write an audit bundle to `out_dir`: a fresh checkpoint covers everything before it.

        The export itself is recorded after the bundle is written (its entry is the first of
        the next export's tail).
        """
        from app.core.audit.export import write_export

        self.require("audit.export", "audit.export", str(out_dir))
        check_cancel(cancel, "The audit export")
        if not out_dir.is_dir():
            reason = f"{out_dir} is not a directory"
            self.audit_refusal("audit.export", str(out_dir), reason, outcome="failed")
            raise OperationFailed(say("Cannot export the audit trail: {path} is not a directory.", path=out_dir),
                                  say("Mount the medium and give a folder on it with --out."))
        # The export's own start is sealed into the checkpoint it carries: no unsealed tail.
        self._write(lambda: None, "audit.checkpoint", {"reason": "export"}, target=str(out_dir), seal=True)
        verifier = self.audit_verifier_line()
        with self.lock:
            size = self.audit.size()
            checkpoints = self.audit.checkpoints()
            try:
                result = write_export(
                    out_dir, self.audit.raw_entries(), checkpoints, verifier, progress, cancel, total=size
                )
            except (AirlockError, OSError) as exc:
                reason = str(exc)
                self.audit_refusal("audit.export", str(out_dir), reason, outcome="failed")
                if isinstance(exc, OSError):
                    raise OperationFailed(
                        say("Could not write the audit export to {path}: {error}.", path=out_dir, error=exc.strerror),
                        say("Check the medium is mounted, writable and has space."),
                    ) from exc
                raise
        fingerprint = verifier_fingerprint(verifier)
        with self.action(
            "audit.export",
            str(out_dir),
            details={"entries": size, "checkpoints": len(checkpoints), "verifier": fingerprint},
        ):
            pass
        return ExportSummary(Path(result.path), size, len(checkpoints), verifier, fingerprint)


def verifier_fingerprint(verifier_line: str) -> str:
    """What an auditor compares on paper: SHA256 of the verifier key line, in hex."""
    return "SHA256:" + hashlib.sha256(verifier_line.strip().encode()).hexdigest()


def verify_audit_export(directory: Path, verifier_line: str, last_checkpoint: str | None = None) -> Any:
    """The auditor's side: no vault needed. Same logic as the standalone verify_audit.py."""
    from app.core.audit.verify_audit import UsageProblem, verify_export

    try:
        return verify_export(directory, verifier_line, last_checkpoint)
    except UsageProblem as exc:
        raise UsageError(str(exc), say("Give the export folder and the verifier key line you pinned.")) from exc


def run_audit_verifier(argv: list[str]) -> int:
    """`airlock verify-audit`: the standalone verifier's own command line, run in process."""
    from app.core.audit.verify_audit import main

    return main(argv)
