"""The audit report: who did what and why over the period, sealed by a signed checkpoint.

The period's entries are the contiguous run seq FIRST..LAST whose times fall in it, all below
the size of the checkpoint that seals the report. An auditor holding an export (with that
checkpoint, verified against the pinned key) checks that the report speaks of exactly those
entries: lines FIRST+1..LAST+1 of entries.jsonl hash to the SHA-256 the report names, and
each entry's leaf hash is in the CSV.

The entries are read once, a chunk at a time, to write the entries CSV; the HTML is built
after that pass from what it gathered (counts, reasons, refusals, the digest). The CSV has
each entry's leaf hash; the entry itself, details included, is in the export.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from itertools import chain
from operator import itemgetter
from typing import Any, Final

from app.core.messages import Message, say
from app.core.reports.model import (
    HTML_ROWS,
    Chart,
    Column,
    Fact,
    Reader,
    ReportParts,
    Section,
    Series,
    Table,
    stamp,
)
from app.core.reports.period import Period

CHUNK: Final = 20_000  # entries read per query: the session's lock is held for one query at a time
HOUSEKEEPING: Final = frozenset({"session.unlock", "session.lock", "audit.checkpoint"})
OUTCOMES: Final = (("ok", "good"), ("refused", "warn"), ("failed", "bad"), ("cancelled", "idle"))

# An entry's fields, for the CSV (0-9); its text for the digest (10); its chart bucket (11).
# Details are parsed only where the entry's bytes name the key at all (most entries name none).
_REASON, _STATED, _APPROVED = (f"X'{key.encode().hex()}'" for key in ('"reason":', '"stated_reason":',
                                                                       '"approved_by":'))
_CHUNK: Final = (
    "SELECT seq, time, actor, action, target, outcome,"  # noqa: S608 - constant SQL
    f" CASE WHEN instr(entry, {_REASON}) THEN json_extract(CAST(entry AS TEXT), '$.details.reason') END,"
    f" CASE WHEN instr(entry, {_STATED}) THEN json_extract(CAST(entry AS TEXT), '$.details.stated_reason') END,"
    f" CASE WHEN instr(entry, {_APPROVED}) THEN json_extract(CAST(entry AS TEXT), '$.details.approved_by') END,"
    " lower(hex(leaf)), entry, substr(time, 1, ?) FROM audit_entries WHERE seq >= ? AND seq <= ? ORDER BY seq"
)
_CSV_FIELDS: Final = itemgetter(*range(10))
_ENTRY: Final = itemgetter(10)
_COUNTED: Final = itemgetter(2, 3, 5, 11)  # account, action, outcome, bucket
# The newest entries that are not housekeeping (unlocking, locking, checkpoints).
_ACTIONS: Final = (
    "SELECT seq, time, actor, action, target, outcome, json_extract(t, '$.details.reason'),"
    " json_extract(t, '$.details.stated_reason'), json_extract(t, '$.details.approved_by') FROM"
    " (SELECT seq, time, actor, action, target, outcome, CAST(entry AS TEXT) AS t FROM audit_entries"
    " WHERE seq >= ? AND seq <= ? AND action NOT IN ('session.unlock', 'session.lock', 'audit.checkpoint')"
    " ORDER BY seq DESC LIMIT ?)"
)
ENTRY_COLUMNS: Final = [
    Column("seq", say("Seq"), number=True), Column("time", say("Time")), Column("actor", say("Account")),
    Column("action", say("What was done")), Column("target", say("Target")), Column("outcome", say("Outcome")),
    Column("reason", say("Reason")), Column("stated_reason", say("Reason stated")),
    Column("approved_by", say("Approved by")), Column("leaf_sha256", say("Leaf hash")),
]


@dataclass(frozen=True)
class Seal:
    """The checkpoint that seals the report: its size, root hash (base64) and signed note."""

    size: int
    root: str
    note: str


@dataclass
class AuditPass:
    """One pass over the period's entries: the entries CSV's rows, and what the HTML needs of them."""

    reader: Reader
    period: Period
    seal: Seal
    first: int = 0
    last: int = -1
    digest: Any = field(default_factory=hashlib.sha256)
    reasons: list[Sequence[object]] = field(default_factory=list)
    refusals: list[Sequence[object]] = field(default_factory=list)
    counts: Counter[tuple[str, str, str, str]] = field(default_factory=Counter)  # (account, action, outcome, bucket)
    reasons_total: int = 0

    def __post_init__(self) -> None:
        row = self.reader.rows(
            "SELECT (SELECT min(seq) FROM audit_entries WHERE time >= ? AND seq < ?),"
            " (SELECT max(seq) FROM audit_entries WHERE time < ? AND seq < ?)",
            (self.period.start, self.seal.size, self.period.end, self.seal.size))[0]
        if row[0] is not None and row[1] is not None and row[0] <= row[1]:
            self.first, self.last = int(row[0]), int(row[1])

    @property
    def count(self) -> int:
        return self.last - self.first + 1

    @property
    def refusals_total(self) -> int:
        return sum(n for key, n in self.counts.items() if key[2] != "ok")

    def entries(self) -> Iterator[Sequence[object]]:
        """Every entry of the period in order, as CSV rows; gathers counts, reasons, refusals and the digest.

        Everything done per entry runs in C (SQLite, itemgetter, Counter, hashlib).
        """
        return chain.from_iterable(self._csv_chunks())

    def _csv_chunks(self) -> Iterator[Iterator[Sequence[object]]]:
        for rows in self._read_ahead():
            self.digest.update(b"\n".join(map(_ENTRY, rows)) + b"\n")
            self.counts.update(map(_COUNTED, rows))
            for row in [r for r in rows if r[6] or r[7] or r[5] != "ok"]:
                self._gather(row)
            yield map(_CSV_FIELDS, rows)

    def _read_ahead(self) -> Iterator[list[tuple[Any, ...]]]:
        """The period's entries, a chunk at a time.

        The next chunk is read on a thread of its own while the caller writes this one:
        SQLite decrypts and selects without holding Python's GIL, so both cores work.
        """
        starts = list(range(self.first, self.last + 1, CHUNK))

        def read(start: int) -> list[tuple[Any, ...]]:
            return self.reader.rows(_CHUNK, (self.period.bucket_chars, start, min(self.last, start + CHUNK - 1)))

        if not starts:
            return
        with ThreadPoolExecutor(1, thread_name_prefix="audit-report-read") as ahead:
            pending = ahead.submit(read, starts[0])
            for following in [*starts[1:], None]:
                rows = pending.result()
                if following is not None:
                    pending = ahead.submit(read, following)
                yield rows

    def _gather(self, row: tuple[Any, ...]) -> None:
        seq, time, actor, action, target, outcome, reason, stated = row[:8]
        stated_by_operator = action not in HOUSEKEEPING  # a lock's or a checkpoint's reason is Airlock's own
        if stated_by_operator and ((reason is not None and outcome == "ok") or stated is not None):
            self.reasons_total += 1
            if len(self.reasons) < HTML_ROWS:
                self.reasons.append((seq, stamp(time), actor, action, target, outcome,
                                     reason if outcome == "ok" else stated))
        if outcome != "ok" and len(self.refusals) < HTML_ROWS:
            self.refusals.append((seq, stamp(time), actor, action, target, outcome, reason or "", stated or ""))

    def entries_table(self, *, written: bool = False) -> Table:
        """The entries CSV's table; `written` once its CSV is written (the HTML names it)."""
        return Table("entries", say("Every entry of the period"), ENTRY_COLUMNS, [], say("No entry in the period."),
                     total=max(0, self.count), all_rows=self.entries, csv=not written, html=False)

    def parts(self) -> ReportParts:
        return ReportParts([self.entries_table()], self.sections)

    def sections(self) -> list[Section]:
        """After the entries CSV was written (its pass gathers the reasons, refusals and digest)."""
        return [self._sealed(), self._summary(), self._who(), self._reasons(), self._refusals()]

    # -- sections ------------------------------------------------------------------------------------

    def _sealed(self) -> Section:
        name = f"checkpoints/{self.seal.size:010d}.txt"
        intro: list[Message] = [
            say("This report is sealed by the signed checkpoint below, over the first {size} entries of the log. "
                "Every entry it speaks of is among them.", size=self.seal.size),
            say("To check it against an audit export that holds this checkpoint ({file}): verify the export with "
                "the verifier key you pinned, then hash lines {first_line} to {last_line} of entries.jsonl, for "
                "example with sed -n '{first_line},{last_line}p' entries.jsonl | sha256sum; the result must be the "
                "SHA-256 below. Each entry's leaf hash is in the entries CSV.",
                file=name, first_line=self.first + 1, last_line=self.last + 1),
        ] if self.count > 0 else [say("No entry of the log falls in the period.")]
        facts = [Fact(say("entries in the period"), str(max(0, self.count))),
                 Fact(say("checkpoint tree size"), str(self.seal.size))]
        if self.count > 0:
            facts += [Fact(say("first entry (seq)"), str(self.first)), Fact(say("last entry (seq)"), str(self.last))]
        section = Section("seal", say("Sealed by checkpoint {size}", size=self.seal.size), intro, facts,
                          preformatted=self.seal.note)
        if self.count > 0:
            section.facts.append(Fact(say("SHA-256 of the period's lines"), self.digest.hexdigest()))
        return section

    def _bounds(self) -> tuple[int, int]:
        return self.first, self.last

    def _summary(self) -> Section:
        actors: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        actions: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for (actor, action, outcome, _bucket), count in self.counts.items():
            row = actors[actor]
            row[0] += count
            row[1 if outcome == "ok" else 2 if outcome == "refused" else 3] += count
            totals = actions[action]
            totals[0] += count
            totals[1 if outcome == "ok" else 2] += count
        by_actor = [(a, *actors[a]) for a in sorted(actors, key=lambda a: (-actors[a][0], a))]
        by_action = [(a, *actions[a]) for a in sorted(actions, key=lambda a: (-actions[a][0], a))]
        chart = self._chart()
        outcomes: Counter[str] = Counter()
        for (_actor, _action, outcome, _bucket), count in self.counts.items():
            outcomes[outcome] += count
        facts = [Fact(say("entries"), str(max(0, self.count))), Fact(say("accounts"), str(len(by_actor))),
                 Fact(say("refused"), str(outcomes["refused"]), "warn" if outcomes["refused"] else ""),
                 Fact(say("failed"), str(outcomes["failed"]), "bad" if outcomes["failed"] else ""),
                 Fact(say("with a reason on record"), str(self.reasons_total))]
        actor_table = Table("by_account", say("By account"),
                            [Column("account", say("Account")), Column("entries", say("Entries"), number=True),
                             Column("ok", say("Done"), number=True), Column("refused", say("Refused"), number=True),
                             Column("other", say("Failed or cancelled"), number=True)],
                            by_actor, say("No entry in the period."))
        action_table = Table("by_action", say("By action"),
                             [Column("action", say("What was done")), Column("entries", say("Entries"), number=True),
                              Column("ok", say("Done"), number=True), Column("not_ok", say("Not done"), number=True)],
                             by_action, say("No entry in the period."))
        return Section("summary", say("Summary"), [], facts, [chart], [actor_table, action_table])

    def _chart(self) -> Chart:
        buckets = self.period.buckets()
        index = {b: i for i, b in enumerate(buckets)}
        values = {name: [0] * len(buckets) for name, _ in OUTCOMES}
        for (_actor, _action, outcome, bucket), count in self.counts.items():
            slot = index.get(bucket)
            if slot is not None:
                values.get(outcome, values["failed"])[slot] += count
        words = {"ok": say("done"), "refused": say("refused"), "failed": say("failed or alarm"),
                 "cancelled": say("cancelled")}
        return Chart(say("Audit entries"), buckets, [Series(words[o], tone, values[o]) for o, tone in OUTCOMES],
                     say("entries"))

    def _who(self) -> Section:
        rows = [(r[0], stamp(r[1]), r[2], r[3], r[4], r[5], (r[6] if r[5] == "ok" else r[7]) or "", r[8] or "")
                for r in self.reader.rows(_ACTIONS, (*self._bounds(), HTML_ROWS))]
        columns = [Column("seq", say("Seq"), number=True), Column("time", say("Time")),
                   Column("account", say("Account")), Column("action", say("What was done")),
                   Column("target", say("Target")), Column("outcome", say("Outcome")), Column("why", say("Why")),
                   Column("approved_by", say("Approved by"))]
        table = Table("actions", say("Actions, newest first"), columns, rows, say("No action in the period."),
                      note=say("Unlocking, locking and checkpoints are left out here (at most {limit} rows); the "
                               "entries CSV has every entry.", limit=HTML_ROWS))
        return Section("who", say("Who did what and why"), [], [], [], [table, self.entries_table(written=True)])

    def _reasons(self) -> Section:
        columns = [Column("seq", say("Seq"), number=True), Column("time", say("Time")),
                   Column("account", say("Account")), Column("action", say("What was done")),
                   Column("target", say("Target")), Column("outcome", say("Outcome")), Column("reason", say("Reason"))]
        table = Table("reasons", say("Reasons on record"), columns, self.reasons,
                      say("No action in the period carries a reason."), total=self.reasons_total, csv=False,
                      note=say("At most {limit} rows; the entries CSV has every one.", limit=HTML_ROWS))
        return Section("reasons", say("Reasons given"), [], [], [], [table])

    def _refusals(self) -> Section:
        columns = [Column("seq", say("Seq"), number=True), Column("time", say("Time")),
                   Column("account", say("Account")), Column("action", say("What was done")),
                   Column("target", say("Target")), Column("outcome", say("Outcome")),
                   Column("refused_because", say("Refused or failed because")),
                   Column("stated_reason", say("Reason stated"))]
        table = Table("refusals", say("Refused and failed actions"), columns, self.refusals,
                      say("Nothing was refused and nothing failed in the period."), total=self.refusals_total,
                      csv=False, note=say("At most {limit} rows; the entries CSV has every one.", limit=HTML_ROWS))
        return Section("refusals", say("Refusals and failures"), [], [], [], [table])
