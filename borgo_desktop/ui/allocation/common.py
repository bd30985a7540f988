"""Small helpers shared by the allocation screens: errors, vocabulary, dates, money fields."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDateEdit, QDialog, QLabel, QMessageBox, QSizePolicy, QWidget

from borgo_desktop.errors import UserError
from borgo_desktop.formatting import fmt_decimal
from borgo_desktop.ui.widgets import forms
from borgo_desktop.ui.widgets.fields import from_qdate, to_qdate
from borgo_desktop.ui.widgets.forms import ERROR_LABEL_STYLE
from borgo_desktop.ui.widgets.texts import error_text, problems_of, vocab

__all__ = ["error_text", "vocab", "from_qdate", "to_qdate"]  # re-exported for the screens

ERROR_STYLE = ERROR_LABEL_STYLE
OK_STYLE = "color: #1b7a33;"


def show_errors(parent: QWidget, error: UserError, labels: dict[str, QLabel]) -> None:
    """Put each problem under its field; whatever has no field goes in a warning box."""
    for label in labels.values():
        label.clear()
        label.hide()
    loose = []
    for key, text in problems_of(error).items():
        label = labels.get(key or "")
        if label is None:
            loose.append(text)
        else:
            label.setText(text)
            label.show()
    if loose:
        QMessageBox.warning(parent, QCoreApplication.translate("Allocation", "Attenzione"),
                            "\n".join(loose))


def error_label(name: str) -> QLabel:
    """The shared error label (widgets/forms.py), named as the allocation screens name it."""
    label = forms.error_label(name)
    label.setObjectName(name)
    return label


def date_edit(value: date, name: str) -> QDateEdit:
    edit = QDateEdit(to_qdate(value))
    edit.setObjectName(name)
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setCalendarPopup(True)
    # A date is short: keep the field at its natural width inside stretching form layouts.
    edit.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
    return edit


def money_text(cents: int) -> str:
    """Amount for an editable field: '1.234,50' (the euro sign sits beside the field)."""
    return fmt_decimal(cents / 100)


def open_dialog(owner: QWidget, dialog: QDialog, on_accepted) -> None:
    """Show a window-modal dialog without blocking; ``owner.dialog`` points at it meanwhile."""
    owner.dialog = dialog
    dialog.accepted.connect(on_accepted)
    dialog.finished.connect(lambda _result: _forget(owner, dialog))
    dialog.open()


def _forget(owner: QWidget, dialog: QDialog) -> None:
    if owner.dialog is dialog:
        owner.dialog = None
    dialog.deleteLater()
