"""A report's tables as CSV files beside its HTML file: REPORT-KEY.csv, UTF-8, a header of fixed keys."""

from __future__ import annotations

import csv
import io
import threading
from itertools import islice
from pathlib import Path
from typing import Final

from app.core.fsutil import atomic_writer
from app.core.messages import say
from app.core.progress import Progress, check_cancel
from app.core.reports.model import Table

BATCH: Final = 10_000


def csv_path(html_path: Path, key: str) -> Path:
    """Where table `key` of the report written to `html_path` goes."""
    return html_path.with_name(f"{html_path.stem}-{key}.csv")


def write_csv(path: Path, table: Table, progress: Progress, cancel: threading.Event | None) -> int:
    """Write every row of `table` to `path` atomically (0600); return how many rows."""
    done = 0
    with atomic_writer(path) as handle:
        text = io.TextIOWrapper(handle, encoding="utf-8", newline="")
        writer = csv.writer(text)
        writer.writerow([column.key for column in table.columns])
        rows = iter(table.csv_rows())
        while batch := list(islice(rows, BATCH)):
            writer.writerows(batch)
            done += len(batch)
            check_cancel(cancel, "The report")
            progress(done, max(done, table.count), say("Writing {file}", file=path.name))
        text.flush()
        text.detach()  # the writer closes the file itself
    return done
