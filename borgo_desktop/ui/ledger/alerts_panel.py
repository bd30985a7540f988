"""Arrears alerts where the social work happens ("I miei casi"): the worker's tasks (alerts
about the households they follow) and, for the coordinators, the proposals to open a case
for a household in arrears that has none. Hidden when there is nothing to show."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from borgo_desktop.errors import UserError
from borgo_desktop.formatting import fmt_date
from borgo_desktop.services.ledger import warnings
from borgo_desktop.services.core.permissions import Permission, allowed
from borgo_desktop.ui.widgets.dialogs import show_error
from borgo_desktop.ui.widgets.display import ScrollingTable
from borgo_desktop.ui.widgets.icons import icon
from borgo_desktop.ui.widgets.texts import vocab

ALERT_ROWS_SHOWN = 4


class AlertsPanel(QGroupBox):
    arrears_opened = Signal(object)  # a household id

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("arrears_alerts")
        self.ctx = ctx
        self.worker = allowed(ctx.actor, Permission.CASE_READ)
        self.coordinator = allowed(ctx.actor, Permission.CASE_ASSIGN)
        self.setTitle(self.tr("Allerte di morosità dei miei nuclei") if self.worker
                      else self.tr("Nuclei in morosità senza cartella sociale"))
        self.rows: list[warnings.AlertView] = []
        # A few rows tall, scrolling beyond: the cases list below keeps its room.
        self.table = ScrollingTable([self.tr("Data"), self.tr("Nucleo"), self.tr("Intestatario"),
                                     self.tr("Allerta"), self.tr("Dettaglio")], "alerts_table")
        self.table.setMaximumHeight(ALERT_ROWS_SHOWN * self.table.verticalHeader()
                                    .defaultSectionSize() + 30)
        self.table.itemSelectionChanged.connect(self._update)
        self.seen_button = QPushButton(icon("fa5s.check"), self.tr("Vista"))
        self.seen_button.setObjectName("alert_seen_button")
        self.seen_button.setVisible(self.worker)
        self.seen_button.clicked.connect(self.mark_seen)
        self.file_button = QPushButton(icon("fa5s.euro-sign"), self.tr("Apri la pratica"))
        self.file_button.setObjectName("alert_file_button")
        self.file_button.clicked.connect(self.open_file)
        self.case_button = QPushButton(icon("fa5s.folder-open"), self.tr("Apri una cartella"))
        self.case_button.setObjectName("alert_case_button")
        self.case_button.setVisible(self.coordinator and not self.worker)
        self.case_button.clicked.connect(self.open_case)
        row = QHBoxLayout()
        row.addStretch(1)
        for button in (self.seen_button, self.file_button, self.case_button):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        self.refresh()

    def refresh(self) -> None:
        if self.worker:
            self.rows = warnings.my_alerts(self.ctx)
        elif allowed(self.ctx.actor, Permission.CASE_OVERVIEW):
            self.rows = warnings.proposals(self.ctx)
        else:
            self.rows = []
        self.table.set_rows([[fmt_date(a.fired_on), a.household_code, a.reference_name,
                              vocab(a.rule), a.detail] for a in self.rows],
                            [a.id for a in self.rows])
        self.setVisible(bool(self.rows))
        self._update()

    def selected(self):
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) and self.table.selectedItems() \
            else None

    def _update(self) -> None:
        alert = self.selected()
        for button in (self.seen_button, self.file_button, self.case_button):
            button.setEnabled(alert is not None)

    def mark_seen(self) -> None:
        alert = self.selected()
        if alert is None:
            return
        try:
            warnings.mark_seen(self.ctx, alert.id)
        except UserError as exc:
            show_error(self, exc)
        self.refresh()

    def open_file(self) -> None:
        alert = self.selected()
        if alert is not None:
            self.arrears_opened.emit(alert.household_id)

    def open_case(self) -> None:
        alert = self.selected()
        if alert is None:
            return
        try:
            warnings.open_case_for(self.ctx, alert.id)
        except UserError as exc:
            show_error(self, exc)
        self.refresh()
