"""Dialogs of the pipeline steps: propose a unit, record a step, refuse an offer.

Each dialog makes its service call when the user confirms: a refused call keeps the dialog
open with everything typed, and shows the Italian message next to the field it concerns.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QPlainTextEdit, QWidget

from borgo_desktop.models.enums import UnitStatus
from borgo_desktop.services.allocation import allocation
from borgo_desktop.services.registry import registry
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.settings import get_setting
from borgo_desktop.ui.allocation.common import (
    ERROR_STYLE, OK_STYLE, date_edit, error_text, from_qdate,
)
from borgo_desktop.ui.widgets.action_dialog import ActionDialog


def note_edit(name: str = "note_edit") -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setFixedHeight(70)
    return edit


class StepDialog(ActionDialog):
    """A date and a note for a simple step (visit, acceptance, move-in)."""

    def __init__(self, title: str, today: date, action: Callable[[date, str], None],
                 with_note: bool = True, date_field: str = "on",
                 parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.setObjectName("step_dialog")
        self._action = action
        self.date_edit = date_edit(today, "date_edit")
        self.add_row(self.tr("Data"), self.date_edit, date_field)
        self.note_edit = note_edit()
        if with_note:
            self.add_row(self.tr("Nota"), self.note_edit, "note")
        else:
            self.note_edit.hide()

    def submit(self) -> None:
        self._action(from_qdate(self.date_edit.date()), self.note_edit.toPlainText().strip())


class RefusalDialog(ActionDialog):
    """The household refused the offer: the reason is required."""

    def __init__(self, ctx: Context, household_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Offerta rifiutata"), parent)
        self.setObjectName("refusal_dialog")
        self.ctx, self.household_id = ctx, household_id
        self.date_edit = date_edit(ctx.today(), "date_edit")
        self.add_row(self.tr("Data"), self.date_edit, "on")
        self.reason_edit = note_edit("reason_edit")
        self.reason_edit.setPlaceholderText(self.tr("Perché il nucleo ha rifiutato l'alloggio"))
        self.add_row(self.tr("Motivo"), self.reason_edit, "reason")
        self.reason_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.reason_edit.toPlainText().strip()))

    def submit(self) -> None:
        allocation.refuse_offer(self.ctx, self.household_id,
                                self.reason_edit.toPlainText().strip(),
                                on=from_qdate(self.date_edit.date()))


class ProposeUnitDialog(ActionDialog):
    """Pick a vacant unit; whether it fits the household is shown as the choice changes."""

    def __init__(self, ctx: Context, household_id: uuid.UUID,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Proponi alloggio"), parent)
        self.setObjectName("propose_unit_dialog")
        self.setMinimumWidth(640)
        self.ctx, self.household_id = ctx, household_id
        self.unit_combo = QComboBox()
        self.unit_combo.setObjectName("unit_combo")
        self.unit_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for unit in registry.list_units(ctx, status=UnitStatus.VACANT):
            self.unit_combo.addItem(self._describe(unit), unit.code)
            self.unit_combo.setItemData(self.unit_combo.count() - 1, unit.building_name,
                                        Qt.ItemDataRole.ToolTipRole)
        self.add_row(self.tr("Alloggio"), self.unit_combo, "unit_code")
        self.fit_label = QLabel()
        self.fit_label.setObjectName("fit_label")
        self.fit_label.setWordWrap(True)
        self.fit_label.setTextFormat(Qt.TextFormat.PlainText)
        self.form.addRow("", self.fit_label)
        days = int(get_setting(ctx, "allocation.reservation_days"))
        self.reserved_edit = date_edit(ctx.today() + timedelta(days=days), "reserved_until_edit")
        self.add_row(self.tr("Riservato fino al"), self.reserved_edit, "reserved_until")
        self.note_edit = note_edit()
        self.add_row(self.tr("Nota"), self.note_edit, "note")
        self.problems: list[str] = []
        self.unit_combo.currentIndexChanged.connect(self._check_fit)
        self._check_fit()

    def _describe(self, unit) -> str:
        where = self.tr("scala {staircase}, piano {floor}").format(
            staircase=unit.staircase or "-", floor=unit.floor)
        rooms = (self.tr("1 locale") if unit.rooms == 1
                 else self.tr("{n} locali").format(n=unit.rooms))
        surface = self.tr("{surface} m²").format(surface=f"{unit.surface_m2:g}".replace(".", ","))
        access = self.tr("accessibile") if unit.accessible else self.tr("non accessibile")
        return " · ".join((unit.code, where, surface, rooms, access))

    def selected_code(self) -> str:
        return self.unit_combo.currentData() or ""

    def _check_fit(self) -> None:
        code = self.selected_code()
        if not code:
            self.problems = [self.tr("Nessun alloggio libero da proporre.")]
        else:
            self.problems = [error_text(problem) for problem in
                             allocation.fit_problems(self.ctx, self.household_id, code)]
        if self.problems:
            self.fit_label.setStyleSheet(ERROR_STYLE)
            self.fit_label.setText("\n".join(f"• {p}" for p in self.problems))
        else:
            self.fit_label.setStyleSheet(OK_STYLE)
            self.fit_label.setText(self.tr("L'alloggio è adatto"))
        self.ok_button.setEnabled(not self.problems)

    def submit(self) -> None:
        allocation.propose_unit(self.ctx, self.household_id, self.selected_code(),
                                reserved_until=from_qdate(self.reserved_edit.date()),
                                note=self.note_edit.toPlainText().strip())
