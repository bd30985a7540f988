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

from borgo_desktop.services.accounts import accounts
from borgo_desktop.ui.accounts.form_parts import FieldGrid, NewPassword, call_service
from borgo_desktop.ui.accounts.password_field import PasswordEdit
from borgo_desktop.ui.accounts.roles import role_names
from borgo_desktop.ui.widgets.forms import DirtyDialog, FormErrors, banner_label


class AccountDialog(DirtyDialog):
    """A small form over one service call (``perform``); ``saved`` carries the user name."""

    saved = Signal(str)

    def __init__(self, name: str, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setMinimumWidth(480)
        self.username = username
        self.banner = banner_label()
        self.errors = FormErrors(self.banner)
        self.grid = FieldGrid(self.errors)
        self.new_password: NewPassword | None = None

    def password_for(self, key: str, *names: Callable[[], str]) -> NewPassword:
        self.new_password = NewPassword(self.grid, key, lambda: tuple(n() for n in names))
        return self.new_password

    def finish_layout(self, intro: str = "") -> None:
        buttons, _save = self.save_cancel_buttons()
        layout = QVBoxLayout(self)
        if intro:
            text = QLabel(intro)
            text.setObjectName("intro_label")
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

    def perform(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        self.errors.clear()
        if self.new_password is not None and not self.new_password.matches():
            return
        ok, _result = call_service(self.errors, self.perform)
        if ok:
            self.mark_clean()
            self.saved.emit(self.username)
            self.accept()


class NewUserDialog(AccountDialog):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__("new_user_dialog", "", parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Nuovo utente"))
        self.username_field = self.grid.add("username", self.tr("Nome utente"), QLineEdit())
        self.username_field.setPlaceholderText(self.tr("es. m.rossi"))
        self.display_name = self.grid.add("display_name", self.tr("Nome e cognome"), QLineEdit())
        self.role = self.role_combo("front_desk")
        self.password_for("password", self.username_field.text, self.display_name.text)
        self.finish_layout(self.tr("La password iniziale va comunicata di persona; l'utente "
                                   "dovrà cambiarla al primo accesso."))

    def perform(self) -> None:
        self.username = self.username_field.text().strip()
        accounts.add_account(self.ctx, self.username, self.display_name.text().strip(),
                             self.role.currentData(), self.new_password.text())


class RoleDialog(AccountDialog):
    def __init__(self, ctx, account, parent: QWidget | None = None) -> None:
        super().__init__("role_dialog", account.username, parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Ruolo di {name}").format(name=account.username))
        self.role = self.role_combo(account.role)
        self.finish_layout(self.tr("Il nuovo ruolo vale dal prossimo accesso dell'utente."))

    def perform(self) -> None:
        accounts.set_role(self.ctx, self.username, self.role.currentData())


class ResetPasswordDialog(AccountDialog):
    def __init__(self, ctx, account, parent: QWidget | None = None) -> None:
        super().__init__("reset_password_dialog", account.username, parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Nuova password per {name}").format(name=account.username))
        self.password_for("password", lambda: account.username, lambda: account.display_name)
        self.finish_layout(self.tr("Una password temporanea, da comunicare di persona: "
                                   "l'utente dovrà cambiarla al primo accesso."))

    def perform(self) -> None:
        accounts.reset_password(self.ctx, self.username, self.new_password.text())


class EnableDialog(AccountDialog):
    """Re-enabling takes a temporary password: disabling removed the account's key copy."""

    def __init__(self, ctx, account, parent: QWidget | None = None) -> None:
        super().__init__("enable_dialog", account.username, parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Riattiva {name}").format(name=account.username))
        self.password_for("password", lambda: account.username, lambda: account.display_name)
        self.finish_layout(self.tr("L'utente torna attivo con questa password temporanea, da "
                                   "cambiare al primo accesso."))

    def perform(self) -> None:
        accounts.set_active(self.ctx, self.username, True, self.new_password.text())


class ChangePasswordDialog(AccountDialog):
    """The logged-in user changes their own password."""

    def __init__(self, ctx, parent: QWidget | None = None, intro: str = "") -> None:
        super().__init__("change_password_dialog", ctx.actor.username, parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Cambia la mia password"))
        self.old_password = self.grid.add("old_password", self.tr("Password attuale"),
                                          PasswordEdit("old_password"))
        self.password_for("new_password", lambda: ctx.actor.username,
                          lambda: ctx.actor.display_name)
        self.finish_layout(intro)

    def perform(self) -> None:
        accounts.change_password(self.ctx, self.old_password.text(), self.new_password.text())
