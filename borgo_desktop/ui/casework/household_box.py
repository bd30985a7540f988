"""The accompaniment box of the household page, by role: front desk reads only "ha
un'assistente sociale: NOME"; overview roles see the stage and the next deadline; the
workers of the case get «Apri cartella», a worker can start a path where none is open."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from borgo_desktop.formatting import fmt_date
from borgo_desktop.services.casework import cases
from borgo_desktop.services.core.context import Context
from borgo_desktop.services.core.permissions import Permission, allowed
from borgo_desktop.ui.widgets.dialogs import open_tracked
from borgo_desktop.ui.casework.case_dialogs import OpenCaseDialog
from borgo_desktop.ui.casework.case_steps import AssignWorkerDialog
from borgo_desktop.ui.casework.grants_dialog import GrantsDialog
from borgo_desktop.ui.widgets.icons import icon
from borgo_desktop.ui.widgets.texts import vocab


class CaseBox(QWidget):
    case_opened = Signal(object)  # a case id

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("case_box")
        self.ctx = ctx
        self.household_id: uuid.UUID | None = None
        self.info: cases.HouseholdCaseInfo | None = None
        self.dialog = None
        self.label = QLabel()
        self.label.setObjectName("case_status_label")
        self.label.setWordWrap(True)
        self.open_button = QPushButton(icon("fa5s.folder-open"), self.tr("Apri cartella"))
        self.open_button.setObjectName("open_case_button")
        self.open_button.clicked.connect(self._open_case)
        self.assign_button = QPushButton(icon("fa5s.user-plus"), self.tr("Assegna assistente"))
        self.assign_button.setObjectName("assign_worker_button")
        self.assign_button.clicked.connect(self.assign_worker)
        self.grants_button = QPushButton(icon("fa5s.user-shield"), self.tr("Accessi d'équipe"))
        self.grants_button.setObjectName("grants_button")
        self.grants_button.clicked.connect(self.open_grants)
        self.start_button = QPushButton(icon("fa5s.plus-circle"), self.tr("Avvia percorso"))
        self.start_button.setObjectName("start_case_button")
        self.start_button.clicked.connect(self.start_case)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.open_button)
        layout.addWidget(self.assign_button)
        layout.addWidget(self.grants_button)
        layout.addWidget(self.start_button)

    def visible_for_role(self) -> bool:
        return self.info is not None and self.info.level != "none"

    def set_household(self, household_id: uuid.UUID) -> None:
        self.household_id = household_id
        self.info = info = cases.household_case(self.ctx, household_id)
        names = ", ".join(info.workers)
        if not info.has_case:
            text = self.tr("Nessun percorso di accompagnamento in corso.")
        elif info.level == "contact":
            text = (self.tr("Ha un'assistente sociale: {names}").format(names=names) if names
                    else self.tr("Ha un percorso di accompagnamento in corso."))
        else:
            s = info.summary
            text = self.tr("Fase: {stage} · {what}{due} · assistenti sociali: {names}").format(
                stage=vocab(s.stage), what=vocab(s.next_action.duty),
                due=self.tr(" entro il {date}").format(date=fmt_date(s.next_action.due))
                if s.next_action.due else "", names=names or self.tr("da assegnare"))
        self.label.setText(text)
        self.open_button.setVisible(info.can_open_file)
        self.start_button.setVisible(info.can_start)
        manages = info.has_case and info.summary is not None \
            and allowed(self.ctx.actor, Permission.CASE_ASSIGN)
        self.assign_button.setVisible(manages)
        self.grants_button.setVisible(manages)

    def _open_case(self) -> None:
        if self.info is not None and self.info.summary is not None:
            self.case_opened.emit(self.info.summary.id)

    def assign_worker(self) -> AssignWorkerDialog:
        dialog = AssignWorkerDialog(self.ctx, self.info.summary.id, self)
        open_tracked(self, dialog, lambda: self.set_household(self.household_id),
                     signal="accepted")
        return dialog

    def open_grants(self) -> GrantsDialog:
        dialog = GrantsDialog(self.ctx, self.info.summary, self)
        open_tracked(self, dialog, lambda: None, signal="accepted")
        return dialog

    def start_case(self) -> OpenCaseDialog:
        dialog = OpenCaseDialog(self.ctx, self.household_id, self)
        open_tracked(self, dialog, lambda: self._started(dialog.case_id), signal="accepted")
        return dialog

    def _started(self, case_id: uuid.UUID) -> None:
        self.set_household(self.household_id)
        self.case_opened.emit(case_id)
