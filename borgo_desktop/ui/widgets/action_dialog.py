"""The action dialog: a form of a few rows whose OK makes one service call.

OK runs :meth:`ActionDialog.submit`; a refused call (UserError) puts each problem under its
row and the dialog stays open with everything typed. Used by the allocation steps, the
casework dialogs and the contract.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget,
)

from borgo_desktop.errors import UserError
from borgo_desktop.ui.widgets.forms import error_label, show_errors


class ActionDialog(QDialog):
    """OK runs :meth:`submit`; a UserError is shown and the dialog stays open."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.errors: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button.setText(self.tr("Conferma"))
        self.ok_button.setObjectName("ok_button")
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annulla"))
        cancel.setObjectName("cancel_button")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def add_row(self, label: str, widget: QWidget, field: str | None = None) -> None:
        self.form.addRow(label, widget)
        if field:
            error = error_label(field)
            self.errors[field] = error
            self.form.addRow("", error)

    def submit(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.submit()
        except UserError as exc:
            show_errors(self, exc, self.errors)
            self.layout().activate()  # grow, never shrink, to fit the messages just shown
            needed = self.layout().totalHeightForWidth(self.width())
            self.resize(self.width(), max(self.height(), needed))
            return
        super().accept()
