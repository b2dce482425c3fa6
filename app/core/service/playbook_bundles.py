"""Mixin: playbooks from imported `playbooks` bundles, run as BUNDLE/PLAYBOOK (issue 13, section 3).

The newest imported version of a bundle is the one new jobs run; `BUNDLE/PLAYBOOK@VERSION`
(what the desktop application offers) is accepted for that version only, so a job never
runs a version another has replaced. A job's private directory gets the bundle's files
from the content store (`store.copy_object`, checked against their SHA-256), and the job
row records `BUNDLE/PLAYBOOK@VERSION`. Built-in playbooks are unchanged. The content was
checked at import (`app.core.bundles.playbook_content`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

from app.core.bundles import store
from app.core.bundles.playbook_content import PLAYBOOK_NAME, playbook_names
from app.core.errors import UsageError
from app.core.fsutil import private_dir
from app.core.messages import say

if TYPE_CHECKING:
    from app.core.service.core import SessionCore

    _Base = SessionCore
else:
    _Base = object

SEPARATOR = "/"
PROJECT_DIR = "project"
_REFERENCE = re.compile(r"(?P<bundle>[a-z0-9][a-z0-9._-]{0,99})/(?P<playbook>[a-z0-9][a-z0-9_-]{0,63})"
                        r"(?:@(?P<version>[0-9A-Za-z.+-]{1,64}))?")


@dataclass(frozen=True)
class BundlePlaybook:
    """A playbook of an imported bundle, at the version new jobs run."""

    bundle: str
    version: str
    playbook: str
    bundle_id: int
    file: str

    @property
    def label(self) -> str:
        return f"{self.bundle}/{self.playbook}@{self.version}"


def is_bundle_playbook(name: str) -> bool:
    return SEPARATOR in name


class PlaybookBundles(_Base):
    """Which playbooks imported bundles provide, and handing one to a job."""

    playbooks_dir: Path

    def _latest_playbook_bundles(self) -> list[tuple[int, str, str, list[str]]]:
        """(bundle id, name, version, file paths) of the newest import of each playbooks bundle."""
        with self.lock:
            rows = self.db.execute(
                "SELECT b.id, b.name, b.version FROM bundle_versions v JOIN bundles b ON b.id = v.bundle_id"
                " WHERE b.type = 'playbooks' ORDER BY b.name"
            ).fetchall()
            found = []
            for bundle_id, name, version in rows:
                paths = [r[0] for r in self.db.execute("SELECT path FROM bundle_files WHERE bundle_id = ?",
                                                       (bundle_id,))]
                found.append((int(bundle_id), str(name), str(version), paths))
        return found

    def playbook_catalogue(self) -> list[dict[str, Any]]:
        """Every playbook a job can run: the built-in ones, then each bundle's (newest version)."""
        self.require("job.list", "job.list")
        built_in = [{"name": p.stem, "bundle": None, "version": None} for p in sorted(self.playbooks_dir.glob("*.yml"))]
        bundled = [
            {"name": f"{name}/{playbook}@{version}", "bundle": name, "version": version, "playbook": playbook}
            for _, name, version, paths in self._latest_playbook_bundles()
            for playbook in playbook_names(paths)
        ]
        return built_in + bundled

    def list_playbooks(self) -> list[str]:
        """Names to offer (the desktop application's list): built-in, then BUNDLE/PLAYBOOK@VERSION."""
        return [entry["name"] for entry in self.playbook_catalogue()]

    def bundle_playbook(self, reference: str) -> BundlePlaybook:
        """Resolve BUNDLE/PLAYBOOK[@VERSION] to the newest imported version (exit 2 when unknown)."""
        match = _REFERENCE.fullmatch(reference)
        bundles = {name: (bundle_id, version, paths) for bundle_id, name, version, paths
                   in self._latest_playbook_bundles()}
        available = [f"{n}/{p}" for n, (_, _, paths) in sorted(bundles.items()) for p in playbook_names(paths)]
        hint = say("Available from bundles: {playbooks}.", playbooks=", ".join(available) or "none")
        if match is None or match["bundle"] not in bundles:
            raise UsageError(say("There is no playbook named {name}.", name=repr(reference)[:140]), hint)
        bundle_id, version, paths = bundles[match["bundle"]]
        if not PLAYBOOK_NAME.fullmatch(match["playbook"]) or match["playbook"] not in playbook_names(paths):
            raise UsageError(say("There is no playbook named {name}.", name=repr(reference)[:140]), hint)
        if match["version"] and match["version"] != version:
            raise UsageError(
                say("{bundle} {version} replaced version {asked}; new jobs run {version}.", bundle=match["bundle"],
                    version=version, asked=match["version"]),
                say("Run {name} (without a version) or choose it again from the list.",
                    name=f"{match['bundle']}/{match['playbook']}"),
            )
        file = next(p for p in paths if "/" not in p and PurePosixPath(p).stem == match["playbook"])
        return BundlePlaybook(match["bundle"], version, match["playbook"], bundle_id, file)

    def job_playbook(self, playbook: Path | BundlePlaybook, job_dir: Path, details: dict[str, Any]) -> Path:
        """The playbook file a job runs: a built-in's path, or the bundle's files put in the job's directory."""
        if not isinstance(playbook, BundlePlaybook):
            return playbook
        details["bundle"] = {"name": playbook.bundle, "version": playbook.version}
        project = private_dir(job_dir / PROJECT_DIR)
        with self.lock:
            files = self.db.execute("SELECT path, sha256 FROM bundle_files WHERE bundle_id = ? ORDER BY path",
                                    (playbook.bundle_id,)).fetchall()
        for relative, sha256 in files:
            target = project / relative
            private_dir(target.parent)
            store.copy_object(self.data_dir, sha256, target, self._store_key)  # type: ignore[attr-defined]
        return project / playbook.file

    @staticmethod
    def job_playbook_label(typed: str, playbook: Path | BundlePlaybook) -> str:
        """What the job row records: the bundle's version with its playbook, else the name as typed."""
        return playbook.label if isinstance(playbook, BundlePlaybook) else typed
