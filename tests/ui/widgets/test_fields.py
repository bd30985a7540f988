"""Italian input fields: dates typed as people type them, amounts in euro, error display."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from borgo_desktop.ui.widgets.fields import DateEdit, MoneyEdit
from borgo_desktop.ui.widgets.forms import FormErrors, banner_label


@pytest.mark.parametrize("typed", ["05031980", "05/03/1980", "5/3/1980", "5.3.1980", "05-3-1980"])
def test_a_date_is_typed_with_or_without_separators(qtbot, typed):
    edit = DateEdit()
    qtbot.addWidget(edit)
    assert edit.value() is None and edit.text() == "gg/mm/aaaa"
    qtbot.keyClicks(edit, typed)
    assert edit.value() == date(1980, 3, 5)
    assert edit.text() == "05/03/1980"


def test_a_date_can_be_emptied_again(qtbot):
    edit = DateEdit(date(2026, 12, 31))
    qtbot.addWidget(edit)
    assert edit.text() == "31/12/2026"
    edit.lineEdit().selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert edit.value() is None


def test_amounts_are_read_in_italian_and_in_cents(qtbot):
    edit = MoneyEdit(845_000)
    qtbot.addWidget(edit)
    assert edit.text() == "8.450,00"
    edit.setText("1.234,5")
    assert edit.cents() == 123_450
    edit.setText("16.000")  # thousands, as Italians write them
    assert edit.cents() == 1_600_000
    edit.clear()
    assert edit.cents() is None
    edit.setText("dodici")
    with pytest.raises(ValueError):
        edit.cents()


def test_form_errors_mark_fields_and_pass_on_the_rest(qtbot):
    banner = banner_label()
    errors = FormErrors(banner)
    phone = QLineEdit("abc")
    qtbot.addWidget(phone)
    label = errors.register("phone", phone)
    rest = errors.show({"phone": "Numero di telefono non valido: abc", "members": "Nessuno"})
    assert rest == {"members": "Nessuno"}
    assert label.text().startswith("Numero di telefono") and phone.property("error") is True
    assert phone.text() == "abc"  # the input stays
    errors.show_banner(["Il modulo contiene un errore"])
    assert banner.text() == "Il modulo contiene un errore"
    errors.clear()
    assert label.text() == "" and phone.property("error") is False and banner.text() == ""
