"""Message dialogs: a refused action (UserError) versus a bug (the crash dialog).

The crash dialog is a separate window over the one that failed: nothing is closed or
reset, so the form the user was filling in is still there, with its input, afterwards.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QPushButton, QVBoxLayout,
    QWidget,
)

from borgo_desktop.errors import UserError
from borgo_desktop.ui.widgets.texts import problems_of

log = logging.getLogger(__name__)


def open_tracked(owner, dialog: QDialog, on_done, signal: str = "saved") -> QDialog:
    """Open a dialog without blocking; ``owner.dialog`` points at it while it is open (tests and
    the tour reach it there), and its ``signal`` ("saved" for forms, "accepted" for the action
    dialogs) goes to ``on_done``. The dialog is deleted once it is closed."""
    owner.dialog = dialog
    getattr(dialog, signal).connect(on_done)
    dialog.finished.connect(lambda _result: _forget(owner, dialog))
    dialog.open()
    return dialog


def _forget(owner, dialog: QDialog) -> None:
    if getattr(owner, "dialog", None) is dialog:
        owner.dialog = None
    dialog.deleteLater()


def show_error(parent: QWidget | None, error: UserError) -> None:
    """A refused action that belongs to no form field: a warning box in plain words."""
    texts = list(problems_of(error).values())
    QMessageBox.warning(parent, QCoreApplication.translate("Borgo", "Operazione non eseguita"),
                        "\n".join(texts))


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class CrashDialog(QDialog):
    """An unexpected error: say so kindly, keep the details for the technician."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crash_dialog")
        self.setWindowTitle(self.tr("Errore imprevisto"))
        self.setMinimumWidth(520)
        message = QLabel(self.tr(
            "Si è verificato un errore imprevisto del programma.\n"
            "I dati che stava inserendo sono ancora nella finestra: può chiudere questo "
            "messaggio e riprovare, oppure salvare e riavviare il programma.\n"
            "Se il problema si ripete, copi i dettagli e li invii all'assistenza."))
        message.setWordWrap(True)
        self.details = QPlainTextEdit(details)
        self.details.setObjectName("crash_details")
        self.details.setReadOnly(True)
        self.details.hide()
        show_details = QPushButton(self.tr("Mostra dettagli"))
        show_details.setCheckable(True)
        show_details.toggled.connect(self.details.setVisible)
        copy = QPushButton(self.tr("Copia dettagli"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        buttons = QDialogButtonBox()
        close = buttons.addButton(self.tr("Chiudi"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        buttons.addButton(show_details, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)


def task_failed(parent: QWidget | None, exc: BaseException) -> None:
    """The error handler for ui.tasks: cancelled is fine, refused is shown, a bug is a crash."""
    from borgo_desktop.ui.tasks import Cancelled

    if isinstance(exc, Cancelled):
        return
    if isinstance(exc, UserError):
        show_error(parent, exc)
        return
    sys.excepthook(type(exc), exc, exc.__traceback__)
