"""The core's sentences (health reasons and notes) reach the operator in their language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import sqlite_utils
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from PySide6.QtCore import QCoreApplication, Qt, QTranslator

from app.core import health, schema_core
from app.core.audit.log import AuditLog
from app.core.audit.note import verifier_line
from app.core.errors import NotFound
from app.core.messages import COUNT, TEMPLATES, counted, say, template
from app.gui.core_phrases import PHRASES
from app.gui.errors import explain
from app.gui.i18n import TRANSLATIONS, Languages, core_said, core_sentences
from tests.gui.helpers import translations_tool, unlock

pytestmark = pytest.mark.gui
FIELD = re.compile(r"\{(\w+)\}")
NVIDIA = Path(__file__).resolve().parent.parent / "lab" / "nvidia"


def test_every_core_template_is_in_the_catalogues_and_translated(qapp):
    said = translations_tool().core_templates()  # every template app.core says, from its source
    assert len(said) > 500  # health and facts, and every error and hint the core raises
    assert sorted(PHRASES) == said, "run `make translations` after adding a template"
    for language in ("fr", "ar"):
        translator = QTranslator()
        assert translator.load(str(TRANSLATIONS / f"airlock_{language}.qm"))
        for text in said:
            for n in (1, 2, 11, 101) if COUNT in text else (-1,):
                translated = translator.translate("core", text, "", n)
                assert translated, f"{language}: no translation for {text!r}"
                assert translated != text, f"{language}: {text!r} is not translated"
                assert sorted(FIELD.findall(translated)) == sorted(FIELD.findall(text)), (language, text, n)


def test_a_counted_sentence_takes_each_languages_plural_form(qapp):
    """The core's counted sentences: the English the core stores and the CLI prints is what the
    English catalogue says for the same number, and French and Arabic take their own forms."""
    counted_templates = [text for text in translations_tool().core_templates() if COUNT in text]
    assert len(counted_templates) >= 5  # health's ECC, page and row counts, placement, deploy
    english = translations_tool().plurals()
    for text in counted_templates:
        fields = {name: f"<{name}>" for name in FIELD.findall(text)}
        for n in (0, 1, 2, 3, 11, 100):
            forms = english[text]["en"]
            assert counted(text, n, **fields).text == forms[0 if n == 1 else 1].replace("%n", str(n)).format(**fields)

    # The T4 recorded with one uncorrectable ECC error since boot and one page retired.
    recorded = (NVIDIA / "t4-ecc-retired" / "q.xml").read_text()
    verdict = health.evaluate({"nvidia_smi": {"rc": 0, "stdout": recorded}, "dcgmi": {"installed": False},
                               "kernel_log": [], "df": None}).as_dict()
    gpu = "GPU 0 (GPU-d37e67a5-91dd-3774-a5cb-99096249601a)"
    counted_reasons = [(form, text) for form, text in zip(verdict["reasons_said"], verdict["reasons"], strict=True)
                       if "count" in form]
    assert [text for _form, text in counted_reasons] == [
        f"{gpu}: 1 uncorrectable ECC error since the driver loaded.",
        f"{gpu}: 1 page retired after double-bit errors.",
    ]
    assert counted_reasons[0][0] == {"template": "{gpu}: %n uncorrectable ECC error(s) since the driver loaded.",
                                     "values": {"gpu": gpu}, "count": 1}
    isolated = f"\u2068{gpu}\u2069"
    said = {
        "en": [text for _form, text in counted_reasons],
        "fr": [f"{gpu} : 1 erreur ECC non corrigible depuis le chargement du pilote.",
               f"{gpu} : 1 page retirée après des erreurs double bit."],
        "ar": [f"{isolated}: خطأ ECC واحد غير قابل للتصحيح منذ تحميل المشغل.",
               f"{isolated}: صفحة واحدة مسحوبة بعد أخطاء ثنائية البت."],
    }
    languages = Languages(qapp)
    try:
        for language, expected in said.items():
            languages.apply(language)
            assert [core_said(form, text) for form, text in counted_reasons] == expected
        languages.apply("ar")
        eleven = counted("{gpu}: %n page(s) retired after double-bit errors.", 11, gpu="GPU 2")
        assert core_said(eleven.as_dict(), eleven.text) == "\u2068GPU 2\u2069: 11 صفحةً مسحوبة بعد أخطاء ثنائية البت."
    finally:
        languages.apply("en")


def test_a_verdict_reads_in_french_and_falls_back_to_english_where_it_must(qapp):
    report = {"nvidia_smi": {"rc": 127, "stdout": "sh: nvidia-smi: command not found"}, "dcgmi": {"installed": False},
              "kernel_log": ["NVRM: Xid (PCI:0000:3b:00): 48, pid=1, Double Bit ECC Error"],
              "df": "Filesystem 1024-blocks Used Available Capacity Mounted on\n/dev/sda1 1000 990 10 99% /\n",
              "service": {"name": "airlock-serving", "state": "failed"}}
    verdict = health.evaluate(report).as_dict()
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "airlock_fr.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        reasons = core_sentences(verdict, "reasons")
        notes = core_sentences(verdict, "notes")
    finally:
        QCoreApplication.removeTranslator(translator)
    assert "XID 48 (PCI 0000:3b:00) : une erreur ECC double bit dans la mémoire du GPU." in reasons
    assert "/ : seulement 1.0 % libre." in reasons
    assert "airlock-serving a échoué." in reasons
    assert "DCGM n'est pas installé ; dcgmi diag n'a pas été lancé." in notes
    assert "nvidia-smi n'est pas installé sur ce nœud." in notes
    assert len(reasons) == len(verdict["reasons"])
    # Stored before sentences were kept as templates, or not matching: the English text.
    assert core_sentences({"reasons": ["Old reason."]}, "reasons") == ["Old reason."]
    assert core_said({"template": "{missing} field", "values": {"other": "x"}}, "English.") == "English."
    unknown = template("An Airlock sentence with no translation yet: {what}.")
    try:
        assert core_said(say(unknown, what="x").as_dict(), "English") == "An Airlock sentence with no translation yet: x."
    finally:
        TEMPLATES.remove(unknown)


def test_core_errors_reach_the_operator_in_their_language(qtbot, make_controller, prefs, vault):
    """A refusal from the core reads in French in the unlock dialog, and a real core error with
    a value reads in Arabic with the value kept whole; the English text stays what the CLI prints."""
    prefs.set("language", "fr")
    controller = make_controller(vault.data_dir)
    controller.start()
    dialog = controller.dialog
    dialog.passphrase.setText("not the passphrase")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.message.isVisible, timeout=30_000)
    assert dialog.message.text() == ("Phrase secrète incorrecte.\n"
                                     "Vérifiez le nom du compte et la phrase secrète, puis réessayez.")

    with vault.open() as session, pytest.raises(NotFound) as caught:
        session.show_node("gpu-404")
    assert caught.value.message == "There is no node named gpu-404."
    controller.set_language("ar")
    try:
        what, todo = explain(caught.value)
    finally:
        controller.set_language("en")
    assert what == "لا توجد عقدة باسم \u2068gpu-404\u2069."
    assert todo == "راجع `airlock node list` لمعرفة العقد المسجلة."
    assert explain(caught.value) == (caught.value.message, caught.value.hint)


def test_the_trust_tab_says_why_there_is_no_root_in_the_operators_language(qtbot, make_controller, prefs, vault):
    """A vault with no trust root pinned: the tab says so, and what to do, in French (it showed
    the core's English)."""
    prefs.set("language", "fr")
    controller = make_controller(vault.data_dir)
    controller.start()
    unlock(qtbot, controller)
    try:
        trust = controller.window.settings.trust
        trust.view.clear()
        trust.refresh()
        qtbot.waitUntil(lambda: bool(trust.view.toPlainText()), timeout=10_000)
        assert trust.view.toPlainText().splitlines() == [
            "Aucune racine de confiance n'est épinglée dans ce coffre.",
            "Que faire : Un admin doit d'abord lancer `airlock trust init ROOT_JSON --fingerprint SHA256:...`.",
        ]
        assert not trust.rotate_button.isEnabled()
    finally:
        controller.set_language("en")


def test_a_log_that_does_not_verify_says_why_in_the_operators_language(qtbot, make_controller, prefs, vault):
    """A real audit log with a row rewritten under a checkpoint: the audit section's verdict
    names the checkpoint in French; the report's English stays what the CLI prints."""
    db = sqlite_utils.Database(memory=True)
    for migration in schema_core.MIGRATIONS:
        db.conn.executescript(migration)
    log = AuditLog(db, "airlock/gui-test")
    key = Ed25519PrivateKey.generate()
    for number in range(10):
        db.conn.execute("BEGIN")
        log.append("alice", "settings.change", f"key-{number}", "ok", {"new": number})
        if number + 1 in (4, 8):
            log.checkpoint(key, "airlock/gui-test")
        db.conn.execute("COMMIT")
    db.conn.execute("DROP TRIGGER IF EXISTS audit_entries_no_update")
    db.conn.execute("UPDATE audit_entries SET entry = replace(entry, 'alice', 'mallory') WHERE seq = 6")
    report = log.verify(verifier_line("airlock/gui-test", key.public_key()))
    assert report.problems == [("The checkpoint at size 8 does not match the entries: an entry at or before seq 7 "
                                "(seq 0..3 match an earlier checkpoint) was changed outside Airlock.")]

    prefs.set("language", "fr")
    controller = make_controller(vault.data_dir)
    controller.start()
    unlock(qtbot, controller)
    try:
        controller.window.audit._verified(report)
        assert controller.window.audit.verdict.text() == (
            "Le journal NE se vérifie PAS : Le point de contrôle de taille 8 ne correspond pas aux entrées : une "
            "entrée de seq 7 ou antérieure (les seq 0..3 correspondent à un point de contrôle précédent) a été "
            "modifiée hors d'Airlock. Exportez-le et signalez-le à votre auditeur.")
    finally:
        controller.set_language("en")


def test_the_cores_progress_steps_reach_the_operator_in_their_language(qapp):
    """The worker says a step the core reports as a message in the operator's language;
    plain text passes as it is, and the command line's bar prints the English."""
    from app.core.messages import say as core_say
    from app.gui.i18n import Languages
    from app.gui.worker import Task

    def work(progress, _cancel):
        progress(0, 2, core_say("Contacting {address}:{port}", address="10.0.0.7", port=22))
        progress(2, 2, "plain text")

    shown: list[str] = []
    task = Task(work, wants_progress=True)
    task.signals.progress.connect(lambda _d, _t, text: shown.append(text))
    languages = Languages(qapp)
    languages.apply("fr")
    try:
        task.run()
    finally:
        languages.apply("en")
    assert shown == ["Connexion à 10.0.0.7:22", "plain text"]
    assert str(core_say("Contacting {address}:{port}", address="10.0.0.7", port=22)) == "Contacting 10.0.0.7:22"
