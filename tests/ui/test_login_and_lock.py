"""First-start wizard, login, recovery and the screen lock, driven through their widgets."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWizard

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.services.context import Actor, Context
from borgo_desktop.ui.accounts.login_dialog import LoginDialog, RecoveryDialog
from borgo_desktop.ui.accounts.screen_lock import ScreenLock
from borgo_desktop.ui.accounts.setup_wizard import SetupWizard
from borgo_desktop.ui.main_window import MainWindow

PASSWORD = "cavallo batteria graffetta"


class FakeGate:
    """Stand-in with the Gate's API (services/gate.py) until it lands."""

    def __init__(self, store) -> None:
        self.store, self.users, self.failures = store, {}, 0

    def needs_setup(self) -> bool:
        return not self.users

    def _context(self, username):
        name, role, _password = self.users[username]
        return Context(store=self.store, actor=Actor(username, role, name))

    def set_up(self, username, display_name, password):
        problems = {}
        if not username:
            problems["username"] = UserError("Il nome utente è obbligatorio.")
        if len(password) < 10:
            problems["password"] = UserError("La password deve avere almeno {n} caratteri.", n=10)
        if problems:
            raise ValidationError(problems)
        self.users[username] = (display_name, "admin", password)
        return self._context(username), "ABCD-EFGH-IJKL-MNOP"

    def log_in(self, username, password):
        if username not in self.users or self.users[username][2] != password:
            self.failures += 1
            if self.failures >= 3:
                raise UserError("Troppi tentativi: riprovare tra {seconds} secondi.", seconds=30)
            raise UserError("Nome utente o password non corretti.")
        return self._context(username)

    def check_password(self, ctx, password):
        if self.users[ctx.actor.username][2] != password:
            raise UserError("Password non corretta.")

    def recover(self, key, username, new_password):
        if key != "ABCD-EFGH-IJKL-MNOP":
            raise UserError("La chiave di recupero non è valida.", field="recovery_key")
        name, role, _old = self.users[username]
        self.users[username] = (name, role, new_password)
        return self._context(username)


@pytest.fixture
def gate(store):
    return FakeGate(store)


@pytest.fixture
def admin_gate(gate):
    gate.set_up("admin", "Anna Bianchi", PASSWORD)
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
    assert key_page.key_label.text() == "ABCD-EFGH-IJKL-MNOP"
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
    for attempt in range(2):
        qtbot.keyClicks(dialog.password, "sbagliata")
        click(qtbot, dialog.login_button)
        assert dialog.banner.text() == "Nome utente o password non corretti."
        assert dialog.password.text() == "" and dialog.username.text() == "admin"
    qtbot.keyClicks(dialog.password, "sbagliata")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.banner.text() == "Troppi tentativi: riprovare tra 30 secondi."
    assert not dialog.login_button.isEnabled()
    assert dialog.login_button.text() == "Attendere 30 s"
    dialog._tick()
    assert dialog.login_button.text() == "Attendere 29 s"
    dialog._waiting = 1
    dialog._tick()
    assert dialog.login_button.isEnabled() and dialog.login_button.text() == "Accedi"


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
    assert recovery.errors.label("recovery_key").text() == "La chiave di recupero non è valida."
    recovery.key.setText("ABCD-EFGH-IJKL-MNOP")
    click(qtbot, recovery.findChild(type(dialog.login_button), "recover_button"))
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert dialog.context.actor.username == "admin"
    assert admin_gate.log_in("admin", "una nuova frase segreta")


# --- the screen lock ---------------------------------------------------------------------

@pytest.fixture
def locked_window(qtbot, admin_gate, world):
    ctx = admin_gate.log_in("admin", PASSWORD)
    ctx = Context(store=ctx.store, actor=Actor("admin", "manager", "Anna Bianchi"))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    timer = QTimer()
    lock = ScreenLock(window, ctx, admin_gate.check_password, minutes=10, timer=timer)
    window.attach_lock(lock)
    return SimpleNamespace(window=window, lock=lock, timer=timer)


def test_idle_time_locks_and_the_password_unlocks_without_losing_input(qtbot, locked_window,
                                                                       world):
    window, lock, timer = locked_window.window, locked_window.lock, locked_window.timer
    assert timer.interval() == 10 * 60_000 and timer.isActive()
    window.open_household(world.rossi.id)
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
    assert lock.locked and lock.dialog.banner.text() == "Password non corretta."
    assert lock.dialog.password.text() == ""

    qtbot.keyClicks(lock.dialog.password, PASSWORD)
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
