"""Password input: hidden text with a "show" toggle, and a strength meter for new passwords.

The strength is zxcvbn's estimate (0-4: how many guesses an attacker would need, common
words, names, dates and keyboard patterns included), said in Italian. It is advice shown
while typing; the rule a password must meet is the service's, shown under the field when
it refuses.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QWidget

from borgo_desktop.ui.widgets.icons import icon

COLORS = ("#b3261e", "#b3261e", "#c77700", "#2e7d32", "#1b5e20")
MAX_CHECKED = 64  # zxcvbn slows down on long inputs; beyond this length a password is strong


class PasswordEdit(QLineEdit):
    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.setMinimumWidth(240)
        self.show_action = QAction(icon("fa5s.eye"), self.tr("Mostra la password"), self)
        self.show_action.setCheckable(True)
        self.show_action.toggled.connect(lambda shown: self.setEchoMode(
            QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password))
        self.addAction(self.show_action, QLineEdit.ActionPosition.TrailingPosition)


def strength(password: str, user_inputs: tuple[str, ...] = ()) -> int:
    """0 (guessed at once) to 4 (very hard to guess)."""
    if not password:
        return 0
    from zxcvbn import zxcvbn  # its word lists take a moment to load: only when typing

    return int(zxcvbn(password[:MAX_CHECKED], user_inputs=[u for u in user_inputs if u])["score"])


class StrengthMeter(QWidget):
    """A bar and a word under a new-password field, updated as the user types."""

    def __init__(self, field: QLineEdit, user_inputs=lambda: (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strength_meter")
        self.user_inputs = user_inputs
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.bar.setMaximumWidth(160)
        self.label = QLabel()
        self.label.setObjectName("strength_label")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.label, 1)
        field.textChanged.connect(self.update_for)
        self.update_for(field.text())

    def words(self) -> tuple[str, ...]:
        return (self.tr("Molto debole: si indovina subito"), self.tr("Debole"),
                self.tr("Discreta: meglio aggiungere una parola"), self.tr("Buona"),
                self.tr("Ottima"))

    def update_for(self, password: str) -> None:
        self.score = strength(password, tuple(self.user_inputs()))
        self.bar.setValue(self.score if password else 0)
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {COLORS[self.score]}; }}")
        self.label.setText(self.words()[self.score] if password else
                           self.tr("Consiglio: tre o quattro parole non collegate tra loro"))
