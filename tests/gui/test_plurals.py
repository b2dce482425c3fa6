"""Counted phrases take the plural form each language's rules call for, in every catalogue."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import Counter

import pytest
from PySide6.QtCore import QCoreApplication

from app.gui.i18n import TRANSLATIONS, Languages
from app.gui.sections.dashboard import FleetView
from tests.gui.helpers import translations_tool, unlock

pytestmark = pytest.mark.gui
SAMPLES = (0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111, 1000)


def _form(language: str, n: int) -> int:
    """Which form `n` takes: the languages' grammar, written out here independently of Qt."""
    if language == "en":
        return 0 if n == 1 else 1
    if language == "fr":
        return 0 if n <= 1 else 1
    # Arabic: zero, one, two, few (3-10), many (11-99), other (100-102, 200-202, ...), by n mod 100.
    if n in (0, 1, 2):
        return n
    return 3 if 3 <= n % 100 <= 10 else 4 if 11 <= n % 100 <= 99 else 5


def _counted_contexts(language: str) -> dict[str, set[str]]:
    tree = ET.parse(TRANSLATIONS / f"airlock_{language}.ts")  # noqa: S314 - our own file
    contexts: dict[str, set[str]] = {}
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                contexts.setdefault(message.findtext("source"), set()).add(context.findtext("name"))
    return contexts


@pytest.mark.parametrize("language", ["en", "fr", "ar"])
def test_every_counted_phrase_takes_the_right_form(qapp, language):
    counted = translations_tool().plurals()
    contexts = _counted_contexts(language)
    assert sorted(contexts) == sorted(counted), "run `make translations` after adding a counted phrase"
    languages = Languages(qapp)
    languages.apply(language)
    try:
        for source, places in contexts.items():
            forms = counted[source][language]
            for context in places:
                for n in SAMPLES:
                    said = QCoreApplication.translate(context, source, "", n)
                    assert said == forms[_form(language, n)].replace("%n", str(n)), (language, source, n)
    finally:
        languages.apply("en")


def test_the_dashboard_counts_read_right_in_each_language(qtbot, make_controller, vault):
    controller = make_controller(vault.data_dir)
    controller.start()
    unlock(qtbot, controller)
    view = FleetView(nodes=3, healthy=1, degraded=2, unhealthy=0, gpus=8, gpu_models=Counter({"NVIDIA H100": 8}))
    expected = {
        "en": ("1 healthy, 2 degraded, 0 unhealthy", "1 model"),
        "fr": ("1 sain, 2 dégradés, 0 défaillant", "1 modèle"),
        "ar": ("سليمة: 1، متدهورة: 2، معطلة: 0", "طراز واحد"),
    }
    try:
        for language, (nodes, models) in expected.items():
            controller.set_language(language)
            dashboard = controller.window.dashboard
            dashboard.show_view(view)
            assert dashboard.nodes_card.detail.text() == nodes
            assert dashboard.gpus_card.detail.text() == models
    finally:
        controller.set_language("en")
