"""Small helpers of the allocation screens: vocabulary, dates, money fields (the error labels,
the action dialog and the dialog opener are shared: ui/widgets/)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDateEdit, QSizePolicy

from borgo_desktop.formatting import fmt_decimal
from borgo_desktop.ui.widgets.fields import from_qdate, to_qdate
from borgo_desktop.ui.widgets.forms import ERROR_LABEL_STYLE
from borgo_desktop.ui.widgets.texts import error_text, vocab

__all__ = ["error_text", "vocab", "from_qdate", "to_qdate"]  # re-exported for the screens

ERROR_STYLE = ERROR_LABEL_STYLE
OK_STYLE = "color: #1b7a33;"


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


def __getattr__(name: str):  # helpers that lived here before the layout, for one wave
    from borgo_desktop.ui.widgets import dialogs, forms

    def named_error_label(object_name: str):
        label = forms.error_label(object_name)
        label.setObjectName(object_name)
        return label

    moved = {"show_errors": forms.show_errors, "error_label": named_error_label,
             "open_dialog": lambda owner, dialog, on_accepted: dialogs.open_tracked(
                 owner, dialog, on_accepted, signal="accepted")}
    if name in moved:
        return moved[name]
    raise AttributeError(name)
