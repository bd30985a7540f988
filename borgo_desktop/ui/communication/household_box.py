"""The «Comunicazioni ricevute» box of a household's page: what was sent to it, how, and
what came back (the latest items; the whole log is in the «Comunicazioni» area)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from borgo_desktop.formatting import fmt_date, fmt_instant
from borgo_desktop.services.communication import deliveries
from borgo_desktop.services.core.context import Context
from borgo_desktop.ui.widgets.display import MUTED_STYLE, FittedTable
from borgo_desktop.ui.widgets.texts import vocab

SHOWN = 8


class DeliveryBox(QGroupBox):
    mailing_opened = Signal(object)  # a mailing id, for the delivery log

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Comunicazioni ricevute"), parent)
        self.setObjectName("delivery_box")
        self.ctx = ctx
        self.items: list[deliveries.DeliveryView] = []
        self.table = FittedTable([self.tr("Stampata il"), self.tr("Comunicazione"),
                                  self.tr("Modello"), self.tr("Canale"), self.tr("Stato"),
                                  self.tr("Consegnata il"), self.tr("Ricevuta il")],
                                 "household_deliveries_table")
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        self.empty = QLabel(self.tr("Nessuna comunicazione inviata a questo nucleo."))
        self.empty.setObjectName("no_deliveries_label")
        self.empty.setStyleSheet(MUTED_STYLE)
        self.more = QLabel()
        self.more.setObjectName("more_deliveries_label")
        self.more.setStyleSheet(MUTED_STYLE)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        layout.addWidget(self.more)

    def show_for(self, household_id: uuid.UUID) -> None:
        total, self.items = deliveries.household_deliveries(self.ctx, household_id, SHOWN)
        self.table.set_rows([
            [fmt_instant(i.printed_at), i.mailing_code,
             self.tr("{name} (v. {version})").format(name=i.template_name, version=i.version),
             vocab(i.channel), vocab(i.status), fmt_date(i.sent_on), fmt_date(i.receipt_on)]
            for i in self.items], [i.mailing_id for i in self.items])
        self.setTitle(self.tr("Comunicazioni ricevute ({count})").format(count=total))
        self.table.setVisible(bool(self.items))
        self.empty.setVisible(not self.items)
        self.more.setVisible(total > len(self.items))
        self.more.setText(self.tr("Le {shown} più recenti di {total}; le altre nel registro "
                                  "delle consegne.").format(shown=len(self.items), total=total))

    def open_selected(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.items):
            self.mailing_opened.emit(self.items[row].mailing_id)
