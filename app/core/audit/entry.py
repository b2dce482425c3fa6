r"""The canonical byte form of one audit entry: exactly the bytes the Merkle tree hashes.

An entry is a JSON object with exactly the keys `seq`, `time`, `actor`, `action`,
`target`, `outcome` and `details`, written with sorted keys, no insignificant
whitespace, UTF-8 without `\\u` escapes for printable text, and no NaN or infinity.
The same entry always gives the same bytes, so an auditor can recompute every hash
from the exported lines alone.
"""

from __future__ import annotations

import json
import json.scanner
import math
import operator
import re
from collections.abc import Sequence
from datetime import datetime
from itertools import repeat
from typing import Any

from app.core.audit.verify_audit import first_bad_entry
from app.core.errors import AuditIntegrityError
from app.core.messages import say

ENTRY_FIELDS = frozenset({"seq", "time", "actor", "action", "target", "outcome", "details"})
TEXT_FIELDS = ("time", "actor", "action", "target", "outcome")

# RFC 3339 in UTC, always with "Z": seconds, optional fraction up to nanoseconds.
_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z", re.ASCII)
_MAX_DEPTH = 32

_ENCODER = json.JSONEncoder(
    sort_keys=True,
    separators=(",", ":"),
    ensure_ascii=False,
    allow_nan=False,
    check_circular=True,
)


class InvalidAuditEntry(AuditIntegrityError):
    """An audit entry is not in the one canonical form Airlock writes and hashes."""


def canonical_entry(
    seq: int,
    time: str,
    actor: str,
    action: str,
    target: str,
    outcome: str,
    details: dict[str, Any],
) -> bytes:
    """Return the canonical bytes of an entry, or raise `InvalidAuditEntry`.

    The result is one line (no newline byte) of canonical JSON, UTF-8 encoded.
    """
    fields: dict[str, Any] = {
        "seq": seq,
        "time": time,
        "actor": actor,
        "action": action,
        "target": target,
        "outcome": outcome,
        "details": details,
    }
    _check_fields(fields)
    _check_json_value(details, "details", 0)
    return _encode(fields)


def parse_entry(data: bytes) -> dict[str, Any]:
    """Parse one entry line strictly; raise `InvalidAuditEntry` naming what is wrong.

    Accepted only if it is valid UTF-8 JSON with exactly the entry keys and types and
    if re-encoding it gives back exactly `data` (so the hashed bytes are canonical).
    """
    try:
        text = data.decode("utf-8")
        value = json.loads(text, parse_constant=_reject_constant)
    except UnicodeDecodeError as exc:
        raise InvalidAuditEntry(say("The audit entry is not valid UTF-8 (byte {offset}).", offset=exc.start)) from exc
    except ValueError as exc:
        raise InvalidAuditEntry(say("The audit entry is not valid JSON: {error}.", error=exc)) from exc
    if not isinstance(value, dict):
        msg = say("The audit entry is a JSON {kind}, not an object.", kind=type(value).__name__)
        raise InvalidAuditEntry(msg)
    _check_fields(value)
    _check_json_value(value["details"], "details", 0)
    if _encode(value) != data:
        msg = say(
            "The audit entry seq {seq} is valid JSON but not in canonical form "
            "(key order, spacing, escapes or number format differ from what Airlock writes).",
            seq=value["seq"],
        )
        raise InvalidAuditEntry(msg)
    return value


def first_bad_stored_entry(
    entries: Sequence[bytes], first_seq: int, *, canonical_from: int = 0
) -> tuple[int, str] | None:
    """(seq position, problem) of the first stored entry that does not belong at its place.

    `entries` are stored entry bytes in order, the first at position `first_seq`. Every
    entry must be one JSON object whose seq is its position; from position
    `canonical_from` on (the part no checkpoint seals), it must moreover be exactly the
    canonical entry an auditor's verifier accepts (`verify_audit.first_bad_entry`). Both
    checks take one C-level JSON pass per batch and fall back to one entry at a time only
    to name the first bad one. The problem text reads after "the entry at position N".
    """
    if not entries:
        return None
    split = min(max(canonical_from - first_seq, 0), len(entries))
    block = b"\n".join(entries) + b"\n"
    if block.count(b"\n") != len(entries):
        index = next(index for index, entry in enumerate(entries) if b"\n" in entry)
        before = first_bad_stored_entry(entries[:index], first_seq, canonical_from=canonical_from)
        return before or (first_seq + index, "holds a line break, so it is not one canonical entry")
    start = 0  # parts of a few hundred entries: their text and values stay in the CPU cache
    for first in range(0, split, _PART):
        part = entries[first : min(first + _PART, split)]
        end = start + sum(map(len, part)) + len(part)
        found = _first_misnumbered(block[start:end], part, first_seq + first)
        if found is not None:
            return found
        start = end
    return first_bad_entry(block[start:], first_seq + split) if split < len(entries) else None


