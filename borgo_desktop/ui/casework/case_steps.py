"""Smaller forms around a case: close the path, update a referral, assign a worker."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from borgo_desktop.models.casework import CloseReason, ReferralStatus
from borgo_desktop.services.casework import records as rec, cases
from borgo_desktop.services.casework.views import ReferralView
from borgo_desktop.services.core.context import Context
from borgo_desktop.ui.widgets.action_dialog import ActionDialog
from borgo_desktop.ui.widgets.fields import DateEdit, combo_enum, enum_combo
from borgo_desktop.ui.widgets.texts import vocab


class CloseCaseDialog(ActionDialog):
    def __init__(self, ctx: Context, case_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Chiusura del percorso"), parent)
        self.setObjectName("close_case_dialog")
        self.ctx, self.case_id = ctx, case_id
        self.reason = enum_combo(CloseReason)
        self.reason.setObjectName("close_reason")
        self.add_row(self.tr("Motivo"), self.reason, "reason")
        self.date_edit = DateEdit(ctx.today())
        self.date_edit.setObjectName("closed_on_edit")
        self.add_row(self.tr("Data"), self.date_edit, "on")

    def submit(self) -> None:
        cases.close_case(self.ctx, self.case_id, combo_enum(self.reason, CloseReason),
                         self.date_edit.value())


class ReferralStatusDialog(ActionDialog):
    """Move a referral on (accepted, in progress, closed with its outcome)."""

    def __init__(self, ctx: Context, referral: ReferralView, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Invio a {service}").format(service=referral.service_name),
                         parent)
        self.setObjectName("referral_status_dialog")
        self.ctx, self.referral = ctx, referral
        self.status = QComboBox()
        self.status.setObjectName("referral_status")
        for status in rec.referral_next(ReferralStatus(referral.status)):
            self.status.addItem(vocab(status), status)
        self.add_row(self.tr("Nuovo stato"), self.status, "status")
        self.outcome = QLineEdit(referral.outcome)
        self.outcome.setObjectName("referral_outcome")
        self.outcome.setMaxLength(300)
        self.add_row(self.tr("Esito"), self.outcome, "outcome")
        self.ok_button.setEnabled(self.status.count() > 0)

    def submit(self) -> None:
        rec.update_referral(self.ctx, self.referral.id, combo_enum(self.status, ReferralStatus),
                            outcome=self.outcome.text())


class AssignWorkerDialog(ActionDialog):
    """The manager names the social worker who follows the case (by username)."""

    def __init__(self, ctx: Context, case_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Assegna assistente sociale"), parent)
        self.setObjectName("assign_worker_dialog")
        self.ctx, self.case_id = ctx, case_id
        self.username = QLineEdit()
        self.username.setObjectName("worker_username")
        self.add_row(self.tr("Nome utente"), self.username, "username")
        self.display_name = QLineEdit()
        self.display_name.setObjectName("worker_name")
        self.add_row(self.tr("Nome e cognome"), self.display_name)

    def submit(self) -> None:
        cases.assign_worker(self.ctx, self.case_id, self.username.text(),
                            self.display_name.text())
