"""The login dialog, and the recovery-key dialog it opens for a forgotten password.

Both hand back a Context (``self.context``) from the Gate: the store is open only once a
password (or the recovery key) unlocked it. A refusal is said in plain words under the
form; when the Gate asks to wait after repeated failures, the button counts the seconds.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from borgo_desktop.ui.accounts.form_parts import FieldGrid, NewPassword, call_service
from borgo_desktop.ui.accounts.password_field import PasswordEdit
from borgo_desktop.ui.widgets.after_paint import after_first_paint
from borgo_desktop.ui.widgets.forms import FormErrors, banner_label, hint_label
from borgo_desktop.ui.widgets.styles import TITLE_STYLE

# This is the program's first window, painted before anything heavy is loaded: it does not
# touch QtCore.Qt (building that namespace of enums costs ~17 ms) until it is on screen.


def wait_seconds(error) -> int:
    """The seconds a LoginRefused asks to wait before the next attempt (0: none).

    services/admin/gate.py says it as the ``seconds`` parameter of its message; a lock of several
    minutes names the time instead, and the dialog leaves the button to the user."""
    value = getattr(error, "params", {}).get("seconds")
    return int(value) if isinstance(value, (int, float)) and value > 0 else 0


class LoginDialog(QDialog):
    def __init__(self, gate, database_label: str = "", username: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("login_dialog")
        self.setWindowTitle(self.tr("Accesso"))  # Qt adds « — Borgo Desktop»
        self.setMinimumWidth(440)
        self.gate = gate
        self.context = None
        self.recovery: RecoveryDialog | None = None
        self.banner = banner_label()
        self.errors = FormErrors(self.banner)
        grid = FieldGrid(self.errors)
        self.username = grid.add("username", self.tr("Nome utente"), QLineEdit(username))
        self.password = grid.add("password", self.tr("Password"), PasswordEdit("password"))
        self.forgot = QPushButton(self.tr("Password dimenticata?"))
        self.forgot.setObjectName("forgot_button")
        self.forgot.setFlat(True)
        self.forgot.setAutoDefault(False)  # Enter logs in, it does not open the recovery
        self.forgot.setStyleSheet("color: #1565c0; text-decoration: underline; text-align: left;")
        self.forgot.clicked.connect(self.open_recovery)
        buttons = QDialogButtonBox()
        self.login_button = buttons.addButton(self.tr("Accedi"),
                                              QDialogButtonBox.ButtonRole.AcceptRole)
        self.login_button.setObjectName("login_button")
        self.login_button.setDefault(True)
        quit_button = buttons.addButton(self.tr("Esci"), QDialogButtonBox.ButtonRole.RejectRole)
        quit_button.setObjectName("quit_button")
        buttons.accepted.connect(self.log_in)
        buttons.rejected.connect(self.reject)
        self._waiting = 0
        self._countdown = QTimer(self, interval=1000)
        self._countdown.timeout.connect(self._tick)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Ufficio di borgo"))
        title.setObjectName("login_title")
        title.setStyleSheet(TITLE_STYLE)
        layout.addWidget(title)
        if database_label:
            layout.addWidget(hint_label(self.tr("Archivio: {db}").format(db=database_label)))
        layout.addWidget(self.banner)
        layout.addWidget(grid)
        forgot_row = QHBoxLayout()  # the link on the left
        forgot_row.addWidget(self.forgot)
        forgot_row.addStretch(1)
        layout.addLayout(forgot_row)
        layout.addWidget(buttons)
        (self.password if username else self.username).setFocus()
        after_first_paint(self, self._when_shown)

    def _when_shown(self) -> None:
        from PySide6.QtCore import Qt  # see the note at the top: after the first paint

        self.forgot.setCursor(Qt.CursorShape.PointingHandCursor)

    def log_in(self) -> None:
        if self._waiting:
            return
        self.errors.clear()
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self.errors.show_banner([self.tr("Scriva il nome utente e la password.")])
            return
        ok, result = call_service(self.errors, lambda: self.gate.log_in(username, password))
        if not ok:
            self.password.clear()  # a wrong password is retyped, the user name stays
            self.password.setFocus()
            self._wait(wait_seconds(result))
            return
        self.context = result
        self.accept()

    def _wait(self, seconds: int) -> None:
        self._waiting = seconds
        if seconds:
            self.login_button.setEnabled(False)
            self._show_wait()
            self._countdown.start()

    def _tick(self) -> None:
        self._waiting = max(0, self._waiting - 1)
        if self._waiting:
            self._show_wait()
            return
        self._countdown.stop()
        self.login_button.setEnabled(True)
        self.login_button.setText(self.tr("Accedi"))

    def _show_wait(self) -> None:
        self.login_button.setText(self.tr("Attendere {n} s").format(n=self._waiting))

    def open_recovery(self) -> RecoveryDialog:
        self.recovery = RecoveryDialog(self.gate, self.username.text().strip(), self)
        self.recovery.accepted.connect(self._recovered)
        self.recovery.open()
        return self.recovery

    def _recovered(self) -> None:
        self.context = self.recovery.context
        self.accept()


class RecoveryDialog(QDialog):
    """Forgotten password: the recovery key of the set-up sheet sets a new one."""

    def __init__(self, gate, username: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setWindowTitle(self.tr("Password dimenticata"))
        self.setMinimumWidth(520)
        self.gate = gate
        self.context = None
        self.banner = banner_label()
        self.errors = FormErrors(self.banner)
        explain = QLabel(self.tr(
            "Scriva la chiave di recupero stampata sul foglio consegnato alla prima "
            "configurazione, il suo nome utente e una nuova password."))
        explain.setWordWrap(True)
        grid = FieldGrid(self.errors)
        self.key = grid.add("recovery_key", self.tr("Chiave di recupero"), QLineEdit())
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-…")
        self.username = grid.add("username", self.tr("Nome utente"), QLineEdit(username))
        self.new_password = NewPassword(grid, "password", lambda: (self.username.text(),))
        buttons = QDialogButtonBox()
        ok = buttons.addButton(self.tr("Imposta la nuova password"),
                               QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("recover_button")
        ok.setDefault(True)
        cancel = buttons.addButton(self.tr("Annulla"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel_button")
        buttons.accepted.connect(self.recover)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.banner)
        layout.addWidget(grid)
        layout.addWidget(buttons)

    def recover(self) -> None:
        self.errors.clear()
        if not self.new_password.matches():
            return
        key, username = self.key.text().strip(), self.username.text().strip()
        ok, result = call_service(self.errors, lambda: self.gate.recover(
            key, username, self.new_password.text()))
        if ok:
            self.context = result
            self.accept()
