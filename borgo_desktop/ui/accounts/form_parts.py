"""Pieces the account forms share: a labelled grid with an error line under each field, the
new-password pair (typed twice, with the strength meter) and the service call that puts the
service's refusals under the fields they name.
"""

from __future__ import annotations

from typing import Callable, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from borgo_desktop.errors import UserError
from borgo_desktop.ui.accounts.password_field import PasswordEdit, StrengthMeter
from borgo_desktop.ui.widgets.forms import FormErrors
from borgo_desktop.ui.widgets.texts import problems_of

T = TypeVar("T")


class FieldGrid(QWidget):
    """Label | field, and the field's error message on the line below (FormErrors)."""

    def __init__(self, errors: FormErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.errors = errors
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setColumnStretch(1, 1)

    def add(self, key: str, text: str, widget: QWidget, under: QWidget | None = None) -> QWidget:
        row = self.grid.rowCount()
        if isinstance(widget, QLineEdit) and not widget.objectName():
            widget.setObjectName(key)
        widget.setAccessibleName(text)
        label = QLabel(text)
        label.setBuddy(widget)
        self.grid.addWidget(label, row, 0)
        self.grid.addWidget(widget, row, 1)
        if under is not None:
            self.grid.addWidget(under, row + 1, 1)
            row += 1
        self.grid.addWidget(self.errors.register(key, widget), row + 1, 1)
        return widget


class NewPassword:
    """The new password typed twice, with its strength; ``key`` is the service's field name."""

    def __init__(self, grid: FieldGrid, key: str = "password", user_inputs=lambda: ()) -> None:
        translate = QCoreApplication.translate
        self.key = key
        self.errors = grid.errors
        self.field = PasswordEdit(key)
        self.repeat = PasswordEdit(f"{key}_repeat")
        self.meter = StrengthMeter(self.field, user_inputs)
        grid.add(key, translate("NewPassword", "Nuova password"), self.field, under=self.meter)
        grid.add(f"{key}_repeat", translate("NewPassword", "Ripeta la password"), self.repeat)
        self._mismatch = translate("NewPassword", "Le due password non coincidono: le riscriva.")

    def text(self) -> str:
        return self.field.text()

    def matches(self) -> bool:
        """Show the mismatch under the second field; the service judges the password itself."""
        same = self.field.text() == self.repeat.text()
        self.errors.set(f"{self.key}_repeat", None if same else self._mismatch)
        return same


def call_service(errors: FormErrors, action: Callable[[], T]) -> tuple[bool, T | UserError]:
    """Run ``action``: (True, its result), or (False, the refusal) shown under the fields it
    names (the rest in the banner); the input stays."""
    try:
        return True, action()
    except UserError as exc:
        rest = errors.show(problems_of(exc))
        errors.show_banner([text for text in rest.values() if text])
        return False, exc
