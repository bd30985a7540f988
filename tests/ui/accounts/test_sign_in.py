"""Who gets the main window: the wizard on a new database, the login otherwise, the
environment for benchmarks, and a temporary password replaced first."""

from __future__ import annotations

import shutil
from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QWizard

from borgo_desktop.services.accounts import accounts
from borgo_desktop.services.admin.gate import Gate
from borgo_desktop.ui.accounts import start
from borgo_desktop.ui.accounts.account_dialogs import ChangePasswordDialog
from borgo_desktop.ui.accounts.login_dialog import LoginDialog
from borgo_desktop.ui.accounts.setup_wizard import SetupWizard

PASSWORD = "cavallo batteria graffetta"


@pytest.fixture
def gate(template_db, tmp_path, monkeypatch):
    monkeypatch.delenv(start.USER_ENV, raising=False)
    monkeypatch.delenv(start.PASSWORD_ENV, raising=False)
    database = tmp_path / "borgo.sqlite"
    shutil.copy(template_db, database)
    opened = Gate(f"sqlite:///{database}", tmp_path / "backups",
                  clock=lambda: datetime(2026, 11, 25, 9, tzinfo=timezone.utc))
    yield opened
    opened.close()


@pytest.fixture
def staffed(gate):
    admin, _key = gate.set_up("admin", "Anna Bianchi", PASSWORD)
    accounts.add_account(admin, "capo", "Carla Capo", "manager", "una frase temporanea")
    return gate


def replace_exec(monkeypatch, cls, drive):
    """exec() would block a headless test: fill the dialog through its widgets instead."""
    seen = []

    def fake_exec(dialog):
        seen.append(dialog)
        dialog.show()
        drive(dialog)
        return dialog.result()
    monkeypatch.setattr(cls, "exec", fake_exec)
    return seen


def test_a_new_database_starts_with_the_wizard(qtbot, gate, monkeypatch):
    def drive(wizard):
        wizard.next()
        wizard.admin.username.setText("admin")
        wizard.admin.display_name.setText("Anna Bianchi")
        wizard.admin.new_password.field.setText(PASSWORD)
        wizard.admin.new_password.repeat.setText(PASSWORD)
        wizard.next()
        wizard.close()  # closing on the key page is refused until the key is kept
        assert wizard.isVisible()
        kept = wizard.key_page.kept
        qtbot.mouseClick(kept, Qt.MouseButton.LeftButton, pos=QPoint(6, kept.height() // 2))
        wizard.button(QWizard.WizardButton.FinishButton).click()

    seen = replace_exec(monkeypatch, SetupWizard, drive)
    ctx = start.sign_in(gate)
    assert len(seen) == 1 and seen[0].database_label == str(gate.db_path)
    assert ctx.actor.username == "admin" and ctx.actor.role == "admin"


def test_the_environment_logs_in_without_the_dialog(staffed, monkeypatch):
    monkeypatch.setattr(LoginDialog, "exec", lambda _self: pytest.fail("no dialog expected"))
    monkeypatch.setenv(start.USER_ENV, "admin")
    monkeypatch.setenv(start.PASSWORD_ENV, PASSWORD)
    assert start.sign_in(staffed).actor.username == "admin"


def test_the_user_option_with_the_password_in_the_environment(staffed, monkeypatch):
    monkeypatch.setattr(LoginDialog, "exec", lambda _self: pytest.fail("no dialog expected"))
    monkeypatch.setenv(start.PASSWORD_ENV, PASSWORD)
    assert start.sign_in(staffed, username="admin").actor.username == "admin"


def test_a_refused_environment_falls_back_to_the_dialog(qtbot, staffed, monkeypatch):
    monkeypatch.setenv(start.USER_ENV, "admin")
    monkeypatch.setenv(start.PASSWORD_ENV, "sbagliata")

    def drive(dialog):
        assert dialog.username.text() == "admin"  # filled in from BORGO_USER
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)

    seen = replace_exec(monkeypatch, LoginDialog, drive)
    assert start.sign_in(staffed).actor.username == "admin"
    assert len(seen) == 1


def test_giving_up_at_the_login_opens_nothing(staffed, monkeypatch):
    replace_exec(monkeypatch, LoginDialog, lambda dialog: dialog.reject())
    assert start.sign_in(staffed, demo=True) is None


def test_a_temporary_password_is_replaced_before_the_window(qtbot, staffed, monkeypatch):
    replace_exec(monkeypatch, LoginDialog, lambda dialog: (
        dialog.username.setText("capo"), dialog.password.setText("una frase temporanea"),
        dialog.login_button.click()))

    def change(dialog):
        assert "temporanea" in dialog.findChild(QLabel, "intro_label").text()
        qtbot.keyClicks(dialog.old_password, "una frase temporanea")
        qtbot.keyClicks(dialog.new_password.field, "la frase tutta mia")
        qtbot.keyClicks(dialog.new_password.repeat, "la frase tutta mia")
        qtbot.mouseClick(dialog.findChild(QPushButton, "save_button"), Qt.MouseButton.LeftButton)

    replace_exec(monkeypatch, ChangePasswordDialog, change)
    ctx = start.sign_in(staffed)
    assert ctx.actor.username == "capo"
    assert not accounts.my_account(ctx).must_change_password
    assert staffed.log_in("capo", "la frase tutta mia")


def test_refusing_to_replace_it_ends_the_program(staffed, monkeypatch):
    replace_exec(monkeypatch, LoginDialog, lambda dialog: (
        dialog.username.setText("capo"), dialog.password.setText("una frase temporanea"),
        dialog.login_button.click()))
    replace_exec(monkeypatch, ChangePasswordDialog, lambda dialog: dialog.reject())
    assert start.sign_in(staffed) is None


def test_the_database_label_hides_a_server_password():
    class Server:
        db_path, url = None, "postgresql+psycopg://borgo:secret@db.local/borgo"

    assert start.database_label(Server()) == "postgresql · db.local/borgo"


def test_a_database_that_cannot_open_is_said_in_a_window(qapp, message_boxes, monkeypatch):
    from borgo_desktop import app
    from borgo_desktop.errors import StoreError

    monkeypatch.setattr(app, "configure", lambda *_args: None)  # keep this session's app as is
    class Broken:
        db_path, url = None, "sqlite://"

        def needs_setup(self):
            raise StoreError("Manca il file delle chiavi {name} accanto al database.",
                             name="borgo.keys")

    assert app.run(Broken()) == 1
    assert message_boxes == [("warning", "Manca il file delle chiavi borgo.keys accanto al database.")]