_PART = 512
_SCAN = json.scanner.make_scanner(json.JSONDecoder())  # type: ignore[arg-type]  # typeshed types the context wrongly
_VALUE = operator.itemgetter(0)
_END = operator.itemgetter(1)
_SEQ = operator.itemgetter("seq")


def _first_misnumbered(block: bytes, entries: Sequence[bytes], first_seq: int) -> tuple[int, str] | None:
    """The first entry that is not a JSON object whose seq is its position, or None."""
    try:
        texts = block.decode("utf-8").split("\n")
        texts.pop()
        scanned = list(map(_SCAN, texts, repeat(0, len(texts))))
        if list(map(_END, scanned)) == list(map(len, texts)):
            seqs = list(map(_SEQ, map(_VALUE, scanned)))
            if set(map(type, seqs)) == {int} and seqs == list(range(first_seq, first_seq + len(seqs))):
                return None
    except (ValueError, StopIteration, RecursionError, KeyError, TypeError):
        pass  # some entry is bad: find which, one at a time
    for index, entry in enumerate(entries):
        try:
            body = json.loads(entry)
        except (ValueError, RecursionError):
            return first_seq + index, "is not valid JSON"
        seq = body.get("seq") if isinstance(body, dict) else None
        if type(seq) is not int or seq != first_seq + index:
            return first_seq + index, f"claims seq {seq}: entries are missing or reordered"
    return None


def _encode(fields: dict[str, Any]) -> bytes:
    try:
        return _ENCODER.encode(fields).encode("utf-8")
    except UnicodeEncodeError as exc:
        msg = say("The audit entry holds text that is not valid Unicode (a lone surrogate).")
        raise InvalidAuditEntry(msg) from exc


def _reject_constant(name: str) -> Any:
    msg = say("The audit entry holds {constant}, which is not a JSON number.", constant=name)
    raise InvalidAuditEntry(msg)


def _check_fields(fields: dict[str, Any]) -> None:
    keys = set(fields)
    if keys != ENTRY_FIELDS:
        missing = ", ".join(sorted(ENTRY_FIELDS - keys))
        extra = ", ".join(sorted(str(key) for key in keys - ENTRY_FIELDS))
        if not missing:
            msg = say(
                "The audit entry has the wrong fields (missing: none; unexpected: {unexpected}).", unexpected=extra
            )
        elif not extra:
            msg = say("The audit entry has the wrong fields (missing: {missing}; unexpected: none).", missing=missing)
        else:
            msg = say(
                "The audit entry has the wrong fields (missing: {missing}; unexpected: {unexpected}).",
                missing=missing,
                unexpected=extra,
            )
        raise InvalidAuditEntry(msg)
    seq = fields["seq"]
    if type(seq) is not int or seq < 0:
        msg = say("The audit entry's seq must be a non-negative integer, not {seq}.", seq=repr(seq))
        raise InvalidAuditEntry(msg)
    for name in TEXT_FIELDS:
        if not isinstance(fields[name], str):
            msg = say(
                "The audit entry seq {seq}: {field} must be text, not {kind}.",
                seq=seq,
                field=name,
                kind=type(fields[name]).__name__,
            )
            raise InvalidAuditEntry(msg)
    _check_time(seq, fields["time"])
    if not isinstance(fields["details"], dict):
        msg = say("The audit entry seq {seq}: details must be a JSON object.", seq=seq)
        raise InvalidAuditEntry(msg)


def _check_time(seq: int, time: str) -> None:
    problem = say(
        "The audit entry seq {seq}: time {time} is not an RFC 3339 UTC time ending in 'Z'.", seq=seq, time=repr(time)
    )
    if _TIME.fullmatch(time) is None:
        raise InvalidAuditEntry(problem)
    try:
        datetime.fromisoformat(time[:19])
    except ValueError as exc:
        raise InvalidAuditEntry(problem) from exc


def _check_json_value(value: object, where: str, depth: int) -> None:
    """Accept only what JSON round-trips exactly: no tuples, bytes, NaN, non-text keys."""
    if depth > _MAX_DEPTH:
        msg = say("The audit entry's {where} is nested deeper than {depth} levels.", where=where, depth=_MAX_DEPTH)
        raise InvalidAuditEntry(msg)
    if value is None or isinstance(value, (str, bool, int)):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            msg = say(
                "The audit entry's {where} holds {value}; only finite numbers are allowed.",
                where=where,
                value=repr(value),
            )
            raise InvalidAuditEntry(msg)
        return
    if isinstance(value, list):
        for index, item in enumerate(value):
            _check_json_value(item, f"{where}[{index}]", depth + 1)
        return
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str):
                msg = say("The audit entry's {where} has a key {key} that is not text.", where=where, key=repr(key))
                raise InvalidAuditEntry(msg)
            _check_json_value(item, f"{where}.{key}", depth + 1)
        return
    msg = say(
        "The audit entry's {where} holds a {kind}, which JSON cannot "
        "represent exactly; convert it to text, a number, a list or an object.",
        where=where,
        kind=type(value).__name__,
    )
    raise InvalidAuditEntry(msg)
