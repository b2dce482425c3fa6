"""Release notes: packaging/changelog (Debian's format) is the one source.

The package carries it as /usr/share/doc/airlock/changelog.gz, the AppStream metainfo lists
its versions, and the `app` bundle's release.json carries the entry of its own version, which
the desktop application shows before an update.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from xml.sax.saxutils import escape

from airlock_release.common import PACKAGING, Clock, ReleaseError

CHANGELOG = PACKAGING / "changelog"
_HEADER = re.compile(r"^airlock \((?P<version>[0-9]+\.[0-9]+\.[0-9]+)\) (?P<dist>[a-z]+); urgency=\w+$")
_TRAILER = re.compile(r"^ -- (?P<who>.+? <[^>]+>)  (?P<date>.+)$")


@dataclass(frozen=True)
class Entry:
    version: str
    notes: str
    who: str
    date: str  # RFC 2822, as in the changelog

    @property
    def iso_date(self) -> str:
        return parsedate_to_datetime(self.date).date().isoformat()


@dataclass(frozen=True)
class Release:
    """The version being built and what its notes say."""

    version: str
    entries: tuple[Entry, ...]

    @property
    def notes(self) -> str:
        return self.entries[0].notes


def read_changelog(text: str | None = None) -> list[Entry]:
    lines = (CHANGELOG.read_text() if text is None else text).splitlines()
    entries: list[Entry] = []
    index = 0
    while index < len(lines):
        header = _HEADER.match(lines[index])
        if header is None:
            if lines[index].strip():
                raise ReleaseError(f"packaging/changelog line {index + 1} is not an entry header: {lines[index]!r}")
            index += 1
            continue
        body: list[str] = []
        index += 1
        while index < len(lines) and _TRAILER.match(lines[index]) is None:
            body.append(lines[index])
            index += 1
        if index == len(lines):
            raise ReleaseError(f"packaging/changelog: the entry for {header['version']} has no ' -- ' line")
        trailer = _TRAILER.match(lines[index])
        assert trailer is not None  # noqa: S101 - matched just above
        notes = "\n".join(line.removeprefix("  ") for line in body).strip("\n")
        entries.append(Entry(header["version"], notes, trailer["who"], trailer["date"]))
        index += 1
    if not entries:
        raise ReleaseError("packaging/changelog holds no entry")
    return entries


def release_for(version: str, clock: Clock) -> Release:
    """The notes of `version`; a version set for a test build gets an entry saying so."""
    entries = read_changelog()
    if entries[0].version != version:
        who = entries[0].who
        note = (f"* Built from commit {clock.commit[:12]} with its version set to {version} "
                "(not a published release).")
        stamp = time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(clock.epoch))
        entries.insert(0, Entry(version, note, who, stamp))
    return Release(version, tuple(entries))


def changelog_text(release: Release) -> str:
    """Debian changelog text of every entry (the release's own first)."""
    blocks = []
    for entry in release.entries:
        body = "\n".join(f"  {line}" if line else "" for line in entry.notes.splitlines())
        header = f"airlock ({entry.version}) bookworm; urgency=medium"
        blocks.append(f"{header}\n\n{body}\n\n -- {entry.who}  {entry.date}\n")
    return "\n".join(blocks)


def _description_xml(notes: str) -> str:
    items = [escape(line[2:].strip()) for line in notes.splitlines() if line.startswith("* ")]
    if not items:
        return f"<p>{escape(notes.strip())}</p>"
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def metainfo(release: Release) -> str:
    """AppStream metainfo for software centres (the desktop-application component)."""
    releases = "\n".join(
        f'    <release version="{e.version}" date="{e.iso_date}">\n'
        f"      <description>{_description_xml(e.notes)}</description>\n"
        "    </release>"
        for e in release.entries
    )
    template = (PACKAGING / "org.airlock.Airlock.metainfo.xml.in").read_text()
    return template.replace("@RELEASES@", releases)
