"""One small dialog for every action on a ticket that asks for a few values (triage, assign,
put on hold, close, reopen, comment, appointment, costs).

The page hands it the fields and a ``submit(values)`` that calls the service; a refusal is
shown under its field (or on top) and the input stays, as in every form of the program.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QDateTimeEdit, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox,
    QVBoxLayout, QWidget,
)

from borgo_desktop.errors import UserError
from borgo_desktop.ui.widgets.fields import DateEdit, MoneyEdit
from borgo_desktop.ui.widgets.forms import DirtyDialog, FormErrors, banner_label
from borgo_desktop.ui.widgets.texts import problems_of


def value_of(widget: QWidget):
    if isinstance(widget, MoneyEdit):
        return widget.cents()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, DateEdit):
        return widget.value()
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toPython()
    if isinstance(widget, QSpinBox):
        return widget.value()
    raise TypeError(widget)


def field_rows(form: QFormLayout, errors: FormErrors,
               fields: list[tuple[str, str, QWidget]]) -> QFormLayout:
    """One row per field, its red error label under it (found by the field's key)."""
    for key, label, widget in fields:
        widget.setObjectName(f"{key}_field")
        widget.setAccessibleName(label)
        column = QVBoxLayout()
        column.addWidget(widget)
        column.addWidget(errors.register(key, widget))
        form.addRow(label, column)
    return form


class StepDialog(DirtyDialog):
    saved = Signal(object)

    def __init__(self, title: str, intro: str, fields: list[tuple[str, str, QWidget]],
                 submit: Callable[[dict], object], parent: QWidget | None = None,
                 save_text: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("step_dialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.submit = submit
        self.widgets = {key: widget for key, _label, widget in fields}
        self.errors = FormErrors(banner_label())
        form = field_rows(QFormLayout(), self.errors, fields)
        buttons, self.save_button = self.save_cancel_buttons()
        if save_text:
            self.save_button.setText(save_text)
        layout = QVBoxLayout(self)
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            layout.addWidget(text)
        layout.addWidget(self.errors.banner)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.watch(*self.widgets.values())

    def values(self) -> dict:
        return {key: value_of(widget) for key, widget in self.widgets.items()}

    def save(self) -> None:
        self.errors.clear()
        try:
            values = self.values()
        except ValueError:
            self.errors.show_banner([self.tr("Un importo non è scritto correttamente "
                                             "(esempio: 1.234,50).")])
            return
        try:
            result = self.submit(values)
        except UserError as exc:
            rest = self.errors.show(problems_of(exc))
            self.errors.show_banner(list(rest.values()))
            return
        self.mark_clean()
        self.saved.emit(result)
        self.accept()
