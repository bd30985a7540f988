"""First-start wizard, login, recovery and the screen lock, driven through their widgets."""

from __future__ import annotations

import shutil
from datetime import datetime, timezone
from types import SimpleNamespace

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard

from borgo_desktop.services.accounts import accounts
from borgo_desktop.services.core import audit
from borgo_desktop.services.core.context import Actor
from borgo_desktop.services.admin.gate import Gate
from borgo_desktop.ui.accounts.login_dialog import LoginDialog, RecoveryDialog
from borgo_desktop.ui.accounts.screen_lock import ScreenLock
from borgo_desktop.ui.accounts.setup_wizard import SetupWizard
from borgo_desktop.ui.main_window import MainWindow

PASSWORD = "cavallo batteria graffetta"
NOW = datetime(2026, 11, 25, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def gate(template_db, tmp_path):
    """A real Gate on a copy of the migrated template: set-up encrypts it (SQLCipher)."""
    database = tmp_path / "borgo.sqlite"
    shutil.copy(template_db, database)
    opened = Gate(f"sqlite:///{database}", tmp_path / "backups", clock=lambda: NOW)
    yield opened
    opened.close()


@pytest.fixture
def admin_gate(gate):
    _ctx, key = gate.set_up("admin", "Anna Bianchi", PASSWORD)
    gate.recovery_key = key
    return gate


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


# --- the first-start wizard ---------------------------------------------------------------

def test_the_wizard_creates_the_administrator_and_shows_the_key_once(qtbot, gate, tmp_path):
    wizard = SetupWizard(gate, "SQLite · /tmp/borgo.sqlite")
    qtbot.addWidget(wizard)
    wizard.show()
    assert gate.needs_setup()
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    page = wizard.admin
    assert wizard.currentPage() is page
    qtbot.keyClicks(page.username, "admin")
    qtbot.keyClicks(page.display_name, "Anna Bianchi")
    qtbot.keyClicks(page.new_password.field, "12345")
    assert page.new_password.meter.label.text().startswith("Molto debole")
    qtbot.keyClicks(page.new_password.repeat, "12346")
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.text() == "Crea l'amministratore"
    click(qtbot, commit)
    assert wizard.currentPage() is page  # refused: still here
    assert page.errors.label("password_repeat").text() == "Le due password non coincidono: le riscriva."
    page.new_password.repeat.setText("12345")
    click(qtbot, commit)
    assert wizard.currentPage() is page
    assert page.errors.label("password").text() == "La password deve avere almeno 10 caratteri."
    assert page.username.text() == "admin"  # input kept
    for field in (page.new_password.field, page.new_password.repeat):
        field.setText(PASSWORD)
    assert page.new_password.meter.label.text() == "Ottima"
    click(qtbot, commit)

    key_page = wizard.key_page
    assert wizard.currentPage() is key_page and not gate.needs_setup()
    key = wizard.recovery_key
    assert key and key_page.key_label.text() == key
    sheet = tmp_path / "chiave.pdf"
    assert key_page.save_sheet(sheet)
    assert key in "".join(page.extract_text() for page in PdfReader(sheet).pages)
    assert str(sheet) in key_page.saved_label.text()
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()  # until the key is kept
    qtbot.mouseClick(key_page.kept, Qt.MouseButton.LeftButton,
                     pos=QPoint(6, key_page.kept.height() // 2))  # on the box
    assert finish.isEnabled()
    click(qtbot, finish)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.context.actor == Actor("admin", "admin", "Anna Bianchi")


# --- login and recovery --------------------------------------------------------------------

def test_login_refuses_in_plain_italian_then_counts_down(qtbot, admin_gate):
    dialog = LoginDialog(admin_gate, "SQLite · borgo.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.login_button)
    assert dialog.banner.text() == "Scriva il nome utente e la password."
    qtbot.keyClicks(dialog.username, "admin")
    for _attempt in range(3):  # the Gate delays from the third failure on
        qtbot.keyClicks(dialog.password, "sbagliata")
        click(qtbot, dialog.login_button)
        assert dialog.banner.text() == "Nome utente o password non corretti."
        assert dialog.password.text() == "" and dialog.username.text() == "admin"
        assert dialog.login_button.isEnabled()
    qtbot.keyClicks(dialog.password, PASSWORD)  # right, but too soon
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.banner.text() == ("Troppi tentativi non riusciti: attendere 5 secondi prima "
                                    "di riprovare.")
    assert dialog.context is None
    assert not dialog.login_button.isEnabled()
    assert dialog.login_button.text() == "Attendere 5 s"
    for second in (4, 3, 2, 1):
        dialog._countdown.timeout.emit()  # one second
        assert dialog.login_button.text() == f"Attendere {second} s"
    dialog._countdown.timeout.emit()
    assert dialog.login_button.isEnabled() and dialog.login_button.text() == "Accedi"
    assert not dialog._countdown.isActive()


def test_login_hands_back_the_context(qtbot, admin_gate):
    dialog = LoginDialog(admin_gate, username="admin")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.password, PASSWORD)
    click(qtbot, dialog.login_button)
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.context.actor.username == "admin"


def test_forgotten_password_with_the_recovery_key(qtbot, admin_gate):
    dialog = LoginDialog(admin_gate)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "admin")
    click(qtbot, dialog.forgot)
    recovery = dialog.recovery
    assert isinstance(recovery, RecoveryDialog) and recovery.isVisible()
    assert recovery.username.text() == "admin"
    qtbot.keyClicks(recovery.key, "XXXX-0000")
    for field in (recovery.new_password.field, recovery.new_password.repeat):
        qtbot.keyClicks(field, "una nuova frase segreta")
    click(qtbot, recovery.findChild(type(dialog.login_button), "recover_button"))
    assert recovery.banner.text() == ("Chiave di recupero non corretta: controllare le lettere "
                                      "sul foglio di recupero.")
    assert recovery.isVisible() and recovery.new_password.field.text()  # input kept
    recovery.key.setText(admin_gate.recovery_key)
    click(qtbot, recovery.findChild(type(dialog.login_button), "recover_button"))
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.context.actor.username == "admin"
    assert admin_gate.log_in("admin", "una nuova frase segreta")


# --- the screen lock ---------------------------------------------------------------------

@pytest.fixture
def locked_window(qtbot, admin_gate):
    admin = admin_gate.log_in("admin", PASSWORD)
    accounts.add_account(admin, "capo", "Carla Capo", "manager", "la frase di carla")
    ctx = admin_gate.log_in("capo", "la frase di carla")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    timer = QTimer()
    lock = ScreenLock(window, ctx, admin_gate.check_password, minutes=10, timer=timer)
    window.attach_lock(lock)
    return SimpleNamespace(window=window, lock=lock, timer=timer)


def test_idle_time_locks_and_the_password_unlocks_without_losing_input(qtbot, locked_window):
    window, lock, timer = locked_window.window, locked_window.lock, locked_window.timer
    assert timer.interval() == 10 * 60_000 and timer.isActive()
    window.open_area("units")
    form = window.new_household()
    qtbot.keyClicks(form.members[0].surname, "Gallo")
    tabs_before = window.tabs.count()

    timer.timeout.emit()  # ten idle minutes
    assert lock.locked and lock.dialog.isVisible()
    assert lock.dialog.windowModality() == Qt.WindowModality.ApplicationModal
    curtains = lock.curtains
    assert window in curtains and form in curtains
    assert all(c.isVisible() and c.geometry() == w.rect() for w, c in curtains.items())
    qtbot.keyClicks(lock.dialog.password, "sbagliata")
    click(qtbot, lock.dialog.unlock_button)
    assert lock.locked and lock.dialog.banner.text() == "Nome utente o password non corretti."
    assert lock.dialog.password.text() == ""

    qtbot.keyClicks(lock.dialog.password, "la frase di carla")
    click(qtbot, lock.dialog.unlock_button)
    assert not lock.locked and not lock.curtains
    assert window.tabs.count() == tabs_before
    assert form.isVisible() and form.members[0].surname.text() == "Gallo"
    assert timer.isActive()  # counting the idle time again
    form.mark_clean()
    form.reject()


def test_activity_restarts_the_idle_time_and_the_menu_locks_at_once(qtbot, locked_window):
    window, lock, timer = locked_window.window, locked_window.lock, locked_window.timer
    timer.stop()
    qtbot.keyClick(window.search_box, Qt.Key.Key_A)
    assert timer.isActive()
    window.lock_action.trigger()
    assert lock.locked
    QApplication.processEvents()
    lock.dialog.reject()  # Esc does not unlock
    assert lock.locked and lock.dialog.isVisible()
    lock.set_minutes(0)
    assert not timer.isActive()


def test_the_window_locks_after_the_office_setting(qtbot, admin_gate):
    from borgo_desktop import app
    from borgo_desktop.services.core.settings import set_setting

    ctx = admin_gate.log_in("admin", PASSWORD)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    app.attach_screen_lock(window, ctx, admin_gate)
    lock = window.screen_lock
    assert lock.minutes == 10 and lock.timer.interval() == 600_000 and lock.timer.isActive()
    assert window.lock_action.isVisible()
    set_setting(ctx, "security.idle_lock_minutes", 0)  # never
    other = MainWindow(ctx)
    qtbot.addWidget(other)
    app.attach_screen_lock(other, ctx, admin_gate)
    assert not other.screen_lock.timer.isActive()
    other.lock_action.trigger()  # the menu still locks
    assert other.screen_lock.locked
    other.screen_lock.dialog.password.setText(PASSWORD)
    other.screen_lock.dialog.try_unlock()
    assert not other.screen_lock.locked
    assert [e.action for e in audit.list_entries(ctx, limit=1)] == ["unlock"]
