"""Caps on every size Airlock reads from a medium, so a hostile bundle cannot exhaust memory."""

from __future__ import annotations

MIB = 1 << 20
GIB = 1 << 30

MAX_MANIFEST_BYTES = 4 * MIB
"""bundle.json: ~15,000 files fit comfortably; a larger file is refused unread."""

MAX_TRUST_BYTES = 1 * MIB
"""root.json and targets.json."""

MAX_KEY_FILE_BYTES = 64 * 1024
"""Publisher key files, public or private."""

MAX_FILES = 10_000
"""Logical payload files in one bundle."""

MIN_PARTS = 2
"""A split file has at least two parts; one part is just the file."""

MAX_PARTS = 4_096
"""Split parts of one payload file."""

MAX_ENTRIES_SCANNED = 50_000
"""Directory entries looked at under payload/ before the scan gives up."""

MAX_DEPTH = 32
"""Directory depth under payload/."""

MAX_PATH_CHARS = 1_024
MAX_SEGMENT_BYTES = 255
MAX_FILE_LENGTH = 1 << 50
"""One payload file: 1 PiB is far above any model and far below integer trouble."""

MAX_SIGNATURES = 64
MAX_MODEL_FIELDS = 16
MAX_TEXT_CHARS = 4_096
"""Free text in a manifest (description, provenance)."""

DEFAULT_SPLIT_SIZE = 4 * GIB - 1 * MIB
"""FAT32 cannot hold a file of 4 GiB; parts stay just below."""

MIN_SPLIT_SIZE = 4096

COPY_BUFFER = 4 * MIB
"""Read size of the hashing passes that write nothing (re-hashing a part, checking the store)."""

STAGE_BUFFER = 2 * MIB
"""One buffer of an import lane (bundles/lane.py): the read size and the largest single write."""

FREE_SPACE_MARGIN = 64 * MIB
"""Free space left over after an import, for the database and the journal."""
