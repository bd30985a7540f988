"""The settings of a bookable space: capacity, equipment, opening hours, who may book,
rules, keys and approval (SPACE_MANAGE)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox, QGridLayout, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout, QWidget,
)

from borgo_desktop.models.enums import RequesterKind
from borgo_desktop.services.spaces import spaces
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.recurrence import WEEKDAYS
from borgo_desktop.ui.widgets.record_form import RecordForm
from borgo_desktop.ui.widgets.texts import vocab


def hours_of(text: str) -> tuple[str, str] | None:
    """'8:30-20' style text as ('08:30', '20:00'); empty = closed; the service checks the rest."""
    text = text.strip().replace("–", "-").replace(".", ":")
    if not text:
        return None
    opens, _sep, closes = text.partition("-")
    return _clock(opens), _clock(closes)


def _clock(text: str) -> str:
    text = text.strip()
    hour, _sep, minute = text.partition(":")
    if hour.isdigit() and (minute.isdigit() or not minute):
        return f"{int(hour):02d}:{int(minute or 0):02d}"
    return text


class HoursEditor(QWidget):
    """Seven boxes, Monday first: '09:00-20:00', or empty when the space is closed."""

    def __init__(self, hours, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.days = []
        for index, name in enumerate(WEEKDAYS):
            edit = QLineEdit(f"{hours[index][0]}-{hours[index][1]}"
                             if hours and hours[index] else "")
            edit.setPlaceholderText(QCoreApplication.translate("SpaceForm", "chiuso"))
            grid.addWidget(QLabel(name), index // 4 * 2, index % 4)
            grid.addWidget(edit, index // 4 * 2 + 1, index % 4)
            self.days.append(edit)

    def value(self):
        texts = [edit.text() for edit in self.days]
        return None if not any(t.strip() for t in texts) else tuple(hours_of(t) for t in texts)


def space_form(ctx: Context, view: spaces.SpaceView, parent: QWidget | None = None) -> RecordForm:
    capacity = QSpinBox()
    capacity.setRange(0, 10_000)
    capacity.setSpecialValueText(QCoreApplication.translate("SpaceForm", "non indicata"))
    capacity.setValue(view.capacity or 0)
    equipment = QLineEdit(view.equipment)
    hours = HoursEditor(view.opening_hours)
    who = QWidget()
    who_layout = QVBoxLayout(who)
    who_layout.setContentsMargins(0, 0, 0, 0)
    kinds = {}
    for kind in RequesterKind:
        kinds[kind] = QCheckBox(vocab(kind))
        kinds[kind].setChecked(kind in view.bookable_by)
        who_layout.addWidget(kinds[kind])
    rules = QPlainTextEdit(view.rules)
    rules.setFixedHeight(60)
    keys = QCheckBox(QCoreApplication.translate("SpaceForm", "Servono le chiavi"))
    keys.setChecked(view.keys_needed)
    holder = QLineEdit(view.key_holder)
    approval = QCheckBox(QCoreApplication.translate(
        "SpaceForm", "Le richieste vanno approvate dall'ufficio"))
    approval.setChecked(view.needs_approval)

    def submit():
        return spaces.update_space(ctx, view.id, spaces.SpaceInput(
            capacity.value() or None, equipment.text(), hours.value(),
            tuple(k for k, box in kinds.items() if box.isChecked()), rules.toPlainText(),
            keys.isChecked(), holder.text(), approval.isChecked()))

    translate = QCoreApplication.translate
    title = translate("SpaceForm", "Spazio: {name}").format(name=view.name)
    form = RecordForm(title, [
        ("capacity", translate("SpaceForm", "Capienza"), capacity),
        ("equipment", translate("SpaceForm", "Attrezzature"), equipment),
        ("hours", translate("SpaceForm", "Orari (es. 09:00-20:00)"), hours),
        ("bookable_by", translate("SpaceForm", "Chi può prenotare"), who),
        ("rules", translate("SpaceForm", "Regole"), rules),
        ("keys_needed", "", keys),
        ("key_holder", translate("SpaceForm", "Chi tiene le chiavi"), holder),
        ("needs_approval", "", approval)], submit, parent)
    form.setMinimumWidth(620)
    return form
