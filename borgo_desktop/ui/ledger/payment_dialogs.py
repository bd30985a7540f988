"""The desk's payment form (cash, POS, transfer, postal slip, pagoPA) with the receipt
printed on saving, and the small forms of the unmatched queue (assign, dismiss)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from borgo_desktop.errors import UserError
from borgo_desktop.formatting import fmt_date, fmt_money
from borgo_desktop.models.ledger import PaymentMethod
from borgo_desktop.services.core.permissions import Permission, allowed
from borgo_desktop.services.ledger import payments
from borgo_desktop.services.ledger.bank import queue
from borgo_desktop.ui.tickets.step_dialog import StepDialog
from borgo_desktop.ui.widgets.fields import DateEdit, MoneyEdit, enum_combo


class PaymentDialog(StepDialog):
    """A payment taken at the desk; it gets the next receipt number."""

    def __init__(self, ctx, household_id: uuid.UUID, household_code: str, owed_cents: int,
                 parent: QWidget | None = None) -> None:
        self.ctx, self.household_id = ctx, household_id
        self.amount = MoneyEdit(owed_cents if owed_cents > 0 else None)
        self.method = enum_combo(PaymentMethod)
        fields = [("amount", self.tr("Importo (€)"), self.amount),
                  ("method", self.tr("Modalità"), self.method),
                  ("received_on", self.tr("Ricevuto il"), DateEdit(ctx.today())),
                  ("payer_name", self.tr("Versato da (se non l'intestatario)"), QLineEdit()),
                  ("note", self.tr("Nota"), QLineEdit())]
        intro = self.tr("Nucleo {code}: da pagare {owed}.").format(
            code=household_code, owed=fmt_money(max(owed_cents, 0)))
        super().__init__(self.tr("Registra un pagamento"), intro, fields, self._submit, parent,
                         save_text=self.tr("Registra"))
        self.setObjectName("payment_dialog")
        self.print_receipt = QCheckBox(self.tr("Stampa la ricevuta dopo la registrazione"))
        self.print_receipt.setObjectName("print_receipt_check")
        self.print_receipt.setChecked(allowed(ctx.actor, Permission.EXPORT_PERSONAL))
        self.print_receipt.setVisible(allowed(ctx.actor, Permission.EXPORT_PERSONAL))
        self.layout().insertWidget(self.layout().count() - 1, self.print_receipt)

    def _submit(self, values: dict) -> payments.PaymentView:
        if values["amount"] is None:
            raise UserError("Scrivere l'importo ricevuto.", field="amount")
        return payments.record_payment(self.ctx, self.household_id, values["amount"],
                                       PaymentMethod(values["method"]), values["received_on"],
                                       values["payer_name"], values["note"])


def describe_line(line: queue.BankLineView) -> str:
    kind = (QCoreApplication.translate("LedgerLines", "storno") if line.amount_cents < 0
            else QCoreApplication.translate("LedgerLines", "accredito"))
    return f"{fmt_date(line.booked_on)} · {kind} {fmt_money(abs(line.amount_cents))} · " \
           f"{line.payer_name or '—'}\n{line.remittance or '—'}"


class AssignLineDialog(StepDialog):
    """A queued bank line made a payment of the household the clerk names (the import's
    suggestions first; any household code can be typed)."""

    def __init__(self, ctx, line: queue.BankLineView, parent: QWidget | None = None) -> None:
        self.ctx, self.line = ctx, line
        self.household = QComboBox()
        self.household.setEditable(True)
        self.household.lineEdit().setPlaceholderText(self.tr("codice del nucleo, es. N-0012"))
        for s in queue.suggestions(ctx, line.id):
            self.household.addItem(f"{s.code} — {s.why}", s.code)
        self.household.setCurrentIndex(0 if self.household.count() else -1)
        self.remember = QCheckBox(self.tr("Ricorda l'IBAN dell'ordinante per questo nucleo"))
        self.remember.setEnabled(bool(line.payer_iban))
        fields = [("household", self.tr("Nucleo"), self.household)]
        super().__init__(self.tr("Abbina il movimento a un nucleo"), describe_line(line),
                         fields, self._submit, parent, save_text=self.tr("Abbina"))
        self.setObjectName("assign_line_dialog")
        self.layout().insertWidget(self.layout().count() - 1, self.remember)

    def _submit(self, values: dict):
        from borgo_desktop.services.registry import registry

        typed = self.household.currentText().split("—")[0].strip()
        code = values["household"] if values["household"] and \
            self.household.currentText().startswith(values["household"]) else typed
        if not code:
            raise UserError("Indicare il nucleo che ha pagato.", field="household")
        household = registry.find_household(self.ctx, code.upper())
        if household is None:
            raise UserError("Nessun nucleo con il codice «{code}».", code=code,
                            field="household")
        return queue.assign_line(self.ctx, self.line.id, household.id,
                                 remember_iban=self.remember.isChecked())


class DismissLineDialog(StepDialog):
    """A queued line that is not a rent payment: out of the queue, with the reason."""

    def __init__(self, ctx, line: queue.BankLineView, parent: QWidget | None = None) -> None:
        self.ctx, self.line = ctx, line
        fields = [("reason", self.tr("Perché non è un pagamento del canone"), QLineEdit())]
        super().__init__(self.tr("Scarta il movimento"), describe_line(line), fields,
                         lambda values: queue.dismiss_line(ctx, line.id, values["reason"]),
                         parent, save_text=self.tr("Scarta"))
        self.setObjectName("dismiss_line_dialog")
