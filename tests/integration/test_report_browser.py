"""The reports of a lab fleet open in a real headless Chromium (Debian's) with no network request and
no missing resource; their screenshots go with the others (artifacts/screenshots/records-report-*.png)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.conftest import REPO, Vault
from tests.lab import browser
from tests.lab.node_fixtures import BootstrapKey, bootstrap_key_fixture, enroll_in_session, lab_fixture, needs_sshd  # noqa: F401 - fixtures
from tests.lab.nodes import Lab

SHOTS = REPO / "artifacts" / "screenshots"
needs_chromium = pytest.mark.skipif(not browser.available(),
                                    reason="Chromium is missing: `make system-deps` installs Debian's package")


def _clean(page: Path, seen: browser.Visit) -> None:
    assert seen.requests == [page.resolve().as_uri()]  # the page itself, and nothing else
    assert seen.failed == []
    assert seen.messages == []


@pytest.mark.lab
@pytest.mark.slow
@needs_sshd
@needs_chromium
def test_lab_fleet_reports_open_in_chromium_with_nothing_fetched(
    vault: Vault, lab: Callable[..., Lab], bootstrap_key: BootstrapKey, tmp_path: Path,
) -> None:
    made = lab(["h100-pair", "t4-ecc-retired", "none"])
    today = datetime.now(UTC).date().isoformat()
    out = tmp_path / "reports"
    out.mkdir()
    with vault.open() as session:
        enroll_in_session(session, made, bootstrap_key, {n.name: [f"clearance={c}"] for n, c in
                                                          zip(made.nodes, ("internal", "secret", "internal"),
                                                              strict=True)})
        for playbook in ("facts", "health"):
            with session.stated_reason(f"CHG-12 daily {playbook}"):
                session.run_playbook(playbook)
        written = [session.write_report(kind, today, today, out / f"{kind}.html")
                   for kind in ("fleet", "deployments", "audit")]
    SHOTS.mkdir(parents=True, exist_ok=True)
    for report in written:
        seen = browser.visit(report.path)
        _clean(report.path, seen)
        assert seen.title == f"{report.kind.capitalize()} report"
        assert seen.screenshot.startswith(b"\x89PNG")
        (SHOTS / f"records-report-{report.kind}.png").write_bytes(seen.screenshot)
    fleet = written[0].path.read_text()
    assert all(node.name in fleet for node in made.nodes)
    assert "degraded" in fleet  # the T4's retired pages


@needs_chromium
def test_the_browser_check_sees_a_fetch_and_a_missing_file(tmp_path: Path) -> None:
    """The check above can fail: a page that asks for a remote image and a missing file is caught."""
    page = tmp_path / "doctored.html"
    page.write_text('<!DOCTYPE html><html><head><meta charset="utf-8"><title>x</title></head><body>'
                    '<img src="https://updates.example.com/pixel.png"><img src="missing.png"></body></html>')
    seen = browser.visit(page)
    assert "https://updates.example.com/pixel.png" in seen.requests
    assert (tmp_path / "missing.png").as_uri() in seen.requests
    assert len(seen.failed) == 2
    with pytest.raises(AssertionError):
        _clean(page, seen)
