"""The users window and the account forms, driven through their widgets on the real services."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from borgo_desktop.errors import ValidationError
from borgo_desktop.services.accounts import accounts
from borgo_desktop.services.core.context import Actor, Context
from borgo_desktop.ui.accounts.account_dialogs import (
    ChangePasswordDialog,
    EnableDialog,
    NewUserDialog,
    ResetPasswordDialog,
    RoleDialog,
)
from borgo_desktop.ui.accounts.users_page import UsersPage
from borgo_desktop.ui.main_window import MainWindow

PASSWORD = "cavallo batteria graffetta"


@pytest.fixture
def admin(store):
    ctx = Context(store=store, actor=Actor("admin", "admin", "Anna Bianchi"))
    accounts.create_account_unchecked(ctx, "admin", "Anna Bianchi", "admin", PASSWORD)
    return ctx


@pytest.fixture
def page(qtbot, admin):
    shown = UsersPage(admin)
    qtbot.addWidget(shown)
    shown.show()
    return shown


@pytest.fixture
def say_yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_args, **_kwargs: QMessageBox.StandardButton.Yes)


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def row_of(page, username: str) -> list[str]:
    model = page.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == username:
            return [model.index(row, c).data() for c in range(model.columnCount())]
    raise AssertionError(username)


def select(page, username: str) -> None:
    page.select(username)
    assert page.selected().username == username


def save(qtbot, dialog) -> None:
    click(qtbot, dialog.findChild(QPushButton, "save_button"))


def test_the_list_shows_every_account(qtmodeltester, page):
    qtmodeltester.check(page.model)
    assert page.count_label.text() == "1 utente"
    assert row_of(page, "admin") == ["admin", "Anna Bianchi", "amministratore", "Attivo", "mai"]
    assert not page.role_button.isEnabled()  # nothing selected yet


def test_a_new_user_is_refused_field_by_field_then_added(qtbot, page):
    click(qtbot, page.add_button)
    dialog = page.dialog
    assert isinstance(dialog, NewUserDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.username_field, "M Rossi")
    qtbot.keyClicks(dialog.new_password.field, "breve")
    qtbot.keyClicks(dialog.new_password.repeat, "breve")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.errors.label("username").text().startswith("Nome utente non valido")
    assert dialog.errors.label("display_name").text() == "Indicare nome e cognome."
    assert dialog.errors.label("password").text() == "La password deve avere almeno 10 caratteri."
    assert dialog.username_field.text() == "M Rossi"  # input kept

    dialog.username_field.setText("m.rossi")
    qtbot.keyClicks(dialog.display_name, "Marco Rossi")
    dialog.role.setCurrentIndex(dialog.role.findText("assistente sociale"))
    for field in (dialog.new_password.field, dialog.new_password.repeat):
        field.setText("una frase per marco")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert row_of(page, "m.rossi") == ["m.rossi", "Marco Rossi", "assistente sociale", "Attivo",
                                       "mai"]
    assert page.selected().username == "m.rossi"
    assert accounts.list_accounts(page.ctx)[1].must_change_password


def test_role_disable_enable_and_reset(qtbot, page, admin, say_yes):
    accounts.add_account(admin, "m.rossi", "Marco Rossi", "front_desk", "una frase per marco")
    page.refresh()
    select(page, "m.rossi")

    click(qtbot, page.role_button)
    dialog = page.dialog
    assert isinstance(dialog, RoleDialog)
    dialog.role.setCurrentIndex(dialog.role.findText("responsabile"))
    save(qtbot, dialog)
    assert row_of(page, "m.rossi")[2] == "responsabile"

    assert page.active_button.text() == "Disattiva"
    click(qtbot, page.active_button)
    assert row_of(page, "m.rossi")[3] == "Disattivato"
    assert page.active_button.text() == "Riattiva…"

    click(qtbot, page.active_button)
    dialog = page.dialog
    assert isinstance(dialog, EnableDialog)
    qtbot.keyClicks(dialog.new_password.field, "di nuovo dentro marco")
    qtbot.keyClicks(dialog.new_password.repeat, "di nuovo dentro")
    save(qtbot, dialog)
    assert dialog.errors.label("password_repeat").isVisible()
    dialog.new_password.repeat.setText("di nuovo dentro marco")
    save(qtbot, dialog)
    assert row_of(page, "m.rossi")[3] == "Attivo"

    click(qtbot, page.reset_button)
    dialog = page.dialog
    assert isinstance(dialog, ResetPasswordDialog)
    for field in (dialog.new_password.field, dialog.new_password.repeat):
        field.setText("marco")
    save(qtbot, dialog)
    assert dialog.errors.label("password").text() == "La password deve avere almeno 10 caratteri."
    for field in (dialog.new_password.field, dialog.new_password.repeat):
        field.setText("una password temporanea")
    with qtbot.waitSignal(page.status_message) as said:
        save(qtbot, dialog)
    assert not dialog.isVisible()
    assert said.args == ["Utente m.rossi aggiornato."]


def test_the_administrator_cannot_disable_themself(qtbot, page, say_yes, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
    select(page, "admin")
    click(qtbot, page.active_button)
    assert warnings == ["Non si può disattivare il proprio utente."]
    assert row_of(page, "admin")[3] == "Attivo"


def test_everyone_changes_their_own_password_from_the_menu(qtbot, admin, world):
    window = MainWindow(admin)
    qtbot.addWidget(window)
    window.show()
    window.password_action.trigger()
    dialog = window.dialog
    assert isinstance(dialog, ChangePasswordDialog)
    qtbot.keyClicks(dialog.old_password, "non questa")
    for field in (dialog.new_password.field, dialog.new_password.repeat):
        qtbot.keyClicks(field, "la mia nuova frase")
    save(qtbot, dialog)
    assert dialog.errors.label("old_password").text() == "La password attuale non è corretta."
    assert dialog.new_password.field.text() == "la mia nuova frase"  # input kept
    dialog.old_password.setText(PASSWORD)
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert window.statusBar().currentMessage() == "Password cambiata."
    with pytest.raises(ValidationError):  # the old password no longer works
        accounts.change_password(admin, PASSWORD, "ancora un'altra frase")
    accounts.change_password(admin, "la mia nuova frase", "ancora un'altra frase")
