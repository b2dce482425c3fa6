"""Offline apt repositories for tests: dummy .debs made with dpkg-deb, indexed with the
standard tools (dpkg-scanpackages, apt-ftparchive), wrapped in signed update bundles.

The dummy NVIDIA driver installs an `nvidia-smi` that prints a recorded real output
(tests/lab/nvidia/t4) and asks for a reboot in its postinst, as a real driver package does;
the dummy container toolkit installs an `nvidia-ctk` that prints its version.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from app.core.bundles.publisher import BundleSpec, build_bundle
from tests.lab.bundle_factory import TrustLab, sign_with

NVIDIA_DIR = Path(__file__).resolve().parent / "nvidia"
DRIVER = "nvidia-driver-airlock-test"
TOOLKIT = "nvidia-container-toolkit-airlock-test"
TOOL = "airlock-test-tool"


@dataclass
class DebPackage:
    """What goes into one .deb."""

    name: str
    version: str
    files: dict[str, tuple[bytes, int]] = field(default_factory=dict)
    postinst: str | None = None
    description: str = "Airlock test package"


def build_deb(work: Path, package: DebPackage) -> Path:
    """A real .deb, built with dpkg-deb from a staged tree."""
    root = work / f"{package.name}_{package.version}"
    shutil.rmtree(root, ignore_errors=True)
    (root / "DEBIAN").mkdir(parents=True)
    control = (
        f"Package: {package.name}\nVersion: {package.version}\nArchitecture: all\n"
        f"Maintainer: Airlock tests <tests@airlock.invalid>\nSection: misc\nPriority: optional\n"
        f"Description: {package.description}\n"
    )
    (root / "DEBIAN" / "control").write_text(control)
    if package.postinst is not None:
        script = root / "DEBIAN" / "postinst"
        script.write_text(package.postinst)
        script.chmod(0o755)
    for rel, (data, mode) in package.files.items():
        path = root / rel.lstrip("/")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        path.chmod(mode)
    out = work / f"{package.name}_{package.version}_all.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "--build", str(root), str(out)], check=True, capture_output=True)
    shutil.rmtree(root)
    return out


def driver_package(version: str = "535.104.05") -> DebPackage:
    csv = (NVIDIA_DIR / "t4" / "query.csv").read_bytes()
    xml = (NVIDIA_DIR / "t4" / "q.xml").read_bytes()
    smi = (
        "#!/bin/sh\n"
        "# Airlock test driver: prints recorded nvidia-smi output.\n"
        'for arg in "$@"; do\n'
        '  case "$arg" in\n'
        f"    --query-gpu=name,driver_version) echo 'Tesla T4, {version}'; exit 0;;\n"
        "    --query-gpu=*) cat /usr/share/nvidia-airlock-test/query.csv; exit 0;;\n"
        "    -x) cat /usr/share/nvidia-airlock-test/q.xml; exit 0;;\n"
        "  esac\n"
        "done\n"
        "cat /usr/share/nvidia-airlock-test/query.csv\n"
    )
    return DebPackage(
        DRIVER, version,
        {"/usr/bin/nvidia-smi": (smi.encode(), 0o755),
         "/usr/share/nvidia-airlock-test/query.csv": (csv, 0o644),
         "/usr/share/nvidia-airlock-test/q.xml": (xml, 0o644)},
        postinst="#!/bin/sh\nset -e\n# A new kernel module is loaded at the next boot.\ntouch /var/run/reboot-required\n",
        description="Airlock test stand-in for the NVIDIA driver",
    )


def toolkit_package(version: str = "1.14.3") -> DebPackage:
    ctk = f"#!/bin/sh\necho 'NVIDIA Container Toolkit CLI version {version}'\n"
    return DebPackage(TOOLKIT, version, {"/usr/bin/nvidia-ctk": (ctk.encode(), 0o755)},
                      description="Airlock test stand-in for the NVIDIA container toolkit")


def tool_package(version: str) -> DebPackage:
    script = f"#!/bin/sh\necho 'airlock-test-tool {version}'\n"
    return DebPackage(TOOL, version, {"/usr/bin/airlock-test-tool": (script.encode(), 0o755)})


def build_repo(directory: Path, packages: list[DebPackage]) -> Path:
    """A flat apt repository (Packages, Release, *.deb) in `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    work = directory.parent / f".{directory.name}-build"
    work.mkdir(exist_ok=True)
    for package in packages:
        deb = build_deb(work, package)
        shutil.move(str(deb), directory / deb.name)
    shutil.rmtree(work)
    index = subprocess.run(["dpkg-scanpackages", "--multiversion", "."], cwd=directory, check=True,
                           capture_output=True).stdout
    (directory / "Packages").write_bytes(index)
    release = subprocess.run(["apt-ftparchive", "release", "."], cwd=directory, check=True, capture_output=True).stdout
    (directory / "Release").write_bytes(release)
    return directory


def update_bundle(trust: TrustLab, repo: Path, name: str, version: str, classification: str = "internal") -> Path:
    """Wrap a repository into an update bundle, built and signed with the publisher code."""
    spec = BundleSpec("update", name, version, classification, f"{name} offline repository", 30)
    bundle = build_bundle(repo, trust.out, spec)
    for signer in trust.role_signers["updates"][: trust.role_threshold.get("updates", 1)]:
        sign_with(bundle, signer)
    return bundle


def model_bundle(trust: TrustLab, src: Path, name: str, version: str, classification: str = "internal",
                 split_size: int = 64 * 1024 * 1024) -> Path:
    """A model bundle from the files under `src`, built and signed with the publisher code."""
    model = {"format": "safetensors", "license": "apache-2.0", "model_card": "README.md"}
    spec = BundleSpec("model", name, version, classification, f"{name} for tests", 30, split_size, model)
    bundle = build_bundle(src, trust.out, spec)
    for signer in trust.role_signers["models"][: trust.role_threshold.get("models", 1)]:
        sign_with(bundle, signer)
    return bundle
