"""Sign the lease of the accepted unit: dates and amounts in euro, Italian formats."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from borgo_desktop.errors import UserError, ValidationError
from borgo_desktop.formatting import fmt_money, parse_money
from borgo_desktop.services.allocation import allocation
from borgo_desktop.services.core.context import Context
from borgo_desktop.ui.allocation.common import date_edit, error_text, from_qdate, money_text
from borgo_desktop.ui.widgets.action_dialog import ActionDialog

MONEY_FIELDS = ("monthly_rent_cents", "service_charges_cents", "deposit_cents")


class SignContractDialog(ActionDialog):
    def __init__(self, ctx: Context, household_id: uuid.UUID, unit_code: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Firma contratto"), parent)
        self.setObjectName("sign_contract_dialog")
        self.setMinimumWidth(520)
        self.ctx, self.household_id, self.unit_code = ctx, household_id, unit_code
        self.lease_id: uuid.UUID | None = None
        self.add_row(self.tr("Alloggio"), QLabel(unit_code))
        self.start_edit = date_edit(ctx.today(), "starts_on_edit")
        self.add_row(self.tr("Decorrenza"), self.start_edit, "starts_on")
        self.end_check = QCheckBox(self.tr("Con scadenza"))
        self.end_check.setObjectName("ends_on_check")
        self.end_edit = date_edit(ctx.today().replace(year=ctx.today().year + 4), "ends_on_edit")
        self.end_edit.setEnabled(False)
        self.end_check.toggled.connect(self.end_edit.setEnabled)
        self.add_row(self.tr("Fine"), self._row(self.end_check, self.end_edit), "ends_on")
        try:
            suggested, note = allocation.suggest_rent_cents(ctx, household_id, unit_code), ""
        except UserError as exc:  # e.g. no ISEE yet: the clerk types the rent
            suggested, note = 0, error_text(exc)
        self.money_edits: dict[str, QLineEdit] = {}
        labels = (self.tr("Canone mensile"), self.tr("Spese mensili"),
                  self.tr("Deposito cauzionale"))
        for field, label, cents in zip(MONEY_FIELDS, labels, (suggested, 0, 0)):
            edit = QLineEdit(money_text(cents))
            edit.setObjectName(field.removesuffix("_cents") + "_edit")
            edit.setAlignment(Qt.AlignmentFlag.AlignRight)
            self.money_edits[field] = edit
            self.add_row(label, self._row(edit, QLabel("€")), field)
            if field == "monthly_rent_cents":
                hint = QLabel(note or self.tr("Canone calcolato per l'alloggio: {amount}")
                              .format(amount=fmt_money(suggested)))
                hint.setObjectName("suggested_rent_label")
                self.form.addRow("", hint)

    @staticmethod
    def _row(*widgets: QWidget) -> QWidget:
        box = QWidget()
        layout = QHBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addStretch(1)
        return box

    def amounts(self) -> dict[str, int]:
        """Cents per field; every unreadable amount is reported at once."""
        values, problems = {}, {}
        for field, edit in self.money_edits.items():
            try:
                values[field] = parse_money(edit.text())
            except (ValueError, ArithmeticError):
                problems[field] = UserError(
                    "Importo non valido: scrivere ad esempio 450,00.", field=field)
        if problems:
            raise ValidationError(problems)
        return values

    def submit(self) -> None:
        self.lease_id = allocation.sign_contract(
            self.ctx, self.household_id, starts_on=from_qdate(self.start_edit.date()),
            ends_on=from_qdate(self.end_edit.date()) if self.end_check.isChecked() else None,
            **self.amounts())
