"""The audit log in the encrypted store: append-only entries, a stored frontier, checkpoints.

Appends happen inside the caller's open transaction, so an action and its entry commit
together. The compact frontier of the RFC 6962 tree is stored beside the entries, so an
append costs O(log n) whatever the log's size.
"""

from __future__ import annotations

import gc
import json
import time as _time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from typing import Any

import sqlite_utils
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.audit.entry import canonical_entry, first_bad_stored_entry
from app.core.audit.merkle import Frontier, leaf_hash
from app.core.audit.note import format_checkpoint, parse_checkpoint, sign_note, verify_note
from app.core.audit.verify_audit import TreeHasher
from app.core.errors import AuditIntegrityError
from app.core.messages import Message, say

CHECKPOINT_EVERY_ENTRIES = 256
CHECKPOINT_EVERY_SECONDS = 600
_VERIFY_BATCH = 10_000


def utc_now() -> str:
    """The current time as the audit log writes it: RFC 3339, UTC, microseconds."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass
class AuditEntry:
    """One entry as read back for listing."""

    seq: int
    time: str
    actor: str
    action: str
    target: str
    outcome: str
    details: dict[str, Any]

    @classmethod
    def from_bytes(cls, raw: bytes) -> AuditEntry:
        body = json.loads(raw)
        return cls(**body)

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "time": self.time,
            "actor": self.actor,
            "action": self.action,
            "target": self.target,
            "outcome": self.outcome,
            "details": self.details,
        }


def _checkpoint_mismatch(size: int, sealed: int) -> Message:
    """The checkpoint at `size` does not match the entries; those up to `sealed` matched an earlier one."""
    if sealed:
        return say("The checkpoint at size {size} does not match the entries: an entry at or before seq {seq} "
                   "(seq 0..{last_good} match an earlier checkpoint) was changed outside Airlock.",
                   size=size, seq=size - 1, last_good=sealed - 1)
    return say("The checkpoint at size {size} does not match the entries: an entry at or before seq {seq} "
               "was changed outside Airlock.", size=size, seq=size - 1)


@dataclass
class LogReport:
    """What `AuditLog.verify` found."""

    size: int
    checkpoints: int
    sealed_size: int
    said: list[Message] = field(default_factory=list)
    """The problems found, each a sentence the desktop application can translate."""
    fast_path: bool = False  # the sealed entries were accepted on their signed roots alone

    @property
    def problems(self) -> list[str]:
        """The problems found, in English (the command line, the audit)."""
        return [problem.text for problem in self.said]

    @property
    def ok(self) -> bool:
        return not self.said

    @property
    def unsealed(self) -> int:
        return self.size - self.sealed_size


class AuditLog:
    """The append-only log of one installation, over the session's writer connection."""

    def __init__(self, db: sqlite_utils.Database, origin: str) -> None:
        self.db = db
        self.origin = origin

    # -- writing (inside the caller's transaction) --------------------------------

    def _frontier(self) -> Frontier:
        row = self.db.execute("SELECT frontier FROM audit_state WHERE id = 1").fetchone()
        return Frontier() if row is None else Frontier.from_json(row[0])

    def append(
        self, actor: str, action: str, target: str, outcome: str, details: dict[str, Any]
    ) -> int:
        """Append one entry; return its seq. The caller commits."""
        conn = self.db.conn
        if not conn.in_transaction:
            raise AuditIntegrityError(say("An audit entry must be written inside the action's transaction."))
        frontier = self._frontier()
        seq = frontier.size
        now = utc_now()
        raw = canonical_entry(seq, now, actor, action, target, outcome, details)
        leaf = leaf_hash(raw)
        conn.execute(
            "INSERT INTO audit_entries(seq, time, actor, action, target, outcome, entry, leaf) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (seq, now, actor, action, target, outcome, raw, leaf),
        )
        frontier.append(leaf)
        conn.execute(
            "INSERT INTO audit_state(id, size, frontier) VALUES (1, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET size = excluded.size, frontier = excluded.frontier",
            (frontier.size, frontier.to_json()),
        )
        return seq

    def checkpoint(self, key: Ed25519PrivateKey, key_name: str) -> str | None:
        """Sign a checkpoint of the current tree, unless the newest one already covers it."""
        frontier = self._frontier()
        last = self.db.execute("SELECT max(size) FROM audit_checkpoints").fetchone()[0]
        if frontier.size in {0, last}:
            return None
        note = sign_note(format_checkpoint(self.origin, frontier.size, frontier.root()), key_name, key)
        self.db.conn.execute(
            "INSERT INTO audit_checkpoints(size, created, note) VALUES (?, ?, ?)",
            (frontier.size, utc_now(), note),
        )
        return note

    def checkpoint_due(self) -> bool:
        size = self.size()
        row = self.db.execute("SELECT size, created FROM audit_checkpoints ORDER BY size DESC LIMIT 1").fetchone()
        if row is None:
            return size > 0
        last_size, created = row
        if size - last_size >= CHECKPOINT_EVERY_ENTRIES:
            return True
        age = _time.time() - datetime.strptime(created, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=UTC).timestamp()
        return size > last_size and age >= CHECKPOINT_EVERY_SECONDS

    # -- reading --------------------------------------------------------------------

    def size(self) -> int:
        row = self.db.execute("SELECT size FROM audit_state WHERE id = 1").fetchone()
        return 0 if row is None else int(row[0])

    def raw_entries(self, start: int = 0, batch: int = 10_000) -> Iterator[bytes]:
        """Every entry's canonical bytes from `start`, in order, read in batches."""
        seq = start
        while True:
            rows = self.db.execute(
                "SELECT seq, entry FROM audit_entries WHERE seq >= ? ORDER BY seq LIMIT ?", (seq, batch)
            ).fetchall()
            if not rows:
                return
            for row_seq, raw in rows:
                # A row rewritten outside Airlock may come back as text; hash what is there.
                yield raw.encode() if isinstance(raw, str) else bytes(raw)
                seq = row_seq + 1

    def checkpoints(self) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT note FROM audit_checkpoints ORDER BY size")]

    def latest_checkpoint(self) -> str | None:
        row = self.db.execute("SELECT note FROM audit_checkpoints ORDER BY size DESC LIMIT 1").fetchone()
        return None if row is None else str(row[0])

    def entries(
        self,
        *,
        limit: int | None = None,
        offset: int = 0,
        action: str | None = None,
        actor: str | None = None,
        outcome: str | None = None,
        newest_first: bool = True,
    ) -> list[AuditEntry]:
        """Entries for display, filtered on indexed columns."""
        where: list[str] = []
        params: list[object] = []
        for column, value in (("action", action), ("actor", actor), ("outcome", outcome)):
            if value is not None:
                where.append(f"{column} = ?")
                params.append(value)
        sql = "SELECT entry FROM audit_entries"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY seq " + ("DESC" if newest_first else "ASC")
        sql += " LIMIT ? OFFSET ?"
        params.extend([-1 if limit is None else limit, offset])
        return [AuditEntry.from_bytes(bytes(row[0])) for row in self.db.execute(sql, params)]

    # -- verification ------------------------------------------------------------------

    def verify(self, verifier_line: str, *, thorough: bool = False) -> LogReport:
        """Recompute the tree from the stored entries and check every checkpoint against it.

        First the fast check (`_verify_sealed`): the entries the signed checkpoints seal
        are only hashed, since a matching signed root fixes their exact bytes; the tail
        after the newest checkpoint gets the auditor's per-entry checks. If anything fails
        there, or a stored checkpoint does not verify, or `thorough` is set, the thorough
        check runs: entries are read and checked a batch at a time (one C-level JSON pass
        per batch): each must be a JSON object whose seq is its position, and the
        unsealed tail must pass the offline verifier's own entry checks, so it is judged
        as an auditor will judge it. The first problem in seq order is reported, naming
        the entry's position or the checkpoint's size.
        """
        by_size: dict[int, bytes] = {}
        problems: list[Message] = []
        for note in self.checkpoints():
            try:
                checkpoint = parse_checkpoint(verify_note(note, verifier_line))
            except Exception as exc:  # noqa: BLE001 - any failure is reported, not raised
                problems.append(say("A stored checkpoint does not verify: {problem}", problem=exc))
                continue
            by_size[checkpoint.size] = checkpoint.root
        fast = None if problems or thorough else self._verify_sealed(by_size)
        return fast if fast is not None else self._verify_thorough(by_size, problems)

    def _verify_thorough(self, by_size: dict[int, bytes], problems: list[Message]) -> LogReport:
        """Check every entry a batch at a time and name the first problem in seq order."""
        frontier = Frontier()
        sealed = 0
        sizes = sorted(size for size in by_size if size > 0)
        tail = max(sizes, default=0)  # entries from here on no signature covers: check them as an auditor would
        next_size = 0  # index in `sizes` of the next checkpoint the tree reaches
        entries = self.raw_entries()
        stopped = False
        while not stopped and (batch := list(islice(entries, 10_000))):
            first = frontier.size
            bad = first_bad_stored_entry(batch, first, canonical_from=tail)
            leaves = list(map(leaf_hash, batch if bad is None else batch[: bad[0] - first]))
            done = 0
            while next_size < len(sizes) and sizes[next_size] <= first + len(leaves):
                size = sizes[next_size]
                next_size += 1
                frontier.extend(leaves[done : size - first])
                done = size - first
                if frontier.root() != by_size[size]:
                    problems.append(_checkpoint_mismatch(size, sealed))
                    stopped = True
                    break
                sealed = size
            if stopped:
                break
            frontier.extend(leaves[done:])
            if bad is not None:
                problems.append(say("The audit entry at position {position} {problem}: the log was changed outside "
                                    "Airlock.", position=bad[0], problem=bad[1]))
                stopped = True
        stored = self._frontier()
        if not problems and (stored.size != frontier.size or stored.root() != frontier.root()):
            problems.append(
                say("The stored tree head does not match the entries: the log was changed outside Airlock.")
            )
        if not problems and by_size and max(by_size) > frontier.size:
            problems.append(say("A checkpoint covers {covered} entries but only {present} exist: entries were removed.",
                                covered=max(by_size), present=frontier.size))
        return LogReport(size=frontier.size, checkpoints=len(by_size), sealed_size=sealed, said=problems)

    def _verify_sealed(self, by_size: dict[int, bytes]) -> LogReport | None:
        """The fast check: the report if everything holds, else None (the caller checks thoroughly).

        The same argument as the offline verifier's (`verify_audit._check_entries`): a
        signed root that matches the tree recomputed from the stored bytes fixes those
        bytes, entry by entry, so the entries it seals need no JSON check of their own;
        those after the newest checkpoint get the auditor's checks one by one. Any
        problem at all (a root that differs, a bad tail entry, an entry stored as text,
        a checkpoint beyond the log, a stored tree head that differs) returns None, and
        the thorough check then names it exactly as it always has.
        """
        sizes = sorted((size for size in by_size if size > 0), reverse=True)  # next last
        if not sizes:
            return None
        tree = TreeHasher(sizes)
        if not self._hash_sealed(tree, by_size, sizes):
            return None
        root = tree.root()
        stored = self._frontier()
        if (
            any(tree.roots.get(size) != by_size[size] for size in sizes)  # in the last part, or beyond the log
            or stored.size != tree.size
            or stored.root() != root
        ):
            return None
        sealed = max(by_size)
        return LogReport(size=tree.size, checkpoints=len(by_size), sealed_size=sealed, fast_path=True)

    def _hash_sealed(self, tree: TreeHasher, by_size: dict[int, bytes], sizes: list[int]) -> bool:
        """Hash every stored entry into `tree`, checking those after `max(sizes)` one by one.

        False as soon as a signed root differs or a tail entry is bad; `sizes` (largest
        first) keeps the sizes not yet reached.
        """
        sealed = sizes[0]
        rows = self.db.execute("SELECT entry FROM audit_entries ORDER BY seq")
        gc_was_enabled = gc.isenabled()
        gc.disable()  # a million row tuples, no reference cycles: collecting would only slow it
        try:
            while batch := [row[0] for row in rows.fetchmany(_VERIFY_BATCH)]:
                first = tree.size
                skip = max(sealed - first, 0)
                if set(map(type, batch)) != {bytes} or (
                    skip < len(batch)
                    and first_bad_stored_entry(batch[skip:], first + skip, canonical_from=first + skip) is not None
                ):
                    return False  # a row rewritten as text, or a bad tail entry: the thorough check names it
                tree.add_lines(batch)
                while sizes and sizes[-1] in tree.roots:
                    size = sizes.pop()
                    if tree.roots[size] != by_size[size]:
                        return False
        finally:
            rows.close()
            if gc_was_enabled:
                gc.enable()
        return True
