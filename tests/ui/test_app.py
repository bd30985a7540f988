"""Start-up, language and crash handling of the window."""

from __future__ import annotations

import logging
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from borgo_desktop import app
from borgo_desktop.errors import UserError
from borgo_desktop.models.enums import Stage
from borgo_desktop.ui.main_window import MainWindow
from borgo_desktop.ui.registry.household_form import HouseholdForm
from borgo_desktop.ui.widgets import dialogs
from borgo_desktop.ui.widgets.texts import error_text, vocab


@pytest.fixture
def english(qapp):
    installed = app.install_translators(qapp, "en")
    yield installed
    for translator in installed:
        qapp.removeTranslator(translator)


def test_english_translates_the_window_the_vocabulary_and_the_messages(qtbot, ctx, english):
    assert english, "borgo_en.qm must ship in the package"
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.windowTitle() == "Neighbourhood office"  # Qt adds the program's name
    assert [window.navigation.item(r).text() for r in range(5)] == [
        "Today", "Households", "People", "Units", "Allocation"]
    assert vocab(Stage.VISIT) == "Visit done"
    error = UserError("Il codice fiscale deve avere 16 caratteri (ne ha {length})", length=9)
    assert error_text(error) == "The tax code must have 16 characters (it has 9)"
    assert window.open_area("households").model.headerData(
        1, Qt.Orientation.Horizontal) == "Reference person"


STARTER = """
import sys
from borgo_desktop import app
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.store import Store
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

ctx = Context(Store.open(sys.argv[1]), Actor("tester", "front_desk"))
code = app.run(ctx, lang="it")
assert QCoreApplication.organizationName() == "Abitare in borgo"
assert QApplication.style().name().lower() == "fusion"
assert QSettings().value(app.GEOMETRY_KEY) is not None
sys.exit(code)
"""


def test_the_program_starts_and_stops_after_the_first_paint(ctx, world, tmp_path):
    # A process of its own: a finished QApplication.exec() would end the test session's loop.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path),
               **{app.QUIT_WHEN_SHOWN: "1"})
    url = ctx.store.engine.url.render_as_string(hide_password=False)
    done = subprocess.run([sys.executable, "-c", STARTER, url], env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert list(tmp_path.rglob("*.conf")), "the window geometry is kept per user"
    # What the cold-start benchmark reads: when the rows of the start list were painted.
    assert done.stdout.startswith(f"{app.SHOWN_MARK} "), done.stdout


def test_a_bug_shows_the_crash_dialog_and_the_form_keeps_its_input(qtbot, ctx, world,
                                                                    monkeypatch, caplog):
    form = HouseholdForm(ctx)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.members[0].surname, "Gallo")
    shown = []
    monkeypatch.setattr(dialogs.CrashDialog, "exec", lambda self: shown.append(self) or 0)
    monkeypatch.setattr(app.log, "disabled", False)  # other tools' logging setup may turn it off
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        with caplog.at_level(logging.ERROR):
            app.handle_exception(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1
    assert "RuntimeError: boom" in shown[0].details.toPlainText()
    assert shown[0].windowTitle() == "Errore imprevisto"
    assert "RuntimeError: boom" in caplog.text
    assert form.isVisible() and form.members[0].surname.text() == "Gallo"


def test_a_user_error_that_escapes_is_a_plain_warning(qtbot, message_boxes, monkeypatch):
    monkeypatch.setattr(dialogs.CrashDialog, "exec", lambda self: pytest.fail("not a crash"))
    error = UserError("La persona non fa parte di alcun nucleo.")
    app.handle_exception(UserError, error, None)
    assert message_boxes == [("warning", "La persona non fa parte di alcun nucleo.")]


def test_garbage_is_collected_on_the_gui_thread_only(qapp):
    import gc

    from borgo_desktop.ui.widgets.collector import MainThreadCollector

    collector = MainThreadCollector(qapp)
    try:
        assert not gc.isenabled()  # no worker thread can trigger a collection
        for _ in range(gc.get_threshold()[0] + 10):
            cycle = []
            cycle.append(cycle)
        assert gc.get_count()[0] > gc.get_threshold()[0]
        collector.check()
        assert gc.get_count()[0] < gc.get_threshold()[0]
    finally:
        collector.timer.stop()
        collector.setParent(None)
