"""Regenerate the translation catalogues: lupdate, fill from phrasebook.tsv, lrelease.

Run from the repository root: `.venv/bin/python resources/translations/update.py`.
A source text missing from the phrasebook is reported and left unfinished.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
BIN = Path(sys.executable).parent
LANGUAGES = {"fr": 1, "ar": 2}


def phrasebook() -> dict[str, tuple[str, str]]:
    table = {}
    for line in (HERE / "phrasebook.tsv").read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        english, french, arabic = (part.replace("\\n", "\n") for part in line.split("\t"))
        table[english] = (french, arabic)
    return table


def main() -> int:
    sources = sorted(str(p) for p in (REPO / "app" / "gui").rglob("*.py"))
    catalogues = [str(HERE / f"airlock_{lang}.ts") for lang in LANGUAGES]
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-no-obsolete", "-ts", *catalogues], check=True)
    table = phrasebook()
    missing: set[str] = set()
    for lang, column in LANGUAGES.items():
        path = HERE / f"airlock_{lang}.ts"
        tree = ET.parse(path)  # noqa: S314 - our own file, written by lupdate
        tree.getroot().set("language", {"fr": "fr_FR", "ar": "ar"}[lang])
        for message in tree.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            if source in table:
                translation.text = table[source][column - 1]
                translation.attrib.pop("type", None)
            else:
                missing.add(source)
        tree.write(path, encoding="utf-8", xml_declaration=True)
        subprocess.run([str(BIN / "pyside6-lrelease"), str(path), "-qm", str(HERE / f"airlock_{lang}.qm")],
                       check=True)
    for source in sorted(missing):
        sys.stderr.write(f"untranslated: {source!r}\n")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
