"""Account forms: a new user, a change of role, a password reset (administrator), and the
change of one's own password (everyone).

Each form checks only that the new password was typed the same twice; every other rule
(user name taken or malformed, password too weak, last administrator) is the service's,
and its message appears under the field it names, the input kept.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from borgo_desktop.services import accounts
from borgo_desktop.ui.accounts.form_parts import FieldGrid, NewPassword, call_service
from borgo_desktop.ui.accounts.password_field import PasswordEdit
from borgo_desktop.ui.accounts.roles import role_names
from borgo_desktop.ui.widgets.forms import DirtyDialog, FormErrors, banner_label


class AccountDialog(DirtyDialog):
    """A small form over one service call; ``saved`` carries the user name it was about."""

    saved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(480)
        self.banner = banner_label()
        self.errors = FormErrors(self.banner)
        self.grid = FieldGrid(self.errors)
        self.new_password: NewPassword | None = None
        self.action: Callable[[], object] = lambda: None
        self.subject: Callable[[], str] = lambda: ""

    def finish_layout(self, intro: str = "") -> None:
        buttons, _save = self.save_cancel_buttons()
        layout = QVBoxLayout(self)
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            layout.addWidget(text)
        layout.addWidget(self.banner)
        layout.addWidget(self.grid)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.watch(self.grid)

    def role_combo(self, current: str = "") -> QComboBox:
        combo = QComboBox()
        combo.setObjectName("role")
        for role, name in role_names().items():
            combo.addItem(name, role)
        if current:
            combo.setCurrentIndex(combo.findData(current))
        return self.grid.add("role", self.tr("Ruolo"), combo)

    def save(self) -> None:
        self.errors.clear()
        if self.new_password is not None and not self.new_password.matches():
            return
        ok, _result = call_service(self.errors, self.action)
        if ok:
            self.mark_clean()
            self.saved.emit(self.subject())
            self.accept()


def new_user_dialog(ctx, parent: QWidget | None = None) -> AccountDialog:
    dialog = AccountDialog(parent)
    dialog.setObjectName("new_user_dialog")
    tr = dialog.tr
    dialog.setWindowTitle(tr("Nuovo utente"))
    username = dialog.grid.add("username", tr("Nome utente"), QLineEdit())
    username.setPlaceholderText(tr("es. m.rossi"))
    display_name = dialog.grid.add("display_name", tr("Nome e cognome"), QLineEdit())
    role = dialog.role_combo("front_desk")
    dialog.new_password = NewPassword(dialog.grid, "password",
                                      lambda: (username.text(), display_name.text()))
    dialog.action = lambda: accounts.add_account(
        ctx, username.text().strip(), display_name.text().strip(), role.currentData(),
        dialog.new_password.text())
    dialog.subject = lambda: username.text().strip()
    dialog.username, dialog.display_name, dialog.role = username, display_name, role
    dialog.finish_layout(tr("La password iniziale va comunicata di persona; l'utente la "
                            "cambia dal menu File al primo accesso."))
    return dialog


def role_dialog(ctx, account, parent: QWidget | None = None) -> AccountDialog:
    dialog = AccountDialog(parent)
    dialog.setObjectName("role_dialog")
    dialog.setWindowTitle(dialog.tr("Ruolo di {name}").format(name=account.username))
    dialog.role = dialog.role_combo(account.role)
    dialog.action = lambda: accounts.set_role(ctx, account.username, dialog.role.currentData())
    dialog.subject = lambda: account.username
    dialog.finish_layout(dialog.tr("Il nuovo ruolo vale dal prossimo accesso dell'utente."))
    return dialog


def reset_password_dialog(ctx, account, parent: QWidget | None = None) -> AccountDialog:
    dialog = AccountDialog(parent)
    dialog.setObjectName("reset_password_dialog")
    dialog.setWindowTitle(dialog.tr("Nuova password per {name}").format(name=account.username))
    dialog.new_password = NewPassword(dialog.grid, "password",
                                      lambda: (account.username, account.display_name))
    dialog.action = lambda: accounts.reset_password(ctx, account.username,
                                                     dialog.new_password.text())
    dialog.subject = lambda: account.username
    dialog.finish_layout(dialog.tr(
        "Per chi ha dimenticato la password: la comunichi di persona, l'utente la cambierà."))
    return dialog


def change_password_dialog(ctx, parent: QWidget | None = None) -> AccountDialog:
    """The logged-in user changes their own password."""
    dialog = AccountDialog(parent)
    dialog.setObjectName("change_password_dialog")
    dialog.setWindowTitle(dialog.tr("Cambia la mia password"))
    dialog.old_password = dialog.grid.add("old_password", dialog.tr("Password attuale"),
                                          PasswordEdit("old_password"))
    actor = ctx.actor
    dialog.new_password = NewPassword(dialog.grid, "new_password",
                                      lambda: (actor.username, actor.display_name))
    dialog.action = lambda: accounts.change_password(ctx, dialog.old_password.text(),
                                                      dialog.new_password.text())
    dialog.subject = lambda: actor.username
    dialog.finish_layout()
    return dialog
